// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "geojson": export only. The boxes, polygons and cracks of a task of orthophotos as one
// GeoJSON FeatureCollection in the rasters' own coordinate system (a "crs" member names it),
// each feature with its label, person, item, annotation id, kind and attributes
// (docs/formats.md; geoexport.h does the work).

#include "format.h"

namespace annostraat {

Format geoJsonFormat();

} // namespace annostraat
