// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a dataset export writes (ExportOptions): a task's live annotations without open
// suggestions, then every layer, one person's, only the reviewed layers, or the consensus of
// each item. One function, so that every dataset format (images, text) chooses the same way.

#include "format.h"
#include "model/entities.h"
#include "util/result.h"

namespace annostraat {

class Store;

/// The annotations of task \a taskId that an export with \a options writes, in the store's
/// order (by item). Answers are left to the formats that carry them.
Result<QList<Annotation>> exportedAnnotations(const Store &store, const QString &taskId,
                                              const ExportOptions &options);

/// "all", "reviewed", "consensus": for the command line and messages.
QString toId(ExportSelection selection);
std::optional<ExportSelection> exportSelectionFromId(QStringView id);

} // namespace annostraat
