// SPDX-License-Identifier: GPL-3.0-or-later
#include "geometry.h"

#include "model/kinds/annotationkinds.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QPainterPath>
#include <QPolygonF>

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>
#include <vector>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Geometry)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Geometry)
};

constexpr double kInfinity = std::numeric_limits<double>::infinity();

double dot(QPointF a, QPointF b) { return a.x() * b.x() + a.y() * b.y(); }
double cross(QPointF a, QPointF b) { return a.x() * b.y() - a.y() * b.x(); }
double norm(QPointF a) { return std::hypot(a.x(), a.y()); }

bool allFinite(const Polyline &points)
{
    return std::all_of(points.begin(), points.end(), [](QPointF p) {
        return std::isfinite(p.x()) && std::isfinite(p.y());
    });
}

bool finiteBox(const Box &b)
{
    return std::isfinite(b.x) && std::isfinite(b.y) && std::isfinite(b.w) && std::isfinite(b.h);
}

double signedArea(const QPolygonF &ring)
{
    // Twice the area, summed relative to the first vertex: keeps the products small when
    // a polygon lies far from the origin (30,000 px images), so less is lost to rounding.
    if (ring.size() < 3)
        return 0;
    const QPointF origin = ring.first();
    double twice = 0;
    for (qsizetype i = 1; i + 1 < ring.size(); ++i)
        twice += cross(ring.at(i) - origin, ring.at(i + 1) - origin);
    return twice / 2;
}

QPainterPath toPath(const Polyline &outline)
{
    QPainterPath path;
    path.addPolygon(QPolygonF(outline));
    path.closeSubpath();
    return path;
}

// Point order with repeats removed, the closing repeat of the first point as well: edges
// of length 0 have no direction, and the crossing test below needs one.
Polyline distinctVertices(const Polyline &outline)
{
    Polyline result;
    for (QPointF p : outline)
        if (result.isEmpty() || result.last() != p)
            result.append(p);
    while (result.size() > 1 && result.last() == result.first())
        result.removeLast();
    return result;
}

int orientation(QPointF a, QPointF b, QPointF c)
{
    const double v = cross(b - a, c - a);
    return (v > 0) - (v < 0);
}

// For c known to be on the line through a and b.
bool withinBounds(QPointF a, QPointF b, QPointF c)
{
    return std::min(a.x(), b.x()) <= c.x() && c.x() <= std::max(a.x(), b.x())
        && std::min(a.y(), b.y()) <= c.y() && c.y() <= std::max(a.y(), b.y());
}

// Closed segments: touching at an end or overlapping along a line counts as meeting.
bool segmentsMeet(QPointF p1, QPointF p2, QPointF q1, QPointF q2)
{
    const int o1 = orientation(p1, p2, q1);
    const int o2 = orientation(p1, p2, q2);
    const int o3 = orientation(q1, q2, p1);
    const int o4 = orientation(q1, q2, p2);
    if (o1 != o2 && o3 != o4)
        return true;
    return (o1 == 0 && withinBounds(p1, p2, q1)) || (o2 == 0 && withinBounds(p1, p2, q2))
        || (o3 == 0 && withinBounds(q1, q2, p1)) || (o4 == 0 && withinBounds(q1, q2, p2));
}

struct Segment
{
    QPointF from;
    QPointF to;
};

// A single point is a segment of length 0, so a one-point polyline still has a distance.
std::vector<Segment> segmentsOf(const Polyline &points)
{
    std::vector<Segment> segments;
    if (points.size() == 1)
        segments.push_back({points.first(), points.first()});
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        segments.push_back({points.at(i), points.at(i + 1)});
    return segments;
}

double pointSegmentDistance(QPointF p, const Segment &s)
{
    const QPointF d = s.to - s.from;
    const double lengthSquared = dot(d, d);
    const double t = lengthSquared > 0 ? std::clamp(dot(p - s.from, d) / lengthSquared, 0.0, 1.0) : 0.0;
    return norm(p - (s.from + t * d));
}

double pointPolylineDistance(QPointF p, const std::vector<Segment> &segments)
{
    double best = kInfinity;
    for (const Segment &s : segments)
        best = std::min(best, pointSegmentDistance(p, s));
    return best;
}

struct Interval
{
    double lo;
    double hi;
};

