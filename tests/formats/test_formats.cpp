// SPDX-License-Identifier: GPL-3.0-or-later
// The formats registry and its two first formats (issue 9, point 7): the JSON Lines dump
// round trip into a fresh store, a bad line refused whole with file, line and problem, and
// the CSV of answers checked cell by cell.

#include "formats/answerscsv.h"
#include "formats/jsonlines.h"
#include "formats/registry.h"
#include "labfixture.h"
#include "statedump.h"
#include "testutil.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace annostraat;
using test::FormatLab;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

const Format &format(const char *id)
{
    const Format *f = FormatRegistry::builtin().find(str(id));
    REQUIRE(f);
    return *f;
}

QString exportTo(const FormatLab &lab, const char *formatId, const QString &name)
{
    const QString path = lab.path(name);
    auto written = exportToFile(format(formatId), *lab.store, lab.task.id, path);
    INFO((written.ok() ? QString() : written.error().message()).toStdString());
    REQUIRE(written.ok());
    CHECK(written->path == path);
    return path;
}

/// Minimal RFC 4180 reader, to check the CSV cell by cell.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row << cell;
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    REQUIRE(cell.isEmpty());
    REQUIRE(row.isEmpty());
    return rows;
}

} // namespace

TEST_CASE("formats: the registry finds formats by id and refuses a second of the same id",
          "[formats]")
{
    const FormatRegistry &builtin = FormatRegistry::builtin();
    REQUIRE(builtin.find(str("jsonl")));
    REQUIRE(builtin.find(str("JSONL ")) == builtin.find(str("jsonl")));
    CHECK(builtin.find(str("pascal-voc-xml")) == nullptr);
    const Format &jsonl = *builtin.find(str("jsonl"));
    CHECK(jsonl.canExport());
    CHECK(jsonl.canImport());
    CHECK(jsonl.version == 1);
    CHECK(jsonl.extension == str("jsonl"));
    CHECK(jsonl.importTarget == ImportTarget::NewTask);
    CHECK(jsonl.annotationKinds == allAnnotationKinds());
    const Format &csv = *builtin.find(str("csv-answers"));
    CHECK(csv.canExport());
    CHECK_FALSE(csv.canImport());
    CHECK(csv.annotationKinds == QList<AnnotationKind>{AnnotationKind::Answer});
    CHECK(builtin.exportIds() == str("brat, coco, conll, csv-answers, csv-timecodes, cvat-images, "
                                    "doccano, eaf, edl, geojson, gpkg, jsonl, labelme, "
                                    "labelstudio-images, labelstudio-text, locator-sheet, srt, voc, "
                                    "webvtt, yolo"));
    CHECK(builtin.importIds() == str("brat, coco, conll, csv-timecodes, cvat-images, doccano, eaf, "
                                    "edl, jsonl, labelme, labelstudio-images, labelstudio-text, "
                                    "locator-sheet, srt, voc, webvtt, yolo"));
    for (const char *id : {"csv-timecodes", "webvtt", "srt", "edl", "eaf", "locator-sheet"}) {
        const Format *video = builtin.find(str(id));
        REQUIRE(video);
        CHECK(video->importTarget == ImportTarget::ExistingTask);
        CHECK(video->mediaKinds == QList<MediaKind>{MediaKind::Video});
        CHECK(video->exportsSelection);
        CHECK_FALSE(video->importsSuggestions);
    }
    for (const char *id : {"coco", "yolo", "voc", "labelme", "cvat-images", "labelstudio-images"}) {
        const Format *image = builtin.find(str(id));
        REQUIRE(image);
        CHECK(image->importTarget == ImportTarget::NewOrExistingTask);
        CHECK(image->mediaKinds == QList<MediaKind>{MediaKind::Image});
        CHECK(image->annotationKinds == QList<AnnotationKind>{AnnotationKind::Box,
                                                              AnnotationKind::Polygon,
                                                              AnnotationKind::Crack});
    }
    CHECK_FALSE(jsonl.displayName().isEmpty());

    // A registry of one's own (a plugin's, a test's): one line adds a format.
    FormatRegistry registry;
    REQUIRE(registry.add(jsonLinesFormat()).ok());
    CHECK_FALSE(registry.add(jsonLinesFormat()).ok());
    Format nothing = answersCsvFormat();
    nothing.id = str("nothing");
    nothing.exporter = {};
    CHECK_FALSE(registry.add(nothing).ok());
    Format bad = answersCsvFormat();
    bad.id = str("a b");
    CHECK_FALSE(registry.add(bad).ok());
    CHECK(registry.formats().size() == 1);
}

