// SPDX-License-Identifier: GPL-3.0-or-later
// Items with facts about their media and more than one medium (issue 9, point 4): the store
// keeps them, migrates older stores, refuses bad values; task packages carry every medium;
// A/B pairs are drafted from a folder or a CSV file.

#include "bundle/packageimport.h"
#include "bundle/packagereader.h"
#include "bundle/packagewriter.h"
#include "statedump.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store/taskbuilder.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

QString writeImage(const QString &path, int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    REQUIRE(image.save(path));
    return path;
}

QString writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(text);
    return path;
}

QString demoSchemaFile(const QTemporaryDir &dir)
{
    return writeText(dir.filePath(QStringLiteral("schema.json")),
                     QJsonDocument(test::demoSchema().toJson()).toJson());
}

} // namespace

TEST_CASE("A store of version 4 migrates to items with facts and further media", "[store][migration]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.sqlite"));
    // What a version 4 program left: its schema, one task and one item.
    QString sql;
    for (int v = 1; v <= 4; ++v)
        sql += migrations::script(v);
    sql += QStringLiteral("INSERT INTO meta (key, value) VALUES ('device', 'device-v4');"
                          "INSERT INTO tasks (id, name, media_kind, version, annotators_per_item) "
                          "VALUES ('t1', 'Oud', 'image', 1, 1);"
                          "INSERT INTO items (id, task_id, media_path, sha256, size, kind, ord) "
                          "VALUES ('i1', 't1', '/foto.jpg', '%1', 10, 'image', 0);"
                          "PRAGMA application_id = %2; PRAGMA user_version = 4;")
               .arg(QString(64, QLatin1Char('a')))
               .arg(migrations::kApplicationId);
    test::execSql(path, sql);

    auto store = test::openStore(path);
    CHECK(store->schemaVersion() == migrations::kCurrentVersion);
    const auto old = store->item(QStringLiteral("i1"));
    REQUIRE(old);
    CHECK(old->mediaPath == QLatin1String("/foto.jpg"));
    CHECK(old->facts.isEmpty());
    CHECK(old->extraMedia.isEmpty());
}

TEST_CASE("Items keep their media facts and further media through the store and a restart", "[store][item]")
{
    test::Fixture f(1);
    Item pair = f.items.first();
    pair.id.clear();
    pair.kind = MediaKind::ImagePair;
    pair.facts.width = 640;
    pair.facts.height = 480;
    pair.extraMedia << ItemMedium{QStringLiteral("B"), f.dir.filePath(QStringLiteral("b.jpg")), QString(64, QLatin1Char('b')),
                                  1234, MediaFacts{320, 240, 0, 0, 0, {}}};
    Item video = f.items.first();
    video.id.clear();
    video.kind = MediaKind::Video;
    video.order = 1;
    video.facts = MediaFacts{1920, 1080, 60000, 30000, 1001, QStringLiteral("10:00:00;00"), 1798};
    Task task = f.task;
    task.id.clear();
    auto created = f.store->createTask(task, {pair, video}, f.annotator.id);
    REQUIRE(created.ok());
    f.reopen();
    const QList<Item> items = f.store->items(created->id);
    REQUIRE(items.size() == 2);
    CHECK(items.at(0).facts == pair.facts);
    REQUIRE(items.at(0).extraMedia.size() == 1);
    CHECK(items.at(0).extraMedia.first() == pair.extraMedia.first());
    REQUIRE(items.at(0).medium(QStringLiteral("B")));
    CHECK(items.at(0).medium(QStringLiteral("B"))->size == 1234);
    CHECK(items.at(1).facts.frameRateNumerator == 30000);
    CHECK(items.at(1).facts.frameRateDenominator == 1001);
    CHECK(items.at(1).facts.startTimecode == QLatin1String("10:00:00;00"));
    CHECK(items.at(1).facts.frameCount == 1798);
    CHECK(items.at(1).facts.toJson().value(QStringLiteral("frames")).toInteger() == 1798);
    // Facts written before "frames" existed read as an unknown frame count.
    auto old = MediaFacts::fromJson(QJsonObject{{QStringLiteral("width"), 8}}, {});
    REQUIRE(old.ok());
    CHECK(old->frameCount == 0);
}

