// SPDX-License-Identifier: GPL-3.0-or-later
// "formats", "export" and "import" as a script sees them: the real annostraat-cli (issue 9,
// point 7). A lab's store is built through the Store API, exported as JSON Lines, imported
// into a fresh store by another "PC", and a bad file is refused with one line and no change.

#include "clitestbed.h"
#include "imagetestutil.h"
#include "labfixture.h"
#include "statedump.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace annostraat;
using test::CliResult;
using test::CliTestBed;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

void requireOk(const CliResult &r)
{
    INFO("stdout: " << r.out.toStdString());
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

} // namespace

TEST_CASE("cli formats: lists every format with its version and what it does", "[cli][formats]")
{
    const CliResult r = CliTestBed::runRaw({str("formats")});
    requireOk(r);
    const QStringList lines = r.outLines();
    REQUIRE(lines.size() == 21);
    CHECK(lines[0].startsWith(str("ID")));
    CHECK(lines[0].contains(str("VERSION")));
    auto row = [&](const QString &id) {
        for (const QString &line : lines)
            if (line.startsWith(id + QLatin1Char(' ')))
                return line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        FAIL("no row for " << id.toStdString());
        return QStringList();
    };
    CHECK(row(str("jsonl")).mid(0, 4) ==
          QStringList{str("jsonl"), str("1"), str("jsonl"), str("export,import")});
    CHECK(row(str("csv-answers")).mid(0, 5) ==
          QStringList{str("csv-answers"), str("1"), str("csv"), str("export"), str("answer")});
    CHECK(row(str("coco")).mid(0, 5) == QStringList{str("coco"), str("1"), str("json"),
                                                    str("export,import"),
                                                    str("box,polygon,crack")});
    CHECK(row(str("cvat-images")).mid(0, 5) == QStringList{str("cvat-images"), str("1"), str("xml"),
                                                           str("export,import"),
                                                           str("box,polygon,crack")});
    CHECK(row(str("labelstudio-images")).mid(0, 5) ==
          QStringList{str("labelstudio-images"), str("1"), str("json"), str("export,import"),
                      str("box,polygon,crack")});
    for (const char *id : {"yolo", "voc", "labelme"})
        CHECK(row(str(id)).mid(0, 5) == QStringList{str(id), str("1"), str("zip"),
                                                    str("export,import"),
                                                    str("box,polygon,crack")});
    for (const char *id : {"conll", "doccano", "labelstudio-text", "brat"})
        CHECK(row(str(id)).mid(3, 2) == QStringList{str("export,import"), str("span")});
    CHECK(row(str("geojson")).mid(0, 5) == QStringList{str("geojson"), str("1"), str("geojson"),
                                                       str("export"), str("box,polygon,crack")});
    CHECK(row(str("gpkg")).mid(0, 5) == QStringList{str("gpkg"), str("1"), str("gpkg"),
                                                    str("export"), str("box,polygon,crack")});
    CHECK(row(str("csv-timecodes")).mid(0, 5) ==
          QStringList{str("csv-timecodes"), str("1"), str("csv"), str("export,import"),
                      str("marker,segment")});
    CHECK(row(str("edl")).mid(0, 5) == QStringList{str("edl"), str("1"), str("edl"),
                                                   str("export,import"), str("marker,segment")});
    CHECK(row(str("webvtt")).mid(0, 5) == QStringList{str("webvtt"), str("1"), str("vtt"),
                                                      str("export,import"), str("segment")});
    for (const char *id : {"srt", "eaf"})
        CHECK(row(str(id)).mid(0, 5) ==
              QStringList{str(id), str("1"), str(id), str("export,import"), str("segment")});
    CHECK(r.err.isEmpty());

    const QJsonArray formats = CliTestBed::runRaw({str("formats"), str("--json")})
                                       .json()
                                       .value(str("formats"))
                                       .toArray();
    REQUIRE(formats.size() == 20);
    for (const QJsonValue &v : formats) {
        const QJsonObject f = v.toObject();
        CHECK(f.value(str("version")).toInt() == 1);
        CHECK_FALSE(f.value(str("name")).toString().isEmpty());
        const QJsonArray kinds = f.value(str("mediaKinds")).toArray();
        CHECK((kinds.contains(str("image")) || kinds.contains(str("text")) ||
               kinds.contains(str("video"))));
        if (QStringList{str("csv-timecodes"), str("webvtt"), str("srt"), str("edl"), str("eaf"),
                        str("locator-sheet")}
                    .contains(f.value(str("id")).toString()))
            CHECK(f.value(str("importsInto")).toString() == str("existing-task"));
        if (f.value(str("id")).toString() == str("jsonl")) {
            CHECK(f.value(str("import")).toBool());
            CHECK(f.value(str("importsInto")).toString() == str("new-task"));
        }
        if (f.value(str("id")).toString() == str("coco"))
            CHECK(f.value(str("importsInto")).toString() == str("new-or-existing-task"));
    }
}

