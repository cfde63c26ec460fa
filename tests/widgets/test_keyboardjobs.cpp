// SPDX-License-Identifier: GPL-3.0-or-later
// Every job of the demo, whole, by keyboard only (issue 15, point 7): the program starts, the
// person types their name, picks the task in the task list, does the job on two items and
// marks each done, with key events only (no click anywhere). The store then holds both items
// done, with the person's work on each. The two video jobs have one video each in the demo:
// there the job is done on that one. The drawing jobs place their points with the keyboard
// pointer (arrows move it, Space clicks).

#include "guifixture.h"
#include "guisteps.h"

#include "canvas/imagecanvas.h"
#include "demotask.h"
#include "editor/mediaeditor.h"
#include "video/videoeditor.h"
#include "workpage.h"

#include <QApplication>
#include <QStatusBar>

#include <functional>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

/// The welcome page filled in by keyboard, then the task of \a job chosen in the task list
/// with Alt+K and the arrow keys.
void startAndPick(GuiFixture &f, const QString &job)
{
    test::startAsAnnotator(f);
    WorkPage *work = f.window().workPage();
    f.press(Qt::Key_K, Qt::AltModifier);
    REQUIRE(f.focusWidget() == work->taskList());
    f.press(Qt::Key_Home);
    const QString name = DemoTask::taskName(job);
    // Opening a task takes the keyboard to its work: Alt+K again before each step.
    for (int i = 0; i < 20 && (!work->task() || work->task()->name != name); ++i) {
        f.press(Qt::Key_K, Qt::AltModifier);
        f.press(Qt::Key_Down);
    }
    REQUIRE(work->task());
    REQUIRE(work->task()->name == name);
}

/// Tab until the keyboard is on the editor's main view (the image, the video frame, the
/// text); at most 30 presses.
void tabToMainView(GuiFixture &f)
{
    for (int i = 0; i < 30 && !MediaEditor::isMainView(f.focusWidget()); ++i)
        f.press(Qt::Key_Tab);
    INFO("the keyboard is on " << (f.focusWidget() ? f.focusWidget()->metaObject()->className() : "nothing"));
    REQUIRE(MediaEditor::isMainView(f.focusWidget()));
}

/// Ctrl+Enter marks the item done; the next item opens (unless it was the last).
void markDone(GuiFixture &f, bool last = false)
{
    WorkPage *work = f.window().workPage();
    const QString item = work->currentItemId();
    f.press(Qt::Key_Return, Qt::ControlModifier);
    const auto s = f.store().submission(item, f.window().profile()->id);
    INFO("item " << item.toStdString() << ", status bar: " << f.window().statusBar()->currentMessage().toStdString());
    REQUIRE(s);
    REQUIRE(s->status == SubmissionStatus::Done);
    if (!last)
        REQUIRE(GuiFixture::waitFor([&] { return work->currentItemId() != item; }));
}

/// The arrows pressed \a count times each way in \a moves (a keyboard pointer or a frame).
void arrows(GuiFixture &f, Qt::Key key, int count, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    for (int i = 0; i < count; ++i)
        f.press(key, modifiers);
}

/// What the store says after the items: each done, each with the person's annotations of
/// \a kind (at least \a least each).
void checkDone(GuiFixture &f, const QStringList &items, AnnotationKind kind, int least = 1,
               const QString &label = {})
{
    REQUIRE(items.size() == qMin(2, f.window().workPage()->itemCount()));
    const QString me = f.window().profile()->id;
    for (const QString &item : items) {
        const auto s = f.store().submission(item, me);
        REQUIRE(s);
        CHECK(s->status == SubmissionStatus::Done);
        int found = 0;
        for (const Annotation &a : f.store().annotations(item, me))
            if (!a.deleted && a.kind == kind && (label.isEmpty() || a.label == label))
                ++found;
        INFO("item " << item.toStdString());
        CHECK(found >= least);
    }
}

