// SPDX-License-Identifier: GPL-3.0-or-later
// The program as a person uses it: keys and clicks on the real main window, then a look in
// the store to see what was kept.

#include "guifixture.h"
#include "guisteps.h"
#include "../core/statedump.h"

#include "annotationlist.h"
#include "demotask.h"
#include "flagdialog.h"
#include "canvas/imagecanvas.h"
#include "canvas/imageeditor.h"
#include "text/texteditor.h"
#include "profilepage.h"
#include "questionform.h"
#include "queueview.h"
#include "settingsdialog.h"
#include "shortcutsheet.h"
#include "welcomepage.h"
#include "workpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QListWidget>
#include <QPushButton>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

/// First start through the welcome page, by keyboard only: name, role, Enter.
void startWithDemoByKeyboard(GuiFixture &f, const QString &name = QStringLiteral("Anna"),
                             int roleSteps = 0)
{
    QString problem;
    INFO(problem.toStdString());
    REQUIRE(f.start(&problem));
    REQUIRE(f.window().page() == MainWindow::Page::Welcome);
    REQUIRE(f.focusWidget() == f.window().welcomePage()->nameEdit());
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(name);
    f.press(Qt::Key_Tab); // to the role
    for (int i = 0; i < roleSteps; ++i)
        f.press(Qt::Key_Down);
    f.press(Qt::Key_Return);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
}

Annotation onlyAnswer(Store &store, const QString &itemId, const QString &author,
                      const QString &question)
{
    QList<Annotation> answers;
    const QList<Annotation> all = store.annotations(itemId, author);
    for (const Annotation &a : all)
        if (a.kind == AnnotationKind::Answer && a.label == question)
            answers << a;
    REQUIRE(answers.size() == 1);
    return answers.first();
}

QPushButton *ratingButton(WorkPage *work, const QString &question, const QString &text)
{
    QWidget *editor = work->form()->editor(question);
    REQUIRE(editor);
    const auto buttons = editor->findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text() == text)
            return b;
    FAIL("no button " << text.toStdString());
    return nullptr;
}

} // namespace

TEST_CASE("first start: the welcome page is filled by keyboard and loads the demo tasks - the "
          "dike cracks open",
          "[gui]")
{
    GuiFixture f;
    startWithDemoByKeyboard(f, QStringLiteral("Bram de Vries"), 2); // Down twice: team lead

    const QList<Profile> profiles = f.store().profiles();
    REQUIRE(profiles.size() == 1);
    CHECK(profiles.first().name == QStringLiteral("Bram de Vries"));
    CHECK(profiles.first().role == Role::TeamLead);

    // One task per lab job, in the task list in job order, named in Dutch.
    const QList<Task> tasks = f.store().tasks();
    REQUIRE(tasks.size() == DemoTask::jobs().size());
    const QList<Task> demo = DemoTask::findAll(f.store());
    REQUIRE(demo.size() == DemoTask::jobs().size());
    for (int i = 0; i < demo.size(); ++i)
        CHECK(tasks.at(i).id == demo.at(i).id);
    CHECK(tasks.first().name == QStringLiteral("Demo 1: dijkscheuren"));
    const QList<Item> items = f.store().items(tasks.first().id);
    REQUIRE(items.size() == 2);
    for (const Item &item : items) {
        CHECK(item.kind == MediaKind::Image);
        // The media were copied beside the store, and the items point there.
        CHECK(item.mediaPath.startsWith(
                DemoTask::mediaFolder(f.storePath(), QStringLiteral("dike-cracks"))));
        CHECK(QFileInfo::exists(item.mediaPath));
    }
    REQUIRE(tasks.first().schema.labels().size() == 1);
    CHECK(tasks.first().schema.labels().first().name == QStringLiteral("Scheur"));
    CHECK(tasks.first().schema.questions().isEmpty());
    CHECK(tasks.first().instructions.contains(QStringLiteral("Ctrl+Z")));

    WorkPage *work = f.window().workPage();
    REQUIRE(work->task());
    CHECK(work->task()->id == tasks.first().id);
    CHECK(work->taskList()->count() == DemoTask::jobs().size());
    CHECK(work->taskList()->currentRow() == 0);
    CHECK(work->currentRow() == 0);
    CHECK(work->editor() == work->editorFor(MediaKind::Image));
    CHECK(work->editor()->problem().isEmpty());
    CHECK(work->form()->questionCount() == 0);
    ImageCanvas *canvas = test::imageEditor(work)->canvas();
    REQUIRE(QTest::qWaitFor([&] { return canvas->state() == ImageCanvas::State::Ready; }, 10000));
    CHECK(canvas->imageSize() == QSize(1600, 1200));
    CHECK(work->instructions()->toPlainText().contains(QStringLiteral("Demo: dijkscheuren")));

    // Another job's task shows its own instructions and questions.
    test::openDemoTask(f, QStringLiteral("news"));
    CHECK(work->instructions()->toPlainText().contains(QStringLiteral("Demo: nieuwsberichten")));
    CHECK_FALSE(work->instructions()->toPlainText().contains(QStringLiteral("dijkscheuren")));
    CHECK(work->form()->visibleQuestionIds() ==
          QStringList{QStringLiteral("sentiment"), QStringLiteral("emotie")});
}

