// SPDX-License-Identifier: GPL-3.0-or-later
// CSV with timecodes (issue 10, point 8): a row per marker or segment, frames and SMPTE labels
// both; export → import gives the same frames at 29.97 drop-frame and 25; timecodes alone are
// enough; bad rows refused whole with the file and line named and the store unchanged.

#include "formats/timecodecsv.h"
#include "videolab.h"

#include <QFileInfo>

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

const QList<VideoLab::Video> kParts{{str("ep1.mp4"), 30000, 1001, str("00:59:59;00")},
                                    {str("ep2.mov"), 25, 1, str("10:00:00:00")}};

/// Two videos: ep1 at 29.97 starting 00:59:59;00 (its labels cross the hour's minute), ep2 at
/// 25 from 10:00:00:00; markers and segments in two layers, one with attributes.
struct PartsLab : VideoLab
{
    PartsLab()
        : VideoLab(kParts)
    {
        auto b = store->addProfile(str("bram"), Role::Annotator);
        REQUIRE(b.ok());
        bram = b->id;
        add(0, str("recap"), 0, 60);
        add(0, str("opening"), 59, 1799); // crosses into the hour: 01:00:00;29 … 01:00:58;29
        add(0, str("music"), 1000, 107892, {},
            {{str("background"), true}, {str("note"), str("Bach, \"Air\"")}});
        add(0, str("ad-break"), 17982, -1);
        add(0, str("recap"), 1, 61, bram);
        add(1, str("main"), 0, 45000);
        add(1, str("note"), 24, -1, bram);
    }
    QString bram;
};

/// The same task, empty, to import into (bram is not in it: the import makes him).
struct Copy : VideoLab
{
    Copy()
        : VideoLab(kParts)
    {}
};

ImportOptions into(const VideoLab &lab)
{
    return ImportOptions{lab.task.id, lab.lead};
}

} // namespace

TEST_CASE("csv-timecodes: a row per marker and segment, frames and SMPTE labels",
          "[formats][video]")
{
    PartsLab lab;
    const QString out = lab.path(str("parts.csv"));
    auto written = exportToFile(videoFormat("csv-timecodes"), *lab.store, lab.task.id, out,
                                ExistingFile::Refuse);
    INFO((written.ok() ? QString() : written.error().message()).toStdString());
    REQUIRE(written.ok());
    CHECK(written->counts.value(str("row")) == 7);
    const QStringList lines =
            QString::fromUtf8(readAll(out)).split(str("\r\n"), Qt::SkipEmptyParts);
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    REQUIRE(lines.size() == 8);
    CHECK(lines.at(0) ==
          str("item,layer,label,kind,start_tc,end_tc,start_frame,end_frame,background,note"));
    CHECK(lines.contains(str("ep1.mp4,anna,opening,segment,01:00:00;29,01:00:58;29,59,1799,,")));
    CHECK(lines.contains(str("ep1.mp4,anna,music,segment,01:00:32;10,01:59:59;00,1000,107892,true,"
                             "\"Bach, \"\"Air\"\"\"")));
    // 17982 frames are ten drop-frame minutes exactly.
    CHECK(lines.contains(str("ep1.mp4,anna,ad-break,marker,01:09:59;00,,17982,,,")));
    CHECK(lines.contains(str("ep2.mov,anna,main,segment,10:00:00:00,10:30:00:00,0,45000,,")));
    CHECK(lines.contains(str("ep2.mov,bram,note,marker,10:00:00:24,,24,,,")));
}

TEST_CASE("csv-timecodes: export then import gives the same frames, from frames or timecodes",
          "[formats][video][roundtrip]")
{
    PartsLab lab;
    const QString out = lab.path(str("parts.csv"));
    REQUIRE(exportToFile(videoFormat("csv-timecodes"), *lab.store, lab.task.id, out,
                         ExistingFile::Refuse)
                    .ok());
    const QStringList expected = markLines(*lab.store, lab.task.id);

    Copy copy;
    auto imported = importFromFile(videoFormat("csv-timecodes"), *copy.store, out, into(copy));
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->counts.value(str("annotation")) == 7);
    CHECK(markLines(*copy.store, copy.task.id) == expected);

    // Without the frame cells the timecodes alone give the same frames (drop-frame at 29.97).
    QStringList rows = QString::fromUtf8(readAll(out)).split(str("\r\n"), Qt::SkipEmptyParts);
    QString tcOnly = rows.takeFirst() + str("\n");
    for (const QString &row : std::as_const(rows)) {
        auto records = parseCsv(row, str("x"));
        REQUIRE(records.ok());
        QStringList cells = records->first().cells;
        cells[6].clear();
        cells[7].clear();
        for (QString &c : cells)
            if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')))
                c = str("\"") + QString(c).replace(str("\""), str("\"\"")) + str("\"");
        tcOnly += cells.join(QLatin1Char(',')) + str("\n");
    }
    const QString tcPath = copy.path(str("tc-only.csv"));
    writeAll(tcPath, tcOnly.toUtf8());
    Copy again;
    auto fromTc = importFromFile(videoFormat("csv-timecodes"), *again.store, tcPath, into(again));
    INFO((fromTc.ok() ? QString() : fromTc.error().message()).toStdString());
    REQUIRE(fromTc.ok());
    CHECK(markLines(*again.store, again.task.id) == expected);
}

