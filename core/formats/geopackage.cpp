// SPDX-License-Identifier: GPL-3.0-or-later
#include "geopackage.h"

#include "geoexport.h"

#include <QCoreApplication>

namespace annostraat {

Format geoPackageFormat()
{
    return geoVectorFormat(
            QStringLiteral("gpkg"), QT_TRANSLATE_NOOP("annostraat::Formats", "GeoPackage"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "Cracks, polygons and boxes as three layers of one GeoPackage, in "
                              "the map coordinates of georeferenced orthophotos, for GIS "
                              "programs. Export only."),
            QStringLiteral("gpkg"),
            [](const Store &store, const QString &taskId, QIODevice &out,
               const ExportOptions &options, const FormatProgress &progress) {
                return exportGeoVector(store, taskId, out, options, progress, "GPKG",
                                       GeoLayers::PerKind);
            });
}

} // namespace annostraat
