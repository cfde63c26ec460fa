// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Georeferenced test rasters, made with GDAL's own command-line tools (gdal-bin, a test-only
// dependency that CMake requires when the tests are built): an image written by Qt, then
// gdal_translate with a CRS and the map corners, tiled and deflate-compressed as orthophotos
// arrive.

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace annostraat::test {

/// Runs GDAL tool \a program with \a arguments; its error output on failure, else empty.
inline QString runGdalTool(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30 * 60 * 1000))
        return program + QStringLiteral(" did not finish");
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return program + QStringLiteral(" failed: ") +
               QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}

/// Where a test raster lies: the map coordinates of its top-left and bottom-right corners.
struct MapCorners
{
    double ulx = 155000;
    double uly = 463100;
    double lrx = 155150;
    double lry = 463000;
};

/// Writes \a image as a tiled, deflate-compressed GeoTIFF at \a path; with \a epsg (e.g.
/// 28992, Amersfoort / RD New) and \a corners, else without any georeference. \a extra goes
/// to gdal_translate as it is (-ot UInt16 -scale …). Returns gdal_translate's complaint, or
/// empty on success.
inline QString writeGeoTiff(const QImage &image, const QString &path, int epsg,
                            const MapCorners &corners = {}, const QStringList &extra = {})
{
    const QString png = path + QStringLiteral(".png");
    if (!image.save(png, "PNG"))
        return QStringLiteral("cannot write ") + png;
    QStringList args{QStringLiteral("-q"),
                     QStringLiteral("-of"),
                     QStringLiteral("GTiff"),
                     QStringLiteral("-co"),
                     QStringLiteral("TILED=YES"),
                     QStringLiteral("-co"),
                     QStringLiteral("COMPRESS=DEFLATE")};
    if (epsg > 0)
        args << QStringLiteral("-a_srs") << QStringLiteral("EPSG:%1").arg(epsg)
             << QStringLiteral("-a_ullr") << QString::number(corners.ulx, 'f', 6)
             << QString::number(corners.uly, 'f', 6) << QString::number(corners.lrx, 'f', 6)
             << QString::number(corners.lry, 'f', 6);
    args << extra << png << path;
    const QString failed = runGdalTool(QStringLiteral(ANNOSTRAAT_GDAL_TRANSLATE), args);
    QFile::remove(png);
    return failed;
}

} // namespace annostraat::test
