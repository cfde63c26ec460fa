// SPDX-License-Identifier: GPL-3.0-or-later
// Store: reading the entity tables and the op log, and the per-profile settings (local to this
// PC, not ops). A read that fails returns an empty result and leaves its message in
// readError().
#include "store.h"


#include "storequery.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>

namespace annostraat {

namespace {

/// Whether \a a sorts before \a b when runs of digits count as numbers: "Demo 2" < "Demo 10".
bool naturalLess(const QString &a, const QString &b)
{
    qsizetype i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            const qsizetype si = i, sj = j;
            while (i < a.size() && a[i].isDigit())
                ++i;
            while (j < b.size() && b[j].isDigit())
                ++j;
            // Longer runs of digits (without leading zeros) are larger numbers.
            const QStringView x = QStringView(a).mid(si, i - si);
            const QStringView y = QStringView(b).mid(sj, j - sj);
            qsizetype xi = 0, yi = 0;
            while (xi + 1 < x.size() && x[xi] == u'0')
                ++xi;
            while (yi + 1 < y.size() && y[yi] == u'0')
                ++yi;
            const QStringView xn = x.mid(xi), yn = y.mid(yi);
            if (xn.size() != yn.size())
                return xn.size() < yn.size();
            if (const int c = xn.compare(yn); c != 0)
                return c < 0;
            continue;
        }
        const int c = QStringView(a).mid(i, 1).compare(QStringView(b).mid(j, 1), Qt::CaseInsensitive);
        if (c != 0)
            return c < 0;
        ++i;
        ++j;
    }
    return a.size() - i < b.size() - j;
}

// Messages of this file, under the store's context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Store)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Store)
};

QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

const char kAnnotationColumns[] =
    "id, task_id, item_id, author, kind, label, value, attributes, deleted, suggested";

Annotation annotationFromRow(const Statement &s)
{
    Annotation a;
    a.id = s.text(0);
    a.taskId = s.text(1);
    a.itemId = s.text(2);
    a.author = s.text(3);
    a.kind = annotationKindFromId(s.text(4)).value_or(AnnotationKind::Box);
    a.label = s.text(5);
    a.value = objectFromText(s.text(6));
    a.attributes = objectFromText(s.text(7));
    a.deleted = s.int64(8) != 0;
    a.suggested = s.int64(9) != 0;
    return a;
}

const char kItemColumns[] = "id, task_id, media_path, sha256, size, kind, ord, facts, extra_media";

Item itemFromRow(const Statement &s)
{
    Item item;
    item.id = s.text(0);
    item.taskId = s.text(1);
    item.mediaPath = s.text(2);
    item.sha256 = s.text(3);
    item.size = s.int64(4);
    item.kind = mediaKindFromId(s.text(5)).value_or(MediaKind::Image);
    item.order = int(s.int64(6));
    // Checked when their op was applied; a row older than version 5 has neither.
    if (auto facts = MediaFacts::fromJson(objectFromText(s.text(7)), {}))
        item.facts = *facts;
    if (auto media = ItemMedia::fromJson(QJsonDocument::fromJson(s.text(8).toUtf8()).array(), {}))
        item.extraMedia = *media;
    return item;
}

const char kSubmissionColumns[] = "task_id, item_id, annotator, status, reason, time_spent_ms, status_hlc";

Submission submissionFromRow(const Statement &s)
{
    Submission sub;
    sub.taskId = s.text(0);
    sub.itemId = s.text(1);
    sub.annotator = s.text(2);
    sub.status = submissionStatusFromId(s.text(3)).value_or(SubmissionStatus::Todo);
    sub.reason = s.text(4);
    sub.timeSpentMs = s.int64(5);
    sub.statusAt = Hlc::parse(s.text(6)).value_or(Hlc());
    return sub;
}

const char kReviewColumns[] =
        "task_id, item_id, annotator, reviewer, verdict, comment, annotation, anchor, deleted, verdict_hlc";

Review reviewFromRow(const Statement &s)
{
    Review r{s.text(0), s.text(1), s.text(2), s.text(3),
             verdictFromId(s.text(4)).value_or(Verdict::Accepted), s.text(5)};
    r.annotationId = s.text(6);
    r.anchor = objectFromText(s.text(7));
    r.deleted = s.int64(8) != 0;
    r.at = Hlc::parse(s.text(9)).value_or(Hlc());
    return r;
}

} // namespace

