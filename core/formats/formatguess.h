// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which format a file to import most likely is, so the import dialog can choose it for the
// team lead: by extension, and where several formats share one (.json: COCO, labelme, Label
// Studio's exports) by the keys at the start of the file. Only a guess: the dialog shows it
// and the person can choose another; the importer still checks everything.

#include <QString>

namespace annostraat {

class FormatRegistry;
struct Format;

/// The importable format of \a registry that \a path most likely is, or nullptr.
const Format *guessImportFormat(const FormatRegistry &registry, const QString &path);

} // namespace annostraat
