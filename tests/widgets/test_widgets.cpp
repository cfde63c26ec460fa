// SPDX-License-Identifier: GPL-3.0-or-later
// The reusable widgets on their own, over a real store and document.

#include "annotationlist.h"
#include "attributeeditor.h"
#include "instructionsview.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "canvas/imagecanvas.h"
#include "canvas/imageeditor.h"
#include "document/itemdocument.h"
#include "editor/editorregistry.h"
#include "text/texteditor.h"
#include "questionform.h"
#include "queueview.h"
#include "testutil.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QBuffer>
#include <QFile>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QImageWriter>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;

namespace {

QList<Annotation> answers(const ItemDocument &doc, const QString &question)
{
    QList<Annotation> result;
    const QList<Annotation> all = doc.annotations();
    for (const Annotation &a : all)
        if (a.kind == AnnotationKind::Answer && a.label == question)
            result << a;
    return result;
}

QJsonValue answerOf(const ItemDocument &doc, const QString &question)
{
    const QList<Annotation> list = answers(doc, question);
    REQUIRE(list.size() == 1);
    return list.first().value.value(QStringLiteral("answer"));
}

/// The form in a visible, active window, so keys reach it as they would for a person.
struct FormFixture
{
    test::Fixture data;
    ItemDocument doc{*data.store, data.task, data.items.first(), data.annotator};
    QWidget window;
    QuestionForm *form = new QuestionForm(&window);

