// SPDX-License-Identifier: GPL-3.0-or-later
#include "store.h"

#include "database.h"
#include "migrations.h"
#include "model/kinds/annotationkinds.h"
#include "model/questions.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <sqlite3.h>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Store)
};

QString toJsonText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject objectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// INSERT … ON CONFLICT DO UPDATE that sets each field only when the incoming timestamp is
/// later than the stored one. In SQLite's upsert, unqualified columns are the old row.
QString upsertSql(const EntitySpec &spec)
{
    QStringList columns{QStringLiteral("id")};
    QStringList updates;
    for (const FieldSpec &k : spec.keys)
        columns << QLatin1String(k.column);
    for (const FieldSpec &f : spec.fields) {
        const QString c = QLatin1String(f.column);
        const QString h = c + QStringLiteral("_hlc");
        columns << c << h;
        const QString newer = QStringLiteral("excluded.%1 > coalesce(%2.%1, '')")
                                  .arg(h, QLatin1String(spec.table));
        updates << QStringLiteral("%1 = CASE WHEN %2 THEN excluded.%1 ELSE %3.%1 END")
                       .arg(c, newer, QLatin1String(spec.table));
        updates << QStringLiteral("%1 = CASE WHEN %2 THEN excluded.%1 ELSE %3.%1 END")
                       .arg(h, newer, QLatin1String(spec.table));
    }
    QStringList params;
    for (qsizetype i = 0; i < columns.size(); ++i)
        params << QStringLiteral("?");
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (id) DO UPDATE SET %4")
        .arg(QLatin1String(spec.table), columns.join(QStringLiteral(", ")),
             params.join(QStringLiteral(", ")), updates.join(QStringLiteral(", ")));
}

void bindValue(Statement &s, int index, const QJsonValue &v, FieldType type)
{
    switch (type) {
    case FieldType::Text:
        s.bind(index, v.toString());
        break;
    case FieldType::Int:
        s.bind(index, qint64(v.toDouble()));
        break;
    case FieldType::Bool:
        s.bind(index, qint64(v.toBool() ? 1 : 0));
        break;
    case FieldType::Json:
        s.bind(index, toJsonText(v));
        break;
    }
}

const char kAnnotationColumns[] =
    "id, task_id, item_id, author, kind, label, value, attributes, deleted";

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

const char kSubmissionColumns[] = "task_id, item_id, annotator, status, reason, time_spent_ms";

Submission submissionFromRow(const Statement &s)
{
    Submission sub;
    sub.taskId = s.text(0);
    sub.itemId = s.text(1);
    sub.annotator = s.text(2);
    sub.status = submissionStatusFromId(s.text(3)).value_or(SubmissionStatus::Todo);
    sub.reason = s.text(4);
    sub.timeSpentMs = s.int64(5);
    return sub;
}

} // namespace

// ---- WriteTransaction ------------------------------------------------------------------

WriteTransaction::WriteTransaction(WriteTransaction &&other) noexcept : m_store(other.m_store)
{
    other.m_store = nullptr;
}

WriteTransaction::~WriteTransaction()
{
    if (m_store && m_store->m_inTransaction) {
        (void)m_store->m_db->exec(QStringLiteral("ROLLBACK"));
        m_store->m_inTransaction = false;
    }
}

Result<Op> WriteTransaction::record(const Change &change)
{
    Op op;
    op.id = newId();
    op.hlc = m_store->m_clock->tick();
    op.author = change.author;
    op.entity = change.entity;
    op.entityId = change.entityId;
    op.key = change.key;
    op.fields = change.fields;
    if (auto r = op.validate(); !r)
        return r.error();
    bool isNew = false;
    if (auto r = m_store->applyOp(op, &isNew); !r)
        return r.error();
    return op;
}

Result<bool> WriteTransaction::apply(const Op &op)
{
    // An op from elsewhere may not move an existing entity: a results file that names
    // someone's annotation with its own layer as author would otherwise take it over.
    if (auto r = m_store->checkKey(op); !r)
        return r.error();
    bool isNew = false;
    if (auto r = m_store->applyOp(op, &isNew); !r)
        return r.error();
    return isNew;
}

Result<void> WriteTransaction::commit()
{
    if (!m_store || !m_store->m_inTransaction)
        return Error(Tr::tr("no transaction is open"));
    Result<void> r = m_store->m_db->exec(QStringLiteral("COMMIT"));
    if (!r) {
        const bool foreignKey = m_store->m_db->extendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY;
        (void)m_store->m_db->exec(QStringLiteral("ROLLBACK"));
        m_store->m_inTransaction = false;
        if (foreignKey)
            return Error(Tr::tr("%1: the changes refer to a task or item this store does not have; nothing was changed")
                             .arg(m_store->m_path));
        return Error(Tr::tr("%1: could not save the change: %2").arg(m_store->m_path, r.error().message()));
    }
    m_store->m_inTransaction = false;
    return {};
}

