// SPDX-License-Identifier: GPL-3.0-or-later
#include "geotestutil.h"
#include "mediatestutil.h"

#include "media/georaster.h"
#include "media/imagecache.h"
#include "media/imagesource.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

namespace {

/// The overview cache folder of one test, empty at the start and removed after.
struct CacheFolder
{
    QTemporaryDir dir;
    CacheFolder() { GeoRaster::setCacheFolder(dir.path()); }
    ~CacheFolder() { GeoRaster::setCacheFolder({}); }
    QStringList files() const
    {
        QStringList out;
        QDirIterator it(dir.path(), QDir::Files);
        while (it.hasNext())
            out << QFileInfo(it.next()).fileName();
        out.sort();
        return out;
    }
};

} // namespace

TEST_CASE("A GeoTIFF is probed through GDAL with its georeference and read by region")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ortho.tif"));
    const MapCorners corners; // 600 × 400 pixels of 0.25 m
    const QString made = writeGeoTiff(quadrants(600, 400), path, 28992, corners);
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());

    auto info = ImageSource::probe(path);
    INFO((info ? QString() : info.error().message()).toStdString());
    REQUIRE(info.ok());
    CHECK(info->gdal);
    CHECK(info->regionDecode);
    CHECK(info->format == "tiff");
    CHECK(info->size == QSize(600, 400));
    REQUIRE(info->geo.valid);
    CHECK(info->geo.crsName == QStringLiteral("EPSG:28992"));
    CHECK_FALSE(info->geo.geographic);
    const QPointF topLeft = info->geo.toMap(QPointF(0, 0));
    const QPointF bottomRight = info->geo.toMap(QPointF(600, 400));
    CHECK(topLeft.x() == Approx(corners.ulx).margin(1e-6));
    CHECK(topLeft.y() == Approx(corners.uly).margin(1e-6));
    CHECK(bottomRight.x() == Approx(corners.lrx).margin(1e-6));
    CHECK(bottomRight.y() == Approx(corners.lry).margin(1e-6));

    // Full resolution: a region across the centre holds all four quadrants.
    auto region = ImageSource::decodeRegion(path, *info, 0, QRect(290, 190, 20, 20));
    REQUIRE(region.ok());
    REQUIRE(region->size() == QSize(20, 20));
    CHECK(region->format() == QImage::Format_RGB32);
    CHECK(region->pixelColor(2, 2) == QColor(Qt::red));
    CHECK(region->pixelColor(17, 2) == QColor(Qt::green));
    CHECK(region->pixelColor(2, 17) == QColor(Qt::blue));
    CHECK(region->pixelColor(17, 17) == QColor(Qt::white));

    // Level 1 (half size): the bottom-right quarter of the level is white.
    auto half = ImageSource::decodeRegion(path, *info, 1, QRect(150, 100, 150, 100));
    REQUIRE(half.ok());
    CHECK(half->size() == QSize(150, 100));
    CHECK(half->pixelColor(75, 50) == QColor(Qt::white));
    // Asked beyond the image, the region is cut to it.
    auto edge = ImageSource::decodeRegion(path, *info, 1, QRect(250, 150, 512, 512));
    REQUIRE(edge.ok());
    CHECK(edge->size() == QSize(50, 50));

    auto overview = ImageSource::decodeOverview(path, *info);
    REQUIRE(overview.ok());
    CHECK(overview->size() == QSize(600, 400));
    CHECK(overview->pixelColor(10, 390) == QColor(Qt::blue));
}

