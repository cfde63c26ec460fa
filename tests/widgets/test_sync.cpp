// SPDX-License-Identifier: GPL-3.0-or-later
// Syncing through the shared folder as people do it: the folder typed into the settings, F5,
// the team lead's Team menu, and a second PC (a second main window on its own store) on the
// same temporary folder. The worker thread is waited for through the window's own state.

#include "guifixture.h"
#include "guisteps.h"

#include "teamlead/assignmentview.h"
#include "deliverydialog.h"
#include "demotask.h"
#include "profilepage.h"
#include "questionform.h"
#include "settingsdialog.h"
#include "synccontroller.h"
#include "welcomepage.h"
#include "workpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressDialog>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

constexpr int kSyncTimeoutMs = 30000;

/// First start through the welcome page, by keyboard: name, role (Down steps), Enter.
void startAs(GuiFixture &f, const QString &name, int roleSteps)
{
    QString problem;
    INFO(problem.toStdString());
    REQUIRE(f.start(&problem));
    REQUIRE(f.window().page() == MainWindow::Page::Welcome);
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(name);
    f.press(Qt::Key_Tab);
    for (int i = 0; i < roleSteps; ++i)
        f.press(Qt::Key_Down);
    f.press(Qt::Key_Return);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
}

QLabel *label(MainWindow &w, const char *name)
{
    auto *l = w.findChild<QLabel *>(QLatin1String(name));
    REQUIRE(l);
    return l;
}

/// Counts the jobs the window's sync controller finishes from now on.
class SyncWatch
{
public:
    explicit SyncWatch(MainWindow &window)
    {
        QObject::connect(window.syncController(), &SyncController::finished,
                         window.syncController(),
                         [this](const SyncController::Outcome &o) { m_outcomes << o; });
    }
    /// Waits until \a count jobs have finished since the watch began.
    bool waitFor(int count) const
    {
        return GuiFixture::waitFor([&] { return m_outcomes.size() >= count; }, kSyncTimeoutMs);
    }
    const SyncController::Outcome &last() const { return m_outcomes.last(); }
    int count() const { return int(m_outcomes.size()); }

private:
    QList<SyncController::Outcome> m_outcomes;
};

/// The sync that runs when the window opens is over.
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

QStringList zipsIn(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("*.zip")}, QDir::Files);
}

SettingsDialog *openSettings(GuiFixture &f)
{
    f.press(Qt::Key_Comma, Qt::ControlModifier);
    REQUIRE(GuiFixture::waitFor([&] {
        return f.window().settingsDialog() && f.window().settingsDialog()->isVisible();
    }));
    REQUIRE(QTest::qWaitForWindowActive(f.window().settingsDialog()));
    return f.window().settingsDialog();
}

} // namespace