/// A shape job: the label key, then per shape the points by arrows and Space, then \a finish
/// (Enter for cracks and polygons; nothing for boxes, which end on their second corner).
void shapeJob(const QString &job, Qt::Key labelKey, const QList<QList<Qt::Key>> &points,
              bool enterEnds, AnnotationKind kind, const QString &label)
{
    GuiFixture f(QStringLiteral("en")); // the mnemonics named below are the English ones
    startAndPick(f, job);
    WorkPage *work = f.window().workPage();
    QStringList items;
    for (int n = 0; n < 2; ++n) {
        tabToMainView(f);
        // As a person does: wait until the photo is on screen.
        auto *canvas = qobject_cast<ImageCanvas *>(f.focusWidget());
        REQUIRE(canvas);
        REQUIRE(GuiFixture::waitFor([&] { return canvas->state() == ImageCanvas::State::Ready; }, 20000));
        f.press(labelKey);
        for (const QList<Qt::Key> &moves : points) {
            for (Qt::Key key : moves)
                f.press(key, Qt::ShiftModifier); // 50 screen pixels
            f.press(Qt::Key_Space);
        }
        if (enterEnds)
            f.press(Qt::Key_Return);
        items << work->currentItemId();
        markDone(f, n == 1);
    }
    checkDone(f, items, kind, 1, label);
}

} // namespace

TEST_CASE("keyboard only: dike cracks - two items traced and done", "[gui][keyboard][jobs]")
{
    shapeJob(QStringLiteral("dike-cracks"), Qt::Key_1,
             {{Qt::Key_Left, Qt::Key_Up}, {Qt::Key_Right, Qt::Key_Right}, {Qt::Key_Down, Qt::Key_Right}},
             true, AnnotationKind::Crack, QStringLiteral("Scheur"));
}

TEST_CASE("keyboard only: train buffers - two items boxed and done", "[gui][keyboard][jobs]")
{
    shapeJob(QStringLiteral("train-buffers"), Qt::Key_1,
             {{Qt::Key_Left, Qt::Key_Up}, {Qt::Key_Right, Qt::Key_Right, Qt::Key_Down, Qt::Key_Down}},
             false, AnnotationKind::Box, QStringLiteral("Buffer"));
}

TEST_CASE("keyboard only: lamp posts - two items boxed and done", "[gui][keyboard][jobs]")
{
    shapeJob(QStringLiteral("lamp-posts"), Qt::Key_1,
             {{Qt::Key_Up}, {Qt::Key_Right, Qt::Key_Down, Qt::Key_Down}}, false,
             AnnotationKind::Box, QStringLiteral("Schade"));
}

TEST_CASE("keyboard only: erosion - two items outlined and done", "[gui][keyboard][jobs]")
{
    shapeJob(QStringLiteral("erosion"), Qt::Key_1,
             {{Qt::Key_Up}, {Qt::Key_Right, Qt::Key_Down}, {Qt::Key_Left, Qt::Key_Left}}, true,
             AnnotationKind::Polygon, QStringLiteral("Kale plek"));
}

TEST_CASE("keyboard only: thumbnails - two items rated and done", "[gui][keyboard][jobs]")
{
    GuiFixture f(QStringLiteral("en")); // the mnemonics named below are the English ones
    startAndPick(f, QStringLiteral("thumbnails"));
    WorkPage *work = f.window().workPage();
    QStringList items;
    for (int n = 0; n < 2; ++n) {
        f.press(Qt::Key_U, Qt::AltModifier); // the questions: the rating first
        f.press(Qt::Key(Qt::Key_3 + n));
        f.press(Qt::Key_Tab); // the genre
        f.press(Qt::Key_2);
        items << work->currentItemId();
        markDone(f, n == 1);
    }
    checkDone(f, items, AnnotationKind::Answer, 2);
}

TEST_CASE("keyboard only: A/B thumbnails - two pairs chosen and done", "[gui][keyboard][jobs]")
{
    GuiFixture f(QStringLiteral("en")); // the mnemonics named below are the English ones
    startAndPick(f, QStringLiteral("thumbnail-pairs"));
    WorkPage *work = f.window().workPage();
    QStringList items;
    for (int n = 0; n < 2; ++n) {
        // A and B are the window's keys: wherever the keyboard is, they choose.
        f.press(n == 0 ? Qt::Key_A : Qt::Key_B);
        items << work->currentItemId();
        markDone(f, n == 1);
    }
    checkDone(f, items, AnnotationKind::Answer, 1, QStringLiteral("beter"));
}

