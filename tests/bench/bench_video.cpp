// SPDX-License-Identifier: GPL-3.0-or-later
// Video benchmark (issue 10): on a 1080p H.264 clip with a keyframe every 250 frames and
// B-frames, side by side in one run: exact seeks to random frames (VideoDecoder) against
// (a) decoding from the keyframe before with plain libavcodec (the limit: the frames that
// must be decoded, nothing else) and (b) one `ffmpeg -ss T -i FILE -frames:v 1 -f null -`
// per seek; stepping backwards frame by frame; and the index of a 60-minute file (the clip
// copied end to end with `-c copy`): time and peak memory, in a child process.
// `bin/bench_video 30 20` uses a 30-second clip and 20 seeks (defaults: 60 and 40).
// Inputs are made once with the ffmpeg program into the build folder.

#include "benchutil.h"

#include "media/videodecoder.h"
#include "media/videoindex.h"

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
}

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>

#include <numeric>

#include <cstdio>

#include <sys/resource.h>

using namespace annostraat;
using bench::die;

namespace {

QString folder()
{
    const QString dir =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../tests/bench/video");
    QDir().mkpath(dir);
    return dir;
}

void ffmpeg(const QStringList &args)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral(ANNOSTRAAT_FFMPEG),
            QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} +
                    args);
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        die(QStringLiteral("ffmpeg %1: %2")
                    .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAll())));
}

/// The 1080p clip: FFmpeg's testsrc2 pattern with temporal grain, x264 veryfast, keyframes
/// every 250 frames (no scene cuts), 3 B-frames.
QString clip(int seconds)
{
    const QString path = folder() + QStringLiteral("/clip-1080p-%1s.mp4").arg(seconds);
    if (QFileInfo::exists(path))
        return path;
    std::printf("making the %d s clip (once)…\n", seconds);
    std::fflush(stdout);
    const QString partial = path + QStringLiteral(".partial.mp4");
    ffmpeg({QStringLiteral("-f"),
            QStringLiteral("lavfi"),
            QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=1920x1080:rate=25,noise=alls=8:allf=t+u"),
            QStringLiteral("-t"),
            QString::number(seconds),
            QStringLiteral("-c:v"),
            QStringLiteral("libx264"),
            QStringLiteral("-preset"),
            QStringLiteral("veryfast"),
            QStringLiteral("-g"),
            QStringLiteral("250"),
            QStringLiteral("-keyint_min"),
            QStringLiteral("250"),
            QStringLiteral("-sc_threshold"),
            QStringLiteral("0"),
            QStringLiteral("-bf"),
            QStringLiteral("3"),
            QStringLiteral("-pix_fmt"),
            QStringLiteral("yuv420p"),
            QStringLiteral("-an"),
            partial});
    QFile::rename(partial, path);
    return path;
}

/// The clip copied end to end until it lasts \a minutes (no re-encoding).
QString longFile(const QString &clipPath, int clipSeconds, int minutes)
{
    const QString path = folder() + QStringLiteral("/long-%1min.mp4").arg(minutes);
    if (QFileInfo::exists(path))
        return path;
    const QString list = folder() + QStringLiteral("/long.txt");
    QFile f(list);
    if (!f.open(QIODevice::WriteOnly))
        die(QStringLiteral("cannot write %1").arg(list));
    for (int i = 0; i < (minutes * 60 + clipSeconds - 1) / clipSeconds; ++i)
        f.write("file '" + QFile::encodeName(clipPath) + "'\n");
    f.close();
    const QString partial = path + QStringLiteral(".partial.mp4");
    ffmpeg({QStringLiteral("-f"), QStringLiteral("concat"), QStringLiteral("-safe"),
            QStringLiteral("0"), QStringLiteral("-i"), list, QStringLiteral("-c"),
            QStringLiteral("copy"), partial});
    QFile::rename(partial, path);
    return path;
}

/// CPU seconds (user + system) of this process' threads, or of its finished children.
double cpuMs(int who)
{
    rusage u{};
    getrusage(who, &u);
    return (u.ru_utime.tv_sec + u.ru_stime.tv_sec) * 1e3 +
           (u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e3;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5))];
}

