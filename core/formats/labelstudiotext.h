// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "labelstudio-text": Label Studio's JSON export for text tasks (docs/formats.md): an array
// of tasks, {"data": {"text": …}, "annotations": [{"completed_by": N, "result": [{"type":
// "labels", "value": {"start", "end", "text", "labels": […]}}]}]}, offsets in code points.
// Each annotator's annotation is a layer: imported into the profile "ls-<N>", exported as one
// annotation per layer.

#include "format.h"

namespace annostraat {

/// The largest Label Studio file read: it is parsed whole.
inline constexpr qint64 kLabelStudioMaxBytes = qint64(512) << 20;

Format labelStudioTextFormat();

} // namespace annostraat
