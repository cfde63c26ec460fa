// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagesource.h"

#include "georaster.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

#include <algorithm>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Media)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Media)
};

/// \a why: Qt's own words in brackets, from reason(); not ours to translate.
Error fileError(const QString &path, const Message &problem, const QString &why = {})
{
    const Message told = why.isEmpty() ? problem : Message::pattern(QStringLiteral("%1%2")).arg(problem, why);
    return Error(told).prefixed(QDir::toNativeSeparators(path));
}

bool isJpeg(const QByteArray &format)
{
    return format == "jpeg" || format == "jpg";
}

struct JpegFacts
{
    bool complete = false;
    bool progressive = false;
};

// Two things QImageReader does not tell. (1) Qt's JPEG handler quietly pads a truncated file
// with grey (libjpeg only warns), so a half-copied photo would be shown as if it were
// whole. A complete JPEG has an end-of-image marker (FF D9) after its entropy-coded data;
// inside that data an FF byte is always followed by 00 or a restart marker, so an FF D9
// after the first start-of-scan can only be the real end. The fast path looks at the tail
// (where it is in nearly every file); only files with trailing data (e.g. motion photos)
// are read through, in small chunks. (2) A progressive JPEG makes libjpeg keep the
// coefficients of the whole image (about 2 bytes per sample) even for a small region, so
// it is held to the whole-decode pixel limit.
JpegFacts scanJpeg(const QString &path)
{
    JpegFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return facts;
    static const QByteArray eoi("\xFF\xD9", 2);
    if (file.read(2) != QByteArray("\xFF\xD8", 2))
        return facts;
    // Walk the marker segments to the first start-of-scan, so an EXIF thumbnail's own
    // end marker is not taken for the image's.
    qint64 pos = 2;
    for (;;) {
        file.seek(pos);
        const QByteArray marker = file.read(4);
        if (marker.size() < 4 || uchar(marker[0]) != 0xFF)
            return facts;
        const uchar type = uchar(marker[1]);
        const qint64 length = (uchar(marker[2]) << 8) | uchar(marker[3]);
        if (type == 0xC2 || type == 0xC6 || type == 0xCA || type == 0xCE)
            facts.progressive = true;
        pos += 2 + length;
        if (type == 0xDA)
            break;
    }
    const qint64 size = file.size();
    const qint64 tail = std::min<qint64>(size - pos, 4096);
    file.seek(size - tail);
    if (tail > 0 && file.read(tail).contains(eoi)) {
        facts.complete = true;
        return facts;
    }
    constexpr qint64 kChunk = 1 << 20;
    char last = 0;
    file.seek(pos);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(kChunk);
        if (chunk.isEmpty())
            break;
        if ((last == char(0xFF) && chunk[0] == char(0xD9)) || chunk.contains(eoi)) {
            facts.complete = true;
            break;
        }
        last = chunk.back();
    }
    return facts;
}

// Qt's own words for what went wrong, when it has any ("Unknown error" adds nothing).
QString reason(const QImageReader &reader)
{
    if (reader.error() == QImageReader::UnknownError || reader.errorString().isEmpty())
        return {};
    return QStringLiteral(" (%1)").arg(reader.errorString());
}

void configure(QImageReader &reader, qint64 outputPixels)
{
    // The output is what we allocate; Qt's default of 256 MB is about right for a whole
    // decode and far too much for a tile, so the limit follows the request.
    const qint64 mb = (outputPixels * 4) / (1024 * 1024) + 64;
    reader.setAllocationLimit(int(std::min<qint64>(mb, 1024)));
    reader.setAutoTransform(false);
}

QImage toDisplayFormat(QImage image)
{
    if (image.isNull())
        return image;
    const QImage::Format want =
            image.hasAlphaChannel() ? QImage::Format_ARGB32_Premultiplied : QImage::Format_RGB32;
    if (image.format() != want)
        image = std::move(image).convertToFormat(want);
    return image;
}

QSize storedLevelSize(const ImageInfo &info, int level)
{
    return ImageSource::levelSize(info.storedSize, level);
}

} // namespace

QSize ImageSource::levelSize(QSize size, int level)
{
    const int f = 1 << level;
    return QSize((size.width() + f - 1) / f, (size.height() + f - 1) / f);
}

int ImageSource::overviewLevel(const ImageInfo &info, int maxSide)
{
    int level = 0;
    while (level < 20) {
        const QSize s = levelSize(info.size, level);
        if (std::max(s.width(), s.height()) <= maxSide)
            break;
        ++level;
    }
    return level;
}

QTransform ImageSource::orientation(QImageIOHandler::Transformations t, QSize stored)
{
    // The same order as QImageReader's autoTransform: mirror, flip, then turn 90° clockwise.
    const double w = stored.width(), h = stored.height();
    QTransform m;
    if (t & QImageIOHandler::TransformationMirror)
        m *= QTransform(-1, 0, 0, 1, w, 0);
    if (t & QImageIOHandler::TransformationFlip)
        m *= QTransform(1, 0, 0, -1, 0, h);
    if (t & QImageIOHandler::TransformationRotate90)
        m *= QTransform(0, 1, -1, 0, h, 0); // (x, y) → (h − y, x)
    return m;
}

QImage ImageSource::applyOrientation(QImage image, QImageIOHandler::Transformations t)
{
    if (t == QImageIOHandler::TransformationNone || image.isNull())
        return image;
    const bool mirror = t & QImageIOHandler::TransformationMirror;
    const bool flip = t & QImageIOHandler::TransformationFlip;
    if (mirror || flip)
        image = std::move(image).mirrored(mirror, flip);
    if (t & QImageIOHandler::TransformationRotate90)
        image = image.transformed(QTransform().rotate(90));
    return image;
}

