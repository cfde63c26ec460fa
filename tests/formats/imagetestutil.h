// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for the image format tests: the other tools' fixtures, a dataset copied into a
// temporary folder (to edit it), and a store's annotations in a form that compares across
// stores (no ids, no authors).

#include "formats/registry.h"
#include "store/store.h"

#include <QDir>
#include <QString>
#include <QStringList>

namespace annostraat::test {

/// A file or folder of /work/shared/fixtures (ANNOSTRAAT_FIXTURES).
QString fixture(const QString &relative);

/// Copies the folder \a from with everything in it to \a to.
void copyFolder(const QString &from, const QString &to);

const Format &imageFormat(const char *id);

/// Imports \a path; fails the test with the message when the import fails.
ImportSummary importOk(const Format &format, Store &store, const QString &path,
                       const ImportOptions &options);

/// Each annotation of \a taskId as "<file name> <kind> <label> <value JSON> <attributes JSON>",
/// sorted; only \a layer's when given. Coordinates rounded to 1/1000 pixel.
QStringList shapeLines(const Store &store, const QString &taskId, const QString &layer = {});

/// The paths of the entries of ZIP file \a path with their contents.
QMap<QString, QByteArray> readZip(const QString &path);

} // namespace annostraat::test