// ---- Store: opening and migrating ------------------------------------------------------

Store::Store(QString path, std::unique_ptr<Database> db) : m_path(std::move(path)), m_db(std::move(db)) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error(Tr::tr("%1: is a folder, not a store file").arg(path));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error(Tr::tr("%1: cannot create the folder for the store").arg(path));
    } else if (info.size() > 0) {
        // Check the header ourselves first: SQLite would otherwise only fail at the first
        // query, and we want to be sure nothing touches a file that is not ours.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Tr::tr("%1: cannot read the store: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error(Tr::tr("%1: not an Annostraat store (the file is not an SQLite database)").arg(path));
    }

    auto db = Database::open(path);
    if (!db)
        return Error(Tr::tr("%1: cannot open the store: %2").arg(path, db.error().message()));
    std::unique_ptr<Store> store(new Store(path, std::move(db).value()));
    Database &d = *store->m_db;
    sqlite3_busy_timeout(d.handle(), 10000);

    const auto appId = d.queryInt(QStringLiteral("PRAGMA application_id"));
    const auto version = d.queryInt(QStringLiteral("PRAGMA user_version"));
    const auto tables = d.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !version || !tables)
        return Error(Tr::tr("%1: not an Annostraat store (%2)")
                         .arg(path, (!appId ? appId.error() : !version ? version.error() : tables.error()).message()));
    if ((*appId != 0 && *appId != migrations::kApplicationId) || (*appId == 0 && *tables > 0))
        return Error(Tr::tr("%1: not an Annostraat store (it is an SQLite database of another program)").arg(path));
    if (*version > migrations::kCurrentVersion)
        return Error(Tr::tr("%1: this store was written by a newer version of Annostraat (store version %2; "
                        "this program reads versions up to %3). Update Annostraat to open it; the file was not changed.")
                         .arg(path).arg(*version).arg(migrations::kCurrentVersion));

    const auto mode = d.queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode || mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error(Tr::tr("%1: cannot switch the store to write-ahead logging%2")
                         .arg(path, mode ? QString() : QStringLiteral(": ") + mode.error().message()));
    // FULL: a committed action survives a power cut too, not just a crash of the program.
    // A larger page cache (64 MiB, SQLite's default is 2) keeps the random-UUID indexes of a
    // big store in memory during bulk merges; see tests/bench.
    for (const char *pragma : {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA cache_size = -65536"})
        if (auto r = d.exec(QLatin1String(pragma)); !r)
            return r.error().prefixed(path);

    if (auto r = store->migrate(); !r)
        return r.error().prefixed(path);

    const auto device = d.queryText(QStringLiteral("SELECT value FROM meta WHERE key = 'device'"));
    if (!device || device->isEmpty())
        return Error(Tr::tr("%1: the store has no device id").arg(path));
    store->m_deviceId = *device;
    store->m_clock = std::make_unique<HlcClock>(store->m_deviceId);
    if (auto r = store->refreshClock(); !r)
        return r.error().prefixed(path);
    return store;
}

Result<void> Store::migrate()
{
    Database &d = *m_db;
    for (;;) {
        if (auto r = d.exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
            return r;
        // Read again inside the lock: another process may have migrated meanwhile.
        const auto version = d.queryInt(QStringLiteral("PRAGMA user_version"));
        if (!version) {
            (void)d.exec(QStringLiteral("ROLLBACK"));
            return version.error();
        }
        if (*version >= migrations::kCurrentVersion) {
            (void)d.exec(QStringLiteral("ROLLBACK"));
            return {};
        }
        const int next = int(*version) + 1;
        Result<void> r = d.exec(migrations::script(next));
        if (r && next == 1) {
            r = d.exec(QStringLiteral("PRAGMA application_id = %1").arg(migrations::kApplicationId));
            if (r)
                r = d.exec(QStringLiteral("INSERT INTO meta (key, value) VALUES ('device', '%1')").arg(newId()));
        }
        if (r)
            r = d.exec(QStringLiteral("PRAGMA user_version = %1").arg(next));
        if (r)
            r = d.exec(QStringLiteral("COMMIT"));
        if (!r) {
            (void)d.exec(QStringLiteral("ROLLBACK"));
            return Error(Tr::tr("upgrading the store to version %1 failed: %2").arg(next).arg(r.error().message()));
        }
    }
}

int Store::schemaVersion() const
{
    return int(m_db->queryInt(QStringLiteral("PRAGMA user_version")).ok()
                   ? *m_db->queryInt(QStringLiteral("PRAGMA user_version"))
                   : 0);
}

Result<void> Store::refreshClock()
{
    const auto latest = m_db->queryText(QStringLiteral("SELECT max(hlc) FROM ops"));
    if (!latest)
        return latest.error();
    if (const auto hlc = Hlc::parse(*latest))
        m_clock->observe(*hlc);
    return {};
}

// ---- Store: writing --------------------------------------------------------------------

Result<WriteTransaction> Store::begin()
{
    if (m_inTransaction)
        return Error(Tr::tr("%1: a change is already being written").arg(m_path));
    if (auto r = m_db->exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return Error(Tr::tr("%1: cannot start a change: %2").arg(m_path, r.error().message()));
    m_inTransaction = true;
    WriteTransaction tx(this);
    // Another process (the CLI beside the GUI) may have written ops since we last looked;
    // under the write lock, the newest timestamp in the log is final.
    if (auto r = refreshClock(); !r)
        return r.error().prefixed(m_path);
    return tx;
}

Result<void> Store::applyOp(const Op &op, bool *isNew)
{
    const EntitySpec *spec = entitySpec(op.entity);
    if (!spec)
        return Error(Tr::tr("unknown entity \"%1\"").arg(op.entity));

    auto insertOp = m_db->cached(QStringLiteral(
        "INSERT INTO ops (op_id, hlc, author, device, entity, entity_id, payload) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (op_id) DO NOTHING"));
    if (!insertOp)
        return insertOp.error();
    const QJsonObject payload{{QStringLiteral("key"), op.key}, {QStringLiteral("fields"), op.fields}};
    Statement &ins = **insertOp;
    ins.bind(1, op.id).bind(2, op.hlc.toString()).bind(3, op.author).bind(4, op.device())
        .bind(5, op.entity).bind(6, op.entityId).bind(7, toJsonText(payload));
    if (auto r = ins.run(); !r)
        return Error(Tr::tr("cannot append op %1: %2").arg(op.id, r.error().message()));
    *isNew = m_db->changes() > 0;
    if (!*isNew)
        return {}; // already applied once; applying again would change nothing anyway

    // Built once, before any thread can ask (the GUI and its sync thread both apply ops).
    static const QHash<QString, QString> upserts = [] {
        QHash<QString, QString> sql;
        for (const EntitySpec &e : entitySpecs())
            sql.insert(QLatin1String(e.entity), upsertSql(e));
        return sql;
    }();
    auto upsert = m_db->cached(upserts.value(op.entity));
    if (!upsert)
        return upsert.error();
    Statement &s = **upsert;
    int index = 1;
    s.bind(index++, op.entityId);
    for (const FieldSpec &k : spec->keys)
        bindValue(s, index++, op.key.value(QLatin1String(k.json)), k.type);
    const QString hlc = op.hlc.toString();
    for (const FieldSpec &f : spec->fields) {
        const auto it = op.fields.constFind(QLatin1String(f.json));
        if (it != op.fields.constEnd()) {
            bindValue(s, index++, *it, f.type);
            s.bind(index++, hlc);
        } else {
            if (f.type == FieldType::Bool)
                s.bind(index++, qint64(0)); // NOT NULL column; its null timestamp keeps it from winning
            else
                s.bindNull(index++);
            s.bindNull(index++);
        }
    }
    if (auto r = s.run(); !r)
        return Error(Tr::tr("cannot apply op %1 to %2 %3: %4").arg(op.id, op.entity, op.entityId, r.error().message()));
    return {};
}

Result<QList<Op>> Store::record(const QList<Change> &changes)
{
    auto tx = begin();
    if (!tx)
        return tx.error();
    QList<Op> ops;
    ops.reserve(changes.size());
    for (const Change &change : changes) {
        auto op = tx->record(change);
        if (!op)
            return op.error().prefixed(m_path);
        ops << *op;
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return ops;
}

Result<void> Store::checkKey(const Op &op)
{
    const EntitySpec *spec = entitySpec(op.entity);
    if (!spec || spec->keys.isEmpty())
        return {};
    QStringList columns;
    for (const FieldSpec &k : spec->keys)
        columns << QLatin1String(k.column);
    auto s = m_db->cached(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                              .arg(columns.join(QStringLiteral(", ")), QLatin1String(spec->table)));
    if (!s)
        return s.error();
    Statement &st = **s;
    st.bind(1, op.entityId);
    auto row = st.step();
    if (!row) {
        st.reset();
        return row.error();
    }
    Result<void> result;
    if (*row) {
        for (qsizetype i = 0; i < spec->keys.size(); ++i) {
            const QString stored = st.text(int(i));
            const QString claimed = op.key.value(QLatin1String(spec->keys.at(i).json)).toString();
            if (stored != claimed) {
                result = Error(Tr::tr("op %1 says %2 %3 has %4 \"%5\", but it has \"%6\"; refused")
                                   .arg(op.id, op.entity, op.entityId, QLatin1String(spec->keys.at(i).json),
                                        claimed, stored));
                break;
            }
        }
    }
    st.reset();
    return result;
}

Result<MergeResult> Store::merge(const QList<Op> &ops)
{
    // A PC whose clock runs far ahead would drag every clock along for good (docs/store.md).
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + qint64(24) * 3600 * 1000;
    for (const Op &op : ops) {
        if (auto r = op.validate(); !r)
            return r.error();
        if (op.hlc.wallMs() > horizon)
            return Error(Tr::tr("op %1 is dated %2, more than a day ahead of this PC's clock; "
                                "check the clock of the PC that made it")
                             .arg(op.id, QDateTime::fromMSecsSinceEpoch(op.hlc.wallMs(), Qt::UTC)
                                             .toString(Qt::ISODate)));
    }
    auto tx = begin();
    if (!tx)
        return tx.error();
    MergeResult result;
    result.received = int(ops.size());
    for (const Op &op : ops) {
        auto isNew = tx->apply(op);
        if (!isNew)
            return isNew.error().prefixed(m_path);
        result.applied += *isNew ? 1 : 0;
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return result;
}

Result<Profile> Store::addProfile(const QString &name, Role role)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Tr::tr("a profile needs a name"));
    if (trimmed.size() > 64)
        return Error(Tr::tr("the profile name \"%1\" is longer than 64 characters").arg(trimmed));
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar c : trimmed)
        if (forbidden.contains(c) || c.isNonCharacter() || c.category() == QChar::Other_Control)
            return Error(Tr::tr("the profile name \"%1\" contains \"%2\"; use letters, digits, spaces, '-' or '.'")
                             .arg(trimmed, QString(c)));
    if (findProfile(trimmed))
        return Error(Tr::tr("there is already a profile named \"%1\"").arg(trimmed));
    Profile profile{newId(), trimmed, role};
    auto ops = record({profileChange(profile, profile.id)});
    if (!ops)
        return ops.error();
    return profile;
}

Result<Task> Store::createTask(Task task, QList<Item> items, const QString &author)
{
    task.name = task.name.trimmed();
    if (task.name.isEmpty())
        return Error(Tr::tr("a task needs a name"));
    if (task.annotatorsPerItem < 1)
        return Error(Tr::tr("a task needs at least one annotator per item"));
    if (task.schema.labels().isEmpty() && task.schema.questions().isEmpty())
        return Error(Tr::tr("task \"%1\": the schema has no labels and no questions").arg(task.name));
    if (task.id.isEmpty())
        task.id = newId();

    QList<Change> changes;
    changes << taskChange(task, author);
    for (Item &item : items) {
        if (item.id.isEmpty())
            item.id = newId();
        item.taskId = task.id;
        changes << itemChange(item, author);
    }
    if (auto r = record(changes); !r)
        return r.error();
    return task;
}

Change Store::profileChange(const Profile &profile, const QString &author)
{
    return {author, QStringLiteral("profile"), profile.id, {},
            {{QStringLiteral("name"), profile.name}, {QStringLiteral("role"), toId(profile.role)}}};
}

Change Store::taskChange(const Task &task, const QString &author)
{
    return {author, QStringLiteral("task"), task.id, {},
            {{QStringLiteral("name"), task.name},
             {QStringLiteral("instructions"), task.instructions},
             {QStringLiteral("mediaKind"), toId(task.mediaKind)},
             {QStringLiteral("schema"), task.schema.toJson()},
             {QStringLiteral("version"), task.version},
             {QStringLiteral("annotatorsPerItem"), task.annotatorsPerItem}}};
}

Change Store::itemChange(const Item &item, const QString &author)
{
    return {author, QStringLiteral("item"), item.id, {{QStringLiteral("task"), item.taskId}},
            {{QStringLiteral("media"), item.mediaPath},
             {QStringLiteral("sha256"), item.sha256},
             {QStringLiteral("size"), double(item.size)},
             {QStringLiteral("kind"), toId(item.kind)},
             {QStringLiteral("order"), item.order},
             {QStringLiteral("facts"), item.facts.toJson()},
             {QStringLiteral("extraMedia"), ItemMedia::toJson(item.extraMedia)}}};
}

Change Store::submissionChange(const Submission &s, const QString &author)
{
    return {author, QStringLiteral("submission"), s.id(),
            {{QStringLiteral("task"), s.taskId},
             {QStringLiteral("item"), s.itemId},
             {QStringLiteral("annotator"), s.annotator}},
            {{QStringLiteral("status"), toId(s.status)},
             {QStringLiteral("reason"), s.reason},
             {QStringLiteral("timeSpentMs"), double(s.timeSpentMs)}}};
}

Change Store::reviewChange(const Review &review, const QString &author)
{
    return {author, QStringLiteral("review"), review.id(),
            {{QStringLiteral("task"), review.taskId},
             {QStringLiteral("item"), review.itemId},
             {QStringLiteral("annotator"), review.annotator}},
            {{QStringLiteral("reviewer"), review.reviewer},
             {QStringLiteral("verdict"), toId(review.verdict)},
             {QStringLiteral("comment"), review.comment}}};
}

Change Store::assignmentChange(const QString &taskId, const QString &itemId, const QString &annotator,
                               bool assigned, const QString &author)
{
    return {author, QStringLiteral("assignment"), Submission::submissionId(itemId, annotator),
            {{QStringLiteral("task"), taskId}, {QStringLiteral("item"), itemId},
             {QStringLiteral("annotator"), annotator}},
            {{QStringLiteral("deleted"), !assigned}}};
}

Change Store::annotationChange(const Annotation &a, bool includeAll)
{
    Change change{a.author, QStringLiteral("annotation"), a.id,
                  {{QStringLiteral("task"), a.taskId},
                   {QStringLiteral("item"), a.itemId},
                   {QStringLiteral("author"), a.author},
                   {QStringLiteral("kind"), toId(a.kind)}},
                  {}};
    if (includeAll) {
        change.fields = {{QStringLiteral("label"), a.label},
                         {QStringLiteral("value"), a.value},
                         {QStringLiteral("attributes"), a.attributes},
                         {QStringLiteral("deleted"), a.deleted}};
    }
    return change;
}

Result<void> Store::checkAnnotation(const Annotation &a) const
{
    const auto item = this->item(a.itemId);
    if (!item)
        return Error(Tr::tr("there is no item \"%1\"").arg(a.itemId));
    if (!a.taskId.isEmpty() && item->taskId != a.taskId)
        return Error(Tr::tr("item \"%1\" does not belong to task \"%2\"").arg(a.itemId, a.taskId));
    const auto task = this->task(item->taskId);
    if (!task)
        return Error(Tr::tr("there is no task \"%1\"").arg(item->taskId));
    if (!findProfile(a.author))
        return Error(Tr::tr("there is no profile \"%1\"").arg(a.author));
    if (AnnotationKinds::get(a.kind).answersQuestion())
        if (const QuestionSpec *q = task->schema.question(a.label); q && !Questions::appliesTo(*q, item->kind))
            return Error(Tr::tr("question \"%1\" is not asked for %2 items").arg(a.label, toId(item->kind)));
    return task->schema.checkAnnotation(a.kind, a.label, a.value, a.attributes, a.id);
}

Result<Annotation> Store::addAnnotation(Annotation annotation)
{
    if (const auto item = this->item(annotation.itemId); item && annotation.taskId.isEmpty())
        annotation.taskId = item->taskId;
    if (const auto profile = findProfile(annotation.author))
        annotation.author = profile->id;
    // The id first, so a refusal can name the annotation.
    if (annotation.id.isEmpty())
        annotation.id = newId();
    if (auto r = checkAnnotation(annotation); !r)
        return r.error();
    annotation.deleted = false;
    if (auto r = record({annotationChange(annotation)}); !r)
        return r.error();
    return annotation;
}

Result<void> Store::updateAnnotation(const QString &annotationId, const QJsonObject &fields,
                                     const QString &author)
{
    auto current = annotation(annotationId, true);
    if (!current)
        return Error(Tr::tr("there is no annotation \"%1\"").arg(annotationId));
    Annotation next = *current;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == QLatin1String("label"))
            next.label = it->toString();
        else if (it.key() == QLatin1String("value"))
            next.value = it->toObject();
        else if (it.key() == QLatin1String("attributes"))
            next.attributes = it->toObject();
        else if (it.key() == QLatin1String("deleted"))
            next.deleted = it->toBool();
        else
            return Error(Tr::tr("an annotation has no field \"%1\"").arg(it.key()));
    }
    if (!next.deleted) {
        const auto task = this->task(next.taskId);
        if (!task)
            return Error(Tr::tr("there is no task \"%1\"").arg(next.taskId));
        if (auto r = task->schema.checkAnnotation(next.kind, next.label, next.value,
                                                  next.attributes, next.id);
            !r)
            return r;
    }
    Change change = annotationChange(*current, false);
    change.author = author;
    change.fields = fields;
    if (auto r = record({change}); !r)
        return r.error();
    return {};
}