TEST_CASE("formats: a JSON Lines dump imports into a fresh store as the same state",
          "[formats][jsonl]")
{
    FormatLab lab;
    const QString dump = exportTo(lab, "jsonl", str("lab.jsonl"));

    const QStringList lines = QString::fromUtf8(readAll(dump)).split(u'\n', Qt::SkipEmptyParts);
    const QJsonObject header = QJsonDocument::fromJson(lines.first().toUtf8()).object();
    CHECK(header.value(str("type")).toString() == str("header"));
    CHECK(header.value(str("format")).toString() == str("annostraat-jsonl"));
    CHECK(header.value(str("version")).toInt() == 1);
    CHECK(header.value(str("task")).toString() == lab.task.id);
    // 4 profiles, the task, 3 items, 12 live annotations (the deleted one is history), 4
    // submissions and 3 reviews.
    CHECK(header.value(str("counts")).toObject() == QJsonObject{{str("profile"), 4},
                                                                {str("item"), 3},
                                                                {str("annotation"), 12},
                                                                {str("submission"), 4},
                                                                {str("review"), 3}});
    CHECK(lines.size() == 1 + 4 + 1 + 3 + 12 + 4 + 3);
    for (const QString &line : lines)
        CHECK(QJsonDocument::fromJson(line.toUtf8()).object().contains(str("type")));
    CHECK_FALSE(QString::fromUtf8(readAll(dump)).contains(lab.deletedBox));

    QTemporaryDir other;
    const QString fresh = other.filePath(str("fresh.sqlite"));
    {
        auto store = test::openStore(fresh);
        int readings = 0;
        int writings = 0;
        auto imported = importFromFile(format("jsonl"), *store, dump, {{}, str("importer")},
                                       [&](FormatStage stage, qint64 done, qint64 total) {
                                           (stage == FormatStage::Reading ? readings : writings)++;
                                           CHECK(done <= total);
                                       });
        INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
        REQUIRE(imported.ok());
        CHECK(imported->taskId == lab.task.id);
        CHECK(imported->taskName == lab.task.name);
        CHECK(imported->counts.value(str("annotation")) == 12);
        CHECK(imported->counts.value(str("assignment")) == 6);
        CHECK(readings >= 2);
        CHECK(writings >= 1);

        // The same task, items, people, layers, submissions and reviews, read back through the
        // store as well as row by row.
        const auto task = store->task(lab.task.id);
        REQUIRE(task);
        CHECK(task->schema.toJson() == lab.task.schema.toJson());
        CHECK(store->items(lab.task.id) == lab.items);
        CHECK(store->profiles() == lab.store->profiles());
        CHECK(store->taskAnnotations(lab.task.id) == lab.store->taskAnnotations(lab.task.id));
        CHECK(store->annotation(lab.editedBox)->value.value(str("h")).toDouble() == 44);
        CHECK_FALSE(store->annotation(lab.deletedBox, true));
        CHECK(store->reviews(lab.task.id).size() == 3);
    }
    lab.store.reset();
    CHECK(test::dumpLiveState(fresh) == test::dumpLiveState(lab.storePath()));

    // And out again: the same lines, but for the moment of the export.
    auto again = test::openStore(fresh);
    const QString second = other.filePath(str("again.jsonl"));
    REQUIRE(exportToFile(format("jsonl"), *again, lab.task.id, second).ok());
    QStringList secondLines = QString::fromUtf8(readAll(second)).split(u'\n', Qt::SkipEmptyParts);
    CHECK(secondLines.mid(1) == lines.mid(1));
}