TEST_CASE("the welcome page refuses an empty name calmly - on the page itself", "[gui]")
{
    GuiFixture f;
    REQUIRE(f.start());
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.press(Qt::Key_Delete);
    f.press(Qt::Key_Return);
    CHECK(f.window().page() == MainWindow::Page::Welcome);
    CHECK(f.store().profiles().isEmpty());
    auto *problem = f.window().welcomePage()->findChild<QLabel *>(QStringLiteral("welcomeProblem"));
    REQUIRE(problem);
    CHECK(problem->isVisible());
    CHECK(QApplication::activeModalWidget() == nullptr); // no pop-up
}

TEST_CASE("start without the demo task - then load it from the empty work area", "[gui]")
{
    GuiFixture f;
    REQUIRE(f.start());
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("Chris"));
    auto *without =
            f.window().welcomePage()->findChild<QPushButton *>(QStringLiteral("startWithoutDemo"));
    REQUIRE(without);
    QTest::mouseClick(without, Qt::LeftButton);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
    CHECK(f.store().tasks().isEmpty());
    CHECK(f.window().workPage()->document() == nullptr);
    CHECK_FALSE(f.window().action(QStringLiteral("actionDone"))->isEnabled());

    auto *load = f.window().workPage()->findChild<QPushButton *>(QStringLiteral("loadDemo"));
    REQUIRE(load);
    REQUIRE(load->isVisible());
    load->setFocus(Qt::TabFocusReason);
    f.press(Qt::Key_Space);
    REQUIRE(f.store().tasks().size() == DemoTask::jobs().size());
    REQUIRE(f.window().workPage()->task());
    CHECK(f.window().workPage()->task()->id ==
          DemoTask::find(f.store(), QStringLiteral("dike-cracks"))->id);
    CHECK(f.window().workPage()->document() != nullptr);
    CHECK(f.window().action(QStringLiteral("actionDone"))->isEnabled());
}