TEST_CASE("sync: the shared folder is typed into the settings - kept for the PC - F5 sends the "
          "work",
          "[gui][sync]")
{
    QTemporaryDir share;
    REQUIRE(share.isValid());
    GuiFixture f;
    startAs(f, QStringLiteral("Anna"), 0);
    CHECK(label(f.window(), "syncLabel")->text() ==
          QStringLiteral("Synchroniseren: niet ingesteld"));
    CHECK_FALSE(label(f.window(), "pendingLabel")->isVisible());

    SettingsDialog *dialog = openSettings(f);
    REQUIRE(f.focusWidget() == dialog->languageBox());
    f.press(Qt::Key_Tab); // theme
    f.press(Qt::Key_Tab); // text size
    f.press(Qt::Key_Tab); // the shared folder
    REQUIRE(f.focusWidget() == dialog->shareFolderEdit());
    CHECK(dialog->shareStatusLabel()->text().contains(QStringLiteral("offline")));
    f.type(share.path());
    f.press(Qt::Key_Tab); // leaving the field counts: on to Browse…
    CHECK(f.settings().value(QStringLiteral("sync/shareFolder")).toString() == share.path());
    CHECK(f.window().syncSettings().shareFolder == share.path());
    REQUIRE(GuiFixture::waitFor([&] { return dialog->shareChecked(); }));
    CHECK(dialog->shareStatusLabel()->text().contains(QStringLiteral("kan worden bereikt")));

    CHECK(f.focusWidget() == dialog->browseButton());
    f.press(Qt::Key_Tab); // None
    f.press(Qt::Key_Tab); // how often
    REQUIRE(f.focusWidget() == dialog->intervalBox());
    CHECK(dialog->intervalBox()->value() == 5);
    f.press(Qt::Key_PageDown);
    CHECK(dialog->intervalBox()->value() == 0);
    CHECK(dialog->intervalBox()->text().contains(QStringLiteral("alleen")));
    CHECK(f.settings().value(QStringLiteral("sync/intervalMinutes")).toInt() == 0);
    f.press(Qt::Key_Escape);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().settingsDialog(); }));

    // A new folder is tried at once.
    REQUIRE(startSyncDone(f.window()));
    CHECK(f.window().syncState() == MainWindow::SyncState::Synced);
    CHECK(label(f.window(), "syncLabel")
                  ->text()
                  .startsWith(QStringLiteral("Laatst gesynchroniseerd")));
    CHECK(QApplication::activeModalWidget() == nullptr);

    // One piece of work: it waits to be sent, and the status bar says so.
    f.activate();
    f.press(Qt::Key_Return, Qt::ControlModifier);
    QLabel *pending = label(f.window(), "pendingLabel");
    REQUIRE(GuiFixture::waitFor([&] { return pending->isVisible(); }));
    CHECK(pending->text().contains(QStringLiteral("nog te versturen")));
    CHECK(f.store().pendingOpCount() > 0);

    SyncWatch watch(f.window());
    f.press(Qt::Key_F5);
    REQUIRE(watch.waitFor(1));
    CHECK(watch.last().report.reachable);
    CHECK(watch.last().report.filesWritten == 1);
    CHECK(f.store().pendingOpCount() == 0);
    CHECK_FALSE(pending->isVisible());
    const QString task = f.window().workPage()->task()->id;
    const QString anna = f.window().profile()->id;
    CHECK(zipsIn(share.filePath(QStringLiteral("results/%1/%2").arg(task, anna))).size() == 1);
    CHECK(f.window()
                  .action(QStringLiteral("actionSyncNow"))
                  ->toolTip()
                  .contains(QStringLiteral("F5")));

    // Kept for the PC over a restart; the team lead's menu is not there for an annotator.
    REQUIRE(f.restart());
    CHECK(f.window().syncSettings().shareFolder == share.path());
    CHECK(f.window().syncSettings().intervalMinutes == 0);
    CHECK_FALSE(f.window().action(QStringLiteral("actionPublishTask"))->isVisible());
    REQUIRE(startSyncDone(f.window()));
    CHECK(f.window().syncState() == MainWindow::SyncState::Synced);
}

