// SPDX-License-Identifier: GPL-3.0-or-later
// Orthophoto benchmark: prints numbers, asserts nothing about speed (STYLE.md).
//
//   bench_georaster [SIDE] [SMALL]   default 40000 and 10000
//
// Inputs, generated once into the build folder (tests/bench/georaster) with GDAL's tools: a
// photo-like RGB texture of 4000² (smooth structure, fine texture and noise, as a drone
// photo; not a flat gradient) made with Qt, laid out SIDE/4000 times per side by a VRT and
// written by gdal_translate as a tiled (256²), deflate-compressed BigTIFF GeoTIFF in
// EPSG:28992 without overviews; the same for SMALL.
//
// Each measurement runs in a child process (this program with --child), so its peak memory
// (VmHWM) is its own:
//   first open  – probe + overview (building the cached overviews first) + one 1024² region at
//                 full resolution at the bottom right: what the canvas needs for a first view;
//   second open – the same with the overview cache in place;
//   plain read  – the whole SMALL raster read by GDAL into one RGBA buffer (what a viewer that
//                 decodes everything pays); for SIDE it would be SIDE² × 4 bytes (6.4 GB at
//                 40,000²), so it is only computed, not run.

#include "../media/geotestutil.h"
#include "benchutil.h"
#include "media/georaster.h"
#include "media/imagesource.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QProcess>
#include <QRandomGenerator>

#include <cmath>
#include <cstdio>

#include <gdal.h>

using namespace annostraat;
using bench::die;

namespace {

constexpr int kTexture = 4000;

QString folder()
{
    const QString dir =
            QCoreApplication::applicationDirPath() + QStringLiteral("/../tests/bench/georaster");
    QDir().mkpath(dir);
    return QDir(dir).absolutePath();
}

/// A photo-like texture: large smooth shapes (fields, dike slopes), a fine grain and noise.
QImage texture()
{
    QImage image(kTexture, kTexture, QImage::Format_RGB32);
    QRandomGenerator rng(13);
    for (int y = 0; y < kTexture; ++y) {
        QRgb *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < kTexture; ++x) {
            const double large = 0.5 + 0.25 * std::sin(x / 310.0) * std::cos(y / 270.0) +
                                 0.15 * std::sin((x + 2 * y) / 95.0);
            const double grain = 0.08 * std::sin(x / 3.1) * std::sin(y / 2.7);
            const int noise = int(rng.bounded(25)) - 12;
            const int g = std::clamp(int((large + grain) * 255) + noise, 0, 255);
            line[x] = qRgb(std::clamp(g - 20 + noise, 0, 255), g,
                           std::clamp(g - 40 + int(rng.bounded(9)), 0, 255));
        }
    }
    return image;
}

/// The SIDE² GeoTIFF, made once.
QString geoTiff(int side)
{
    const QString dir = folder();
    const QString path = QDir(dir).filePath(QStringLiteral("ortho-%1.tif").arg(side));
    if (QFileInfo::exists(path))
        return path;
    const QString png = QDir(dir).filePath(QStringLiteral("texture.png"));
    if (!QFileInfo::exists(png) && !texture().save(png, "PNG"))
        die(QStringLiteral("cannot write %1").arg(png));
    // A VRT that lays the texture out side/4000 times per side (mirrored every other time
    // would be nicer; repeating is enough for deflate, whose window is 32 KB).
    QByteArray vrt = QStringLiteral("<VRTDataset rasterXSize=\"%1\" rasterYSize=\"%1\">\n")
                             .arg(side)
                             .toUtf8();
    const int n = (side + kTexture - 1) / kTexture;
    for (int band = 1; band <= 3; ++band) {
        vrt += QStringLiteral("<VRTRasterBand dataType=\"Byte\" band=\"%1\">\n").arg(band).toUtf8();
        vrt += QByteArray("<ColorInterp>") +
               (band == 1   ? "Red"
                : band == 2 ? "Green"
                            : "Blue") +
               "</ColorInterp>\n";
        for (int ty = 0; ty < n; ++ty)
            for (int tx = 0; tx < n; ++tx)
                vrt += QStringLiteral("<SimpleSource><SourceFilename relativeToVRT=\"0\">%1"
                                      "</SourceFilename><SourceBand>%2</SourceBand>"
                                      "<SrcRect xOff=\"0\" yOff=\"0\" xSize=\"%3\" ySize=\"%3\"/>"
                                      "<DstRect xOff=\"%4\" yOff=\"%5\" xSize=\"%3\" ySize=\"%3\"/>"
                                      "</SimpleSource>\n")
                               .arg(png)
                               .arg(band)
                               .arg(kTexture)
                               .arg(tx * kTexture)
                               .arg(ty * kTexture)
                               .toUtf8();
        vrt += "</VRTRasterBand>\n";
    }
    vrt += "</VRTDataset>\n";
    const QString vrtPath = QDir(dir).filePath(QStringLiteral("mosaic-%1.vrt").arg(side));
    QFile file(vrtPath);
    if (!file.open(QIODevice::WriteOnly) || file.write(vrt) != vrt.size())
        die(QStringLiteral("cannot write %1").arg(vrtPath));
    file.close();
    std::printf("generating %s (%d x %d, tiled 256, deflate, BigTIFF, EPSG:28992)…\n",
                qPrintable(path), side, side);
    std::fflush(stdout);
    const QString temp = path + QStringLiteral(".part");
    const double metres = side * 0.05; // 5 cm pixels, as a drone orthophoto
    const QString failed = test::runGdalTool(
            QStringLiteral(ANNOSTRAAT_GDAL_TRANSLATE),
            {QStringLiteral("-q"), QStringLiteral("-of"), QStringLiteral("GTiff"),
             QStringLiteral("-co"), QStringLiteral("TILED=YES"), QStringLiteral("-co"),
             QStringLiteral("COMPRESS=DEFLATE"), QStringLiteral("-co"),
             QStringLiteral("BIGTIFF=YES"), QStringLiteral("-a_srs"), QStringLiteral("EPSG:28992"),
             QStringLiteral("-a_ullr"), QStringLiteral("150000"),
             QString::number(460000 + metres, 'f', 2), QString::number(150000 + metres, 'f', 2),
             QStringLiteral("460000"), vrtPath, temp});
    if (!failed.isEmpty())
        die(failed);
    QFile::rename(temp, path);
    return path;
}

