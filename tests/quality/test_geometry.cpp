// SPDX-License-Identifier: GPL-3.0-or-later
// Geometry and agreement metrics (core/quality/geometry.h). Every expected value is worked
// out by hand in the comment beside it. Areas and IoUs are asserted to 1e-9 relative;
// distances to 1e-9 px (the Hausdorff search stops at 1e-12 relative).

#include <catch2/catch.hpp>

#include "quality/geometry.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numbers>
#include <random>

using namespace annostraat;

namespace {

Approx near(double expected) { return Approx(expected).epsilon(1e-9).margin(1e-12); }

QJsonObject json(const char *text) { return QJsonDocument::fromJson(QByteArray(text)).object(); }

Polyline reversed(Polyline p)
{
    std::reverse(p.begin(), p.end());
    return p;
}

Polyline shifted(Polyline p, QPointF by)
{
    for (QPointF &q : p)
        q += by;
    return p;
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// L: a 4 × 1 foot along the bottom plus a 1 × 3 stem on the left; area 4 + 3 = 7.
const Polyline kL = {{0, 0}, {4, 0}, {4, 1}, {1, 1}, {1, 4}, {0, 4}};
// 2 × 2 square at the origin; area 4.
const Polyline kSquare = {{0, 0}, {2, 0}, {2, 2}, {0, 2}};
// U upside down: 3 × 4 block with a 1 × 3 slot cut from below (x 1..2, y 0..3);
// arms x 0..1 and x 2..3, joined by y 3..4. Area 12 - 3 = 9.
const Polyline kU = {{0, 0}, {1, 0}, {1, 3}, {2, 3}, {2, 0}, {3, 0}, {3, 4}, {0, 4}};
// Bar x -1..4, y 1..2 across both arms of kU; area 5.
const Polyline kBar = {{-1, 1}, {4, 1}, {4, 2}, {-1, 2}};

// An independent oracle for the intersection area of two simple polygons (Green's theorem):
// the boundary of A ∩ B is the part of A's boundary inside B plus the part of B's inside A,
// each walked counter-clockwise. Only for generic inputs (no shared vertices or edges).
bool inside(QPointF p, const Polyline &poly)
{
    bool in = false;
    for (qsizetype i = 0, j = poly.size() - 1; i < poly.size(); j = i++) {
        const QPointF a = poly.at(i);
        const QPointF b = poly.at(j);
        if ((a.y() > p.y()) != (b.y() > p.y())
            && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
            in = !in;
    }
    return in;
}

double crossOf(QPointF a, QPointF b) { return a.x() * b.y() - a.y() * b.x(); }

double boundaryInside(const Polyline &a, const Polyline &b)
{
    double twice = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        const QPointF p = a.at(i);
        const QPointF d = a.at((i + 1) % a.size()) - p;
        std::vector<double> cuts = {0.0, 1.0};
        for (qsizetype j = 0; j < b.size(); ++j) {
            const QPointF q = b.at(j);
            const QPointF e = b.at((j + 1) % b.size()) - q;
            const double denominator = crossOf(d, e);
            if (denominator == 0)
                continue;
            const double t = crossOf(q - p, e) / denominator;
            const double u = crossOf(q - p, d) / denominator;
            if (t > 0 && t < 1 && u >= 0 && u <= 1)
                cuts.push_back(t);
        }
        std::sort(cuts.begin(), cuts.end());
        for (size_t k = 0; k + 1 < cuts.size(); ++k) {
            const QPointF from = p + cuts[k] * d;
            const QPointF to = p + cuts[k + 1] * d;
            if (inside((from + to) / 2, b))
                twice += crossOf(from, to);
        }
    }
    return twice;
}

Polyline counterClockwise(const Polyline &p)
{
    double twice = 0;
    for (qsizetype i = 0; i < p.size(); ++i)
        twice += crossOf(p.at(i), p.at((i + 1) % p.size()));
    return twice < 0 ? reversed(p) : p;
}

double oracleIoU(const Polyline &a, const Polyline &b)
{
    const Polyline ca = counterClockwise(a);
    const Polyline cb = counterClockwise(b);
    const double intersection = (boundaryInside(ca, cb) + boundaryInside(cb, ca)) / 2;
    return intersection / (polygonArea(a) + polygonArea(b) - intersection);
}

// Star-shaped around the centre (one vertex in each of n equal sectors, so no gap reaches
// half a turn), hence simple; with radii this far apart almost surely not convex.
Polyline randomStar(std::mt19937 &rng, QPointF centre)
{
    std::uniform_real_distribution<double> jitter(0, 0.9);
    std::uniform_real_distribution<double> radius(20, 100);
    std::uniform_int_distribution<int> count(5, 24);
    const int n = count(rng);
    Polyline star;
    for (int i = 0; i < n; ++i) {
        const double a = (i + jitter(rng)) * 2 * std::numbers::pi / n;
        const double r = radius(rng);
        star.append(centre + QPointF(r * std::cos(a), r * std::sin(a)));
    }
    return star;
}

} // namespace

TEST_CASE("boxes come from annotation values and are refused when malformed")
{
    const Result<Box> box = boxFromValue(json(R"({"x": 10, "y": 20.5, "w": 30, "h": 40})"));
    REQUIRE(box.ok());
    CHECK(*box == Box{10, 20.5, 30, 40});

    CHECK_FALSE(boxFromValue(json(R"({"x": 10, "y": 20, "w": 0, "h": 40})")).ok());   // no width
    CHECK_FALSE(boxFromValue(json(R"({"x": -1, "y": 20, "w": 5, "h": 40})")).ok());   // off image
    CHECK_FALSE(boxFromValue(json(R"({"x": 10, "y": 20, "w": 5})")).ok());            // no "h"
    CHECK_FALSE(boxFromValue(json(R"({"x": "10", "y": 20, "w": 5, "h": 4})")).ok());  // text
    CHECK_FALSE(boxFromValue(json(R"({"x": 1, "y": 2, "w": 5, "h": 4, "z": 1})")).ok()); // extra
}

TEST_CASE("box IoU against hand-computed cases")
{
    const Box a{0, 0, 2, 2};
    // Identical: intersection = union = 4 → 1.
    CHECK(boxIoU(a, a) == near(1.0));
    // Shifted right by 1: intersection 1 × 2 = 2, union 4 + 4 - 2 = 6 → 1/3, either order.
    CHECK(boxIoU(a, {1, 0, 2, 2}) == near(1.0 / 3));
    CHECK(boxIoU({1, 0, 2, 2}, a) == near(1.0 / 3));
    // Diagonal overlap of 1 × 1: union 4 + 4 - 1 = 7 → 1/7.
    CHECK(boxIoU(a, {1, 1, 2, 2}) == near(1.0 / 7));
    // 2 × 2 inside 4 × 4: intersection 4, union 16 → 1/4.
    CHECK(boxIoU({0, 0, 4, 4}, {1, 1, 2, 2}) == near(0.25));
    // Touching along the edge x = 2, at the corner (2, 2), and apart: no common area → 0.
    CHECK(boxIoU(a, {2, 0, 2, 2}) == 0.0);
    CHECK(boxIoU(a, {2, 2, 2, 2}) == 0.0);
    CHECK(boxIoU(a, {5, 5, 1, 1}) == 0.0);
    // Image-sized coordinates: 1000 × 1000 at (20000, 20000) against the same shifted by
    // 500 in x: intersection 500 × 1000, union 1,500,000 → 1/3.
    CHECK(boxIoU({20000, 20000, 1000, 1000}, {20500, 20000, 1000, 1000}) == near(1.0 / 3));
}

TEST_CASE("box IoU of unusable boxes is 0")
{
    CHECK(boxIoU({0, 0, 0, 2}, {0, 0, 0, 2}) == 0.0);    // no width: no area, no agreement
    CHECK(boxIoU({0, 0, -2, 2}, {-2, 0, 2, 2}) == 0.0);  // negative size is not flipped
    CHECK(boxIoU({kNaN, 0, 2, 2}, {0, 0, 2, 2}) == 0.0);
    CHECK(boxIoU({0, 0, kInf, 2}, {0, 0, 2, 2}) == 0.0);
}

TEST_CASE("polygon area by the shoelace formula")
{
    CHECK(polygonArea(kSquare) == near(4));           // 2 × 2
    CHECK(polygonArea(reversed(kSquare)) == near(4)); // clockwise: still positive
    CHECK(polygonArea(kL) == near(7));                // 4 × 1 + 1 × 3
    CHECK(polygonArea(kU) == near(9));                // 3 × 4 - 1 × 3
    // Triangle (0,0) (30000,0) (0,30000): 30000² / 2.
    CHECK(polygonArea({{0, 0}, {30000, 0}, {0, 30000}}) == near(450'000'000));
    // A repeated closing point changes nothing.
    CHECK(polygonArea(Polyline(kL) << kL.first()) == near(7));
    CHECK(polygonArea({{0, 0}, {1, 1}}) == 0.0);                 // two points
    CHECK(polygonArea({{0, 0}, {1, 1}, {2, 2}}) == 0.0);         // on one line
    CHECK(polygonArea({{0, 0}, {kNaN, 1}, {2, 0}}) == 0.0);      // not finite
}

TEST_CASE("polygon IoU of non-convex polygons against hand-computed cases")
{
    // L vs the 2 × 2 square: common part is the foot's x 0..2 (2 × 1 = 2) plus the stem's
    // y 1..2 (1 × 1 = 1) = 3; union 7 + 4 - 3 = 8 → 3/8.
    CHECK(polygonIoU(kL, kSquare) == near(3.0 / 8));
    CHECK(polygonIoU(kSquare, kL) == near(3.0 / 8));

    // Bar across both arms of the U: two separate 1 × 1 pieces (x 0..1 and 2..3, y 1..2)
    // = 2; union 9 + 5 - 2 = 12 → 1/6.
    CHECK(polygonIoU(kU, kBar) == near(1.0 / 6));
    CHECK(polygonIoU(kU, reversed(kBar)) == near(1.0 / 6));
    CHECK(polygonIoU(reversed(kU), kBar) == near(1.0 / 6));

    // Two non-convex polygons: the L against itself turned half a turn in the 4 × 4 square
    // (a top bar y 3..4 and a right stem x 3..4). They share the unit squares at (3..4, 0..1)
    // and (0..1, 3..4): 2; union 7 + 7 - 2 = 12 → 1/6.
    const Polyline turnedL = {{4, 4}, {0, 4}, {0, 3}, {3, 3}, {3, 0}, {4, 0}};
    CHECK(polygonIoU(kL, turnedL) == near(1.0 / 6));

    // Identical (also when one is written the other way round or starts elsewhere) → 1.
    CHECK(polygonIoU(kL, kL) == near(1.0));
    CHECK(polygonIoU(kL, reversed(kL)) == near(1.0));
    CHECK(polygonIoU(kU, Polyline(kU.mid(3)) + kU.mid(0, 3)) == near(1.0));

    // One inside the other: 1 × 0.5 rectangle (x 1..2, y 0.25..0.75) in the L's foot:
    // intersection 0.5, union 7 → 1/14.
    const Polyline inFoot = {{1, 0.25}, {2, 0.25}, {2, 0.75}, {1, 0.75}};
    CHECK(polygonIoU(kL, inFoot) == near(1.0 / 14));
    CHECK(polygonIoU(inFoot, kL) == near(1.0 / 14));

    // Inside the U's slot (x 1..2, y 0..3) without touching it: 0. In its bounding box,
    // so the clipper itself, not the quick bounds test, has to say so.
    CHECK(polygonIoU(kU, {{1.25, 0.5}, {1.75, 0.5}, {1.75, 2.5}, {1.25, 2.5}}) == 0.0);
    // Far apart → 0.
    CHECK(polygonIoU(kL, shifted(kL, {100, 100})) == 0.0);
    // Touching only along edges: the 2 × 2 square at (1, 1) lies on the L's inner edges
    // y = 1 (x 1..3) and x = 1 (y 1..3) → 0. And a square touching only at the corner (4,1).
    CHECK(polygonIoU(kL, {{1, 1}, {3, 1}, {3, 3}, {1, 3}}) == near(0.0));
    CHECK(polygonIoU(kL, {{4, 1}, {5, 1}, {5, 2}, {4, 2}}) == near(0.0));
    // Sharing part of an edge from the same side: unit square (0..1, 0..1) in the L's corner
    // → 1 / 7.
    CHECK(polygonIoU(kL, {{0, 0}, {1, 0}, {1, 1}, {0, 1}}) == near(1.0 / 7));
}

TEST_CASE("polygon IoU at image-sized coordinates")
{
    // Rectangle x 1000.5..21000.5, y 2000.25..19000.75 (20000 × 17000.5 = 340,010,000) and
    // the triangle x + y <= 30000 (450,000,000). The rectangle's corner (21000.5, 19000.75)
    // is cut off by a right triangle with both legs 40001.25 - 30000 = 10001.25, area
    // 10001.25² / 2 = 50,012,500.78125; intersection 289,997,499.21875;
    // union 340,010,000 + 450,000,000 - 289,997,499.21875 = 500,012,500.78125.
    const Polyline rect = {{1000.5, 2000.25}, {21000.5, 2000.25}, {21000.5, 19000.75}, {1000.5, 19000.75}};
    const Polyline triangle = {{0, 0}, {30000, 0}, {0, 30000}};
    CHECK(polygonIoU(rect, triangle) == near(289'997'499.21875 / 500'012'500.78125));
    // The L and the square moved far out: same 3/8 as at the origin.
    CHECK(polygonIoU(shifted(kL, {25000.5, 28000.25}), shifted(kSquare, {25000.5, 28000.25}))
          == near(3.0 / 8));
}

TEST_CASE("polygon IoU agrees with an independent exact computation on random non-convex polygons")
{
    std::mt19937 rng(20240601);
    std::uniform_real_distribution<double> offset(-60, 60);
    int overlapping = 0;
    for (int round = 0; round < 300; ++round) {
        const Polyline a = randomStar(rng, {500, 500});
        const Polyline b = randomStar(rng, {500 + offset(rng), 500 + offset(rng)});
        REQUIRE(checkPolygon(a).ok());
        REQUIRE(checkPolygon(b).ok());
        const double expected = oracleIoU(a, b);
        overlapping += expected > 0;
        INFO("round " << round);
        CHECK(polygonIoU(a, b) == near(expected));
    }
    CHECK(overlapping > 250); // the test compares real intersections, not mostly zeros
}

TEST_CASE("polygon IoU of unusable polygons is 0")
{
    CHECK(polygonIoU({{0, 0}, {1, 0}}, kSquare) == 0.0);              // two points
    CHECK(polygonIoU({{0, 0}, {1, 0}, {2, 0}}, kSquare) == 0.0);      // no area
    CHECK(polygonIoU({{0, 0}, {kNaN, 0}, {2, 2}}, kSquare) == 0.0);   // not finite
    CHECK(polygonIoU({}, {}) == 0.0);
}

TEST_CASE("polygon validation")
{
    CHECK(checkPolygon(kL).ok());
    CHECK(checkPolygon(kU).ok());
    CHECK(checkPolygon(reversed(kU)).ok());
    CHECK(checkPolygon(Polyline(kL) << kL.first()).ok());                // closing repeat
    CHECK(checkPolygon({{0, 0}, {2, 0}, {2, 0}, {2, 2}}).ok());          // repeated vertex

    CHECK_FALSE(checkPolygon({{0, 0}, {2, 2}, {2, 0}, {0, 2}}).ok());    // bow tie: crosses
    CHECK_FALSE(checkPolygon({{0, 0}, {1, 0}, {0, 0}}).ok());            // 2 distinct points
    CHECK_FALSE(checkPolygon({{0, 0}, {1, 1}, {2, 2}}).ok());            // on one line
    CHECK_FALSE(checkPolygon({{0, 0}, {2, 0}, {2, 2}, {3, 2}, {1, 2}, {0, 2}}).ok()); // spike back along y = 2
    // Touches itself: (0,0) (4,0) (4,2) (2,2) (3,1) (1,1) (2,2) (0,2) passes (2, 2) twice.
    CHECK_FALSE(checkPolygon({{0, 0}, {4, 0}, {4, 2}, {2, 2}, {3, 1}, {1, 1}, {2, 2}, {0, 2}}).ok());
    CHECK_FALSE(checkPolygon({{0, 0}, {kInf, 0}, {2, 2}}).ok());

    const Result<Polyline> parsed = polygonFromValue(json(R"({"points": [[0,0],[4,0],[4,1],[1,1],[1,4],[0,4]]})"));
    REQUIRE(parsed.ok());
    CHECK(*parsed == kL);
    const Result<Polyline> bowTie = polygonFromValue(json(R"({"points": [[0,0],[2,2],[2,0],[0,2]]})"));
    REQUIRE_FALSE(bowTie.ok());
    CHECK(bowTie.error().message().startsWith(QStringLiteral("polygon: ")));
    CHECK_FALSE(polygonFromValue(json(R"({"points": [[0,0],[2,2]]})")).ok());     // schema: 3 points
    CHECK_FALSE(polygonFromValue(json(R"({"points": [[0,0],[2,2],[-1,0]]})")).ok()); // off image
}

TEST_CASE("crack validation")
{
    const Result<Polyline> crack = crackFromValue(json(R"({"points": [[1,2],[3,4],[5,2]]})"));
    REQUIRE(crack.ok());
    CHECK(*crack == Polyline{{1, 2}, {3, 4}, {5, 2}});
    CHECK(checkCrack({{0, 0}, {4, 4}, {4, 0}, {0, 4}}).ok()); // a crack may cross itself
    CHECK_FALSE(crackFromValue(json(R"({"points": [[1,2]]})")).ok());         // schema: 2 points
    CHECK_FALSE(crackFromValue(json(R"({"points": [[1,2],[1,2]]})")).ok());   // no length
    CHECK_FALSE(checkCrack({{0, 0}, {kNaN, 1}}).ok());
}

TEST_CASE("polyline length")
{
    CHECK(polylineLength({{0, 0}, {3, 4}, {3, 10}}) == near(11)); // 5 (3-4-5) + 6
    CHECK(polylineLength({{0, 0}}) == 0.0);
    CHECK(polylineLength({}) == 0.0);
}

TEST_CASE("crack match: parallel cracks against the tolerance")
{
    // Horizontal 10 px segments 3 px apart: every point of each is exactly 3 px from the
    // other (the ends are straight across), so below 3 nothing, at or above 3 everything.
    const Polyline a = {{0, 0}, {10, 0}};
    const Polyline b = {{0, 3}, {10, 3}};
    CHECK(polylineMatch(a, b, 2) == near(0.0));
    CHECK(polylineMatch(a, b, 5) == near(1.0));
    CHECK(polylineMatch(a, b, 3) == near(1.0)); // "within" includes the tolerance itself
    CHECK(polylineMatch(a, reversed(b), 2) == near(0.0));
    CHECK(polylineMatch(reversed(a), b, 5) == near(1.0));
    CHECK(hausdorffDistance(a, b) == near(3));
}

TEST_CASE("crack match: one crack drawn half as long")
{
    // a = x 0..10, b = x 0..5 on the same line, tolerance 1. All of b lies on a: 1.
    // Of a, x 0..6 is within 1 of b (b's end at 5 plus the tolerance): 6/10.
    // Mean (0.6 + 1) / 2 = 0.8.
    const Polyline a = {{0, 0}, {10, 0}};
    const Polyline b = {{0, 0}, {5, 0}};
    CHECK(polylineCoverage(a, b, 1) == near(0.6));
    CHECK(polylineCoverage(b, a, 1) == near(1.0));
    CHECK(polylineMatch(a, b, 1) == near(0.8));
    CHECK(polylineMatch(b, a, 1) == near(0.8));
    CHECK(polylineMatch(reversed(a), reversed(b), 1) == near(0.8));
    // The far half of a: from (10, 0) the nearest point of b is (5, 0), 5 away.
    CHECK(hausdorffDistance(a, b) == near(5));
    CHECK(directedHausdorffDistance(b, a) == near(0));
    // Split a at x = 2, 7 and 9 (same line, more vertices): same answers.
    const Polyline aSplit = {{0, 0}, {2, 0}, {7, 0}, {9, 0}, {10, 0}};
    CHECK(polylineMatch(aSplit, b, 1) == near(0.8));
}

TEST_CASE("crack match: bent crack against a straight one")
{
    // a goes (0,0) → (10,0) → (10,10), length 20; b is y = 1 for x 0..10, tolerance 2.
    // a's first leg is 1 from b everywhere: 10. On the second leg (10, y) the nearest point
    // of b is (10, 1), so |y - 1| <= 2 holds for y 0..3: 3. Coverage of a: 13/20 = 0.65.
    // Every point of b is 1 from a's first leg: coverage of b is 1. Mean 0.825.
    const Polyline a = {{0, 0}, {10, 0}, {10, 10}};
    const Polyline b = {{0, 1}, {10, 1}};
    CHECK(polylineCoverage(a, b, 2) == near(0.65));
    CHECK(polylineCoverage(b, a, 2) == near(1.0));
    CHECK(polylineMatch(a, b, 2) == near(0.825));
    // Around the end of b the tolerance is a disc. The vertical segment x = 12, y -5..5:
    // the disc of radius 2 around (10, 1) touches it only at (12, 1) → length 0.
    CHECK(polylineCoverage({{12, -5}, {12, 5}}, b, 2) == near(0.0));
    // With tolerance 2.5: |y - 1| <= sqrt(2.5² - 2²) = 1.5, so y from -0.5 to 2.5: 3 of 10.
    CHECK(polylineCoverage({{12, -5}, {12, 5}}, b, 2.5) == near(0.3));
    // Hausdorff: from a, the point (10, 10) is 9 from b's end (10, 1); from b every point is
    // 1 from a. So 9.
    CHECK(hausdorffDistance(a, b) == near(9));
}

TEST_CASE("Hausdorff distance finds the farthest point inside a segment")
{
    // a is the segment x 0..10 on y = 0; b goes up the left side, across at y = 8 and down
    // the right side: (0,0) (0,8) (10,8) (10,0). From (x, 0) the nearest of b is
    // min(x, 10 - x, 8), largest at x = 5: 5, though both ends of a lie on b (distance 0).
    // From b, its top edge is 8 from a: 8.
    const Polyline a = {{0, 0}, {10, 0}};
    const Polyline b = {{0, 0}, {0, 8}, {10, 8}, {10, 0}};
    CHECK(directedHausdorffDistance(a, b) == near(5));
    CHECK(directedHausdorffDistance(b, a) == near(8));
    CHECK(hausdorffDistance(a, b) == near(8));
    CHECK(hausdorffDistance(reversed(b), a) == near(8));
    // Coverage at tolerance 4: of a, x 0..4 and 6..10 are within 4 of b's sides: 8/10.
    CHECK(polylineCoverage(a, b, 4) == near(0.8));
    // A diagonal case: a from (0,0) to (10,0); b the single point (5, 12): from a's ends
    // sqrt(5² + 12²) = 13, the largest.
    CHECK(hausdorffDistance(a, {{5, 12}}) == near(13));
}

TEST_CASE("crack match of identical, far and unusable cracks")
{
    const Polyline crack = {{100.5, 200.25}, {180, 260}, {240.75, 250}, {300, 330}};
    CHECK(polylineMatch(crack, crack, 0.5) == near(1.0));
    CHECK(polylineMatch(crack, reversed(crack), 0.5) == near(1.0));
    CHECK(hausdorffDistance(crack, reversed(crack)) == near(0));
    CHECK(polylineMatch(crack, shifted(crack, {1000, 0}), 10) == near(0.0));
    // Shifted by (3, 4), 5 px away at most: fully within a tolerance of 5.
    CHECK(polylineMatch(crack, shifted(crack, {3, 4}), 5) == near(1.0));

    // A single point counts as a point: within 1 of (0, 0)–(10, 0) when 1 or less away.
    CHECK(polylineCoverage({{5, 1}}, {{0, 0}, {10, 0}}, 1) == 1.0);
    CHECK(polylineCoverage({{5, 1.5}}, {{0, 0}, {10, 0}}, 1) == 0.0);

    // Unusable input: no agreement (0), infinitely far.
    CHECK(polylineMatch(crack, crack, 0) == 0.0);
    CHECK(polylineMatch(crack, crack, -1) == 0.0);
    CHECK(polylineMatch(crack, crack, kNaN) == 0.0);
    CHECK(polylineMatch(crack, {}, 5) == 0.0);
    CHECK(polylineMatch({{0, 0}, {kNaN, 0}}, crack, 5) == 0.0);
    CHECK(hausdorffDistance(crack, {}) == kInf);
    CHECK(hausdorffDistance({{0, 0}, {0, kInf}}, crack) == kInf);
}
