// SPDX-License-Identifier: GPL-3.0-or-later
// The image work in the whole program, the way a new annotator does it: label keys choose
// what to draw, clicks and drags on the canvas draw it, Enter ends a crack, Ctrl+Z / Ctrl+Shift+Z
// walk back and forth, the next item, a restart, and the store holds exactly what was drawn.

#include "guifixture.h"
#include "guisteps.h"

#include "abstracttool.h"
#include "canvas/imageeditor.h"
#include "annotationlist.h"
#include "demotask.h"
#include "attributeeditor.h"
#include "canvas/imagecanvas.h"
#include "labelpicker.h"
#include "quality/geometry.h"
#include "shortcutsheet.h"
#include "store/taskbuilder.h"
#include "toolcontext.h"
#include "toolmanager.h"
#include "workpage.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSpinBox>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

ImageCanvas *readyCanvas(GuiFixture &f)
{
    ImageCanvas *canvas = test::imageEditor(f.window().workPage())->canvas();
    REQUIRE(GuiFixture::waitFor([&] { return canvas->state() == ImageCanvas::State::Ready; }, 10000));
    return canvas;
}

QPoint at(ImageCanvas *canvas, QPointF imagePos)
{
    return canvas->mapFromImage(imagePos).toPoint();
}

void click(ImageCanvas *canvas, QPointF imagePos)
{
    QTest::mouseClick(canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, imagePos));
}

void drag(ImageCanvas *canvas, QPointF from, QPointF to)
{
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, from));
    for (int i = 1; i <= 4; ++i) {
        const QPointF p = at(canvas, from + (to - from) * i / 4.0);
        QMouseEvent move(QEvent::MouseMove, p, canvas->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(canvas, &move);
    }
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, at(canvas, to));
}

QList<Annotation> drawn(Store &store, const QString &itemId, const QString &author)
{
    QList<Annotation> result;
    const QList<Annotation> all = store.annotations(itemId, author);
    for (const Annotation &a : all)
        if (a.kind != AnnotationKind::Answer)
            result << a;
    return result;
}

/// Image coordinates are compared to within the canvas' rounding at its zoom.
bool nearPoint(QPointF a, QPointF b, double tolerance = 4.0)
{
    return std::abs(a.x() - b.x()) <= tolerance && std::abs(a.y() - b.y()) <= tolerance;
}

} // namespace

