// SPDX-License-Identifier: GPL-3.0-or-later
// The review flow in the GUI (issue 12, point 3; decision 0020) across two PCs and a shared
// folder, as people do it: Anna draws boxes on her PC and marks the item done; Rik, a
// reviewer on his PC, opens the work from the review panel's queue, chooses one box and
// rejects it with a comment; Anna sees the feedback and the comment at that box, corrects it
// and marks it done again; Rik accepts, and Ctrl+Z takes the verdict back. The stores are
// checked at every step, not only the widgets.

#include "guifixture.h"
#include "guisteps.h"
#include "reviewlab.h"

#include "canvas/imagecanvas.h"
#include "demotask.h"
#include "model/displaynames.h"
#include "quality/verdicts.h"
#include "text/spantextview.h"
#include "text/texteditor.h"
#include "video/timelineview.h"
#include "video/videoeditor.h"
#include "canvas/imageeditor.h"
#include "annotationlist.h"
#include "quality/geometry.h"
#include "quality/reviewqueue.h"
#include "review/feedbackbox.h"
#include "review/rejectdialog.h"
#include "review/reviewpanel.h"
#include "store/schemachange.h"
#include "store/taskbuilder.h"
#include "sync/syncengine.h"
#include "synccontroller.h"
#include "tools/toolcontext.h"
#include "workpage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPushButton>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <cstdlib>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

constexpr int kSyncTimeoutMs = 30000;

bool startSyncDone(MainWindow &w)
{
    return GuiFixture::waitFor(
            [&] {
                return !w.syncController()->isBusy() &&
                       w.syncState() != MainWindow::SyncState::NotYet &&
                       w.syncState() != MainWindow::SyncState::Syncing;
            },
            kSyncTimeoutMs);
}

/// F5 on \a f's window, and the sync it starts is over.
void syncByKey(GuiFixture &f)
{
    int finished = 0;
    const auto c = QObject::connect(f.window().syncController(), &SyncController::finished,
                                    [&finished] { ++finished; });
    REQUIRE(f.activate());
    f.press(Qt::Key_F5);
    const bool done = GuiFixture::waitFor([&] { return finished > 0; }, kSyncTimeoutMs);
    QObject::disconnect(c);
    REQUIRE(done);
}

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

void clickRow(QListWidget *list, int row)
{
    REQUIRE(row >= 0);
    REQUIRE(row < list->count());
    list->scrollToItem(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(list->item(row)).center());
}

int rowWith(QListWidget *list, int role, const QString &value)
{
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->data(role).toString() == value)
            return i;
    return -1;
}

/// How many pixels of \a widget, as drawn now, lie within a few pixels of \a rect's edges (or
/// in the tag above it) and within \a tolerance of \a colour in every channel.
int pixelsNear(QWidget *widget, const QRectF &rect, const QColor &colour, int tolerance = 30)
{
    const QImage image = widget->grab().toImage().convertToFormat(QImage::Format_RGB32);
    const qreal dpr = image.devicePixelRatio();
    const QRect outer =
            QRectF(rect.topLeft() * dpr, rect.size() * dpr).toRect().adjusted(-4, -40, 4, 4);
    const QRect inner =
            QRectF(rect.topLeft() * dpr, rect.size() * dpr).toRect().adjusted(4, 4, -4, -4);
    int count = 0;
    for (int y = std::max(outer.top(), 0); y <= std::min(outer.bottom(), image.height() - 1); ++y)
        for (int x = std::max(outer.left(), 0); x <= std::min(outer.right(), image.width() - 1);
             ++x) {
            if (inner.contains(x, y))
                continue;
            const QColor c = image.pixelColor(x, y);
            if (std::abs(c.red() - colour.red()) <= tolerance &&
                std::abs(c.green() - colour.green()) <= tolerance &&
                std::abs(c.blue() - colour.blue()) <= tolerance)
                ++count;
        }
    return count;
}

/// Where \a value (a box) is on \a canvas, in its widget's coordinates.
QRectF onCanvas(ImageCanvas *canvas, const QJsonObject &value)
{
    const QRectF box(
            value.value(QLatin1String("x")).toDouble(), value.value(QLatin1String("y")).toDouble(),
            value.value(QLatin1String("w")).toDouble(), value.value(QLatin1String("h")).toDouble());
    return QRectF(canvas->mapFromImage(box.topLeft()), canvas->mapFromImage(box.bottomRight()));
}

QStringList liveIds(Store &store, const QString &itemId, const QString &author)
{
    QStringList ids;
    const QList<Annotation> all = store.annotations(itemId, author);
    for (const Annotation &a : all)
        if (!a.deleted && a.kind == AnnotationKind::Box)
            ids << a.id;
    return ids;
}

} // namespace

