// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "labelstudio-text": Label Studio's JSON export for text tasks (docs/formats.md): an array
// of tasks, {"data": {"text": …}, "annotations": [{"completed_by": N, "result": [{"type":
// "labels", "value": {"start", "end", "text", "labels": […]}}]}]}, offsets in code points.
// Each annotator's annotation is a layer: imported into the profile "ls-<N>", exported as one
// annotation per layer.

#include "format.h"
#include "labelstudiojson.h"

namespace annostraat {

Format labelStudioTextFormat();

} // namespace annostraat