TEST_CASE("image work: crack, box and polygon by label keys and clicks - undo, redo, restart",
          "[gui][image]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    WorkPage *work = f.window().workPage();
    const QString anna = f.store().profiles().first().id;

    // Item 1, the dike: "1" is the crack label; it picks the crack tool by itself.
    ImageCanvas *canvas = readyCanvas(f);
    REQUIRE(canvas->hasFocus()); // the image has the keyboard when the first item opens
    f.press(Qt::Key_1);
    REQUIRE(test::imageEditor(work)->toolManager()->activeTool());
    CHECK(test::imageEditor(work)->toolManager()->activeTool()->id() == QStringLiteral("crack"));
    const QList<QPointF> crack{{40, 310}, {255, 338}, {470, 455}, {745, 560}, {1010, 702}};
    for (const QPointF &p : crack)
        click(canvas, p);
    const QString dike = work->currentItemId();
    {
        // Every point is kept as it is clicked: the crack is in the store before Enter.
        const QList<Annotation> now = drawn(f.store(), dike, anna);
        REQUIRE(now.size() == 1);
        CHECK(pointsFromValue(now.first().value).size() == 5);
    }
    f.press(Qt::Key_Backspace); // the last point was wrong
    f.press(Qt::Key_Return);
    {
        const QList<Annotation> now = drawn(f.store(), dike, anna);
        REQUIRE(now.size() == 1);
        CHECK(now.first().kind == AnnotationKind::Crack);
        CHECK(now.first().label == QStringLiteral("Scheur"));
        const Polyline points = pointsFromValue(now.first().value);
        REQUIRE(points.size() == 4);
        for (int i = 0; i < 4; ++i)
            CHECK(nearPoint(points.at(i), crack.at(i)));
    }

    // The train buffers, in their own task: "1" is the box label with a damage rating there.
    test::openDemoTask(f, QStringLiteral("train-buffers"));
    canvas = readyCanvas(f);
    const QString buffers = work->currentItemId();
    REQUIRE(buffers != dike);
    f.press(Qt::Key_I, Qt::ControlModifier); // the keyboard from the task list to the image
    REQUIRE(canvas->hasFocus());
    f.press(Qt::Key_1);
    CHECK(test::imageEditor(work)->toolManager()->activeTool()->id() == QStringLiteral("box"));
    drag(canvas, {250, 560}, {560, 810});
    QList<Annotation> boxes = drawn(f.store(), buffers, anna);
    REQUIRE(boxes.size() == 1);
    auto box = boxFromValue(boxes.first().value);
    REQUIRE(box.ok());
    CHECK(nearPoint({box->x, box->y}, {250, 560}));
    CHECK(nearPoint({box->x + box->w, box->y + box->h}, {560, 810}));
    CHECK(boxes.first().attributes.value(QStringLiteral("schade")).toInt() == 0); // the default

    // A box dragged past the edge stops at the edge.
    drag(canvas, {1300, 900}, {1700, 1300});
    boxes = drawn(f.store(), buffers, anna);
    REQUIRE(boxes.size() == 2);
    for (const Annotation &a : boxes) {
        auto b = boxFromValue(a.value);
        REQUIRE(b.ok());
        CHECK(b->x + b->w <= 1600.0);
        CHECK(b->y + b->h <= 1200.0);
    }

    // Undo takes the second box back, redo brings it again; all through the store.
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(drawn(f.store(), buffers, anna).size() == 1);
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(drawn(f.store(), buffers, anna).size() == 2);
    f.press(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(drawn(f.store(), buffers, anna).size() == 1);

    // Select/edit (V), click the box, Ctrl+E puts the keyboard on its label and attributes.
    f.press(Qt::Key_V);
    CHECK(test::imageEditor(work)->toolManager()->activeTool()->id() == QStringLiteral("select"));
    click(canvas, {400, 700});
    CHECK(test::imageEditor(work)->toolContext()->selectedId() == boxes.first().id);
    CHECK(test::imageEditor(work)->annotationList()->currentAnnotationId() == boxes.first().id);
    CHECK(test::imageEditor(work)->attributeEditor()->annotationId() == boxes.first().id);
    f.press(Qt::Key_E, Qt::ControlModifier);
    f.press(Qt::Key_Tab); // from the label to the damage rating
    auto *rating = test::imageEditor(work)->attributeEditor()->findChild<QSpinBox *>(QStringLiteral("attribute_schade"));
    REQUIRE(rating);
    REQUIRE(f.focusWidget() == rating);
    f.press(Qt::Key_Up);
    f.press(Qt::Key_Up);
    f.press(Qt::Key_Up);
    CHECK(f.store().annotation(boxes.first().id)->attributes.value(QStringLiteral("schade")).toInt() == 3);

    // The bare patch, in the erosion task: "1" is the polygon label there; Enter closes it.
    test::openDemoTask(f, QStringLiteral("erosion"));
    canvas = readyCanvas(f);
    const QString patch = work->currentItemId();
    f.press(Qt::Key_I, Qt::ControlModifier); // the keyboard back to the image
    REQUIRE(canvas->hasFocus());
    f.press(Qt::Key_1);
    CHECK(test::imageEditor(work)->toolManager()->activeTool()->id() == QStringLiteral("polygon"));
    const QList<QPointF> outline{{520, 330}, {990, 300}, {1180, 700}, {760, 880}, {430, 560}};
    for (const QPointF &p : outline)
        click(canvas, p);
    f.press(Qt::Key_Return);
    {
        const QList<Annotation> now = drawn(f.store(), patch, anna);
        REQUIRE(now.size() == 1);
        CHECK(now.first().kind == AnnotationKind::Polygon);
        CHECK(now.first().label == QStringLiteral("Kale plek"));
        CHECK(pointsFromValue(now.first().value).size() == 5);
    }

    // A restart shows everything again, on the same items, in the task last open.
    REQUIRE(f.restart());
    work = f.window().workPage();
    REQUIRE(work->task());
    CHECK(work->task()->id == DemoTask::find(f.store(), QStringLiteral("erosion"))->id);
    CHECK(drawn(f.store(), dike, anna).size() == 1);
    CHECK(drawn(f.store(), buffers, anna).size() == 1);
    CHECK(drawn(f.store(), patch, anna).size() == 1);
    CHECK(work->currentItemId() == patch);
    readyCanvas(f);
    CHECK(test::imageEditor(work)->annotationList()->count() == 1);
    CHECK(test::imageEditor(work)->toolContext()->ownAnnotations().size() == 1);
}

TEST_CASE("image work: the active tool follows the task's kinds - also after a restart", "[gui][image]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    WorkPage *work = f.window().workPage();
    auto activeTool = [&] {
        AbstractTool *tool = test::imageEditor(f.window().workPage())->toolManager()->activeTool();
        return tool ? tool->id() : QString();
    };

    // The box tool, in the train buffers.
    test::openDemoTask(f, QStringLiteral("train-buffers"));
    ImageCanvas *canvas = readyCanvas(f);
    f.press(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(canvas->hasFocus());
    f.press(Qt::Key_1);
    REQUIRE(activeTool() == QStringLiteral("box"));

    // The dike cracks have no box label: the box tool gives way to the crack tool.
    test::openDemoTask(f, QStringLiteral("dike-cracks"));
    readyCanvas(f);
    CHECK(activeTool() == QStringLiteral("crack"));

    // Back to the buffers and the box tool, then a restart into the dike cracks: the box tool
    // kept from before the restart gives way too.
    test::openDemoTask(f, QStringLiteral("train-buffers"));
    canvas = readyCanvas(f);
    f.press(Qt::Key_I, Qt::ControlModifier);
    f.press(Qt::Key_B);
    REQUIRE(activeTool() == QStringLiteral("box"));
    REQUIRE(f.restart());
    work = f.window().workPage();
    CHECK(activeTool() == QStringLiteral("box")); // it fits the buffers, the task still open
    test::openDemoTask(f, QStringLiteral("dike-cracks"));
    REQUIRE(f.restart());
    work = f.window().workPage();
    REQUIRE(work->task());
    REQUIRE(work->task()->id == DemoTask::find(f.store(), QStringLiteral("dike-cracks"))->id);
    readyCanvas(f);
    CHECK(activeTool() == QStringLiteral("crack"));
    // No tool is named like one of the task's labels ("Scheur" is the label, not the tool).
    for (QAction *tool : test::imageEditor(work)->toolManager()->toolActions())
        for (const LabelSpec &label : work->task()->schema.labels()) {
            CHECK(tool->iconText().remove(QLatin1Char('&')) != label.name);
            CHECK(tool->text().remove(QLatin1Char('&')) != label.name);
        }

    // A tool chosen by hand for one of the task's labels stays: select/edit in the dike task.
    f.press(Qt::Key_I, Qt::ControlModifier);
    f.press(Qt::Key_V);
    CHECK(activeTool() == QStringLiteral("select"));
    test::openDemoTask(f, QStringLiteral("dike-cracks"));
    readyCanvas(f);
    CHECK(activeTool() == QStringLiteral("select"));
}

TEST_CASE("image work: copy from the previous item is one undo step - Space hides on the image",
          "[gui][image]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    test::openDemoTask(f, QStringLiteral("train-buffers"));
    WorkPage *work = f.window().workPage();
    const QString anna = f.store().profiles().first().id;
    ImageCanvas *canvas = readyCanvas(f);
    f.press(Qt::Key_I, Qt::ControlModifier); // the keyboard from the task list to the image
    f.press(Qt::Key_1); // box
    drag(canvas, {100, 100}, {400, 300});
    drag(canvas, {1400, 1000}, {1590, 1190});
    const QString first = work->currentItemId();
    REQUIRE(drawn(f.store(), first, anna).size() == 2);

    f.press(Qt::Key_Right, Qt::AltModifier);
    readyCanvas(f);
    const QString second = work->currentItemId();
    f.press(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    const QList<Annotation> copies = drawn(f.store(), second, anna);
    REQUIRE(copies.size() == 2);
    // Same label and shape as the originals (both images are 1600 x 1200, nothing to clamp).
    QStringList originalShapes, copiedShapes;
    for (const Annotation &a : drawn(f.store(), first, anna))
        originalShapes << a.label + QString::fromUtf8(QJsonDocument(a.value).toJson(QJsonDocument::Compact));
    for (const Annotation &a : copies)
        copiedShapes << a.label + QString::fromUtf8(QJsonDocument(a.value).toJson(QJsonDocument::Compact));
    originalShapes.sort();
    copiedShapes.sort();
    CHECK(copiedShapes == originalShapes);
    CHECK(drawn(f.store(), first, anna).size() == 2); // the originals stay
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(drawn(f.store(), second, anna).isEmpty());
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(drawn(f.store(), second, anna).size() == 2);
    // Again: nothing new, and it says why.
    const int steps = work->document()->undoStack()->count();
    f.press(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(drawn(f.store(), second, anna).size() == 2);
    CHECK(work->document()->undoStack()->count() == steps);
    CHECK_FALSE(work->notice().isEmpty());

    // Hidden in the list: not on the image, not hit by a click, still in the store.
    AnnotationList *list = test::imageEditor(work)->annotationList();
    list->setFocus();
    list->setCurrentRow(0);
    const QString hiddenId = list->currentAnnotationId();
    f.press(Qt::Key_Space);
    CHECK(test::imageEditor(work)->toolContext()->isHidden(hiddenId));
    CHECK(f.store().annotation(hiddenId).has_value());
    f.press(Qt::Key_I, Qt::ControlModifier);
    f.press(Qt::Key_V);
    const auto hidden = boxFromValue(f.store().annotation(hiddenId)->value);
    REQUIRE(hidden.ok());
    test::imageEditor(work)->toolContext()->setSelectedId({});
    click(canvas, {hidden->x + hidden->w / 2, hidden->y + hidden->h / 2});
    CHECK(test::imageEditor(work)->toolContext()->selectedId().isEmpty());
    // Shown again, the same click chooses it.
    list->setFocus();
    f.press(Qt::Key_Space);
    CHECK_FALSE(test::imageEditor(work)->toolContext()->isHidden(hiddenId));
    f.press(Qt::Key_I, Qt::ControlModifier);
    click(canvas, {hidden->x + hidden->w / 2, hidden->y + hidden->h / 2});
    CHECK(test::imageEditor(work)->toolContext()->selectedId() == hiddenId);
}

TEST_CASE("image work: the shortcut sheet lists the tools and the labels as bound", "[gui][image]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    readyCanvas(f);
    f.press(Qt::Key_Question);
    REQUIRE(GuiFixture::waitFor([&] { return f.window().shortcutSheet() && f.window().shortcutSheet()->isVisible(); }));
    const QString text = f.window().shortcutSheet()->lines().join(QLatin1Char('\n'));
    // Every tool and every drawable label with its key, as the actions have them now.
    for (QAction *a : test::imageEditor(f.window().workPage())->toolManager()->toolActions()) {
        INFO(a->text().toStdString());
        CHECK_FALSE(a->shortcut().isEmpty()); // no text label's key took a tool's key
        CHECK(text.contains(ShortcutSheet::shortcutText(a)));
    }
    const QList<QAction *> labels = test::imageEditor(f.window().workPage())->labelPicker()->labelActions();
    REQUIRE(labels.size() == 1); // the dike cracks: "Scheur"
    for (QAction *a : labels) {
        CHECK(text.contains(a->data().toString()));
        CHECK(text.contains(QStringLiteral("Scheur")));
    }
    CHECK(text.contains(QStringLiteral("Ctrl+0")));
}

TEST_CASE("image work: reviewers show others' layers with Ctrl+L - annotators cannot", "[gui][image]")
{
    GuiFixture f;
    REQUIRE(f.start());
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("Rik"));
    f.press(Qt::Key_Tab);
    f.press(Qt::Key_Down); // reviewer
    f.press(Qt::Key_Return);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
    REQUIRE(f.store().profiles().first().role == Role::Reviewer);
    WorkPage *work = f.window().workPage();
    ImageCanvas *canvas = readyCanvas(f);

    // Anna's crack on the open item, as a sync would bring it.
    auto anna = f.store().addProfile(QStringLiteral("Anna"), Role::Annotator);
    REQUIRE(anna.ok());
    Annotation theirs;
    theirs.itemId = work->currentItemId();
    theirs.author = anna->id;
    theirs.kind = AnnotationKind::Crack;
    theirs.label = QStringLiteral("Scheur");
    theirs.value = polylineToValue({{100, 100}, {400, 300}});
    auto stored = f.store().addAnnotation(theirs);
    REQUIRE(stored.ok());
    work->refreshFromStore();

    QAction *others = f.window().action(QStringLiteral("actionShowOtherLayers"));
    REQUIRE(others);
    CHECK(others->isVisible());
    CHECK_FALSE(test::imageEditor(work)->toolContext()->otherLayersShown());
    f.press(Qt::Key_L, Qt::ControlModifier);
    CHECK(test::imageEditor(work)->toolContext()->otherLayersShown());
    REQUIRE(test::imageEditor(work)->toolContext()->otherAnnotations().size() == 1);
    // Shown, but not the reviewer's to change: a click on it selects nothing.
    f.press(Qt::Key_V);
    click(canvas, {250, 200});
    CHECK(test::imageEditor(work)->toolContext()->selectedId().isEmpty());
    f.press(Qt::Key_L, Qt::ControlModifier);
    CHECK_FALSE(test::imageEditor(work)->toolContext()->otherLayersShown());
    CHECK(f.store().annotation(stored->id)->value == theirs.value); // untouched

    // An annotator's window has no such action: blind double annotation stays blind.
    GuiFixture annotator;
    test::startAsAnnotator(annotator);
    QAction *hidden = annotator.window().action(QStringLiteral("actionShowOtherLayers"));
    REQUIRE(hidden);
    CHECK_FALSE(hidden->isVisible());
    CHECK_FALSE(hidden->isEnabled());
}

TEST_CASE("image work: a damage rating typed but not confirmed is kept when moving on",
          "[gui][image]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    WorkPage *work = f.window().workPage();
    test::openDemoTask(f, QStringLiteral("train-buffers"));
    ImageCanvas *canvas = readyCanvas(f);
    f.press(Qt::Key_I, Qt::ControlModifier);
    f.press(Qt::Key_1);
    drag(canvas, {250, 560}, {560, 810});
    const QString box = test::imageEditor(work)->toolContext()->selectedId(); // a new shape is the chosen one
    REQUIRE_FALSE(box.isEmpty());
    REQUIRE(test::imageEditor(work)->attributeEditor()->annotationId() == box);
    f.press(Qt::Key_V); // the select tool: a label key reaching the image would change it
    REQUIRE(test::imageEditor(work)->toolManager()->activeTool()->id() == QStringLiteral("select"));
    REQUIRE(test::imageEditor(work)->toolContext()->selectedId() == box);
    f.press(Qt::Key_E, Qt::ControlModifier);
    f.press(Qt::Key_Tab);
    auto *rating = test::imageEditor(work)->attributeEditor()->findChild<QSpinBox *>(QStringLiteral("attribute_schade"));
    REQUIRE(rating);
    REQUIRE(f.focusWidget() == rating);
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("1")); // typed, no Enter, no Tab: not confirmed yet
    // A digit in the field is the field's: not the label hotkey "1", which would take the box tool.
    CHECK(test::imageEditor(work)->toolManager()->activeTool()->id() == QStringLiteral("select"));
    CHECK(test::imageEditor(work)->toolContext()->currentLabel() == QStringLiteral("Buffer"));
    CHECK(rating->text() == QStringLiteral("1"));
    f.press(Qt::Key_Right, Qt::AltModifier);
    CHECK(f.store().annotation(box)->attributes.value(QStringLiteral("schade")).toInt() == 1);
}

TEST_CASE("image work: a remark typed into a box's text attribute survives a crash as a draft",
          "[gui][image][restart]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    const QString anna = f.store().profiles().first().id;
    // A task whose box label has a free-text attribute.
    const QString media = f.folder() + QStringLiteral("/lampen");
    REQUIRE(QDir().mkpath(media));
    QImage photo(800, 600, QImage::Format_RGB32);
    photo.fill(QColor(90, 120, 150));
    REQUIRE(photo.save(media + QStringLiteral("/paal-1.png")));
    const QString schemaPath = f.folder() + QStringLiteral("/schema.json");
    {
        QFile file(schemaPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": 1, "labels": [
            {"name": "Paal", "colour": "#1f77b4", "hotkey": "1", "kinds": ["box"],
             "attributes": [{"name": "opmerking", "type": "text"}]}]})");
    }
    auto draft = draftTaskFromFolder(QStringLiteral("Lampen"), schemaPath, media);
    REQUIRE(draft.ok());
    auto task = f.store().createTask(draft->task, draft->items, anna);
    REQUIRE(task.ok());
    REQUIRE(f.store().setSetting(anna, QStringLiteral("work/lastTask"), task->id).ok());
    REQUIRE(f.restart());
    if (f.window().page() != MainWindow::Page::Work)
        f.press(Qt::Key_Return);
    WorkPage *work = f.window().workPage();
    REQUIRE(work->task());
    REQUIRE(work->task()->id == task->id);
    const QString itemId = work->currentItemId();

    // A box, then Ctrl+E and Tab to its remark; typed, no Enter: not kept as the value yet.
    ImageCanvas *canvas = readyCanvas(f);
    f.press(Qt::Key_I, Qt::ControlModifier);
    f.press(Qt::Key_1);
    drag(canvas, {200, 150}, {420, 400});
    const QString box = test::imageEditor(work)->toolContext()->selectedId();
    REQUIRE_FALSE(box.isEmpty());
    f.press(Qt::Key_V);
    f.press(Qt::Key_E, Qt::ControlModifier);
    f.press(Qt::Key_Tab);
    auto *remark = test::imageEditor(work)->attributeEditor()->findChild<QLineEdit *>(
            QStringLiteral("attribute_opmerking"));
    REQUIRE(remark);
    REQUIRE(f.focusWidget() == remark);
    f.type(QStringLiteral("kap scheef"));
    const QString key = QStringLiteral("attribute/%1/opmerking").arg(box);
    // Kept as a draft within a moment, while the field still has the keyboard.
    REQUIRE(GuiFixture::waitFor([&] {
        return f.store().drafts(itemId, anna).value(key) == QStringLiteral("kap scheef");
    }, 2 * AttributeEditor::kDraftDelayMs + 1000));
    CHECK_FALSE(f.store().annotation(box)->attributes.contains(QStringLiteral("opmerking")));

    // The program dies here: what leaving the field would have written is lost.
    REQUIRE(f.restartAfterCrash());
    work = f.window().workPage();
    REQUIRE(work->currentItemId() == itemId);
    CHECK_FALSE(f.store().annotation(box)->attributes.contains(QStringLiteral("opmerking")));
    canvas = readyCanvas(f);
    f.press(Qt::Key_I, Qt::ControlModifier);
    f.press(Qt::Key_V);
    click(canvas, {300, 270});
    REQUIRE(test::imageEditor(work)->attributeEditor()->annotationId() == box);
    remark = test::imageEditor(work)->attributeEditor()->findChild<QLineEdit *>(
            QStringLiteral("attribute_opmerking"));
    REQUIRE(remark);
    CHECK(remark->text() == QStringLiteral("kap scheef")); // back, as typed
    // Enter keeps it as the value, as one undo step; the draft is gone.
    f.press(Qt::Key_E, Qt::ControlModifier);
    f.press(Qt::Key_Tab);
    REQUIRE(f.focusWidget() == remark);
    f.press(Qt::Key_End);
    f.type(QStringLiteral(", lamp kapot"));
    f.press(Qt::Key_Return);
    CHECK(f.store().annotation(box)->attributes.value(QStringLiteral("opmerking")).toString() ==
          QStringLiteral("kap scheef, lamp kapot"));
    CHECK_FALSE(f.store().drafts(itemId, anna).contains(key));
    REQUIRE(work->editor()->takeFocus());
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.store().annotation(box)->attributes.contains(QStringLiteral("opmerking")));
}