Result<void> Store::setSubmission(const Submission &s, const QString &author)
{
    const auto item = this->item(s.itemId);
    if (!item)
        return Error(Tr::tr("there is no item \"%1\"").arg(s.itemId));
    if (s.status == SubmissionStatus::Flagged && s.reason.trimmed().isEmpty())
        return Error(Tr::tr("a flagged item needs a reason"));
    Submission submission = s;
    submission.taskId = item->taskId;
    auto r = record({submissionChange(submission, author)});
    if (!r)
        return r.error();
    return {};
}

Result<int> Store::assignRoundRobin(const QString &taskId, const QStringList &annotators, int perItem,
                                   const QString &author)
{
    if (!task(taskId))
        return Error(Tr::tr("there is no task \"%1\"").arg(taskId));
    if (annotators.isEmpty())
        return Error(Tr::tr("name at least one annotator to assign"));
    if (perItem < 1 || perItem > annotators.size())
        return Error(Tr::tr("%1 annotators per item is not possible with %2 annotators").arg(perItem).arg(annotators.size()));
    QStringList ids; // names become ids: assignments always name profiles by id
    for (const QString &a : annotators) {
        const auto profile = findProfile(a);
        if (!profile)
            return Error(Tr::tr("there is no profile \"%1\"").arg(a));
        ids << profile->id;
    }
    const QHash<QString, QStringList> existing = assignments(taskId);
    QList<Change> changes;
    qsizetype next = 0;
    for (const Item &item : items(taskId)) {
        for (int n = 0; n < perItem; ++n) {
            const QString annotator = ids.at(next++ % ids.size());
            if (existing.value(item.id).contains(annotator))
                continue;
            changes << assignmentChange(taskId, item.id, annotator, true, author);
        }
    }
    if (changes.isEmpty())
        return 0;
    if (auto r = record(changes); !r)
        return r.error();
    return int(changes.size());
}

