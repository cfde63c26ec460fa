// SPDX-License-Identifier: GPL-3.0-or-later
// The broadcaster's locator sheet (issue 10): the lab's real sheet
// (fixtures/seed/program_locators.tsv) imports as locators in frames, empty rows as "skipped",
// and exports back to the same bytes (plus the end row the sheet leaves out); importing twice replaces rather than doubles; the task's
// start timecode (schema "video") moves the labels, never the frames; two people's locators get
// a layer column; bad sheets are refused whole with the file and line named.

#include "formats/locatorsheet.h"
#include "imagetestutil.h"
#include "videolab.h"

#include "model/kinds/locatorkind.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

/// The sheet's names in the sheet's order: the schema's order is the export's.
QJsonObject locatorSchema(const QString &startTimecode = {})
{
    QJsonObject fields{
            {str("locators"),
             QJsonObject{{str("names"),
                          QJsonArray{str("Trailer / Ident"), str("Recap"), str("Main program"),
                                     str("Opening credits"), str("Next episode"),
                                     str("End credits")}}}}};
    if (!startTimecode.isEmpty())
        fields.insert(str("video"), QJsonObject{{str("startTimecode"), startTimecode}});
    return fields;
}

/// One 30 fps video of 60 s (the sheet's frame 28 needs more than 25 fps), no start timecode.
struct SheetLab : VideoLab
{
    explicit SheetLab(const QString &startTimecode = {}, const QString &fileTimecode = {})
        : VideoLab({{str("episode.mp4"), 30, 1, fileTimecode}}, {}, 1800,
                   locatorSchema(startTimecode))
    {}

    /// Every live locator as "<layer> <name> <value JSON>", sorted.
    QStringList locators() const
    {
        QStringList lines;
        for (const Annotation &a : store->taskAnnotations(task.id))
            if (a.kind == AnnotationKind::Locator && !a.deleted) {
                const auto person = store->findProfile(a.author);
                lines << QStringLiteral("%1 %2 %3")
                                 .arg(person ? person->name : a.author, a.label,
                                      QString::fromUtf8(QJsonDocument(a.value).toJson(
                                              QJsonDocument::Compact)));
            }
        lines.sort();
        return lines;
    }

    void setLocator(const QString &name, const QJsonObject &value, const QString &who)
    {
        Annotation a;
        a.itemId = items.first().id;
        a.author = who;
        a.kind = AnnotationKind::Locator;
        a.label = name;
        a.value = value;
        auto added = store->addAnnotation(a);
        INFO((added.ok() ? QString() : added.error().message()).toStdString());
        REQUIRE(added.ok());
    }
};

QString sheetFixture()
{
    return fixture(str("seed/program_locators.tsv"));
}

const QStringList kFixtureLocators{
        str("lead End credits {\"skipped\":true}"),
        str("lead Main program {\"end\":1140,\"start\":1140}"),
        str("lead Next episode {\"skipped\":true}"),
        str("lead Opening credits {\"end\":1140,\"start\":88}"),
        str("lead Recap {\"skipped\":true}"),
        str("lead Trailer / Ident {\"end\":88,\"start\":0}"),
};

ImportOptions into(const VideoLab &lab)
{
    return ImportOptions{lab.task.id, lab.lead};
}

} // namespace

TEST_CASE("locator-sheet: the broadcaster's sheet imports as locators and exports to the same "
          "rows",
          "[formats][video][locators]")
{
    SheetLab lab;
    const Format &sheet = videoFormat("locator-sheet");
    const QString kSheet = sheetFixture();
    auto imported = importFromFile(sheet, *lab.store, kSheet, into(lab));
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->counts.value(str("annotation")) == 6);
    // 00:00:02:28 at 30 fps is frame 88; an empty start and end is a part that is not there.
    CHECK(lab.locators() == kFixtureLocators);

    const QString out = lab.path(str("episode.tsv"));
    auto exported = exportToFile(sheet, *lab.store, lab.task.id, out);
    INFO((exported.ok() ? QString() : exported.error().message()).toStdString());
    REQUIRE(exported.ok());
    CHECK(exported->counts.value(str("locator")) == 6);
    CHECK_FALSE(exported->counts.contains(str("locator-unset-written-empty")));
    // The lab's sheet stops after "End credits start"; the export writes every part's two rows.
    CHECK(readAll(out) == readAll(kSheet) + QByteArray("End credits\tend\t\n"));

    // A second import replaces each locator (same ids): nothing doubles.
    const qint64 before = lab.store->taskAnnotations(lab.task.id).size();
    auto again = importFromFile(sheet, *lab.store, kSheet, into(lab));
    REQUIRE(again.ok());
    CHECK(lab.store->taskAnnotations(lab.task.id).size() == before);
    CHECK(lab.locators() == kFixtureLocators);
}

