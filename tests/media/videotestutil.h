// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test videos whose every frame shows its own number: 16 blocks (4 × 4, row by row) are
// white for a 1 bit and black for a 0 bit of the frame number, read back from the centre of
// each block, so compression does not change the answer. The frames are made here as raw
// grey pictures and piped into the `ffmpeg` program (a test-only dependency,
// packaging/install-deps.sh), which encodes them with the arguments a test gives.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace annostraat::test {

inline QString ffmpegProgram()
{
    return QStringLiteral(ANNOSTRAAT_FFMPEG);
}

/// Grey frame \a n of \a w × \a h (w and h multiples of 4) carrying n in 16 blocks.
inline QByteArray numberedFrame(int n, int w, int h)
{
    QByteArray frame(qsizetype(w) * h, char(0));
    const int bw = w / 4;
    const int bh = h / 4;
    for (int bit = 0; bit < 16; ++bit) {
        if (!((n >> bit) & 1))
            continue;
        const int bx = (bit % 4) * bw;
        const int by = (bit / 4) * bh;
        for (int y = by; y < by + bh; ++y)
            std::fill_n(frame.data() + qsizetype(y) * w + bx, bw, char(255));
    }
    return frame;
}

/// The number an image made from numberedFrame() shows, or -1 when a block is neither
/// clearly black nor clearly white.
inline int frameNumberIn(const QImage &image)
{
    if (image.isNull())
        return -1;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const int bw = rgb.width() / 4;
    const int bh = rgb.height() / 4;
    int n = 0;
    for (int bit = 0; bit < 16; ++bit) {
        const int cx = (bit % 4) * bw + bw / 2;
        const int cy = (bit / 4) * bh + bh / 2;
        qint64 sum = 0;
        int count = 0;
        for (int y = cy - bh / 4; y < cy + bh / 4; ++y)
            for (int x = cx - bw / 4; x < cx + bw / 4; ++x) {
                sum += qGray(rgb.pixel(x, y));
                ++count;
            }
        const int mean = int(sum / std::max(1, count));
        if (mean > 64 && mean < 192)
            return -1;
        if (mean >= 192)
            n |= 1 << bit;
    }
    return n;
}

/// Encodes \a frames numbered frames (\a w × \a h at \a rate, e.g. "25" or "30000/1001") with
/// ffmpeg and \a outputArgs into \a path. Returns ffmpeg's complaint, or empty when it worked.
inline QString makeNumberedVideo(const QString &path, int frames, const QStringList &outputArgs,
                                 const QString &rate = QStringLiteral("25"), int w = 320,
                                 int h = 240, int firstNumber = 0)
{
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::MergedChannels);
    const QStringList args = QStringList{QStringLiteral("-v"),
                                         QStringLiteral("error"),
                                         QStringLiteral("-y"),
                                         QStringLiteral("-f"),
                                         QStringLiteral("rawvideo"),
                                         QStringLiteral("-pix_fmt"),
                                         QStringLiteral("gray"),
                                         QStringLiteral("-s"),
                                         QStringLiteral("%1x%2").arg(w).arg(h),
                                         QStringLiteral("-framerate"),
                                         rate,
                                         QStringLiteral("-i"),
                                         QStringLiteral("-")} +
                             outputArgs + QStringList{path};
    ffmpeg.start(ffmpegProgram(), args);
    if (!ffmpeg.waitForStarted())
        return QStringLiteral("ffmpeg did not start: ") + ffmpeg.errorString();
    for (int n = 0; n < frames; ++n) {
        ffmpeg.write(numberedFrame(firstNumber + n, w, h));
        while (ffmpeg.bytesToWrite() > (4 << 20))
            ffmpeg.waitForBytesWritten(-1);
    }
    ffmpeg.closeWriteChannel();
    ffmpeg.waitForFinished(-1);
    if (ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0)
        return QStringLiteral("ffmpeg %1 failed: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(ffmpeg.readAll()));
    return {};
}

/// Runs ffmpeg with \a args; returns its complaint, or empty when it worked.
inline QString runFfmpeg(const QStringList &args)
{
    QProcess ffmpeg;
    ffmpeg.setProcessChannelMode(QProcess::MergedChannels);
    ffmpeg.start(ffmpegProgram(),
                 QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y")} +
                         args);
    ffmpeg.waitForFinished(-1);
    if (ffmpeg.exitStatus() != QProcess::NormalExit || ffmpeg.exitCode() != 0)
        return QStringLiteral("ffmpeg %1 failed: %2")
                .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(ffmpeg.readAll()));
    return {};
}

} // namespace annostraat::test
