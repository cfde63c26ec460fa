// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Decoding one image file, without ever holding more of it than asked for.
//
// Design note. Everything goes through QImageReader (docs/decisions/0003-image-decoding.md):
// its JPEG handler decodes a scaled image (DCT scaling) and a clip rectangle with bounded
// memory, which is what a tile pyramid needs. Coordinates here are "oriented": pixels of
// the image as shown, after its EXIF orientation. A region of pyramid level L (scale 1/2^L)
// is mapped to the stored (unrotated) rectangle, decoded with autoTransform off, and then
// turned the way the file says. Formats whose handler cannot decode a region (PNG, …)
// are decoded whole, up to kMaxWholeDecodePixels; larger ones fail with a message that
// says so. TIFF (GeoTIFF, BigTIFF, COG) goes through GDAL instead (georaster.h): block
// reads and overviews, so an orthophoto of any size is read in bounded memory, and its
// georeference comes with the ImageInfo. All functions are thread-safe (each call opens
// its own reader).

#include "util/result.h"

#include <QImage>
#include <QImageIOHandler>
#include <QPointF>
#include <QRect>
#include <QSize>
#include <QString>
#include <QTransform>

#include <array>
#include <functional>

namespace annostraat {

/// Where the pixels of a georeferenced raster lie on the map (GDAL's affine geotransform).
struct GeoReference
{
    /// X = t[0] + px·t[1] + py·t[2], Y = t[3] + px·t[4] + py·t[5]; pixel (0, 0) is the
    /// top-left corner of the top-left pixel, as in our annotation coordinates.
    std::array<double, 6> transform{0, 1, 0, 0, 0, 1};
    QString crsName;         ///< short name for people: "EPSG:28992", else the CRS's own name
    QString crsWkt;          ///< the full definition, for exports
    bool geographic = false; ///< degrees of latitude/longitude rather than metres
    bool valid = false;

    QPointF toMap(QPointF pixel) const
    {
        return {transform[0] + pixel.x() * transform[1] + pixel.y() * transform[2],
                transform[3] + pixel.x() * transform[4] + pixel.y() * transform[5]};
    }
    bool operator==(const GeoReference &) const = default;
};

/// Progress of a long step (fraction 0…1); return false to cancel it.
using MediaProgress = std::function<bool(double fraction)>;

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
    /// Read through GDAL (georaster.h), not QImageReader.
    bool gdal = false;
    /// GDAL rasters of more than 8 bits: the value range shown as 0…255.
    double valueMin = 0;
    double valueMax = 255;
    /// Set when the raster is georeferenced (GDAL rasters only).
    GeoReference geo;

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
    /// A large GDAL raster without overviews gets them built first, once, into the overview
    /// cache (georaster.h), reporting to \a progress, which may cancel.
    static Result<QImage> decodeOverview(const QString &path, const ImageInfo &info,
                                         int maxSide = kOverviewMaxSide,
                                         const MediaProgress &progress = {});
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
