// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace annostraat::test {

/// Every row of every entity table (timestamps included), sorted: two stores with the same
/// dump hold the same state. Reads the file with the sqlite3 C API, not through Store, so a
/// bug in Store's readers cannot hide a difference.
QString dumpEntities(const QString &storePath);

/// What people and clients see of a store: every live row of every entity table (assignments
/// included), without the timestamp columns and without tombstones (rows with deleted = 1),
/// sorted. An import writes new ops with new timestamps, and a dump leaves history out, so
/// this is what an export and an import into a fresh store must keep identical.
QString dumpLiveState(const QString &storePath);

/// Runs SQL on a store file directly (for building old-version stores and for tampering).
void execSql(const QString &storePath, const QString &sql);

/// The columns of the first row \a sql gives on a store file, as text (empty: no row).
QStringList querySql(const QString &storePath, const QString &sql);

} // namespace annostraat::test
