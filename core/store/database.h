// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thin RAII layer over the sqlite3 C API. We use SQLite directly rather than through
// QtSql because the store needs exact control over transactions, pragmas, error codes and
// statement reuse (see docs/decisions/0001-sqlite-c-api.md).

#include "util/result.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace annostraat {

class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    // Parameters are 1-based, as in SQLite.
    Statement &bind(int index, const QString &text);
    Statement &bind(int index, const char *utf8);
    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bindNull(int index);

    /// true: a row is ready; false: done. An error is returned as such.
    Result<bool> step();
    /// Steps to the end, then resets so the statement can run again.
    Result<void> run();
    void reset();

    // Columns are 0-based.
    QString text(int column) const;
    qint64 int64(int column) const;
    bool isNull(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

class Database
{
public:
    /// Opens or creates \a path (read-write).
    static Result<std::unique_ptr<Database>> open(const QString &path);
    ~Database();

    Result<void> exec(const QString &sql);
    Result<Statement> prepare(const QString &sql);
    /// A prepared statement kept for the life of the connection (hot paths).
    Result<Statement *> cached(const QString &sql);

    /// The single value of a one-row, one-column query.
    Result<QString> queryText(const QString &sql);
    Result<qint64> queryInt(const QString &sql);

    QString errorMessage() const;
    int extendedErrorCode() const;
    qint64 changes() const;
    sqlite3 *handle() const { return m_db; }

private:
    explicit Database(sqlite3 *db) : m_db(db) {}
    sqlite3 *m_db = nullptr;
    QHash<QString, Statement *> m_cache;
};

} // namespace annostraat