TEST_CASE("formats: a suggestion keeps its mark through a JSON Lines dump",
          "[formats][jsonl][suggestions]")
{
    FormatLab lab;
    Annotation suggestion;
    suggestion.itemId = lab.items.at(2).id;
    suggestion.author = lab.anna.id;
    suggestion.kind = AnnotationKind::Box;
    suggestion.label = str("Buffer");
    suggestion.value = QJsonObject{{str("x"), 1}, {str("y"), 2}, {str("w"), 3}, {str("h"), 4}};
    suggestion.suggested = true;
    const auto added = lab.store->addAnnotation(suggestion);
    REQUIRE(added.ok());
    const QString dump = exportTo(lab, "jsonl", str("lab.jsonl"));
    int marked = 0;
    for (const QString &line : QString::fromUtf8(readAll(dump)).split(u'\n', Qt::SkipEmptyParts)) {
        const QJsonObject o = QJsonDocument::fromJson(line.toUtf8()).object();
        if (o.contains(str("suggested"))) {
            CHECK(o.value(str("id")).toString() == added->id);
            CHECK(o.value(str("suggested")) == QJsonValue(true));
            ++marked;
        }
    }
    CHECK(marked == 1); // only the suggestion carries the field

    QTemporaryDir other;
    auto fresh = test::openStore(other.filePath(str("fresh.sqlite")));
    REQUIRE(importFromFile(format("jsonl"), *fresh, dump, {{}, str("importer")}).ok());
    REQUIRE(fresh->annotation(added->id));
    CHECK(fresh->annotation(added->id)->suggested);
    CHECK(fresh->taskAnnotations(lab.task.id) == lab.store->taskAnnotations(lab.task.id));

    // "suggested" must be true or false.
    QString text = QString::fromUtf8(readAll(dump));
    text.replace(str("\"suggested\":true"), str("\"suggested\":\"yes\""));
    writeAll(other.filePath(str("bad.jsonl")), text.toUtf8());
    QTemporaryDir third;
    auto empty = test::openStore(third.filePath(str("empty.sqlite")));
    const auto refused = importFromFile(format("jsonl"), *empty, other.filePath(str("bad.jsonl")),
                                        {{}, str("importer")});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(str("suggested")));
    CHECK(empty->ops().isEmpty());
}