TEST_CASE("review: a reviewer rejects one box with a comment - the annotator sees it at that box "
          "and corrects it - the reviewer accepts - Ctrl+Z takes the verdict back",
          "[gui][review][sync]")
{
    // --- the lead's PC, where Rik reviews: the task is made and published there -------------
    QTemporaryDir share;
    REQUIRE(share.isValid());
    GuiFixture rikPc(QStringLiteral("en"));
    rikPc.settings().setValue(QStringLiteral("sync/shareFolder"), share.path());
    REQUIRE(rikPc.start());
    REQUIRE(startSyncDone(rikPc.window()));
    test::ReviewLab lab(rikPc.store(), share.path());
    REQUIRE(rikPc.window().chooseProfile(lab.rik.id));
    WorkPage *review = rikPc.window().workPage();
    ReviewPanel *panel = review->reviewPanel();
    // A reviewer starts in review mode; the Review menu's entry says so.
    CHECK(review->reviewMode());
    CHECK(panel->isVisible());
    QAction *reviewMode = rikPc.window().action(QStringLiteral("actionReviewMode"));
    REQUIRE(reviewMode);
    CHECK(reviewMode->isChecked());
    CHECK(panel->queueList()->count() == 0); // nothing done yet
    CHECK_FALSE(rikPc.window().action(QStringLiteral("actionReviewAccept"))->isEnabled());

    // --- Anna's PC: two boxes on the first item, done, F5 ---------------------------------
    GuiFixture annaPc(QStringLiteral("en"));
    annaPc.settings().setValue(QStringLiteral("sync/shareFolder"), lab.share);
    REQUIRE(annaPc.start());
    REQUIRE(startSyncDone(annaPc.window()));
    REQUIRE(annaPc.window().chooseProfile(lab.anna.id));
    WorkPage *work = annaPc.window().workPage();
    REQUIRE(work->task());
    CHECK_FALSE(annaPc.window().action(QStringLiteral("actionReviewMode"))->isEnabled());
    CHECK_FALSE(work->reviewPanel()->isVisible());
    ImageCanvas *canvas = readyCanvas(annaPc);
    const QString itemId = work->currentItemId();
    annaPc.press(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(canvas->hasFocus());
    annaPc.press(Qt::Key_1);
    drag(canvas, {100, 100}, {300, 250});
    drag(canvas, {450, 300}, {700, 550});
    const QStringList boxes = liveIds(annaPc.store(), itemId, lab.anna.id);
    REQUIRE(boxes.size() == 2);
    CHECK_FALSE(work->feedbackBox()->isVisible());
    annaPc.press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(annaPc.store().submission(itemId, lab.anna.id));
    CHECK(annaPc.store().submission(itemId, lab.anna.id)->status == SubmissionStatus::Done);
    REQUIRE(work->currentItemId() != itemId);

    // In review now (every item is sampled): back on it, the box says why it cannot change,
    // and an edit is refused with that reason; the store keeps both boxes.
    annaPc.press(Qt::Key_Left, Qt::AltModifier);
    REQUIRE(work->currentItemId() == itemId);
    REQUIRE(work->document()->awaitsVerdict());
    CHECK(work->feedbackBox()->isVisible());
    CHECK(work->feedbackBox()->text().contains(QStringLiteral("This item is being reviewed")));
    AnnotationList *annaList = test::imageEditor(work)->annotationList();
    annaList->setFocus();
    annaList->setCurrentRow(0);
    annaPc.press(Qt::Key_Delete);
    CHECK(liveIds(annaPc.store(), itemId, lab.anna.id).size() == 2);
    CHECK(work->notice().contains(QStringLiteral("is being reviewed")));
    // The item is named as Anna knows it, by its file.
    CHECK(work->notice().contains(QFileInfo(work->document()->item().mediaPath).fileName()));
    CHECK_FALSE(work->notice().contains(itemId));
    syncByKey(annaPc);

    // --- Rik: F5, the work is in his queue with the reason; he opens it ---------------------
    syncByKey(rikPc);
    constexpr int kItemRole = Qt::UserRole + 1;
    const int entryRow = rowWith(panel->queueList(), kItemRole, itemId);
    REQUIRE(entryRow >= 0);
    const QString entryText = panel->queueList()->item(entryRow)->text();
    CHECK(entryText.contains(QStringLiteral("Anna")));
    CHECK(entryText.contains(QStringLiteral("waits for a verdict")));
    CHECK(entryText.contains(QStringLiteral("sample"))); // the reason, worded by core
    clickRow(panel->queueList(), entryRow);
    REQUIRE(GuiFixture::waitFor([&] { return review->currentItemId() == itemId; }));
    CHECK(panel->chosenAnnotator() == lab.anna.id);
    // On the image as well: other people's layers are shown (as with Ctrl+L).
    CHECK(test::imageEditor(review)->toolContext()->otherLayersShown());
    // Her layer, read-only: the whole item and her two boxes.
    QListWidget *hers = panel->annotationList();
    REQUIRE(hers->count() == 3);
    constexpr int kAnnotationRole = Qt::UserRole + 3;
    const QString loose = boxes.at(1);
    const int looseRow = rowWith(hers, kAnnotationRole, loose);
    REQUIRE(looseRow > 0);
    ToolContext *rikTools = test::imageEditor(review)->toolContext();
    CHECK(rikTools->pointedOutId().isEmpty());
    clickRow(hers, looseRow);
    CHECK(panel->selectedAnnotationId() == loose);
    // The box is pointed out on the image too; it is hers, so not selected for editing.
    CHECK(rikTools->pointedOutId() == loose);
    CHECK(rikTools->selectedId().isEmpty());
    QAction *rejectAction = rikPc.window().action(QStringLiteral("actionReviewReject"));
    REQUIRE(rejectAction);
    REQUIRE(rejectAction->isEnabled());
    CHECK(rejectAction->toolTip().contains(QStringLiteral("Ctrl+Shift+R")));

    // Ctrl+Shift+R asks for the comment; the box it is about is named; typed text, Enter.
    rikPc.press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(GuiFixture::waitFor([&] { return panel->rejectDialog() && panel->rejectDialog()->isVisible(); }));
    RejectDialog *dialog = panel->rejectDialog();
    test::screenshots(rikPc, QStringLiteral("review-panel"));
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("rejectAbout"))->text().contains(QStringLiteral("Buffer")));
    CHECK(dialog->commentBox()->count() == 1); // the task's quick comment
    QTest::keyClicks(dialog->commentBox(), QStringLiteral("Please fit the box to the buffer"));
    QTest::keyClick(dialog->commentBox(), Qt::Key_Return);
    REQUIRE(GuiFixture::waitFor([&] { return !panel->rejectDialog(); }));
    {
        const auto verdict = rikPc.store().review(itemId, lab.anna.id);
        REQUIRE(verdict);
        CHECK(verdict->verdict == Verdict::Rejected);
        CHECK(verdict->reviewer == lab.rik.id);
        CHECK(verdict->comment == QStringLiteral("Please fit the box to the buffer"));
        CHECK(verdict->annotationId == loose);
    }
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("rejected")));
    // Rik's verdict did not touch Anna's layer.
    CHECK(liveIds(rikPc.store(), itemId, lab.anna.id).size() == 2);
    syncByKey(rikPc);

    // --- Anna: F5; the feedback and the comment at that box; she corrects it ---------------
    CHECK(work->notice().contains(QStringLiteral("is being reviewed"))); // still, until the verdict comes
    syncByKey(annaPc);
    REQUIRE(annaPc.store().review(itemId, lab.anna.id));
    CHECK(annaPc.store().review(itemId, lab.anna.id)->verdict == Verdict::Rejected);
    // The sync brought the verdict: "is being reviewed" is no longer true, and no longer said.
    CHECK_FALSE(work->notice().contains(QStringLiteral("is being reviewed")));
    if (work->currentItemId() != itemId)
        annaPc.press(Qt::Key_Left, Qt::AltModifier);
    REQUIRE(work->currentItemId() == itemId);
    CHECK_FALSE(work->document()->awaitsVerdict());
    FeedbackBox *feedback = work->feedbackBox();
    REQUIRE(GuiFixture::waitFor([&] { return feedback->isVisible(); }));
    CHECK(feedback->text().contains(QStringLiteral("There is feedback on this item")));
    CHECK(feedback->text().contains(QStringLiteral("Please fit the box to the buffer")));
    CHECK(feedback->text().contains(QStringLiteral("Rik")));
    CHECK(feedback->annotationId() == loose);
    CHECK(feedback->annotationButton()->text().contains(QStringLiteral("Buffer")));
    test::screenshots(annaPc, QStringLiteral("review-feedback"));
    // Beside the box itself, in its row of the annotation list, too.
    {
        const int commentedRow = int(annaList->annotationIds().indexOf(loose));
        REQUIRE(commentedRow >= 0);
        CHECK(annaList->item(commentedRow)->text().contains(
                QStringLiteral("Please fit the box to the buffer")));
        const int otherRow = int(annaList->annotationIds().indexOf(boxes.at(0)));
        REQUIRE(otherRow >= 0);
        CHECK_FALSE(annaList->item(otherRow)->text().contains(QStringLiteral("feedback")));
    }
    QTest::mouseClick(feedback->annotationButton(), Qt::LeftButton);
    CHECK(test::imageEditor(work)->toolContext()->selectedId() == loose);
    CHECK(annaList->currentAnnotationId() == loose);
    annaList->setFocus();
    annaPc.press(Qt::Key_Delete); // the loose box goes; she draws a tight one
    REQUIRE(liveIds(annaPc.store(), itemId, lab.anna.id) == QStringList{boxes.at(0)});
    annaPc.press(Qt::Key_I, Qt::ControlModifier);
    annaPc.press(Qt::Key_1);
    drag(canvas, {470, 320}, {680, 530});
    CHECK(liveIds(annaPc.store(), itemId, lab.anna.id).size() == 2);
    annaPc.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(annaPc.store().submission(itemId, lab.anna.id)->status == SubmissionStatus::Done);
    syncByKey(annaPc);

    // --- Rik: F5; waiting again; Ctrl+Shift+A accepts; Ctrl+Z takes it back ----------------
    syncByKey(rikPc);
    CHECK(liveIds(rikPc.store(), itemId, lab.anna.id).size() == 2);
    CHECK_FALSE(liveIds(rikPc.store(), itemId, lab.anna.id).contains(loose));
    REQUIRE(panel->choose(itemId, lab.anna.id));
    REQUIRE(review->currentItemId() == itemId);
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("waits for a verdict")));
    CHECK(panel->annotationList()->count() == 3);
    clickRow(panel->annotationList(), 0); // the whole item
    CHECK(rikTools->pointedOutId().isEmpty()); // nothing in particular is pointed out
    rikPc.press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    {
        const auto verdict = rikPc.store().review(itemId, lab.anna.id);
        REQUIRE(verdict);
        CHECK(verdict->verdict == Verdict::Accepted);
        CHECK(verdict->annotationId.isEmpty());
        const auto e = ReviewQueue::entry(rikPc.store(), *rikPc.store().task(lab.task.id), itemId,
                                          lab.anna.id);
        REQUIRE(e);
        CHECK(e->state == ReviewState::Accepted);
    }
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("accepted")));
    const qint64 opsBefore = rikPc.store().ownOps(lab.rik.id, 0).size();
    rikPc.press(Qt::Key_Z, Qt::ControlModifier);
    {
        // Taken back as an op of Rik's: the work waits for a verdict again.
        CHECK_FALSE(rikPc.store().review(itemId, lab.anna.id));
        const auto e = ReviewQueue::entry(rikPc.store(), *rikPc.store().task(lab.task.id), itemId,
                                          lab.anna.id);
        REQUIRE(e);
        CHECK(e->state == ReviewState::Pending);
        CHECK(rikPc.store().ownOps(lab.rik.id, 0).size() > opsBefore);
    }
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("waits for a verdict")));
    // Ctrl+Shift+Z gives it again.
    rikPc.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(rikPc.store().review(itemId, lab.anna.id));
    CHECK(rikPc.store().review(itemId, lab.anna.id)->verdict == Verdict::Accepted);
}

