// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Orthophotos and other rasters that QImageReader cannot read in pieces, through GDAL
// (docs/decisions/0013-orthophotos.md).
//
// Design note. ImageSource hands TIFF files (GeoTIFF, BigTIFF, COG; recognised by their
// first bytes) and the few other raster formats listed in georaster.cpp to this class, which
// keeps ImageSource's contract: probe from the header, then the overview or a region of
// pyramid level L. A region read is one GDALDatasetRasterIO of the full-resolution window
// into a buffer of the level's size, so GDAL reads only the blocks it needs and takes the
// closest overview by itself; memory stays at the output plus GDAL's block cache (capped at
// kGdalCacheBytes). A large raster without overviews would make every reduced read touch all
// of its blocks, so its overviews are built once into the overview cache: a VRT that points
// at the source plus GDALBuildOverviews on it (<key>.vrt.ovr), never beside the source (the
// share may be read-only). The key is the file's path, size and modification time, so a
// changed file gets new overviews. Reads use the VRT once it is complete.
// All functions are thread-safe; each call opens its own GDAL dataset.

#include "media/imagesource.h"

namespace annostraat {

class GeoRaster
{
public:
    /// A raster whose longer side exceeds this and that has no overviews gets them built.
    static constexpr int kOverviewThresholdSide = 2 * ImageSource::kOverviewMaxSide;
    /// GDAL's block cache (process-wide), set when GDAL is first used.
    static constexpr qint64 kGdalCacheBytes = 128LL * 1024 * 1024;

    /// Whether \a path is a raster for GDAL rather than Qt: a TIFF by its first bytes.
    static bool handles(const QString &path);
    /// Size, bands, value range and georeference from the header.
    static Result<ImageInfo> probe(const QString &path);
    /// Like probe(), for a file Qt cannot read: only the raster formats listed in
    /// georaster.cpp are tried (JPEG 2000, ERDAS Imagine), never GDAL's every driver.
    static Result<ImageInfo> probeOther(const QString &path);

    /// The whole raster at \a level, after making sure a large one has overviews.
    static Result<QImage> decodeOverview(const QString &path, const ImageInfo &info, int level,
                                         const MediaProgress &progress);
    /// \a rect (pixels of level \a level) at that level.
    static Result<QImage> decodeRegion(const QString &path, const ImageInfo &info, int level,
                                       const QRect &rect);

    /// Whether \a info's raster is large, has no overviews of its own and none cached yet.
    static bool needsOverviews(const QString &path, const ImageInfo &info);
    /// Builds the cached overviews of \a path unless they exist (one build at a time in this
    /// process; another process' finished build is taken as it is). Cancelled or failed
    /// builds leave nothing behind.
    static Result<void> buildOverviews(const QString &path, const ImageInfo &info,
                                       const MediaProgress &progress);
    /// The cached VRT with overviews for \a path, or empty when there is none yet.
    static QString cachedOverviews(const QString &path);

    /// Where overviews are cached; default: the platform's cache location + "/overviews".
    static void setCacheFolder(const QString &folder);
    static QString cacheFolder();
};

} // namespace annostraat
