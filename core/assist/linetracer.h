// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Following a dark line (a crack, a seam, a dark outline) between two points of an image, for
// the crack and polygon tools' assisted mode (docs/decisions/0019-assisted-tracing.md).
//
// Design note. The path is OpenCV's intelligent scissors (cv::segmentation::
// IntelligentScissorsMB): a least-cost path over the pixels, the cost low on the line. Its
// built-in features find *edges* (where light turns dark), which puts the path on one side
// of a crack; we give it features of *dark lines* instead: the morphological black-hat of the
// grey image (how much darker a pixel is than its surroundings) as the cost, the normal of
// the line from the Hessian as the direction. The tracer works on one region of the image
// (what the canvas shows, plus a margin), scaled so its longer side is at most kMaxSide
// pixels: the work per placed point is bounded whatever the size of the image (a 20,000 px
// orthophoto is traced on its overview when zoomed out, on full-resolution tiles when zoomed
// in). setRegion() computes the features, setSource() the paths from the last placed point
// (the costly step), pathTo() reads one path (cheap, on every pointer move). Not thread-safe;
// one tracer can be moved to a worker as a whole.

#include "quality/geometry.h"

#include <QImage>
#include <QRectF>

#include <memory>

namespace annostraat {

class LineTracer
{
public:
    /// The longer side of the working image, in pixels.
    static constexpr int kMaxSide = 1024;
    /// Dark lines up to about this wide (working pixels) are followed along their middle.
    static constexpr int kMaxLineWidth = 13;

    LineTracer();
    ~LineTracer();
    LineTracer(LineTracer &&) noexcept;
    LineTracer &operator=(LineTracer &&) noexcept;

    /// The scale (working pixels per image pixel, at most 1) for a region of \a regionSize
    /// image pixels, so that its longer side fits kMaxSide.
    static double scaleFor(QSizeF regionSize);

    /// Takes \a pixels, which show \a imageRect of the image (image coordinates), usually
    /// scaled by scaleFor(imageRect.size()); any format. Forgets the source. False (and not
    /// ready) for an empty image or rectangle.
    bool setRegion(const QImage &pixels, const QRectF &imageRect);
    /// The image rectangle the tracer has pixels of; empty before setRegion().
    QRectF region() const;
    bool hasRegion() const;
    /// Whether \a imagePos lies in the region.
    bool covers(QPointF imagePos) const;

    /// Computes the paths from \a imagePos to every pixel of the region. False when it lies
    /// outside the region.
    bool setSource(QPointF imagePos);
    bool hasSource() const;
    QPointF source() const;

    /// The path along the line from the source to \a imagePos in image coordinates, starting
    /// at the source and ending at \a imagePos exactly, simplified (Douglas-Peucker) so no
    /// pixel of the path is further than \a tolerance image pixels from it. Empty without a
    /// source or when \a imagePos lies outside the region.
    Polyline pathTo(QPointF imagePos, double tolerance) const;

    /// Douglas-Peucker simplification of an open polyline (OpenCV's approxPolyDP); the first
    /// and last points stay.
    static Polyline simplify(const Polyline &points, double tolerance);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace annostraat
