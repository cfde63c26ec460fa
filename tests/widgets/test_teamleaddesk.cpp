// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's desk (issue 14, points 4 and 5; decision 0026) in the real main window, by
// keyboard only: the assignment view (Team → Assignments, Ctrl+Shift+T) plans moving an absent
// person's unfinished items, shows each person's items before and after, writes them with
// Enter in one step that Ctrl+Z takes back; the task list (Team → Task list, F9) shows each
// task's progress as the store holds it, follows work marked in the work page, and Enter
// opens the chosen task. The Team menu's keys clash with no other key of the window.

#include "guifixture.h"
#include "guisteps.h"

#include "store/taskbuilder.h"
#include "teamlead/assignmentview.h"
#include "teamlead/tasklistview.h"
#include "workpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

/// A task of \a count photos made from a folder, as `task create` makes it.
Task makeTask(Store &store, const Profile &lead, const QTemporaryDir &dir, const QString &name,
              int count, const QString &client = {})
{
    const QString media = dir.filePath(name);
    REQUIRE(QDir().mkpath(media));
    for (int i = 0; i < count; ++i) {
        QImage image(320, 240, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 40, 120, 200));
        REQUIRE(image.save(QStringLiteral("%1/foto-%2.png").arg(media).arg(i)));
    }
    QFile file(dir.filePath(name + QStringLiteral(".json")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
            R"({"format": 1, "labels": [{"name": "Lamp", "colour": "#1f77b4", "hotkey": "1", "kinds": ["box"]}],
                   "review": {"firstItems": 1}})");
    file.close();
    auto draft = draftTaskFromFolder(name, file.fileName(), media);
    REQUIRE(draft.ok());
    draft->task.client = client;
    auto created = store.createTask(draft->task, draft->items, lead.id);
    REQUIRE(created.ok());
    return *created;
}

QTreeWidgetItem *rowOf(QTreeWidget *table, int column, const QString &text)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        if (table->topLevelItem(i)->text(column) == text)
            return table->topLevelItem(i);
    return nullptr;
}

/// Moves the list's current row to \a text with Home and Down, as a person does.
void goToRow(GuiFixture &f, QListWidget *list, const QString &text)
{
    REQUIRE(f.focusWidget() == list);
    f.press(Qt::Key_Home);
    for (int i = 0; i < list->count() && list->currentItem()->text() != text; ++i)
        f.press(Qt::Key_Down);
    REQUIRE(list->currentItem()->text() == text);
}

int itemsOf(Store &store, const QString &taskId, const Profile &who)
{
    int n = 0;
    for (const QStringList &people : store.assignments(taskId))
        n += people.contains(who.id) ? 1 : 0;
    return n;
}

template<typename Window>
Window *waitForWindow(const std::function<Window *()> &get)
{
    Window *w = nullptr;
    GuiFixture::waitFor([&] { return (w = get()) && w->isVisible(); });
    REQUIRE(w);
    QApplication::setActiveWindow(w); // offscreen, no window manager hands it the keyboard
    REQUIRE(QTest::qWaitForWindowActive(w));
    return w;
}

} // namespace