TEST_CASE("sync: a team lead assigns and publishes - an annotator's PC gets the task - the lead "
          "sees who delivered what",
          "[gui][sync]")
{
    QTemporaryDir share;
    REQUIRE(share.isValid());

    // --- the team lead's PC ----------------------------------------------------------------
    GuiFixture lead;
    lead.settings().setValue(QStringLiteral("sync/shareFolder"), share.path());
    startAs(lead, QStringLiteral("Bram"), 2); // Down twice: team lead
    REQUIRE(startSyncDone(lead.window()));
    REQUIRE(lead.store().addProfile(QStringLiteral("Anna"), Role::Annotator).ok());
    REQUIRE(lead.store().addProfile(QStringLiteral("Bo"), Role::Annotator).ok());
    const QString anna = lead.store().findProfile(QStringLiteral("Anna"))->id;
    const QString bo = lead.store().findProfile(QStringLiteral("Bo"))->id;
    // The thumbnails: three items, two required questions.
    test::openDemoTask(lead, QStringLiteral("thumbnails"));
    const QString task = lead.window().workPage()->task()->id;
    REQUIRE(lead.window().action(QStringLiteral("actionPublishTask"))->isVisible());
    REQUIRE(lead.window().action(QStringLiteral("actionAssignAnnotators"))->isEnabled());

    lead.window().action(QStringLiteral("actionAssignAnnotators"))->trigger();
    REQUIRE(GuiFixture::waitFor([&] {
        return lead.window().assignmentView() && lead.window().assignmentView()->isVisible();
    }));
    AssignmentView *assign = lead.window().assignmentView();
    // The offscreen platform does not always hand a new window the keyboard; a window
    // manager does, so do it here.
    QApplication::setActiveWindow(assign);
    REQUIRE(QTest::qWaitForWindowActive(assign));
    REQUIRE(lead.focusWidget() == assign->peopleList());
    REQUIRE(assign->peopleList()->count() == 2); // the two annotators, not the team lead
    CHECK_FALSE(assign->applyButton()->isEnabled());
    lead.press(Qt::Key_Space); // Anna
    lead.press(Qt::Key_Down);
    lead.press(Qt::Key_Space); // Bo
    CHECK(assign->ticked() == QStringList{anna, bo});
    CHECK(assign->perItemBox()->value() == 1);
    lead.press(Qt::Key_B, Qt::AltModifier); // Om de beurt plannen
    REQUIRE(GuiFixture::waitFor([&] { return assign->plan().has_value(); }));
    CHECK(assign->plan()->added() == 3);
    CHECK(lead.store().assignments(task).isEmpty()); // nothing written before Apply
    lead.press(Qt::Key_Return); // Apply
    const QHash<QString, QStringList> assigned = lead.store().assignments(task);
    REQUIRE(assigned.size() == 3);
    int annasItems = 0;
    for (const QStringList &who : assigned) {
        CHECK(who.size() == 1);
        annasItems += who.contains(anna) ? 1 : 0;
    }
    CHECK(annasItems == 2); // in turn: Anna, Bo, Anna
    CHECK(assign->summary()->text().contains(QStringLiteral("3 toewijzingen")));
    lead.press(Qt::Key_Escape);
    REQUIRE(GuiFixture::waitFor([&] { return !lead.window().assignmentView(); }));
    lead.activate();
    // The team lead still sees every item of the task.
    CHECK(lead.window().workPage()->itemCount() == 3);

    SyncWatch leadWatch(lead.window());
    lead.window().action(QStringLiteral("actionPublishTask"))->trigger();
    REQUIRE(leadWatch.waitFor(1));
    CHECK(leadWatch.last().job == SyncController::Job::Publish);
    CHECK(QFileInfo::exists(share.filePath(QStringLiteral("tasks/%1/task-v1.zip").arg(task))));
    CHECK(lead.window().statusBar()->currentMessage().contains(QStringLiteral("versie 1")));

    // --- an annotator's PC: a second window on its own store --------------------------------
    GuiFixture pc;
    pc.settings().setValue(QStringLiteral("sync/shareFolder"), share.path());
    REQUIRE(pc.start());
    REQUIRE(startSyncDone(pc.window()));
    REQUIRE(pc.window().syncState() == MainWindow::SyncState::Synced);
    REQUIRE(pc.store().task(task));
    // The people came along with the task: Esc goes from the welcome page to them.
    REQUIRE(pc.window().page() == MainWindow::Page::Welcome);
    CHECK_FALSE(pc.window().welcomePage()->isFirstStart());
    pc.press(Qt::Key_Escape);
    REQUIRE(pc.window().page() == MainWindow::Page::Profiles);
    QListWidget *people = pc.window().profilePage()->list();
    pc.press(Qt::Key_Home);
    for (int i = 0;
         i < people->count() && !people->currentItem()->text().startsWith(QStringLiteral("Anna"));
         ++i)
        pc.press(Qt::Key_Down);
    REQUIRE(people->currentItem()->text().startsWith(QStringLiteral("Anna")));
    // The lead's own media files are not on Anna's PC: what she sees comes from her PC's
    // media folder, where the task package put them.
    const QString leadMedia = QFileInfo(lead.store().items(task).first().mediaPath).absolutePath();
    REQUIRE(QDir().rename(leadMedia, leadMedia + QStringLiteral("-elsewhere")));
    pc.press(Qt::Key_Return);
    REQUIRE(pc.window().page() == MainWindow::Page::Work);
    REQUIRE(pc.window().profile()->id == anna);
    WorkPage *work = pc.window().workPage();
    REQUIRE(work->task());
    CHECK(work->task()->id == task); // the one task published, not the demo tasks
    CHECK(pc.store().tasks().size() == 1);
    CHECK(work->itemCount() == 2); // Anna's queue only
    REQUIRE(work->editor());
    CHECK(work->editor()->problem().isEmpty());

    // Anna rates the first item, chooses its genre and marks it done.
    const QString queueFirst = work->currentItemId();
    QTest::keyClick(work->form()->editor(QStringLiteral("kwaliteit")), Qt::Key_4);
    QTest::keyClick(work->form()->editor(QStringLiteral("genre")), Qt::Key_1);
    pc.press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(pc.store().submission(queueFirst, anna));
    CHECK(pc.store().submission(queueFirst, anna)->status == SubmissionStatus::Done);
    REQUIRE(GuiFixture::waitFor([&] { return label(pc.window(), "pendingLabel")->isVisible(); }));
    SyncWatch pcWatch(pc.window());
    pc.press(Qt::Key_F5);
    REQUIRE(pcWatch.waitFor(1));
    CHECK(pcWatch.last().report.filesWritten == 1);
    CHECK_FALSE(label(pc.window(), "pendingLabel")->isVisible());
    CHECK(zipsIn(share.filePath(QStringLiteral("results/%1/%2").arg(task, anna))).size() == 1);

    // --- back at the team lead: F5, then the overview ----------------------------------------
    REQUIRE(lead.activate());
    lead.press(Qt::Key_F5);
    REQUIRE(leadWatch.waitFor(2));
    CHECK(leadWatch.last().report.filesImported == 1);
    int annasAnnotations = 0;
    const QList<Annotation> annotations = lead.store().taskAnnotations(task);
    for (const Annotation &a : annotations)
        annasAnnotations += a.author == anna ? 1 : 0;
    CHECK(annasAnnotations == 2);
    const QList<Submission> submissions = lead.store().submissions(task);
    int annasDone = 0;
    for (const Submission &s : submissions)
        annasDone += s.annotator == anna && s.status == SubmissionStatus::Done ? 1 : 0;
    CHECK(annasDone == 1);

    lead.window().action(QStringLiteral("actionWhoDelivered"))->trigger();
    REQUIRE(GuiFixture::waitFor([&] {
        return lead.window().deliveryDialog() && lead.window().deliveryDialog()->isVisible();
    }));
    DeliveryDialog *delivered = lead.window().deliveryDialog();
    CHECK(delivered->taskId() == task);
    const int row = delivered->rowOf(anna);
    REQUIRE(row >= 0);
    const QTreeWidgetItem *annaRow = delivered->table()->topLevelItem(row);
    CHECK(annaRow->text(DeliveryDialog::PersonColumn).startsWith(QStringLiteral("Anna")));
    CHECK(annaRow->text(DeliveryDialog::AssignedColumn) == QStringLiteral("2"));
    CHECK(annaRow->text(DeliveryDialog::DoneColumn) == QStringLiteral("1"));
    CHECK(annaRow->text(DeliveryDialog::AnnotationsColumn) == QStringLiteral("2"));
    CHECK(annaRow->text(DeliveryDialog::FilesColumn) == QStringLiteral("1"));
    CHECK(annaRow->text(DeliveryDialog::LastReceivedColumn) != QStringLiteral("\u2014"));
    const int boRow = delivered->rowOf(bo);
    REQUIRE(boRow >= 0);
    CHECK(delivered->table()->topLevelItem(boRow)->text(DeliveryDialog::AssignedColumn) ==
          QStringLiteral("1"));
    CHECK(delivered->table()->topLevelItem(boRow)->text(DeliveryDialog::FilesColumn) ==
          QStringLiteral("0"));
    CHECK(delivered->refusedTable()->topLevelItemCount() == 0);
    delivered->close();
}

