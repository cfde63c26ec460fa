// SPDX-License-Identifier: GPL-3.0-or-later
// "video probe" and "video frame" through the real executable: what a team lead's script
// sees (exit codes, one line on stderr, the PNG holding exactly the frame asked for).
#include "clitestbed.h"
#include "videotestutil.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>

#include <catch2/catch.hpp>

using namespace annostraat::test;

namespace {

/// A 29.97 clip of 90 numbered frames with the drop-frame start timecode 00:00:59;28.
QString writeClip(const CliTestBed &bed)
{
    const QString path = bed.path(QStringLiteral("clip.mp4"));
    REQUIRE(makeNumberedVideo(path, 90,
                              {QStringLiteral("-c:v"), QStringLiteral("libx264"),
                               QStringLiteral("-preset"), QStringLiteral("veryfast"),
                               QStringLiteral("-g"), QStringLiteral("40"), QStringLiteral("-bf"),
                               QStringLiteral("2"), QStringLiteral("-pix_fmt"),
                               QStringLiteral("yuv420p"), QStringLiteral("-timecode"),
                               QStringLiteral("00:00:59;28")},
                              QStringLiteral("30000/1001"))
                    .isEmpty());
    return path;
}

} // namespace

TEST_CASE("cli video probe: frames, rate, duration, start timecode, keyframes, audio",
          "[cli][video]")
{
    CliTestBed bed;
    const QString clip = writeClip(bed);
    const CliResult text = bed.runRaw({QStringLiteral("video"), QStringLiteral("probe"), clip});
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("frames: 90")));
    CHECK(text.out.contains(QStringLiteral("frame rate: 29.97 (30000/1001)")));
    CHECK(text.out.contains(QStringLiteral("start timecode: 00:00:59;28")));

    const CliResult json = bed.runRaw(
            {QStringLiteral("video"), QStringLiteral("probe"), clip, QStringLiteral("--json")});
    REQUIRE(json.exitCode == 0);
    const QJsonObject o = json.json();
    CHECK(o.value(QStringLiteral("frames")).toInt() == 90);
    CHECK(o.value(QStringLiteral("frameRate")).toArray() == QJsonArray{30000, 1001});
    CHECK(o.value(QStringLiteral("durationMs")).toInt() == 3003);
    CHECK(o.value(QStringLiteral("startTimecode")).toString() == QStringLiteral("00:00:59;28"));
    CHECK(o.value(QStringLiteral("keyframeInterval")).toInt() <= 40);
    CHECK(o.value(QStringLiteral("audio")) == QJsonValue(false));
    CHECK(o.value(QStringLiteral("codec")).toString() == QStringLiteral("h264"));

    writeFile(bed.path(QStringLiteral("notes.mp4")), "not a video at all\n");
    const CliResult bad = bed.runRaw({QStringLiteral("video"), QStringLiteral("probe"),
                                      bed.path(QStringLiteral("notes.mp4"))});
    CHECK(bad.exitCode == 1);
    REQUIRE(bad.errLines().size() == 1);
    CHECK(bad.errLines().first().startsWith(QStringLiteral("annostraat-cli: ")));
    CHECK(bad.errLines().first().contains(QStringLiteral("notes.mp4")));
}

TEST_CASE("cli video frame: --frame and --timecode write exactly that frame", "[cli][video]")
{
    CliTestBed bed;
    const QString clip = writeClip(bed);
    const QString png = bed.path(QStringLiteral("f61.png"));
    const CliResult byFrame = bed.runRaw({QStringLiteral("video"), QStringLiteral("frame"), clip,
                                          QStringLiteral("--frame"), QStringLiteral("61"),
                                          QStringLiteral("--out"), png});
    REQUIRE(byFrame.exitCode == 0);
    CHECK(byFrame.outLines().first().endsWith(QStringLiteral("f61.png")));
    CHECK(frameNumberIn(QImage(png)) == 61);

    // 00:00:59;28 + 2 frames crosses the minute, where drop-frame skips ;00 and ;01.
    const QString tc = bed.path(QStringLiteral("tc.png"));
    const CliResult byTimecode = bed.runRaw(
            {QStringLiteral("video"), QStringLiteral("frame"), clip, QStringLiteral("--timecode"),
             QStringLiteral("00:01:00;02"), QStringLiteral("--out"), tc, QStringLiteral("--json")});
    REQUIRE(byTimecode.exitCode == 0);
    CHECK(byTimecode.json().value(QStringLiteral("frame")).toInt() == 2);
    CHECK(byTimecode.json().value(QStringLiteral("timecode")).toString() ==
          QStringLiteral("00:01:00;02"));
    CHECK(frameNumberIn(QImage(tc)) == 2);

    auto oneLine = [](const CliResult &r, int code, const QString &mentions) {
        INFO(r.err.toStdString());
        CHECK(r.exitCode == code);
        REQUIRE(r.errLines().size() == 1);
        CHECK(r.errLines().first().contains(mentions));
    };
    // Refusals: the file exists, outside the video, a skipped drop-frame label, neither or both.
    oneLine(bed.runRaw({QStringLiteral("video"), QStringLiteral("frame"), clip,
                        QStringLiteral("--frame"), QStringLiteral("1"), QStringLiteral("--out"),
                        png}),
            1, QStringLiteral("already exists"));
    oneLine(bed.runRaw({QStringLiteral("video"), QStringLiteral("frame"), clip,
                        QStringLiteral("--frame"), QStringLiteral("90"), QStringLiteral("--out"),
                        bed.path(QStringLiteral("x.png"))}),
            1, QStringLiteral("frame 90"));
    oneLine(bed.runRaw({QStringLiteral("video"), QStringLiteral("frame"), clip,
                        QStringLiteral("--timecode"), QStringLiteral("00:01:00;00"),
                        QStringLiteral("--out"), bed.path(QStringLiteral("x.png"))}),
            1, QStringLiteral("--timecode"));
    oneLine(bed.runRaw({QStringLiteral("video"), QStringLiteral("frame"), clip,
                        QStringLiteral("--out"), bed.path(QStringLiteral("x.png"))}),
            2, QStringLiteral("--frame N or --timecode TC"));
    oneLine(bed.runRaw({QStringLiteral("video"), QStringLiteral("frame"), clip,
                        QStringLiteral("--frame"), QStringLiteral("1"),
                        QStringLiteral("--timecode"), QStringLiteral("00:00:59;28"),
                        QStringLiteral("--out"), bed.path(QStringLiteral("x.png"))}),
            2, QStringLiteral("--frame N or --timecode TC"));
    CHECK_FALSE(QFile::exists(bed.path(QStringLiteral("x.png"))));
}
