// SPDX-License-Identifier: GPL-3.0-or-later
#include "assist/linetracer.h"
#include "darkline.h"

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

namespace {

double furthestOff(const DarkLine &line, const Polyline &path)
{
    double worst = 0;
    // Not only the vertices: the straight pieces between them must stay on the line too.
    for (qsizetype i = 0; i + 1 < path.size(); ++i)
        for (int k = 0; k <= 8; ++k)
            worst = std::max(worst, line.distance(path[i] + (path[i + 1] - path[i]) * (k / 8.0)));
    return worst;
}

} // namespace

TEST_CASE("the tracer follows a dark line between two points on it")
{
    const DarkLine line = makeDarkLine(QSize(600, 400));
    LineTracer tracer;
    REQUIRE(tracer.setRegion(line.image, QRectF(0, 0, 600, 400)));
    const QPointF from = line.at(60), to = line.at(520);
    REQUIRE(tracer.setSource(from));
    const Polyline path = tracer.pathTo(to, 1.5);
    REQUIRE(path.size() >= 6); // a wavy line needs more than a few pieces
    CHECK(path.size() <= 60);  // simplified, not a point per pixel
    CHECK(path.first() == from);
    CHECK(path.last() == to);
    CHECK(furthestOff(line, path) <= 2.5);
    // A straight segment from one end to the other is far off the line: the test can fail.
    CHECK(furthestOff(line, Polyline{from, to}) > 50);
}

TEST_CASE("the tracer works on a scaled region and gives image coordinates")
{
    // The region x 200…1400, y 100…900 of a 1600 × 1000 image, shown at half size.
    const DarkLine line = makeDarkLine(QSize(1600, 1000));
    const QRectF region(200, 100, 1200, 800);
    const QImage pixels =
            line.image.copy(region.toRect())
                    .scaled(600, 400, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    LineTracer tracer;
    REQUIRE(tracer.setRegion(pixels, region));
    CHECK(tracer.covers(QPointF(300, 500)));
    CHECK_FALSE(tracer.covers(QPointF(100, 500)));
    const QPointF from = line.at(300), to = line.at(1250);
    REQUIRE(tracer.setSource(from));
    const Polyline path = tracer.pathTo(to, 3.0);
    REQUIRE(path.size() >= 4);
    CHECK(furthestOff(line, path) <= 4.0); // two image pixels per working pixel
    // Outside the region there is no path.
    CHECK(tracer.pathTo(QPointF(1500, 500), 3.0).isEmpty());
    CHECK_FALSE(tracer.setSource(QPointF(50, 50)));
    CHECK(tracer.pathTo(to, 3.0).isEmpty());
}

TEST_CASE("the working size is bounded whatever the region")
{
    CHECK(LineTracer::scaleFor(QSizeF(800, 600)) == 1.0);
    CHECK(LineTracer::scaleFor(QSizeF(20000, 10000)) == Approx(LineTracer::kMaxSide / 20000.0));
    LineTracer tracer;
    CHECK_FALSE(tracer.setRegion(QImage(), QRectF(0, 0, 10, 10)));
    CHECK_FALSE(tracer.hasRegion());
    CHECK(tracer.pathTo(QPointF(1, 1), 1).isEmpty());
}

TEST_CASE("Douglas-Peucker keeps the ends and drops points within the tolerance")
{
    const Polyline zigzag{{0, 0}, {10, 0.4}, {20, -0.3}, {30, 0}, {30.5, 10.25}};
    const Polyline s = LineTracer::simplify(zigzag, 1.0);
    REQUIRE(s == Polyline{{0, 0}, {30, 0}, {30.5, 10.25}});
    CHECK(LineTracer::simplify(zigzag, 0.1).size() == zigzag.size());
}
