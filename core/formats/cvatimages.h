// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "cvat-images": CVAT for images 1.1 XML (docs/formats.md): one file with the task's labels
// and their attributes in <meta>, then an <image> per image with its <box>, <polygon> and
// <polyline> shapes (cracks are polylines) and their attributes. <points>, <ellipse>,
// <mask>, <cuboid>, <skeleton> and <tag> have no kind of ours: skipped and counted. A shape
// without a label (CVAT allows it) gets the label "unlabelled".

#include "format.h"

namespace annostraat {

/// The label given to CVAT shapes that have none.
inline constexpr char kCvatUnlabelled[] = "unlabelled";

Format cvatImagesFormat();

} // namespace annostraat