TEST_CASE("formats: a JSON Lines file with a bad line is refused whole, naming file, line and "
          "problem",
          "[formats][jsonl][badinput]")
{
    FormatLab lab;
    const QString dump = exportTo(lab, "jsonl", str("lab.jsonl"));
    const QStringList good = QString::fromUtf8(readAll(dump)).split(u'\n', Qt::SkipEmptyParts);
    auto lineOf = [&](const char *type, int nth = 0) {
        int seen = 0;
        for (qsizetype i = 0; i < good.size(); ++i)
            if (good.at(i).contains(QStringLiteral("\"type\":\"%1\"").arg(str(type))) &&
                seen++ == nth)
                return int(i);
        FAIL("no such line");
        return -1;
    };
    auto edited = [&](int index, const std::function<void(QJsonObject &)> &edit) {
        QJsonObject o = QJsonDocument::fromJson(good.at(index).toUtf8()).object();
        edit(o);
        return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    };

    struct Case
    {
        const char *what;
        int line; ///< 0-based index into the lines
        QString replacement;
        const char *problem;
    };
    const int annotation = lineOf("annotation", 2);
    const int item = lineOf("item", 1);
    const int review = lineOf("review");
    const QList<Case> cases{
            {"broken JSON", annotation, good.at(annotation).left(good.at(annotation).size() - 3),
             "not valid JSON"},
            {"not an object", annotation, str("[1, 2, 3]"), "one JSON object"},
            {"no type", annotation, str("{\"id\": \"x\"}"), "no \"type\""},
            {"unknown type", annotation, str("{\"type\": \"shape\"}"),
             "unknown line type \"shape\""},
            {"unknown field", annotation,
             edited(annotation, [](QJsonObject &o) { o.insert(str("colour"), str("red")); }),
             "unknown field \"colour\""},
            {"missing value", annotation,
             edited(annotation, [](QJsonObject &o) { o.remove(str("value")); }),
             "\"value\" is missing"},
            {"unknown kind", annotation,
             edited(annotation, [](QJsonObject &o) { o.insert(str("kind"), str("ellipse")); }),
             "unknown value \"ellipse\""},
            {"value of the wrong shape", annotation,
             edited(annotation,
                    [](QJsonObject &o) {
                        o.insert(str("kind"), str("box"));
                        o.insert(str("value"), QJsonObject{{str("x"), 1}});
                    }),
             "box"},
            {"an item no line has", annotation,
             edited(annotation, [](QJsonObject &o) { o.insert(str("item"), str("nope")); }),
             "no item line has the id \"nope\""},
            {"an author nobody knows", annotation,
             edited(annotation, [](QJsonObject &o) { o.insert(str("author"), str("ghost")); }),
             "\"ghost\""},
            {"a second annotation of one id", annotation + 1,
             edited(annotation + 1,
                    [&](QJsonObject &o) {
                        o.insert(str("id"), QJsonDocument::fromJson(good.at(annotation).toUtf8())
                                                    .object()
                                                    .value(str("id")));
                    }),
             "the first is on line"},
            {"an id with a slash", item,
             edited(item, [](QJsonObject &o) { o.insert(str("id"), str("../x")); }),
             "not a valid id"},
            {"two media files", item,
             edited(item,
                    [](QJsonObject &o) {
                        QJsonArray media = o.value(str("media")).toArray();
                        media << media.first();
                        o.insert(str("media"), media);
                    }),
             "exactly one file"},
            {"a rejection without comment", review,
             edited(review,
                    [](QJsonObject &o) {
                        o.insert(str("verdict"), str("rejected"));
                        o.insert(str("comment"), str(""));
                    }),
             "needs a comment"},
            {"a newer version", 0,
             edited(0,
                    [](QJsonObject &o) {
                        o.insert(str("version"), 2);
                        o.insert(str("colourSpace"), str("srgb"));
                    }),
             "version 2 of the format"},
            {"another program's file", 0, str("{\"type\": \"item\", \"id\": \"x\"}"),
             "the first line must be the header"},
    };

    const QString before = test::dumpEntities(lab.storePath());
    const qint64 opsBefore = lab.store->opCount();
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.what)
        {
            QStringList lines = good;
            lines[c.line] = c.replacement;
            const QString bad = lab.path(str("bad.jsonl"));
            writeAll(bad, lines.join(u'\n').toUtf8() + '\n');

            QTemporaryDir other;
            auto fresh = test::openStore(other.filePath(str("fresh.sqlite")));
            auto imported = importFromFile(format("jsonl"), *fresh, bad, {{}, str("importer")});
            REQUIRE_FALSE(imported.ok());
            const Error &e = imported.error();
            INFO(e.message().toStdString());
            CHECK(e.file() == bad);
            CHECK(e.line() == c.line + 1);
            CHECK(e.message().startsWith(QStringLiteral("%1:%2: ").arg(bad).arg(c.line + 1)));
            CHECK(e.problem().contains(str(c.problem)));
            CHECK(fresh->opCount() == 0);
            CHECK(fresh->tasks().isEmpty());
            CHECK(fresh->profiles().isEmpty());
        }
    }

    SECTION("a file cut short: the header's counts are not met")
    {
        const QString bad = lab.path(str("short.jsonl"));
        writeAll(bad, good.mid(0, good.size() - 2).join(u'\n').toUtf8() + '\n');
        QTemporaryDir other;
        auto fresh = test::openStore(other.filePath(str("fresh.sqlite")));
        auto imported = importFromFile(format("jsonl"), *fresh, bad, {{}, str("importer")});
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().line() == good.size() - 2);
        CHECK(imported.error().problem().contains(str("is it complete?")));
        CHECK(fresh->opCount() == 0);
    }

    SECTION("the task is already in the store: refused, and the store unchanged")
    {
        auto imported = importFromFile(format("jsonl"), *lab.store, dump, {{}, lab.lead.id});
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().line() == lineOf("task") + 1);
        CHECK(imported.error().problem().contains(str("already in this store")));
        CHECK(lab.store->opCount() == opsBefore);
        lab.store.reset();
        CHECK(test::dumpEntities(lab.storePath()) == before);
    }

    SECTION("another task than the one asked for")
    {
        QTemporaryDir other;
        auto fresh = test::openStore(other.filePath(str("fresh.sqlite")));
        auto imported = importFromFile(format("jsonl"), *fresh, dump,
                                       {str("Iets anders"), str("importer")});
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().problem().contains(str("not \"Iets anders\"")));
        CHECK(importFromFile(format("jsonl"), *fresh, dump, {lab.task.name, str("importer")}).ok());
    }

    SECTION("a profile name the store has under another id")
    {
        QTemporaryDir other;
        auto fresh = test::openStore(other.filePath(str("fresh.sqlite")));
        REQUIRE(fresh->addProfile(str("anna"), Role::Annotator).ok());
        const qint64 ops = fresh->opCount();
        auto imported = importFromFile(format("jsonl"), *fresh, dump, {{}, str("importer")});
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().problem().contains(str("already has a profile named \"anna\"")));
        CHECK(fresh->opCount() == ops);
    }

    SECTION("blank lines, a byte order mark and CRLF line ends are read")
    {
        const QString crlf = lab.path(str("crlf.jsonl"));
        writeAll(crlf, "\xEF\xBB\xBF" + good.join(str("\r\n\r\n")).toUtf8() + "\r\n");
        QTemporaryDir other;
        auto fresh = test::openStore(other.filePath(str("fresh.sqlite")));
        auto imported = importFromFile(format("jsonl"), *fresh, crlf, {{}, str("importer")});
        INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
        CHECK(imported.ok());
    }
}

