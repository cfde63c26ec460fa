// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace annostraat::test {

/// Every row of every entity table (timestamps included), sorted: two stores with the same
/// dump hold the same state. Reads the file with the sqlite3 C API, not through Store, so a
/// bug in Store's readers cannot hide a difference.
QString dumpEntities(const QString &storePath);

/// Runs SQL on a store file directly (for building old-version stores and for tampering).
void execSql(const QString &storePath, const QString &sql);

} // namespace annostraat::test
