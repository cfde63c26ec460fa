// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the GIS exports (geojson.cpp, geopackage.cpp) share: the task's boxes, polygons and
// cracks, chosen by exportedAnnotations() (through collectImageExport()), turned from pixels
// into map coordinates with each image's georeference (GDAL geotransform, georaster.h) and
// written through OGR with their attributes. Every image that has annotations to export
// must be georeferenced and all in one coordinate system; otherwise the export is refused,
// naming the file (docs/decisions/0013-orthophotos.md): pixel coordinates in a GIS file
// would land near the map's origin and look like data.

#include "format.h"

namespace annostraat {

/// How features are grouped into layers.
enum class GeoLayers {
    One,     ///< one layer "annotations" of mixed geometry (GeoJSON: one FeatureCollection)
    PerKind, ///< one layer per kind: "cracks" (lines), "polygons", "boxes" (GeoPackage)
};

/// Exports task \a taskId through OGR driver \a driver ("GeoJSON", "GPKG") to \a out.
Result<ExportSummary> exportGeoVector(const Store &store, const QString &taskId, QIODevice &out,
                                      const ExportOptions &options, const FormatProgress &progress,
                                      const char *driver, GeoLayers layers);

/// The description both GIS formats share: export only, image tasks; boxes, polygons, cracks.
Format geoVectorFormat(QString id, const char *name, const char *summary, QString extension,
                       ExportFunction exporter);

} // namespace annostraat
