// SPDX-License-Identifier: GPL-3.0-or-later
// A text item's reference document (issue 11, point 4): CSV and JSON read into a table, bad
// files named with their line, and task folders where NAME.ref.* goes with NAME.txt.

#include "media/referencedocument.h"
#include "store/store.h"
#include "store/taskbuilder.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    return path;
}

ReferenceDocument table(const QByteArray &csv)
{
    auto doc = ReferenceDocument::parseCsv(csv, QStringLiteral("weer.ref.csv"));
    INFO((doc ? std::string() : doc.error().message().toStdString()));
    REQUIRE(doc.ok());
    REQUIRE(doc->kind == ReferenceDocument::Kind::Table);
    return *doc;
}

Error csvError(const QByteArray &csv)
{
    auto doc = ReferenceDocument::parseCsv(csv, QStringLiteral("weer.ref.csv"));
    REQUIRE_FALSE(doc.ok());
    return doc.error();
}

ReferenceDocument json(const QByteArray &bytes)
{
    auto doc = ReferenceDocument::parseJson(bytes, QStringLiteral("weer.ref.json"));
    INFO((doc ? std::string() : doc.error().message().toStdString()));
    REQUIRE(doc.ok());
    return *doc;
}

using Rows = QList<QStringList>;

QStringList L(std::initializer_list<const char *> cells)
{
    QStringList result;
    for (const char *cell : cells)
        result << QString::fromUtf8(cell);
    return result;
}

Rows R(std::initializer_list<std::initializer_list<const char *>> rows)
{
    Rows result;
    for (const auto &row : rows)
        result << L(row);
    return result;
}

} // namespace

TEST_CASE("reference CSV: header and rows, RFC 4180 quoting", "[reference]")
{
    const ReferenceDocument doc = table("plaats,temperatuur,opmerking\r\n"
                                        "Utrecht,12,\"droog, zonnig\"\r\n"
                                        "\"Den Haag\",11,\"zei \"\"hallo\"\"\"\r\n"
                                        "Zwolle,9,\"twee\nregels\"\r\n"
                                        "Assen,,\r\n");
    CHECK(doc.header == L({"plaats", "temperatuur", "opmerking"}));
    CHECK(doc.rows == R({{"Utrecht", "12", "droog, zonnig"},
                           {"Den Haag", "11", "zei \"hallo\""},
                           {"Zwolle", "9", "twee\nregels"},
                           {"Assen", "", ""}}));
}

TEST_CASE("reference CSV: the semicolon separator is found, a byte order mark is dropped",
          "[reference]")
{
    const ReferenceDocument doc = table("\xEF\xBB\xBFregio;wind (Bft);regen (mm)\n"
                                        "Noord;5;1,5\n"
                                        "\"Zuid; oost\";3;0\n");
    CHECK(doc.header == L({"regio", "wind (Bft)", "regen (mm)"}));
    CHECK(doc.rows == R({{"Noord", "5", "1,5"}, {"Zuid; oost", "3", "0"}}));
    // Without the mark the first cell's name is the same.
    CHECK(table("a;b\n1;2").header.first() == QStringLiteral("a"));
    // A comma file keeps its semicolons inside cells.
    CHECK(table("a,b\nx;y,z\n").rows == R({{"x;y", "z"}}));
}

TEST_CASE("reference CSV: a broken line is named", "[reference]")
{
    const Error cells = csvError("a,b,c\n1,2,3\n4,5\n6,7,8\n");
    CHECK(cells.file() == QStringLiteral("weer.ref.csv"));
    CHECK(cells.line() == 3);
    CHECK(cells.message().contains(QStringLiteral("weer.ref.csv:3")));
    CHECK(cells.problem().contains(QStringLiteral("2")));

    // A quote that is never closed: the line where it opened.
    const Error open = csvError("a,b\n1,2\n3,\"vier\n5,6\n");
    CHECK(open.line() == 3);
    // A quote in the middle of a field that does not start with one.
    const Error stray = csvError("a,b\n1,2\n3,vi\"er\n");
    CHECK(stray.line() == 3);
    // Text after a closing quote.
    const Error after = csvError("a,b\n\"1\"x,2\n");
    CHECK(after.line() == 2);
    // Not UTF-8, on line 2.
    const Error bytes = csvError("a,b\n\xff\xfe,2\n");
    CHECK(bytes.line() == 2);
    // Nothing at all.
    CHECK(csvError("").file() == QStringLiteral("weer.ref.csv"));
}

