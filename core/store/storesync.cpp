// SPDX-License-Identifier: GPL-3.0-or-later
// Store: what this PC remembers for sync (files seen on the share, what was pushed, the
// changes still to send, the profiles that work here). Local only: none of it is an op.
#include "store.h"

#include "storequery.h"

#include <QJsonDocument>
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDateTime>

namespace annostraat {

namespace {
// Messages of this file, under the store's context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Store)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Store)
};
} // namespace

QList<Profile> Store::localProfiles() const
{
    // Did something here (a profile made here is its own first op's author): a profile that
    // arrived with a task package becomes local once its person works on this PC. One
    // indexed probe per profile (there are few), rather than a scan of the op log.
    QList<Profile> result = profiles();
    result.removeIf([&](const Profile &p) {
        bool here = false;
        if (!query(*m_db,
                   QStringLiteral("SELECT 1 WHERE EXISTS (SELECT 1 FROM ops WHERE device = ? AND author = ?)"),
                   [&](Statement &s) { s.bind(1, m_deviceId).bind(2, p.id); }, [&](const Statement &) { here = true; }))
            readFailed(Tr::msg("profiles"));
        return !here;
    });
    return result;
}

namespace {

/// The problem of a sync_seen row: its stored code and arguments, or for a row written before
/// version 6 the text it was stored as.
Message storedProblem(const QString &json, const QString &legacyText)
{
    if (!json.isEmpty())
        if (const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8()); doc.isObject())
            return Message::fromJson(doc.object());
    return legacyText.isEmpty() ? Message() : Message::plain(legacyText);
}

} // namespace

std::optional<SeenFile> Store::seenFile(const QString &sharePath) const
{
    std::optional<SeenFile> result;
    if (!query(*m_db, QStringLiteral("SELECT size, mtime, outcome, message, seen_at, program, problem FROM sync_seen WHERE path = ?"),
               [&](Statement &s) { s.bind(1, sharePath); },
               [&](const Statement &s) {
                   result = SeenFile{s.int64(0), s.int64(1), s.text(2), storedProblem(s.text(6), s.text(3)), s.int64(4), s.text(5)};
               }))
        readFailed(Tr::msg("sync state"));
    return result;
}

QList<std::pair<QString, SeenFile>> Store::seenFiles(const QString &prefix) const
{
    QList<std::pair<QString, SeenFile>> result;
    if (!query(*m_db,
               QStringLiteral("SELECT path, size, mtime, outcome, message, seen_at, program, problem FROM sync_seen "
                              "WHERE substr(path, 1, length(?1)) = ?1 ORDER BY path"),
               [&](Statement &s) { s.bind(1, prefix); },
               [&](const Statement &s) {
                   result.append({s.text(0), SeenFile{s.int64(1), s.int64(2), s.text(3), storedProblem(s.text(7), s.text(4)), s.int64(5), s.text(6)}});
               }))
        readFailed(Tr::msg("sync state"));
    return result;
}

qint64 Store::pendingOpCount() const
{
    qint64 count = 0;
    // Per author, ops after the least they have pushed for any task: what a push would look at.
    if (!query(*m_db,
               QStringLiteral("SELECT count(*) FROM ops o WHERE o.device = ?1 "
                              "AND o.entity IN ('annotation', 'submission', 'review', 'gold') "
                              "AND o.seq > coalesce((SELECT min(p.last_seq) FROM sync_pushed p WHERE p.author = o.author), 0)"),
               [&](Statement &s) { s.bind(1, m_deviceId); }, [&](const Statement &s) { count = s.int64(0); }))
        readFailed(Tr::msg("sync state"));
    return count;
}

Result<void> Store::markSeen(const QString &sharePath, const SeenFile &file)
{
    auto s = m_db->cached(QStringLiteral(
        "INSERT INTO sync_seen (path, size, mtime, outcome, message, seen_at, program, problem) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, "
        "outcome = excluded.outcome, message = excluded.message, seen_at = excluded.seen_at, "
        "program = excluded.program, problem = excluded.problem"));
    if (!s)
        return s.error();
    (*s)->bind(1, sharePath).bind(2, file.size).bind(3, file.mtime).bind(4, file.outcome)
        .bind(5, file.problem.isEmpty() ? QStringLiteral("") : file.problem.english())
        .bind(6, QDateTime::currentMSecsSinceEpoch())
        .bind(7, file.program.isNull() ? versionString() : file.program)
        .bind(8, file.problem.isEmpty()
                         ? QStringLiteral("")
                         : QString::fromUtf8(QJsonDocument(file.problem.toJson()).toJson(QJsonDocument::Compact)));
    if (auto r = (*s)->run(); !r)
        return r.error().prefixed(m_path);
    return {};
}

std::pair<qint64, int> Store::pushed(const QString &taskId, const QString &author) const
{
    std::pair<qint64, int> result{0, 0};
    if (!query(*m_db, QStringLiteral("SELECT last_seq, file_seq FROM sync_pushed WHERE task_id = ? AND author = ?"),
               [&](Statement &s) { s.bind(1, taskId).bind(2, author); },
               [&](const Statement &s) { result = {s.int64(0), int(s.int64(1))}; }))
        readFailed(Tr::msg("sync state"));
    return result;
}

Result<void> Store::setPushed(const QString &taskId, const QString &author, qint64 lastSeq, int fileSeq)
{
    auto s = m_db->cached(QStringLiteral(
        "INSERT INTO sync_pushed (task_id, author, last_seq, file_seq) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (task_id, author) DO UPDATE SET last_seq = excluded.last_seq, file_seq = excluded.file_seq"));
    if (!s)
        return s.error();
    (*s)->bind(1, taskId).bind(2, author).bind(3, lastSeq).bind(4, qint64(fileSeq));
    if (auto r = (*s)->run(); !r)
        return r.error().prefixed(m_path);
    return {};
}

} // namespace annostraat