TEST_CASE("Bad media facts and further media are refused with the problem named", "[store][item][badinput]")
{
    test::Fixture f(1);
    const QString before = test::dumpEntities(f.storePath());
    auto refused = [&](const QJsonObject &fields, const QString &mentions) {
        const auto r = f.store->record({{f.annotator.id, QStringLiteral("item"), f.items.first().id,
                                         {{QStringLiteral("task"), f.task.id}}, fields}});
        INFO(mentions.toStdString());
        REQUIRE_FALSE(r.ok());
        INFO(r.error().message().toStdString());
        CHECK(r.error().message().contains(mentions));
        CHECK(test::dumpEntities(f.storePath()) == before);
    };
    refused({{QStringLiteral("facts"), QJsonObject{{QStringLiteral("width"), -3}}}}, QStringLiteral("\"width\""));
    refused({{QStringLiteral("facts"), QJsonObject{{QStringLiteral("frameRate"), QJsonArray{25, 0}}}}},
            QStringLiteral("\"frameRate\""));
    refused({{QStringLiteral("facts"), QJsonObject{{QStringLiteral("startTimecode"), QStringLiteral("10:61:00:00")}}}},
            QStringLiteral("\"startTimecode\""));
    refused({{QStringLiteral("facts"), QJsonObject{{QStringLiteral("colour"), 1}}}}, QStringLiteral("\"colour\""));
    refused({{QStringLiteral("facts"), QJsonObject{{QStringLiteral("frames"), -1}}}}, QStringLiteral("\"frames\""));
    refused({{QStringLiteral("facts"), QJsonObject{{QStringLiteral("frames"), 2.5}}}}, QStringLiteral("\"frames\""));
    const QJsonObject b{{QStringLiteral("role"), QStringLiteral("B")},
                        {QStringLiteral("media"), QStringLiteral("/b.jpg")},
                        {QStringLiteral("sha256"), QString(64, QLatin1Char('b'))},
                        {QStringLiteral("size"), 5}};
    refused({{QStringLiteral("extraMedia"), QJsonArray{b, b}}}, QStringLiteral("occurs twice"));
    QJsonObject badRole = b;
    badRole.insert(QStringLiteral("role"), QStringLiteral("../B"));
    refused({{QStringLiteral("extraMedia"), QJsonArray{badRole}}}, QStringLiteral("\"role\""));
    QJsonObject badHash = b;
    badHash.insert(QStringLiteral("sha256"), QStringLiteral("abc"));
    refused({{QStringLiteral("extraMedia"), QJsonArray{badHash}}}, QStringLiteral("\"sha256\""));
}

TEST_CASE("A/B pairs from a folder: every NAME_A with its NAME_B, facts read from the headers", "[taskbuilder][pair]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("pairs"));
    REQUIRE(QDir().mkpath(folder));
    writeImage(folder + QStringLiteral("/poster_A.png"), 40, 30, Qt::red);
    writeImage(folder + QStringLiteral("/poster_B.jpg"), 41, 31, Qt::blue);
    writeImage(folder + QStringLiteral("/banner_a.png"), 20, 10, Qt::green);
    writeImage(folder + QStringLiteral("/banner_b.png"), 21, 11, Qt::yellow);
    writeText(folder + QStringLiteral("/notes.md"), "niet mee");
    const QString schema = demoSchemaFile(dir);

    auto draft = draftPairTaskFromFolder(QStringLiteral("Thumbnails"), schema, folder);
    INFO((draft.ok() ? QString() : draft.error().message()).toStdString());
    REQUIRE(draft.ok());
    CHECK(draft->task.mediaKind == MediaKind::ImagePair);
    CHECK(draft->skipped == QStringList{QStringLiteral("notes.md")});
    REQUIRE(draft->items.size() == 2);
    const Item &banner = draft->items.at(0); // name order: banner before poster
    CHECK(banner.kind == MediaKind::ImagePair);
    CHECK(banner.mediaPath.endsWith(QLatin1String("banner_a.png")));
    CHECK(banner.facts.width == 20);
    REQUIRE(banner.medium(QStringLiteral("B")));
    CHECK(banner.medium(QStringLiteral("B"))->mediaPath.endsWith(QLatin1String("banner_b.png")));
    CHECK(banner.medium(QStringLiteral("B"))->facts.height == 11);
    CHECK(draft->items.at(1).medium(QStringLiteral("B"))->sha256 == *sha256OfFile(folder + QStringLiteral("/poster_B.jpg")));

    SECTION("an unpaired file is named and nothing is drafted")
    {
        writeImage(folder + QStringLiteral("/logo_A.png"), 5, 5, Qt::black);
        auto bad = draftPairTaskFromFolder(QStringLiteral("Thumbnails"), schema, folder);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message().contains(QStringLiteral("logo_A.png")));
        CHECK(bad.error().message().contains(QStringLiteral("no partner")));
    }
    SECTION("an image without _A or _B is named")
    {
        writeImage(folder + QStringLiteral("/logo.png"), 5, 5, Qt::black);
        auto bad = draftPairTaskFromFolder(QStringLiteral("Thumbnails"), schema, folder);
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().message().contains(QStringLiteral("logo.png")));
    }
}