Result<ImageInfo> ImageSource::probe(const QString &path)
{
    const QFileInfo fi(path);
    if (!fi.exists())
        return fileError(path, Tr::msg("the file does not exist"));
    if (!fi.isFile() || !fi.isReadable())
        return fileError(path, Tr::msg("the file cannot be read"));
    if (fi.size() == 0)
        return fileError(path, Tr::msg("the file is empty"));
    if (GeoRaster::handles(path))
        return GeoRaster::probe(path);

    QImageReader reader(path);
    reader.setAutoTransform(false);
    if (!reader.canRead()) {
        // A raster Qt has no plugin for (JPEG 2000, …) may still be one GDAL reads.
        auto other = GeoRaster::probeOther(path);
        if (other)
            return other;
        return fileError(path, Tr::msg("this is not an image in a format the program can read"));
    }
    ImageInfo info;
    info.format = reader.format();
    info.storedSize = reader.size();
    if (!info.storedSize.isValid() || info.storedSize.isEmpty())
        return fileError(path, Tr::msg("the image header is damaged"), reason(reader));
    info.transformation = reader.transformation();
    info.size = (info.transformation & QImageIOHandler::TransformationRotate90)
                        ? info.storedSize.transposed()
                        : info.storedSize;
    info.regionDecode = reader.supportsOption(QImageIOHandler::ClipRect) &&
                        reader.supportsOption(QImageIOHandler::ScaledSize) &&
                        reader.supportsOption(QImageIOHandler::ScaledClipRect);

    const qint64 pixels = qint64(info.storedSize.width()) * info.storedSize.height();
    bool progressive = false;
    if (isJpeg(info.format)) {
        const JpegFacts facts = scanJpeg(path);
        if (!facts.complete)
            return fileError(
                    path, Tr::msg("the JPEG file is truncated or damaged (no end-of-image marker)"));
        progressive = facts.progressive;
    }
    if (info.regionDecode && pixels > kMaxRegionDecodePixels)
        return fileError(path, Tr::msg("the image is %1 × %2 pixels; the limit is %3 megapixels")
                                       .arg(info.storedSize.width())
                                       .arg(info.storedSize.height())
                                       .arg(kMaxRegionDecodePixels / 1'000'000));
    if (progressive && pixels > kMaxWholeDecodePixels)
        return fileError(path,
                         Tr::msg("the image is %1 × %2 pixels and a progressive JPEG; those can "
                                "only be shown up to %3 megapixels (save it as a baseline JPEG)")
                                 .arg(info.storedSize.width())
                                 .arg(info.storedSize.height())
                                 .arg(kMaxWholeDecodePixels / 1'000'000));
    if (!info.regionDecode && pixels > kMaxWholeDecodePixels)
        return fileError(path,
                         Tr::msg("the image is %1 × %2 pixels; images in %3 format can only be "
                                "shown up to %4 megapixels (JPEG has no such limit)")
                                 .arg(info.storedSize.width())
                                 .arg(info.storedSize.height())
                                 .arg(QString::fromLatin1(info.format).toUpper())
                                 .arg(kMaxWholeDecodePixels / 1'000'000));
    return info;
}

Result<QImage> ImageSource::decodeOverview(const QString &path, const ImageInfo &info, int maxSide,
                                           const MediaProgress &progress)
{
    const int level = overviewLevel(info, maxSide);
    if (info.gdal)
        return GeoRaster::decodeOverview(path, info, level, progress);
    QImageReader reader(path, info.format);
    const QSize target = storedLevelSize(info, level);
    configure(reader, info.regionDecode
                              ? qint64(target.width()) * target.height()
                              : qint64(info.storedSize.width()) * info.storedSize.height());
    if (level > 0)
        reader.setScaledSize(target);
    QImage image;
    if (!reader.read(&image))
        return fileError(path, Tr::msg("the image cannot be decoded"), reason(reader));
    if (image.size() != target)
        image = image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return applyOrientation(toDisplayFormat(std::move(image)), info.transformation);
}

Result<QImage> ImageSource::decodeRegion(const QString &path, const ImageInfo &info, int level,
                                         const QRect &rect)
{
    if (info.gdal)
        return GeoRaster::decodeRegion(path, info, level, rect);
    const QSize storedLevel = storedLevelSize(info, level);
    const QSize orientedLevel = levelSize(info.size, level);
    const QRect wanted = rect & QRect(QPoint(0, 0), orientedLevel);
    if (wanted.isEmpty())
        return fileError(path, Tr::msg("the requested region lies outside the image"));
    // Integer corners map to integer corners, so the stored rectangle is exact.
    const QRect stored = orientation(info.transformation, storedLevel)
                                 .inverted()
                                 .mapRect(QRectF(wanted))
                                 .toAlignedRect() &
                         QRect(QPoint(0, 0), storedLevel);

    QImageReader reader(path, info.format);
    QImage image;
    if (info.regionDecode) {
        configure(reader, qint64(stored.width()) * stored.height());
        if (level == 0) {
            reader.setClipRect(stored);
        } else {
            reader.setScaledSize(storedLevel);
            reader.setScaledClipRect(stored);
        }
        if (!reader.read(&image))
            return fileError(path, Tr::msg("the image cannot be decoded"), reason(reader));
    } else {
        configure(reader, qint64(info.storedSize.width()) * info.storedSize.height());
        if (!reader.read(&image))
            return fileError(path, Tr::msg("the image cannot be decoded"), reason(reader));
        if (level > 0)
            image = image.scaled(storedLevel, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        image = image.copy(stored);
    }
    if (image.size() != stored.size())
        image = image.scaled(stored.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    return applyOrientation(toDisplayFormat(std::move(image)), info.transformation);
}

} // namespace annostraat
