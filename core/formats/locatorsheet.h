// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "locator-sheet": the broadcaster's locator sheet (issue 10; the shape of
// fixtures/seed/program_locators.tsv), one file per video, tab-separated:
//
//     locator          position  timecode
//     Trailer / Ident  start     00:00:00:00
//     Trailer / Ident  end       00:00:02:28
//     Recap            start
//     Recap            end
//
// Two rows per part of the program that the schema's "locators" name, in the schema's order:
// its start and its end (the first frame after the part, as the next part's start), in SMPTE
// timecode with the video's start timecode added (or the task's, Schema::startTimecode()). An
// empty timecode on both rows means the part is not in the video ("skip"). A "layer" column
// comes first when the export holds more than one person's locators; import reads it, and an
// "item" column naming the video, when present. Import also reads commas instead of tabs.
// Importing a sheet replaces each named locator of the layer (importing it twice changes
// nothing); locators the sheet does not name stay as they are.

#include "format.h"

namespace annostraat {

Format locatorSheetFormat();

} // namespace annostraat