TEST_CASE("review: the Review menu is for reviewers and team leads - F7 shows the panel - an "
          "annotator has neither",
          "[gui][review]")
{
    GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    const auto lead = f.store().addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    const auto anna = f.store().addProfile(QStringLiteral("Anna"), Role::Annotator);
    REQUIRE((lead && anna));
    REQUIRE(f.window().chooseProfile(lead->id));
    WorkPage *work = f.window().workPage();
    QAction *mode = f.window().action(QStringLiteral("actionReviewMode"));
    REQUIRE(mode);
    // A team lead has the menu, the panel waits until asked for.
    CHECK(mode->isEnabled());
    CHECK_FALSE(work->reviewPanel()->isVisible());
    f.press(Qt::Key_F7);
    CHECK(work->reviewMode());
    CHECK(work->reviewPanel()->isVisible());
    CHECK(mode->isChecked());
    CHECK(mode->toolTip().contains(QStringLiteral("F7")));
    f.press(Qt::Key_F7);
    CHECK_FALSE(work->reviewPanel()->isVisible());
    CHECK_FALSE(f.window().action(QStringLiteral("actionReviewAccept"))->isEnabled());

    // An annotator: no menu, and F7 does nothing.
    REQUIRE(f.window().chooseProfile(anna->id));
    CHECK_FALSE(mode->isEnabled());
    f.press(Qt::Key_F7);
    CHECK_FALSE(work->reviewMode());
    CHECK_FALSE(work->reviewPanel()->isVisible());
}

TEST_CASE("review: Fix and accept copies the annotator's boxes into the reviewer's empty layer "
          "to correct there - Ctrl+Z takes the verdict and the copies back",
          "[gui][review]")
{
    QTemporaryDir share;
    REQUIRE(share.isValid());
    GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    test::ReviewLab lab(f.store(), share.path());
    // Anna's work, made in core on this store: one box, done.
    const Annotation box = lab.boxDone(f.store());
    const QString itemId = box.itemId;
    REQUIRE(f.window().chooseProfile(lab.rik.id));
    WorkPage *review = f.window().workPage();
    ReviewPanel *panel = review->reviewPanel();
    REQUIRE(panel->isVisible());
    REQUIRE(panel->choose(itemId, lab.anna.id));
    REQUIRE(review->currentItemId() == itemId);
    REQUIRE(liveIds(f.store(), itemId, lab.rik.id).isEmpty());
    AnnotationList *rikList = test::imageEditor(review)->annotationList();
    CHECK(rikList->count() == 0);

    f.press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    {
        const auto verdict = f.store().review(itemId, lab.anna.id);
        REQUIRE(verdict);
        CHECK(verdict->verdict == Verdict::Corrected);
    }
    // Rik's layer now holds a copy of Anna's box, his to correct; hers is untouched.
    const QStringList copies = liveIds(f.store(), itemId, lab.rik.id);
    REQUIRE(copies.size() == 1);
    const auto copy = f.store().annotation(copies.first());
    REQUIRE(copy);
    CHECK(copy->author == lab.rik.id);
    CHECK(copy->label == QStringLiteral("Buffer"));
    CHECK(copy->value == box.value);
    CHECK(liveIds(f.store(), itemId, lab.anna.id).size() == 1);
    CHECK(rikList->count() == 1); // shown at once, ready to correct
    CHECK(f.window().statusBar()->currentMessage().contains(QStringLiteral("copy of their work")));

    // One undo step takes back both the verdict and the copy.
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(f.store().review(itemId, lab.anna.id));
    CHECK(liveIds(f.store(), itemId, lab.rik.id).isEmpty());
    CHECK(rikList->count() == 0);
    CHECK(liveIds(f.store(), itemId, lab.anna.id).size() == 1);
    // Redo brings back that same copy, not a new one, so the steps after it still find it:
    // he removes the copy, then walks all steps back and forth.
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.store().review(itemId, lab.anna.id));
    CHECK(liveIds(f.store(), itemId, lab.rik.id) == copies);
    REQUIRE(rikList->count() == 1);
    rikList->setFocus(Qt::OtherFocusReason);
    rikList->setCurrentRow(0);
    f.press(Qt::Key_Delete);
    CHECK(liveIds(f.store(), itemId, lab.rik.id).isEmpty());
    f.press(Qt::Key_Z, Qt::ControlModifier); // the removal
    CHECK(liveIds(f.store(), itemId, lab.rik.id) == copies);
    f.press(Qt::Key_Z, Qt::ControlModifier); // the verdict and its copy
    CHECK_FALSE(f.store().review(itemId, lab.anna.id));
    CHECK(liveIds(f.store(), itemId, lab.rik.id).isEmpty());
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // the verdict again
    CHECK(liveIds(f.store(), itemId, lab.rik.id) == copies);
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // the removal again
    CHECK(liveIds(f.store(), itemId, lab.rik.id).isEmpty());
    const auto copyNow = f.store().annotation(copies.first(), true);
    REQUIRE(copyNow);
    CHECK(copyNow->deleted); // the removal again took the copy the verdict brought back
    CHECK(f.store().review(itemId, lab.anna.id)->verdict == Verdict::Corrected);
    CHECK(liveIds(f.store(), itemId, lab.anna.id).size() == 1); // hers as it was

    // With a layer of his own already (a box he drew), a fix copies nothing.
    f.press(Qt::Key_Z, Qt::ControlModifier); // the removal
    f.press(Qt::Key_Z, Qt::ControlModifier); // the verdict
    REQUIRE_FALSE(f.store().review(itemId, lab.anna.id));
    ImageCanvas *canvas = readyCanvas(f);
    f.press(Qt::Key_I, Qt::ControlModifier);
    REQUIRE(canvas->hasFocus());
    f.press(Qt::Key_1);
    drag(canvas, {100, 100}, {300, 250});
    const QStringList own = liveIds(f.store(), itemId, lab.rik.id);
    REQUIRE(own.size() == 1);
    f.press(Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.store().review(itemId, lab.anna.id));
    CHECK(f.store().review(itemId, lab.anna.id)->verdict == Verdict::Corrected);
    CHECK(liveIds(f.store(), itemId, lab.rik.id) == own);
    CHECK(f.window().statusBar()->currentMessage().contains(QStringLiteral("accepted with your fix")));
    CHECK_FALSE(f.window().statusBar()->currentMessage().contains(QStringLiteral("copy")));
}