TEST_CASE("Grey 16-bit GeoTIFFs are scaled to their range and nodata becomes transparent")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("dem.tif"));
    QImage grey(200, 100, QImage::Format_Grayscale8);
    grey.fill(0);
    for (int y = 0; y < 100; ++y)
        for (int x = 100; x < 200; ++x)
            grey.setPixel(x, y, qRgb(255, 255, 255));
    for (int y = 0; y < 10; ++y)
        for (int x = 0; x < 10; ++x)
            grey.setPixel(x, y, qRgb(100, 100, 100)); // becomes nodata below
    // Values × 10: the image shows 0…2550 as black…white; 1000 is nodata.
    const QString made = writeGeoTiff(
            grey, path, 28992, {},
            {QStringLiteral("-ot"), QStringLiteral("UInt16"), QStringLiteral("-scale"),
             QStringLiteral("0"), QStringLiteral("255"), QStringLiteral("0"),
             QStringLiteral("2550"), QStringLiteral("-a_nodata"), QStringLiteral("1000")});
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    auto info = ImageSource::probe(path);
    REQUIRE(info.ok());
    CHECK(info->valueMin == Approx(0));
    CHECK(info->valueMax == Approx(2550));
    auto image = ImageSource::decodeRegion(path, *info, 0, QRect(0, 0, 200, 100));
    REQUIRE(image.ok());
    CHECK(image->hasAlphaChannel());
    CHECK(qAlpha(image->pixel(5, 5)) == 0);
    CHECK(image->pixelColor(50, 50) == QColor(0, 0, 0));
    CHECK(image->pixelColor(150, 50) == QColor(255, 255, 255));
}

TEST_CASE("A large GeoTIFF without overviews gets them built once into the cache")
{
    CacheFolder cache;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("large.tif"));
    // Longer side above the threshold, so its overviews are built; quadrants compress well.
    const int w = GeoRaster::kOverviewThresholdSide + 904, h = 3000;
    const QString made = writeGeoTiff(quadrants(w, h), path, 28992);
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    auto info = ImageSource::probe(path);
    REQUIRE(info.ok());
    REQUIRE(GeoRaster::needsOverviews(path, *info));
    const QDateTime sourceTime = QFileInfo(path).lastModified();

    SECTION("built once, with progress, and reused")
    {
        QList<double> reports;
        auto first = ImageSource::decodeOverview(path, *info, ImageSource::kOverviewMaxSide,
                                                 [&](double f) {
                                                     reports << f;
                                                     return true;
                                                 });
        INFO((first ? QString() : first.error().message()).toStdString());
        REQUIRE(first.ok());
        CHECK(first->size() == ImageSource::levelSize(QSize(w, h), 2));
        CHECK(first->pixelColor(10, 10) == QColor(Qt::red));
        CHECK(first->pixelColor(first->width() - 10, first->height() - 10) == QColor(Qt::white));
        REQUIRE_FALSE(reports.isEmpty());
        CHECK(reports.last() == Approx(1.0));
        CHECK(std::is_sorted(reports.cbegin(), reports.cend()));

        const QString vrt = GeoRaster::cachedOverviews(path);
        REQUIRE_FALSE(vrt.isEmpty());
        CHECK(cache.files() == QStringList{QFileInfo(vrt).fileName(),
                                           QFileInfo(vrt).fileName() + QStringLiteral(".ovr")});
        CHECK_FALSE(GeoRaster::needsOverviews(path, *info));
        const QDateTime built = QFileInfo(vrt + QStringLiteral(".ovr")).lastModified();

        // The second open builds nothing and reports nothing.
        reports.clear();
        auto second = ImageSource::decodeOverview(path, *info, ImageSource::kOverviewMaxSide,
                                                  [&](double f) {
                                                      reports << f;
                                                      return true;
                                                  });
        REQUIRE(second.ok());
        CHECK(reports.isEmpty());
        CHECK(*second == *first);
        CHECK(QFileInfo(vrt + QStringLiteral(".ovr")).lastModified() == built);
        // Reduced regions come from the overviews and match the full-resolution colours.
        auto region = ImageSource::decodeRegion(path, *info, 3, QRect(0, 0, 100, 100));
        REQUIRE(region.ok());
        CHECK(region->pixelColor(50, 50) == QColor(Qt::red));
        // Nothing was written beside the source.
        CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("large.tif")});
        CHECK(QFileInfo(path).lastModified() == sourceTime);
    }

    SECTION("cancelled, it leaves nothing behind and says so")
    {
        auto cancelled = ImageSource::decodeOverview(path, *info, ImageSource::kOverviewMaxSide,
                                                     [](double) { return false; });
        REQUIRE_FALSE(cancelled.ok());
        CHECK(cancelled.error().message().contains(QStringLiteral("large.tif")));
        CHECK(cancelled.error().message().contains(QStringLiteral("cancelled")));
        CHECK(cache.files().isEmpty());
        CHECK(GeoRaster::needsOverviews(path, *info));
    }

    SECTION("the image cache reports the progress before the overview")
    {
        ImageCache images;
        QSignalSpy progress(&images, &ImageCache::overviewProgress);
        QSignalSpy ready(&images, &ImageCache::overviewReady);
        images.requestOverview(path);
        images.waitForIdle();
        CHECK(ready.count() == 1);
        REQUIRE(progress.count() >= 2);
        CHECK(progress.last().at(0).toString() == path);
        CHECK(progress.last().at(1).toDouble() == Approx(1.0));
        CHECK(images.info(path).geo.crsName == QStringLiteral("EPSG:28992"));
    }
}