TEST_CASE("sync: a shared folder that is not there is a calm status - no dialog - nothing changes",
          "[gui][sync]")
{
    QTemporaryDir folder;
    const QString missing = folder.filePath(QStringLiteral("share-not-mounted"));
    GuiFixture f;
    f.settings().setValue(QStringLiteral("sync/shareFolder"), missing);
    startAs(f, QStringLiteral("Bram"), 2); // a team lead, so publishing can be tried too
    REQUIRE(startSyncDone(f.window()));
    QLabel *status = label(f.window(), "syncLabel");
    CHECK(f.window().syncState() == MainWindow::SyncState::Offline);
    CHECK(status->text() == QStringLiteral("Offline \u2014 je werk blijft bewaard op deze pc"));
    CHECK(status->property("role").toString() == QStringLiteral("muted"));
    CHECK(status->toolTip().contains(QDir::toNativeSeparators(missing)));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK_FALSE(QFileInfo::exists(missing));

    f.press(Qt::Key_Return, Qt::ControlModifier); // work goes on offline
    const qint64 ops = f.store().opCount();
    SyncWatch watch(f.window());
    f.press(Qt::Key_F5);
    REQUIRE(watch.waitFor(1));
    CHECK_FALSE(watch.last().report.reachable);
    CHECK(watch.last().error.isEmpty());
    CHECK(f.window().syncState() == MainWindow::SyncState::Offline);
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(f.store().opCount() == ops);
    REQUIRE(GuiFixture::waitFor([&] { return label(f.window(), "pendingLabel")->isVisible(); }));
    CHECK(label(f.window(), "pendingLabel")->text().contains(QStringLiteral("nog te versturen")));

    f.window().action(QStringLiteral("actionPublishTask"))->trigger();
    REQUIRE(watch.waitFor(2));
    CHECK_FALSE(watch.last().published);
    CHECK(f.window().statusBar()->currentMessage().contains(QStringLiteral("niet gepubliceerd")));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(f.store().opCount() == ops);
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK_FALSE(f.window().syncProgressDialog());

    // The settings say the same, calmly.
    SettingsDialog *dialog = openSettings(f);
    REQUIRE(GuiFixture::waitFor([&] { return dialog->shareChecked(); }));
    CHECK(dialog->shareStatusLabel()->text().contains(QStringLiteral("niet worden bereikt")));
    // "None" turns syncing off.
    QTest::mouseClick(dialog->offlineButton(), Qt::LeftButton);
    CHECK(f.settings().value(QStringLiteral("sync/shareFolder")).toString().isEmpty());
    f.press(Qt::Key_Escape);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().settingsDialog(); }));
    CHECK(f.window().syncState() == MainWindow::SyncState::NotSetUp);
    CHECK(status->text() == QStringLiteral("Synchroniseren: niet ingesteld"));
    CHECK_FALSE(label(f.window(), "pendingLabel")->isVisible());
}

