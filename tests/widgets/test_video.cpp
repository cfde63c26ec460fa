// SPDX-License-Identifier: GPL-3.0-or-later
// The video editor in the real main window, on the two video demo tasks, by keyboard and
// mouse, checked in the store: frame steps and what the picture shows, segments made with I
// and O, a label key, an edge dragged on the timeline as one undo step, the locator list (Set,
// Skip, the calm warnings, a double-click that jumps), a typed timecode, and a restart.

#include "guifixture.h"
#include "guisteps.h"

#include "demotask.h"
#include "document/itemdocument.h"
#include "model/kinds/locatorkind.h"
#include "store/taskbuilder.h"
#include "video/frameview.h"
#include "video/locatorlist.h"
#include "video/timelineview.h"
#include "video/videoeditor.h"
#include "workpage.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

VideoEditor *openVideoJob(GuiFixture &f, const QString &job)
{
    test::startAsAnnotator(f);
    test::openDemoTask(f, job);
    WorkPage *work = f.window().workPage();
    REQUIRE(work->document());
    REQUIRE(work->document()->item().kind == MediaKind::Video);
    auto *editor = qobject_cast<VideoEditor *>(work->editorFor(MediaKind::Video));
    REQUIRE(editor);
    REQUIRE(work->editor() == editor);
    REQUIRE(GuiFixture::waitFor([&] { return editor->isReady(); }, 20000));
    REQUIRE(GuiFixture::waitFor([&] { return editor->frameView()->shownFrame() == 0; }, 10000));
    QTest::mouseClick(editor->frameView(), Qt::LeftButton);
    REQUIRE(editor->frameView()->hasFocus());
    return editor;
}

/// Presses \a key \a times on the picture and waits until the frame it asks for is shown.
void step(GuiFixture &f, VideoEditor *editor, int key, int times, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    for (int i = 0; i < times; ++i)
        f.press(key, modifiers);
    REQUIRE(GuiFixture::waitFor([&] { return editor->frameView()->shownFrame() == editor->currentFrame(); }, 10000));
}

/// The colour in the middle of the top of the shown picture (the part's colour, above its name).
QColor partColour(VideoEditor *editor)
{
    const QImage &image = editor->frameView()->image();
    return image.pixelColor(image.width() / 2, image.height() / 8);
}

QList<Annotation> ownOf(GuiFixture &f, AnnotationKind kind)
{
    const ItemDocument *doc = f.window().workPage()->document();
    QList<Annotation> result;
    for (const Annotation &a : f.store().annotations(doc->item().id, doc->user().id))
        if (a.kind == kind && !a.deleted)
            result << a;
    return result;
}

qint64 whole(const Annotation &a, const char *key)
{
    return a.value.value(QLatin1String(key)).toInteger();
}

void drag(TimelineView *timeline, QPoint from, QPoint to)
{
    QTest::mousePress(timeline, Qt::LeftButton, Qt::NoModifier, from);
    for (int i = 1; i <= 4; ++i) {
        const QPointF p = from + (to - from) * i / 4.0;
        QMouseEvent move(QEvent::MouseMove, p, timeline->mapToGlobal(p), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(timeline, &move);
    }
    QTest::mouseRelease(timeline, Qt::LeftButton, Qt::NoModifier, to);
}

} // namespace