TEST_CASE("the queue moves with Alt+Right and Alt+Left and shows the text item", "[gui]")
{
    GuiFixture f;
    startWithDemoByKeyboard(f);
    WorkPage *work = f.window().workPage();
    REQUIRE(work->currentRow() == 0);
    REQUIRE(work->itemCount() == 2); // the dike cracks
    f.press(Qt::Key_Right, Qt::AltModifier);
    CHECK(work->currentRow() == 1);
    CHECK(work->queue()->currentRow() == 1);
    f.press(Qt::Key_Right, Qt::AltModifier); // the last item: stays
    CHECK(work->currentRow() == 1);
    CHECK_FALSE(f.window().action(QStringLiteral("actionNext"))->isEnabled());
    f.press(Qt::Key_Left, Qt::AltModifier);
    CHECK(work->currentRow() == 0);
    CHECK_FALSE(f.window().action(QStringLiteral("actionPrevious"))->isEnabled());

    // The news articles are text items.
    test::openDemoTask(f, QStringLiteral("news"));
    REQUIRE(work->itemCount() == 3);
    CHECK(work->currentRow() == 0);
    auto *text = qobject_cast<TextEditor *>(work->editor());
    REQUIRE(text);
    CHECK(text->problem().isEmpty());
    CHECK(text->text().contains(QStringLiteral("bibliotheek")));
    f.press(Qt::Key_Right, Qt::AltModifier);
    f.press(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(work->currentRow() == 2);
    CHECK(qobject_cast<TextEditor *>(work->editor())->text().contains(QStringLiteral("afval")));
    CHECK_FALSE(f.window().action(QStringLiteral("actionNext"))->isEnabled());
    f.press(Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(work->currentRow() == 1);
    CHECK(qobject_cast<TextEditor *>(work->editor())->text().contains(QStringLiteral("storm")));
}

TEST_CASE("a rating answered by key is an answer annotation that Ctrl+Z and Ctrl+Shift+Z walk",
          "[gui]")
{
    GuiFixture f;
    startWithDemoByKeyboard(f);
    test::openDemoTask(f, QStringLiteral("thumbnails"));
    WorkPage *work = f.window().workPage();
    const QString user = f.window().profile()->id;
    const QString item = work->currentItemId();

    QTest::mouseClick(ratingButton(work, QStringLiteral("kwaliteit"), QStringLiteral("3")),
                      Qt::LeftButton);
    CHECK(onlyAnswer(f.store(), item, user, QStringLiteral("kwaliteit"))
                  .value.value(QStringLiteral("answer"))
                  .toInt() == 3);

    f.press(Qt::Key_4); // the focus is on the rating now
    const Annotation answer = onlyAnswer(f.store(), item, user, QStringLiteral("kwaliteit"));
    CHECK(answer.value.value(QStringLiteral("answer")).toInt() == 4);
    CHECK(ratingButton(work, QStringLiteral("kwaliteit"), QStringLiteral("4"))->isChecked());
    CHECK_FALSE(ratingButton(work, QStringLiteral("kwaliteit"), QStringLiteral("3"))->isChecked());
    CHECK(test::imageEditor(work)->annotationList()->count() == 1);

    f.press(Qt::Key_Z, Qt::ControlModifier); // 4 → 3
    CHECK(onlyAnswer(f.store(), item, user, QStringLiteral("kwaliteit"))
                  .value.value(QStringLiteral("answer"))
                  .toInt() == 3);
    f.press(Qt::Key_Z, Qt::ControlModifier); // the answer goes
    CHECK(f.store().annotations(item, user).isEmpty());
    const auto tombstone = f.store().annotation(answer.id, true);
    REQUIRE(tombstone);
    CHECK(tombstone->deleted);
    CHECK_FALSE(ratingButton(work, QStringLiteral("kwaliteit"), QStringLiteral("3"))->isChecked());
    CHECK(test::imageEditor(work)->annotationList()->count() == 0);
    CHECK_FALSE(f.window().action(QStringLiteral("actionUndo"))->isEnabled());

    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier); // back
    CHECK(onlyAnswer(f.store(), item, user, QStringLiteral("kwaliteit"))
                  .value.value(QStringLiteral("answer"))
                  .toInt() == 3);
    f.press(Qt::Key_Y, Qt::ControlModifier); // and forward again
    CHECK(onlyAnswer(f.store(), item, user, QStringLiteral("kwaliteit"))
                  .value.value(QStringLiteral("answer"))
                  .toInt() == 4);
    CHECK(ratingButton(work, QStringLiteral("kwaliteit"), QStringLiteral("4"))->isChecked());
    CHECK_FALSE(f.window().action(QStringLiteral("actionRedo"))->isEnabled());
}

TEST_CASE("Ctrl+Return marks done and moves on - Ctrl+Z right after goes back and undoes it",
          "[gui]")
{
    GuiFixture f;
    startWithDemoByKeyboard(f);
    WorkPage *work = f.window().workPage();
    const QString user = f.window().profile()->id;
    const QString first = work->currentItemId();

    f.press(Qt::Key_Return, Qt::ControlModifier);
    auto s = f.store().submission(first, user);
    REQUIRE(s);
    CHECK(s->status == SubmissionStatus::Done);
    CHECK(work->currentRow() == 1);
    CHECK(work->queue()->status(first) == SubmissionStatus::Done);
    CHECK(work->queue()->item(0)->text().contains(QStringLiteral("Klaar")));
    CHECK(f.window().statusBar()->currentMessage().contains(QStringLiteral("2")));

    // The next item has no history yet: Undo returns to the item just finished.
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(work->currentItemId() == first);
    CHECK(f.store().submission(first, user)->status == SubmissionStatus::Todo);
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(f.store().submission(first, user)->status == SubmissionStatus::Done);
    CHECK(work->currentItemId() == first);

    // The keypad's Enter works as well.
    f.press(Qt::Key_Right, Qt::AltModifier);
    const QString second = work->currentItemId();
    f.press(Qt::Key_Enter, Qt::ControlModifier | Qt::KeypadModifier);
    CHECK(f.store().submission(second, user)->status == SubmissionStatus::Done);
}

TEST_CASE("Ctrl+F flags with a chosen or typed reason - Ctrl+K skips - Esc changes nothing",
          "[gui]")
{
    GuiFixture f;
    startWithDemoByKeyboard(f);
    WorkPage *work = f.window().workPage();
    const QString user = f.window().profile()->id;
    const QString first = work->currentItemId();

    f.press(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(GuiFixture::waitFor(
            [&] { return f.window().flagDialog() && f.window().flagDialog()->isVisible(); }));
    REQUIRE(QTest::qWaitForWindowActive(f.window().flagDialog()));
    f.press(Qt::Key_Down); // the second reason
    f.press(Qt::Key_Return);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().flagDialog(); }));
    auto s = f.store().submission(first, user);
    REQUIRE(s);
    CHECK(s->status == SubmissionStatus::Flagged);
    CHECK(s->reason == QStringLiteral("Geen dijk"));
    CHECK(work->currentRow() == 1);

    // Esc: nothing flagged.
    const QString second = work->currentItemId();
    f.press(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(GuiFixture::waitFor(
            [&] { return f.window().flagDialog() && f.window().flagDialog()->isVisible(); }));
    REQUIRE(QTest::qWaitForWindowActive(f.window().flagDialog()));
    f.press(Qt::Key_Escape);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().flagDialog(); }));
    CHECK_FALSE(f.store().submission(second, user));
    CHECK(work->currentItemId() == second);

    // A reason of one's own: typing selects "other".
    f.press(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(GuiFixture::waitFor(
            [&] { return f.window().flagDialog() && f.window().flagDialog()->isVisible(); }));
    REQUIRE(QTest::qWaitForWindowActive(f.window().flagDialog()));
    auto *text = f.window().flagDialog()->findChild<QLineEdit *>(QStringLiteral("flagReasonText"));
    REQUIRE(text);
    QTest::mouseClick(text, Qt::LeftButton);
    f.type(QStringLiteral("schaap op de scheur"));
    f.press(Qt::Key_Return);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().flagDialog(); }));
    CHECK(f.store().submission(second, user)->status == SubmissionStatus::Flagged);
    CHECK(f.store().submission(second, user)->reason == QStringLiteral("schaap op de scheur"));
    CHECK(f.window().statusBar()->currentMessage().contains(QStringLiteral("laatste")));

    // Skipping, in a task with more items: on to the next one.
    test::openDemoTask(f, QStringLiteral("thumbnails"));
    REQUIRE(work->currentRow() == 0);
    const QString thumbnail = work->currentItemId();
    f.press(Qt::Key_K, Qt::ControlModifier);
    CHECK(f.store().submission(thumbnail, user)->status == SubmissionStatus::Skipped);
    CHECK(work->currentRow() == 1);
    // The dike cracks keep their statuses.
    CHECK(f.store().submission(first, user)->status == SubmissionStatus::Flagged);

    // A task that names no reasons of its own gets the general set, about the item: the dike
    // job's "Geen dijk" is not offered for thumbnails.
    const QString third = work->currentItemId();
    f.press(Qt::Key_F, Qt::ControlModifier);
    REQUIRE(GuiFixture::waitFor(
            [&] { return f.window().flagDialog() && f.window().flagDialog()->isVisible(); }));
    REQUIRE(QTest::qWaitForWindowActive(f.window().flagDialog()));
    QStringList offered;
    for (auto *radio : f.window().flagDialog()->findChildren<QRadioButton *>())
        if (radio->objectName() != QStringLiteral("flagReasonOther"))
            offered << radio->text();
    CHECK(offered == FlagDialog::generalReasons());
    CHECK_FALSE(offered.contains(QStringLiteral("Geen dijk")));
    f.press(Qt::Key_Down);
    f.press(Qt::Key_Return);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().flagDialog(); }));
    CHECK(f.store().submission(third, user)->reason == FlagDialog::generalReasons().at(1));
    CHECK(FlagDialog::generalReasons().at(1).startsWith(QStringLiteral("Dit item")));
}