/// The limit: seek to the keyframe before the target and decode until it comes out, with
/// libavcodec directly (no conversion, no checks, no cache).
double limitMs(const QString &path, const VideoIndex &index, qint64 n)
{
    QElapsedTimer timer;
    timer.start();
    AVFormatContext *fmt = nullptr;
    if (avformat_open_input(&fmt, QFile::encodeName(path).constData(), nullptr, nullptr) < 0)
        die(QStringLiteral("limit: open"));
    avformat_find_stream_info(fmt, nullptr);
    const int s = index.streamIndex();
    const AVCodec *codec = avcodec_find_decoder(fmt->streams[s]->codecpar->codec_id);
    AVCodecContext *ctx = avcodec_alloc_context3(codec);
    avcodec_parameters_to_context(ctx, fmt->streams[s]->codecpar);
    ctx->thread_count = 0;
    avcodec_open2(ctx, codec, nullptr);
    const double openMs = timer.nsecsElapsed() / 1e6;
    timer.restart();
    const VideoIndex::Keyframe &key = index.keyframes()[size_t(index.keyframeFor(n))];
    av_seek_frame(fmt, s, std::min(key.pts, key.dts), AVSEEK_FLAG_BACKWARD);
    AVPacket *pkt = av_packet_alloc();
    AVFrame *frame = av_frame_alloc();
    const qint64 target = index.pts(n);
    bool found = false;
    bool started = false;
    while (!found && av_read_frame(fmt, pkt) >= 0) {
        // From the keyframe itself: MP4 seeks by dts and may land a GOP early.
        started = started || (pkt->stream_index == s && (pkt->flags & AV_PKT_FLAG_KEY) &&
                              pkt->pts >= key.pts);
        if (pkt->stream_index == s && started)
            avcodec_send_packet(ctx, pkt);
        av_packet_unref(pkt);
        while (!found && avcodec_receive_frame(ctx, frame) >= 0) {
            found = frame->pts == target;
            av_frame_unref(frame);
        }
    }
    const double ms = timer.nsecsElapsed() / 1e6;
    Q_UNUSED(openMs);
    av_frame_free(&frame);
    av_packet_free(&pkt);
    avcodec_free_context(&ctx);
    avformat_close_input(&fmt);
    if (!found)
        die(QStringLiteral("limit: frame %1 not found").arg(n));
    return ms;
}

double ffmpegSeekMs(const QString &path, double seconds)
{
    QElapsedTimer timer;
    timer.start();
    ffmpeg({QStringLiteral("-ss"), QString::number(seconds, 'f', 3), QStringLiteral("-i"), path,
            QStringLiteral("-frames:v"), QStringLiteral("1"), QStringLiteral("-f"),
            QStringLiteral("null"), QStringLiteral("-")});
    return timer.nsecsElapsed() / 1e6;
}

void line(const char *what, const std::vector<double> &ms)
{
    std::printf("  %-58s median %7.1f ms  p95 %7.1f ms  max %7.1f ms\n", what, bench::median(ms),
                percentile(ms, 0.95), *std::max_element(ms.begin(), ms.end()));
}

