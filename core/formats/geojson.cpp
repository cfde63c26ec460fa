// SPDX-License-Identifier: GPL-3.0-or-later
#include "geojson.h"

#include "geoexport.h"

#include <QCoreApplication>

namespace annostraat {

Format geoJsonFormat()
{
    return geoVectorFormat(
            QStringLiteral("geojson"), QT_TRANSLATE_NOOP("annostraat::Formats", "GeoJSON"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "Cracks as lines, polygons and boxes as areas, in the map "
                              "coordinates of georeferenced orthophotos, for GIS programs. "
                              "Export only."),
            QStringLiteral("geojson"),
            [](const Store &store, const QString &taskId, QIODevice &out,
               const ExportOptions &options, const FormatProgress &progress) {
                return exportGeoVector(store, taskId, out, options, progress, "GeoJSON",
                                       GeoLayers::One);
            });
}

} // namespace annostraat
