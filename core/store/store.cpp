// SPDX-License-Identifier: GPL-3.0-or-later
// Store: opening and migrating, transactions, recording and merging ops. The convenience
// writers are in storewriters.cpp, the reads in storereads.cpp, the sync bookkeeping in
// storesync.cpp and the statistics in storestats.cpp.
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
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Store)
};

QString toJsonText(const QJsonValue &value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
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
        return Error(Tr::msg("no transaction is open"));
    Result<void> r = m_store->m_db->exec(QStringLiteral("COMMIT"));
    if (!r) {
        const bool foreignKey = m_store->m_db->extendedErrorCode() == SQLITE_CONSTRAINT_FOREIGNKEY;
        (void)m_store->m_db->exec(QStringLiteral("ROLLBACK"));
        m_store->m_inTransaction = false;
        if (foreignKey)
            return Error(Tr::msg("%1: the changes refer to a task or item this store does not have; nothing was changed")
                             .arg(m_store->m_path));
        return Error(Tr::msg("%1: could not save the change: %2").arg(m_store->m_path, r.error().message()));
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
        return Error(Tr::msg("%1: is a folder, not a store file").arg(path));
    if (!info.exists()) {
        if (!QDir().mkpath(info.absolutePath()))
            return Error(Tr::msg("%1: cannot create the folder for the store").arg(path));
    } else if (info.size() > 0) {
        // Check the header ourselves first: SQLite would otherwise only fail at the first
        // query, and we want to be sure nothing touches a file that is not ours.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Tr::msg("%1: cannot read the store: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArray("SQLite format 3\0", 16))
            return Error(Tr::msg("%1: not an Annostraat store (the file is not an SQLite database)").arg(path));
    }

    auto db = Database::open(path);
    if (!db)
        return Error(Tr::msg("%1: cannot open the store: %2").arg(path, db.error().message()));
    std::unique_ptr<Store> store(new Store(path, std::move(db).value()));
    Database &d = *store->m_db;
    sqlite3_busy_timeout(d.handle(), 10000);

    const auto appId = d.queryInt(QStringLiteral("PRAGMA application_id"));
    const auto version = d.queryInt(QStringLiteral("PRAGMA user_version"));
    const auto tables = d.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!appId || !version || !tables)
        return Error(Tr::msg("%1: not an Annostraat store (%2)")
                         .arg(path, (!appId ? appId.error() : !version ? version.error() : tables.error()).message()));
    if ((*appId != 0 && *appId != migrations::kApplicationId) || (*appId == 0 && *tables > 0))
        return Error(Tr::msg("%1: not an Annostraat store (it is an SQLite database of another program)").arg(path));
    if (*version > migrations::kCurrentVersion)
        return Error(Tr::msg("%1: this store was written by a newer version of Annostraat (store version %2; "
                        "this program reads versions up to %3). Update Annostraat to open it; the file was not changed.")
                         .arg(path).arg(*version).arg(migrations::kCurrentVersion));

    const auto mode = d.queryText(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode || mode->compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return Error(Tr::msg("%1: cannot switch the store to write-ahead logging%2")
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
        return Error(Tr::msg("%1: the store has no device id").arg(path));
    store->m_deviceId = *device;
    store->m_clock = std::make_unique<HlcClock>(store->m_deviceId);
    if (auto r = store->refreshClock(); !r)
        return r.error().prefixed(path);
    return store;
}

Result<void> Store::migrate()
{
    Database &d = *m_db;
    // An up-to-date store (nearly every open: the dashboard's and the sync's worker threads
    // open it again each time) takes no write lock, so opening never waits for a long merge.
    if (const auto current = d.queryInt(QStringLiteral("PRAGMA user_version")); current && *current >= migrations::kCurrentVersion)
        return {};
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
            return Error(Tr::msg("upgrading the store to version %1 failed: %2").arg(next).arg(r.error().message()));
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
        return Error(Tr::msg("%1: a change is already being written").arg(m_path));
    if (auto r = m_db->exec(QStringLiteral("BEGIN IMMEDIATE")); !r)
        return Error(Tr::msg("%1: cannot start a change: %2").arg(m_path, r.error().message()));
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
        return Error(Tr::msg("unknown entity \"%1\"").arg(op.entity));

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
        return Error(Tr::msg("cannot append op %1: %2").arg(op.id, r.error().message()));
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
        return Error(Tr::msg("cannot apply op %1 to %2 %3: %4").arg(op.id, op.entity, op.entityId, r.error().message()));
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
                result = Error(Tr::msg("op %1 says %2 %3 has %4 \"%5\", but it has \"%6\"; refused")
                                   .arg(op.id, op.entity, op.entityId, QLatin1String(spec->keys.at(i).json),
                                        claimed, stored));
                break;
            }
        }
    }
    st.reset();
    return result;
}