TEST_CASE("a restart keeps profile - task - item - answers and statuses", "[gui]")
{
    GuiFixture f;
    startWithDemoByKeyboard(f);
    test::openDemoTask(f, QStringLiteral("thumbnails"));
    WorkPage *work = f.window().workPage();
    const QString user = f.window().profile()->id;
    const QString task = work->task()->id;
    const QString first = work->currentItemId();
    // Rating and genre are required: done is refused until both are answered.
    QTest::mouseClick(ratingButton(work, QStringLiteral("kwaliteit"), QStringLiteral("2")),
                      Qt::LeftButton);
    f.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(f.store().submission(first, user));
    CHECK(work->currentItemId() == first);
    CHECK(work->notice().contains(QStringLiteral("genre")));
    QTest::keyClick(work->form()->editor(QStringLiteral("genre")), Qt::Key_2); // Sport
    f.press(Qt::Key_Return, Qt::ControlModifier);
    const QString second = work->currentItemId();
    REQUIRE(second != first);
    f.press(Qt::Key_K, Qt::ControlModifier);
    const QString third = work->currentItemId();
    // A text answer typed but not confirmed is kept too.
    auto *remark = qobject_cast<QLineEdit *>(work->form()->editor(QStringLiteral("opmerking")));
    REQUIRE(remark);
    QTest::mouseClick(remark, Qt::LeftButton);
    f.type(QStringLiteral("tekst te klein"));

    QString problem;
    INFO(problem.toStdString());
    REQUIRE(f.restart(&problem));
    REQUIRE(f.window().page() == MainWindow::Page::Work);
    REQUIRE(f.window().profile());
    CHECK(f.window().profile()->id == user);
    work = f.window().workPage();
    REQUIRE(work->task());
    CHECK(work->task()->id == task);
    CHECK(work->currentItemId() == third);
    CHECK(f.store().submission(first, user)->status == SubmissionStatus::Done);
    CHECK(f.store().submission(second, user)->status == SubmissionStatus::Skipped);
    CHECK(work->queue()->status(first) == SubmissionStatus::Done);
    CHECK(work->queue()->status(second) == SubmissionStatus::Skipped);
    CHECK(onlyAnswer(f.store(), first, user, QStringLiteral("kwaliteit"))
                  .value.value(QStringLiteral("answer"))
                  .toInt() == 2);
    CHECK(onlyAnswer(f.store(), first, user, QStringLiteral("genre"))
                  .value.value(QStringLiteral("answer"))
                  .toString() == QStringLiteral("Sport"));
    CHECK(onlyAnswer(f.store(), third, user, QStringLiteral("opmerking"))
                  .value.value(QStringLiteral("answer"))
                  .toString() == QStringLiteral("tekst te klein"));
    CHECK(qobject_cast<QLineEdit *>(work->form()->editor(QStringLiteral("opmerking")))->text() ==
          QStringLiteral("tekst te klein"));
}