Result<void> Store::setAssignment(const QString &itemId, const QString &annotator, bool assigned,
                                  const QString &author)
{
    const auto item = this->item(itemId);
    if (!item)
        return Error(Tr::tr("there is no item \"%1\"").arg(itemId));
    const auto profile = findProfile(annotator);
    if (!profile)
        return Error(Tr::tr("there is no profile \"%1\"").arg(annotator));
    auto r = record({assignmentChange(item->taskId, itemId, profile->id, assigned, author)});
    if (!r)
        return r.error();
    return {};
}

Result<void> Store::setReview(const Review &review, const QString &author)
{
    const auto item = this->item(review.itemId);
    if (!item)
        return Error(Tr::tr("there is no item \"%1\"").arg(review.itemId));
    if (review.verdict == Verdict::Rejected && review.comment.trimmed().isEmpty())
        return Error(Tr::tr("a rejection needs a comment for the annotator"));
    Review stored = review;
    stored.taskId = item->taskId;
    auto r = record({reviewChange(stored, author)});
    if (!r)
        return r.error();
    return {};
}

// ---- Store: reading --------------------------------------------------------------------

void Store::readFailed(const QString &what) const
{
    m_lastReadError = Tr::tr("%1: reading %2 failed: %3").arg(m_path, what, m_db->errorMessage());
}