TEST_CASE("Ad breaks are marked to the frame with I and O, relabelled, dragged and undone")
{
    GuiFixture f;
    VideoEditor *editor = openVideoJob(f, QStringLiteral("ad-breaks"));
    CHECK(editor->frameCount() == 750);
    CHECK(editor->rate() == FrameRate{25, 1});
    // The file's own start timecode (10:00:00:00) labels the frames.
    CHECK(editor->timecodeOf(0) == QStringLiteral("10:00:00:00"));
    CHECK(editor->timecodeField()->text() == QStringLiteral("10:00:00:00"));

    // The programme is blue, the ad break orange: frame 249 is the last blue one.
    step(f, editor, Qt::Key_Right, 9, Qt::ShiftModifier); // 9 seconds
    CHECK(editor->currentFrame() == 225);
    step(f, editor, Qt::Key_Right, 24);
    CHECK(editor->currentFrame() == 249);
    CHECK(partColour(editor).blue() > partColour(editor).red());
    step(f, editor, Qt::Key_Right, 1);
    CHECK(editor->frameView()->shownFrame() == 250);
    CHECK(partColour(editor).red() > partColour(editor).blue());
    // And back: stepping backwards shows the right frame as well.
    step(f, editor, Qt::Key_Left, 1);
    CHECK(partColour(editor).blue() > partColour(editor).red());
    step(f, editor, Qt::Key_Right, 1);

    // 1 = Reclameblok; I here, O on the last orange frame (499).
    f.press(Qt::Key_1);
    f.press(Qt::Key_I);
    step(f, editor, Qt::Key_Right, 10, Qt::ShiftModifier);
    step(f, editor, Qt::Key_Left, 1);
    CHECK(editor->currentFrame() == 499);
    CHECK(partColour(editor).red() > partColour(editor).blue());
    f.press(Qt::Key_O);
    QList<Annotation> segments = ownOf(f, AnnotationKind::Segment);
    REQUIRE(segments.size() == 1);
    CHECK(segments.first().label == QStringLiteral("Reclameblok"));
    CHECK(whole(segments.first(), "start") == 250);
    CHECK(whole(segments.first(), "end") == 500);
    CHECK(editor->chosen() == segments.first().id);
    CHECK(editor->markList()->count() == 1);

    // 2 relabels the chosen segment; Ctrl+Z takes that back.
    f.press(Qt::Key_2);
    CHECK(ownOf(f, AnnotationKind::Segment).first().label == QStringLiteral("Programma"));
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(ownOf(f, AnnotationKind::Segment).first().label == QStringLiteral("Reclameblok"));

    // The end edge dragged 20 frames to the right on a zoomed timeline: one undo step.
    TimelineView *timeline = editor->timeline();
    timeline->setZoom(0.25); // four pixels a frame
    const int y = timeline->laneRect(0).center().y();
    const QPoint from(int(std::lround(timeline->xOf(500))), y);
    const QPoint to(int(std::lround(timeline->xOf(520))), y);
    REQUIRE(from.x() > 0);
    REQUIRE(to.x() < timeline->width());
    drag(timeline, from, to);
    CHECK(whole(ownOf(f, AnnotationKind::Segment).first(), "end") == 520);
    // Then the start edge, 10 frames to the left: a second gesture, a second undo step.
    QTest::mouseClick(editor->frameView(), Qt::LeftButton);
    f.press(Qt::Key_Home);
    f.press(Qt::Key_BracketRight);
    REQUIRE(editor->currentFrame() == 250);
    timeline->setZoom(0.25);
    const QPoint startEdge(int(std::lround(timeline->xOf(250))), y);
    const QPoint earlier(int(std::lround(timeline->xOf(240))), y);
    REQUIRE(earlier.x() > 0);
    drag(timeline, startEdge, earlier);
    CHECK(whole(ownOf(f, AnnotationKind::Segment).first(), "start") == 240);
    QTest::mouseClick(editor->frameView(), Qt::LeftButton);
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(whole(ownOf(f, AnnotationKind::Segment).first(), "start") == 250);
    CHECK(whole(ownOf(f, AnnotationKind::Segment).first(), "end") == 520);
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(whole(ownOf(f, AnnotationKind::Segment).first(), "end") == 500);

    // Esc lets go of the segment; 2, I and O make a second one, the programme after the break.
    f.press(Qt::Key_Escape);
    CHECK(editor->chosen().isEmpty());
    f.press(Qt::Key_2);
    step(f, editor, Qt::Key_Right, 11, Qt::ShiftModifier);
    const qint64 in = editor->currentFrame();
    REQUIRE(in >= 500); // after the break
    f.press(Qt::Key_I);
    step(f, editor, Qt::Key_End, 1);
    f.press(Qt::Key_O);
    segments = ownOf(f, AnnotationKind::Segment);
    REQUIRE(segments.size() == 2);
    std::sort(segments.begin(), segments.end(),
              [](const Annotation &a, const Annotation &b) { return whole(a, "start") < whole(b, "start"); });
    CHECK(segments.last().label == QStringLiteral("Programma"));
    CHECK(whole(segments.last(), "start") == in);
    CHECK(whole(segments.last(), "end") == 750);
    f.press(Qt::Key_Z, Qt::ControlModifier);
    REQUIRE(ownOf(f, AnnotationKind::Segment).size() == 1);
    segments = ownOf(f, AnnotationKind::Segment);

    // A typed timecode jumps there.
    QLineEdit *field = editor->timecodeField();
    QTest::mouseClick(field, Qt::LeftButton);
    field->selectAll();
    f.type(QStringLiteral("10:00:20:05"));
    f.press(Qt::Key_Return);
    CHECK(editor->currentFrame() == 505);
    CHECK(editor->frameView()->hasFocus());
    // ] and [ go to the edges: the segment's last frame (499) and its first (250).
    f.press(Qt::Key_BracketLeft);
    CHECK(editor->currentFrame() == 499);
    f.press(Qt::Key_BracketLeft);
    CHECK(editor->currentFrame() == 250);
    f.press(Qt::Key_BracketRight);
    CHECK(editor->currentFrame() == 499);
    test::screenshots(f, QStringLiteral("video-adbreaks"));

    // Nothing is lost over a restart.
    const QString id = segments.first().id;
    REQUIRE(f.restart());
    const auto kept = f.store().annotation(id);
    REQUIRE(kept);
    CHECK(whole(*kept, "start") == 250);
    CHECK(whole(*kept, "end") == 500);
}

