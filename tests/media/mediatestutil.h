// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test images for the media tests and the canvas benchmark: small hand-made ones with known
// colours and EXIF orientations, and big generated JPEGs cached in the build folder.

#include <QBuffer>
#include <QColor>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QProcess>
#include <QString>

namespace annostraat::test {

/// A \a w × \a h image in four quadrants: red top-left, green top-right, blue bottom-left,
/// white bottom-right (as stored; the EXIF orientation turns it when shown).
inline QImage quadrants(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    QPainter p(&image);
    p.fillRect(0, 0, w / 2, h / 2, Qt::red);
    p.fillRect(w / 2, 0, w - w / 2, h / 2, Qt::green);
    p.fillRect(0, h / 2, w / 2, h - h / 2, Qt::blue);
    p.fillRect(w / 2, h / 2, w - w / 2, h - h / 2, Qt::white);
    return image;
}

/// Writes \a image as a JPEG with EXIF orientation \a exifOrientation (1–8; 6 = turn 90°
/// clockwise to show, 3 = turn 180°). QImageWriter::setTransformation on JPEG turns the
/// pixels instead of writing the tag (Qt 6.4, checked), so the APP1 segment is made here.
inline bool writeJpeg(const QImage &image, const QString &path, int exifOrientation = 1)
{
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(95);
        if (!writer.write(image))
            return false;
    }
    if (exifOrientation != 1) {
        // "Exif\0\0", a big-endian TIFF header and one IFD with one entry: Orientation (0x0112),
        // type SHORT, count 1, the value left-aligned in the 4-byte field.
        QByteArray app1 = QByteArray::fromHex("FFE10022"
                                              "457869660000"
                                              "4D4D002A00000008"
                                              "0001"
                                              "011200030000000100000000"
                                              "00000000");
        app1[4 + 6 + 8 + 2 + 9] = char(exifOrientation);
        jpeg.insert(2, app1);
    }
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(jpeg) == jpeg.size();
}

/// Roughly equal colours (JPEG is lossy).
inline bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) <= tolerance &&
           std::abs(a.green() - b.green()) <= tolerance &&
           std::abs(a.blue() - b.blue()) <= tolerance;
}

/// A generated \a w × \a h JPEG (gradient with a 512-pixel grid) in the build folder, made
/// once by the generator program in its own process. \a photo: with texture and grain at
/// quality 90, which decodes like a drone photo (its pixels are not the gradient's).
inline QString generatedJpeg(int w, int h, bool rgb = false, bool progressive = false,
                             bool photo = false)
{
    const QString dir = QStringLiteral(ANNOSTRAAT_MEDIA_CACHE_DIR);
    const QString path = QDir(dir).filePath(
            QStringLiteral("generated-%1x%2-%3%4%5.jpg")
                    .arg(w)
                    .arg(h)
                    .arg(rgb ? QStringLiteral("rgb") : QStringLiteral("gray"),
                         progressive ? QStringLiteral("-progressive") : QString(),
                         photo ? QStringLiteral("-photo") : QString()));
    if (QFileInfo::exists(path))
        return path;
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QStringLiteral(ANNOSTRAAT_MAKE_TEST_JPEG),
                  {path, QString::number(w), QString::number(h),
                   rgb ? QStringLiteral("rgb") : QStringLiteral("gray"),
                   progressive ? QStringLiteral("progressive") : QStringLiteral("baseline"),
                   photo ? QStringLiteral("photo") : QStringLiteral("gradient")});
    if (!process.waitForFinished(10 * 60 * 1000) || process.exitCode() != 0)
        return {};
    return path;
}

/// Peak resident memory of this process in kB (VmHWM), or -1.
inline qint64 peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Current resident memory in kB (VmRSS), or -1.
inline qint64 rssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Resets the peak (Linux ≥ 4.0); false when the kernel does not allow it.
inline bool resetPeakRss()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
}

} // namespace annostraat::test
