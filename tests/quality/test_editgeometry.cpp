// SPDX-License-Identifier: GPL-3.0-or-later
// The editing helpers of core/quality/geometry.h that the drawing tools use: value JSON,
// clamping to the image, moving and resizing within it, vertex and edge hit tests.

#include <catch2/catch.hpp>

#include "quality/geometry.h"

#include <QJsonArray>

using namespace annostraat;

namespace {
const QSizeF kImage(100, 50);
}

TEST_CASE("box and polyline values round-trip through the parsers")
{
    const Box box{1.5, 2, 30, 40};
    const auto parsed = boxFromValue(boxToValue(box));
    REQUIRE(parsed.ok());
    CHECK(*parsed == box);

    const Polyline crack{{1, 1}, {5, 7}, {9, 2}};
    const auto parsedCrack = crackFromValue(polylineToValue(crack));
    REQUIRE(parsedCrack.ok());
    CHECK(*parsedCrack == crack);
    CHECK(pointsFromValue(polylineToValue(crack)) == crack);
    // Malformed input gives no points rather than a partial list.
    CHECK(pointsFromValue(QJsonObject{{QStringLiteral("points"),
                                       QJsonArray{QJsonArray{1, 2}, QJsonArray{3}}}})
                  .isEmpty());
}

TEST_CASE("corners and clamping keep everything inside the image")
{
    CHECK(boxFromCorners({30, 40}, {10, 5}) == Box{10, 5, 20, 35});
    CHECK(clampPoint({-5, 60}, kImage) == QPointF(0, 50));
    CHECK(clampPoint({101, -1}, kImage) == QPointF(100, 0));
    CHECK(clampPoint({20, 30}, kImage) == QPointF(20, 30));
    CHECK(clampBox({90, 40, 30, 30}, kImage) == Box{90, 40, 10, 10});
    CHECK(clampBox({-10, -10, 5, 5}, kImage).w == 0);
}

TEST_CASE("moving stops at the image edge without changing the shape")
{
    CHECK(moveBox({10, 10, 20, 20}, {5, -3}, kImage) == Box{15, 7, 20, 20});
    // Only 70 px of room to the right and 10 px up.
    CHECK(moveBox({10, 10, 20, 20}, {500, -500}, kImage) == Box{80, 0, 20, 20});
    const Polyline crack{{10, 10}, {30, 40}};
    CHECK(movePolyline(crack, {-50, 20}, kImage) == Polyline{{0, 20}, {20, 50}});
    CHECK(movePolyline(crack, {1, 1}, kImage) == Polyline{{11, 11}, {31, 41}});
    CHECK(movePolyline({}, {1, 1}, kImage).isEmpty());
}

TEST_CASE("box handles resize, flip and clamp")
{
    const Box box{10, 10, 20, 20};
    CHECK(boxHandlePosition(box, BoxHandle::TopLeft) == QPointF(10, 10));
    CHECK(boxHandlePosition(box, BoxHandle::Right) == QPointF(30, 20));
    CHECK(boxHandlePosition(box, BoxHandle::Bottom) == QPointF(20, 30));
    CHECK(boxHandleAt(box, {31, 31}, 3) == int(BoxHandle::BottomRight));
    CHECK(boxHandleAt(box, {20, 20}, 3) == -1);
    CHECK(resizeBox(box, BoxHandle::BottomRight, {50, 45}, kImage) == Box{10, 10, 40, 35});
    CHECK(resizeBox(box, BoxHandle::Top, {99, 0}, kImage) == Box{10, 0, 20, 30});
    // Past the opposite edge the box flips and stays normalised.
    CHECK(resizeBox(box, BoxHandle::Left, {40, 0}, kImage) == Box{30, 10, 10, 20});
    // Outside the image: clamped.
    CHECK(resizeBox(box, BoxHandle::BottomRight, {500, 500}, kImage) == Box{10, 10, 90, 40});
}

TEST_CASE("vertex and edge hit tests")
{
    const Polyline square{{0, 0}, {10, 0}, {10, 10}, {0, 10}};
    QPointF foot;
    CHECK(distanceToSegment({5, 3}, {0, 0}, {10, 0}, &foot) == Approx(3));
    CHECK(foot == QPointF(5, 0));
    CHECK(distanceToSegment({-3, 4}, {0, 0}, {10, 0}) == Approx(5));
    CHECK(vertexAt(square, {9, 9}, 2) == 2);
    CHECK(vertexAt(square, {5, 5}, 2) == -1);
    CHECK(segmentAt(square, {5, 1}, 2, true, &foot) == 0);
    CHECK(foot == QPointF(5, 0));
    // The closing edge (last → first) counts only for a closed outline.
    CHECK(segmentAt(square, {-1, 5}, 2, true) == 3);
    CHECK(segmentAt(square, {-1, 5}, 2, false) == -1);
    CHECK(polygonContains(square, {5, 5}));
    CHECK_FALSE(polygonContains(square, {15, 5}));
    CHECK_FALSE(polygonContains({{0, 0}, {1, 1}}, {0.5, 0.5}));
    CHECK(insertVertex(square, 0, {5, 0}) == Polyline{{0, 0}, {5, 0}, {10, 0}, {10, 10}, {0, 10}});
    CHECK(insertVertex(square, 3, {0, 5}).last() == QPointF(0, 5));
}

TEST_CASE("checkOpenChain: sides drawn so far must not cross - the closing side does not count", "[geometry]")
{
    // The closing side (70,25)->(10,30) would cross (30,20)->(50,40): still a valid chain.
    const Polyline concaveSoFar{{10, 30}, {30, 20}, {50, 40}, {70, 25}};
    CHECK(checkOpenChain(concaveSoFar).ok());
    CHECK_FALSE(checkPolygon(concaveSoFar).ok());
    // A zigzag whose 3rd side crosses its 1st is refused, naming the sides.
    const Polyline crossing{{0, 0}, {10, 0}, {10, 10}, {5, -5}};
    const auto r = checkOpenChain(crossing);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QStringLiteral("1 and 3")));
    CHECK(checkOpenChain({{0, 0}, {std::nan(""), 1}, {2, 2}}).ok() == false);
}