TEST_CASE("image work: suggested boxes are accepted with Enter and rejected with Delete - done "
          "waits for them",
          "[gui][image][suggestions]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    const QString anna = f.store().profiles().first().id;
    test::openDemoTask(f, QStringLiteral("train-buffers"));
    readyCanvas(f);
    const QString buffers = f.window().workPage()->currentItemId();

    // A model's two boxes, loaded into Anna's layer as an import with --suggestions does.
    const auto suggest = [&](double x, double y) {
        Annotation a;
        a.itemId = buffers;
        a.author = anna;
        a.kind = AnnotationKind::Box;
        a.label = QStringLiteral("Buffer");
        a.value = QJsonObject{{QStringLiteral("x"), x}, {QStringLiteral("y"), y},
                              {QStringLiteral("w"), 300.0}, {QStringLiteral("h"), 250.0}};
        a.suggested = true;
        const auto added = f.store().addAnnotation(a);
        REQUIRE(added.ok());
        return added->id;
    };
    const QString first = suggest(250, 560);
    const QString second = suggest(1000, 560);
    REQUIRE(f.restart());
    WorkPage *work = f.window().workPage();
    REQUIRE(work->currentItemId() == buffers);
    ImageCanvas *canvas = readyCanvas(f);
    AnnotationList *list = test::imageEditor(work)->annotationList();
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("?")));
    const auto isSuggested = [&](const QString &id) { return f.store().annotation(id)->suggested; };
    if (const QString shots = qEnvironmentVariable("ANNOSTRAAT_SCREENSHOTS"); !shots.isEmpty())
        f.window().grab().save(shots + QStringLiteral("/image-suggestions.png"));

    // Done waits while they are open.
    f.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(work->currentItemId() == buffers);
    CHECK_FALSE(f.store().submission(buffers, anna));
    CHECK(work->notice().contains(QStringLiteral("2")));

    // On the image: select the first with a click, Enter accepts it.
    f.press(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(canvas->hasFocus());
    f.press(Qt::Key_V);
    click(canvas, {400, 700});
    REQUIRE(test::imageEditor(work)->toolContext()->selectedId() == first);
    f.press(Qt::Key_Return);
    CHECK_FALSE(isSuggested(first));
    CHECK(isSuggested(second));
    CHECK_FALSE(list->item(0)->text().startsWith(QStringLiteral("?")));

    // In the list, by keyboard: the second row, Delete rejects it; undo brings it back, Enter
    // on its row accepts it.
    list->setFocus();
    list->setCurrentRow(1);
    f.press(Qt::Key_Delete);
    CHECK(f.store().annotation(second, true)->deleted);
    f.press(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE_FALSE(f.store().annotation(second, true)->deleted);
    CHECK(isSuggested(second));
    list->setFocus();
    list->setCurrentRow(1);
    f.press(Qt::Key_Return);
    CHECK_FALSE(isSuggested(second));

    f.press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(f.store().submission(buffers, anna));
    CHECK(f.store().submission(buffers, anna)->status == SubmissionStatus::Done);
}