TEST_CASE("review: feedback about a segment or a span - its button chooses that mark in the video "
          "or text editor and shows it",
          "[gui][review]")
{
    struct Job
    {
        QString job;
        AnnotationKind kind;
        QString label;
        QJsonObject commented; ///< the mark the comment is about
        QJsonObject other;     ///< a second mark, chosen first
    };
    const Job job = GENERATE(
            Job{QStringLiteral("ad-breaks"), AnnotationKind::Segment, QStringLiteral("Reclameblok"),
                QJsonObject{{QStringLiteral("start"), 30}, {QStringLiteral("end"), 45}},
                QJsonObject{{QStringLiteral("start"), 2}, {QStringLiteral("end"), 8}}},
            Job{QStringLiteral("cv"), AnnotationKind::Span, QStringLiteral("Naam"),
                // "Sanne Verhoeven" and "Curriculum" in cv-1-sanne.txt
                QJsonObject{{QStringLiteral("start"), 18}, {QStringLiteral("end"), 33}},
                QJsonObject{{QStringLiteral("start"), 0}, {QStringLiteral("end"), 10}}});
    INFO(job.job.toStdString());
    GuiFixture f(QStringLiteral("en"));
    test::startAsAnnotator(f); // Anna; the dike task is open
    Store &store = f.store();
    const Profile anna = *f.window().profile();
    const auto rik = store.addProfile(QStringLiteral("Rik"), Role::Reviewer);
    REQUIRE(rik);
    const auto task = DemoTask::find(store, job.job);
    REQUIRE(task);
    const QList<Item> queue = store.queue(task->id, anna.id);
    REQUIRE_FALSE(queue.isEmpty());
    const QString itemId = queue.first().id;
    if (job.kind == AnnotationKind::Span)
        REQUIRE(queue.first().mediaPath.endsWith(QStringLiteral("cv-1-sanne.txt")));
    // Anna's two marks on the first item, done; Rik rejects it about the second one.
    QString commented;
    for (const QJsonObject &value : {job.other, job.commented}) {
        Annotation a;
        a.taskId = task->id;
        a.itemId = itemId;
        a.author = anna.id;
        a.kind = job.kind;
        a.label = job.label;
        a.value = value;
        const auto added = store.addAnnotation(a);
        REQUIRE(added);
        commented = added->id;
    }
    REQUIRE(store.setSubmission(Submission{task->id, itemId, anna.id, SubmissionStatus::Done, {}, 20000},
                                anna.id)
                    .ok());
    VerdictRequest request;
    request.itemId = itemId;
    request.annotator = anna.id;
    request.verdict = Verdict::Rejected;
    request.comment = QStringLiteral("This one ends too early");
    request.annotationId = commented;
    REQUIRE(Verdicts::give(store, *task, *rik, request).ok());

    // Anna opens the task: the item is to do again, with the feedback.
    test::openDemoTask(f, job.job);
    WorkPage *work = f.window().workPage();
    REQUIRE(work->currentItemId() == itemId);
    FeedbackBox *feedback = work->feedbackBox();
    REQUIRE(GuiFixture::waitFor([&] { return feedback->isVisible(); }));
    CHECK(feedback->text().contains(QStringLiteral("This one ends too early")));
    REQUIRE(feedback->annotationId() == commented);
    if (auto *video = qobject_cast<VideoEditor *>(work->editor())) {
        REQUIRE(GuiFixture::waitFor([&] { return video->frameCount() > 0; }, 20000));
        CHECK(video->chosen() != commented);
        QTest::mouseClick(feedback->annotationButton(), Qt::LeftButton);
        CHECK(video->chosen() == commented);
        CHECK(video->currentFrame() == 30); // the segment's first frame is shown
        CHECK(MediaEditor::isMainView(f.focusWidget()));
    } else {
        auto *text = qobject_cast<TextEditor *>(work->editor());
        REQUIRE(text);
        REQUIRE(GuiFixture::waitFor([&] { return !text->text().isEmpty(); }, 20000));
        CHECK(text->view()->chosen() != commented);
        QTest::mouseClick(feedback->annotationButton(), Qt::LeftButton);
        CHECK(text->view()->chosen() == commented);
        const ShownSpan *shown = text->view()->span(commented);
        REQUIRE(shown);
        CHECK(text->view()->selectedRange() == std::pair<qsizetype, qsizetype>(shown->from, shown->to));
        CHECK(f.focusWidget() == text->view());
    }
    // The store is as it was: choosing is not a change.
    CHECK(store.annotations(itemId, anna.id).size() == 2);
    CHECK(store.review(itemId, anna.id)->verdict == Verdict::Rejected);
}

