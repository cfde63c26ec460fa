// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "brat": brat's standoff format (docs/formats.md), a .txt and a .ann per document, entity
// lines "T1<TAB>LABEL start end<TAB>text" with offsets in code points. Discontinuous spans
// ("start end;start end") are refused. Importing a .ann or .txt reads every pair in its
// folder; exporting writes a ZIP archive of the pairs and an annotation.conf.

#include "format.h"

namespace annostraat {

Format bratFormat();

} // namespace annostraat