namespace {

/// Runs \a sql with \a binds and calls \a row for each result row; false on error.
template<typename Bind, typename Row>
bool query(Database &db, const QString &sql, Bind bind, Row row)
{
    auto s = db.cached(sql);
    if (!s)
        return false;
    Statement &st = **s;
    bind(st);
    for (;;) {
        auto more = st.step();
        if (!more) {
            st.reset();
            return false;
        }
        if (!*more)
            break;
        row(st);
    }
    st.reset();
    return true;
}

const auto noBind = [](Statement &) {};

} // namespace

QList<Profile> Store::profiles() const
{
    QList<Profile> result;
    if (!query(*m_db, QStringLiteral("SELECT id, name, role FROM profiles WHERE deleted = 0 AND name IS NOT NULL ORDER BY name"),
               noBind, [&](const Statement &s) {
                   result << Profile{s.text(0), s.text(1), roleFromId(s.text(2)).value_or(Role::Annotator)};
               }))
        readFailed(Tr::tr("profiles"));
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
const char kTaskSelect[] = "SELECT id, name, instructions, media_kind, schema, version, annotators_per_item "
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
    return t;
}
} // namespace

QList<Task> Store::tasks() const
{
    QList<Task> result;
    if (!query(*m_db, QLatin1String(kTaskSelect) + QStringLiteral(" ORDER BY name"), noBind,
               [&](const Statement &s) { result << taskFromRow(s); }))
        readFailed(Tr::tr("tasks"));
    return result;
}