TEST_CASE("The locator list sets, skips, warns and jumps")
{
    GuiFixture f;
    VideoEditor *editor = openVideoJob(f, QStringLiteral("program-parts"));
    LocatorList *list = editor->locatorList();
    QTableWidget *table = list->table();
    REQUIRE(list->isVisible());
    REQUIRE(table->rowCount() == 12);
    REQUIRE(list->currentLocator() == QStringLiteral("Trailer / Ident"));
    REQUIRE(list->currentIsStart());

    // S at frame 0 sets the ident's start and moves on to its end; the end at 3 s.
    f.press(Qt::Key_S);
    step(f, editor, Qt::Key_Right, 3, Qt::ShiftModifier);
    f.press(Qt::Key_S);
    QList<Annotation> locators = ownOf(f, AnnotationKind::Locator);
    REQUIRE(locators.size() == 1);
    CHECK(locators.first().label == QStringLiteral("Trailer / Ident"));
    CHECK(LocatorKind::start(locators.first().value) == 0);
    CHECK(LocatorKind::end(locators.first().value) == 75);
    CHECK(table->item(1, 1)->text() == QStringLiteral("00:00:03:00"));
    CHECK(table->item(1, 2)->text() == QStringLiteral("Anna")); // who set it

    // The recap is not in this episode: Shift+S, and Shift+S again takes it back.
    REQUIRE(list->currentLocator() == QStringLiteral("Recap"));
    f.press(Qt::Key_S, Qt::ShiftModifier);
    const QString skipped = QCoreApplication::translate("annostraat::LocatorList", "skipped");
    CHECK(table->item(2, 1)->text() == skipped);
    CHECK(table->item(3, 1)->text() == skipped);
    f.press(Qt::Key_S, Qt::ShiftModifier);
    CHECK(table->item(2, 1)->text().isEmpty());
    f.press(Qt::Key_S, Qt::ShiftModifier);
    REQUIRE(ownOf(f, AnnotationKind::Locator).size() == 2);

    // Opening credits from 2 s (inside the ident: a calm warning) to 8 s, by the mouse.
    list->choose(QStringLiteral("Opening credits"), true);
    step(f, editor, Qt::Key_Left, 1, Qt::ShiftModifier);
    QTest::mouseClick(list->findChild<QPushButton *>(QStringLiteral("locatorSet")), Qt::LeftButton);
    QTest::mouseClick(editor->frameView(), Qt::LeftButton);
    step(f, editor, Qt::Key_Right, 6, Qt::ShiftModifier);
    f.press(Qt::Key_S);
    CHECK(editor->currentFrame() == 200);
    REQUIRE(list->warnings().size() == 1);
    CHECK(list->warnings().first().contains(QStringLiteral("Trailer / Ident")));
    CHECK(list->warnings().first().contains(QStringLiteral("Opening credits")));
    // Undo the start: no overlap, no warning.
    f.press(Qt::Key_Z, Qt::ControlModifier);
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(list->warnings().isEmpty());

    // A double-click on the ident's end jumps there.
    step(f, editor, Qt::Key_Home, 1);
    const QPoint cell = table->visualItemRect(table->item(1, 1)).center();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, Qt::NoModifier, cell);
    CHECK(editor->currentFrame() == 75);
    test::screenshots(f, QStringLiteral("video-locators"));
}

