// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "gpkg": export only. The boxes, polygons and cracks of a task of orthophotos as an OGC
// GeoPackage in the rasters' own coordinate system, one layer per kind ("cracks" of lines,
// "polygons", "boxes"), each feature with its label, person, item, annotation id, kind and
// attributes (docs/formats.md; geoexport.h does the work).

#include "format.h"

namespace annostraat {

Format geoPackageFormat();

} // namespace annostraat
