// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedump.h"
#include "store/migrations.h"
#include "store/store.h"
#include "testutil.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace annostraat;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeFile(const QString &path, const QByteArray &data)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(data);
}
} // namespace

TEST_CASE("Everything written is there after a restart", "[store]")
{
    test::Fixture fx(3);
    const Item &item = fx.items.at(1);
    Annotation box;
    box.itemId = item.id;
    box.author = fx.annotator.id;
    box.kind = AnnotationKind::Box;
    box.label = QStringLiteral("Buffer");
    box.value = test::sampleValue(AnnotationKind::Box);
    box.attributes = {{QStringLiteral("schade"), 4}};
    auto added = fx.store->addAnnotation(box);
    REQUIRE(added.ok());
    REQUIRE(fx.store->setSubmission({fx.task.id, item.id, fx.annotator.id, SubmissionStatus::Flagged,
                                     QStringLiteral("Afbeelding onbruikbaar"), 1500}, fx.annotator.id).ok());
    auto lead = fx.store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    REQUIRE(lead.ok());
    REQUIRE(fx.store->setReview({fx.task.id, item.id, fx.annotator.id, lead->id, Verdict::Rejected,
                                 QStringLiteral("Box te ruim")}, lead->id).ok());

    fx.reopen();
    const Store &s = *fx.store;
    CHECK(s.schemaVersion() == migrations::kCurrentVersion);
    CHECK(s.profiles().size() == 2);
    CHECK(s.findProfile(QStringLiteral("lotte"))->role == Role::TeamLead);
    const auto task = s.task(fx.task.id);
    REQUIRE(task);
    CHECK(task->name == QLatin1String("Buffers"));
    CHECK(task->schema.toJson() == test::demoSchema().toJson());
    const QList<Item> items = s.items(fx.task.id);
    REQUIRE(items.size() == 3);
    CHECK(items[1].mediaPath == item.mediaPath);
    CHECK(items[1].sha256 == item.sha256);
    CHECK(items[1].size == item.size);
    CHECK(items[1].order == 1);

    const QList<Annotation> annotations = s.annotations(item.id);
    REQUIRE(annotations.size() == 1);
    CHECK(annotations[0].id == added->id);
    CHECK(annotations[0].value == box.value);
    CHECK(annotations[0].attributes == box.attributes);
    CHECK(annotations[0].author == fx.annotator.id);

    const auto sub = s.submission(item.id, fx.annotator.id);
    REQUIRE(sub);
    CHECK(sub->status == SubmissionStatus::Flagged);
    CHECK(sub->reason == QLatin1String("Afbeelding onbruikbaar"));
    CHECK(sub->timeSpentMs == 1500);
    const auto review = s.review(item.id, fx.annotator.id);
    REQUIRE(review);
    CHECK(review->verdict == Verdict::Rejected);
    CHECK(review->comment == QLatin1String("Box te ruim"));

    const TaskStats stats = s.stats(fx.task.id);
    CHECK(stats.items == 3);
    CHECK(stats.itemsPerStatus.value(QStringLiteral("flagged")) == 1);
    CHECK(stats.itemsPerStatus.value(QStringLiteral("todo")) == 2);
    CHECK(stats.annotationsPerLabel.value(QStringLiteral("Buffer")) == 1);
    CHECK(stats.annotationsPerAuthor.value(QStringLiteral("Anna")) == 1);
    CHECK(s.integrityCheck() == QLatin1String("ok"));
}

TEST_CASE("Each action is one transaction with its ops - a refused action writes nothing", "[store][oplog]")
{
    test::Fixture fx(1);
    const qint64 opsBefore = fx.store->opCount();
    const QString before = test::dumpEntities(fx.storePath());

    Annotation bad;
    bad.itemId = fx.items[0].id;
    bad.author = fx.annotator.id;
    bad.kind = AnnotationKind::Box;
    bad.label = QStringLiteral("Buffer");
    bad.value = {{QStringLiteral("x"), 0}, {QStringLiteral("y"), 0}, {QStringLiteral("w"), -5}, {QStringLiteral("h"), 3}};
    auto refused = fx.store->addAnnotation(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QLatin1String("greater than 0")));
    bad.value = test::sampleValue(AnnotationKind::Box);
    bad.label = QStringLiteral("Onbekend");
    CHECK_FALSE(fx.store->addAnnotation(bad).ok());
    bad.label = QStringLiteral("Buffer");
    bad.itemId = QStringLiteral("no-such-item");
    CHECK(fx.store->addAnnotation(bad).error().message().contains(QLatin1String("no item")));
    bad.itemId = fx.items[0].id;
    bad.author = QStringLiteral("nobody");
    CHECK(fx.store->addAnnotation(bad).error().message().contains(QLatin1String("no profile")));

    // A raw op for an item the store does not have fails at commit (deferred foreign key)
    // and rolls back the whole transaction, including the ops before it.
    Annotation orphan = bad;
    orphan.author = fx.annotator.id;
    orphan.id = QStringLiteral("orphan");
    orphan.itemId = QStringLiteral("missing-item");
    orphan.taskId = fx.task.id;
    Annotation fine = orphan;
    fine.id = QStringLiteral("fine");
    fine.itemId = fx.items[0].id;
    auto both = fx.store->record({Store::annotationChange(fine), Store::annotationChange(orphan)});
    REQUIRE_FALSE(both.ok());
    CHECK(both.error().message().contains(QLatin1String("nothing was changed")));

    CHECK(fx.store->opCount() == opsBefore);
    CHECK(test::dumpEntities(fx.storePath()) == before);

    bad.author = fx.annotator.id;
    REQUIRE(fx.store->addAnnotation(bad).ok());
    CHECK(fx.store->opCount() == opsBefore + 1);
    const QList<Op> ops = fx.store->ops(0);
    CHECK(ops.last().entity == QLatin1String("annotation"));
    CHECK(ops.last().device() == fx.store->deviceId());
    CHECK(ops.last().author == fx.annotator.id);
}