std::optional<Task> Store::task(const QString &id) const
{
    std::optional<Task> result;
    if (!query(*m_db, QLatin1String(kTaskSelect) + QStringLiteral(" AND id = ?"),
               [&](Statement &s) { s.bind(1, id); }, [&](const Statement &s) { result = taskFromRow(s); }))
        readFailed(Tr::tr("task %1").arg(id));
    return result;
}

QList<Item> Store::items(const QString &taskId) const
{
    QList<Item> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM items WHERE task_id = ? AND deleted = 0 AND media_path IS NOT NULL "
                              "ORDER BY ord, id").arg(QLatin1String(kItemColumns)),
               [&](Statement &s) { s.bind(1, taskId); }, [&](const Statement &s) { result << itemFromRow(s); }))
        readFailed(Tr::tr("items"));
    return result;
}

std::optional<Item> Store::item(const QString &id) const
{
    std::optional<Item> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM items WHERE id = ? AND deleted = 0 AND media_path IS NOT NULL")
                   .arg(QLatin1String(kItemColumns)),
               [&](Statement &s) { s.bind(1, id); }, [&](const Statement &s) { result = itemFromRow(s); }))
        readFailed(Tr::tr("item %1").arg(id));
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
        readFailed(Tr::tr("assignments"));
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
        readFailed(Tr::tr("annotations"));
    return result;
}