TEST_CASE("sync: a long sync shows its progress after two seconds without taking the keyboard - "
          "Hide lets it finish",
          "[gui][sync]")
{
    QTemporaryDir share;
    GuiFixture f;
    f.settings().setValue(QStringLiteral("sync/shareFolder"), share.path());
    startAs(f, QStringLiteral("Anna"), 0);
    REQUIRE(startSyncDone(f.window()));

    // Another connection holds the store's write lock: the worker waits for it (as it would
    // for a slow share), so the sync takes as long as this test wants.
    auto other = Store::open(f.storePath());
    REQUIRE(other);
    auto began = (*other)->begin();
    REQUIRE(began);
    auto lock = std::make_unique<WriteTransaction>(std::move(*began));

    f.activate();
    QWidget *focus = QApplication::focusWidget();
    SyncWatch watch(f.window());
    f.press(Qt::Key_F5);
    CHECK(f.window().syncState() == MainWindow::SyncState::Syncing);
    CHECK(label(f.window(), "syncLabel")->text() == QStringLiteral("Synchroniseren…"));
    QTest::qWait(1000);
    CHECK_FALSE(f.window().syncProgressDialog()); // a short sync never shows it
    REQUIRE(GuiFixture::waitFor(
            [&] {
                return f.window().syncProgressDialog() &&
                       f.window().syncProgressDialog()->isVisible();
            },
            6000));
    QProgressDialog *progress = f.window().syncProgressDialog();
    CHECK_FALSE(progress->isModal());
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(QApplication::focusWidget() == focus);
    CHECK(progress->labelText().contains(QStringLiteral("doorwerken")));

    auto *hide = progress->findChild<QPushButton *>();
    REQUIRE(hide);
    CHECK(hide->text() == QStringLiteral("Verbergen"));
    QTest::mouseClick(hide, Qt::LeftButton);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().syncProgressDialog(); }));
    CHECK(f.window().syncController()->isBusy()); // it goes on in the background
    CHECK(f.window().statusBar()->currentMessage().contains(QStringLiteral("achtergrond")));

    lock.reset(); // rolls back, and lets the worker in
    REQUIRE(watch.waitFor(1));
    CHECK(watch.last().error.isEmpty());
    CHECK(f.window().syncState() == MainWindow::SyncState::Synced);
    CHECK_FALSE(f.window().syncProgressDialog());
}