/// --child index PATH CACHE: builds the index (no cached one) and prints ms|peak MB|frames,
/// then opens it from the cache and prints ms.
int childIndex(const QString &path, const QString &cache)
{
    VideoIndex::setCacheFolder(cache);
    QFile::remove(VideoIndex::cacheFile(path));
    QElapsedTimer timer;
    timer.start();
    auto index = bench::check(VideoIndex::open(path), "index");
    const double buildMs = timer.nsecsElapsed() / 1e6;
    const qint64 peak = bench::peakRssKb() / 1024;
    timer.restart();
    auto again = bench::check(VideoIndex::open(path), "cached index");
    const double loadMs = timer.nsecsElapsed() / 1e6;
    std::printf("%.0f|%lld|%lld|%.1f|%lld\n", buildMs, peak, index->frameCount(), loadMs,
                QFileInfo(VideoIndex::cacheFile(path)).size() / 1024);
    return again->frameCount() == index->frameCount() ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QStringLiteral("--child"))
        return childIndex(args.value(3), args.value(4));
    const int seconds = args.value(1, QStringLiteral("60")).toInt();
    const int seeks = args.value(2, QStringLiteral("40")).toInt();
    VideoIndex::setCacheFolder(folder() + QStringLiteral("/cache"));

    const QString path = clip(seconds);
    QFile load(QStringLiteral("/proc/loadavg"));
    load.open(QIODevice::ReadOnly);
    std::printf("bench_video: %d s 1080p25 H.264 clip (testsrc2 with temporal grain, x264 "
                "veryfast, keyframe every 250 frames, 3 B-frames, %.1f MB); libavcodec %s; "
                "%d CPUs, load %s\n",
                seconds, QFileInfo(path).size() / 1e6, AV_STRINGIFY(LIBAVCODEC_VERSION),
                QThread::idealThreadCount(), load.readAll().split(' ').value(0).constData());

    QElapsedTimer timer;
    timer.start();
    auto index = bench::check(VideoIndex::build(path), "index");
    std::printf("  index: %lld frames, keyframe interval %d, %.0f ms\n", index->frameCount(),
                index->info().keyframeInterval, timer.nsecsElapsed() / 1e6);

    auto decoder = bench::check(VideoDecoder::open(path, index), "decoder");
    QRandomGenerator random(42);
    std::vector<qint64> targets;
    for (int i = 0; i < seeks; ++i)
        targets.push_back(random.bounded(index->frameCount()));

    std::vector<double> exact, limit, command, distance, exactCpu, limitCpu, commandCpu;
    for (qint64 n : targets) {
        decoder->cache().clear();
        double cpu = cpuMs(RUSAGE_SELF);
        timer.restart();
        bench::check(decoder->frame(n), "seek");
        exact.push_back(timer.nsecsElapsed() / 1e6);
        exactCpu.push_back(cpuMs(RUSAGE_SELF) - cpu);
        cpu = cpuMs(RUSAGE_SELF);
        limit.push_back(limitMs(path, *index, n));
        limitCpu.push_back(cpuMs(RUSAGE_SELF) - cpu);
        cpu = cpuMs(RUSAGE_CHILDREN);
        command.push_back(ffmpegSeekMs(path, double(index->msOfFrame(n)) / 1000.0));
        commandCpu.push_back(cpuMs(RUSAGE_CHILDREN) - cpu);
        distance.push_back(double(
                n - index->frameAtOrBefore(index->keyframes()[size_t(index->keyframeFor(n))].pts)));
    }
    std::printf("\n%d seeks to random frames (on average %.0f frames after their keyframe):\n",
                seeks, std::accumulate(distance.begin(), distance.end(), 0.0) / double(seeks));
    line("exact seek (VideoDecoder::frame, cache cleared before each)", exact);
    line("(a) limit: decode from the keyframe before, libavcodec only", limit);
    line("(b) ffmpeg -ss T -i FILE -frames:v 1 -f null - (a process)", command);
    std::printf("  CPU time (user + system, all threads), median: exact %.0f ms, (a) %.0f ms, "
                "(b) %.0f ms\n",
                bench::median(exactCpu), bench::median(limitCpu), bench::median(commandCpu));

    // Stepping backwards from 200 frames into a GOP in the middle, with the default cache.
    decoder->cache().clear();
    const int middleKey = int(index->keyframes().size() / 2);
    const qint64 start =
            std::min(index->frameCount() - 1,
                     index->frameAtOrBefore(index->keyframes()[size_t(middleKey)].pts) + 200);
    bench::check(decoder->frame(start), "step start");
    const auto before = decoder->stats();
    std::vector<double> steps;
    for (qint64 n = start - 1; n > start - 150 && n >= 0; --n) {
        timer.restart();
        bench::check(decoder->frame(n), "step");
        steps.push_back(timer.nsecsElapsed() / 1e6);
    }
    const auto after = decoder->stats();
    std::printf("\nstepping backwards %zu frames from frame %lld (cache %lld MB, %lld frames "
                "decoded, %lld seeks):\n",
                steps.size(), start, VideoFrameCache::kDefaultBudget >> 20,
                after.decoded - before.decoded, after.seeks - before.seeks);
    line("one step back (target: under 40 ms, one frame at 25 fps)", steps);
    std::printf("  mean per step %.1f ms\n",
                std::accumulate(steps.begin(), steps.end(), 0.0) / double(steps.size()));

    const int minutes = 60;
    const QString longPath = longFile(path, seconds, minutes);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                {QStringLiteral("--child"), QStringLiteral("index"), longPath,
                 folder() + QStringLiteral("/cache-long")});
    if (!child.waitForFinished(-1) || child.exitCode() != 0)
        die(QStringLiteral("index child failed"));
    const QStringList r =
            QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char('|'));
    std::printf("\n%d-minute file (the clip copied end to end with -c copy, %.1f GB, %s frames):\n"
                "  index built in %s ms, peak RSS %s MB (the whole process); from the cache "
                "(%s KB) in %s ms\n",
                minutes, QFileInfo(longPath).size() / 1e9, qPrintable(r.value(2)),
                qPrintable(r.value(0)), qPrintable(r.value(1)), qPrintable(r.value(4)),
                qPrintable(r.value(3)));
    return 0;
}
