// SPDX-License-Identifier: GPL-3.0-or-later
// CMX3600 EDL (issue 10, point 8): OpenTimelineIO's sample EDLs with the durations, clips and
// LOC markers its adapter's tests expect; drop-frame (FCM and ";"); export → import gives the
// same frames at 29.97; a line that is no event refused with its line, the store unchanged.

#include "formats/edl.h"
#include "formats/textdataset.h"
#include "imagetestutil.h"
#include "media/timecode.h"
#include "videolab.h"

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QString edlFixture(const char *name)
{
    return fixture(str("otio-cmx3600-adapter/tests/sample_data/") + str(name));
}

EdlFile parsedOk(const QString &path)
{
    const auto text = decodeUtf8(readAll(path), path);
    REQUIRE(text.ok());
    auto r = parseEdl(*text, path);
    INFO((r.ok() ? QString() : r.error().message()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

qint64 frame(const QString &label, FrameRate rate)
{
    auto f = Timecode::parse(label, rate);
    INFO(label.toStdString());
    REQUIRE(f.ok());
    return *f;
}

qint64 duration(const EdlEvent &e, FrameRate rate)
{
    return frame(e.recordOut, rate) - frame(e.recordIn, rate);
}

} // namespace

TEST_CASE("edl: OpenTimelineIO's sample EDLs give the clips and markers its tests expect",
          "[formats][video]")
{
    const FrameRate fps25{25, 1};
    const FrameRate fps24{24, 1};
    const EdlFile at25 = parsedOk(edlFixture("25fps.edl"));
    REQUIRE(at25.events.size() == 4);
    QList<qint64> durations;
    for (const EdlEvent &e : at25.events)
        durations << duration(e, fps25);
    CHECK(durations == QList<qint64>{161, 200, 86, 49});
    CHECK(at25.events.first().clipName == str("sq001_s001"));
    CHECK(at25.title == str("SQ0002_A2"));

    const EdlFile screening = parsedOk(edlFixture("screening_example.edl"));
    REQUIRE(screening.events.size() == 9);
    const EdlEvent &clip4 = screening.events.at(3);
    CHECK(clip4.clipName == str("ZZ100_504C (LAY1)"));
    CHECK(duration(clip4, fps24) == frame(str("00:00:04:19"), fps24));
    QList<EdlLocator> onClip4;
    for (const EdlLocator &l : screening.locators)
        if (l.event == 3)
            onClip4 << l;
    REQUIRE(onClip4.size() == 2);
    CHECK(onClip4.at(0).timecode == str("01:00:01:14"));
    CHECK(onClip4.at(0).colour == str("RED"));
    CHECK(onClip4.at(0).comment == str("ANIM FIX NEEDED"));
    CHECK(onClip4.at(1).timecode == str("01:00:02:14"));
    CHECK(onClip4.at(1).colour == str("PINK"));
    CHECK(screening.locators.size() == 3); // and a GREEN one without a comment on clip 7
    CHECK(screening.locators.at(2).event == 6);
    CHECK(screening.locators.at(2).comment.isEmpty());

    // gap_test: clip, gap 16, clip, gap 38, clip; clips 24 frames each (clip names without "*").
    const EdlFile gaps = parsedOk(edlFixture("gap_test.edl"));
    REQUIRE(gaps.events.size() == 3);
    for (const EdlEvent &e : gaps.events)
        CHECK(duration(e, fps24) == 24);
    CHECK(frame(gaps.events.at(1).recordIn, fps24) - frame(gaps.events.at(0).recordOut, fps24) ==
          16);
    CHECK(frame(gaps.events.at(2).recordIn, fps24) - frame(gaps.events.at(1).recordOut, fps24) ==
          38);
    CHECK(gaps.events.at(2).clipName == str("shot3"));

    for (const char *name : {"avid_example.edl", "nucoda_example.edl", "premiere_example.edl"}) {
        INFO(name);
        const EdlFile two = parsedOk(edlFixture(name));
        CHECK(two.events.size() == 2);
        CHECK_FALSE(two.events.first().clipName.isEmpty());
    }
    // Every other sample reads (transitions, wipes, audio, motion effects, no spaces).
    for (const char *name :
         {"dissolve_test.edl", "dissolve_test_2.edl", "dissolve_test_fail.edl",
          "transition_duration.edl", "wipe_test.edl", "multi_audio.edl", "no_spaces_test.edl",
          "timecode_mismatch.edl", "speed_effects_small.edl"}) {
        INFO(name);
        CHECK_FALSE(parsedOk(edlFixture(name)).events.isEmpty());
    }
    const EdlFile dissolve = parsedOk(edlFixture("dissolve_test.edl"));
    CHECK(dissolve.events.at(2).transition == str("D"));
    CHECK(dissolve.events.at(2).clipName == str("clip_B"));
}

TEST_CASE("edl: the screening example imports as segments and LOC markers", "[formats][video]")
{
    QStringList clips;
    for (const char *c : {"ZZ100_501 (LAY3)", "ZZ100_502A (LAY3)", "ZZ100_503A (LAY1)",
                          "ZZ100_504C (LAY1)", "ZZ100_504B (LAY1)", "ZZ100_507C (LAY2)",
                          "ZZ100_508 (LAY2)", "ZZ100_510 (LAY1)", "ZZ100_510B (LAY1)"})
        clips << str(c);
    VideoLab lab({{str("screening.mov"), 24, 1, str("00:59:50:00")}}, clips);
    // LOC markers: labels as their comment, else their colour.
    const QString path = lab.path(str("screening.edl"));
    QByteArray bytes = readAll(edlFixture("screening_example.edl"));
    bytes.replace("ANIM FIX NEEDED", "note");
    bytes.replace("GREEN\n", "GREEN ad-break\n");
    writeAll(path, bytes);
    auto imported = importFromFile(videoFormat("edl"), *lab.store, path,
                                   ImportOptions{lab.task.id, lab.lead});
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->counts.value(str("annotation")) == 12);
    // "colour" is no attribute of "note": left out and counted.
    CHECK(imported->counts.value(str("attribute-not-in-schema")) == 3);
    const QStringList lines = markLines(*lab.store, lab.task.id, false);
    // 00:59:58:00 − 00:59:50:00 = 192 frames; 4 s 19 f = 115 frames.
    CHECK(lines.contains(str("screening.mov segment ZZ100_504C (LAY1) 192 307  {}")));
    // 01:00:01:14 − 00:59:50:00 = 11 s 14 f = 278.
    CHECK(lines.contains(str("screening.mov marker note 278 -1  {}")));
    CHECK(lines.contains(str("screening.mov marker note 302 -1  {}")));
}

TEST_CASE("edl: export then import gives the same frames, drop-frame at 29.97",
          "[formats][video][roundtrip]")
{
    const QList<VideoLab::Video> videos{{str("ep1.mxf"), 30000, 1001, str("00:50:00;00")}};
    VideoLab lab(videos);
    lab.add(0, str("recap"), 0, 1799);
    lab.add(0, str("opening"), 1799, 3597); // across the dropped labels of 00:51:00 and 00:52:00
    lab.add(0, str("main"), 3597, 107892);
    lab.add(0, str("ad-break"), 1800, -1);
    lab.add(0, str("note"), 17982, -1);
    const QString out = lab.path(str("ep1.edl"));
    auto written =
            exportToFile(videoFormat("edl"), *lab.store, lab.task.id, out, ExistingFile::Refuse);
    INFO((written.ok() ? QString() : written.error().message()).toStdString());
    REQUIRE(written.ok());
    const QString text = QString::fromUtf8(readAll(out));
    INFO(text.toStdString());
    CHECK(text.startsWith(str("TITLE: Programma\nFCM: DROP FRAME\n\n")));
    // Minute 51 has 1798 labels (;00 and ;01 are left out): 1799 + 1798 frames end at ;29.
    CHECK(text.contains(str("002  AX       V     C        00:50:59;29 00:51:59;29 00:50:59;29 "
                            "00:51:59;29\n* FROM CLIP NAME:  opening\n")));
    // Frame 1800 is the first label of minute 51; the label colour #e377c2 is nearest PINK.
    CHECK(text.contains(str("* FROM CLIP NAME:  opening\n* LOC: 00:51:00;02 PINK ad-break\n")));
    CHECK(text.contains(str("* LOC: 01:00:00;00 ORANGE note\n")));

    VideoLab copy(videos);
    auto imported = importFromFile(videoFormat("edl"), *copy.store, out,
                                   ImportOptions{copy.task.id, copy.lead});
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    CHECK(markLines(*copy.store, copy.task.id, false) == markLines(*lab.store, lab.task.id, false));

    // The same labels written non-drop under "FCM: DROP FRAME" read as drop-frame.
    QString nonDrop = text;
    nonDrop.replace(QLatin1Char(';'), QLatin1Char(':'));
    const QString ndPath = copy.path(str("ep1-nd.edl"));
    writeAll(ndPath, nonDrop.toUtf8());
    VideoLab again(videos);
    REQUIRE(importFromFile(videoFormat("edl"), *again.store, ndPath,
                           ImportOptions{again.task.id, again.lead})
                    .ok());
    CHECK(markLines(*again.store, again.task.id, false) ==
          markLines(*lab.store, lab.task.id, false));
}

TEST_CASE("edl: bad input refused whole, naming the file and line", "[formats][video][errors]")
{
    VideoLab lab({{str("ep.mov"), 25, 1, str("01:00:00:00")}});
    const ImportOptions into{lab.task.id, lab.lead};
    const QByteArray head = "TITLE: t\nFCM: NON-DROP FRAME\n"
                            "001  AX V C 01:00:00:00 01:00:01:00 01:00:00:00 01:00:01:00\n"
                            "* FROM CLIP NAME: recap\n";
    const struct
    {
        const char *line;
        const char *says;
    } cases[] = {
            {"this is not an event", "not an EDL event"},
            {"002  AX V C 01:00:00:00 01:00:01:00 01:00:02:00 01:00:01:xx", "not a timecode"},
            {"002  AX V C 01:00:00:00 01:00:01:00 01:00:02:00 01:00:01:00\n* FROM CLIP NAME: main",
             "reversed"},
            {"002  AX V C 01:00:00:00 01:00:01:00 00:59:59:00 01:00:01:00\n* FROM CLIP NAME: main",
             "before"},
            {"002  AX V C 01:00:00:00 01:00:01:00 01:00:02:00 01:00:03:00\n* FROM CLIP NAME: "
             "trailer",
             "trailer"},
            {"002  AX V C 01:00:00:00 01:00:01:00 01:00:02:00 01:00:03;00\n* FROM CLIP NAME: main",
             "drop-frame"},
            {"* LOC: soon RED note", "LOC"},
            {"FCM: SOMETIMES", "FCM"},
    };
    for (const auto &c : cases) {
        INFO(c.line);
        const QString path = lab.path(str("ep.edl"));
        writeAll(path, head + c.line + "\n");
        CHECK(refusedVideo(videoFormat("edl"), *lab.store, path, path, 5, into)
                      .contains(str(c.says)));
    }
    const QString notEdl = lab.path(str("notes.edl"));
    writeAll(notEdl, "\n\n");
    refusedVideo(videoFormat("edl"), *lab.store, notEdl, notEdl, 1, into);
}
