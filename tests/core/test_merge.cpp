// SPDX-License-Identifier: GPL-3.0-or-later
#include "statedump.h"
#include "store/store.h"
#include "testutil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QTemporaryDir>

#include <QThread>

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

using namespace annostraat;

namespace {

/// Everything \a from has that \a to lacks (ops are idempotent, so sending all is correct).
MergeResult sync(Store &from, Store &to)
{
    auto r = to.merge(from.ops(0));
    INFO((r.ok() ? QString() : r.error().message()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

Annotation box(const test::Fixture &fx, const QString &author, int variant)
{
    return {QString(), fx.task.id, fx.items[0].id, author, AnnotationKind::Box, QStringLiteral("Buffer"),
            test::sampleValue(AnnotationKind::Box, variant), {}, false};
}

QJsonObject attrs(int schade) { return {{QStringLiteral("schade"), schade}}; }

} // namespace

TEST_CASE("Applying the same ops twice changes nothing", "[merge]")
{
    test::Fixture a(2);
    REQUIRE(a.store->addAnnotation(box(a, a.annotator.id, 1)).ok());
    QTemporaryDir dir;
    auto b = test::openStore(dir.filePath(QStringLiteral("b.sqlite")));
    const MergeResult first = sync(*a.store, *b);
    CHECK(first.applied == first.received);
    const QString state = test::dumpEntities(dir.filePath(QStringLiteral("b.sqlite")));
    const qint64 ops = b->opCount();

    const MergeResult again = sync(*a.store, *b);
    CHECK(again.received == first.received);
    CHECK(again.applied == 0);
    CHECK(b->opCount() == ops);
    CHECK(test::dumpEntities(dir.filePath(QStringLiteral("b.sqlite"))) == state);
    CHECK(test::dumpEntities(a.storePath()) == state);
}

TEST_CASE("Three PCs end in the same state whatever order their ops arrive in", "[merge]")
{
    // PC A has the task; B and C receive it, then all three edit concurrently.
    test::Fixture a(2);
    QTemporaryDir dir;
    auto b = test::openStore(dir.filePath(QStringLiteral("b.sqlite")));
    auto c = test::openStore(dir.filePath(QStringLiteral("c.sqlite")));
    sync(*a.store, *b);
    sync(*a.store, *c);
    const QList<Op> setup = a.store->ops(0);
    const QString bram = b->addProfile(QStringLiteral("Bram"), Role::Reviewer)->id;
    const QString cor = c->addProfile(QStringLiteral("Cor"), Role::TeamLead)->id;

    auto a1 = a.store->addAnnotation(box(a, a.annotator.id, 1));
    auto a2 = a.store->addAnnotation(box(a, a.annotator.id, 2));
    REQUIRE(a1.ok());
    REQUIRE(a2.ok());
    sync(*a.store, *b);
    sync(*a.store, *c);

    // Concurrent edits, no syncing in between.
    REQUIRE(a.store->updateAnnotation(a1->id, {{QStringLiteral("attributes"), attrs(2)}}, a.annotator.id).ok());
    REQUIRE(b->updateAnnotation(a1->id, {{QStringLiteral("value"), test::sampleValue(AnnotationKind::Box, 7)}}, bram).ok());
    // "Later" below means a later clock reading: within one millisecond, two PCs' edits are
    // concurrent and the device id decides, so the test waits for the clock to move on.
    QThread::msleep(3);
    REQUIRE(c->updateAnnotation(a1->id, {{QStringLiteral("attributes"), attrs(5)}}, cor).ok());
    REQUIRE(c->updateAnnotation(a2->id, {{QStringLiteral("deleted"), true}}, cor).ok());
    REQUIRE(a.store->updateAnnotation(a2->id, {{QStringLiteral("value"), test::sampleValue(AnnotationKind::Box, 9)}}, a.annotator.id).ok());
    REQUIRE(a.store->setSubmission({a.task.id, a.items[0].id, a.annotator.id, SubmissionStatus::Done, {}, 100}, a.annotator.id).ok());
    REQUIRE(b->setReview({a.task.id, a.items[0].id, a.annotator.id, bram, Verdict::Accepted, {}}, bram).ok());
    QThread::msleep(3);
    REQUIRE(c->setReview({a.task.id, a.items[0].id, a.annotator.id, cor, Verdict::Rejected, QStringLiteral("te ruim")}, cor).ok());

    // Everyone syncs with everyone.
    for (int round = 0; round < 2; ++round)
        for (Store *from : {a.store.get(), b.get(), c.get()})
            for (Store *to : {a.store.get(), b.get(), c.get()})
                if (from != to)
                    sync(*from, *to);
    const QString expected = test::dumpEntities(a.storePath());
    CHECK(test::dumpEntities(dir.filePath(QStringLiteral("b.sqlite"))) == expected);
    CHECK(test::dumpEntities(dir.filePath(QStringLiteral("c.sqlite"))) == expected);

    // Per field, the later timestamp won; different fields edited concurrently both survive.
    const auto merged = a.store->annotation(a1->id);
    REQUIRE(merged);
    CHECK(merged->value == test::sampleValue(AnnotationKind::Box, 7));
    CHECK(merged->attributes == attrs(5)); // C wrote after A
    const auto tombstoned = a.store->annotation(a2->id, true);
    REQUIRE(tombstoned);
    CHECK(tombstoned->deleted);                                         // delete kept...
    CHECK(tombstoned->value == test::sampleValue(AnnotationKind::Box, 9)); // ...and the later edit too
    CHECK(a.store->review(a.items[0].id, a.annotator.id)->verdict == Verdict::Rejected);

    // Now replay all ops into fresh stores in shuffled orders and random batches.
    QList<Op> all = a.store->ops(0);
    all.erase(all.begin(), all.begin() + setup.size());
    const auto seed = Catch::rngSeed();
    std::mt19937 rng(seed);
    INFO("seed " << seed);
    for (int trial = 0; trial < 12; ++trial) {
        QTemporaryDir trialDir;
        const QString path = trialDir.filePath(QStringLiteral("t.sqlite"));
        auto fresh = test::openStore(path);
        REQUIRE(fresh->merge(setup).ok());
        QList<Op> shuffled = all;
        std::shuffle(shuffled.begin(), shuffled.end(), rng);
        for (qsizetype i = 0; i < shuffled.size();) {
            const qsizetype n = std::uniform_int_distribution<qsizetype>(1, 4)(rng);
            REQUIRE(fresh->merge(shuffled.mid(i, n)).ok());
            i += n;
        }
        // Some ops arrive twice, as when a sync is interrupted and repeated.
        REQUIRE(fresh->merge(shuffled.mid(0, shuffled.size() / 2)).ok());
        INFO("trial " << trial);
        CHECK(test::dumpEntities(path) == expected);
    }
}

TEST_CASE("A batch with one bad op is refused whole", "[merge][badinput]")
{
    test::Fixture a(1);
    REQUIRE(a.store->addAnnotation(box(a, a.annotator.id, 1)).ok());
    QList<Op> ops = a.store->ops(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.sqlite"));
    auto b = test::openStore(path);
    const QString empty = test::dumpEntities(path);

    SECTION("bad geometry")
    {
        Op bad = ops.last();
        bad.id = QStringLiteral("bad-op");
        bad.fields.insert(QStringLiteral("value"), QJsonObject{{QStringLiteral("x"), 1}});
        ops << bad;
        auto r = b->merge(ops);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QLatin1String("op bad-op")));
    }
    SECTION("unknown field")
    {
        Op bad = ops.last();
        bad.id = QStringLiteral("bad-op");
        bad.fields.insert(QStringLiteral("colour"), QStringLiteral("red"));
        ops << bad;
        CHECK(b->merge(ops).error().message().contains(QLatin1String("no field \"colour\"")));
    }
    SECTION("unknown entity")
    {
        Op bad = ops.last();
        bad.entity = QStringLiteral("table; DROP TABLE ops");
        ops.prepend(bad);
        CHECK(b->merge(ops).error().message().contains(QLatin1String("unknown entity")));
    }
    SECTION("an op that moves someone's annotation into another layer")
    {
        REQUIRE(b->merge(ops).ok());
        const QString afterFirst = test::dumpEntities(path);
        Op takeOver = ops.last();
        takeOver.id = QStringLiteral("take-over");
        takeOver.hlc = Hlc(takeOver.hlc.wallMs() + 1, 0, takeOver.hlc.device());
        takeOver.author = QStringLiteral("mallory");
        takeOver.key.insert(QStringLiteral("author"), QStringLiteral("mallory"));
        takeOver.fields = {{QStringLiteral("deleted"), true}};
        auto r = b->merge({takeOver});
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().message().contains(QLatin1String("has author \"mallory\"")));
        CHECK(test::dumpEntities(path) == afterFirst);
        return;
    }
    SECTION("an op dated far in the future")
    {
        Op future = ops.last();
        future.id = QStringLiteral("future");
        future.hlc = Hlc(QDateTime::currentMSecsSinceEpoch() + qint64(3) * 24 * 3600 * 1000, 0, future.hlc.device());
        ops << future;
        CHECK(b->merge(ops).error().message().contains(QLatin1String("more than a day ahead")));
    }
    SECTION("an op for an item nobody sent")
    {
        Op bad = ops.last();
        bad.id = QStringLiteral("orphan-op");
        bad.entityId = QStringLiteral("orphan");
        bad.key.insert(QStringLiteral("item"), QStringLiteral("missing-item"));
        ops << bad;
        CHECK(b->merge(ops).error().message().contains(QLatin1String("nothing was changed")));
    }
    CHECK(b->opCount() == 0);
    CHECK(test::dumpEntities(path) == empty);
}

TEST_CASE("Ops read from JSON are fully validated", "[merge][badinput]")
{
    test::Fixture a(1);
    const Op op = a.store->ops(0).last();
    auto back = Op::fromJson(op.toJson(), QStringLiteral("ops.jsonl line 1"));
    REQUIRE(back.ok());
    CHECK(back->toJson() == op.toJson());

    QJsonObject noHlc = op.toJson();
    noHlc.insert(QStringLiteral("hlc"), QStringLiteral("yesterday"));
    CHECK(Op::fromJson(noHlc, QStringLiteral("ops.jsonl line 2")).error().message()
          == QStringLiteral("ops.jsonl line 2: \"yesterday\" is not a timestamp"));
    QJsonObject extra = op.toJson();
    extra.insert(QStringLiteral("sql"), 1);
    CHECK(Op::fromJson(extra, QStringLiteral("x")).error().message().contains(QLatin1String("unknown field \"sql\"")));
    // Ids become folder names on the share: nothing but plain ids gets in.
    for (const char *bad : {"../../x", "a/b", "", "with space", "dot."}) {
        QJsonObject badId = op.toJson();
        badId.insert(QStringLiteral("entityId"), QLatin1String(bad));
        CHECK_FALSE(Op::fromJson(badId, QStringLiteral("x")).ok());
        QJsonObject badAuthor = op.toJson();
        badAuthor.insert(QStringLiteral("author"), QLatin1String(bad));
        CHECK_FALSE(Op::fromJson(badAuthor, QStringLiteral("x")).ok());
    }
    CHECK(isValidId(u"3f2a-b_9"));
    CHECK_FALSE(isValidId(QString(65, QLatin1Char('a'))));
    QJsonObject noKey = op.toJson();
    noKey.insert(QStringLiteral("key"), QJsonObject{});
    CHECK_FALSE(Op::fromJson(noKey, QStringLiteral("x")).ok());
}
