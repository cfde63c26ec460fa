// SPDX-License-Identifier: GPL-3.0-or-later
// Waveform benchmark: prints numbers, asserts nothing about speed (STYLE.md).
//
//   bench_waveform [MINUTES]   default 60
//
// Input, generated once into the build folder (tests/bench/waveform) with the ffmpeg program:
// MINUTES of AAC-LC, 48 kHz stereo at 160 kbit/s, in MP4 (what a broadcast program's sound
// track is), of pink noise with a 220 Hz tone under it (not silence, which decodes faster).
//
// Each open runs in a child process (this program with --child), so its peak memory (VmHWM)
// is its own:
//   first open  – Waveform::open with an empty cache folder until ready(): decoding, the
//                 peaks and the cache file; also when the first part could be drawn (grown);
//   second open – the same with the cache file in place;
// and, side by side, the floor: `ffmpeg -i FILE -f null -`, FFmpeg decoding the same audio
// and throwing it away. Then what drawing costs: peaks() for a whole program and for one
// frame across 2000 pixels.

#include "benchutil.h"
#include "media/waveform.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <cstdio>

using namespace annostraat;
using bench::die;

namespace {

QString folder()
{
    const QString dir =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../tests/bench/waveform");
    QDir().mkpath(dir);
    return QDir(dir).absolutePath();
}

double runFfmpeg(const QStringList &args)
{
    QElapsedTimer timer;
    timer.start();
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(
            QStringLiteral(ANNOSTRAAT_FFMPEG),
            QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-nostdin")} +
                    args);
    if (!process.waitForFinished(4 * 3600 * 1000) || process.exitCode() != 0)
        die(QStringLiteral("ffmpeg %1 failed").arg(args.join(QLatin1Char(' '))));
    return timer.nsecsElapsed() / 1e6;
}

QString program(int minutes)
{
    const QString path = QDir(folder()).filePath(QStringLiteral("program-%1min.m4a").arg(minutes));
    if (QFile::exists(path))
        return path;
    std::printf("making the %d-minute input (once)…\n", minutes);
    std::fflush(stdout);
    const QString temp = path + QStringLiteral(".part.m4a");
    const QString seconds = QString::number(minutes * 60);
    runFfmpeg({QStringLiteral("-y"), QStringLiteral("-f"), QStringLiteral("lavfi"),
               QStringLiteral("-i"), QStringLiteral("anoisesrc=c=pink:r=48000:a=0.3:d=") + seconds,
               QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
               QStringLiteral("sine=f=220:r=48000:d=") + seconds, QStringLiteral("-filter_complex"),
               QStringLiteral("[0][1]amix=inputs=2,aformat=channel_layouts=stereo"),
               QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-b:a"),
               QStringLiteral("160k"), temp});
    QFile::rename(temp, path);
    return path;
}

/// --child open PATH CACHE
int childOpen(const QString &path, const QString &cache)
{
    Waveform wave;
    wave.setCacheFolder(cache);
    QElapsedTimer timer;
    double firstGrownMs = -1;
    QObject::connect(&wave, &Waveform::grown, [&] {
        if (firstGrownMs < 0)
            firstGrownMs = timer.nsecsElapsed() / 1e6;
    });
    timer.start();
    wave.open(path);
    if (!wave.waitUntilDone())
        die(QStringLiteral("waveform failed: %1").arg(wave.error()));
    const double totalMs = timer.nsecsElapsed() / 1e6;

    // Drawing: a whole program across 2000 pixels, and one 40 ms frame across 2000 pixels.
    std::vector<double> whole, frame;
    for (int i = 0; i < 21; ++i) {
        QElapsedTimer t;
        t.start();
        const auto p = wave.peaks(0, wave.durationMs(), 2000);
        whole.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        const qint64 at = (wave.durationMs() / 21) * i;
        const auto q = wave.peaks(at, at + 40, 2000);
        frame.push_back(t.nsecsElapsed() / 1e6);
        if (p.size() != 2000 || q.size() != 2000)
            die(QStringLiteral("peaks"));
    }
    std::printf("%s|%.0f|%.0f|%lld|%.1f|%lld|%.3f|%.3f\n",
                wave.loadedFromCache() ? "from cache" : "decoded", totalMs, firstGrownMs,
                bench::peakRssKb() / 1024, wave.memoryBytes() / 1e6, wave.durationMs(),
                bench::median(whole), bench::median(frame));
    return 0;
}

QStringList runChild(const QStringList &args)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("--child")} + args);
    if (!child.waitForFinished(4 * 3600 * 1000) || child.exitCode() != 0)
        die(QStringLiteral("child %1 failed").arg(args.join(QLatin1Char(' '))));
    return QString::fromUtf8(child.readAllStandardOutput()).trimmed().split(QLatin1Char('|'));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QStringLiteral("--child")) {
        if (args.value(2) == QStringLiteral("open"))
            return childOpen(args.value(3), args.value(4));
        die(QStringLiteral("unknown child"));
    }
    const int minutes = args.value(1, QStringLiteral("60")).toInt();
    if (minutes <= 0)
        die(QStringLiteral("usage: bench_waveform [MINUTES]"));
    const QString path = program(minutes);
    std::printf("bench_waveform: %d minutes of AAC-LC 48 kHz stereo 160 kbit/s in MP4 (pink noise "
                "and a "
                "220 Hz tone, made with ffmpeg), %.0f MB; waveform: min/max per %d ms as 16-bit, "
                "%d levels ×%d\n",
                minutes, QFileInfo(path).size() / 1e6, Waveform::kBucketMs, Waveform::kLevels,
                Waveform::kLevelFactor);
    std::fflush(stdout);

    const QString cache = QDir(folder()).filePath(QStringLiteral("cache"));
    QDir(cache).removeRecursively();
    for (int round = 0; round < 2; ++round) {
        const QStringList r = runChild({QStringLiteral("open"), path, cache});
        std::printf(
                "  %-12s ready after %8s ms (first part drawable after %5s ms)  peak RSS %4s MB  "
                "peaks in memory %5s MB  length %s ms  [%s]\n",
                round == 0 ? "first open" : "second open", qPrintable(r.value(1)),
                qPrintable(r.value(2)), qPrintable(r.value(3)), qPrintable(r.value(4)),
                qPrintable(r.value(5)), qPrintable(r.value(0)));
        if (round == 1)
            std::printf("  drawing: peaks() of the whole program in 2000 buckets %s ms, of one 40 "
                        "ms frame in "
                        "2000 buckets %s ms (medians)\n",
                        qPrintable(r.value(6)), qPrintable(r.value(7)));
        std::fflush(stdout);
    }
    qint64 cacheBytes = 0;
    for (const QFileInfo &fi : QDir(cache).entryInfoList(QDir::Files))
        cacheBytes += fi.size();
    std::printf("  cache file: %.1f MB\n", cacheBytes / 1e6);
    const double floorMs = runFfmpeg({QStringLiteral("-i"), path, QStringLiteral("-f"),
                                      QStringLiteral("null"), QStringLiteral("-")});
    std::printf("  peer (the floor): ffmpeg -i FILE -f null -  %.0f ms\n", floorMs);
    return 0;
}
