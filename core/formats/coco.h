// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "coco": COCO object detection ("instances") JSON (docs/formats.md): categories by name,
// images with their sizes, boxes and polygons; run-length masks come in as traced polygons
// (masktrace.h); crowd regions keep iscrowd as an attribute. Cracks, for which COCO has no
// kind, go out as their bounding box with the line in the annotation's "attributes"
// (Datumaro's extension), and come back in as cracks.

#include "format.h"

namespace annostraat {

/// The largest COCO file read (512 MiB). The file is parsed whole (QJsonDocument), which
/// takes a few times its size in memory; a larger one is refused with its size named.
/// COCO 2017's instances_train2017.json (448 MB) is below it.
inline constexpr qint64 kCocoMaxBytes = qint64(512) << 20;

Format cocoFormat();

} // namespace annostraat