TEST_CASE("reference JSON: an array of objects, an object of arrays, an object of objects",
          "[reference]")
{
    // Columns in the order the keys first appear in the file, not sorted.
    const ReferenceDocument rows = json(R"([{"uur": "08:00", "temp": 11.5, "droog": true},
                                            {"uur": "09:00", "temp": 12, "wind": null, "extra": [1,2]}])");
    CHECK(rows.header == L({"uur", "temp", "droog", "wind", "extra"}));
    CHECK(rows.rows == R({{"08:00", "11.5", "true", "", ""}, {"09:00", "12", "", "", "[1,2]"}}));

    const ReferenceDocument columns = json(R"({"uur": ["08:00", "09:00"], "temp": [11, 12]})");
    CHECK(columns.header == L({"uur", "temp"}));
    CHECK(columns.rows == R({{"08:00", "11"}, {"09:00", "12"}}));

    const ReferenceDocument keyed =
            json("\xEF\xBB\xBF" R"({"Utrecht": {"temp": 12, "wind": 3}, "Assen": {"temp": 9}})");
    CHECK(keyed.header == L({"", "temp", "wind"}));
    CHECK(keyed.rows == R({{"Utrecht", "12", "3"}, {"Assen", "9", ""}}));
}

TEST_CASE("reference JSON: bad files are named with their line", "[reference]")
{
    auto syntax = ReferenceDocument::parseJson("[\n{\"a\": 1},\n{\"a\": 2,}\n]",
                                               QStringLiteral("weer.ref.json"));
    REQUIRE_FALSE(syntax.ok());
    CHECK(syntax.error().file() == QStringLiteral("weer.ref.json"));
    CHECK(syntax.error().line() == 3);

    auto notObject = ReferenceDocument::parseJson("[\n{\"a\": 1},\n\"twee\"\n]",
                                                  QStringLiteral("weer.ref.json"));
    REQUIRE_FALSE(notObject.ok());
    CHECK(notObject.error().line() == 3);

    auto uneven = ReferenceDocument::parseJson("{\"a\": [1, 2],\n \"b\": [1]}",
                                               QStringLiteral("weer.ref.json"));
    REQUIRE_FALSE(uneven.ok());
    CHECK(uneven.error().line() == 2);

    auto mixed = ReferenceDocument::parseJson(R"({"a": [1], "b": {"c": 1}})",
                                              QStringLiteral("weer.ref.json"));
    REQUIRE_FALSE(mixed.ok());
    CHECK(mixed.error().message().startsWith(QStringLiteral("weer.ref.json")));
}