// ---- Store: reading --------------------------------------------------------------------

void Store::readFailed(const Message &what) const
{
    m_lastReadError = Error(Tr::msg("%1: reading %2 failed: %3").arg(m_path, what, m_db->errorMessage()),
                            Error::Fault::Access);
}

QList<Profile> Store::profiles() const
{
    QList<Profile> result;
    if (!query(*m_db, QStringLiteral("SELECT id, name, role FROM profiles WHERE deleted = 0 AND name IS NOT NULL ORDER BY name"),
               noBind, [&](const Statement &s) {
                   result << Profile{s.text(0), s.text(1), roleFromId(s.text(2)).value_or(Role::Annotator)};
               }))
        readFailed(Tr::msg("profiles"));
    return result;
}

std::optional<Profile> Store::findProfile(const QString &idOrName) const
{
    const QString wanted = idOrName.trimmed();
    for (const Profile &p : profiles())
        if (p.id == wanted || p.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return p;
    return std::nullopt;
}

namespace {
const char kTaskSelect[] = "SELECT id, name, instructions, media_kind, schema, version, annotators_per_item, client "
                           "FROM tasks WHERE deleted = 0 AND name IS NOT NULL";

Task taskFromRow(const Statement &s)
{
    Task t;
    t.id = s.text(0);
    t.name = s.text(1);
    t.instructions = s.text(2);
    t.mediaKind = mediaKindFromId(s.text(3)).value_or(MediaKind::Image);
    if (auto schema = Schema::fromJsonObject(objectFromText(s.text(4)), t.name))
        t.schema = *schema;
    t.version = int(s.int64(5));
    t.annotatorsPerItem = int(s.int64(6));
    t.client = s.text(7);
    return t;
}
} // namespace

QList<Task> Store::tasks() const
{
    QList<Task> result;
    if (!query(*m_db, QLatin1String(kTaskSelect) + QStringLiteral(" ORDER BY name"), noBind,
               [&](const Statement &s) { result << taskFromRow(s); }))
        readFailed(Tr::msg("tasks"));
    // Numbers in names in their order ("Demo 2" before "Demo 10"), as a person reads them
    // (QCollator's numeric mode needs ICU, which not every Qt build has).
    std::stable_sort(result.begin(), result.end(),
                     [](const Task &a, const Task &b) { return naturalLess(a.name, b.name); });
    return result;
}

std::optional<Task> Store::task(const QString &id) const
{
    std::optional<Task> result;
    if (!query(*m_db, QLatin1String(kTaskSelect) + QStringLiteral(" AND id = ?"),
               [&](Statement &s) { s.bind(1, id); }, [&](const Statement &s) { result = taskFromRow(s); }))
        readFailed(Tr::msg("task %1").arg(id));
    return result;
}

QList<Item> Store::items(const QString &taskId) const
{
    QList<Item> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM items WHERE task_id = ? AND deleted = 0 AND media_path IS NOT NULL "
                              "ORDER BY ord, id").arg(QLatin1String(kItemColumns)),
               [&](Statement &s) { s.bind(1, taskId); }, [&](const Statement &s) { result << itemFromRow(s); }))
        readFailed(Tr::msg("items"));
    return result;
}

std::optional<Item> Store::item(const QString &id) const
{
    std::optional<Item> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM items WHERE id = ? AND deleted = 0 AND media_path IS NOT NULL")
                   .arg(QLatin1String(kItemColumns)),
               [&](Statement &s) { s.bind(1, id); }, [&](const Statement &s) { result = itemFromRow(s); }))
        readFailed(Tr::msg("item %1").arg(id));
    return result;
}

QHash<QString, QStringList> Store::assignments(const QString &taskId) const
{
    QHash<QString, QStringList> result;
    if (!query(*m_db,
               QStringLiteral("SELECT item_id, annotator FROM assignments WHERE task_id = ? AND deleted = 0 "
                              "ORDER BY item_id, annotator"),
               [&](Statement &s) { s.bind(1, taskId); },
               [&](const Statement &s) { result[s.text(0)] << s.text(1); }))
        readFailed(Tr::msg("assignments"));
    return result;
}

QList<Item> Store::queue(const QString &taskId, const QString &profileId) const
{
    QList<Item> all = items(taskId);
    const QHash<QString, QStringList> assigned = assignments(taskId);
    if (assigned.isEmpty())
        return all;
    all.removeIf([&](const Item &item) { return !assigned.value(item.id).contains(profileId); });
    return all;
}