TEST_CASE("A video that cannot be read gets a calm message naming it, and can be flagged")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    const QString anna = f.store().profiles().first().id;
    // A text file named .mp4, and one that is empty: neither can be shown.
    const QString notVideo = f.folder() + QStringLiteral("/journaal.mp4");
    QFile text(notVideo);
    REQUIRE(text.open(QIODevice::WriteOnly));
    text.write("dit is geen video\n");
    text.close();
    const QString cut = f.folder() + QStringLiteral("/leeg.mp4");
    QFile empty(cut);
    REQUIRE(empty.open(QIODevice::WriteOnly));
    empty.close();
    const auto schema = Schema::fromJson(QByteArrayLiteral(R"({"format": 1, "labels": [
        {"name": "Reclameblok", "colour": "#ff7f0e", "hotkey": "1", "kinds": ["segment"]}]})"),
                                         QStringLiteral("ads.json"));
    REQUIRE(schema.ok());
    Task task;
    task.name = QStringLiteral("Kapotte video's");
    task.schema = *schema;
    QList<Item> items;
    for (const QString &path : {notVideo, cut}) {
        Item item;
        item.mediaPath = path;
        item.sha256 = *sha256OfFile(path);
        item.size = QFileInfo(path).size();
        item.kind = MediaKind::Video;
        item.order = int(items.size());
        items << item;
    }
    const auto created = f.store().createTask(task, items, anna);
    REQUIRE(created.ok());
    REQUIRE(f.store().setSetting(anna, QStringLiteral("work/lastTask"), created->id).ok());
    REQUIRE(f.restart());
    if (f.window().page() != MainWindow::Page::Work)
        f.press(Qt::Key_Return);
    WorkPage *work = f.window().workPage();
    REQUIRE(work->document());
    auto *editor = qobject_cast<VideoEditor *>(work->editorFor(MediaKind::Video));
    REQUIRE(editor);
    const QList<Item> stored = f.store().items(created->id);
    for (int i = 0; i < 2; ++i) {
        INFO(stored.at(i).mediaPath.toStdString());
        REQUIRE(work->document()->item().id == stored.at(i).id);
        REQUIRE(GuiFixture::waitFor([&] { return !editor->problem().isEmpty(); }, 15000));
        CHECK(editor->problem().contains(QDir::toNativeSeparators(stored.at(i).mediaPath)));
        CHECK_FALSE(editor->isReady());
        REQUIRE(work->finish(SubmissionStatus::Flagged, QStringLiteral("video kapot")));
        const auto s = f.store().submission(stored.at(i).id, anna);
        REQUIRE(s);
        CHECK(s->status == SubmissionStatus::Flagged);
    }
}
