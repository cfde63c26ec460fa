// SPDX-License-Identifier: GPL-3.0-or-later
// Video decoding (core/media/video*.h): the frame returned after random seeks and steps in
// both directions is the one asked for, on test videos whose every frame shows its number
// (videotestutil.h), and torchcodec's files against their per-frame pts lists.
#include "videotestutil.h"

#include "media/timecode.h"
#include "media/videodecoder.h"
#include "media/videoindex.h"
#include "media/videosource.h"
#include "store/taskbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

namespace {

const QString kTorchcodec = QStringLiteral(ANNOSTRAAT_FIXTURES "/torchcodec/test/resources/");

/// A temporary folder for the videos of one test, which is also the index cache folder.
struct VideoFolder
{
    QTemporaryDir dir;
    VideoFolder() { VideoIndex::setCacheFolder(dir.filePath(QStringLiteral("cache"))); }
    ~VideoFolder() { VideoIndex::setCacheFolder({}); }
    QString file(const QString &name) const { return dir.filePath(name); }
};

std::shared_ptr<const VideoIndex> indexOf(const QString &path, int stream = -1)
{
    auto index = VideoIndex::build(path, {}, stream);
    INFO((index ? QString() : index.error().message()).toStdString());
    REQUIRE(index.ok());
    return *index;
}

/// Asks \a decoder for \a n and checks the picture shows n.
void checkFrame(VideoDecoder &decoder, qint64 n)
{
    auto image = decoder.frame(n);
    INFO("frame " << n << ": " << (image ? std::string() : image.error().message().toStdString()));
    REQUIRE(image.ok());
    CHECK(image->width() == decoder.index().info().width);
    CHECK(frameNumberIn(*image) == n);
}

/// Random seeks, then steps backwards and forwards, with and without the frame cache.
void checkSeeksAndSteps(const QString &path, qint64 expectedFrames)
{
    auto index = indexOf(path);
    REQUIRE(index->frameCount() == expectedFrames);
    for (const bool cached : {true, false}) {
        INFO("cache " << (cached ? "on" : "off"));
        auto opened = VideoDecoder::open(path, index);
        REQUIRE(opened.ok());
        VideoDecoder &decoder = **opened;
        decoder.setCacheEnabled(cached);
        QRandomGenerator random(1234);
        const qint64 count = index->frameCount();
        for (int i = 0; i < 25; ++i)
            checkFrame(decoder, random.bounded(count));
        checkFrame(decoder, count - 1);
        checkFrame(decoder, 0);
        const qint64 from = count * 2 / 3;
        for (qint64 n = from; n > from - 30 && n >= 0; --n)
            checkFrame(decoder, n);
        for (qint64 n = from - 30; n < from + 10 && n < count; ++n)
            checkFrame(decoder, std::max<qint64>(n, 0));
        for (qint64 n = count - 1; n > count - 8; --n)
            checkFrame(decoder, n);
        if (cached)
            CHECK(decoder.stats().cacheHits > 0);
    }
}

/// The pts of every frame listed in a torchcodec *.all_frames_info.json, in seconds.
std::vector<double> ptsList(const QString &json)
{
    QFile file(json);
    REQUIRE(file.open(QIODevice::ReadOnly));
    std::vector<double> out;
    for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).array())
        out.push_back(v.toObject().value(QStringLiteral("pts_time")).toString().toDouble());
    std::sort(out.begin(), out.end());
    return out;
}

double seconds(const VideoIndex &index, qint64 frame)
{
    return double(index.pts(frame)) * index.timeBaseNum() / index.timeBaseDen();
}

void checkAgainstPtsList(const VideoIndex &index, const std::vector<double> &expected)
{
    REQUIRE(index.frameCount() == qint64(expected.size()));
    for (size_t i = 0; i < expected.size(); ++i) {
        INFO("frame " << i);
        CHECK(seconds(index, qint64(i)) == Approx(expected[i]).margin(1e-5));
    }
}

/// The mean absolute difference per channel between two images of the same size.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    if (x.size() != y.size())
        return 255;
    qint64 sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const QRgb *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const QRgb *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col)
            sum += std::abs(qRed(p[col]) - qRed(q[col])) +
                   std::abs(qGreen(p[col]) - qGreen(q[col])) +
                   std::abs(qBlue(p[col]) - qBlue(q[col]));
    }
    return double(sum) / (3.0 * x.width() * x.height());
}

} // namespace