QList<Annotation> Store::annotations(const QString &itemId, const QString &author) const
{
    QList<Annotation> result;
    const QString sql = QStringLiteral("SELECT %1 FROM annotations WHERE item_id = ? AND deleted = 0 "
                                       "AND value IS NOT NULL %2 ORDER BY rowid")
                            .arg(QLatin1String(kAnnotationColumns),
                                 author.isEmpty() ? QString() : QStringLiteral("AND author = ?"));
    if (!query(*m_db, sql,
               [&](Statement &s) {
                   s.bind(1, itemId);
                   if (!author.isEmpty())
                       s.bind(2, author);
               },
               [&](const Statement &s) { result << annotationFromRow(s); }))
        readFailed(Tr::msg("annotations"));
    return result;
}

QList<Annotation> Store::taskAnnotations(const QString &taskId) const
{
    QList<Annotation> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM annotations WHERE task_id = ? AND deleted = 0 AND value IS NOT NULL "
                              "ORDER BY item_id, rowid").arg(QLatin1String(kAnnotationColumns)),
               [&](Statement &s) { s.bind(1, taskId); }, [&](const Statement &s) { result << annotationFromRow(s); }))
        readFailed(Tr::msg("annotations"));
    return result;
}

std::optional<Annotation> Store::annotation(const QString &id, bool includeDeleted) const
{
    std::optional<Annotation> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM annotations WHERE id = ? AND value IS NOT NULL %2")
                   .arg(QLatin1String(kAnnotationColumns), includeDeleted ? QString() : QStringLiteral("AND deleted = 0")),
               [&](Statement &s) { s.bind(1, id); }, [&](const Statement &s) { result = annotationFromRow(s); }))
        readFailed(Tr::msg("annotation %1").arg(id));
    return result;
}

std::optional<Submission> Store::submission(const QString &itemId, const QString &annotator) const
{
    std::optional<Submission> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM submissions WHERE id = ? AND status IS NOT NULL")
                   .arg(QLatin1String(kSubmissionColumns)),
               [&](Statement &s) { s.bind(1, Submission::submissionId(itemId, annotator)); },
               [&](const Statement &s) { result = submissionFromRow(s); }))
        readFailed(Tr::msg("submission"));
    return result;
}

QList<Submission> Store::submissions(const QString &taskId) const
{
    QList<Submission> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM submissions WHERE task_id = ? AND status IS NOT NULL ORDER BY item_id, annotator")
                   .arg(QLatin1String(kSubmissionColumns)),
               [&](Statement &s) { s.bind(1, taskId); }, [&](const Statement &s) { result << submissionFromRow(s); }))
        readFailed(Tr::msg("submissions"));
    return result;
}

namespace {

/// The ids of submissions and reviews are "item/annotator": one item's rows are the keys from
/// "item/" up to "item0" ('0' follows '/'), read by the primary key. item_id is still compared,
/// for an item id that is another's prefix up to a slash.
void bindItemRange(Statement &s, const QString &itemId)
{
    s.bind(1, itemId + QLatin1Char('/')).bind(2, itemId + QLatin1Char('0')).bind(3, itemId);
}

} // namespace

QList<Submission> Store::itemSubmissions(const QString &itemId) const
{
    QList<Submission> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM submissions WHERE id >= ? AND id < ? AND item_id = ? "
                              "AND status IS NOT NULL ORDER BY annotator")
                   .arg(QLatin1String(kSubmissionColumns)),
               [&](Statement &s) { bindItemRange(s, itemId); },
               [&](const Statement &s) { result << submissionFromRow(s); }))
        readFailed(Tr::msg("submissions"));
    return result;
}

qint64 Store::submittedBefore(const QString &taskId, const QString &annotator, const QString &itemId) const
{
    qint64 count = 0;
    if (!query(*m_db,
               QStringLiteral("SELECT COUNT(*) FROM submissions s JOIN items i ON i.id = s.item_id, items me "
                              "WHERE me.id = ?3 AND s.task_id = ?1 AND s.annotator = ?2 "
                              "AND i.deleted = 0 AND i.media_path IS NOT NULL "
                              "AND s.status IN ('done', 'flagged') "
                              "AND (i.ord < me.ord OR (i.ord = me.ord AND i.id < me.id))"),
               [&](Statement &s) { s.bind(1, taskId).bind(2, annotator).bind(3, itemId); },
               [&](const Statement &s) { count = s.int64(0); }))
        readFailed(Tr::msg("submissions"));
    return count;
}