TEST_CASE("cli formats: export --format jsonl, then import into a fresh store on another PC",
          "[cli][formats]")
{
    test::FormatLab lab;
    const QString store = lab.storePath();
    lab.store.reset(); // the CLI is another process on the same file
    const QString out = lab.path(str("export/lab.jsonl"));
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));

    const CliResult exported =
            CliTestBed::runWith(store, {str("export"), lab.task.name, str("--format"), str("jsonl"),
                                        str("--out"), out});
    requireOk(exported);
    CHECK(exported.outLines() == QStringList{QDir::toNativeSeparators(out)});
    const QByteArray bytes = test::readFile(out);
    CHECK(bytes.startsWith("{"));
    CHECK(QJsonDocument::fromJson(bytes.left(bytes.indexOf('\n')))
                  .object()
                  .value(str("format"))
                  .toString() == str("annostraat-jsonl"));

    // Written once: a second export to the same file is refused and the file kept.
    const CliResult again = CliTestBed::runWith(
            store, {str("export"), lab.task.id, str("--format"), str("jsonl"), str("--out"), out});
    CHECK(again.exitCode == 1);
    CHECK(again.errLines().size() == 1);
    CHECK(again.err.contains(str("already exists")));
    CHECK(test::readFile(out) == bytes);

    QTemporaryDir otherPc;
    const QString fresh = otherPc.filePath(str("store.sqlite"));
    const CliResult imported = CliTestBed::runWith(
            fresh, {str("import"), out, str("--format"), str("jsonl"), str("--json")});
    requireOk(imported);
    const QJsonObject summary = imported.json();
    CHECK(summary.value(str("task")).toString() == lab.task.id);
    CHECK(summary.value(str("counts")).toObject().value(str("annotation")).toInt() == 12);
    CHECK(test::dumpLiveState(fresh) == test::dumpLiveState(store));

    const QJsonArray annotations =
            CliTestBed::runWith(fresh, {str("annotation"), str("list"), str("--json")})
                    .json()
                    .value(str("annotations"))
                    .toArray();
    CHECK(annotations.size() == 12);

    SECTION("csv-answers too")
    {
        const QString csv = lab.path(str("export/answers.csv"));
        requireOk(CliTestBed::runWith(store, {str("export"), lab.task.id, str("--format"),
                                              str("csv-answers"), str("--out"), csv}));
        CHECK(test::readFile(csv).startsWith(
                "item,order,media,annotator,annotator_name,status,reason,verdict,"
                "kwaliteit,genre,opmerking,beste\r\n"));
    }
}