TEST_CASE("csv-timecodes: bad rows are refused whole, naming the file and line",
          "[formats][video][errors]")
{
    Copy lab;
    const QString head = str("item,layer,label,kind,start_tc,end_tc,start_frame,end_frame\n"
                             "ep1.mp4,anna,recap,segment,,,0,60\n");
    const struct
    {
        const char *row;
        const char *says;
    } cases[] = {
            {"ep1.mp4,anna,recap,segment,,,90,60", "empty or reversed"},
            {"ep1.mp4,anna,recap,segment,,,-5,60", "negative"},
            {"ep1.mp4,anna,recap,segment,00:59:58;00,01:00:00;02,,", "before"},
            {"ep1.mp4,anna,recap,segment,01:01:00;00,01:01:01;00,,", "drop-frame"},
            {"ep1.mp4,anna,trailer,segment,,,0,60", "trailer"},
            {"ep1.mp4,anna,ad-break,segment,,,0,60", "ad-break"},
            {"ep1.mp4,anna,recap,box,,,0,60", "box"},
            {"ep9.mp4,anna,recap,segment,,,0,60", "ep9.mp4"},
            {"ep1.mp4,anna,recap,segment,,,0", "cells"},
            {"ep1.mp4,anna,recap,segment,,,x,60", "whole number"},
            {"ep1.mp4,anna,recap,segment,,,,", "neither"},
    };
    for (const auto &c : cases) {
        const QString path = lab.path(str("bad.csv"));
        writeAll(path, (head + str(c.row) + str("\n")).toUtf8());
        INFO(c.row);
        const QString message =
                refusedVideo(videoFormat("csv-timecodes"), *lab.store, path, path, 3, into(lab));
        CHECK(message.contains(str(c.says)));
    }
    const QString notCsv = lab.path(str("other.csv"));
    writeAll(notCsv, "id,name\n1,x\n");
    CHECK(refusedVideo(videoFormat("csv-timecodes"), *lab.store, notCsv, notCsv, 1, into(lab))
                  .contains(str("not a CSV with timecodes")));
    // Past the end of a video whose frame count the item facts have (a segment's end is
    // exclusive, so it may equal the count; a marker must be before it).
    {
        VideoLab sized({kParts.first()}, {}, 1800);
        const QString past = sized.path(str("past.csv"));
        writeAll(past,
                 "item,layer,label,kind,start_tc,end_tc,start_frame,end_frame\n"
                 "ep1.mp4,anna,recap,segment,,,0,1800\nep1.mp4,anna,recap,segment,,,0,1801\n");
        CHECK(refusedVideo(videoFormat("csv-timecodes"), *sized.store, past, past, 3, into(sized))
                      .contains(str("past the end")));
        writeAll(past, "item,layer,label,kind,start_tc,end_tc,start_frame,end_frame\n"
                       "ep1.mp4,anna,ad-break,marker,,,1800,\n");
        refusedVideo(videoFormat("csv-timecodes"), *sized.store, past, past, 2, into(sized));
        writeAll(past, "item,layer,label,kind,start_tc,end_tc,start_frame,end_frame\n"
                       "ep1.mp4,anna,ad-break,marker,,,1799,\n");
        CHECK(importFromFile(videoFormat("csv-timecodes"), *sized.store, past, into(sized)).ok());
    }
    // With one video too, an item column naming another is refused, not put on that one.
    VideoLab one({kParts.first()});
    const QString other = one.path(str("other-item.csv"));
    writeAll(other, "item,layer,label,kind,start_tc,end_tc,start_frame,end_frame\n"
                    "ep1.mp4,anna,recap,segment,,,0,60\nep9.mp4,anna,recap,segment,,,0,60\n");
    CHECK(refusedVideo(videoFormat("csv-timecodes"), *one.store, other, other, 3, into(one))
                  .contains(str("ep9.mp4")));
    const QString open = lab.path(str("open.csv"));
    writeAll(open, (head + str("ep1.mp4,anna,\"recap,segment,,,0,60\n")).toUtf8());
    refusedVideo(videoFormat("csv-timecodes"), *lab.store, open, open, 3, into(lab));
}