QList<Annotation> Store::taskAnnotations(const QString &taskId) const
{
    QList<Annotation> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM annotations WHERE task_id = ? AND deleted = 0 AND value IS NOT NULL "
                              "ORDER BY item_id, rowid").arg(QLatin1String(kAnnotationColumns)),
               [&](Statement &s) { s.bind(1, taskId); }, [&](const Statement &s) { result << annotationFromRow(s); }))
        readFailed(Tr::tr("annotations"));
    return result;
}

std::optional<Annotation> Store::annotation(const QString &id, bool includeDeleted) const
{
    std::optional<Annotation> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM annotations WHERE id = ? AND value IS NOT NULL %2")
                   .arg(QLatin1String(kAnnotationColumns), includeDeleted ? QString() : QStringLiteral("AND deleted = 0")),
               [&](Statement &s) { s.bind(1, id); }, [&](const Statement &s) { result = annotationFromRow(s); }))
        readFailed(Tr::tr("annotation %1").arg(id));
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
        readFailed(Tr::tr("submission"));
    return result;
}

QList<Submission> Store::submissions(const QString &taskId) const
{
    QList<Submission> result;
    if (!query(*m_db,
               QStringLiteral("SELECT %1 FROM submissions WHERE task_id = ? AND status IS NOT NULL ORDER BY item_id, annotator")
                   .arg(QLatin1String(kSubmissionColumns)),
               [&](Statement &s) { s.bind(1, taskId); }, [&](const Statement &s) { result << submissionFromRow(s); }))
        readFailed(Tr::tr("submissions"));
    return result;
}

std::optional<Review> Store::review(const QString &itemId, const QString &annotator) const
{
    std::optional<Review> result;
    if (!query(*m_db,
               QStringLiteral("SELECT task_id, item_id, annotator, reviewer, verdict, comment FROM reviews "
                              "WHERE id = ? AND verdict IS NOT NULL"),
               [&](Statement &s) { s.bind(1, itemId + QLatin1Char('/') + annotator); },
               [&](const Statement &s) {
                   result = Review{s.text(0), s.text(1), s.text(2), s.text(3),
                                   verdictFromId(s.text(4)).value_or(Verdict::Accepted), s.text(5)};
               }))
        readFailed(Tr::tr("review"));
    return result;
}

QList<Review> Store::reviews(const QString &taskId) const
{
    QList<Review> result;
    if (!query(*m_db,
               QStringLiteral("SELECT task_id, item_id, annotator, reviewer, verdict, comment FROM reviews "
                              "WHERE task_id = ? AND verdict IS NOT NULL ORDER BY item_id, annotator"),
               [&](Statement &s) { s.bind(1, taskId); },
               [&](const Statement &s) {
                   result << Review{s.text(0), s.text(1), s.text(2), s.text(3),
                                    verdictFromId(s.text(4)).value_or(Verdict::Accepted), s.text(5)};
               }))
        readFailed(Tr::tr("reviews"));
    return result;
}

