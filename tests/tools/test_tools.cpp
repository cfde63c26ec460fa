// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: one case per tool, each a whole drawing session of real mouse and key events.
// The annotation tools through a real ImageCanvas showing a real image: QTest mouse and
// key events in, the store's contents checked. The image is 200 × 100 px, shown at zoom 2.

#include <catch2/catch.hpp>

#include "toolbench.h"

#include "abstracttool.h"
#include "canvas/createshapetool.h"
#include "toolplugin.h"

#include "document/commands.h"

#include <QAction>
#include <QActionGroup>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPluginLoader>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cstdio>

using namespace annostraat;
using namespace annostraat::test;

namespace {

QList<Annotation> sortedById(QList<Annotation> list)
{
    std::sort(list.begin(), list.end(),
              [](const Annotation &a, const Annotation &b) { return a.id < b.id; });
    return list;
}

CreateShapeTool::State shapeState(ToolBench &b)
{
    auto *tool = qobject_cast<CreateShapeTool *>(b.manager->activeTool());
    REQUIRE(tool);
    return tool->state();
}

} // namespace

TEST_CASE("the built-in tools are static plugins found through the interface")
{
    ToolBench b;
    QStringList found;
    const QList<QStaticPlugin> statics = QPluginLoader::staticPlugins();
    for (const QStaticPlugin &plugin : statics) {
        if (plugin.metaData().value(QStringLiteral("IID")).toString() !=
            QLatin1String(ANNOSTRAAT_TOOL_PLUGIN_IID))
            continue;
        REQUIRE(qobject_cast<ToolPlugin *>(plugin.instance()));
        found << plugin.metaData()
                         .value(QStringLiteral("MetaData"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString();
    }
    found.sort();
    CHECK(found == QStringList{QStringLiteral("box"), QStringLiteral("crack"),
                               QStringLiteral("polygon"), QStringLiteral("select")});

    const QList<QAction *> actions = b.manager->toolActions();
    REQUIRE(actions.size() == 4);
    CHECK(b.manager->actionGroup()->exclusionPolicy() != QActionGroup::ExclusionPolicy::None);
    for (QAction *a : actions) {
        CHECK(a->isCheckable());
        CHECK(a->isEnabled());
    }
    CHECK(b.manager->action(QStringLiteral("select"))->shortcut() == QKeySequence(Qt::Key_V));
    CHECK(b.manager->action(QStringLiteral("polygon"))->shortcut() == QKeySequence(Qt::Key_P));
    CHECK(b.manager->action(QStringLiteral("crack"))->shortcut() == QKeySequence(Qt::Key_C));
    CHECK(b.manager->action(QStringLiteral("polygon"))->toolTip().contains(QLatin1Char('P')));
    // The label "Bord" has hotkey b: the label wins, the box tool loses its key.
    CHECK(b.manager->action(QStringLiteral("box"))->shortcut().isEmpty());

    b.use(QStringLiteral("polygon"));
    CHECK(b.canvas->input() == qobject_cast<ImageTool *>(b.manager->tool(QStringLiteral("polygon"))));
    CHECK(b.manager->action(QStringLiteral("polygon"))->isChecked());
    b.use(QStringLiteral("select"));
    CHECK(b.canvas->input() == qobject_cast<ImageTool *>(b.manager->tool(QStringLiteral("select"))));
    CHECK_FALSE(b.manager->action(QStringLiteral("polygon"))->isChecked());
    CHECK_FALSE(b.manager->setActiveTool(QStringLiteral("no-such-tool")));
}

TEST_CASE("box tool: drag, two clicks, no zero-size box, clamped to the image")
{
    ToolBench b;
    b.use(QStringLiteral("box"));

    b.drag(b.at(10, 10), b.at(60, 40));
    Annotation box = b.only();
    CHECK(box.kind == AnnotationKind::Box);
    CHECK(box.label == QStringLiteral("Buffer"));
    CHECK(box.attributes.value(QStringLiteral("schade")).toInt() == 2); // the schema's default
    CHECK(boxOf(box) == boxFromCorners(b.landed(10, 10), b.landed(60, 40)));
    CHECK(b.doc->undoStack()->count() == 1);

    b.click(b.at(100, 20));
    CHECK(b.stored().size() == 1); // one corner is not a box yet
    b.hover(b.at(150, 70));
    b.click(b.at(150, 70));
    REQUIRE(b.stored().size() == 2);

    SECTION("zero size")
    {
        b.click(b.at(20, 80));
        b.click(b.at(20, 80));
        b.key(Qt::Key_Escape);
        b.drag(b.at(30, 60), b.at(30, 95)); // no width
        CHECK(b.stored().size() == 2);
        CHECK(shapeState(b) == CreateShapeTool::State::Idle);
    }
    SECTION("clamped")
    {
        b.drag(b.at(170, 80), b.at(260, 130)); // ends outside the image
        REQUIRE(b.stored().size() == 3);
        QList<Annotation> all = b.stored();
        const auto it = std::find_if(all.begin(), all.end(), [](const Annotation &a) {
            return boxFromValue(a.value)->x > 160;
        });
        REQUIRE(it != all.end());
        const Box clamped = boxOf(*it);
        CHECK(clamped.x + clamped.w == 200);
        CHECK(clamped.y + clamped.h == 100);
    }
}

TEST_CASE("select tool: resize by a handle, move, nudge - one undo step per drag")
{
    ToolBench b;
    b.use(QStringLiteral("box"));
    b.drag(b.at(20, 20), b.at(60, 50));
    const QString id = b.only().id;
    QUndoStack *stack = b.doc->undoStack();
    REQUIRE(stack->count() == 1);

    b.use(QStringLiteral("select"));
    b.click(b.at(40, 35));
    CHECK(b.context->selectedId() == id);

    b.drag(b.at(60, 50), b.at(80, 70)); // bottom-right handle
    CHECK(boxOf(b.only()) == boxFromCorners(b.landed(20, 20), b.landed(80, 70)));
    CHECK(stack->count() == 2);

    const Box before = boxOf(b.only());
    b.drag(b.at(50, 40), b.at(60, 45)); // the body
    const QPointF delta = b.landed(60, 45) - b.landed(50, 40);
    CHECK(boxOf(b.only()) == Box{before.x + delta.x(), before.y + delta.y(), before.w, before.h});
    b.drag(b.at(50, 40), b.at(55, 40)); // a second drag is a second step
    CHECK(stack->count() == 4);

    b.drag(b.at(60, 50), b.at(400, 50)); // far past the right edge
    Box moved = boxOf(b.only());
    CHECK(moved.x + moved.w == 200);
    CHECK(moved.w == before.w);

    b.key(Qt::Key_Left);
    CHECK(boxOf(b.only()).x == moved.x - 1);
    b.key(Qt::Key_Up, Qt::ShiftModifier);
    CHECK(boxOf(b.only()).y == moved.y - 10);
    CHECK(stack->count() == 7);

    stack->undo();
    stack->undo();
    CHECK(boxOf(b.only()) == moved);

    b.key(Qt::Key_Escape);
    CHECK(b.context->selectedId().isEmpty());
    b.key(Qt::Key_Left); // nothing selected: the canvas pans, the store is untouched
    CHECK(boxOf(b.only()) == moved);

    b.click(b.at(150, 40)); // the box sits at the right edge now
    CHECK(b.context->selectedId() == id);
    b.key(Qt::Key_Delete);
    CHECK(b.stored().isEmpty());
    CHECK(b.context->selectedId().isEmpty());
}

TEST_CASE("polygon tool: close on the first vertex or Enter - insert, move, delete vertices")
{
    ToolBench b;
    b.use(QStringLiteral("polygon"));
    b.click(b.at(10, 10));
    b.click(b.at(50, 10));
    CHECK(b.stored().isEmpty()); // two vertices are not a polygon yet
    b.click(b.at(50, 50));
    CHECK(pointsOf(b.only()).size() == 3); // stored at once: a crash keeps it
    b.click(b.at(10, 50));
    CHECK(pointsOf(b.only()).size() == 4);
    b.click(b.at(10, 10)); // the first vertex closes
    CHECK(shapeState(b) == CreateShapeTool::State::Idle);
    const Annotation first = b.only();
    CHECK(first.kind == AnnotationKind::Polygon);
    CHECK(pointsOf(first) ==
          Polyline{b.landed(10, 10), b.landed(50, 10), b.landed(50, 50), b.landed(10, 50)});

    b.click(b.at(100, 10));
    b.click(b.at(150, 10));
    b.click(b.at(150, 60));
    b.key(Qt::Key_Return);
    CHECK(shapeState(b) == CreateShapeTool::State::Idle);
    REQUIRE(b.stored().size() == 2);

    b.use(QStringLiteral("select"));
    b.click(b.at(30, 30));
    REQUIRE(b.context->selectedId() == first.id);
    auto current = [&] { return pointsOf(*b.store->annotation(first.id)); };

    b.doubleClick(b.at(30, 10)); // on the top edge
    REQUIRE(current().size() == 5);
    CHECK(current().at(1).x() == Approx(b.landed(30, 10).x()));

    b.drag(b.at(30, 10), b.at(30, 3)); // move the new vertex
    CHECK(current().at(1) == b.landed(30, 3));

    b.hover(b.at(30, 3));
    b.key(Qt::Key_Delete); // the hovered vertex
    CHECK(current() ==
          Polyline{b.landed(10, 10), b.landed(50, 10), b.landed(50, 50), b.landed(10, 50)});

    b.hover(b.at(50, 30)); // on the right edge
    b.key(Qt::Key_Insert);
    CHECK(current().size() == 5);

    // The other polygon has only three vertices: Delete removes the whole polygon.
    b.click(b.at(140, 20));
    REQUIRE_FALSE(b.context->selectedId().isEmpty());
    const QString second = b.context->selectedId();
    b.hover(b.at(150, 10));
    b.key(Qt::Key_Delete);
    CHECK_FALSE(b.store->annotation(second).has_value());
    CHECK(b.stored().size() == 1);
}

TEST_CASE("crack tool: points in order, Backspace, Enter and double-click - stored per point")
{
    ToolBench b;
    b.use(QStringLiteral("crack"));
    b.click(b.at(10, 90));
    CHECK(b.stored().isEmpty());
    b.click(b.at(40, 80));
    Annotation crack = b.only();
    CHECK(crack.kind == AnnotationKind::Crack);
    CHECK(crack.label == QStringLiteral("Scheur")); // the only label that allows cracks
    CHECK(b.context->currentLabel() == QStringLiteral("Scheur"));
    b.click(b.at(70, 85));
    // The crash rule: three points are in the file before Enter, seen by a fresh connection.
    CHECK(pointsOf(b.only()) == Polyline{b.landed(10, 90), b.landed(40, 80), b.landed(70, 85)});
    b.reopen();

    b.key(Qt::Key_Backspace);
    CHECK(pointsOf(b.only()).size() == 2);
    b.key(Qt::Key_Backspace); // below the minimum: removed, the first point stays in preview
    CHECK(b.stored().isEmpty());
    CHECK(shapeState(b) == CreateShapeTool::State::Preview);
    b.click(b.at(60, 60));
    CHECK(pointsOf(b.only()) == Polyline{b.landed(10, 90), b.landed(60, 60)});
    b.key(Qt::Key_Enter);
    CHECK(shapeState(b) == CreateShapeTool::State::Idle);

    b.click(b.at(100, 50));
    b.click(b.at(120, 60));
    b.doubleClick(b.at(150, 40));
    CHECK(shapeState(b) == CreateShapeTool::State::Idle);
    REQUIRE(b.stored().size() == 2);

    SECTION("Esc keeps stored work and drops an unstored preview")
    {
        b.click(b.at(10, 10));
        b.click(b.at(30, 10));
        b.key(Qt::Key_Escape);
        CHECK(b.stored().size() == 3);
        b.click(b.at(10, 30));
        b.key(Qt::Key_Escape);
        CHECK(b.stored().size() == 3);
        CHECK(shapeState(b) == CreateShapeTool::State::Idle);
    }
    SECTION("an undo while drawing lets go of the crack")
    {
        b.click(b.at(10, 10));
        b.click(b.at(30, 10));
        b.click(b.at(50, 10));
        b.doc->undoStack()->undo();
        CHECK(shapeState(b) == CreateShapeTool::State::Idle);
        b.click(b.at(90, 10)); // starts a new crack, does not extend the old one
        CHECK(b.stored().size() == 3);
    }
}

TEST_CASE("undo and redo walk back and forth across the tools")
{
    ToolBench b;
    QUndoStack *stack = b.doc->undoStack();
    QList<QList<Annotation>> states{sortedById(b.stored())};
    auto snapshot = [&] {
        states << sortedById(b.stored());
        CHECK(stack->count() == states.size() - 1); // one step per action
    };

    b.use(QStringLiteral("box"));
    b.drag(b.at(10, 10), b.at(40, 40));
    snapshot();
    b.use(QStringLiteral("polygon"));
    b.click(b.at(60, 10));
    b.click(b.at(90, 10));
    b.click(b.at(90, 40));
    snapshot();
    b.click(b.at(60, 40));
    b.key(Qt::Key_Return);
    snapshot();
    b.use(QStringLiteral("crack"));
    b.click(b.at(110, 80));
    b.click(b.at(150, 90));
    snapshot();
    b.key(Qt::Key_Return);
    b.use(QStringLiteral("select"));
    b.drag(b.at(20, 20), b.at(30, 30));
    snapshot();
    b.click(b.at(75, 25));
    b.key(Qt::Key_Delete);
    snapshot();
    REQUIRE(states.size() == 7);
    CHECK(states.last().size() == 2);

    for (int i = int(states.size()) - 2; i >= 0; --i) {
        stack->undo();
        CHECK(sortedById(b.stored()) == states.at(i));
    }
    CHECK(b.stored().isEmpty());
    for (int i = 1; i < states.size(); ++i) {
        stack->redo();
        CHECK(sortedById(b.stored()) == states.at(i));
    }
}

TEST_CASE("label hotkeys choose the label of new annotations, tool keys the tool")
{
    ToolBench b;
    CHECK(QTest::qWaitForWindowActive(b.window.get()));
    b.key(Qt::Key_V);
    CHECK(b.manager->activeTool()->id() == QStringLiteral("select"));

    QList<QAction *> labels = b.picker->labelActions();
    REQUIRE(labels.size() == 4);
    b.key(Qt::Key_3);
    CHECK(b.context->currentLabel() == QStringLiteral("Roest"));
    CHECK(std::count_if(labels.begin(), labels.end(), [](QAction *a) { return a->isChecked(); }) ==
          1);
    CHECK(b.picker->findChild<QAction *>(QStringLiteral("label-Roest"))->isChecked());

    b.manager->action(QStringLiteral("box"))->trigger(); // B belongs to the label Bord
    b.drag(b.at(10, 10), b.at(30, 30));
    CHECK(b.only().label == QStringLiteral("Roest"));
    b.key(Qt::Key_B);
    CHECK(b.context->currentLabel() == QStringLiteral("Bord"));
    b.drag(b.at(50, 10), b.at(70, 30));
    CHECK(b.stored().size() == 2);
    b.key(Qt::Key_P);
    CHECK(b.manager->activeTool()->id() == QStringLiteral("polygon"));
    b.click(b.at(100, 10));
    b.click(b.at(130, 10));
    b.click(b.at(130, 40));
    b.key(Qt::Key_Return);
    // Bord cannot be drawn as a polygon: the first label that can is taken.
    CHECK(b.context->currentLabel() == QStringLiteral("Buffer"));
    b.key(Qt::Key_C);
    CHECK(b.manager->activeTool()->id() == QStringLiteral("crack"));

    QStringList got;
    for (const Annotation &a : b.stored())
        got << a.label;
    got.sort();
    CHECK(got ==
          QStringList{QStringLiteral("Bord"), QStringLiteral("Buffer"), QStringLiteral("Roest")});
}

TEST_CASE("hidden annotations are not hit - other people's layers are read-only")
{
    ToolBench b;
    b.use(QStringLiteral("box"));
    b.drag(b.at(10, 10), b.at(100, 90));
    b.drag(b.at(30, 30), b.at(50, 50)); // on top of the first
    const QList<Annotation> mine = b.stored();
    REQUIRE(mine.size() == 2);
    auto idOfBoxAt = [&](double x) {
        for (const Annotation &a : mine) {
            if (boxOf(a).x == b.landed(x, 0).x())
                return a.id;
        }
        return QString();
    };
    const QString big = idOfBoxAt(10);
    const QString small = idOfBoxAt(30);

    b.use(QStringLiteral("select"));
    b.click(b.at(40, 40));
    CHECK(b.context->selectedId() == small);
    b.context->setHidden(small, true);
    CHECK(b.context->selectedId().isEmpty());
    b.click(b.at(40, 40));
    CHECK(b.context->selectedId() == big);
    b.key(Qt::Key_Escape);

    // Someone else's box, shown to a reviewer: painted, never selected or changed.
    auto bram = b.store->addProfile(QStringLiteral("Bram"), Role::Annotator);
    REQUIRE(bram.ok());
    Annotation theirs;
    theirs.taskId = b.task.id;
    theirs.itemId = b.item.id;
    theirs.author = bram->id;
    theirs.kind = AnnotationKind::Box;
    theirs.label = QStringLiteral("Roest");
    theirs.value = boxToValue({150, 10, 30, 30});
    REQUIRE(b.store->addAnnotation(theirs).ok());
    b.context->reload();
    b.context->setOtherLayersShown(true);
    CHECK(b.context->otherAnnotations().size() == 1);
    b.drag(b.at(160, 20), b.at(170, 30));
    CHECK(b.context->selectedId().isEmpty());
    const auto after = b.store->annotations(b.item.id, bram->id);
    REQUIRE(after.size() == 1);
    CHECK(boxOf(after.first()) == Box{150, 10, 30, 30});

    // Painting with everything shown, a selection and a tool preview does not trip.
    b.click(b.at(20, 80));
    CHECK(b.context->selectedId() == big);
    CHECK(!b.window->grab().isNull());
}

TEST_CASE("switching tools finishes the shape in progress, keeping stored work")
{
    ToolBench b;
    b.use(QStringLiteral("polygon"));
    b.click(b.at(10, 10));
    b.click(b.at(50, 10));
    b.click(b.at(50, 50));
    b.use(QStringLiteral("crack")); // the polygon is stored: it stays
    CHECK(pointsOf(b.only()).size() == 3);
    b.click(b.at(100, 10));
    b.use(QStringLiteral("select")); // one crack point is not stored: dropped
    CHECK(b.stored().size() == 1);
    b.use(QStringLiteral("crack"));
    CHECK(shapeState(b) == CreateShapeTool::State::Idle);
}

TEST_CASE("a plugin folder without tool plugins adds nothing")
{
    ToolBench b;
    QTemporaryDir folder;
    QFile junk(folder.filePath(QStringLiteral("notaplugin.so")));
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("not a shared object");
    junk.close();
    QStringList errors;
    CHECK(b.manager->loadToolsFrom(folder.path(), &errors) == 0);
    CHECK(b.manager->tools().size() == 4);
}

TEST_CASE("500 boxes paint, hide and hit")
{
    ToolBench b;
    QList<Annotation> many;
    for (int i = 0; i < 500; ++i) {
        Annotation a;
        a.taskId = b.task.id;
        a.itemId = b.item.id;
        a.author = b.annotator.id;
        a.kind = AnnotationKind::Box;
        a.label = i % 2 ? QStringLiteral("Buffer") : QStringLiteral("Roest");
        a.value = boxToValue({double(i % 25) * 8, double(i / 25) * 5, 6, 4});
        auto added = b.store->addAnnotation(a);
        REQUIRE(added.ok());
        many << *added;
    }
    b.context->reload();
    REQUIRE(b.context->ownAnnotations().size() == 500);
    b.use(QStringLiteral("select"));
    // What is on screen: pixels in the two labels' colours (outlines and tags) on the grey
    // image. Painted with all 500; none once all are hidden.
    auto labelPixels = [&b] {
        const QImage shot = b.canvas->grab().toImage();
        int count = 0;
        // Inside the canvas' focus frame (drawn in the highlight colour, close to the blue).
        const int frame = 5;
        for (int y = frame; y < shot.height() - frame; ++y)
            for (int x = frame; x < shot.width() - frame; ++x) {
                const QColor c = shot.pixelColor(x, y);
                const bool buffer = qAbs(c.red() - 0x1f) < 24 && qAbs(c.green() - 0x77) < 24 &&
                        qAbs(c.blue() - 0xb4) < 24;
                const bool roest = qAbs(c.red() - 0xff) < 24 && qAbs(c.green() - 0x7f) < 24 &&
                        qAbs(c.blue() - 0x0e) < 24;
                count += buffer || roest ? 1 : 0;
            }
        return count;
    };
    const int shown = labelPixels();
    CHECK(shown > 500);

    b.click(b.at(3, 2));
    const QString hit = b.context->selectedId();
    CHECK(hit == many.first().id);
    QSet<QString> all;
    for (const Annotation &a : many)
        all.insert(a.id);
    b.context->setHiddenIds(all);
    CHECK(b.context->selectedId().isEmpty());
    b.click(b.at(3, 2));
    CHECK(b.context->selectedId().isEmpty());
    CHECK(labelPixels() == 0);
}

TEST_CASE("a vertex that would make the polygon cross itself is refused with a message")
{
    ToolBench b;
    QSignalSpy messages(b.context.get(), &ToolContext::statusMessage);
    b.use(QStringLiteral("polygon"));
    b.click(b.at(10, 10));
    b.click(b.at(50, 10));
    b.click(b.at(50, 50));
    REQUIRE(pointsOf(b.only()).size() == 3);
    b.click(b.at(30, 0)); // its edge from (50,50) would cross the first edge
    CHECK(pointsOf(b.only()).size() == 3);
    CHECK(messages.count() == 1);
    CHECK(shapeState(b) == CreateShapeTool::State::Creating);
    b.click(b.at(10, 50)); // a good vertex still goes on
    CHECK(pointsOf(b.only()).size() == 4);
    b.key(Qt::Key_Return);

    // Dragging a vertex across an edge stops at the last valid outline.
    const Polyline before = pointsOf(b.only());
    b.use(QStringLiteral("select"));
    b.click(b.at(30, 30));
    REQUIRE_FALSE(b.context->selectedId().isEmpty());
    const int steps = b.doc->undoStack()->count();
    b.drag(b.at(10, 50), b.at(70, 30)); // the moves on the way are fine, the last is not
    const Polyline after = pointsOf(b.only());
    CHECK(checkPolygon(after).ok());
    CHECK(after.at(3) != b.landed(70, 30));
    CHECK(after.at(3) != before.at(3));
    CHECK(b.doc->undoStack()->count() == steps + 1);
    b.doc->undoStack()->undo();
    CHECK(pointsOf(b.only()) == before);
}

TEST_CASE("a concave polygon may cross its moving closing side while drawn - closing checks it")
{
    ToolBench b;
    QSignalSpy messages(b.context.get(), &ToolContext::statusMessage);
    b.use(QStringLiteral("polygon"));
    // In this order the closing side from the 4th vertex back to the 1st crosses the 2nd side:
    // a normal moment while outlining a concave patch, so the tool keeps the vertex. The store
    // takes no crossing outline: it keeps the last valid one, the first three vertices.
    for (const QPointF &p : {QPointF(10, 30), QPointF(30, 20), QPointF(50, 40), QPointF(70, 25)})
        b.click(b.at(p.x(), p.y()));
    auto *tool = qobject_cast<CreateShapeTool *>(b.manager->activeTool());
    REQUIRE(tool);
    CHECK(tool->points().size() == 4);
    REQUIRE(pointsOf(b.only()).size() == 3);
    CHECK(messages.isEmpty());
    // Closing it now would give a crossing outline: Enter says so and leaves it open.
    b.key(Qt::Key_Return);
    CHECK(messages.count() == 1);
    CHECK(shapeState(b) == CreateShapeTool::State::Creating);
    // Two more vertices make it a proper outline; Enter closes it.
    b.click(b.at(70, 60));
    b.click(b.at(10, 60));
    b.key(Qt::Key_Return);
    CHECK(shapeState(b) == CreateShapeTool::State::Idle);
    const Polyline outline = pointsOf(b.only());
    CHECK(outline.size() == 6);
    CHECK(checkPolygon(outline).ok());
}

TEST_CASE(
        "a polygon left while its outline crosses itself keeps the last valid outline, and says so")
{
    ToolBench b;
    QSignalSpy messages(b.context.get(), &ToolContext::statusMessage);
    b.use(QStringLiteral("polygon"));
    for (const QPointF &p : {QPointF(10, 30), QPointF(30, 20), QPointF(50, 40), QPointF(70, 25)})
        b.click(b.at(p.x(), p.y()));
    // Backspace takes back the held vertex; clicking it again holds it again.
    b.key(Qt::Key_Backspace);
    CHECK(pointsOf(b.only()).size() == 3);
    b.click(b.at(70, 25));
    CHECK(pointsOf(b.only()).size() == 3);
    CHECK(messages.isEmpty());
    b.key(Qt::Key_Escape);
    CHECK(shapeState(b) == CreateShapeTool::State::Idle);
    REQUIRE(messages.count() == 1);
    CHECK(messages.last().first().toString().contains(QLatin1String("crosses itself")));
    const Polyline outline = pointsOf(b.only());
    CHECK(outline.size() == 3);
    CHECK(checkPolygon(outline).ok());
}