TEST_CASE("the settings dialog switches to English and high contrast at once and keeps it", "[gui]")
{
    GuiFixture f;
    startWithDemoByKeyboard(f);
    test::openDemoTask(f, QStringLiteral("thumbnails")); // a task with questions
    QAction *done = f.window().action(QStringLiteral("actionDone"));
    REQUIRE(done);
    CHECK(done->text() == QStringLiteral("&Klaar"));
    const QColor normalWindow = QApplication::palette().color(QPalette::Window);

    f.press(Qt::Key_Comma, Qt::ControlModifier);
    REQUIRE(GuiFixture::waitFor([&] {
        return f.window().settingsDialog() && f.window().settingsDialog()->isVisible();
    }));
    REQUIRE(QTest::qWaitForWindowActive(f.window().settingsDialog()));
    REQUIRE(f.focusWidget() == f.window().settingsDialog()->languageBox());
    f.press(Qt::Key_Down);                // Nederlands → English
    QCoreApplication::sendPostedEvents(); // the language change reaches the windows as posted
                                          // events
    CHECK(done->text() == QStringLiteral("&Done"));
    CHECK(done->toolTip().contains(QStringLiteral("Ctrl+Return")));
    CHECK(f.window().settingsDialog()->windowTitle() == QStringLiteral("Settings"));
    CHECK(f.window().workPage()->queue()->item(0)->text().contains(QStringLiteral("To do")));

    f.press(Qt::Key_Tab); // to the theme
    REQUIRE(f.focusWidget() == f.window().settingsDialog()->themeBox());
    f.press(Qt::Key_Down); // high contrast
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(Qt::black));
    CHECK(QApplication::palette().color(QPalette::WindowText) == QColor(Qt::white));
    CHECK(QApplication::palette().color(QPalette::Window) != normalWindow);
    CHECK(f.window().action(QStringLiteral("actionHighContrast"))->isChecked());

    f.press(Qt::Key_Tab); // the text size
    f.press(Qt::Key_Up);
    CHECK(QApplication::font().pointSize() == Theme::kDefaultPointSize + 1);
    // …and it reaches the widgets that are already on screen.
    CHECK(f.window().workPage()->queue()->font().pointSize() == Theme::kDefaultPointSize + 1);
    CHECK(f.window().workPage()->form()->editor(QStringLiteral("kwaliteit"))->font().pointSize() ==
          Theme::kDefaultPointSize + 1);

    f.press(Qt::Key_Return); // Close
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().settingsDialog(); }));

    const QString user = f.window().profile()->id;
    CHECK(f.store().setting(user, QStringLiteral("ui/language")) == QStringLiteral("en"));
    CHECK(f.store().setting(user, QStringLiteral("ui/theme")) == QStringLiteral("high-contrast"));

    // Kept over a restart.
    REQUIRE(f.restart());
    CHECK(f.window().action(QStringLiteral("actionDone"))->text() == QStringLiteral("&Done"));
    CHECK(QApplication::palette().color(QPalette::Window) == QColor(Qt::black));

    // Back to Dutch and the normal theme from the View menu's shortcut and the dialog.
    f.press(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(QApplication::palette().color(QPalette::Window) == normalWindow);
}