// Narrows [lo, hi] to the t where f0 + t * fd lies in [min, max].
void clipSlab(double f0, double fd, double min, double max, double &lo, double &hi)
{
    if (fd == 0) {
        if (f0 < min || f0 > max) {
            lo = kInfinity;
            hi = -kInfinity;
        }
        return;
    }
    double a = (min - f0) / fd;
    double b = (max - f0) / fd;
    if (a > b)
        std::swap(a, b);
    lo = std::max(lo, a);
    hi = std::min(hi, b);
}

// The parameters t in [0, 1] for which s.from + t * (s.to - s.from) is within r of the
// segment c. The points within r of a segment form a capsule (a rectangle capped by two
// discs); it is convex, so the answer is one interval: the hull of the line's intervals in
// the three pieces. Exact up to rounding, where sampling points along the segment would
// be off by up to the sample spacing.
Interval withinCapsule(const Segment &s, const Segment &c, double r)
{
    const QPointF d = s.to - s.from;
    double lo = kInfinity;
    double hi = -kInfinity;
    const auto widen = [&](double a, double b) {
        if (a <= b) {
            lo = std::min(lo, a);
            hi = std::max(hi, b);
        }
    };
    const double dd = dot(d, d);
    for (QPointF centre : {c.from, c.to}) {
        // |w + t d|² <= r² with w = s.from - centre: dd t² + 2 wd t + (ww - r²) <= 0.
        const QPointF w = s.from - centre;
        const double wd = dot(w, d);
        const double excess = dot(w, w) - r * r;
        if (dd == 0) {
            if (excess <= 0)
                widen(0, 1);
            continue;
        }
        const double discriminant = wd * wd - dd * excess;
        if (discriminant < 0)
            continue;
        const double root = std::sqrt(discriminant);
        widen((-wd - root) / dd, (-wd + root) / dd);
    }
    const QPointF e = c.to - c.from;
    const double length = norm(e);
    if (length > 0) {
        const QPointF along = e / length;
        const QPointF across(-along.y(), along.x());
        const QPointF w = s.from - c.from;
        double a = -kInfinity;
        double b = kInfinity;
        clipSlab(dot(w, along), dot(d, along), 0, length, a, b);
        clipSlab(dot(w, across), dot(d, across), -r, r, a, b);
        widen(a, b);
    }
    return {std::max(lo, 0.0), std::min(hi, 1.0)};
}

bool boundsApart(const Segment &s, const Segment &c, double r)
{
    return std::max(s.from.x(), s.to.x()) < std::min(c.from.x(), c.to.x()) - r
        || std::min(s.from.x(), s.to.x()) > std::max(c.from.x(), c.to.x()) + r
        || std::max(s.from.y(), s.to.y()) < std::min(c.from.y(), c.to.y()) - r
        || std::min(s.from.y(), s.to.y()) > std::max(c.from.y(), c.to.y()) + r;
}

// The parts of segment s within r of the polyline, merged and in order.
std::vector<Interval> coveredParts(const Segment &s, const std::vector<Segment> &other, double r,
                                   double mergeGap)
{
    std::vector<Interval> parts;
    for (const Segment &c : other) {
        if (boundsApart(s, c, r))
            continue;
        const Interval i = withinCapsule(s, c, r);
        if (i.lo <= i.hi)
            parts.push_back(i);
    }
    std::sort(parts.begin(), parts.end(), [](const Interval &a, const Interval &b) { return a.lo < b.lo; });
    std::vector<Interval> merged;
    for (const Interval &i : parts) {
        if (!merged.empty() && i.lo <= merged.back().hi + mergeGap)
            merged.back().hi = std::max(merged.back().hi, i.hi);
        else
            merged.push_back(i);
    }
    return merged;
}

// Rounding in the capsule roots can leave a gap of a few ulps where two neighbouring
// capsules meet; in the Hausdorff search such a gap would count as "not covered" and stop
// the search at a slightly too large radius. 1e-12 of a segment is far below a pixel.
constexpr double kCoverSlack = 1e-12;

bool fullyCovered(const std::vector<Segment> &a, const std::vector<Segment> &b, double r)
{
    for (const Segment &s : a) {
        const std::vector<Interval> parts = coveredParts(s, b, r, kCoverSlack);
        if (parts.size() != 1 || parts.front().lo > kCoverSlack || parts.front().hi < 1 - kCoverSlack)
            return false;
    }
    return true;
}

