// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "voc": Pascal VOC detection XML (docs/formats.md): one Annotations/<id>.xml per image with
// its size and its objects' boxes; difficult, truncated and occluded as bool attributes, pose
// as text, the person actions as bool attributes, other attributes in Datumaro's
// <attributes> extension. Imported from an ImageSets/Main/<subset>.txt list (every image it
// names, from JPEGImages/) or from one Annotations XML; exported as a ZIP archive of the
// Annotations and ImageSets/Main/default.txt. VOC has no lines or polygons: a polygon goes
// out as its bounding box, a crack too, with its line kept in <attributes>.

#include "format.h"

namespace annostraat {

Format pascalVocFormat();

} // namespace annostraat