TEST_CASE("locator-sheet: the task's start timecode moves the labels, not the frames",
          "[formats][video][locators]")
{
    // The file says 01:00:00:00; the task says the house start 10:00:00:00, and wins.
    SheetLab lab(str("10:00:00:00"), str("01:00:00:00"));
    lab.setLocator(str("Trailer / Ident"), {{str("start"), 0}, {str("end"), 88}}, lab.anna);
    lab.setLocator(str("Recap"), {{str("skipped"), true}}, lab.anna);
    lab.setLocator(str("Main program"), {{str("start"), 300}}, lab.anna); // end not set yet
    const QString out = lab.path(str("episode.tsv"));
    auto exported = exportToFile(videoFormat("locator-sheet"), *lab.store, lab.task.id, out);
    REQUIRE(exported.ok());
    const QStringList lines = QString::fromUtf8(readAll(out)).split(QLatin1Char('\n'));
    INFO(lines.join(QLatin1Char('|')).toStdString());
    REQUIRE(lines.size() == 14); // header, 12 rows, the empty string after the last line end
    CHECK(lines.at(1) == str("Trailer / Ident\tstart\t10:00:00:00"));
    CHECK(lines.at(2) == str("Trailer / Ident\tend\t10:00:02:28"));
    CHECK(lines.at(3) == str("Recap\tstart\t"));
    CHECK(lines.at(5) == str("Main program\tstart\t10:00:10:00"));
    CHECK(lines.at(6) == str("Main program\tend\t"));
    CHECK(lines.at(7) == str("Opening credits\tstart\t"));
    // Never set (three) and half set (Main program) are counted for the summary.
    CHECK(exported->counts.value(str("locator-unset-written-empty")) == 3);
    CHECK(exported->counts.value(str("locator-half-set")) == 1);

    // Read back into a task with the same house start: the same frames.
    SheetLab copy(str("10:00:00:00"));
    auto imported = importFromFile(videoFormat("locator-sheet"), *copy.store, out, into(copy));
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    const QStringList got = copy.locators();
    CHECK(got.contains(str("lead Trailer / Ident {\"end\":88,\"start\":0}")));
    CHECK(got.contains(str("lead Main program {\"start\":300}")));
    CHECK(got.contains(str("lead Opening credits {\"skipped\":true}")));

    // The same sheet in a task without a start timecode: 10:00:00:00 lies 10 h past the video's
    // first frame, beyond its 1800 frames, refused on the first row that says so.
    SheetLab plain;
    refusedVideo(videoFormat("locator-sheet"), *plain.store, out, out, 2, into(plain));
}

TEST_CASE("locator-sheet: labels typed with a colon read as the video's own timecodes",
          "[formats][video][locators]")
{
    // A 29.97 video without a start timecode is labelled drop-frame; a sheet typed by hand
    // writes ":" anyway. 00:01:00;02 is frame 1800 (two labels dropped at the minute), where
    // a non-drop count would give 1802.
    VideoLab lab({{str("news.mxf"), 30000, 1001, {}}}, {}, 3600, locatorSchema());
    const QString path = lab.path(str("news.tsv"));
    writeAll(path, "locator\tposition\ttimecode\nRecap\tstart\t00:01:00:02\n"
                   "Recap\tend\t00:02:00:00\n");
    // 00:02:00:00 does not exist in drop-frame (it would be 00:02:00;02): refused on its line.
    const QString message = refusedVideo(videoFormat("locator-sheet"), *lab.store, path, path, 3,
                                         into(lab));
    CHECK(message.contains(str("drop-frame")));

    writeAll(path, "locator\tposition\ttimecode\r\nRecap\tstart\t00:01:00:02\r\n"
                   "Recap\tend\t00:02:00:02\r\n");
    auto imported = importFromFile(videoFormat("locator-sheet"), *lab.store, path, into(lab));
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    Annotation recap;
    for (const Annotation &a : lab.store->taskAnnotations(lab.task.id))
        if (a.kind == AnnotationKind::Locator)
            recap = a;
    CHECK(LocatorKind::start(recap.value) == 1800);
    CHECK(LocatorKind::end(recap.value) == 3598);
}

TEST_CASE("locator-sheet: a drop-frame house start fits a 25 fps video, and edges may reach the "
          "last frame",
          "[formats][video][locators]")
{
    // The task's 10:00:00;00 at 25 fps counts as 10:00:00:00 (no drop-frame there).
    VideoLab lab({{str("promo.mp4"), 25, 1, {}}}, {}, 1500, locatorSchema(str("10:00:00;00")));
    const QString path = lab.path(str("promo.tsv"));
    // The end is the first frame after the part: 10:01:00:00 is frame 1500, the frame count.
    writeAll(path, "locator\tposition\ttimecode\nRecap\tstart\t10:00:00:00\n"
                   "Recap\tend\t10:01:00:00\n");
    auto imported = importFromFile(videoFormat("locator-sheet"), *lab.store, path, into(lab));
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    const QString out = lab.path(str("out.tsv"));
    REQUIRE(exportToFile(videoFormat("locator-sheet"), *lab.store, lab.task.id, out).ok());
    const QStringList lines = QString::fromUtf8(readAll(out)).split(QLatin1Char('\n'));
    REQUIRE(lines.size() > 4);
    CHECK(lines.at(3) == str("Recap\tstart\t10:00:00:00"));
    CHECK(lines.at(4) == str("Recap\tend\t10:01:00:00"));
}