Result<Polyline> pointsOf(AnnotationKind kind, const QJsonObject &value)
{
    if (auto r = AnnotationKinds::get(kind).validate(value); !r)
        return r.error();
    return pointsFromValue(value);
}

} // namespace

Result<Box> boxFromValue(const QJsonObject &value)
{
    if (auto r = AnnotationKinds::get(AnnotationKind::Box).validate(value); !r)
        return r.error();
    return Box{value.value(QStringLiteral("x")).toDouble(), value.value(QStringLiteral("y")).toDouble(),
               value.value(QStringLiteral("w")).toDouble(), value.value(QStringLiteral("h")).toDouble()};
}

// The kind's validate() runs checkPolygon / checkCrack as well.
Result<Polyline> polygonFromValue(const QJsonObject &value)
{
    return pointsOf(AnnotationKind::Polygon, value);
}

Result<Polyline> crackFromValue(const QJsonObject &value)
{
    return pointsOf(AnnotationKind::Crack, value);
}

Result<void> checkPolygon(const Polyline &outline)
{
    if (!allFinite(outline))
        return Error(Tr::msg("a coordinate is not a finite number"));
    const Polyline v = distinctVertices(outline);
    if (v.size() < 3)
        return Error(Tr::msg("needs at least 3 different points, got %1").arg(v.size()));
    // On one line, not "signed area 0": a symmetric bow tie has that too, and the crossing
    // test below names its problem better.
    const bool onOneLine = std::all_of(v.begin() + 2, v.end(), [&](QPointF p) {
        return orientation(v.at(0), v.at(1), p) == 0;
    });
    if (onOneLine)
        return Error(Tr::msg("the outline encloses no area (all points lie on one line)"));
    // O(n²) over edge pairs: outlines drawn by hand have tens to a few thousand vertices,
    // where a sweep line would be more code for no noticeable gain.
    const qsizetype n = v.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QPointF a1 = v.at(i);
        const QPointF a2 = v.at((i + 1) % n);
        for (qsizetype j = i + 1; j < n; ++j) {
            const QPointF b1 = v.at(j);
            const QPointF b2 = v.at((j + 1) % n);
            const bool next = j == i + 1;
            const bool wraps = i == 0 && j == n - 1;
            if (next || wraps) {
                // Neighbours share a vertex by construction; they only overlap when the
                // outline turns back on itself there (a spike of zero width).
                const QPointF da = a2 - a1;
                const QPointF db = b2 - b1;
                if (cross(da, db) == 0 && dot(da, db) < 0)
                    return Error(Tr::msg("the outline turns back on itself at point %1")
                                     .arg(next ? j + 1 : i + 1));
                continue;
            }
            if (segmentsMeet(a1, a2, b1, b2))
                return Error(Tr::msg("the outline crosses or touches itself (edges %1 and %2)")
                                 .arg(i + 1).arg(j + 1));
        }
    }
    if (signedArea(QPolygonF(v)) == 0) // not reached for a simple outline off one line
        return Error(Tr::msg("the outline encloses no area (all points lie on one line)"));
    return {};
}

Result<void> checkOpenChain(const Polyline &points)
{
    if (!allFinite(points))
        return Error(Tr::msg("a coordinate is not a finite number"));
    const qsizetype n = points.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        for (qsizetype j = i + 2; j + 1 < n; ++j) {
            if (segmentsMeet(points.at(i), points.at(i + 1), points.at(j), points.at(j + 1)))
                return Error(Tr::msg("the outline crosses or touches itself (edges %1 and %2)")
                                 .arg(i + 1).arg(j + 1));
        }
    }
    return {};
}

Result<void> checkCrack(const Polyline &points)
{
    if (!allFinite(points))
        return Error(Tr::msg("a coordinate is not a finite number"));
    if (points.size() < 2)
        return Error(Tr::msg("needs at least 2 points, got %1").arg(points.size()));
    if (polylineLength(points) == 0)
        return Error(Tr::msg("all points are the same, so the crack has no length"));
    return {};
}

double boxIoU(const Box &a, const Box &b)
{
    if (!finiteBox(a) || !finiteBox(b) || a.w <= 0 || a.h <= 0 || b.w <= 0 || b.h <= 0)
        return 0;
    const double w = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
    const double h = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
    if (w <= 0 || h <= 0)
        return 0;
    const double intersection = w * h;
    const double united = a.w * a.h + b.w * b.h - intersection;
    return united > 0 ? std::clamp(intersection / united, 0.0, 1.0) : 0.0;
}

