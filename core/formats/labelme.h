// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "labelme": labelme's JSON, one file per image (docs/formats.md): rectangles as boxes,
// polygons, linestrips (and two-point lines) as cracks; points and circles, which we have no
// kind for, are skipped and counted. A shape's "flags" are bool attributes. Importing a file
// reads every labelme file in its folder (labelme keeps a dataset as one folder); exporting
// writes a ZIP archive of one JSON per image.

#include "format.h"

namespace annostraat {

/// The largest labelme file read (256 MiB): they may hold the image itself (imageData).
inline constexpr qint64 kLabelmeMaxBytes = qint64(256) << 20;

Format labelmeFormat();

} // namespace annostraat