TEST_CASE("team lead desk: moving an absent person's unfinished items by keyboard shows the counts "
          "before and after - writes them in one step - Ctrl+Z takes it back",
          "[gui][teamlead]")
{
    GuiFixture f;
    REQUIRE(f.start());
    test::firstStartAsTeamLead(f, QStringLiteral("Lotte"));
    Store &store = f.store();
    const Profile lotte = *f.window().profile();
    const Profile anna = *store.addProfile(QStringLiteral("Anna"), Role::Annotator);
    const Profile bram = *store.addProfile(QStringLiteral("Bram"), Role::Annotator);
    const Profile cem = *store.addProfile(QStringLiteral("Cem"), Role::Annotator);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const Task task = makeTask(store, lotte, dir, QStringLiteral("Lampen"), 6);
    const QList<Item> items = store.items(task.id);
    // In turn: Anna has items 1, 3 and 5, Bram 2, 4 and 6. Anna finished her first.
    REQUIRE(*store.assignRoundRobin(task.id, {anna.id, bram.id}, 1, lotte.id) == 6);
    REQUIRE(store.setSubmission({task.id, items[0].id, anna.id, SubmissionStatus::Done, {}, 0},
                                anna.id)
                    .ok());
    f.window().workPage()->reloadTasks(task.id);
    REQUIRE(f.window().workPage()->task()->id == task.id);

    REQUIRE(f.activate());
    QAction *assignAction = f.window().action(QStringLiteral("actionAssignAnnotators"));
    REQUIRE(assignAction->isEnabled());
    CHECK(assignAction->toolTip().contains(QStringLiteral("Ctrl+Shift+T")));
    f.press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    AssignmentView *view =
            waitForWindow<AssignmentView>([&] { return f.window().assignmentView(); });
    REQUIRE(f.focusWidget() == view->peopleList());
    REQUIRE(view->peopleList()->count() == 3); // the annotators, not the team lead
    CHECK_FALSE(view->applyButton()->isEnabled());

    // Bram and Cem take over: ticked with Space.
    goToRow(f, view->peopleList(), QStringLiteral("Bram"));
    f.press(Qt::Key_Space);
    goToRow(f, view->peopleList(), QStringLiteral("Cem"));
    f.press(Qt::Key_Space);
    CHECK(view->ticked() == QStringList{bram.id, cem.id});
    // Wie is er afwezig (Alt+W): Anna.
    f.press(Qt::Key_W, Qt::AltModifier);
    REQUIRE(f.focusWidget() == view->absentBox());
    f.press(Qt::Key_Home);
    REQUIRE(view->absentBox()->currentText() == QStringLiteral("Anna"));
    // Verplaatsen plannen (Alt+V): nothing written yet.
    f.press(Qt::Key_V, Qt::AltModifier);
    REQUIRE(GuiFixture::waitFor(
            [&] { return view->plan().has_value(); })); // a button's key clicks it shortly after
    CHECK(view->mode() == AssignmentView::Mode::Away);
    CHECK(view->plan()->withdrawn() == 2); // items 3 and 5; item 1 is done and stays hers
    CHECK(itemsOf(store, task.id, anna) == 3);

    // The counts, before and after.
    QTreeWidget *counts = view->countsTable();
    const auto row = [&](const char *name) {
        QTreeWidgetItem *r = rowOf(counts, AssignmentView::PersonColumn, QString::fromLatin1(name));
        REQUIRE(r);
        return QStringList{r->text(AssignmentView::NowColumn), r->text(AssignmentView::AfterColumn),
                           r->text(AssignmentView::ChangeColumn)};
    };
    CHECK(row("Anna") ==
          QStringList{QStringLiteral("3"), QStringLiteral("1"), QStringLiteral("\u22122")});
    CHECK(row("Bram") ==
          QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("+1")});
    CHECK(row("Cem") ==
          QStringList{QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("+1")});
    CHECK(view->summary()->text().contains(QStringLiteral("2")));
    CHECK(view->applyButton()->isEnabled());

    // Enter applies: one step.
    const qint64 opsBefore = store.opCount();
    f.press(Qt::Key_Return);
    CHECK(store.opCount() == opsBefore + 4);
    CHECK(itemsOf(store, task.id, anna) == 1);
    CHECK(itemsOf(store, task.id, bram) == 4);
    CHECK(itemsOf(store, task.id, cem) == 1);
    const QHash<QString, QStringList> applied = store.assignments(task.id);
    CHECK(applied.value(items[0].id) == QStringList{anna.id});
    CHECK(applied.value(items[2].id) == QStringList{bram.id});
    CHECK(applied.value(items[4].id) == QStringList{cem.id});
    CHECK_FALSE(view->plan());
    CHECK(row("Anna") == QStringList{QStringLiteral("1"), QString(), QString()});
    CHECK(row("Cem") == QStringList{QStringLiteral("1"), QString(), QString()});
    CHECK(view->summary()->text().contains(QStringLiteral("4 toewijzingen")));

    // Ctrl+Z takes the step back, Ctrl+Shift+Z does it again.
    REQUIRE(view->undoButton()->isEnabled());
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(itemsOf(store, task.id, anna) == 3);
    CHECK(itemsOf(store, task.id, cem) == 0);
    CHECK(row("Anna") == QStringList{QStringLiteral("3"), QString(), QString()});
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(store.assignments(task.id) == applied);
    CHECK(row("Bram") == QStringList{QStringLiteral("4"), QString(), QString()});

    // Hand out in turn with two per item (Mensen per item: Alt+I, Up; Om de beurt plannen:
    // Alt+B): Anna is not ticked, so the others top each item up to two, and no item gets a
    // third.
    f.press(Qt::Key_I, Qt::AltModifier);
    f.press(Qt::Key_Up);
    CHECK(view->perItemBox()->value() == 2);
    f.press(Qt::Key_B, Qt::AltModifier);
    REQUIRE(GuiFixture::waitFor([&] { return view->plan().has_value(); }));
    CHECK(view->plan()->added() == 6);
    f.press(Qt::Key_Return);
    for (const QStringList &people : store.assignments(task.id))
        CHECK(people.size() == 2);

    // Esc closes the view; the undo steps stay with the desk while the program runs.
    f.press(Qt::Key_Escape);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().assignmentView(); }));
    REQUIRE(f.activate());
    f.press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    view = waitForWindow<AssignmentView>([&] { return f.window().assignmentView(); });
    CHECK(view->undoButton()->isEnabled());

    // Another person takes over the PC: the view closes, and the lead's undo steps go too.
    REQUIRE(f.window().chooseProfile(anna.id));
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().assignmentView(); }));
    REQUIRE(f.window().chooseProfile(lotte.id));
    f.window().workPage()->reloadTasks(task.id);
    REQUIRE(f.activate());
    f.press(Qt::Key_T, Qt::ControlModifier | Qt::ShiftModifier);
    view = waitForWindow<AssignmentView>([&] { return f.window().assignmentView(); });
    CHECK_FALSE(view->undoButton()->isEnabled());
    CHECK(view->task().id == task.id);
}

