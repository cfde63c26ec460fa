// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Geometry of image annotations and the agreement metrics built on it (DESIGN.md "Quality"):
// boxes and polygons agree by IoU, crack polylines by how much of each lies within a
// tolerance in pixels of the other.
//
// Two layers, on purpose. The *FromValue parsers and check* validators turn an annotation's
// JSON value into a value type or an Error a user can read; tools and importers call them.
// The metrics never fail: agreement is computed over many annotations at once, and one
// unusable shape must not abort that. They return the "no agreement" value instead
// (IoU 0, match 0, distance +infinity) for input they cannot measure: too few points, zero
// area or length, a coordinate that is not finite. Run the validators first to tell the
// user why.
//
// Coordinates are image pixels (x right, y down); point order (clockwise or not) never
// changes a result.

#include "util/result.h"

#include <QJsonObject>
#include <QList>
#include <QPointF>
#include <QSizeF>

namespace annostraat {

/// An axis-aligned box: top-left corner and size, as in a box annotation's value.
struct Box
{
    double x = 0;
    double y = 0;
    double w = 0;
    double h = 0;

    bool operator==(const Box &) const = default;
};

/// Points in order: a polygon's outline (closed implicitly) or a crack's polyline.
using Polyline = QList<QPointF>;

/// A box annotation's value {"x","y","w","h"}, checked by its kind (model/kinds/boxkind.h).
Result<Box> boxFromValue(const QJsonObject &value);
/// A polygon annotation's value {"points":[[x,y],...]}, checked by its kind (shape, then
/// checkPolygon()).
Result<Polyline> polygonFromValue(const QJsonObject &value);
/// A crack annotation's value {"points":[[x,y],...]}, checked by its kind (shape, then
/// checkCrack()).
Result<Polyline> crackFromValue(const QJsonObject &value);

/// Whether \a outline is a simple polygon with an area: finite coordinates, at least three
/// distinct vertices, not all on one line, no edge crossing or touching another.
/// Repeated consecutive points (also a last point equal to the first) are allowed.
Result<void> checkPolygon(const Polyline &outline);
/// Whether \a points form a crack: finite coordinates, at least two points, a length > 0.
/// A crack may cross itself (cracks branch and meet).
Result<void> checkCrack(const Polyline &points);
/// A polygon while it is being drawn: its sides so far (without the closing side, which
/// changes with every vertex) do not cross. checkPolygon decides once it is closed.
Result<void> checkOpenChain(const Polyline &points);

/// Intersection over union of two boxes: 1 when equal, 0 when disjoint or only touching.
double boxIoU(const Box &a, const Box &b);

/// Area enclosed by \a outline (shoelace formula, absolute value); 0 below three points.
double polygonArea(const Polyline &outline);
/// Intersection over union of two simple polygons, convex or not. For self-crossing
/// outlines (which checkPolygon rejects) the result is not meaningful.
double polygonIoU(const Polyline &a, const Polyline &b);

/// Sum of the segment lengths of \a points.
double polylineLength(const Polyline &points);
/// The fraction (0–1) of the length of \a a that lies within \a tolerancePx of \a b.
/// A polyline of length 0 counts as its first point: 1 if that is within the tolerance.
/// 0 when \a tolerancePx is not > 0.
double polylineCoverage(const Polyline &a, const Polyline &b, double tolerancePx);
/// Symmetric agreement of two cracks: the mean of polylineCoverage(a, b) and
/// polylineCoverage(b, a). 1 when each lies within the tolerance of the other.
double polylineMatch(const Polyline &a, const Polyline &b, double tolerancePx);
/// The largest distance from a point of \a a to the nearest point of \a b, over every
/// point of \a a's segments (not only its vertices).
double directedHausdorffDistance(const Polyline &a, const Polyline &b);
/// The Hausdorff distance: the larger of the two directed distances.
double hausdorffDistance(const Polyline &a, const Polyline &b);

// Editing helpers for the drawing tools (widgets/tools). Pure geometry, so they are tested
// without widgets. "Bounds" is the image size: everything stays within (0,0)–(w,h).

/// The value JSON of a box, the inverse of boxFromValue.
QJsonObject boxToValue(const Box &box);
/// The value JSON {"points":[[x,y],...]} of a polygon or a crack.
QJsonObject polylineToValue(const Polyline &points);
/// The points of a polygon or crack value without validating them; empty when malformed.
Polyline pointsFromValue(const QJsonObject &value);

/// The box spanned by two opposite corners given in any order.
Box boxFromCorners(QPointF a, QPointF b);
/// \a p moved to the nearest point of the rectangle (0,0)–\a bounds.
QPointF clampPoint(QPointF p, QSizeF bounds);
/// The part of \a box inside (0,0)–\a bounds (zero size when outside).
Box clampBox(const Box &box, QSizeF bounds);
/// \a box moved by \a delta, but only as far as keeps it inside \a bounds.
Box moveBox(const Box &box, QPointF delta, QSizeF bounds);
/// \a points moved by \a delta, but only as far as keeps every point inside \a bounds.
Polyline movePolyline(const Polyline &points, QPointF delta, QSizeF bounds);

/// The eight resize handles of a box, clockwise from the top-left corner.
enum class BoxHandle { TopLeft, Top, TopRight, Right, BottomRight, Bottom, BottomLeft, Left };
constexpr int kBoxHandleCount = 8;
/// Where \a handle sits on \a box.
QPointF boxHandlePosition(const Box &box, BoxHandle handle);
/// The handle within \a tolerance of \a p (the nearest when several), or -1.
int boxHandleAt(const Box &box, QPointF p, double tolerance);
/// \a box with the edges that \a handle controls moved to \a pos (clamped to \a bounds);
/// dragging past the opposite edge flips the box, which stays normalised (w, h >= 0).
Box resizeBox(const Box &box, BoxHandle handle, QPointF pos, QSizeF bounds);

/// Distance from \a p to the segment \a a–\a b; \a foot gets the nearest point on it.
double distanceToSegment(QPointF p, QPointF a, QPointF b, QPointF *foot = nullptr);
/// Index of the vertex nearest \a p within \a tolerance, or -1.
int vertexAt(const Polyline &points, QPointF p, double tolerance);
/// Index i of the segment (points i → i+1; for \a closed also last → first) nearest \a p
/// within \a tolerance, or -1. \a foot gets the nearest point on that segment.
int segmentAt(const Polyline &points, QPointF p, double tolerance, bool closed,
              QPointF *foot = nullptr);
/// Whether \a p lies inside the polygon \a outline (odd-even rule).
bool polygonContains(const Polyline &outline, QPointF p);
/// \a points with \a p inserted after index \a segment (on segment \a segment).
Polyline insertVertex(const Polyline &points, int segment, QPointF p);

} // namespace annostraat