/// --child open PATH CACHE: first or second open, whichever the cache folder makes it.
int childOpen(const QString &path, const QString &cache)
{
    GeoRaster::setCacheFolder(cache);
    QElapsedTimer timer;
    timer.start();
    const ImageInfo info = bench::check(ImageSource::probe(path), "probe");
    const bool building = GeoRaster::needsOverviews(path, info);
    const double probeMs = timer.nsecsElapsed() / 1e6;
    const QImage overview = bench::check(
            ImageSource::decodeOverview(path, info, ImageSource::kOverviewMaxSide, {}), "overview");
    const double overviewMs = timer.nsecsElapsed() / 1e6;
    const QRect corner(info.size.width() - 1024, info.size.height() - 1024, 1024, 1024);
    const QImage region = bench::check(ImageSource::decodeRegion(path, info, 0, corner), "region");
    const double regionMs = timer.nsecsElapsed() / 1e6 - overviewMs;
    std::printf("%s|%.0f|%.0f|%.0f|%lld|%dx%d\n", building ? "overviews built" : "no build",
                probeMs, overviewMs, regionMs, bench::peakRssKb() / 1024, overview.width(),
                overview.height());
    return region.isNull() ? 1 : 0;
}

/// --child plain PATH: the whole raster into one buffer through GDAL.
int childPlain(const QString &path)
{
    GDALAllRegister();
    QElapsedTimer timer;
    timer.start();
    GDALDatasetH ds = GDALOpen(QFile::encodeName(path).constData(), GA_ReadOnly);
    if (!ds)
        die(QStringLiteral("cannot open %1").arg(path));
    const int w = GDALGetRasterXSize(ds), h = GDALGetRasterYSize(ds);
    QImage image(w, h, QImage::Format_RGBA8888);
    if (image.isNull())
        die(QStringLiteral("cannot allocate %1 x %2").arg(w).arg(h));
    int bands[3] = {1, 2, 3};
    if (GDALDatasetRasterIO(ds, GF_Read, 0, 0, w, h, image.bits(), w, h, GDT_Byte, 3, bands, 4,
                            image.bytesPerLine(), 1) != CE_None)
        die(QStringLiteral("read failed"));
    GDALClose(ds);
    std::printf("plain|%.0f|%lld\n", timer.nsecsElapsed() / 1e6, bench::peakRssKb() / 1024);
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

void openTwice(int side)
{
    const QString path = geoTiff(side);
    const QString cache = QDir(folder()).filePath(QStringLiteral("cache-%1").arg(side));
    QDir(cache).removeRecursively(); // the first open must build
    const double mb = QFileInfo(path).size() / 1e6;
    std::printf("\n%d x %d GeoTIFF (%.0f MB on disk, no overviews of its own):\n", side, side, mb);
    for (int round = 0; round < 2; ++round) {
        const QStringList r = runChild({QStringLiteral("open"), path, cache});
        std::printf("  %-12s probe %6s ms  first view (overview %s) %8s ms  + 1024² tile at "
                    "bottom right %5s ms  peak RSS %5s MB  [%s]\n",
                    round == 0 ? "first open" : "second open", qPrintable(r.value(1)),
                    qPrintable(r.value(5)), qPrintable(r.value(2)), qPrintable(r.value(3)),
                    qPrintable(r.value(4)), qPrintable(r.value(0)));
        std::fflush(stdout);
    }
    qint64 cacheBytes = 0;
    for (const QFileInfo &fi : QDir(cache).entryInfoList(QDir::Files))
        cacheBytes += fi.size();
    std::printf("  overview cache: %.0f MB\n", cacheBytes / 1e6);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == QStringLiteral("--child")) {
        if (args.value(2) == QStringLiteral("open"))
            return childOpen(args.value(3), args.value(4));
        if (args.value(2) == QStringLiteral("plain"))
            return childPlain(args.value(3));
        die(QStringLiteral("unknown child"));
    }
    const int side = args.value(1, QStringLiteral("40000")).toInt();
    const int small = args.value(2, QStringLiteral("10000")).toInt();
    std::printf("bench_georaster: GeoTIFFs made with gdal_translate from a photo-like 4000² "
                "texture (noise and grain), tiled 256², deflate; GDAL %s; block cache %lld MB\n",
                GDALVersionInfo("RELEASE_NAME"), GeoRaster::kGdalCacheBytes >> 20);
    openTwice(small);
    const QStringList plain = runChild({QStringLiteral("plain"), geoTiff(small)});
    std::printf("  plain full GDAL read into one RGBA buffer: %s ms, peak RSS %s MB\n",
                qPrintable(plain.value(1)), qPrintable(plain.value(2)));
    if (side > small) {
        openTwice(side);
        std::printf("  plain full read: not run; it needs %.1f GB for the pixels alone\n",
                    double(side) * side * 4 / 1e9);
    }
    return 0;
}