TEST_CASE("keyboard only: news - two texts answered and done", "[gui][keyboard][jobs]")
{
    GuiFixture f(QStringLiteral("en")); // the mnemonics named below are the English ones
    startAndPick(f, QStringLiteral("news"));
    WorkPage *work = f.window().workPage();
    QStringList items;
    for (int n = 0; n < 2; ++n) {
        f.press(Qt::Key_U, Qt::AltModifier);
        f.press(Qt::Key_3); // sentiment: neutraal (no strength asked)
        f.press(Qt::Key_Tab);
        f.press(Qt::Key_6); // emotie: geen emotie
        items << work->currentItemId();
        markDone(f, n == 1);
    }
    checkDone(f, items, AnnotationKind::Answer, 2);
}

TEST_CASE("keyboard only: CVs - two texts tagged and done", "[gui][keyboard][jobs]")
{
    GuiFixture f(QStringLiteral("en")); // the mnemonics named below are the English ones
    startAndPick(f, QStringLiteral("cv"));
    WorkPage *work = f.window().workPage();
    QStringList items;
    for (int n = 0; n < 2; ++n) {
        tabToMainView(f);
        f.press(Qt::Key_Home, Qt::ControlModifier);
        f.press(Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier); // the first word
        f.press(Qt::Key_N); // Naam
        items << work->currentItemId();
        markDone(f, n == 1);
    }
    checkDone(f, items, AnnotationKind::Span, 1, QStringLiteral("Naam"));
}

TEST_CASE("keyboard only: weather reports - two texts checked and done", "[gui][keyboard][jobs]")
{
    GuiFixture f(QStringLiteral("en")); // the mnemonics named below are the English ones
    startAndPick(f, QStringLiteral("weather-reports"));
    WorkPage *work = f.window().workPage();
    QStringList items;
    for (int n = 0; n < 2; ++n) {
        tabToMainView(f);
        f.press(Qt::Key_Home, Qt::ControlModifier);
        f.press(Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
        f.press(Qt::Key_O); // overdreven
        f.press(Qt::Key_U, Qt::AltModifier);
        f.press(Qt::Key_4); // juistheid
        f.press(Qt::Key_Tab);
        f.press(Qt::Key_1); // toon: ja
        items << work->currentItemId();
        markDone(f, n == 1);
    }
    checkDone(f, items, AnnotationKind::Span, 1, QStringLiteral("overdreven"));
    checkDone(f, items, AnnotationKind::Answer, 2);
}

namespace {

void videoJob(const QString &job, const std::function<void(GuiFixture &)> &mark, AnnotationKind kind,
              const QString &label)
{
    GuiFixture f(QStringLiteral("en")); // the mnemonics named below are the English ones
    startAndPick(f, job);
    WorkPage *work = f.window().workPage();
    QStringList items;
    // The demo has one video per job (each is a few hundred kilobytes in the program): the
    // job is done on that one.
    const int count = qMin(2, work->itemCount());
    REQUIRE(count >= 1);
    for (int n = 0; n < count; ++n) {
        auto *editor = qobject_cast<VideoEditor *>(work->editor());
        REQUIRE(editor);
        REQUIRE(GuiFixture::waitFor([&] { return editor->frameCount() > 0; }, 20000));
        tabToMainView(f);
        mark(f);
        items << work->currentItemId();
        markDone(f, n == count - 1);
    }
    checkDone(f, items, kind, 1, label);
}

} // namespace

TEST_CASE("keyboard only: program parts - the video marked and done", "[gui][keyboard][jobs][video]")
{
    videoJob(QStringLiteral("program-parts"),
             [](GuiFixture &f) {
                 f.press(Qt::Key_1); // Muziek begint
                 arrows(f, Qt::Key_Right, 2, Qt::ShiftModifier);
                 f.press(Qt::Key_M);
             },
             AnnotationKind::Marker, QStringLiteral("Muziek begint"));
}

TEST_CASE("keyboard only: ad breaks - the video segmented and done", "[gui][keyboard][jobs][video]")
{
    videoJob(QStringLiteral("ad-breaks"),
             [](GuiFixture &f) {
                 f.press(Qt::Key_1); // Reclameblok
                 arrows(f, Qt::Key_Right, 2, Qt::ShiftModifier);
                 f.press(Qt::Key_I);
                 arrows(f, Qt::Key_Right, 3, Qt::ShiftModifier);
                 f.press(Qt::Key_O);
             },
             AnnotationKind::Segment, QStringLiteral("Reclameblok"));
}