TEST_CASE("review: the reviewer chooses a segment or span of the work under review - the editor "
          "shows it - a rejection names the frame or the words there - the annotator goes there",
          "[gui][review]")
{
    struct Job
    {
        QString job;
        QString file;
        AnnotationKind kind;
        QString label;
        QJsonObject value;
    };
    const Job job = GENERATE(
            Job{QStringLiteral("ad-breaks"), QStringLiteral("uitzending-3.mp4"), AnnotationKind::Segment,
                QStringLiteral("Reclameblok"), QJsonObject{{QStringLiteral("start"), 30}, {QStringLiteral("end"), 45}}},
            // "Sanne Verhoeven" in cv-1-sanne.txt
            Job{QStringLiteral("cv"), QStringLiteral("cv-1-sanne.txt"), AnnotationKind::Span,
                QStringLiteral("Naam"), QJsonObject{{QStringLiteral("start"), 18}, {QStringLiteral("end"), 33}}});
    INFO(job.job.toStdString());
    QTemporaryDir share;
    REQUIRE(share.isValid());
    GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    test::ReviewLab lab(f.store(), share.path(), job.job, {job.file});
    Store &store = f.store();
    // Anna's mark on the item, done (made in core on this store).
    const QList<Item> queue = store.queue(lab.task.id, lab.anna.id);
    REQUIRE(queue.size() == 1);
    const QString itemId = queue.first().id;
    const Annotation mark = lab.markDone(store, itemId, job.kind, job.label, job.value);
    // On the text, Rik has a span of his own already ("Curriculum"), to show that his keys
    // pass hers by.
    QString rikSpan;
    if (job.kind == AnnotationKind::Span) {
        Annotation own{QString(), lab.task.id, itemId, lab.rik.id, AnnotationKind::Span, job.label,
                       QJsonObject{{QStringLiteral("start"), 0}, {QStringLiteral("end"), 10}}, {}, false};
        const auto added = store.addAnnotation(own);
        REQUIRE(added);
        rikSpan = added->id;
    }

    // Rik opens her work from the queue and chooses her mark in the list by keyboard: the
    // editor shows it, and the keyboard stays in the list.
    REQUIRE(f.window().chooseProfile(lab.rik.id));
    WorkPage *work = f.window().workPage();
    ReviewPanel *panel = work->reviewPanel();
    REQUIRE(panel->isVisible());
    REQUIRE(panel->choose(itemId, lab.anna.id));
    REQUIRE(work->currentItemId() == itemId);
    auto *video = qobject_cast<VideoEditor *>(work->editor());
    auto *text = qobject_cast<TextEditor *>(work->editor());
    REQUIRE((video || text));
    if (video)
        REQUIRE(GuiFixture::waitFor([&] { return video->frameCount() > 0; }, 20000));
    else
        REQUIRE(GuiFixture::waitFor([&] { return !text->text().isEmpty(); }, 20000));
    QListWidget *list = panel->annotationList();
    REQUIRE(list->count() == 2); // the whole item, her mark
    REQUIRE(f.activate());
    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentRow(0);
    f.press(Qt::Key_Down);
    REQUIRE(panel->selectedAnnotationId() == mark.id);
    CHECK(list->hasFocus());
    QJsonObject place;
    QString words;
    if (video) {
        CHECK(video->currentFrame() == 30); // the segment's first frame
        CHECK(video->chosen().isEmpty());   // hers, not Rik's to change
        // Her segment is on the timeline, in a lane of its own, hatched, pointed out.
        const QList<TimelineView::Mark> &onTimeline = video->timeline()->marks();
        const auto hers = std::find_if(onTimeline.cbegin(), onTimeline.cend(),
                                       [&](const TimelineView::Mark &m) { return m.id == mark.id; });
        REQUIRE(hers != onTimeline.cend());
        CHECK(hers->theirs);
        CHECK_FALSE(hers->draggable);
        CHECK(hers->lane == 2);
        CHECK(std::pair(hers->start, hers->end) == std::pair<qint64, qint64>(30, 45));
        CHECK(video->timeline()->laneCount() == 3);
        CHECK(video->timeline()->selected() == mark.id);
        test::screenshots(f, QStringLiteral("review-video-theirs"));
        // He goes by timecode to frame 37, where he sees the break still running.
        words = video->timecodeOf(37);
        QLineEdit *timecode = video->timecodeField();
        QTest::mouseClick(timecode, Qt::LeftButton);
        QTest::keyClick(timecode, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(timecode, words);
        QTest::keyClick(timecode, Qt::Key_Return);
        REQUIRE(video->currentFrame() == 37);
        place = QJsonObject{{QStringLiteral("frame"), 37}};
    } else {
        // Her span's words are selected in the text; they are not his to change. Her span lies
        // hatched behind the words, framed as the one chosen in the panel, named as hers.
        CHECK(text->view()->selectedRange() == std::pair<qsizetype, qsizetype>(18, 33));
        CHECK(text->view()->chosen().isEmpty());
        REQUIRE(text->view()->theirSpans().size() == 1);
        CHECK(text->view()->theirSpans().first().id == mark.id);
        CHECK(text->view()->theirSpans().first().owner == QLatin1String("Anna"));
        CHECK(std::pair(text->view()->theirSpans().first().from, text->view()->theirSpans().first().to)
              == std::pair<qsizetype, qsizetype>(18, 33));
        CHECK(text->view()->pointedOut() == mark.id);
        REQUIRE(text->view()->spans().size() == 1); // his own "Curriculum"
        test::screenshots(f, QStringLiteral("review-text-theirs"));
        // Tab steps through his spans only: his, then on out of the text, never hers. A click
        // on her words chooses nothing, and Delete then removes nothing.
        REQUIRE(work->editor()->takeFocus());
        text->view()->select(0, 0);
        f.press(Qt::Key_Tab);
        CHECK(text->view()->chosen() == rikSpan);
        f.press(Qt::Key_Tab); // past his last span: out of the text, not on to hers
        CHECK_FALSE(text->view()->hasFocus());
        REQUIRE(work->editor()->takeFocus());
        f.press(Qt::Key_Escape); // lets go of his span
        REQUIRE(text->view()->chosen().isEmpty());
        text->view()->select(20, 20);
        const QRect onWords = text->view()->cursorRect(text->view()->textCursor());
        QTest::mouseClick(text->view()->viewport(), Qt::LeftButton, {}, onWords.center() + QPoint(2, 0));
        CHECK(text->view()->chosen().isEmpty());
        f.press(Qt::Key_Delete);
        CHECK(store.annotations(itemId, lab.anna.id).size() == 1);
        CHECK(store.annotations(itemId, lab.rik.id).size() == 1);
        // Back to her words, as the panel's choice left them.
        REQUIRE(work->editor()->selectAnnotation(mark.id, {}));
        CHECK(text->view()->pointedOut() == mark.id);
        // He narrows the selection to the first name by keyboard.
        REQUIRE(work->editor()->takeFocus());
        f.press(Qt::Key_Left, Qt::ShiftModifier);
        REQUIRE(text->view()->selectedRange() == std::pair<qsizetype, qsizetype>(18, 23));
        words = QStringLiteral("\u201CSanne\u201D");
        place = QJsonObject{{QStringLiteral("start"), 18}, {QStringLiteral("end"), 23}};
    }
    // Reject (Ctrl+Shift+R): the dialog offers to say where, ticked.
    f.press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    RejectDialog *dialog = panel->rejectDialog();
    REQUIRE(dialog);
    REQUIRE(GuiFixture::waitFor([&] { return dialog->isVisible(); }));
    CHECK(dialog->placeBox()->isVisible());
    CHECK(dialog->placeBox()->isChecked());
    CHECK(dialog->placeBox()->text().contains(words));
    QTest::keyClicks(dialog->commentBox(), QStringLiteral("Look here"));
    QTest::keyClick(dialog->commentBox(), Qt::Key_Return);
    const auto verdict = store.review(itemId, lab.anna.id);
    REQUIRE(verdict);
    CHECK(verdict->verdict == Verdict::Rejected);
    CHECK(verdict->comment == QStringLiteral("Look here"));
    CHECK(verdict->annotationId == mark.id);
    CHECK(verdict->anchor == place);
    CHECK(store.annotations(itemId, lab.anna.id).size() == 1); // her work is as it was

    CHECK(f.window().statusBar()->currentMessage().contains(QStringLiteral("goes back to Anna")));

    // Anna: the feedback names the place; its button takes her there, her mark chosen. What
    // the status bar said to Rik is gone.
    REQUIRE(f.window().chooseProfile(lab.anna.id));
    CHECK(f.window().statusBar()->currentMessage().isEmpty());
    REQUIRE(GuiFixture::waitFor([&] { return work->currentItemId() == itemId; }));
    FeedbackBox *feedback = work->feedbackBox();
    REQUIRE(GuiFixture::waitFor([&] { return feedback->isVisible(); }));
    REQUIRE(feedback->place() == place);
    REQUIRE(GuiFixture::waitFor([&] { return feedback->annotationButton()->text().contains(words); },
                                20000));
    CHECK(feedback->text().contains(QStringLiteral("Look here")));
    // To do again, in the header as in the queue (it was marked done before the rejection).
    auto *status = work->findChild<QLabel *>(QStringLiteral("itemStatus"));
    REQUIRE(status);
    CHECK(status->text().contains(DisplayNames::status(SubmissionStatus::Todo)));
    CHECK_FALSE(status->text().contains(DisplayNames::status(SubmissionStatus::Done)));
    REQUIRE(f.activate());
    QTest::mouseClick(feedback->annotationButton(), Qt::LeftButton);
    if (video) {
        CHECK(video->chosen() == mark.id);
        CHECK(video->currentFrame() == 37);
        // Annotators work blind: nobody else's marks on her timeline, two lanes.
        CHECK(video->timeline()->laneCount() == 2);
        for (const TimelineView::Mark &m : video->timeline()->marks())
            CHECK_FALSE(m.theirs);
    } else {
        CHECK(text->view()->chosen() == mark.id);
        CHECK(text->view()->selectedRange() == std::pair<qsizetype, qsizetype>(18, 23));
        CHECK(text->view()->theirSpans().isEmpty()); // annotators work blind
    }
    CHECK(MediaEditor::isMainView(f.focusWidget()));
}

TEST_CASE("review: by keyboard only - Alt+V to the queue, arrows and Tab to the work and a box, "
          "Ctrl+Shift+R with a comment, Ctrl+Shift+A on the next, Ctrl+Z",
          "[gui][review][keyboard]")
{
    QTemporaryDir share;
    REQUIRE(share.isValid());
    GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    test::ReviewLab lab(f.store(), share.path());
    Store &store = f.store();
    // Anna's work on both photos, done: a box on each.
    const Annotation first = lab.boxDone(store);
    const QList<Item> queue = store.queue(lab.task.id, lab.anna.id);
    REQUIRE(queue.size() == 2);
    const QString secondItem = queue.at(1).id == first.itemId ? queue.at(0).id : queue.at(1).id;
    lab.markDone(store, secondItem, AnnotationKind::Box, first.label, first.value);

    REQUIRE(f.window().chooseProfile(lab.rik.id));
    WorkPage *work = f.window().workPage();
    ReviewPanel *panel = work->reviewPanel();
    REQUIRE(panel->isVisible());
    REQUIRE(f.activate());
    f.press(Qt::Key_V, Qt::AltModifier);
    REQUIRE(f.focusWidget() == panel->queueList());
    REQUIRE(panel->queueList()->count() == 2);
    // Down to the first entry (or it is chosen already): its item opens, the keys stay here.
    if (panel->chosenItemId().isEmpty())
        f.press(Qt::Key_Down);
    while (panel->chosenItemId() != first.itemId && panel->queueList()->currentRow() < 1)
        f.press(Qt::Key_Down);
    REQUIRE(panel->chosenItemId() == first.itemId);
    REQUIRE(GuiFixture::waitFor([&] { return work->currentItemId() == first.itemId; }));
    CHECK(f.focusWidget() == panel->queueList());
    // Tab to her annotations, Down to her box: pointed out on the image.
    f.press(Qt::Key_Tab);
    REQUIRE(f.focusWidget() == panel->annotationList());
    f.press(Qt::Key_Down);
    REQUIRE(panel->selectedAnnotationId() == first.id);
    CHECK(test::imageEditor(work)->toolContext()->pointedOutId() == first.id);
    // Reject with a comment typed, Enter.
    f.press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(GuiFixture::waitFor([&] { return panel->rejectDialog() && panel->rejectDialog()->isVisible(); }));
    RejectDialog *dialog = panel->rejectDialog();
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    INFO("focus on " << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "nothing") << " " << (QApplication::focusWidget() ? QApplication::focusWidget()->objectName().toStdString() : std::string()));
    REQUIRE(QApplication::focusWidget() == dialog->commentBox()); // typing goes to its line
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Let the box start at the buffer"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(GuiFixture::waitFor([&] { return !panel->rejectDialog(); }));
    const auto rejected = store.review(first.itemId, lab.anna.id);
    REQUIRE(rejected);
    CHECK(rejected->verdict == Verdict::Rejected);
    CHECK(rejected->annotationId == first.id);
    CHECK(rejected->comment == QStringLiteral("Let the box start at the buffer"));

    // Alt+V, down to the other photo, Ctrl+Shift+A; Ctrl+Z takes that back.
    REQUIRE(f.activate());
    f.press(Qt::Key_V, Qt::AltModifier);
    REQUIRE(f.focusWidget() == panel->queueList());
    for (int i = 0; i < 2 && panel->chosenItemId() != secondItem; ++i)
        f.press(Qt::Key_Down);
    for (int i = 0; i < 2 && panel->chosenItemId() != secondItem; ++i)
        f.press(Qt::Key_Up);
    REQUIRE(panel->chosenItemId() == secondItem);
    REQUIRE(GuiFixture::waitFor([&] { return work->currentItemId() == secondItem; }));
    const int secondRow = panel->queueList()->currentRow();
    CHECK(panel->queueList()->item(secondRow)->text().contains(QStringLiteral("waits for a verdict")));
    f.press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(store.review(secondItem, lab.anna.id));
    CHECK(store.review(secondItem, lab.anna.id)->verdict == Verdict::Accepted);
    // Its row says so where it stands (only that entry is read again, not the whole queue).
    CHECK(panel->queueList()->currentRow() == secondRow);
    CHECK(panel->queueList()->item(secondRow)->text().contains(QStringLiteral("accepted")));
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("accepted")));
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(store.review(secondItem, lab.anna.id));
    CHECK(panel->queueList()->item(secondRow)->text().contains(QStringLiteral("waits for a verdict")));
    CHECK(store.review(first.itemId, lab.anna.id)->verdict == Verdict::Rejected); // the other stays
}