    FormFixture()
    {
        form->setDocument(&doc);
        window.resize(600, 800);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
};

} // namespace

TEST_CASE("question form: a rating by digit key - answered again edits the same annotation",
          "[widgets]")
{
    FormFixture f;
    QWidget *rating = f.form->editor(QStringLiteral("kwaliteit"));
    REQUIRE(rating);
    QTest::keyClick(rating, Qt::Key_5);
    CHECK(answerOf(f.doc, QStringLiteral("kwaliteit")).toInt() == 5);
    const QString id = answers(f.doc, QStringLiteral("kwaliteit")).first().id;
    QTest::keyClick(rating, Qt::Key_2);
    CHECK(answerOf(f.doc, QStringLiteral("kwaliteit")).toInt() == 2);
    CHECK(answers(f.doc, QStringLiteral("kwaliteit")).first().id == id);
    QTest::keyClick(rating, Qt::Key_9); // outside 1–5: nothing
    CHECK(answerOf(f.doc, QStringLiteral("kwaliteit")).toInt() == 2);
    CHECK(f.doc.undoStack()->count() == 2);
    f.doc.undoStack()->undo();
    CHECK(answerOf(f.doc, QStringLiteral("kwaliteit")).toInt() == 5);
}

TEST_CASE("question form: choices by digit and arrow keys - A/B by letter", "[widgets]")
{
    FormFixture f;
    QWidget *genre = f.form->editor(QStringLiteral("genre"));
    REQUIRE(genre);
    QTest::keyClick(genre, Qt::Key_2);
    CHECK(answerOf(f.doc, QStringLiteral("genre")).toString() == QStringLiteral("sport"));
    // Arrows move the keyboard only; Space picks.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
    CHECK(answerOf(f.doc, QStringLiteral("genre")).toString() == QStringLiteral("sport"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(answerOf(f.doc, QStringLiteral("genre")).toString() == QStringLiteral("nieuws"));

    QWidget *ab = f.form->editor(QStringLiteral("beste"));
    REQUIRE(ab);
    QTest::keyClick(ab, Qt::Key_B);
    CHECK(answerOf(f.doc, QStringLiteral("beste")).toString() == QStringLiteral("B"));
    QTest::keyClick(ab, Qt::Key_A);
    CHECK(answerOf(f.doc, QStringLiteral("beste")).toString() == QStringLiteral("A"));
}

TEST_CASE("question form: a text answer is kept on Enter - emptied text removes it", "[widgets]")
{
    FormFixture f;
    auto *line = qobject_cast<QLineEdit *>(f.form->editor(QStringLiteral("opmerking")));
    REQUIRE(line);
    QTest::mouseClick(line, Qt::LeftButton);
    QTest::keyClicks(line, QStringLiteral("te donker"));
    CHECK(answers(f.doc, QStringLiteral("opmerking")).isEmpty()); // not yet: still typing
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(answerOf(f.doc, QStringLiteral("opmerking")).toString() == QStringLiteral("te donker"));
    line->selectAll();
    QTest::keyClick(line, Qt::Key_Delete);
    QTest::keyClick(line, Qt::Key_Return);
    CHECK(answers(f.doc, QStringLiteral("opmerking")).isEmpty());
    f.doc.undoStack()->undo();
    CHECK(answerOf(f.doc, QStringLiteral("opmerking")).toString() == QStringLiteral("te donker"));
    CHECK(line->text() == QStringLiteral("te donker"));
}

TEST_CASE("annotation list: Delete removes the chosen annotation - undoably", "[widgets]")
{
    test::Fixture data;
    ItemDocument doc(*data.store, data.task, data.items.first(), data.annotator);
    auto box = Commands::addAnnotation(doc, AnnotationKind::Box, QStringLiteral("Buffer"),
                                       test::sampleValue(AnnotationKind::Box));
    REQUIRE(box.ok());
    auto crack = Commands::addAnnotation(doc, AnnotationKind::Crack, QStringLiteral("Scheur"),
                                         test::sampleValue(AnnotationKind::Crack));
    REQUIRE(crack.ok());
    AnnotationList list;
    list.setDocument(&doc);
    list.show();
    REQUIRE(list.count() == 2);
    list.setCurrentRow(int(list.annotationIds().indexOf(*box)));
    QTest::keyClick(&list, Qt::Key_Delete);
    CHECK(list.annotationIds() == QStringList{*crack});
    CHECK(data.store->annotation(*box, true)->deleted);
    QTest::keyClick(&list, Qt::Key_Delete); // the next one is chosen now
    CHECK(list.count() == 0);
    CHECK(doc.annotations().isEmpty());
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    CHECK(list.count() == 2);
}

TEST_CASE("annotation list: two boxes of one label read apart by their attributes or a number",
          "[widgets]")
{
    test::Fixture data;
    ItemDocument doc(*data.store, data.task, data.items.first(), data.annotator);
    QStringList boxes;
    for (int i = 0; i < 3; ++i) {
        auto box = Commands::addAnnotation(doc, AnnotationKind::Box, QStringLiteral("Buffer"),
                                           test::sampleValue(AnnotationKind::Box));
        REQUIRE(box.ok());
        boxes << *box;
    }
    AnnotationList list;
    list.setDocument(&doc);
    auto textOf = [&](const QString &id) { return list.item(int(list.annotationIds().indexOf(id)))->text(); };
    auto distinct = [&] {
        QStringList texts;
        for (int i = 0; i < list.count(); ++i)
            texts << list.item(i)->text();
        return QSet<QString>(texts.begin(), texts.end()).size() == texts.size();
    };
    REQUIRE(list.count() == 3);
    CHECK(distinct()); // the same kind, label and attributes: numbered
    REQUIRE(Commands::setAttribute(doc, boxes.at(1), QStringLiteral("schade"), 3).ok());
    CHECK(textOf(boxes.at(1)).contains(QStringLiteral("Buffer \u00B7 schade 3")));
    CHECK_FALSE(textOf(boxes.at(0)).contains(QStringLiteral("schade 3")));
    CHECK(distinct());
    REQUIRE(Commands::setAttribute(doc, boxes.at(2), QStringLiteral("schade"), 4).ok());
    CHECK(textOf(boxes.at(2)).contains(QStringLiteral("schade 4")));
    // Now each reads apart by its attributes: no numbers left.
    CHECK_FALSE(textOf(boxes.at(1)).contains(QStringLiteral("(")));
    CHECK(distinct());
    doc.undoStack()->undo();
    CHECK_FALSE(textOf(boxes.at(2)).contains(QStringLiteral("schade 4")));
    CHECK(distinct());
}

TEST_CASE("annotation list: Space hides a drawn annotation - choosing a row says which", "[widgets]")
{
    test::Fixture data;
    ItemDocument doc(*data.store, data.task, data.items.first(), data.annotator);
    auto box = Commands::addAnnotation(doc, AnnotationKind::Box, QStringLiteral("Buffer"),
                                       test::sampleValue(AnnotationKind::Box));
    auto crack = Commands::addAnnotation(doc, AnnotationKind::Crack, QStringLiteral("Scheur"),
                                         test::sampleValue(AnnotationKind::Crack));
    REQUIRE((box.ok() && crack.ok()));
    QWidget window;
    auto *list = new AnnotationList(&window);
    list->setDocument(&doc);
    window.resize(400, 300);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    list->setFocus();
    QSignalSpy chosen(list, &AnnotationList::annotationChosen);
    QSignalSpy hidden(list, &AnnotationList::hiddenChanged);

    list->setCurrentRow(int(list->annotationIds().indexOf(*crack)));
    REQUIRE(chosen.count() == 1);
    CHECK(chosen.last().at(0).toString() == *crack);
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(hidden.count() == 1);
    CHECK(list->hiddenAnnotations() == QSet<QString>{*crack});
    // Hiding is a view setting: nothing is written.
    CHECK_FALSE(data.store->annotation(*crack, true)->deleted);
    // It survives a refresh after another change, and is forgotten once the annotation is gone.
    REQUIRE(Commands::setAttribute(doc, *box, QStringLiteral("schade"), 2).ok());
    CHECK(list->hiddenAnnotations() == QSet<QString>{*crack});
    QTest::keyClick(list, Qt::Key_Space);
    CHECK(list->hiddenAnnotations().isEmpty());

    // Hidden, deleted, undone: it comes back shown, and the list says so to the image.
    QTest::keyClick(list, Qt::Key_Space);
    REQUIRE(list->hiddenAnnotations() == QSet<QString>{*crack});
    REQUIRE(Commands::removeAnnotation(doc, *crack).ok());
    CHECK(list->hiddenAnnotations().isEmpty());
    CHECK(hidden.last().at(0).value<QSet<QString>>().isEmpty());
    doc.undoStack()->undo();
    CHECK(list->annotationIds().contains(*crack));
    CHECK(list->hiddenAnnotations().isEmpty());

    // Choosing from outside (the canvas selected one) does not echo back.
    const int before = int(chosen.count());
    list->setCurrentAnnotation(*box);
    CHECK(list->currentAnnotationId() == *box);
    CHECK(chosen.count() == before);
}

TEST_CASE("attribute editor: label and damage rating of the selected box - undoable", "[widgets]")
{
    test::Fixture data;
    ItemDocument doc(*data.store, data.task, data.items.first(), data.annotator);
    auto box = Commands::addAnnotation(doc, AnnotationKind::Box, QStringLiteral("Buffer"),
                                       test::sampleValue(AnnotationKind::Box));
    REQUIRE(box.ok());
    QWidget window;
    auto *editor = new AttributeEditor(&window);
    editor->setDocument(&doc);
    window.resize(400, 300);
    window.show();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
    CHECK(editor->findChild<QSpinBox *>() == nullptr); // nothing selected: a hint only

    editor->setAnnotation(*box);
    auto *rating = editor->findChild<QSpinBox *>(QStringLiteral("attribute_schade"));
    REQUIRE(rating);
    CHECK(rating->maximum() == 5);
    rating->setFocus();
    QTest::keyClick(rating, Qt::Key_Up);
    QTest::keyClick(rating, Qt::Key_Up);
    CHECK(data.store->annotation(*box)->attributes.value(QStringLiteral("schade")).toInt() == 2);
    // Each step is its own undo step; the form follows undo at once.
    doc.undoStack()->undo();
    CHECK(data.store->annotation(*box)->attributes.value(QStringLiteral("schade")).toInt() == 1);
    rating = editor->findChild<QSpinBox *>(QStringLiteral("attribute_schade"));
    REQUIRE(rating);
    CHECK(rating->value() == 1);
    QTest::keyClick(rating, Qt::Key_Up); // the keyboard stayed on the field through the rebuild
    CHECK(data.store->annotation(*box)->attributes.value(QStringLiteral("schade")).toInt() == 2);

    // The label: only labels that allow boxes are offered.
    auto *label = editor->findChild<QComboBox *>(QStringLiteral("attributeLabel"));
    REQUIRE(label);
    for (int i = 0; i < label->count(); ++i) {
        const LabelSpec *spec = data.task.schema.label(label->itemText(i));
        REQUIRE(spec);
        CHECK(spec->kinds.contains(AnnotationKind::Box));
    }
}

TEST_CASE("editors: images, texts and a calm message for what they cannot show", "[widgets][editor]")
{
    test::Fixture data;
    EditorEnvironment environment;
    environment.store = data.store.get();
    Item item = data.items.first();
    auto open = [&](MediaEditor &editor, const Item &shown) {
        auto doc = std::make_unique<ItemDocument>(*data.store, data.task, shown, data.annotator);
        editor.open(doc.get());
        return doc;
    };

    SECTION("a missing image file")
    {
        ImageEditor editor(environment);
        auto doc = open(editor, item);
        CHECK(editor.problem().contains(QDir::toNativeSeparators(item.mediaPath)));
        CHECK(editor.problem().contains(QStringLiteral("not on this computer")));
        CHECK_FALSE(editor.actions(MediaEditor::Menu::View).first()->isEnabled());
        editor.open(nullptr);
    }
    SECTION("a file that is not an image")
    {
        QFile file(item.mediaPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("this is not a JPEG");
        file.close();
        ImageEditor editor(environment);
        auto doc = open(editor, item);
        CHECK(editor.problem().contains(QDir::toNativeSeparators(item.mediaPath)));
        CHECK(editor.problem().contains(QStringLiteral("cannot be shown")));
        editor.open(nullptr);
    }
    SECTION("an image on the canvas, in its stored orientation")
    {
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::red);
        QImageWriter writer(item.mediaPath, "jpeg");
        writer.setTransformation(QImageIOHandler::TransformationRotate90);
        REQUIRE(writer.write(image));
        ImageEditor editor(environment);
        auto doc = open(editor, item);
        CHECK(editor.problem().isEmpty());
        REQUIRE(QTest::qWaitFor([&] { return editor.canvas()->state() == ImageCanvas::State::Ready; }, 10000));
        CHECK(editor.canvas()->imageSize() == QSize(20, 40));
        CHECK(editor.statusText().contains(QStringLiteral("20 \u00D7 40 px")));
        CHECK(editor.actions(MediaEditor::Menu::View).first()->isEnabled());
        // Closed: nothing of it is offered any more.
        editor.open(nullptr);
        for (QAction *a : editor.actions(MediaEditor::Menu::View))
            CHECK_FALSE(a->isVisible());
    }
    SECTION("a text, read from this PC's media folder")
    {
        item.kind = MediaKind::Text;
        const QString local = data.dir.filePath(QStringLiteral("cv.txt"));
        item.mediaPath = QStringLiteral("/elders/cv.txt"); // the team lead's path
        environment.mediaPath = [&](const Item &) { return local; };
        QFile file(local);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("Naam: Kim van der Gulik\nFunctie: Psycholoog\n");
        file.close();
        TextEditor editor(environment);
        auto doc = open(editor, item);
        CHECK(editor.problem().isEmpty());
        CHECK(editor.text().contains(QStringLiteral("Psycholoog")));
        editor.open(nullptr);
    }
    SECTION("a text that is not UTF-8")
    {
        item.kind = MediaKind::Text;
        item.mediaPath = data.dir.filePath(QStringLiteral("latin1.txt"));
        QFile file(item.mediaPath);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("caf\xe9 \xff\xfe");
        file.close();
        TextEditor editor(environment);
        auto doc = open(editor, item);
        CHECK(editor.problem().contains(QStringLiteral("not valid UTF-8")));
        CHECK(editor.text().isEmpty());
        editor.open(nullptr);
    }
    SECTION("a kind without an editor gets the fallback")
    {
        item.kind = MediaKind::Video;
        std::unique_ptr<MediaEditor> editor(EditorRegistry::createFallback(environment, nullptr));
        auto doc = open(*editor, item);
        CHECK(editor->problem().contains(QStringLiteral("cannot show items of the kind")));
        CHECK(editor->problem().contains(QStringLiteral("Video")));
        CHECK(editor->problem().contains(QStringLiteral("answer the questions")));
        editor->open(nullptr);
    }
}

TEST_CASE("queue view: every item with its status in words - choosing one says so", "[widgets]")
{
    test::Fixture data(3);
    QueueView queue;
    queue.setQueue(data.items, {{data.items.at(1).id, SubmissionStatus::Flagged}});
    REQUIRE(queue.count() == 3);
    CHECK(queue.item(0)->text().contains(QStringLiteral("To do")));
    CHECK(queue.item(1)->text().contains(QStringLiteral("Flagged")));
    QStringList chosen;
    QObject::connect(&queue, &QueueView::itemChosen, [&](const QString &id) { chosen << id; });
    queue.setCurrentItemId(data.items.at(2).id); // set by the program: no signal
    CHECK(chosen.isEmpty());
    queue.show();
    queue.setFocus();
    QTest::keyClick(&queue, Qt::Key_Up);
    CHECK(chosen == QStringList{data.items.at(1).id});
    queue.setStatus(data.items.at(0).id, SubmissionStatus::Done);
    CHECK(queue.item(0)->text().contains(QStringLiteral("Done")));
}

TEST_CASE("themes: high contrast is white on black with a yellow focus", "[widgets]")
{
    const Theme normal{Theme::Kind::Normal, 12};
    const Theme high{Theme::Kind::HighContrast, 16};
    CHECK(high.palette().color(QPalette::Window) == QColor(Qt::black));
    CHECK(high.palette().color(QPalette::WindowText) == QColor(Qt::white));
    CHECK(high.palette().color(QPalette::Highlight) == QColor(Qt::yellow));
    CHECK(normal.palette().color(QPalette::Window) != high.palette().color(QPalette::Window));
    CHECK(high.styleSheet().contains(QStringLiteral("#ffff00")));
    CHECK(Theme::kindFromId(Theme::toId(Theme::Kind::HighContrast)) == Theme::Kind::HighContrast);
    CHECK(Theme::kindFromId(QStringLiteral("something else")) == Theme::Kind::Normal);
}

TEST_CASE("Instructions: a picture wider than the column is shown whole, scaled to it, and again "
          "when the column changes; a small one keeps its size",
          "[widgets][instructions]")
{
    const auto dataUrl = [](int width, int height, const QColor &colour) {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(colour);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
    };
    const QColor wide(200, 30, 30);
    const QColor small(30, 30, 200);
    InstructionsView view;
    view.resize(420, 700);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.showMarkdown(QStringLiteral("# Uitleg\n\n![breed](%1)\n\n![klein](%2)\n")
                              .arg(dataUrl(1600, 800, wide), dataUrl(60, 40, small)));
    const auto pictureWidths = [&] {
        QList<double> widths;
        for (QTextBlock block = view.document()->begin(); block.isValid(); block = block.next())
            for (auto it = block.begin(); !it.atEnd(); ++it)
                if (it.fragment().charFormat().isImageFormat())
                    widths << it.fragment().charFormat().toImageFormat().width();
        return widths;
    };
    const auto columnsOf = [&](const QColor &colour) {
        // How many columns of the view show the colour: the width the picture is drawn at.
        const QImage shown = view.viewport()->grab().toImage();
        int columns = 0;
        for (int x = 0; x < shown.width(); ++x)
            for (int y = 0; y < shown.height(); ++y)
                if (shown.pixelColor(x, y) == colour) {
                    ++columns;
                    break;
                }
        return columns;
    };
    QList<double> widths = pictureWidths();
    REQUIRE(widths.size() == 2);
    CHECK(widths.at(0) <= view.viewport()->width());
    CHECK(widths.at(0) >= view.viewport()->width() - 60);
    CHECK(widths.at(1) == 60);
    CHECK_FALSE(view.horizontalScrollBar()->isVisible());
    // Drawn at that width (its scaled edge may blend into the page by a pixel).
    CHECK(qAbs(columnsOf(wide) - qRound(widths.at(0))) <= 2);
    CHECK(columnsOf(small) == 60);
    // The heading is calm: bold, one step up from the text.
    REQUIRE(view.document()->begin().blockFormat().headingLevel() == 1);
    const QTextCharFormat heading = view.document()->begin().begin().fragment().charFormat();
    CHECK(heading.fontWeight() == QFont::Bold);
    CHECK(heading.property(QTextFormat::FontSizeAdjustment).toInt() == 1);

    // A wider column: the picture follows, never beyond its own 1600 pixels.
    view.resize(900, 700);
    QApplication::processEvents();
    widths = pictureWidths();
    CHECK(widths.at(0) > 700);
    CHECK(widths.at(0) <= view.viewport()->width());
    CHECK(qAbs(columnsOf(wide) - qRound(widths.at(0))) <= 2);
    CHECK(widths.at(1) == 60);
}