TEST_CASE("locator-sheet: a video without a frame rate takes a sheet that needs none",
          "[formats][video][locators]")
{
    // Not probed yet: no rate, so no timecode can be read; a sheet of skipped parts needs none,
    // even though the task sets a start timecode.
    VideoLab lab({{str("raw.mov"), 0, 1, {}}}, {}, 0, locatorSchema(str("10:00:00:00")));
    const QString path = lab.path(str("raw.tsv"));
    writeAll(path, "locator\tposition\ttimecode\nRecap\tstart\t\nRecap\tend\t\n");
    auto imported = importFromFile(videoFormat("locator-sheet"), *lab.store, path, into(lab));
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->counts.value(str("annotation")) == 1);
    // A timecode there cannot be read: refused, naming the video and the line.
    writeAll(path, "locator\tposition\ttimecode\nRecap\tstart\t10:00:01:00\n");
    const QString message = refusedVideo(videoFormat("locator-sheet"), *lab.store, path, path, 2,
                                         into(lab));
    CHECK(message.contains(str("raw.mov")));
}

TEST_CASE("locator-sheet: two people's locators get a layer column and come back in their "
          "layers",
          "[formats][video][locators]")
{
    SheetLab lab;
    auto bram = lab.store->addProfile(str("bram"), Role::Annotator);
    REQUIRE(bram.ok());
    lab.setLocator(str("Recap"), {{str("start"), 10}, {str("end"), 40}}, lab.anna);
    lab.setLocator(str("Recap"), {{str("start"), 12}, {str("end"), 41}}, bram->id);
    const QString out = lab.path(str("episode.tsv"));
    REQUIRE(exportToFile(videoFormat("locator-sheet"), *lab.store, lab.task.id, out).ok());
    const QStringList lines = QString::fromUtf8(readAll(out)).split(QLatin1Char('\n'));
    REQUIRE(lines.size() == 1 + 2 * 12 + 1);
    CHECK(lines.at(0) == str("layer\tlocator\tposition\ttimecode"));
    CHECK(lines.contains(str("anna\tRecap\tstart\t00:00:00:10")));
    CHECK(lines.contains(str("bram\tRecap\tend\t00:00:01:11")));

    SheetLab copy;
    auto imported = importFromFile(videoFormat("locator-sheet"), *copy.store, out, into(copy));
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    const QStringList got = copy.locators();
    CHECK(got.contains(str("anna Recap {\"end\":40,\"start\":10}")));
    CHECK(got.contains(str("bram Recap {\"end\":41,\"start\":12}")));
    CHECK(got.size() == 12); // both people's six locators
}

TEST_CASE("locator-sheet: bad sheets are refused whole, naming the file and line",
          "[formats][video][locators]")
{
    SheetLab lab;
    const Format &sheet = videoFormat("locator-sheet");
    const auto refused = [&](const char *name, const QByteArray &text, qint64 line,
                             const char *words) {
        const QString path = lab.path(str(name));
        writeAll(path, text);
        const QString message = refusedVideo(sheet, *lab.store, path, path, line, into(lab));
        CHECK(message.contains(str(words)));
    };
    const QByteArray header = "locator\tposition\ttimecode\n";
    refused("unknown.tsv", header + "Trailer / Ident\tstart\t00:00:00:00\nWeather\tstart\t00:00:01:00\n",
            3, "Weather");
    refused("position.tsv", header + "Recap\tmiddle\t00:00:01:00\n", 2, "middle");
    refused("twice.tsv",
            header + "Recap\tstart\t00:00:01:00\nRecap\tend\t00:00:02:00\nRecap\tstart\t00:00:03:00\n",
            4, "line 2");
    refused("bad-timecode.tsv", header + "Recap\tstart\t00:00:01:00\nRecap\tend\t00:00:61:00\n", 3,
            "00:00:61:00");
    refused("past-end.tsv", header + "Recap\tstart\t00:00:01:00\nRecap\tend\t00:01:00:01\n", 3,
            "1800");
    refused("header.tsv", "name\tstart\tend\nRecap\t1\t2\n", 1, "name");
    refused("cells.tsv", header + "Recap\tstart\t00:00:01:00\textra\n", 2, "4");
    refused("empty.tsv", "", 1, "locator");
    CHECK(lab.locators().isEmpty());
}