TEST_CASE("the shortcut sheet lists the shortcut of every action (?)", "[gui]")
{
    GuiFixture f;
    startWithDemoByKeyboard(f);
    for (int key : {int(Qt::Key_Question)}) { // F1 is the manual (test_manual.cpp)
        f.press(key);
        REQUIRE(GuiFixture::waitFor([&] {
            return f.window().shortcutSheet() && f.window().shortcutSheet()->isVisible();
        }));
        const QStringList lines = f.window().shortcutSheet()->lines();
        const QString all = lines.join(QLatin1Char('\n'));
        int withKeys = 0;
        const auto actions =
                f.window().findChildren<QAction *>(QString(), Qt::FindDirectChildrenOnly);
        for (const QAction *a : actions) {
            if (a->shortcuts().isEmpty() || a->objectName().isEmpty())
                continue;
            ++withKeys;
            QString text = a->text();
            text.remove(QLatin1Char('&'));
            if (text.endsWith(QStringLiteral("…")))
                text.chop(1);
            INFO(a->objectName().toStdString());
            CHECK(lines.contains(ShortcutSheet::shortcutText(a) + QStringLiteral(" \u2014 ") +
                                 text));
            // Every action says its shortcut in its tooltip.
            CHECK(a->toolTip().contains(a->shortcuts().first().toString(QKeySequence::NativeText)));
        }
        CHECK(withKeys >= 14);
        CHECK(all.contains(QStringLiteral("Ctrl+Z")));
        CHECK(all.contains(QStringLiteral("Alt+Pijl-rechts")));
        f.window().shortcutSheet()->close();
        REQUIRE(GuiFixture::waitFor([&] { return !f.window().shortcutSheet(); }));
    }
}

