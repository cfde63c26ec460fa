// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// COCO run-length masks and their outlines. We have no mask kind: a mask is imported as the
// polygons of its outer outlines, traced with OpenCV's cv::findContours (RETR_EXTERNAL,
// CHAIN_APPROX_SIMPLE). What is lost is stated in docs/formats.md: holes, parts too thin to
// have an area, and about half a pixel all round (the outline runs through the centres of the
// mask's border pixels).

#include "quality/geometry.h"

#include <QByteArray>
#include <QList>

#include <optional>
#include <vector>

namespace annostraat {

/// A binary mask in COCO's order: column by column (x outer, y inner), 1 = inside.
struct RunLengthMask
{
    int height = 0;
    int width = 0;
    std::vector<quint32> counts; ///< alternating runs, starting with a run of 0s
};

/// pycocotools' compressed counts string (LEB128-like, 6 bits a character, deltas from the
/// run two before) decoded; nullopt when it is malformed.
std::optional<std::vector<quint32>> decodeCocoCounts(const QByteArray &text);

struct TracedMask
{
    QList<Polyline> outlines; ///< each a valid polygon (checkPolygon)
    int droppedParts = 0;     ///< parts whose outline has no area (one pixel wide or less)
    int holes = 0;            ///< holes left out
};

/// The outer outlines of \a mask; its runs must add up to height × width.
TracedMask traceMask(const RunLengthMask &mask);

} // namespace annostraat