std::optional<Review> Store::review(const QString &itemId, const QString &annotator, bool includeDeleted) const
{
    std::optional<Review> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM reviews WHERE id = ? AND verdict IS NOT NULL AND (deleted = 0 OR ?)")
                   .arg(QLatin1String(kReviewColumns)),
               [&](Statement &s) { s.bind(1, itemId + QLatin1Char('/') + annotator).bind(2, qint64(includeDeleted)); },
               [&](const Statement &s) { result = reviewFromRow(s); }))
        readFailed(Tr::msg("review"));
    return result;
}

QList<Review> Store::itemReviews(const QString &itemId) const
{
    QList<Review> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM reviews WHERE id >= ? AND id < ? AND item_id = ? "
                              "AND verdict IS NOT NULL AND deleted = 0 ORDER BY annotator")
                   .arg(QLatin1String(kReviewColumns)),
               [&](Statement &s) { bindItemRange(s, itemId); },
               [&](const Statement &s) { result << reviewFromRow(s); }))
        readFailed(Tr::msg("reviews"));
    return result;
}

QList<GoldMark> Store::goldMarks(const QString &taskId, bool includeDeleted) const
{
    QList<GoldMark> result;
    if (!query(*m_db,
               QStringLiteral("SELECT task_id, item_id, reference, deleted, reference_hlc FROM gold "
                              "WHERE task_id = ? AND reference IS NOT NULL AND (deleted = 0 OR ?) ORDER BY item_id"),
               [&](Statement &s) { s.bind(1, taskId).bind(2, qint64(includeDeleted)); },
               [&](const Statement &s) {
                   result << GoldMark{s.text(0), s.text(1), s.text(2), s.int64(3) != 0,
                                      Hlc::parse(s.text(4)).value_or(Hlc())};
               }))
        readFailed(Tr::msg("gold items"));
    return result;
}

QList<Review> Store::reviews(const QString &taskId) const
{
    QList<Review> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM reviews WHERE task_id = ? AND verdict IS NOT NULL AND deleted = 0 "
                              "ORDER BY item_id, annotator")
                   .arg(QLatin1String(kReviewColumns)),
               [&](Statement &s) { s.bind(1, taskId); },
               [&](const Statement &s) { result << reviewFromRow(s); }))
        readFailed(Tr::msg("reviews"));
    return result;
}

namespace {
const char kOpColumns[] = "op_id, hlc, author, entity, entity_id, payload, seq";

Op opFromRow(const Statement &s)
{
    const QJsonObject payload = objectFromText(s.text(5));
    Op op{s.text(0), Hlc::parse(s.text(1)).value_or(Hlc()), s.text(2), s.text(3), s.text(4),
          payload.value(QStringLiteral("key")).toObject(), payload.value(QStringLiteral("fields")).toObject()};
    op.seq = s.int64(6);
    return op;
}
} // namespace

QList<Op> Store::ops(qint64 afterSeq, int limit) const
{
    QList<Op> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM ops WHERE seq > ? ORDER BY seq LIMIT ?").arg(QLatin1String(kOpColumns)),
               [&](Statement &s) { s.bind(1, afterSeq).bind(2, qint64(limit)); },
               [&](const Statement &s) { result << opFromRow(s); }))
        readFailed(Tr::msg("the op log"));
    return result;
}

QList<Op> Store::ownOps(const QString &author, qint64 afterSeq) const
{
    QList<Op> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM ops WHERE seq > ? AND device = ? AND author = ? ORDER BY seq")
                   .arg(QLatin1String(kOpColumns)),
               [&](Statement &s) { s.bind(1, afterSeq).bind(2, m_deviceId).bind(3, author); },
               [&](const Statement &s) { result << opFromRow(s); }))
        readFailed(Tr::msg("the op log"));
    return result;
}

qint64 Store::opCount() const
{
    const auto n = m_db->queryInt(QStringLiteral("SELECT count(*) FROM ops"));
    if (!n)
        readFailed(Tr::msg("the op log"));
    return n.ok() ? *n : 0;
}

QString Store::integrityCheck() const
{
    QStringList lines;
    if (!query(*m_db, QStringLiteral("PRAGMA integrity_check"), noBind,
               [&](const Statement &s) { lines << s.text(0); }))
        return m_db->errorMessage();
    return lines.join(QLatin1Char('\n'));
}