TEST_CASE("A/B pairs from a CSV file - a bad line is named with its number", "[taskbuilder][pair][badinput]")
{
    QTemporaryDir dir;
    writeImage(dir.filePath(QStringLiteral("links.png")), 8, 8, Qt::red);
    writeImage(dir.filePath(QStringLiteral("rechts.png")), 9, 9, Qt::blue);
    const QString schema = demoSchemaFile(dir);
    const QString csv = writeText(dir.filePath(QStringLiteral("paren.csv")), "a,b\nlinks.png, \"rechts.png\"\n\n");
    auto draft = draftPairTaskFromCsv(QStringLiteral("Paren"), schema, csv);
    INFO((draft.ok() ? QString() : draft.error().message()).toStdString());
    REQUIRE(draft.ok());
    REQUIRE(draft->items.size() == 1);
    CHECK(draft->items.first().medium(QStringLiteral("B"))->facts.width == 9);

    const QString bad = writeText(dir.filePath(QStringLiteral("fout.csv")), "links.png,rechts.png\nlinks.png,weg.png\n");
    auto refused = draftPairTaskFromCsv(QStringLiteral("Paren"), schema, bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().file() == bad);
    CHECK(refused.error().line() == 2);
    CHECK(refused.error().message().contains(QStringLiteral("weg.png")));
}

TEST_CASE("A task package carries both images of every pair, and a fresh PC gets them", "[package][pair]")
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("pairs"));
    REQUIRE(QDir().mkpath(folder));
    writeImage(folder + QStringLiteral("/x_A.png"), 12, 12, Qt::red);
    writeImage(folder + QStringLiteral("/x_B.png"), 13, 13, Qt::blue);
    auto lead = test::openStore(dir.filePath(QStringLiteral("lead.sqlite")));
    const Profile lotte = *lead->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    auto draft = draftPairTaskFromFolder(QStringLiteral("AB"), demoSchemaFile(dir), folder);
    REQUIRE(draft.ok());
    auto task = lead->createTask(draft->task, draft->items, lotte.id);
    REQUIRE(task.ok());
    const QString zip = dir.filePath(QStringLiteral("ab.zip"));
    auto written = writeTaskPackage(*lead, task->id, zip, lotte);
    INFO((written.ok() ? QString() : written.error().message()).toStdString());
    REQUIRE(written.ok());
    CHECK(written->mediaCount == 2);

    auto pc = test::openStore(dir.filePath(QStringLiteral("pc.sqlite")));
    const QString media = dir.filePath(QStringLiteral("pc-media"));
    auto imported = importPackage(*pc, zip, media);
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->mediaExtracted == 2);
    const QList<Item> items = pc->items(task->id);
    REQUIRE(items.size() == 1);
    REQUIRE(items.first().medium(QStringLiteral("B")));
    const auto a = resolveMedia(items.first(), media);
    const auto b = resolveMedia(*items.first().medium(QStringLiteral("B")), media);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    CHECK(a->startsWith(media));
    CHECK(b->startsWith(media));
    CHECK(QImage(*b).width() == 13);
    CHECK(items.first().medium(QStringLiteral("B"))->facts.width == 13);
    // items.jsonl lists B with its own media entry.
    auto pkg = readPackage(zip);
    REQUIRE(pkg.ok());
    REQUIRE(pkg->items.first().extraMedia.size() == 1);
    CHECK(pkg->items.first().extraMedia.first().role == QLatin1String("B"));
    CHECK(pkg->items.first().extraMedia.first().media.startsWith(QLatin1String("media/")));
}