double polygonArea(const Polyline &outline)
{
    if (outline.size() < 3 || !allFinite(outline))
        return 0;
    return std::abs(signedArea(QPolygonF(outline)));
}

double polygonIoU(const Polyline &a, const Polyline &b)
{
    const double areaA = polygonArea(a);
    const double areaB = polygonArea(b);
    if (!(areaA > 0) || !(areaB > 0))
        return 0;
    const QPainterPath pathA = toPath(a);
    const QPainterPath pathB = toPath(b);
    if (!pathA.boundingRect().intersects(pathB.boundingRect()))
        return 0;
    // Qt's path clipper does the exact polygon clipping (any simple polygon, convex or
    // not). Its result can come as several subpaths, or as one subpath whose parts are
    // joined by an edge walked there and back. The intersection of two simple polygons
    // has no holes (every part of it is simply connected), so adding the absolute area of
    // each subpath is right whichever way round the clipper walks each of them.
    const QPainterPath common = pathA.intersected(pathB);
    double intersection = 0;
    const QList<QPolygonF> rings = common.toSubpathPolygons();
    for (const QPolygonF &ring : rings)
        intersection += std::abs(signedArea(ring));
    // Rounding can leave the clipped area a few ulps above the smaller polygon's.
    intersection = std::min({intersection, areaA, areaB});
    const double united = areaA + areaB - intersection;
    return united > 0 ? std::clamp(intersection / united, 0.0, 1.0) : 0.0;
}

double polylineLength(const Polyline &points)
{
    double length = 0;
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        length += norm(points.at(i + 1) - points.at(i));
    return length;
}

double polylineCoverage(const Polyline &a, const Polyline &b, double tolerancePx)
{
    if (a.isEmpty() || b.isEmpty() || !allFinite(a) || !allFinite(b) || !(tolerancePx > 0)
        || !std::isfinite(tolerancePx))
        return 0;
    const std::vector<Segment> other = segmentsOf(b);
    const double total = polylineLength(a);
    if (total == 0)
        return pointPolylineDistance(a.first(), other) <= tolerancePx ? 1.0 : 0.0;
    double covered = 0;
    for (const Segment &s : segmentsOf(a)) {
        const double length = norm(s.to - s.from);
        if (length == 0)
            continue;
        for (const Interval &i : coveredParts(s, other, tolerancePx, 0))
            covered += (i.hi - i.lo) * length;
    }
    return std::clamp(covered / total, 0.0, 1.0);
}

double polylineMatch(const Polyline &a, const Polyline &b, double tolerancePx)
{
    return (polylineCoverage(a, b, tolerancePx) + polylineCoverage(b, a, tolerancePx)) / 2;
}

double directedHausdorffDistance(const Polyline &a, const Polyline &b)
{
    if (a.isEmpty() || b.isEmpty() || !allFinite(a) || !allFinite(b))
        return kInfinity;
    const std::vector<Segment> from = segmentsOf(a);
    const std::vector<Segment> to = segmentsOf(b);
    // The farthest point of a segment can lie inside it (midway between two parts of b),
    // so vertices only give a lower bound. Along a segment the distance to b changes by at
    // most the distance moved, which gives an upper bound half a segment above the larger
    // end. The exact value is the smallest radius whose capsules around b cover all of a:
    // bisect between the bounds with the exact coverage test.
    double lo = 0;
    double longest = 0;
    for (const Segment &s : from) {
        lo = std::max({lo, pointPolylineDistance(s.from, to), pointPolylineDistance(s.to, to)});
        longest = std::max(longest, norm(s.to - s.from));
    }
    if (longest == 0 || fullyCovered(from, to, lo))
        return lo;
    double hi = lo + longest / 2;
    // Rounding can make even the upper bound look a hair short of covering.
    for (int grow = 0; grow < 8 && !fullyCovered(from, to, hi); ++grow)
        hi += std::max(hi, 1.0) * 1e-9;
    for (int step = 0; step < 200 && hi - lo > 1e-12 * std::max(1.0, hi); ++step) {
        const double mid = lo + (hi - lo) / 2;
        if (fullyCovered(from, to, mid))
            hi = mid;
        else
            lo = mid;
    }
    return hi;
}

double hausdorffDistance(const Polyline &a, const Polyline &b)
{
    return std::max(directedHausdorffDistance(a, b), directedHausdorffDistance(b, a));
}

} // namespace annostraat
