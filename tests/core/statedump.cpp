// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedump.h"

#include <QStringList>

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace annostraat::test {

QString dumpEntities(const QString &storePath)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(storePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    QStringList out;
    for (const char *table : {"profiles", "tasks", "items", "annotations", "submissions", "reviews"}) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY id";
        REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList row{QString::fromLatin1(table)};
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                row << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
            }
            out << row.join(QLatin1Char('|'));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out.join(QLatin1Char('\n'));
}

QString dumpLiveState(const QString &storePath)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(storePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK);
    QStringList out;
    for (const char *table : {"profiles", "tasks", "items", "annotations", "submissions", "reviews", "assignments"}) {
        sqlite3_stmt *stmt = nullptr;
        const QByteArray sql = QByteArray("SELECT * FROM ") + table + " ORDER BY id";
        REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            QStringList row{QString::fromLatin1(table)};
            bool tombstone = false;
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const QByteArray name = sqlite3_column_name(stmt, c);
                const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, c));
                if (name == "deleted")
                    tombstone = sqlite3_column_int(stmt, c) != 0;
                if (name.endsWith("_hlc") || name == "deleted")
                    continue;
                row << QString::fromUtf8(name) + QLatin1Char('=')
                               + (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
            }
            if (!tombstone)
                out << row.join(QLatin1Char('|'));
        }
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return out.join(QLatin1Char('\n'));
}

void execSql(const QString &storePath, const QString &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(storePath.toUtf8().constData(), &db) == SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &error);
    INFO((error ? error : ""));
    sqlite3_free(error);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

QStringList querySql(const QString &storePath, const QString &sql)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(storePath.toUtf8().constData(), &db) == SQLITE_OK);
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    const int rc = sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr);
    INFO(sqlite3_errmsg(db));
    REQUIRE(rc == SQLITE_OK);
    QStringList row;
    if (sqlite3_step(stmt) == SQLITE_ROW)
        for (int c = 0; c < sqlite3_column_count(stmt); ++c)
            row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return row;
}

} // namespace annostraat::test
