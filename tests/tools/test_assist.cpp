// SPDX-License-Identifier: GPL-3.0-or-later
// Assisted tracing (issue 15, point 8): the crack and polygon tools on a generated image with a
// known dark line, driven by QTest events on the real canvas and checked in the store.
#include <catch2/catch.hpp>

#include "toolbench.h"

#include "canvas/createshapetool.h"
#include "darkline.h"

#include <QAction>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace annostraat;
using namespace annostraat::test;

namespace {

const DarkLine &theLine()
{
    static const DarkLine line = makeDarkLine(QSize(600, 400));
    return line;
}

ToolBenchSetup onTheLine(bool assisted)
{
    ToolBenchSetup setup;
    setup.image = theLine().image;
    setup.canvasSize = QSize(600, 400);
    setup.assistedTracing = assisted;
    return setup;
}

/// How far the polyline strays from the line, vertices and the straight pieces between them.
double furthestOff(const Polyline &points)
{
    double worst = 0;
    for (qsizetype i = 0; i + 1 < points.size(); ++i)
        for (int k = 0; k <= 8; ++k)
            worst = std::max(
                    worst, theLine().distance(points[i] + (points[i + 1] - points[i]) * (k / 8.0)));
    return worst;
}

QPoint onLine(ToolBench &b, double x)
{
    const QPointF p = theLine().at(x);
    return b.at(p.x(), p.y());
}

CreateShapeTool *shapeTool(ToolBench &b)
{
    auto *tool = qobject_cast<CreateShapeTool *>(b.manager->activeTool());
    REQUIRE(tool);
    return tool;
}

} // namespace

TEST_CASE("assisted crack: two clicks place points that lie on the dark line - one undo step")
{
    ToolBench b(onTheLine(true));
    b.use(QStringLiteral("crack"));
    CHECK(shapeTool(b)->isAssisted());
    b.click(onLine(b, 40));
    b.click(onLine(b, 200));
    const Polyline first = pointsOf(b.only());
    CHECK(first.size() >= 4); // a curve: more than the two clicks
    CHECK(first.first() == b.canvas->mapToImage(QPointF(onLine(b, 40))));
    CHECK(first.last() == b.canvas->mapToImage(QPointF(onLine(b, 200))));
    CHECK(furthestOff(first) <= 2.5);

    // The preview shows the path the next click will place.
    b.hover(onLine(b, 540));
    // The paths from the new point are computed in a worker; the preview is straight until then.
    REQUIRE(QTest::qWaitFor([&b] { return !shapeTool(b)->isTracing(); }, 10000));
    const Polyline preview = shapeTool(b)->previewPath();
    CHECK(preview.size() >= 4);
    CHECK(preview.first() == first.last());
    CHECK(furthestOff(preview) <= 2.5);

    b.click(onLine(b, 540));
    const Polyline all = pointsOf(b.only());
    CHECK(all.size() >= first.size() + 3);
    CHECK(all.mid(0, first.size()) == first); // the earlier points stay as they were
    CHECK(all.size() <= 80);                  // simplified, not a point per pixel
    CHECK(furthestOff(all) <= 2.5);
    // A straight line between the clicks would be far off: the check above can fail.
    CHECK(furthestOff(Polyline{first.last(), all.last()}) > 30);
    b.reopen();

    // Undo takes back the whole last click, as for an ordinary click; redo gives it again.
    b.doc->undoStack()->undo();
    CHECK(pointsOf(b.only()) == first);
    b.doc->undoStack()->redo();
    CHECK(pointsOf(b.only()) == all);
    b.doc->undoStack()->undo();
    b.doc->undoStack()->undo();
    CHECK(b.stored().isEmpty());

    SECTION("the placed points are ordinary points: Backspace takes back one")
    {
        b.click(onLine(b, 40));
        b.click(onLine(b, 300));
        const qsizetype placed = pointsOf(b.only()).size();
        CHECK(placed >= 4);
        b.key(Qt::Key_Backspace);
        CHECK(pointsOf(b.only()).size() == placed - 1);
    }
}