TaskStats Store::stats(const QString &taskId) const
{
    TaskStats stats;
    const QList<Item> items = this->items(taskId);
    stats.items = int(items.size());
    QSet<QString> itemsWithWork;
    for (const Submission &s : submissions(taskId)) {
        ++stats.itemsPerStatus[toId(s.status)];
        itemsWithWork.insert(s.itemId);
    }
    const int untouched = stats.items - int(itemsWithWork.size());
    if (untouched > 0)
        stats.itemsPerStatus[toId(SubmissionStatus::Todo)] += untouched;

    QHash<QString, QString> names;
    for (const Profile &p : profiles())
        names.insert(p.id, p.name);
    if (!query(*m_db,
               QStringLiteral("SELECT label, author, count(*) FROM annotations WHERE task_id = ? AND deleted = 0 "
                              "AND value IS NOT NULL GROUP BY label, author"),
               [&](Statement &s) { s.bind(1, taskId); },
               [&](const Statement &s) {
                   const int n = int(s.int64(2));
                   stats.annotationsPerLabel[s.text(0)] += n;
                   stats.annotationsPerAuthor[names.value(s.text(1), s.text(1))] += n;
               }))
        readFailed(Tr::tr("statistics"));
    return stats;
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
        readFailed(Tr::tr("the op log"));
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
        readFailed(Tr::tr("the op log"));
    return result;
}

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
            readFailed(Tr::tr("profiles"));
        return !here;
    });
    return result;
}

std::optional<SeenFile> Store::seenFile(const QString &sharePath) const
{
    std::optional<SeenFile> result;
    if (!query(*m_db, QStringLiteral("SELECT size, mtime, outcome, message, seen_at, program FROM sync_seen WHERE path = ?"),
               [&](Statement &s) { s.bind(1, sharePath); },
               [&](const Statement &s) {
                   result = SeenFile{s.int64(0), s.int64(1), s.text(2), s.text(3), s.int64(4), s.text(5)};
               }))
        readFailed(Tr::tr("sync state"));
    return result;
}

QList<std::pair<QString, SeenFile>> Store::seenFiles(const QString &prefix) const
{
    QList<std::pair<QString, SeenFile>> result;
    if (!query(*m_db,
               QStringLiteral("SELECT path, size, mtime, outcome, message, seen_at, program FROM sync_seen "
                              "WHERE substr(path, 1, length(?1)) = ?1 ORDER BY path"),
               [&](Statement &s) { s.bind(1, prefix); },
               [&](const Statement &s) {
                   result.append({s.text(0), SeenFile{s.int64(1), s.int64(2), s.text(3), s.text(4), s.int64(5), s.text(6)}});
               }))
        readFailed(Tr::tr("sync state"));
    return result;
}

qint64 Store::pendingOpCount() const
{
    qint64 count = 0;
    // Per author, ops after the least they have pushed for any task: what a push would look at.
    if (!query(*m_db,
               QStringLiteral("SELECT count(*) FROM ops o WHERE o.device = ?1 "
                              "AND o.entity IN ('annotation', 'submission', 'review') "
                              "AND o.seq > coalesce((SELECT min(p.last_seq) FROM sync_pushed p WHERE p.author = o.author), 0)"),
               [&](Statement &s) { s.bind(1, m_deviceId); }, [&](const Statement &s) { count = s.int64(0); }))
        readFailed(Tr::tr("sync state"));
    return count;
}

Result<void> Store::markSeen(const QString &sharePath, const SeenFile &file)
{
    auto s = m_db->cached(QStringLiteral(
        "INSERT INTO sync_seen (path, size, mtime, outcome, message, seen_at, program) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime = excluded.mtime, "
        "outcome = excluded.outcome, message = excluded.message, seen_at = excluded.seen_at, "
        "program = excluded.program"));
    if (!s)
        return s.error();
    (*s)->bind(1, sharePath).bind(2, file.size).bind(3, file.mtime).bind(4, file.outcome)
        .bind(5, file.message.isNull() ? QStringLiteral("") : file.message)
        .bind(6, QDateTime::currentMSecsSinceEpoch())
        .bind(7, file.program.isNull() ? versionString() : file.program);
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
        readFailed(Tr::tr("sync state"));
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

qint64 Store::opCount() const
{
    const auto n = m_db->queryInt(QStringLiteral("SELECT count(*) FROM ops"));
    if (!n)
        readFailed(Tr::tr("the op log"));
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
        readFailed(Tr::tr("settings"));
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

} // namespace annostraat