TEST_CASE("sync: a long timed sync opens no window - only the status bar says it is syncing",
          "[gui][sync][calm]")
{
    QTemporaryDir share;
    GuiFixture f;
    f.settings().setValue(QStringLiteral("sync/shareFolder"), share.path());
    startAs(f, QStringLiteral("Anna"), 0);
    REQUIRE(startSyncDone(f.window()));
    auto other = Store::open(f.storePath());
    REQUIRE(other);
    auto began = (*other)->begin();
    REQUIRE(began);
    auto lock = std::make_unique<WriteTransaction>(std::move(*began));

    f.activate();
    SyncWatch watch(f.window());
    f.window().syncNow(false); // what the interval timer does: nobody asked for it
    CHECK(f.window().syncState() == MainWindow::SyncState::Syncing);
    QTest::qWait(3500); // well past the two seconds after which F5's sync shows its progress
    CHECK_FALSE(f.window().syncProgressDialog());
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(label(f.window(), "syncLabel")->text() == QStringLiteral("Synchroniseren…"));
    lock.reset();
    REQUIRE(watch.waitFor(1));
    CHECK(f.window().syncState() == MainWindow::SyncState::Synced);
    CHECK_FALSE(f.window().syncProgressDialog());
}

TEST_CASE("sync: what a sync brings in shows at once - the open item keeps its undo history",
          "[gui][sync]")
{
    QTemporaryDir share;
    QTemporaryDir leadFolder;
    REQUIRE(share.isValid());
    REQUIRE(leadFolder.isValid());

    // The team lead works through core here: a task for Anna, published.
    auto leadStore = Store::open(leadFolder.filePath(QStringLiteral("lead.sqlite")));
    REQUIRE(leadStore);
    Store &ls = **leadStore;
    auto lead = ls.addProfile(QStringLiteral("Bram"), Role::TeamLead);
    auto anna = ls.addProfile(QStringLiteral("Anna"), Role::Annotator);
    auto bo = ls.addProfile(QStringLiteral("Bo"), Role::Annotator);
    REQUIRE((lead && anna && bo));
    REQUIRE(DemoTask::install(ls, lead->id));
    const auto task = DemoTask::find(ls, QStringLiteral("thumbnails"));
    REQUIRE(task);
    REQUIRE(ls.assignRoundRobin(task->id, {anna->id}, 1, lead->id));
    const QList<Item> items = ls.items(task->id);
    SyncEngine leadSync(ls, share.path(), leadFolder.filePath(QStringLiteral("media")));
    REQUIRE(leadSync.publishTask(task->id, *lead));

    // Anna's PC: the task arrives at start; she answers a question (one undo step).
    GuiFixture pc;
    pc.settings().setValue(QStringLiteral("sync/shareFolder"), share.path());
    REQUIRE(pc.start());
    REQUIRE(startSyncDone(pc.window()));
    REQUIRE(pc.window().chooseProfile(anna->id));
    WorkPage *work = pc.window().workPage();
    REQUIRE(work->itemCount() == 3);
    const QString item = work->currentItemId();
    REQUIRE(item == items.first().id);
    ItemDocument *document = work->document();
    REQUIRE(document);
    QTest::keyClick(work->form()->editor(QStringLiteral("kwaliteit")), Qt::Key_4);
    REQUIRE(work->canUndo());

    // The lead changes the instructions and gives two of Anna's items to Bo: version 2.
    REQUIRE(ls.record({Change{lead->id,
                              QStringLiteral("task"),
                              task->id,
                              {},
                              {{QStringLiteral("instructions"),
                                QStringLiteral("# Nieuw\nKijk goed naar de kleuren.")}}}}));
    for (int i : {1, 2}) {
        REQUIRE(ls.setAssignment(items.at(i).id, anna->id, false, lead->id));
        REQUIRE(ls.setAssignment(items.at(i).id, bo->id, true, lead->id));
    }
    REQUIRE(leadSync.publishTask(task->id, *lead));

    SyncWatch watch(pc.window());
    REQUIRE(pc.activate());
    pc.press(Qt::Key_F5);
    REQUIRE(watch.waitFor(1));
    CHECK(watch.last().report.filesImported == 1);
    CHECK(work->itemCount() == 1); // what is left for Anna
    CHECK(work->instructions()->toPlainText().contains(QStringLiteral("kleuren")));
    // Same item, same document, same history: Ctrl+Z still takes the answer back.
    CHECK(work->currentItemId() == item);
    CHECK(work->document() == document);
    REQUIRE(work->canUndo());
    pc.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(pc.store().annotations(item, anna->id).isEmpty());
}