TEST_CASE(
        "assisted crack: Shift gives a straight side - off by default, two clicks give two points")
{
    SECTION("Shift held")
    {
        ToolBench b(onTheLine(true));
        b.use(QStringLiteral("crack"));
        b.click(onLine(b, 40));
        b.click(onLine(b, 300), Qt::ShiftModifier);
        CHECK(pointsOf(b.only()).size() == 2);
        b.click(onLine(b, 540));
        CHECK(pointsOf(b.only()).size() > 4);
    }
    SECTION("not turned on for the task")
    {
        ToolBench b(onTheLine(false));
        b.use(QStringLiteral("crack"));
        CHECK_FALSE(shapeTool(b)->isAssisted());
        CHECK_FALSE(b.manager->activeTool()->statusText().contains(QStringLiteral("Assisted")));
        CHECK_FALSE(b.manager->action(QStringLiteral("crack"))
                            ->toolTip()
                            .contains(QStringLiteral("Assisted")));
        b.click(onLine(b, 40));
        b.hover(onLine(b, 300));
        CHECK(shapeTool(b)->previewPath().size() == 2);
        b.click(onLine(b, 300));
        CHECK(pointsOf(b.only()) == Polyline{b.canvas->mapToImage(QPointF(onLine(b, 40))),
                                             b.canvas->mapToImage(QPointF(onLine(b, 300)))});
    }
    SECTION("turned on: the status text and the tooltip say so")
    {
        ToolBench b(onTheLine(true));
        b.use(QStringLiteral("crack"));
        CHECK(b.manager->activeTool()->statusText().contains(
                QStringLiteral("Assisted tracing is on")));
        CHECK(b.manager->action(QStringLiteral("crack"))
                      ->toolTip()
                      .contains(QStringLiteral("Assisted tracing")));
        CHECK(b.manager->action(QStringLiteral("polygon"))
                      ->toolTip()
                      .contains(QStringLiteral("Assisted tracing")));
        CHECK_FALSE(b.manager->action(QStringLiteral("box"))
                            ->toolTip()
                            .contains(QStringLiteral("Assisted")));
    }
}

TEST_CASE("assisted polygon: a side along the dark line follows it - straight sides with Shift")
{
    ToolBench b(onTheLine(true));
    b.use(QStringLiteral("polygon"));
    // A patch below the line: its top side is the line from a to c, traced; the other three
    // sides are straight (Shift), down, across and up again to a.
    const QPoint a = onLine(b, 60), c = onLine(b, 330);
    b.click(a);
    b.click(c);
    b.click(b.at(theLine().at(330).x(), 390), Qt::ShiftModifier);
    const auto outlines = [&b] {
        QList<Polyline> all;
        for (const Annotation &x : b.stored())
            all << pointsOf(x);
        return all;
    };
    const QList<Polyline> beforeLast = outlines();
    b.click(b.at(theLine().at(60).x(), 390), Qt::ShiftModifier);
    const Polyline outline = pointsOf(b.only());
    const QPointF cImage = b.canvas->mapToImage(QPointF(c));
    const qsizetype ci = outline.indexOf(cImage);
    REQUIRE(ci >= 3); // the traced side has vertices between a and c
    CHECK(outline.first() == b.canvas->mapToImage(QPointF(a)));
    CHECK(furthestOff(outline.mid(0, ci + 1)) <= 2.5);
    CHECK(outline.size() == ci + 3); // then the two straight corners
    b.click(a, Qt::ShiftModifier);   // close on the first vertex, straight
    CHECK(shapeTool(b)->state() == CreateShapeTool::State::Idle);
    CHECK(pointsOf(b.only()) == outline);
    b.doc->undoStack()->undo(); // the last click, as one step
    CHECK(outlines() == beforeLast);

    SECTION("the closing side follows the line too")
    {
        // From a point on the line, a straight side down and up again, then back to the start:
        // the closing click traces the line from the last vertex to the first.
        b.click(onLine(b, 380));
        b.click(b.at(theLine().at(380).x(), 395), Qt::ShiftModifier);
        b.click(b.at(theLine().at(560).x(), 395), Qt::ShiftModifier);
        b.click(onLine(b, 560), Qt::ShiftModifier);
        b.hover(onLine(b, 380));
        b.click(onLine(b, 380));
        CHECK(shapeTool(b)->state() == CreateShapeTool::State::Idle);
        const Polyline closed = pointsOf(b.only());
        REQUIRE(closed.size() >= 7);
        // Vertices 3… (from the point at 560) and the closing side back to the first vertex.
        CHECK(furthestOff(closed.mid(3) + Polyline{closed.first()}) <= 2.5);
    }
}