TEST_CASE("review: the reviewer zooms in on part of a crack - a rejection names that part - the "
          "annotator's feedback frames it and zooms there",
          "[gui][review]")
{
    QTemporaryDir share;
    REQUIRE(share.isValid());
    GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    test::ReviewLab lab(f.store(), share.path(), QStringLiteral("dike-cracks"), {QStringLiteral("dike-crack-1.jpg")});
    Store &store = f.store();
    const QList<Item> queue = store.queue(lab.task.id, lab.anna.id);
    REQUIRE(queue.size() == 1);
    const QString itemId = queue.first().id;
    // Anna's crack runs across the 1600 x 1200 photo, through its middle.
    const Polyline crack{{100, 590}, {800, 600}, {1500, 640}};
    const Annotation mark = lab.markDone(store, itemId, AnnotationKind::Crack, QStringLiteral("Scheur"),
                                         polylineToValue(crack));

    REQUIRE(f.window().chooseProfile(lab.rik.id));
    WorkPage *work = f.window().workPage();
    ReviewPanel *panel = work->reviewPanel();
    REQUIRE(panel->choose(itemId, lab.anna.id));
    auto *editor = qobject_cast<ImageEditor *>(work->editor());
    REQUIRE(editor);
    ImageCanvas *canvas = editor->canvas();
    REQUIRE(GuiFixture::waitFor([&] { return canvas->state() == ImageCanvas::State::Ready; }, 20000));
    REQUIRE(f.activate());
    QListWidget *list = panel->annotationList();
    REQUIRE(list->count() == 2); // the whole item, her crack
    list->setFocus(Qt::OtherFocusReason);
    list->setCurrentRow(0);
    f.press(Qt::Key_Down);
    REQUIRE(panel->selectedAnnotationId() == mark.id);
    CHECK(editor->toolContext()->pointedOutId() == mark.id);
    // The whole crack in view: nowhere in particular.
    CHECK(editor->placeOn(mark).isEmpty());

    // He zooms in on the middle of the photo by keyboard, where the crack's line is wrong.
    REQUIRE(editor->takeFocus());
    for (int i = 0; i < 4; ++i)
        f.press(Qt::Key_Plus);
    const QRectF visible = canvas->visibleImageRect();
    REQUIRE(visible.contains(QPointF(800, 600)));
    REQUIRE(visible.width() < 1000); // part of the crack, not all of it
    f.press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    RejectDialog *dialog = panel->rejectDialog();
    REQUIRE(dialog);
    REQUIRE(GuiFixture::waitFor([&] { return dialog->isVisible(); }));
    CHECK(dialog->placeBox()->isVisible());
    CHECK(dialog->placeBox()->isChecked());
    CHECK(dialog->placeBox()->text().contains(QStringLiteral("in the part x")));
    test::screenshots(f, QStringLiteral("review-image-place"));
    QTest::keyClicks(dialog->commentBox(), QStringLiteral("The line leaves the crack here"));
    QTest::keyClick(dialog->commentBox(), Qt::Key_Return);
    const auto verdict = store.review(itemId, lab.anna.id);
    REQUIRE(verdict);
    CHECK(verdict->verdict == Verdict::Rejected);
    CHECK(verdict->annotationId == mark.id);
    // The part of the crack he saw: inside the view, within a few pixels of the crack's bounds.
    const QRectF part(verdict->anchor.value(QLatin1String("x")).toDouble(),
                      verdict->anchor.value(QLatin1String("y")).toDouble(),
                      verdict->anchor.value(QLatin1String("w")).toDouble(),
                      verdict->anchor.value(QLatin1String("h")).toDouble());
    CHECK(visible.adjusted(-1, -1, 1, 1).contains(part));
    CHECK(QRectF(96, 586, 1408, 58).contains(part));
    CHECK(part.contains(QPointF(800, 600)));
    CHECK(part.width() >= visible.width() - 2);
    CHECK(part.width() < 1000);

    // Anna: the feedback names the part; its button chooses her crack, frames the part and
    // zooms there.
    REQUIRE(f.window().chooseProfile(lab.anna.id));
    REQUIRE(GuiFixture::waitFor([&] { return work->currentItemId() == itemId; }));
    auto *hers = qobject_cast<ImageEditor *>(work->editor());
    REQUIRE(hers);
    FeedbackBox *feedback = work->feedbackBox();
    REQUIRE(GuiFixture::waitFor([&] { return feedback->isVisible(); }));
    REQUIRE(GuiFixture::waitFor(
            [&] { return feedback->annotationButton()->text().contains(QStringLiteral("in the part x")); }, 20000));
    REQUIRE(GuiFixture::waitFor([&] { return hers->canvas()->state() == ImageCanvas::State::Ready; }, 20000));
    const double fittedZoom = hers->canvas()->zoom();
    REQUIRE(f.activate());
    QTest::mouseClick(feedback->annotationButton(), Qt::LeftButton);
    CHECK(hers->toolContext()->selectedId() == mark.id);
    CHECK(hers->toolContext()->placeShownFor() == mark.id);
    CHECK(hers->toolContext()->placeShown().contains(part));
    CHECK(hers->canvas()->zoom() > fittedZoom * 2);
    CHECK(hers->canvas()->visibleImageRect().contains(part));
    CHECK(MediaEditor::isMainView(f.focusWidget()));
    test::screenshots(f, QStringLiteral("review-image-feedback"));
    // Choosing another of her annotations lets the frame go; the store is as it was.
    hers->toolContext()->setSelectedId(QString());
    CHECK(hers->toolContext()->placeShown().isNull());
    CHECK(store.annotations(itemId, lab.anna.id).size() == 1);
}

