// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "labelstudio-images": Label Studio's JSON export for image tasks (docs/formats.md): an array
// of tasks {"data": {"image": …}, "annotations": [{"completed_by": N, "result": […]}],
// "predictions": […]}, shapes in percent of the image's original_width × original_height.
// rectanglelabels are boxes (turned ones refused), polygonlabels polygons (an open one, which
// Label Studio leaves when a polygon is not finished, a crack); keypoints are skipped and
// counted. Each annotator's annotation is a layer ("ls-<N>", as labelstudio-text); predictions
// come in only as suggestions. Label Studio has no polyline, so cracks are not exported (counted).

#include "format.h"

namespace annostraat {

Format labelStudioImagesFormat();

} // namespace annostraat