QString Store::setting(const QString &profileId, const QString &key, const QString &fallback) const
{
    QString result = fallback;
    if (!query(*m_db, QStringLiteral("SELECT value FROM profile_settings WHERE profile_id = ? AND key = ?"),
               [&](Statement &s) { s.bind(1, profileId).bind(2, key); },
               [&](const Statement &s) { result = s.text(0); }))
        readFailed(Tr::msg("settings"));
    return result;
}

Result<void> Store::setSetting(const QString &profileId, const QString &key, const QString &value)
{
    auto s = m_db->cached(QStringLiteral(
        "INSERT INTO profile_settings (profile_id, key, value) VALUES (?, ?, ?) "
        "ON CONFLICT (profile_id, key) DO UPDATE SET value = excluded.value"));
    if (!s)
        return s.error();
    (*s)->bind(1, profileId).bind(2, key).bind(3, value);
    if (auto r = (*s)->run(); !r)
        return r.error().prefixed(m_path);
    return {};
}

QHash<QString, QString> Store::drafts(const QString &itemId, const QString &profileId) const
{
    QHash<QString, QString> result;
    if (!query(*m_db, QStringLiteral("SELECT key, text FROM drafts WHERE item_id = ? AND profile_id = ?"),
               [&](Statement &s) { s.bind(1, itemId).bind(2, profileId); },
               [&](const Statement &s) { result.insert(s.text(0), s.text(1)); }))
        readFailed(Tr::msg("drafts"));
    return result;
}

Result<void> Store::setDraft(const QString &itemId, const QString &profileId, const QString &key,
                             const QString &text)
{
    auto s = m_db->cached(text.isEmpty()
                                  ? QStringLiteral("DELETE FROM drafts WHERE item_id = ? AND profile_id = ? AND key = ?")
                                  : QStringLiteral("INSERT INTO drafts (item_id, profile_id, key, text) VALUES (?, ?, ?, ?) "
                                                   "ON CONFLICT (item_id, profile_id, key) DO UPDATE SET text = excluded.text"));
    if (!s)
        return s.error();
    (*s)->bind(1, itemId).bind(2, profileId).bind(3, key);
    if (!text.isEmpty())
        (*s)->bind(4, text);
    if (auto r = (*s)->run(); !r)
        return r.error().prefixed(m_path);
    return {};
}

QMap<int, QJsonObject> Store::undoSteps(const QString &itemId, const QString &profileId) const
{
    QMap<int, QJsonObject> steps;
    if (!query(*m_db, QStringLiteral("SELECT step, json FROM undo_steps WHERE item_id = ? AND profile_id = ?"),
               [&](Statement &s) { s.bind(1, itemId).bind(2, profileId); },
               [&](const Statement &s) { steps.insert(int(s.int64(0)), objectFromText(s.text(1))); }))
        readFailed(Tr::msg("undo history"));
    return steps;
}

Result<void> Store::setUndoStep(const QString &itemId, const QString &profileId, int index,
                                const QJsonObject &step, int keep)
{
    auto tx = begin();
    if (!tx)
        return tx.error();
    auto run = [&](const QString &sql, int number) -> Result<void> {
        auto s = m_db->cached(sql);
        if (!s)
            return s.error();
        (*s)->bind(1, itemId).bind(2, profileId).bind(3, number);
        if (auto r = (*s)->run(); !r)
            return r.error().prefixed(m_path);
        return {};
    };
    if (auto r = run(QStringLiteral("DELETE FROM undo_steps WHERE item_id = ? AND profile_id = ? AND step >= ?"), index); !r)
        return r;
    if (!step.isEmpty()) {
        auto s = m_db->cached(QStringLiteral("INSERT INTO undo_steps (item_id, profile_id, step, json) VALUES (?, ?, ?, ?)"));
        if (!s)
            return s.error();
        (*s)->bind(1, itemId).bind(2, profileId).bind(3, index).bind(4, QString::fromUtf8(QJsonDocument(step).toJson(QJsonDocument::Compact)));
        if (auto r = (*s)->run(); !r)
            return r.error().prefixed(m_path);
    }
    if (auto r = run(QStringLiteral("DELETE FROM undo_steps WHERE item_id = ? AND profile_id = ? AND step <= ?"), index - keep); !r)
        return r;
    return tx->commit();
}

} // namespace annostraat
