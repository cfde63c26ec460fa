// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "doccano": doccano's JSONL for sequence labelling (docs/formats.md): one JSON object per
// line, {"text": …, "label": [[start, end, "LABEL"], …]} (the older "labels" key is read too),
// offsets in UTF-16 code units as JavaScript counts them, converted to code points here.

#include "format.h"

namespace annostraat {

Format doccanoFormat();

} // namespace annostraat