Result<void> Store::checkVerdictAuthors(const QList<Op> &ops) const
{
    // The role that counts is the newest the batch gives the author, else the stored one: a
    // reviewer's first verdicts reach an annotator's PC in the file that names them.
    QHash<QString, std::pair<Hlc, QString>> batchRoles;
    for (const Op &op : ops)
        if (op.entity == QLatin1String("profile") && op.fields.contains(QStringLiteral("role"))) {
            auto it = batchRoles.find(op.entityId);
            if (it == batchRoles.end() || it->first < op.hlc)
                batchRoles.insert(op.entityId, {op.hlc, op.fields.value(QStringLiteral("role")).toString()});
        }
    for (const Op &op : ops) {
        const bool gold = op.entity == QLatin1String("gold");
        if (op.entity != QLatin1String("review") && !gold)
            continue;
        std::optional<Role> role;
        QString name = op.author;
        if (const auto stored = findProfile(op.author); stored && stored->id == op.author) {
            role = stored->role;
            name = stored->name;
        }
        if (batchRoles.contains(op.author))
            role = roleFromId(batchRoles.value(op.author).second);
        // Nothing known of the author (a raw merge whose profile op comes in a later batch):
        // let it through, so batches still merge in any order. Sync always sends the author's
        // profile op with their work, so on the share this case does not arise (decision 0018).
        // Only a team lead marks gold, and the reference is always the marker's own layer.
        if (gold && ((role && *role != Role::TeamLead)
                     || (op.fields.contains(QStringLiteral("reference"))
                         && op.fields.value(QStringLiteral("reference")).toString() != op.author)))
            return Error(Tr::msg("op %1 marks item %2 as gold, but its author %3 is not a team lead "
                                "marking their own layer as the reference; nothing was written")
                             .arg(op.id, op.key.value(QStringLiteral("item")).toString(), name));
        if (!gold && role && *role != Role::Reviewer && *role != Role::TeamLead)
            return Error(Tr::msg("op %1 gives a verdict on %2's work on item %3, but its author %4 is "
                                "not a reviewer or team lead; nothing was written")
                             .arg(op.id, op.key.value(QStringLiteral("annotator")).toString(),
                                  op.key.value(QStringLiteral("item")).toString(), name));
    }
    return {};
}

Result<MergeResult> Store::merge(const QList<Op> &ops)
{
    // A PC whose clock runs far ahead would drag every clock along for good (docs/store.md).
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + qint64(24) * 3600 * 1000;
    for (const Op &op : ops) {
        if (auto r = op.validate(); !r)
            return r.error();
        if (op.hlc.wallMs() > horizon)
            return Error(Tr::msg("op %1 is dated %2, more than a day ahead of this PC's clock; "
                                "check the clock of the PC that made it")
                             .arg(op.id, QDateTime::fromMSecsSinceEpoch(op.hlc.wallMs(), Qt::UTC)
                                             .toString(Qt::ISODate)));
    }
    if (auto r = checkVerdictAuthors(ops); !r)
        return r.error();
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

} // namespace annostraat