TEST_CASE("The op log is append-only", "[store][oplog]")
{
    test::Fixture fx(1);
    REQUIRE(fx.store->opCount() > 0);
    fx.store.reset();
    for (const char *sql : {"UPDATE ops SET author = 'x'", "DELETE FROM ops"}) {
        sqlite3 *db = nullptr;
        REQUIRE(sqlite3_open(fx.storePath().toUtf8().constData(), &db) == SQLITE_OK);
        char *error = nullptr;
        CHECK(sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK);
        CHECK(QString::fromUtf8(error).contains(QLatin1String("append-only")));
        sqlite3_free(error);
        sqlite3_close(db);
    }
}

TEST_CASE("Timestamps stay unique when two connections write to one store", "[store][hlc]")
{
    test::Fixture fx(1);
    auto second = test::openStore(fx.storePath());
    QSet<QString> seen;
    for (int i = 0; i < 20; ++i) {
        Store &s = (i % 2) ? *second : *fx.store;
        Annotation a{QString(), fx.task.id, fx.items[0].id, fx.annotator.id, AnnotationKind::Crack,
                     QStringLiteral("Scheur"), test::sampleValue(AnnotationKind::Crack, i), {}, false};
        REQUIRE(s.addAnnotation(a).ok());
    }
    QString previous;
    for (const Op &op : fx.store->ops(0)) {
        const QString hlc = op.hlc.toString();
        CHECK_FALSE(seen.contains(hlc));
        seen.insert(hlc);
        CHECK(previous < hlc); // log order is clock order on one device
        previous = hlc;
    }
}

TEST_CASE("A file that is not a store is refused and left untouched", "[store][badinput]")
{
    QTemporaryDir dir;
    SECTION("not SQLite at all")
    {
        const QString path = dir.filePath(QStringLiteral("notes.sqlite"));
        const QByteArray content = "These are my notes, not a database.\n";
        writeFile(path, content);
        auto store = Store::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message() == path + QStringLiteral(": not an Annostraat store (the file is not an SQLite database)"));
        CHECK(readAll(path) == content);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = dir.filePath(QStringLiteral("other.db"));
        test::execSql(path, QStringLiteral("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('soup');"));
        const QByteArray content = readAll(path);
        auto store = Store::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message().contains(QLatin1String("SQLite database of another program")));
        CHECK(store.error().message().startsWith(path));
        CHECK(readAll(path) == content);
    }
    SECTION("a store from a newer version")
    {
        const QString path = dir.filePath(QStringLiteral("store.sqlite"));
        { auto s = test::openStore(path); }
        test::execSql(path, QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA user_version = 99;"));
        const QByteArray content = readAll(path);
        auto store = Store::open(path);
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message().contains(QLatin1String("newer version of Annostraat (store version 99")));
        CHECK(readAll(path) == content);
    }
    SECTION("a folder")
    {
        auto store = Store::open(dir.path());
        REQUIRE_FALSE(store.ok());
        CHECK(store.error().message().contains(QLatin1String("is a folder")));
    }
}