TEST_CASE("review: a label the team lead took out keeping its annotations - the reviewer sees the "
          "box under its old name, drawn magenta, chooses it and rejects it with a comment - the "
          "annotator finds it - the reviewer accepts",
          "[gui][review][changetask]")
{
    QTemporaryDir share;
    REQUIRE(share.isValid());
    GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    test::ReviewLab lab(f.store(), share.path());
    Store &store = f.store();
    constexpr int kItemRole = Qt::UserRole + 1;
    constexpr int kAnnotationRole = Qt::UserRole + 3;
    const QColor magenta(Qt::magenta);    // what the image editors draw a label they do not know in
    const QColor green(0x2c, 0xa0, 0x2c); // Stootblok's colour
    const QColor blue(0x1f, 0x77, 0xb4);  // Buffer's colour while the schema had it

    // Anna's box under Buffer, drawn before the change.
    const QList<Item> queue = store.queue(lab.task.id, lab.anna.id);
    REQUIRE(queue.size() == 2);
    const QString itemId = queue.first().id;
    Annotation box;
    box.taskId = lab.task.id;
    box.itemId = itemId;
    box.author = lab.anna.id;
    box.kind = AnnotationKind::Box;
    box.label = QStringLiteral("Buffer");
    box.value = QJsonObject{{QStringLiteral("x"), 100},
                            {QStringLiteral("y"), 120},
                            {QStringLiteral("w"), 200},
                            {QStringLiteral("h"), 150}};
    const auto added = store.addAnnotation(box);
    REQUIRE(added);
    const Annotation kept = *added;

    // Lotte takes Buffer out for a new label, Stootblok, and keeps Buffer's annotations.
    Schema after = store.task(lab.task.id)->schema;
    LabelSpec stootblok;
    stootblok.name = QStringLiteral("Stootblok");
    stootblok.colour = green;
    stootblok.hotkey = QStringLiteral("1");
    stootblok.kinds = {AnnotationKind::Box};
    after.setLabels({stootblok});
    const auto plan = planSchemaChange(store, lab.task.id, after, {}, {}, lab.lotte.id);
    REQUIRE(plan);
    CHECK(plan->removed == QMap<QString, int>{{QStringLiteral("Buffer"), 1}});
    CHECK(plan->annotationsKept() == 1);
    REQUIRE(applySchemaChange(store, *plan));
    REQUIRE_FALSE(store.task(lab.task.id)->schema.label(QStringLiteral("Buffer")));
    REQUIRE(store.annotation(kept.id)->label == QStringLiteral("Buffer"));
    // Then Anna draws a Stootblok box and marks the item done.
    const Annotation fresh =
            lab.markDone(store, itemId, AnnotationKind::Box, QStringLiteral("Stootblok"),
                         QJsonObject{{QStringLiteral("x"), 450},
                                     {QStringLiteral("y"), 300},
                                     {QStringLiteral("w"), 250},
                                     {QStringLiteral("h"), 200}});

    // --- Rik opens her work from the queue --------------------------------------------------
    REQUIRE(f.window().chooseProfile(lab.rik.id));
    WorkPage *work = f.window().workPage();
    ReviewPanel *panel = work->reviewPanel();
    REQUIRE(panel->isVisible());
    const int entryRow = rowWith(panel->queueList(), kItemRole, itemId);
    REQUIRE(entryRow >= 0);
    CHECK(panel->queueList()->item(entryRow)->text().contains(
            QStringLiteral("waits for a verdict")));
    REQUIRE(f.activate());
    clickRow(panel->queueList(), entryRow);
    REQUIRE(GuiFixture::waitFor([&] { return work->currentItemId() == itemId; }));
    REQUIRE(panel->chosenAnnotator() == lab.anna.id);
    ImageCanvas *canvas = readyCanvas(f);
    // Both her boxes are in the list, the kept one under its old name.
    QListWidget *hers = panel->annotationList();
    REQUIRE(hers->count() == 3); // the whole item and her two boxes
    const int keptRow = rowWith(hers, kAnnotationRole, kept.id);
    const int freshRow = rowWith(hers, kAnnotationRole, fresh.id);
    REQUIRE(keptRow > 0);
    REQUIRE(freshRow > 0);
    CHECK(hers->item(keptRow)->text().contains(QStringLiteral("Buffer")));
    CHECK(hers->item(keptRow)->text().contains(QStringLiteral("200 \u00D7 150")));
    CHECK(hers->item(freshRow)->text().contains(QStringLiteral("Stootblok")));
    // Not by colour alone: the row says the label is gone.
    CHECK(hers->item(keptRow)->text().contains(QStringLiteral("Buffer, a label no longer in the task")));
    CHECK_FALSE(hers->item(freshRow)->text().contains(QStringLiteral("no longer")));
    // On the image: the kept box in magenta with its name, not in the colour Buffer had; the
    // other in Stootblok's green.
    ImageEditor *editor = test::imageEditor(work);
    CHECK(editor->toolContext()->otherLayersShown());
    CHECK_FALSE(editor->toolContext()->labelSpec(QStringLiteral("Buffer")));
    const QRectF keptOnScreen = onCanvas(canvas, kept.value);
    const QRectF freshOnScreen = onCanvas(canvas, fresh.value);
    REQUIRE(canvas->rect().toRectF().contains(keptOnScreen));
    REQUIRE(canvas->rect().toRectF().contains(freshOnScreen));
    CHECK(pixelsNear(canvas, keptOnScreen, magenta) > 20);
    CHECK(pixelsNear(canvas, keptOnScreen, blue) == 0);
    CHECK(pixelsNear(canvas, freshOnScreen, green) > 20);
    CHECK(pixelsNear(canvas, freshOnScreen, magenta) == 0);

    // He chooses it: it is pointed out on the image, still magenta.
    clickRow(hers, keptRow);
    REQUIRE(panel->selectedAnnotationId() == kept.id);
    CHECK(editor->toolContext()->pointedOutId() == kept.id);
    CHECK(pixelsNear(canvas, keptOnScreen, magenta) > 20);
    test::screenshots(f, QStringLiteral("review-kept-label"));

    // Ctrl+Shift+R: the dialog names the box by its old label; a comment, Enter.
    REQUIRE(f.window().action(QStringLiteral("actionReviewReject"))->isEnabled());
    f.press(Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(GuiFixture::waitFor(
            [&] { return panel->rejectDialog() && panel->rejectDialog()->isVisible(); }));
    RejectDialog *dialog = panel->rejectDialog();
    QApplication::setActiveWindow(dialog);
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    CHECK(dialog->findChild<QLabel *>(QStringLiteral("rejectAbout"))
                  ->text()
                  .contains(QStringLiteral("Buffer")));
    QTest::keyClicks(dialog->commentBox(), QStringLiteral("Buffer is gone: make this a Stootblok"));
    QTest::keyClick(dialog->commentBox(), Qt::Key_Return);
    REQUIRE(GuiFixture::waitFor([&] { return !panel->rejectDialog(); }));
    {
        const auto verdict = store.review(itemId, lab.anna.id);
        REQUIRE(verdict);
        CHECK(verdict->verdict == Verdict::Rejected);
        CHECK(verdict->reviewer == lab.rik.id);
        CHECK(verdict->annotationId == kept.id);
        CHECK(verdict->comment == QStringLiteral("Buffer is gone: make this a Stootblok"));
    }
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("rejected")));
    CHECK(store.annotation(kept.id)->label ==
          QStringLiteral("Buffer")); // a verdict relabels nothing

    // --- Anna: the feedback names the kept box; its button chooses it on her image ----------
    REQUIRE(f.window().chooseProfile(lab.anna.id));
    if (work->currentItemId() != itemId) {
        REQUIRE(f.activate());
        f.press(Qt::Key_Left, Qt::AltModifier);
    }
    REQUIRE(GuiFixture::waitFor([&] { return work->currentItemId() == itemId; }));
    FeedbackBox *feedback = work->feedbackBox();
    REQUIRE(GuiFixture::waitFor([&] { return feedback->isVisible(); }));
    CHECK(feedback->annotationId() == kept.id);
    CHECK(feedback->annotationButton()->text().contains(QStringLiteral("Buffer, a label no longer in the task")));
    CHECK(feedback->text().contains(QStringLiteral("make this a Stootblok")));
    ImageCanvas *annaCanvas = readyCanvas(f);
    REQUIRE(f.activate());
    QTest::mouseClick(feedback->annotationButton(), Qt::LeftButton);
    CHECK(test::imageEditor(work)->toolContext()->selectedId() == kept.id);
    CHECK(pixelsNear(annaCanvas, onCanvas(annaCanvas, kept.value), magenta) > 20);
    // She marks it done again as it is.
    REQUIRE(f.activate());
    f.press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(store.submission(itemId, lab.anna.id));
    CHECK(store.submission(itemId, lab.anna.id)->status == SubmissionStatus::Done);

    // --- Rik accepts ------------------------------------------------------------------------
    REQUIRE(f.window().chooseProfile(lab.rik.id));
    REQUIRE(panel->choose(itemId, lab.anna.id));
    REQUIRE(GuiFixture::waitFor([&] { return work->currentItemId() == itemId; }));
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("waits for a verdict")));
    REQUIRE(rowWith(panel->annotationList(), kAnnotationRole, kept.id) > 0);
    REQUIRE(f.activate());
    f.press(Qt::Key_A, Qt::ControlModifier | Qt::ShiftModifier);
    {
        const auto verdict = store.review(itemId, lab.anna.id);
        REQUIRE(verdict);
        CHECK(verdict->verdict == Verdict::Accepted);
        CHECK(verdict->reviewer == lab.rik.id);
        const auto e = ReviewQueue::entry(store, *store.task(lab.task.id), itemId, lab.anna.id);
        REQUIRE(e);
        CHECK(e->state == ReviewState::Accepted);
    }
    CHECK(panel->stateLabel()->text().contains(QStringLiteral("accepted")));
    // Her layer as it was: the kept box under its old name, the other under Stootblok.
    CHECK(store.annotation(kept.id)->label == QStringLiteral("Buffer"));
    CHECK(store.annotation(fresh.id)->label == QStringLiteral("Stootblok"));
    CHECK(liveIds(store, itemId, lab.anna.id).size() == 2);
}