TEST_CASE("H.264 with a long GOP and B-frames: random seeks and steps give the frame asked for")
{
    VideoFolder folder;
    const QString path = folder.file(QStringLiteral("long-gop.mp4"));
    REQUIRE(makeNumberedVideo(
                    path, 300,
                    {QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                     QStringLiteral("veryfast"), QStringLiteral("-g"), QStringLiteral("250"),
                     QStringLiteral("-sc_threshold"), QStringLiteral("0"), QStringLiteral("-bf"),
                     QStringLiteral("3"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")})
                    .isEmpty());
    auto index = indexOf(path);
    CHECK(index->info().codecName == QStringLiteral("h264"));
    CHECK(index->info().rate == FrameRate{25, 1});
    CHECK(index->info().keyframeInterval == 250);
    CHECK(index->info().durationMs == 12000);
    CHECK(index->info().width == 320);
    CHECK(index->info().height == 240);
    CHECK_FALSE(index->info().hasAudio);
    checkSeeksAndSteps(path, 300);
}

TEST_CASE("H.264 with open GOPs: random seeks and steps give the frame asked for")
{
    VideoFolder folder;
    const QString path = folder.file(QStringLiteral("open-gop.mp4"));
    REQUIRE(makeNumberedVideo(path, 300,
                              {QStringLiteral("-c:v"), QStringLiteral("libx264"),
                               QStringLiteral("-preset"), QStringLiteral("veryfast"),
                               QStringLiteral("-bf"), QStringLiteral("3"),
                               QStringLiteral("-x264-params"),
                               QStringLiteral("open-gop=1:keyint=48:min-keyint=48:scenecut=0"),
                               QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")})
                    .isEmpty());
    checkSeeksAndSteps(path, 300);
}

TEST_CASE("A video that starts at 10 s: frame 0 is its first frame")
{
    VideoFolder folder;
    const QString path = folder.file(QStringLiteral("offset.mp4"));
    REQUIRE(makeNumberedVideo(path, 200,
                              {QStringLiteral("-c:v"), QStringLiteral("libx264"),
                               QStringLiteral("-preset"), QStringLiteral("veryfast"),
                               QStringLiteral("-g"), QStringLiteral("50"), QStringLiteral("-bf"),
                               QStringLiteral("2"), QStringLiteral("-pix_fmt"),
                               QStringLiteral("yuv420p"), QStringLiteral("-output_ts_offset"),
                               QStringLiteral("10")})
                    .isEmpty());
    auto index = indexOf(path);
    CHECK(seconds(*index, 0) == Approx(10.0).margin(0.1));
    checkSeeksAndSteps(path, 200);
}

TEST_CASE("MPEG-2 in MPEG-TS: random seeks and steps give the frame asked for")
{
    VideoFolder folder;
    const QString path = folder.file(QStringLiteral("mpeg2.ts"));
    REQUIRE(makeNumberedVideo(path, 250,
                              {QStringLiteral("-c:v"), QStringLiteral("mpeg2video"),
                               QStringLiteral("-q:v"), QStringLiteral("3"), QStringLiteral("-g"),
                               QStringLiteral("15"), QStringLiteral("-bf"), QStringLiteral("2"),
                               QStringLiteral("-f"), QStringLiteral("mpegts")})
                    .isEmpty());
    auto index = indexOf(path);
    CHECK(index->info().codecName == QStringLiteral("mpeg2video"));
    checkSeeksAndSteps(path, 250);
}

TEST_CASE("A variable frame rate: frames are counted, not computed from the rate")
{
    VideoFolder folder;
    const QString path = folder.file(QStringLiteral("vfr.mp4"));
    // Frame n shows at n × 40 ms + (n mod 3) × 10 ms: steps of 50, 50 and 20 ms.
    REQUIRE(makeNumberedVideo(path, 240,
                              {QStringLiteral("-vf"),
                               QStringLiteral("settb=1/1000,setpts=(N*0.04+0.01*mod(N\\,3))/TB"),
                               QStringLiteral("-fps_mode"), QStringLiteral("vfr"),
                               QStringLiteral("-enc_time_base"), QStringLiteral("1:1000"),
                               QStringLiteral("-c:v"), QStringLiteral("libx264"),
                               QStringLiteral("-preset"), QStringLiteral("veryfast"),
                               QStringLiteral("-g"), QStringLiteral("60"), QStringLiteral("-bf"),
                               QStringLiteral("2"), QStringLiteral("-pix_fmt"),
                               QStringLiteral("yuv420p"), QStringLiteral("-video_track_timescale"),
                               QStringLiteral("1000")})
                    .isEmpty());
    auto index = indexOf(path);
    REQUIRE(index->frameCount() == 240);
    for (qint64 n : {0, 1, 2, 3, 100, 239}) {
        INFO("frame " << n);
        CHECK(seconds(*index, n) - seconds(*index, 0) ==
              Approx(n * 0.04 + 0.01 * (n % 3)).margin(1e-3));
    }
    checkSeeksAndSteps(path, 240);
}

TEST_CASE("29.97 with a drop-frame start timecode: probe reads it and labels cross the minute")
{
    VideoFolder folder;
    const QString path = folder.file(QStringLiteral("ntsc.mp4"));
    REQUIRE(makeNumberedVideo(path, 120,
                              {QStringLiteral("-c:v"), QStringLiteral("libx264"),
                               QStringLiteral("-preset"), QStringLiteral("veryfast"),
                               QStringLiteral("-g"), QStringLiteral("30"), QStringLiteral("-bf"),
                               QStringLiteral("2"), QStringLiteral("-pix_fmt"),
                               QStringLiteral("yuv420p"), QStringLiteral("-timecode"),
                               QStringLiteral("00:00:59;28")},
                              QStringLiteral("30000/1001"))
                    .isEmpty());
    auto info = probeVideo(path);
    REQUIRE(info.ok());
    CHECK(info->frameCount == 120);
    CHECK(info->rate == FrameRate{30000, 1001});
    CHECK(info->startTimecode == QStringLiteral("00:00:59;28"));
    auto start = Timecode::startFrameOf(info->startTimecode, info->rate);
    REQUIRE(start.ok());
    CHECK(Timecode::label(1, info->rate, true, *start) == QStringLiteral("00:00:59;29"));
    CHECK(Timecode::label(2, info->rate, true, *start) == QStringLiteral("00:01:00;02"));
    auto frame = Timecode::parse(QStringLiteral("00:01:00;05"), info->rate, *start);
    REQUIRE(frame.ok());
    CHECK(*frame == 5);

    const MediaFacts facts = mediaFactsOf(path, MediaKind::Video);
    CHECK(facts.frameCount == 120);
    CHECK(facts.frameRateNumerator == 30000);
    CHECK(facts.frameRateDenominator == 1001);
    CHECK(facts.startTimecode == QStringLiteral("00:00:59;28"));
    CHECK(facts.width == 320);
    CHECK(facts.durationMs == 4004);
    checkSeeksAndSteps(path, 120);
}

TEST_CASE("torchcodec: nasa_13013.mp4 stream 3 and stream 0 match their per-frame pts lists")
{
    VideoFolder folder;
    const QString path = kTorchcodec + QStringLiteral("nasa_13013.mp4");
    auto stream3 = indexOf(path, 3);
    checkAgainstPtsList(*stream3, ptsList(path + QStringLiteral(".stream3.all_frames_info.json")));
    CHECK(stream3->info().rate == FrameRate{30000, 1001});
    CHECK(stream3->info().width == 480);
    CHECK(stream3->info().hasAudio);
    auto stream0 = indexOf(path, 0);
    checkAgainstPtsList(*stream0, ptsList(path + QStringLiteral(".stream0.all_frames_info.json")));

    // The pictures are FFmpeg's own: compare with the ffmpeg program's decode of the frame.
    auto opened = VideoDecoder::open(path, stream3);
    REQUIRE(opened.ok());
    for (qint64 n : {200, 0, 389, 101, 100}) {
        INFO("frame " << n);
        const QString png = folder.file(QStringLiteral("ref-%1.png").arg(n));
        REQUIRE(runFfmpeg({QStringLiteral("-i"), path, QStringLiteral("-map"),
                           QStringLiteral("0:3"), QStringLiteral("-vf"),
                           QStringLiteral("select=eq(n\\,%1)").arg(n), QStringLiteral("-frames:v"),
                           QStringLiteral("1"), png})
                        .isEmpty());
        auto image = (*opened)->frame(n);
        REQUIRE(image.ok());
        CHECK(meanDifference(*image, QImage(png)) < 3.0);
    }
}

TEST_CASE("torchcodec: a non-zero start and an edit list that discards the first keyframe's GOP")
{
    VideoFolder folder;
    const QString nonZero = kTorchcodec + QStringLiteral("test_non_zero_start.mp4");
    auto index = indexOf(nonZero);
    checkAgainstPtsList(*index, ptsList(nonZero + QStringLiteral(".stream0.all_frames_info.json")));
    CHECK(seconds(*index, 0) == Approx(8.333008).margin(1e-5));

    const QString discard = kTorchcodec + QStringLiteral("discard_first_keyframe.mp4");
    auto cut = indexOf(discard);
    CHECK(seconds(*cut, 0) == Approx(0.0).margin(1e-6));
    CHECK(cut->info().durationMs > 0);
    auto opened = VideoDecoder::open(discard, cut);
    REQUIRE(opened.ok());
    for (qint64 n : {0LL, cut->frameCount() - 1, 1LL, 0LL})
        CHECK((*opened)->frame(n).ok());
}

TEST_CASE("Files that are no video give a message naming the file and the problem")
{
    VideoFolder folder;
    const QString text = folder.file(QStringLiteral("notes.mp4"));
    {
        QFile f(text);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("this is not a video, only some text that happens to end in .mp4\n");
    }
    auto notVideo = probeVideo(text);
    REQUIRE_FALSE(notVideo.ok());
    CHECK(notVideo.error().message().contains(QStringLiteral("notes.mp4")));
    CHECK(notVideo.error().message().contains(QStringLiteral("not a video")));

    const QString whole = folder.file(QStringLiteral("whole.mp4"));
    REQUIRE(makeNumberedVideo(whole, 100,
                              {QStringLiteral("-c:v"), QStringLiteral("libx264"),
                               QStringLiteral("-preset"), QStringLiteral("veryfast"),
                               QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")})
                    .isEmpty());
    const QString cut = folder.file(QStringLiteral("cut.mp4"));
    {
        QFile in(whole);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QFile out(cut);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
    }
    auto truncated = probeVideo(cut);
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().message().contains(QStringLiteral("cut.mp4")));
    CHECK(truncated.error().message().contains(QStringLiteral("moov atom not found")));

    // Moved to the front (faststart), the same cut leaves a readable first half.
    const QString fast = folder.file(QStringLiteral("fast.mp4"));
    REQUIRE(runFfmpeg({QStringLiteral("-i"), whole, QStringLiteral("-c"), QStringLiteral("copy"),
                       QStringLiteral("-movflags"), QStringLiteral("+faststart"), fast})
                    .isEmpty());
    const QString fastCut = folder.file(QStringLiteral("fast-cut.mp4"));
    {
        QFile in(fast);
        REQUIRE(in.open(QIODevice::ReadOnly));
        QFile out(fastCut);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(in.read(in.size() / 2));
    }
    auto half = VideoIndex::build(fastCut);
    if (half) {
        CHECK((*half)->frameCount() < 100);
        auto opened = VideoDecoder::open(fastCut, *half);
        REQUIRE(opened.ok());
        for (qint64 n = (*half)->frameCount() - 1; n >= 0; n -= 7) {
            auto image = (*opened)->frame(n);
            if (image)
                CHECK(frameNumberIn(*image) == n);
            else
                CHECK(image.error().message().contains(QStringLiteral("fast-cut.mp4")));
        }
    } else {
        CHECK(half.error().message().contains(QStringLiteral("fast-cut.mp4")));
    }

    const QString audio = folder.file(QStringLiteral("tone.m4a"));
    REQUIRE(runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                       QStringLiteral("sine=frequency=440:duration=1"), audio})
                    .isEmpty());
    auto audioOnly = probeVideo(audio);
    REQUIRE_FALSE(audioOnly.ok());
    CHECK(audioOnly.error().message().contains(QStringLiteral("tone.m4a")));
    CHECK(audioOnly.error().message().contains(QStringLiteral("no video stream")));

    auto missing = probeVideo(folder.file(QStringLiteral("gone.mp4")));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().isAccess());

    auto index = indexOf(whole);
    auto opened = VideoDecoder::open(whole, index);
    REQUIRE(opened.ok());
    auto outside = (*opened)->frame(100);
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().message().contains(QStringLiteral("frame 100")));
}

TEST_CASE("The index is cached on disk; a damaged cache file is rebuilt")
{
    VideoFolder folder;
    const QString path = folder.file(QStringLiteral("cached.mp4"));
    REQUIRE(makeNumberedVideo(path, 60,
                              {QStringLiteral("-c:v"), QStringLiteral("libx264"),
                               QStringLiteral("-preset"), QStringLiteral("veryfast"),
                               QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p")})
                    .isEmpty());
    int calls = 0;
    auto first = VideoIndex::open(path, [&](double) {
        ++calls;
        return true;
    });
    REQUIRE(first.ok());
    const QString cacheFile = VideoIndex::cacheFile(path);
    REQUIRE(QFile::exists(cacheFile));
    auto loaded = VideoIndex::load(cacheFile);
    REQUIRE(loaded);
    CHECK(loaded->frameCount() == 60);
    CHECK(loaded->info().rate == (*first)->info().rate);
    CHECK(loaded->keyframes().size() == (*first)->keyframes().size());

    // A flipped byte: the checksum no longer matches, so it is not used and is rewritten.
    {
        QFile f(cacheFile);
        REQUIRE(f.open(QIODevice::ReadWrite));
        QByteArray bytes = f.readAll();
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x5a);
        f.seek(0);
        f.write(bytes);
    }
    CHECK_FALSE(VideoIndex::load(cacheFile));
    auto rebuilt = VideoIndex::open(path);
    REQUIRE(rebuilt.ok());
    CHECK((*rebuilt)->frameCount() == 60);
    CHECK(VideoIndex::load(cacheFile));

    // Cancelling: the error says so and nothing is cached.
    QFile::remove(cacheFile);
    auto cancelled = VideoIndex::open(path, [](double) { return false; });
    if (!cancelled.ok()) {
        CHECK(cancelled.error().isAccess());
        CHECK_FALSE(QFile::exists(cacheFile));
    }
}

TEST_CASE("VideoSource opens in its worker thread and serves the newest request")
{
    VideoFolder folder;
    const QString path = folder.file(QStringLiteral("source.mp4"));
    REQUIRE(makeNumberedVideo(path, 150,
                              {QStringLiteral("-c:v"), QStringLiteral("libx264"),
                               QStringLiteral("-preset"), QStringLiteral("veryfast"),
                               QStringLiteral("-g"), QStringLiteral("100"), QStringLiteral("-bf"),
                               QStringLiteral("3"), QStringLiteral("-pix_fmt"),
                               QStringLiteral("yuv420p")})
                    .isEmpty());
    VideoSource source;
    QSignalSpy opened(&source, &VideoSource::opened);
    QSignalSpy ready(&source, &VideoSource::frameReady);
    QSignalSpy failed(&source, &VideoSource::failed);
    source.open(path);
    source.requestFrame(42); // before the open completes: kept and served after
    REQUIRE(opened.wait(20000));
    CHECK(source.isOpen());
    CHECK(source.info().frameCount == 150);
    if (ready.isEmpty())
        REQUIRE(ready.wait(20000));
    CHECK(ready.last().at(0).toLongLong() == 42);
    CHECK(frameNumberIn(ready.last().at(1).value<QImage>()) == 42);

    // Steps backwards: after the first, served from the cache before requestFrame returns.
    for (qint64 n = 41; n > 30; --n) {
        const qsizetype before = ready.size();
        source.requestFrame(n);
        if (ready.size() == before)
            REQUIRE(ready.wait(20000));
        CHECK(ready.last().at(0).toLongLong() == n);
        CHECK(frameNumberIn(ready.last().at(1).value<QImage>()) == n);
    }

    // Many requests at once: the newest one is the last answer.
    for (qint64 n : {120, 5, 77, 149, 99})
        source.requestFrame(n);
    for (int i = 0; i < 10 && (ready.isEmpty() || ready.last().at(0).toLongLong() != 99); ++i)
        ready.wait(20000);
    CHECK(ready.last().at(0).toLongLong() == 99);
    CHECK(frameNumberIn(ready.last().at(1).value<QImage>()) == 99);
    CHECK(failed.isEmpty());

    // A frame outside the video: failed, and the source stays open.
    source.requestFrame(150);
    REQUIRE(failed.wait(20000));
    CHECK(source.isOpen());

    // A file that is no video: failed names it, the source is closed.
    const QString bad = folder.file(QStringLiteral("bad.mov"));
    {
        QFile f(bad);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    source.open(bad);
    REQUIRE(failed.wait(20000));
    CHECK(failed.last().at(0).toString().contains(QStringLiteral("bad.mov")));
    CHECK_FALSE(source.isOpen());

    // Closing while indexing and destroying right after do not hang or crash.
    source.open(path);
    source.close();
    auto other = std::make_unique<VideoSource>();
    other->open(path);
    other->requestFrame(10);
    other.reset();
}