TEST_CASE("cli formats: a bad file exits 1 with one line naming file, line and problem, and "
          "changes nothing",
          "[cli][formats][badinput]")
{
    test::FormatLab lab;
    const QString store = lab.storePath();
    lab.store.reset();
    const QString dump = lab.path(str("lab.jsonl"));
    requireOk(CliTestBed::runWith(store, {str("export"), lab.task.id, str("--format"), str("jsonl"),
                                          str("--out"), dump}));
    QStringList lines =
            QString::fromUtf8(test::readFile(dump)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // Line 9 is the last item; its media loses its size.
    REQUIRE(lines[8].contains(str("\"type\":\"item\"")));
    lines[8].replace(str(",\"size\":1002"), QString());
    REQUIRE_FALSE(lines[8].contains(str("\"size\"")));
    const QString bad = lab.path(str("bad.jsonl"));
    test::writeFile(bad, lines.join(QLatin1Char('\n')).toUtf8() + '\n');

    SECTION("into a fresh store: no store is left behind")
    {
        QTemporaryDir otherPc;
        const QString fresh = otherPc.filePath(str("store.sqlite"));
        const CliResult r =
                CliTestBed::runWith(fresh, {str("import"), str("--format"), str("jsonl"), bad});
        CHECK(r.exitCode == 1);
        CHECK(r.out.isEmpty());
        CHECK(r.errLines() == QStringList{str("annostraat-cli: ") + bad +
                                          str(":9: media[0]: \"size\" is missing")});
        CHECK_FALSE(QFileInfo::exists(fresh));
    }

    SECTION("into a store with work in it: nothing changes")
    {
        QTemporaryDir otherPc;
        const QString existing = otherPc.filePath(str("store.sqlite"));
        requireOk(CliTestBed::runWith(existing, {str("profile"), str("add"), str("Dirk"),
                                                 str("--role"), str("teamlead")}));
        const QString before = test::dumpEntities(existing);
        const CliResult r =
                CliTestBed::runWith(existing, {str("import"), bad, str("--format"), str("jsonl")});
        CHECK(r.exitCode == 1);
        REQUIRE(r.errLines().size() == 1);
        CHECK(r.errLines().first().startsWith(str("annostraat-cli: ") + bad + str(":9: ")));
        CHECK(test::dumpEntities(existing) == before);
        CHECK(QFileInfo::exists(existing));
    }

    SECTION("the command line is wrong: exit 2")
    {
        const CliResult unknown =
                CliTestBed::runWith(store, {str("import"), dump, str("--format"), str("geojson")});
        CHECK(unknown.exitCode == 2);
        CHECK(unknown.err.contains(
                str("formats that can: brat, coco, conll, csv-timecodes, cvat-images, doccano, eaf, "
                    "edl, jsonl, labelme, labelstudio-images, labelstudio-text, locator-sheet, srt, "
                    "voc, webvtt, yolo")));
        const CliResult noImport = CliTestBed::runWith(
                store, {str("import"), dump, str("--format"), str("csv-answers")});
        CHECK(noImport.exitCode == 2);
        const CliResult noFormat =
                CliTestBed::runWith(store, {str("export"), lab.task.id, str("--out"), dump});
        CHECK(noFormat.exitCode == 2);
        CHECK(noFormat.err.contains(str("--format")));
    }
}

TEST_CASE("cli formats: a YOLO dataset through the real executable: a new task from its images, "
          "out as COCO, back onto the task as another person's layer",
          "[cli][formats][yolo][coco]")
{
    CliTestBed bed;
    const QString obj = QStringLiteral(ANNOSTRAAT_FIXTURES) + str("/datumaro/yolo_strict/obj.data");
    REQUIRE(QFileInfo::exists(obj));
    const CliResult imported =
            bed.run({str("import"), obj, str("--format"), str("yolo"), str("--json")});
    requireOk(imported);
    const QJsonObject summary = imported.json();
    const QString taskId = summary.value(str("task")).toString();
    CHECK(summary.value(str("name")).toString() == str("yolo_strict"));
    CHECK(summary.value(str("counts")).toObject().value(str("item")).toInt() == 1);
    CHECK(summary.value(str("counts")).toObject().value(str("annotation")).toInt() == 2);

    // Out as COCO, beside a copy of the image.
    const QString out = bed.path(str("coco/instances_default.json"));
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    REQUIRE(QFile::copy(QFileInfo(obj).absolutePath() + str("/obj_train_data/1.jpg"),
                        bed.path(str("coco/1.jpg"))));
    requireOk(bed.run({str("export"), taskId, str("--format"), str("coco"), str("--out"), out}));
    const QJsonObject coco = QJsonDocument::fromJson(test::readFile(out)).object();
    CHECK(coco.value(str("categories")).toArray().size() == 10);
    const QJsonArray annotations = coco.value(str("annotations")).toArray();
    REQUIRE(annotations.size() == 2);
    CHECK(annotations[0].toObject().value(str("image_id")).toInt() == 1);

    // Back in, onto the same task, as Bram's layer; then only Bram's layer out.
    bed.runOk({str("profile"), str("add"), str("Bram"), str("--role"), str("annotator")});
    const CliResult onto = bed.run({str("import"), out, str("--format"), str("coco"), str("--task"),
                                    taskId, str("--annotator"), str("Bram"), str("--json")});
    requireOk(onto);
    CHECK(onto.json().value(str("task")).toString() == taskId);
    CHECK(onto.json().value(str("counts")).toObject().value(str("annotation")).toInt() == 2);
    const QString bram = bed.path(str("bram.zip"));
    requireOk(bed.run({str("export"), taskId, str("--format"), str("yolo"), str("--out"), bram,
                       str("--annotator"), str("Bram")}));
    CHECK(test::readFile(bram).startsWith("PK"));

    // A bad line: one line on stderr naming the file and line, exit 1, nothing imported.
    const QString bad = bed.path(str("bad"));
    test::copyFolder(QFileInfo(obj).absolutePath(), bad);
    test::writeFile(bad + str("/obj_train_data/1.txt"), "2 0.133333 0.300000 0.266667 0.200000\n"
                                                        "11 0.5 0.5 0.1 0.1\n");
    const QString before = test::dumpLiveState(bed.storePath());
    const CliResult refused =
            bed.run({str("import"), bad + str("/obj.data"), str("--format"), str("yolo")});
    CHECK(refused.exitCode == 1);
    CHECK(refused.errLines() ==
          QStringList{str("annostraat-cli: ") + bad +
                      str("/obj_train_data/1.txt:2: unknown class 11; the dataset names 10 classes "
                          "(0 to 9)")});
    CHECK(test::dumpLiveState(bed.storePath()) == before);
}

TEST_CASE("cli formats: brat's CoNLL-2002 Dutch documents through the real executable, out as "
          "doccano and CoNLL, back onto the task as other layers",
          "[cli][formats][text]")
{
    CliTestBed bed;
    const QString ann = QStringLiteral(ANNOSTRAAT_FIXTURES) +
            str("/brat-conll2002-ned/example-data/corpora/CoNLL-ST_2002/ned/ned.train-doc-27.ann");
    REQUIRE(QFileInfo::exists(ann));
    const CliResult imported = bed.run({str("import"), ann, str("--format"), str("brat"), str("--json")});
    requireOk(imported);
    const QString taskId = imported.json().value(str("task")).toString();
    CHECK(imported.json().value(str("counts")).toObject().value(str("item")).toInt() == 10);
    CHECK(imported.json().value(str("counts")).toObject().value(str("annotation")).toInt() == 276);

    for (const char *id : {"doccano", "conll"}) {
        const QString out = bed.path(str("ned.") + str(id));
        bed.runOk({str("profile"), str("add"), str("terug-") + str(id), str("--role"),
                   str("annotator")});
        requireOk(bed.run({str("export"), taskId, str("--format"), str(id), str("--out"), out}));
        const CliResult onto = bed.run({str("import"), out, str("--format"), str(id), str("--task"),
                                        taskId, str("--annotator"), str("terug-") + str(id),
                                        str("--json")});
        requireOk(onto);
        CHECK(onto.json().value(str("counts")).toObject().value(str("annotation")).toInt() == 276);
    }

    // A span past the end of its text: one line naming the file and line, nothing imported.
    const QString bad = bed.path(str("bad.jsonl"));
    test::writeFile(bad, "{\"text\": \"Zwolle\", \"label\": [[0, 7, \"LOC\"]]}\n");
    const QString before = test::dumpLiveState(bed.storePath());
    const CliResult refused = bed.run({str("import"), bad, str("--format"), str("doccano")});
    CHECK(refused.exitCode == 1);
    REQUIRE(refused.errLines().size() == 1);
    CHECK(refused.errLines().first().startsWith(str("annostraat-cli: ") + bad + str(":1: ")));
    CHECK(test::dumpLiveState(bed.storePath()) == before);
}

TEST_CASE("cli formats: import --dry-run says what would be written and writes nothing",
          "[cli][formats][dryrun]")
{
    CliTestBed bed;
    const QString ann = QStringLiteral(ANNOSTRAAT_FIXTURES) +
            str("/brat-conll2002-ned/example-data/corpora/CoNLL-ST_2002/ned/ned.train-doc-27.ann");

    // Into a store that does not exist yet: none is left behind.
    const CliResult dry = bed.run({str("import"), ann, str("--format"), str("brat"),
                                   str("--dry-run"), str("--json")});
    requireOk(dry);
    CHECK(dry.json().value(str("dryRun")).toBool());
    CHECK(dry.json().value(str("counts")).toObject().value(str("annotation")).toInt() == 276);
    CHECK_FALSE(QFileInfo::exists(bed.storePath()));
    CHECK_FALSE(QFileInfo::exists(bed.path(str("imported"))));

    // Into a store with work in it: the same counts in words, and the store unchanged.
    requireOk(bed.run({str("import"), ann, str("--format"), str("brat")}));
    const QString before = test::dumpLiveState(bed.storePath());
    const CliResult words = bed.run({str("import"), ann, str("--format"), str("brat"),
                                     str("--dry-run")});
    requireOk(words);
    const QStringList lines = words.outLines();
    REQUIRE(lines.size() >= 3);
    CHECK(lines.contains(str("  10 items")));
    CHECK(lines.contains(str("  276 annotations")));
    CHECK(test::dumpLiveState(bed.storePath()) == before);
    // The real import's texts are there; the dry run's are not.
    CHECK(QDir(bed.path(str("imported"))).entryList(QDir::Dirs | QDir::NoDotAndDotDot).size() == 1);
}