TEST_CASE("formats: an empty file, a huge line and a missing file are refused",
          "[formats][jsonl][badinput]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("s.sqlite")));
    const QString empty = dir.filePath(str("empty.jsonl"));
    writeAll(empty, {});
    auto r = importFromFile(format("jsonl"), *store, empty, {{}, str("importer")});
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message() == empty + str(":1: the file is empty"));

    QByteArray huge = "{\"type\": \"header\", \"program\": \"";
    huge += QByteArray(kJsonLinesMaxLine, 'x');
    huge += "\"}\n";
    QBuffer buffer(&huge);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    auto long_ = importJsonLines(*store, buffer, str("huge.jsonl"), {{}, str("importer")}, {});
    REQUIRE_FALSE(long_.ok());
    CHECK(long_.error().message().startsWith(str("huge.jsonl:1: the line is longer than 16 MB")));

    auto missing = importFromFile(format("jsonl"), *store, dir.filePath(str("nope.jsonl")),
                                  {{}, str("importer")});
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message().contains(str("no such file")));
    CHECK(store->opCount() == 0);
}

TEST_CASE("formats: an export never leaves a partial file and does not replace one unasked",
          "[formats]")
{
    FormatLab lab;
    const QString path = lab.path(str("out.csv"));
    writeAll(path, "keep me");
    auto refused = exportToFile(format("csv-answers"), *lab.store, lab.task.id, path);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(str("already exists")));
    CHECK(readAll(path) == "keep me");
    REQUIRE(exportToFile(format("csv-answers"), *lab.store, lab.task.id, path,
                         ExistingFile::Replace)
                    .ok());
    CHECK(readAll(path).startsWith("item,order,media"));

    auto noTask = exportToFile(format("jsonl"), *lab.store, str("nope"), lab.path(str("x.jsonl")));
    REQUIRE_FALSE(noTask.ok());
    CHECK_FALSE(QFile::exists(lab.path(str("x.jsonl"))));
    auto noFolder = exportToFile(format("jsonl"), *lab.store, lab.task.id,
                                 lab.path(str("no/such/x.jsonl")));
    REQUIRE_FALSE(noFolder.ok());
    CHECK(noFolder.error().message().contains(str("folder does not exist")));
    CHECK(QDir(lab.dir.path())
                  .entryList(QDir::Files | QDir::Hidden)
                  .filter(str("x.jsonl"))
                  .isEmpty());
}

