// SPDX-License-Identifier: GPL-3.0-or-later
// The editing helpers of geometry.h, for the drawing tools: making, clamping, moving and
// resizing shapes and finding what lies under the pointer. Apart from the validators and the
// agreement metrics (geometry.cpp), which they share no helpers with.
#include "geometry.h"

#include <QJsonArray>
#include <QPolygonF>

#include <algorithm>
#include <cmath>

namespace annostraat {

namespace {
double norm(QPointF a) { return std::hypot(a.x(), a.y()); }
} // namespace

QJsonObject boxToValue(const Box &box)
{
    return {{QStringLiteral("x"), box.x}, {QStringLiteral("y"), box.y},
            {QStringLiteral("w"), box.w}, {QStringLiteral("h"), box.h}};
}

QJsonObject polylineToValue(const Polyline &points)
{
    QJsonArray array;
    for (const QPointF &p : points)
        array.append(QJsonArray{p.x(), p.y()});
    return {{QStringLiteral("points"), array}};
}

Polyline pointsFromValue(const QJsonObject &value)
{
    Polyline points;
    const QJsonArray array = value.value(QStringLiteral("points")).toArray();
    points.reserve(array.size());
    for (const QJsonValue &v : array) {
        const QJsonArray xy = v.toArray();
        if (xy.size() != 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return {};
        points.append(QPointF(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    return points;
}

Box boxFromCorners(QPointF a, QPointF b)
{
    const double left = std::min(a.x(), b.x());
    const double top = std::min(a.y(), b.y());
    return {left, top, std::max(a.x(), b.x()) - left, std::max(a.y(), b.y()) - top};
}

QPointF clampPoint(QPointF p, QSizeF bounds)
{
    return {std::clamp(p.x(), 0.0, std::max(0.0, bounds.width())),
            std::clamp(p.y(), 0.0, std::max(0.0, bounds.height()))};
}

Box clampBox(const Box &box, QSizeF bounds)
{
    return boxFromCorners(clampPoint({box.x, box.y}, bounds),
                          clampPoint({box.x + box.w, box.y + box.h}, bounds));
}

namespace {

// The part of delta (one axis) that keeps [lo, hi] within [0, limit].
double allowedShift(double delta, double lo, double hi, double limit)
{
    if (delta < 0)
        return std::max(delta, std::min(0.0, -lo));
    return std::min(delta, std::max(0.0, limit - hi));
}

} // namespace

Box moveBox(const Box &box, QPointF delta, QSizeF bounds)
{
    Box moved = box;
    moved.x += allowedShift(delta.x(), box.x, box.x + box.w, bounds.width());
    moved.y += allowedShift(delta.y(), box.y, box.y + box.h, bounds.height());
    return moved;
}

Polyline movePolyline(const Polyline &points, QPointF delta, QSizeF bounds)
{
    if (points.isEmpty())
        return points;
    // Not QRectF::united: it skips empty rectangles, and one point is an empty rectangle.
    double left = points.first().x(), right = left, top = points.first().y(), bottom = top;
    for (const QPointF &p : points) {
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    const QPointF shift(allowedShift(delta.x(), left, right, bounds.width()),
                        allowedShift(delta.y(), top, bottom, bounds.height()));
    Polyline moved = points;
    for (QPointF &p : moved)
        p += shift;
    return moved;
}

QPointF boxHandlePosition(const Box &box, BoxHandle handle)
{
    const double l = box.x, t = box.y, r = box.x + box.w, b = box.y + box.h;
    const double cx = l + box.w / 2, cy = t + box.h / 2;
    switch (handle) {
    case BoxHandle::TopLeft: return {l, t};
    case BoxHandle::Top: return {cx, t};
    case BoxHandle::TopRight: return {r, t};
    case BoxHandle::Right: return {r, cy};
    case BoxHandle::BottomRight: return {r, b};
    case BoxHandle::Bottom: return {cx, b};
    case BoxHandle::BottomLeft: return {l, b};
    case BoxHandle::Left: return {l, cy};
    }
    return {l, t};
}

int boxHandleAt(const Box &box, QPointF p, double tolerance)
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < kBoxHandleCount; ++i) {
        const double d = norm(boxHandlePosition(box, BoxHandle(i)) - p);
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

Box resizeBox(const Box &box, BoxHandle handle, QPointF pos, QSizeF bounds)
{
    const QPointF c = clampPoint(pos, bounds);
    double l = box.x, t = box.y, r = box.x + box.w, b = box.y + box.h;
    switch (handle) {
    case BoxHandle::TopLeft: l = c.x(); t = c.y(); break;
    case BoxHandle::Top: t = c.y(); break;
    case BoxHandle::TopRight: r = c.x(); t = c.y(); break;
    case BoxHandle::Right: r = c.x(); break;
    case BoxHandle::BottomRight: r = c.x(); b = c.y(); break;
    case BoxHandle::Bottom: b = c.y(); break;
    case BoxHandle::BottomLeft: l = c.x(); b = c.y(); break;
    case BoxHandle::Left: l = c.x(); break;
    }
    return boxFromCorners({l, t}, {r, b});
}

double distanceToSegment(QPointF p, QPointF a, QPointF b, QPointF *foot)
{
    const QPointF ab = b - a;
    const double lengthSquared = QPointF::dotProduct(ab, ab);
    double t = lengthSquared > 0 ? QPointF::dotProduct(p - a, ab) / lengthSquared : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const QPointF nearest = a + t * ab;
    if (foot)
        *foot = nearest;
    return norm(p - nearest);
}

int vertexAt(const Polyline &points, QPointF p, double tolerance)
{
    int best = -1;
    double bestDistance = tolerance;
    for (int i = 0; i < points.size(); ++i) {
        const double d = norm(points.at(i) - p);
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
        }
    }
    return best;
}

int segmentAt(const Polyline &points, QPointF p, double tolerance, bool closed, QPointF *foot)
{
    int best = -1;
    double bestDistance = tolerance;
    const int n = int(points.size());
    const int segments = closed && n > 2 ? n : n - 1;
    for (int i = 0; i < segments; ++i) {
        QPointF f;
        const double d = distanceToSegment(p, points.at(i), points.at((i + 1) % n), &f);
        if (d <= bestDistance) {
            best = i;
            bestDistance = d;
            if (foot)
                *foot = f;
        }
    }
    return best;
}

bool polygonContains(const Polyline &outline, QPointF p)
{
    return outline.size() >= 3 && QPolygonF(outline).containsPoint(p, Qt::OddEvenFill);
}

Polyline insertVertex(const Polyline &points, int segment, QPointF p)
{
    Polyline result = points;
    result.insert(std::clamp(segment + 1, 0, int(points.size())), p);
    return result;
}

} // namespace annostraat