TEST_CASE("Bad and plain TIFFs give messages that name the file")
{
    QTemporaryDir dir;
    SECTION("a TIFF without georeference is an image without map coordinates")
    {
        const QString path = dir.filePath(QStringLiteral("plain.tif"));
        REQUIRE(writeGeoTiff(quadrants(300, 200), path, 0).isEmpty());
        auto info = ImageSource::probe(path);
        REQUIRE(info.ok());
        CHECK(info->gdal);
        CHECK_FALSE(info->geo.valid);
        auto region = ImageSource::decodeRegion(path, *info, 0, QRect(0, 0, 10, 10));
        REQUIRE(region.ok());
        CHECK(region->pixelColor(5, 5) == QColor(Qt::red));
    }
    SECTION("a corrupt TIFF is refused")
    {
        const QString path = dir.filePath(QStringLiteral("corrupt.tif"));
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("II*\0", 4) + QByteArray(4096, '\x5a'));
        file.close();
        auto info = ImageSource::probe(path);
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().message().contains(QStringLiteral("corrupt.tif")));
        CHECK(info.error().message().contains(QStringLiteral("TIFF")));
    }
    SECTION("a truncated TIFF is refused")
    {
        const QString whole = dir.filePath(QStringLiteral("whole.tif"));
        REQUIRE(writeGeoTiff(quadrants(1200, 900), whole, 28992).isEmpty());
        QFile in(whole);
        REQUIRE(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString path = dir.filePath(QStringLiteral("half.tif"));
        QFile out(path);
        REQUIRE(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
        out.close();
        auto info = ImageSource::probe(path);
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().message().contains(QStringLiteral("half.tif")));
    }
}

TEST_CASE("Closing the image cache cancels an overview build and leaves nothing behind")
{
    CacheFolder cache;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("wide.tif"));
    // Large enough that building its overviews takes a while after the first report.
    REQUIRE(writeGeoTiff(quadrants(12000, 8000), path, 28992).isEmpty());
    {
        ImageCache images;
        QSignalSpy progress(&images, &ImageCache::overviewProgress);
        QSignalSpy failed(&images, &ImageCache::overviewFailed);
        images.requestOverview(path);
        REQUIRE(progress.wait(60000));
        // Still early in the build when the window closes.
        REQUIRE(progress.last().at(1).toDouble() < 0.5);
    }
    // The destructor waited for the build, which stopped at its next report: had it run to
    // the end, its files would be in the cache.
    CHECK(cache.files().isEmpty());
    CHECK(GeoRaster::cachedOverviews(path).isEmpty());
}