TEST_CASE("team lead desk: the task list shows each task's progress - follows work marked in the "
          "work page - Enter opens the chosen task",
          "[gui][teamlead]")
{
    GuiFixture f;
    REQUIRE(f.start());
    test::firstStartAsTeamLead(f, QStringLiteral("Lotte"));
    Store &store = f.store();
    const Profile lotte = *f.window().profile();
    const Profile anna = *store.addProfile(QStringLiteral("Anna"), Role::Annotator);
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // "Lampen": Anna's, one done (her first: in review), one flagged. "Palen": nobody's yet.
    const Task lampen = makeTask(store, lotte, dir, QStringLiteral("Lampen"), 4,
                                 QStringLiteral("Gemeente Utrecht"));
    const Task palen = makeTask(store, lotte, dir, QStringLiteral("Palen"), 3);
    const QList<Item> lamps = store.items(lampen.id);
    REQUIRE(store.assignRoundRobin(lampen.id, {anna.id}, 1, lotte.id).ok());
    REQUIRE(store.setSubmission({lampen.id, lamps[0].id, anna.id, SubmissionStatus::Done, {}, 0},
                                anna.id)
                    .ok());
    REQUIRE(store.setSubmission({lampen.id, lamps[1].id, anna.id, SubmissionStatus::Flagged,
                                 QStringLiteral("onscherp"), 0},
                                anna.id)
                    .ok());
    f.window().workPage()->reloadTasks(palen.id);
    REQUIRE(f.window().workPage()->task()->id == palen.id);

    REQUIRE(f.activate());
    QAction *listAction = f.window().action(QStringLiteral("actionTaskList"));
    REQUIRE(listAction->isVisible());
    CHECK(listAction->toolTip().contains(QStringLiteral("F9")));
    f.press(Qt::Key_F9);
    TaskListView *list = waitForWindow<TaskListView>([&] { return f.window().taskListView(); });
    QTreeWidget *table = list->table();
    REQUIRE(f.focusWidget() == table);
    QTreeWidgetItem *lampenRow = rowOf(table, TaskListView::NameColumn, QStringLiteral("Lampen"));
    QTreeWidgetItem *palenRow = rowOf(table, TaskListView::NameColumn, QStringLiteral("Palen"));
    REQUIRE(lampenRow);
    REQUIRE(palenRow);
    CHECK(table->currentItem() == palenRow); // the open task is chosen
    CHECK(lampenRow->data(TaskListView::ProgressColumn, Qt::AccessibleTextRole).toString() ==
          QStringLiteral("0 klaar, 1 gemarkeerd, 1 in review, 2 te doen, van 4"));
    CHECK(lampenRow->text(TaskListView::FlagsColumn) == QStringLiteral("1"));
    CHECK(lampenRow->text(TaskListView::ClientColumn) == QStringLiteral("Gemeente Utrecht"));
    CHECK(table->headerItem()->text(TaskListView::ClientColumn) == QStringLiteral("Klant"));
    CHECK(lampenRow->data(TaskListView::NameColumn, Qt::AccessibleTextRole)
                  .toString()
                  .startsWith(QStringLiteral("Lampen (voor Gemeente Utrecht): ")));
    CHECK(palenRow->text(TaskListView::ClientColumn).isEmpty());
    test::screenshots(f, QStringLiteral("task-list-client"), list);
    CHECK(lampenRow->text(TaskListView::VersionColumn) == QStringLiteral("1"));
    CHECK(lampenRow->text(TaskListView::PublishedColumn) == QStringLiteral("nog niet"));
    CHECK(palenRow->text(TaskListView::ProgressColumn) == QStringLiteral("0 van 3 klaar"));

    // The team lead marks work in the work page (Ctrl+Enter): the list, open beside it, follows.
    REQUIRE(f.activate());
    REQUIRE(f.window().action(QStringLiteral("actionDone"))->isEnabled());
    f.press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(store.submission(store.items(palen.id).first().id, lotte.id)->status ==
            SubmissionStatus::Done);
    palenRow = rowOf(table, TaskListView::NameColumn, QStringLiteral("Palen"));
    REQUIRE(palenRow);
    // Her first item in a task whose policy reviews each person's first: in review.
    CHECK(palenRow->data(TaskListView::ProgressColumn, Qt::AccessibleTextRole).toString() ==
          QStringLiteral("0 klaar, 0 gemarkeerd, 1 in review, 2 te doen, van 3"));
    f.press(Qt::Key_Return, Qt::ControlModifier);
    palenRow = rowOf(table, TaskListView::NameColumn, QStringLiteral("Palen"));
    CHECK(palenRow->text(TaskListView::ProgressColumn) == QStringLiteral("1 van 3 klaar"));

    // F9 again brings the list back; Up and Enter open "Lampen" in the work page.
    f.press(Qt::Key_F9);
    list = waitForWindow<TaskListView>([&] { return f.window().taskListView(); });
    REQUIRE(f.focusWidget() == list->table());
    REQUIRE(list->currentTask() == palen.id);
    f.press(Qt::Key_Home);
    for (int i = 0; i < list->table()->topLevelItemCount() && list->currentTask() != lampen.id; ++i)
        f.press(Qt::Key_Down);
    REQUIRE(list->currentTask() == lampen.id);
    f.press(Qt::Key_Return);
    REQUIRE(GuiFixture::waitFor([&] { return f.window().workPage()->task()->id == lampen.id; }));
    CHECK(f.window().workPage()->itemCount() == 4);
    // Esc closes the list.
    REQUIRE(list->isVisible());
    QApplication::setActiveWindow(list);
    REQUIRE(QTest::qWaitForWindowActive(list));
    f.press(Qt::Key_Escape);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().taskListView(); }));
}

TEST_CASE("team lead desk: the Team menu's keys clash with no other key of the window",
          "[gui][teamlead]")
{
    GuiFixture f;
    REQUIRE(f.start());
    test::firstStartAsTeamLead(f, QStringLiteral("Lotte"));
    test::openDemoTask(f, QStringLiteral("thumbnails"));
    QHash<QString, QString> owner; // key → action
    QStringList clashes;
    for (QAction *a : f.window().actions()) {
        if (!a->isVisible() || !a->isEnabled())
            continue;
        for (const QKeySequence &key : a->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            if (owner.contains(text) && owner.value(text) != a->objectName())
                clashes << QStringLiteral("%1: %2 and %3")
                                   .arg(text, owner.value(text), a->objectName());
            owner.insert(text, a->objectName());
        }
    }
    INFO(clashes.join(QStringLiteral("; ")).toStdString());
    CHECK(clashes.isEmpty());
    CHECK(owner.value(QStringLiteral("Ctrl+Shift+T")) == QStringLiteral("actionAssignAnnotators"));
    CHECK(owner.value(QStringLiteral("F9")) == QStringLiteral("actionTaskList"));
}
