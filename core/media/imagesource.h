// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Decoding one image file, without ever holding more of it than asked for.
//
// Design note. Everything goes through QImageReader (docs/decisions/0003-image-decoding.md):
// its JPEG handler decodes a scaled image (DCT scaling) and a clip rectangle with bounded
// memory, which is what a tile pyramid needs. Coordinates here are "oriented": pixels of
// the image as shown, after its EXIF orientation. A region of pyramid level L (scale 1/2^L)
// is mapped to the stored (unrotated) rectangle, decoded with autoTransform off, and then
// turned the way the file says. Formats whose handler cannot decode a region (PNG, TIFF, …)
// are decoded whole, up to kMaxWholeDecodePixels; larger ones fail with a message that
// says so. All functions are thread-safe (each call opens its own reader).

#include "util/result.h"

#include <QImage>
#include <QImageIOHandler>
#include <QRect>
#include <QSize>
#include <QString>
#include <QTransform>

namespace annostraat {

struct ImageInfo
{
    /// Full-resolution size after EXIF orientation.
    QSize size;
    /// Size as stored in the file (before orientation).
    QSize storedSize;
    QByteArray format;
    QImageIOHandler::Transformations transformation = QImageIOHandler::TransformationNone;
    /// Whether the handler decodes a scaled clip rectangle without decoding everything.
    bool regionDecode = false;

    bool isValid() const { return size.isValid() && !size.isEmpty(); }
};

class ImageSource
{
public:
    /// Larger images of a format without region decoding are refused (about 256 MB as RGB32).
    static constexpr qint64 kMaxWholeDecodePixels = 64LL * 1024 * 1024;
    /// Region-decodable images up to this many pixels are accepted (a 100k × 100k JPEG
    /// still decodes in bounded memory, but a bigger one is more likely a bomb than a scan).
    static constexpr qint64 kMaxRegionDecodePixels = 10'000LL * 1'000'000;
    /// The overview's longer side is at most this many pixels.
    static constexpr int kOverviewMaxSide = 2048;

    /// Size, format and orientation, from the header only.
    static Result<ImageInfo> probe(const QString &path);

    /// Size of pyramid level \a level (scale 1/2^level), oriented; sides rounded up.
    static QSize levelSize(QSize size, int level);
    /// The smallest level whose longer side fits kOverviewMaxSide (or \a maxSide).
    static int overviewLevel(const ImageInfo &info, int maxSide = kOverviewMaxSide);

    /// The whole image at overviewLevel(), oriented, as RGB32 or ARGB32_Premultiplied.
    static Result<QImage> decodeOverview(const QString &path, const ImageInfo &info,
                                         int maxSide = kOverviewMaxSide);
    /// \a rect (oriented pixels of level \a level) decoded at that level, oriented.
    static Result<QImage> decodeRegion(const QString &path, const ImageInfo &info, int level,
                                       const QRect &rect);

    /// Maps stored pixel coordinates of an image of stored size \a storedSize to oriented
    /// coordinates, the way QImageReader's autoTransform turns the image.
    static QTransform orientation(QImageIOHandler::Transformations transformation,
                                  QSize storedSize);
    /// Turns a decoded (stored-orientation) image the way the file says.
    static QImage applyOrientation(QImage image, QImageIOHandler::Transformations transformation);
};

} // namespace annostraat
