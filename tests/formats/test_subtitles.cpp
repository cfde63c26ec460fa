// SPDX-License-Identifier: GPL-3.0-or-later
// WebVTT and SRT (issue 10, point 8): webvtt-py's own cases (BOM, identifiers, NOTE, STYLE,
// headers, malformed timings, missing text) with the counts its tests expect; the W3C's
// timing files against their expected cues; export → import gives the same frames at 29.97;
// bad cues skipped and counted, files that are not subtitles refused with their name.

#include "formats/subtitles.h"
#include "formats/textdataset.h"
#include "imagetestutil.h"
#include "videolab.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QString subtitle(const char *name)
{
    return fixture(str("webvtt-py/tests/subtitles/") + str(name));
}

Result<SubtitleFile> parsed(const QString &path)
{
    const auto text = decodeUtf8(readAll(path), path);
    REQUIRE(text.ok());
    return path.endsWith(str(".srt")) ? parseSrt(*text, path) : parseWebVtt(*text, path);
}

SubtitleFile parsedOk(const char *name)
{
    auto r = parsed(subtitle(name));
    INFO((r.ok() ? QString() : r.error().message()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

QStringList captionLabels(int n)
{
    QStringList labels;
    for (int i = 1; i <= n; ++i)
        labels << str("Caption text #%1").arg(i);
    return labels;
}

} // namespace

TEST_CASE("subtitles: webvtt-py's files give the cues its tests expect", "[formats][video]")
{
    const SubtitleFile sample = parsedOk("sample.vtt");
    REQUIRE(sample.cues.size() == 16);
    CHECK(sample.cues.at(2).startMs == 11890);
    CHECK(sample.cues.at(2).endMs == 16320);
    CHECK(sample.cues.at(2).text == str("Caption text #3"));
    // webvtt-py's total length counts whole seconds: 00:01:04 − 00:00:00.
    CHECK(sample.cues.last().endMs / 1000 - sample.cues.first().startMs / 1000 == 64);
    CHECK(sample.badLines.isEmpty());

    const SubtitleFile ids = parsedOk("using_identifiers.vtt");
    REQUIRE(ids.cues.size() == 6);
    CHECK(ids.cues.at(1).id == str("second caption"));
    CHECK(ids.cues.at(2).id.isEmpty());
    CHECK(ids.cues.at(3).id == str("4"));

    CHECK(parsedOk("comments.vtt").cues.size() == 3);
    CHECK(parsedOk("captions_with_bom.vtt").cues.size() == 4);
    CHECK(parsedOk("metadata_headers.vtt").cues.size() == 2);
    CHECK(parsedOk("metadata_headers_multiline.vtt").cues.size() == 2);
    CHECK(parsedOk("missing_caption_text.vtt").cues.size() == 5);
    CHECK(parsedOk("missing_caption_text.vtt").cues.at(1).text.isEmpty());
    CHECK(parsedOk("styles.vtt").cues.size() == 1);
    CHECK(parsedOk("no_captions.vtt").cues.isEmpty());
    CHECK(parsedOk("cue_tags.vtt").cues.size() == 3);
    CHECK(parsedOk("youtube_dl.vtt").cues.size() == 4);
    CHECK(parsedOk("one_caption.vtt").cues.size() == 1);

    const SubtitleFile inText = parsedOk("invalid_timeframe_in_cue_text.vtt");
    REQUIRE(inText.cues.size() == 4);
    CHECK(inText.cues.at(1).text.isEmpty());
    CHECK(inText.cues.at(2).text == str("Caption text #2"));

    // webvtt-py raises on these; the W3C parser skips the bad cue; we skip it and say where.
    const SubtitleFile badTiming = parsedOk("invalid_timeframe.vtt");
    CHECK(badTiming.cues.size() == 6);
    CHECK(badTiming.badLines == QList<qint64>{6});
    const SubtitleFile noTiming = parsedOk("missing_timeframe.vtt");
    CHECK(noTiming.cues.size() == 6);
    CHECK(noTiming.badLines == QList<qint64>{6});

    for (const char *name : {"invalid.vtt", "empty.vtt"}) {
        auto r = parsed(subtitle(name));
        INFO(name);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().file() == subtitle(name));
        CHECK(r.error().line() == 1);
        CHECK(r.error().message().contains(str("not a WebVTT file")));
    }
}

TEST_CASE("subtitles: webvtt-py's SRT files, bad blocks skipped, non-SRT refused",
          "[formats][video]")
{
    CHECK(parsedOk("sample.srt").cues.size() == 5);
    CHECK(parsedOk("one_caption.srt").cues.size() == 1);
    CHECK(parsedOk("one_caption.srt").cues.first().startMs == 500);
    CHECK(parsedOk("one_caption.srt").cues.first().endMs == 7000);
    CHECK(parsedOk("missing_caption_text.srt").cues.size() == 5);
    const SubtitleFile badTiming = parsedOk("invalid_timeframe.srt");
    CHECK(badTiming.cues.size() == 4);
    CHECK(badTiming.badLines == QList<qint64>{5});
    const SubtitleFile noTiming = parsedOk("missing_timeframe.srt");
    CHECK(noTiming.cues.size() == 4);
    CHECK(noTiming.badLines == QList<qint64>{5});
    for (const char *name : {"invalid_format1.srt", "invalid_format2.srt", "invalid_format3.srt",
                             "invalid_format4.srt"}) {
        auto r = parsed(subtitle(name));
        INFO(name);
        REQUIRE_FALSE(r.ok());
        CHECK(r.error().file() == subtitle(name));
        CHECK(r.error().message().contains(str("not an SRT file")));
    }
}

TEST_CASE("subtitles: the W3C timing files give the cues wpt expects", "[formats][video]")
{
    const QJsonObject expected =
            QJsonDocument::fromJson(readAll(fixture(str("wpt-webvtt/expected.json")))).object();
    int files = 0;
    for (const char *name : {"timings-too-short.vtt", "timings-too-long.vtt",
                             "timings-negative.vtt", "timings-omitted-hours.vtt"}) {
        INFO(name);
        const QJsonArray cues = expected.value(str(name)).toObject().value(str("cues")).toArray();
        REQUIRE_FALSE(cues.isEmpty());
        auto r = parsed(
                fixture(str("wpt-webvtt/webvtt/parsing/file-parsing/tests/support/") + str(name)));
        REQUIRE(r.ok());
        REQUIRE(r->cues.size() == cues.size());
        for (qsizetype i = 0; i < cues.size(); ++i) {
            const QJsonObject cue = cues.at(i).toObject();
            CHECK(r->cues.at(i).text == cue.value(str("text")).toString());
            CHECK(r->cues.at(i).startMs == qRound64(cue.value(str("start")).toDouble() * 1000));
            CHECK(r->cues.at(i).endMs == qRound64(cue.value(str("end")).toDouble() * 1000));
        }
        ++files;
    }
    CHECK(files == 4);
    CHECK(parseWebVttTimestamp(u"0:00:00.000") == 0);
    CHECK(parseWebVttTimestamp(u"123:04:05.006") == ((123 * 60 + 4) * 60 + 5) * 1000 + 6);
    CHECK(parseWebVttTimestamp(u"00:60.000") == -1);
    CHECK(parseWebVttTimestamp(u"00:00:00.000x") == -1);
}

TEST_CASE("subtitles: export then import gives the same frames at 29.97 and 25",
          "[formats][video][roundtrip]")
{
    const QList<VideoLab::Video> videos{{str("ep1.mp4"), 30000, 1001, str("01:00:00;00")}};
    for (const char *id : {"webvtt", "srt"}) {
        INFO(id);
        VideoLab lab(videos);
        // Frames whose times are not whole milliseconds, around drop-frame minutes, an hour.
        const QList<std::pair<qint64, qint64>> frames{
                {0, 1},       {1, 2},         {2, 3},           {29, 31},   {1798, 1800},
                {1800, 1801}, {17981, 17983}, {107891, 107893}, {3, 107892}};
        const QStringList labels{str("recap"), str("opening"), str("main"), str("credits")};
        int n = 0;
        for (const auto &[start, end] : frames)
            lab.add(0, labels.at(n++ % labels.size()), start, end);
        lab.add(0, str("ad-break"), 500, -1); // a marker: no place in a subtitle file
        lab.add(0, str("music"), 40, 80, {}, {{str("background"), true}});
        const QString out =
                lab.path(str("ep1.") + (str(id) == str("srt") ? str("srt") : str("vtt")));
        auto written =
                exportToFile(videoFormat(id), *lab.store, lab.task.id, out, ExistingFile::Refuse);
        INFO((written.ok() ? QString() : written.error().message()).toStdString());
        REQUIRE(written.ok());
        CHECK(written->counts.value(str("annotation")) == 10);
        CHECK(written->counts.value(str("marker-not-in-format")) == 1);
        CHECK(written->counts.value(str("attribute-skipped")) == 1);
        QStringList expected = markLines(*lab.store, lab.task.id, false);
        expected.removeIf([](const QString &l) { return l.contains(str(" marker ")); });
        for (QString &l : expected)
            l.replace(str("{\"background\":true}"), str("{}"));

        VideoLab copy(videos);
        auto imported = importFromFile(videoFormat(id), *copy.store, out,
                                       ImportOptions{copy.task.id, copy.lead});
        INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
        REQUIRE(imported.ok());
        CHECK(imported->counts.value(str("annotation")) == 10);
        CHECK(markLines(*copy.store, copy.task.id, false) == expected);
    }
    {
        // At 25 the times are whole; two videos make a ZIP of one file each.
        VideoLab lab({{str("a.mp4"), 25, 1, {}}, {str("b.mp4"), 25, 1, {}}});
        lab.add(0, str("recap"), 0, 25);
        lab.add(1, str("main"), 25, 50);
        const QString out = lab.path(str("both.zip"));
        REQUIRE(exportToFile(videoFormat("webvtt"), *lab.store, lab.task.id, out,
                             ExistingFile::Refuse)
                        .ok());
        const QMap<QString, QByteArray> entries = readZip(out);
        CHECK(entries.keys() == QStringList{str("a.vtt"), str("b.vtt")});
        CHECK(entries.value(str("a.vtt")) ==
              "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.000\nrecap\n\n");
        CHECK(entries.value(str("b.vtt")) ==
              "WEBVTT\n\n1\n00:00:01.000 --> 00:00:02.000\nmain\n\n");
    }
}

TEST_CASE("subtitles: webvtt-py's files import, bad cues skipped and counted", "[formats][video]")
{
    VideoLab lab({{str("clip.mp4"), 25, 1, {}}}, captionLabels(16));
    const ImportOptions into{lab.task.id, lab.lead};
    auto sample = importFromFile(videoFormat("webvtt"), *lab.store, subtitle("sample.vtt"), into);
    INFO((sample.ok() ? QString() : sample.error().message()).toStdString());
    REQUIRE(sample.ok());
    CHECK(sample->counts.value(str("annotation")) == 16);
    // 00:00:11.890 at 25 fps is frame 297 (11.88 s); 00:00:16.320 is frame 408.
    CHECK(markLines(*lab.store, lab.task.id, false)
                  .contains(str("clip.mp4 segment Caption text #3 297 408  {}")));

    auto skipped = importFromFile(videoFormat("webvtt"), *lab.store,
                                  subtitle("invalid_timeframe.vtt"), into);
    REQUIRE(skipped.ok());
    CHECK(skipped->counts.value(str("annotation")) == 6);
    CHECK(skipped->counts.value(str("cue-skipped")) == 1);
    auto empty = importFromFile(videoFormat("srt"), *lab.store,
                                subtitle("missing_caption_text.srt"), into);
    REQUIRE(empty.ok());
    CHECK(empty->counts.value(str("cue-without-text-skipped")) == 1);
    CHECK(empty->counts.value(str("annotation")) == 4);
    auto negative = importFromFile(
            videoFormat("webvtt"), *lab.store,
            fixture(str(
                    "wpt-webvtt/webvtt/parsing/file-parsing/tests/support/timings-negative.vtt")),
            into);
    // The W3C parser keeps cues that end before (or as) they start; they are no segments:
    // all four skipped and counted, nothing written.
    REQUIRE(negative.ok());
    CHECK(negative->counts.value(str("cue-reversed-skipped")) == 4);
    CHECK(negative->counts.value(str("annotation")) == 0);
}

TEST_CASE("subtitles: bad input refused whole, naming the file and line",
          "[formats][video][errors]")
{
    VideoLab lab({{str("clip.mp4"), 25, 1, {}}}, captionLabels(3));
    const ImportOptions into{lab.task.id, lab.lead};
    refusedVideo(videoFormat("webvtt"), *lab.store, subtitle("invalid.vtt"),
                 subtitle("invalid.vtt"), 1, into);
    refusedVideo(videoFormat("webvtt"), *lab.store, subtitle("empty.vtt"), subtitle("empty.vtt"), 1,
                 into);
    refusedVideo(videoFormat("srt"), *lab.store, subtitle("invalid_format3.srt"),
                 subtitle("invalid_format3.srt"), 1, into);
    // An unknown label, at its timing line; nothing of the file before it is kept.
    const QString unknown = lab.path(str("clip.vtt"));
    writeAll(unknown, "WEBVTT\n\n00:00.000 --> 00:01.000\nCaption text #1\n\n"
                      "00:01.000 --> 00:02.000\nTrailer\n");
    CHECK(refusedVideo(videoFormat("webvtt"), *lab.store, unknown, unknown, 6, into)
                  .contains(str("Trailer")));
    // Named after no video of a task of two.
    VideoLab two({{str("a.mp4"), 25, 1, {}}, {str("b.mp4"), 25, 1, {}}}, captionLabels(3));
    const QString other = two.path(str("c.vtt"));
    writeAll(other, "WEBVTT\n\n00:00.000 --> 00:01.000\nCaption text #1\n");
    CHECK(refusedVideo(videoFormat("webvtt"), *two.store, other, other, 0,
                       ImportOptions{two.task.id, two.lead})
                  .contains(str("no video")));
    // A video without a rate cannot take milliseconds.
    VideoLab noRate({{str("x.mp4"), 0, 1, {}}}, captionLabels(3));
    const QString x = noRate.path(str("x.vtt"));
    writeAll(x, "WEBVTT\n\n00:00.000 --> 00:01.000\nCaption text #1\n");
    CHECK(refusedVideo(videoFormat("webvtt"), *noRate.store, x, x, 3,
                       ImportOptions{noRate.task.id, noRate.lead})
                  .contains(str("frame rate")));
}