TEST_CASE("with several profiles a chooser comes first - worked by keyboard", "[gui]")
{
    GuiFixture f;
    startWithDemoByKeyboard(f, QStringLiteral("Anna"));
    REQUIRE(f.store().addProfile(QStringLiteral("Bo"), Role::Reviewer).ok());
    REQUIRE(f.restart());
    REQUIRE(f.window().page() == MainWindow::Page::Profiles);
    QListWidget *list = f.window().profilePage()->list();
    REQUIRE(f.focusWidget() == list);
    CHECK(list->currentItem()->text().startsWith(QStringLiteral("Anna"))); // the last one used
    f.press(Qt::Key_Down);
    f.press(Qt::Key_Return);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
    REQUIRE(f.window().profile());
    CHECK(f.window().profile()->name == QStringLiteral("Bo"));
    // Bo's queue is Bo's own: nothing of Anna's statuses.
    CHECK(f.window().workPage()->task());

    // Switching back with Ctrl+Shift+P.
    f.press(Qt::Key_P, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE(f.window().page() == MainWindow::Page::Profiles);
    f.press(Qt::Key_Up);
    f.press(Qt::Key_Return);
    CHECK(f.window().profile()->name == QStringLiteral("Anna"));
}

TEST_CASE("a store that cannot be read says so calmly - not as an empty queue - and nothing is lost", "[gui][badinput]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    WorkPage *work = f.window().workPage();
    REQUIRE(work->task());
    const QString taskId = work->task()->id;
    const int items = work->queue()->count();
    REQUIRE(items > 0);
    CHECK(work->notice().isEmpty());

    // Something outside the program breaks the items table (here: it is renamed away).
    f.closeWindow();
    test::execSql(f.storePath(), QStringLiteral("ALTER TABLE items RENAME TO items_away;"));
    REQUIRE(f.start());
    work = f.window().workPage();
    REQUIRE(f.window().page() == MainWindow::Page::Work);
    REQUIRE(work->task());
    CHECK(work->task()->id == taskId);
    // Not the "no tasks yet" page and not a silent empty queue: a calm notice in Dutch that
    // names the problem.
    CHECK(work->queue()->count() == 0);
    CHECK(work->notice().contains(QStringLiteral("kon niet worden gelezen")));
    CHECK(work->notice().contains(QStringLiteral("items")));

    // Put right, everything is there again and the notice is gone.
    f.closeWindow();
    test::execSql(f.storePath(), QStringLiteral("ALTER TABLE items_away RENAME TO items;"));
    REQUIRE(f.start());
    work = f.window().workPage();
    REQUIRE(work->task());
    CHECK(work->queue()->count() == items);
    CHECK(work->notice().isEmpty());
}

TEST_CASE("Alt+K reaches the task list and the arrow keys choose a task", "[gui][keyboard]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    WorkPage *work = f.window().workPage();
    REQUIRE(work->taskList()->count() == DemoTask::jobs().size());
    // The task list's mnemonic is its own: Alt+T opens the Team menu, Alt+K the task list
    // (in Dutch "Ta&ken", in English "Tas&ks").
    f.press(Qt::Key_K, Qt::AltModifier);
    CHECK(f.focusWidget() == work->taskList());
    const QString first = work->task()->id;
    f.press(Qt::Key_Down);
    REQUIRE(work->task());
    CHECK(work->task()->id != first);
    CHECK(work->task()->id == f.store().tasks().at(1).id);
}