TEST_CASE("reference files: by their name, bounded in size", "[reference]")
{
    QTemporaryDir dir;
    const QString text = writeFile(dir.filePath(QStringLiteral("bron.txt")), "Het KNMI meldt regen.");
    auto doc = ReferenceDocument::read(text);
    REQUIRE(doc.ok());
    CHECK(doc->kind == ReferenceDocument::Kind::Text);
    CHECK(doc->text == QStringLiteral("Het KNMI meldt regen."));

    const QString big = dir.filePath(QStringLiteral("groot.csv"));
    {
        QFile f(big);
        REQUIRE(f.open(QIODevice::WriteOnly));
        REQUIRE(f.resize(ReferenceDocument::kMaxBytes + 1));
    }
    auto tooLarge = ReferenceDocument::read(big);
    REQUIRE_FALSE(tooLarge.ok());
    CHECK(tooLarge.error().file() == big);

    // Many small cells: the cell bound, not the byte bound, refuses it.
    QByteArray many = "a,b\n";
    for (int i = 0; i < 300'000; ++i)
        many += "1,2\n";
    CHECK_FALSE(ReferenceDocument::parseCsv(many, QStringLiteral("veel.csv")).ok());

    auto missing = ReferenceDocument::read(dir.filePath(QStringLiteral("weg.csv")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().isAccess());

    CHECK(ReferenceDocument::textFileFor(QStringLiteral("weer-1.ref.csv")) == QStringLiteral("weer-1.txt"));
    CHECK(ReferenceDocument::textFileFor(QStringLiteral("weer-1.REF.JSON")) == QStringLiteral("weer-1.txt"));
    CHECK(ReferenceDocument::textFileFor(QStringLiteral("weer-1.ref.txt")) == QStringLiteral("weer-1.txt"));
    CHECK(ReferenceDocument::textFileFor(QStringLiteral("weer-1.txt")).isEmpty());
    CHECK(ReferenceDocument::textFileFor(QStringLiteral("weer-1.csv")).isEmpty());
}

TEST_CASE("task folder: NAME.txt with NAME.ref.* becomes one text item with its reference",
          "[reference][taskbuilder]")
{
    QTemporaryDir dir;
    const QString schema = writeFile(dir.filePath(QStringLiteral("schema.json")),
                                     QJsonDocument(test::demoSchema().toJson()).toJson());
    const QString media = dir.filePath(QStringLiteral("media"));
    REQUIRE(QDir().mkpath(media));
    writeFile(media + QStringLiteral("/weer-1.txt"), "Het wordt 30 graden.");
    writeFile(media + QStringLiteral("/weer-1.ref.csv"), "uur,temp\n12:00,18\n");
    writeFile(media + QStringLiteral("/weer-2.txt"), "Windkracht 9.");
    writeFile(media + QStringLiteral("/weer-2.ref.json"), R"([{"regio": "Noord", "wind": 4}])");
    writeFile(media + QStringLiteral("/weer-3.txt"), "Zonder bron.");
    writeFile(media + QStringLiteral("/weer-4.txt"), "Met een tekst als bron.");
    writeFile(media + QStringLiteral("/weer-4.ref.txt"), "Bron: KNMI.");

    auto draft = draftTaskFromFolder(QStringLiteral("Weer"), schema, media);
    INFO((draft ? std::string() : draft.error().message().toStdString()));
    REQUIRE(draft.ok());
    CHECK(draft->task.mediaKind == MediaKind::Text);
    CHECK(draft->skipped.isEmpty());
    REQUIRE(draft->items.size() == 4);
    QStringList names, references;
    for (const Item &item : std::as_const(draft->items)) {
        names << QFileInfo(item.mediaPath).fileName();
        const ItemMedium *ref = item.medium(QStringLiteral("reference"));
        references << (ref ? QFileInfo(ref->mediaPath).fileName() : QString());
        if (ref) {
            CHECK(ref->sha256.size() == 64);
            CHECK(ref->size == QFileInfo(ref->mediaPath).size());
        }
    }
    CHECK(names == L({"weer-1.txt", "weer-2.txt", "weer-3.txt", "weer-4.txt"}));
    CHECK(references == L({"weer-1.ref.csv", "weer-2.ref.json", "", "weer-4.ref.txt"}));

    // The store keeps the reference with the item.
    auto store = test::openStore(dir.filePath(QStringLiteral("s.sqlite")));
    const Profile lea = *store->addProfile(QStringLiteral("Lea"), Role::TeamLead);
    auto created = store->createTask(draft->task, draft->items, lea.id);
    REQUIRE(created.ok());
    const QList<Item> items = store->items(created->id);
    REQUIRE(items.size() == 4);
    REQUIRE(items.first().medium(QStringLiteral("reference")));
    CHECK(items.first().medium(QStringLiteral("reference"))->mediaPath.endsWith(QStringLiteral("weer-1.ref.csv")));
}

TEST_CASE("task folder: a reference without its text is refused, nothing created",
          "[reference][taskbuilder]")
{
    QTemporaryDir dir;
    const QString schema = writeFile(dir.filePath(QStringLiteral("schema.json")),
                                     QJsonDocument(test::demoSchema().toJson()).toJson());
    const QString media = dir.filePath(QStringLiteral("media"));
    REQUIRE(QDir().mkpath(media));
    writeFile(media + QStringLiteral("/weer-1.txt"), "Het wordt 30 graden.");
    writeFile(media + QStringLiteral("/weer-1.ref.csv"), "uur,temp\n12:00,18\n");
    writeFile(media + QStringLiteral("/weer-2.ref.csv"), "uur,temp\n12:00,18\n");
    auto orphan = draftTaskFromFolder(QStringLiteral("Weer"), schema, media);
    REQUIRE_FALSE(orphan.ok());
    CHECK(orphan.error().message().contains(QStringLiteral("weer-2.ref.csv")));
    CHECK(orphan.error().message().contains(QStringLiteral("weer-2.txt")));

    // Two references for one text.
    QFile::remove(media + QStringLiteral("/weer-2.ref.csv"));
    writeFile(media + QStringLiteral("/weer-1.ref.json"), "[]");
    auto twice = draftTaskFromFolder(QStringLiteral("Weer"), schema, media);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().message().contains(QStringLiteral("weer-1")));

    // A broken reference is named with its line.
    QFile::remove(media + QStringLiteral("/weer-1.ref.json"));
    writeFile(media + QStringLiteral("/weer-1.ref.csv"), "uur,temp\n12:00\n");
    auto broken = draftTaskFromFolder(QStringLiteral("Weer"), schema, media);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message().contains(QStringLiteral("weer-1.ref.csv:2")));
}