TEST_CASE("A store written by schema version 1 opens, migrates and keeps its data", "[store][migration]")
{
    QFile sql(QStringLiteral(ANNOSTRAAT_TEST_DATA "/store-v1.sql"));
    REQUIRE(sql.open(QIODevice::ReadOnly));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    test::execSql(path, QString::fromUtf8(sql.readAll()));

    auto store = test::openStore(path);
    CHECK(store->schemaVersion() == migrations::kCurrentVersion);
    CHECK(store->deviceId() == QLatin1String("device-v1"));
    REQUIRE(store->findProfile(QStringLiteral("Anna")));
    const auto task = store->task(QStringLiteral("t1"));
    REQUIRE(task);
    CHECK(task->schema.label(QStringLiteral("Scheur")) != nullptr);
    const auto a = store->annotation(QStringLiteral("a1"));
    REQUIRE(a);
    CHECK(a->kind == AnnotationKind::Crack);
    CHECK(a->value.value(QStringLiteral("points")).toArray().size() == 3);
    CHECK(store->submission(QStringLiteral("i1"), QStringLiteral("p1"))->status == SubmissionStatus::Done);
    CHECK(store->opCount() == 2);

    // What version 2 added works on the migrated store.
    REQUIRE(store->setSetting(QStringLiteral("p1"), QStringLiteral("fontSize"), QStringLiteral("14")).ok());
    CHECK(store->setting(QStringLiteral("p1"), QStringLiteral("fontSize")) == QLatin1String("14"));
    // Tables of later versions exist and work.
    REQUIRE(store->setAssignment(QStringLiteral("i1"), QStringLiteral("p1"), true, QStringLiteral("p1")).ok());
    CHECK(store->queue(QStringLiteral("t1"), QStringLiteral("p1")).size() == 1);
    // New timestamps come after the old ones, even from the old device id.
    REQUIRE(store->updateAnnotation(QStringLiteral("a1"), {{QStringLiteral("label"), QStringLiteral("Scheur")}},
                                    QStringLiteral("p1")).ok());
    CHECK(store->ops(0).last().hlc > Hlc::parse(u"001700000000003.000000.device-v1").value());
    CHECK(store->integrityCheck() == QLatin1String("ok"));
}

TEST_CASE("Profiles need a sensible unique name", "[store][profiles]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(QStringLiteral("s.sqlite")));
    REQUIRE(store->addProfile(QStringLiteral("Anna de Vries"), Role::Annotator).ok());
    CHECK(store->addProfile(QStringLiteral("anna de vries"), Role::Reviewer).error().message().contains(QLatin1String("already")));
    CHECK_FALSE(store->addProfile(QStringLiteral("  "), Role::Annotator).ok());
    CHECK_FALSE(store->addProfile(QStringLiteral("a/b"), Role::Annotator).ok());
    CHECK(store->profiles().size() == 1);
}

TEST_CASE("Round-robin assignment gives each item N annotators and fills each queue", "[store][assignment]")
{
    test::Fixture fx(5);
    const QString bram = fx.store->addProfile(QStringLiteral("Bram"), Role::Annotator)->id;
    const QString cor = fx.store->addProfile(QStringLiteral("Cor"), Role::Annotator)->id;
    // Before any assignment everyone sees every item.
    CHECK(fx.store->queue(fx.task.id, bram).size() == 5);

    auto made = fx.store->assignRoundRobin(fx.task.id, {fx.annotator.id, bram, cor}, 2, fx.annotator.id);
    REQUIRE(made.ok());
    CHECK(*made == 10);
    const auto assigned = fx.store->assignments(fx.task.id);
    CHECK(assigned.size() == 5);
    for (const QStringList &people : assigned) {
        CHECK(people.size() == 2);
        CHECK(people.at(0) != people.at(1));
    }
    const int total = int(fx.store->queue(fx.task.id, fx.annotator.id).size() + fx.store->queue(fx.task.id, bram).size()
                          + fx.store->queue(fx.task.id, cor).size());
    CHECK(total == 10);
    CHECK(fx.store->queue(fx.task.id, bram).size() >= 3);
    // Running it again adds nothing.
    CHECK(*fx.store->assignRoundRobin(fx.task.id, {fx.annotator.id, bram, cor}, 2, fx.annotator.id) == 0);

    // Every item has its two people: one person more, by name, gets nothing (people already on
    // an item count towards its N, whoever was named; the over-assignment regression).
    CHECK(*fx.store->assignRoundRobin(fx.task.id, {QStringLiteral("cor")}, 1, fx.annotator.id) == 0);
    // Three per item tops each item up; people may be named by name, the assignment is by id.
    CHECK(*fx.store->assignRoundRobin(fx.task.id, {QStringLiteral("anna"), QStringLiteral("bram"), QStringLiteral("cor")}, 3,
                                      fx.annotator.id) == 5);
    CHECK(fx.store->queue(fx.task.id, cor).size() == 5);
    for (const QStringList &people : fx.store->assignments(fx.task.id)) {
        CHECK(people.size() == 3);
        CHECK_FALSE(people.contains(QStringLiteral("cor")));
    }

    const Item first = fx.store->queue(fx.task.id, bram).first();
    REQUIRE(fx.store->setAssignment(first.id, bram, false, fx.annotator.id).ok());
    CHECK_FALSE(fx.store->queue(fx.task.id, bram).contains(first));
    CHECK(fx.store->assignRoundRobin(fx.task.id, {bram}, 2, fx.annotator.id).error().message().contains(QLatin1String("not possible")));
}