TEST_CASE("formats: the CSV of answers, cell by cell", "[formats][csv]")
{
    FormatLab lab;
    const QString path = exportTo(lab, "csv-answers", str("answers.csv"));
    const QByteArray bytes = readAll(path);
    CHECK(bytes.endsWith("\r\n"));
    // The awkward answer is quoted, its quotes doubled, its line break kept.
    CHECK(bytes.contains("\"Roest, \"\"veel\"\"\nen deuken \xC3\xA9\""));

    const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes));
    REQUIRE(rows.size() == 1 + 6); // two annotators assigned to each of three items
    CHECK(rows[0] == QStringList{str("item"), str("order"), str("media"), str("annotator"),
                                 str("annotator_name"), str("status"), str("reason"),
                                 str("verdict"), str("kwaliteit"), str("genre"), str("opmerking"),
                                 str("beste")});
    const QString &i0 = lab.items[0].id;
    const QString &i1 = lab.items[1].id;
    const QString &i2 = lab.items[2].id;
    const QString &a = lab.anna.id;
    const QString &b = lab.bram.id;
    const QList<QStringList> expected{
            {i0,
             str("0"),
             str("img0.jpg"),
             a,
             str("Anna"),
             str("done"),
             {},
             str("accepted"),
             str("4"),
             str("nieuws"),
             test::awkwardAnswer(),
             {}},
            {i0,
             str("0"),
             str("img0.jpg"),
             b,
             str("Bram"),
             str("done"),
             {},
             str("corrected"),
             str("5"),
             {},
             {},
             str("A")},
            {i1,
             str("1"),
             str("img1.jpg"),
             a,
             str("Anna"),
             str("flagged"),
             str("schaap op de scheur"),
             str("rejected"),
             str("2"),
             {},
             {},
             {}},
            {i1, str("1"), str("img1.jpg"), b, str("Bram"), str("todo"), {}, {}, {}, {}, {}, {}},
            {i2, str("2"), str("img2.jpg"), a, str("Anna"), str("todo"), {}, {}, {}, {}, {}, {}},
            {i2,
             str("2"),
             str("img2.jpg"),
             b,
             str("Bram"),
             str("in-progress"),
             {},
             {},
             {},
             {},
             {},
             {}},
    };
    for (int r = 0; r < expected.size(); ++r) {
        REQUIRE(rows[r + 1].size() == rows[0].size());
        for (int c = 0; c < rows[0].size(); ++c) {
            INFO("row " << r + 1 << ", column " << rows[0][c].toStdString());
            CHECK(rows[r + 1][c] == expected[r][c]);
        }
    }

    CHECK(csvField(str("plain")) == str("plain"));
    CHECK(csvField(str(" padded")) == str("\" padded\""));
    CHECK(csvField(str("a,b")) == str("\"a,b\""));
    CHECK(csvField(str("say \"hi\"")) == str("\"say \"\"hi\"\"\""));
}
