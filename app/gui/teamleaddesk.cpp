// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamleaddesk.h"

#include "deliverydialog.h"
#include "demotask.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "exportdialog.h"
#include "formats/registry.h"
#include "importdialog.h"
#include "mainwindow.h"
#include "shortcutsheet.h"
#include "statusmessage.h"
#include "store/store.h"
#include "teamlead/assignmentview.h"
#include "teamlead/changetaskview.h"
#include "teamlead/newtaskpage.h"
#include "teamlead/tasklistview.h"
#include "workpage.h"

#include <QAction>
#include <QDialog>
#include <QFile>
#include <QMenu>
#include <QStatusBar>
#include <QUndoStack>

#include <algorithm>

#include <utility>

namespace annostraat {

TeamLeadDesk::TeamLeadDesk(Store &store, MainWindow &window)
    : QObject(&window)
    , m_store(store)
    , m_window(window)
{
    auto make = [&window](const char *name) {
        auto *a = new QAction(&window);
        a->setObjectName(QLatin1String(name));
        a->setShortcutContext(Qt::WindowShortcut);
        window.addAction(a);
        return a;
    };
    m_newTask = make("actionNewTask");         // its key only for team leads (updateActions)
    m_changeTask = make("actionChangeTask");   // idem
    m_publish = make("actionPublishTask");
    m_assign = make("actionAssignAnnotators"); // its key only for team leads (updateActions)
    m_taskList = make("actionTaskList");       // idem
    m_delivered = make("actionWhoDelivered");
    m_exportTask = make("actionExportTask");
    m_importDataset = make("actionImportDataset");
    m_gold = make("actionGoldItem");
    m_gold->setCheckable(true); // its key only for team leads (updateActions)
    connect(m_gold, &QAction::triggered, this, &TeamLeadDesk::markGold);
    connect(m_newTask, &QAction::triggered, this, &TeamLeadDesk::openNewTaskPage);
    connect(m_changeTask, &QAction::triggered, this, &TeamLeadDesk::openChangeTaskView);
    connect(m_publish, &QAction::triggered, this, &TeamLeadDesk::publishTask);
    connect(m_assign, &QAction::triggered, this, &TeamLeadDesk::openAssignmentView);
    connect(m_taskList, &QAction::triggered, this, &TeamLeadDesk::openTaskList);
    connect(m_delivered, &QAction::triggered, this, &TeamLeadDesk::openDeliveryDialog);
    connect(m_exportTask, &QAction::triggered, this, &TeamLeadDesk::openExportDialog);
    connect(m_importDataset, &QAction::triggered, this, &TeamLeadDesk::openImportDialog);
}

void TeamLeadDesk::addToMenu(QMenu *menu) const
{
    menu->addAction(m_newTask);
    menu->addAction(m_changeTask);
    menu->addAction(m_taskList);
    menu->addAction(m_publish);
    menu->addAction(m_assign);
    menu->addAction(m_gold);
    menu->addSeparator();
    menu->addAction(m_delivered);
    menu->addAction(m_exportTask);
    menu->addAction(m_importDataset);
}

void TeamLeadDesk::retranslate()
{
    ShortcutSheet::describe(m_newTask, tr("&New task\u2026"),
                            tr("Make a task from a folder of media: its name, instructions, labels "
                               "and questions, who works on it and the review"));
    ShortcutSheet::describe(m_changeTask, tr("&Change task\u2026"),
                            tr("Add, rename or recolour the chosen task's labels and answers, add "
                               "questions, take labels out; one step that can be undone"));
    ShortcutSheet::describe(m_publish, tr("&Publish task"),
                            tr("Put the chosen task on the shared folder, with its assignments, "
                               "for the annotators' PCs"));
    ShortcutSheet::describe(
            m_assign, tr("&Assignments…"),
            tr("Who works on which items of the chosen task: hand them out in turn, or move an "
               "absent person's unfinished items to others"));
    ShortcutSheet::describe(
            m_taskList, tr("&Task list…"),
            tr("Every task with its progress, version, last publication and the flags "
               "to look at"));
    ShortcutSheet::describe(
            m_delivered, tr("&Who delivered what…"),
            tr("Per person: the work received from the shared folder, and refused files"));
    ShortcutSheet::describe(m_gold, tr("&Gold item"),
                            tr("Mark the open item as gold, with your own annotations on it as the "
                               "reference; people's work on it is scored against yours"));
    ShortcutSheet::describe(m_exportTask, tr("&Export task…"),
                            tr("Write a task and everyone's work to a file in a client's format"));
    ShortcutSheet::describe(m_importDataset, tr("&Import dataset…"),
                            tr("Bring in a dataset or another tool's work, as a new task or onto "
                               "a task's items"));
}

void TeamLeadDesk::updateActions(bool working)
{
    const bool lead = isTeamLead();
    // Another person at the PC: the windows and undo steps of the lead before go.
    const QString who = m_window.profile() ? m_window.profile()->id : QString();
    if (who != m_undoOwner) {
        if (m_assignmentView)
            m_assignmentView->close();
        if (m_taskListView)
            m_taskListView->close();
        if (m_newTaskPage)
            m_newTaskPage->close();
        if (m_changeTaskView)
            m_changeTaskView->close();
        qDeleteAll(m_schemaUndo);
        m_schemaUndo.clear();
        qDeleteAll(m_assignmentUndo);
        m_assignmentUndo.clear();
        m_undoOwner = who;
    }
    for (QAction *a : {m_newTask, m_changeTask, m_publish, m_assign, m_taskList, m_delivered, m_exportTask,
                       m_importDataset})
        a->setVisible(lead);
    m_newTask->setEnabled(lead && working);
    const bool hasTask = m_window.workPage()->task().has_value();
    m_publish->setEnabled(lead && working && hasTask);
    m_assign->setEnabled(lead && working && hasTask);
    m_changeTask->setEnabled(lead && working && hasTask);
    m_delivered->setEnabled(lead && !m_store.tasks().isEmpty());
    m_taskList->setEnabled(lead && working);
    m_exportTask->setEnabled(m_delivered->isEnabled());
    m_importDataset->setEnabled(lead && working);
    ItemDocument *doc = working ? m_window.workPage()->document() : nullptr;
    m_gold->setVisible(lead);
    // Only a team lead has the keys, so nobody else's shortcut sheet lists a hidden action.
    bool keysChanged = false;
    for (const auto &[action, key] :
         {std::pair{m_gold, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_G)},
          std::pair{m_assign, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T)},
          std::pair{m_taskList, QKeySequence(Qt::Key_F9)},
          std::pair{m_newTask, QKeySequence(Qt::CTRL | Qt::Key_N)},
          std::pair{m_changeTask, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E)}}) {
        const QKeySequence wanted = lead ? key : QKeySequence();
        if (action->shortcut() != wanted) {
            action->setShortcut(wanted);
            keysChanged = true;
        }
    }
    if (keysChanged)
        retranslate(); // the tooltips name the keys
    m_gold->setEnabled(lead && doc != nullptr);
    bool gold = false;
    if (lead && doc)
        for (const GoldMark &mark : m_store.goldMarks(doc->task().id))
            gold = gold || mark.itemId == doc->item().id;
    m_gold->setChecked(gold);
}

void TeamLeadDesk::markGold(bool gold)
{
    ItemDocument *doc = m_window.workPage()->document();
    if (!isTeamLead() || !doc)
        return;
    if (auto r = Commands::setGold(*doc, gold); !r) {
        showMessage(tr("The item could not be marked: %1").arg(r.error().message()));
        m_gold->setChecked(!gold);
        return;
    }
    showMessage(gold ? tr("This item is gold: your annotations on it are the reference. Annotators "
                          "are not told. Ctrl+Z takes the mark back.")
                     : tr("This item is no longer gold."));
}

AssignmentView *TeamLeadDesk::assignmentView() const
{
    return m_assignmentView;
}

NewTaskPage *TeamLeadDesk::newTaskPage() const
{
    return m_newTaskPage;
}

ChangeTaskView *TeamLeadDesk::changeTaskView() const
{
    return m_changeTaskView;
}

QUndoStack *TeamLeadDesk::schemaUndoStack(const QString &taskId)
{
    return stackIn(m_schemaUndo, taskId);
}

QUndoStack *TeamLeadDesk::stackIn(QHash<QString, QUndoStack *> &stacks, const QString &taskId)
{
    QUndoStack *&stack = stacks[taskId];
    if (!stack)
        stack = new QUndoStack(this);
    return stack;
}

void TeamLeadDesk::openChangeTaskView()
{
    WorkPage *work = m_window.workPage();
    if (!isTeamLead() || !work->task())
        return;
    const auto task = m_store.task(work->task()->id);
    if (!task)
        return;
    if (m_changeTaskView && m_changeTaskView->task().id == task->id) {
        m_changeTaskView->raise();
        m_changeTaskView->activateWindow();
        return;
    }
    if (m_changeTaskView)
        m_changeTaskView->close(); // another task's: what was not applied is dropped
    auto *view = new ChangeTaskView(m_store, *task, *m_window.profile(), schemaUndoStack(task->id), &m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &ChangeTaskView::taskChanged, this, [this] {
        m_window.workPage()->refreshFromStore(); // the open item shows the new labels
        refresh();
    });
    m_changeTaskView = view;
    sizeWide(view, 110);
    view->resize(view->width(),
                 std::max(view->height(), std::min(m_window.height(), view->fontMetrics().height() * 40)));
    view->show();
}

TaskListView *TeamLeadDesk::taskListView() const
{
    return m_taskListView;
}

QUndoStack *TeamLeadDesk::assignmentUndoStack(const QString &taskId)
{
    return stackIn(m_assignmentUndo, taskId);
}

DeliveryDialog *TeamLeadDesk::deliveryDialog() const
{
    return m_deliveryDialog;
}

void TeamLeadDesk::refresh()
{
    if (m_deliveryDialog)
        m_deliveryDialog->refresh();
    if (m_assignmentView)
        m_assignmentView->refresh();
    if (m_taskListView)
        m_taskListView->refresh();
}

void TeamLeadDesk::workMarked()
{
    if (m_taskListView)
        m_taskListView->refresh();
}

void TeamLeadDesk::setShareFolder(const QString &folder)
{
    if (m_deliveryDialog)
        m_deliveryDialog->setShareFolder(folder);
}

QString TeamLeadDesk::takePublishAfterSync()
{
    return std::exchange(m_publishAfterSync, QString());
}

bool TeamLeadDesk::isTeamLead() const
{
    const auto &profile = m_window.profile();
    return profile && profile->role == Role::TeamLead;
}

void TeamLeadDesk::showMessage(const QString &text, int factor)
{
    m_window.statusBar()->showMessage(text, kStatusMessageMs * factor);
}

void TeamLeadDesk::publishTask()
{
    WorkPage *work = m_window.workPage();
    if (!isTeamLead() || !work->task())
        return;
    const Task task = *work->task();
    if (!m_window.syncSettings().isSetUp()) {
        showMessage(tr("Choose a shared folder in the settings (%1) first; then the task can be "
                       "published.")
                            .arg(ShortcutSheet::shortcutText(
                                    m_window.action(QStringLiteral("actionSettings")))));
        return;
    }
    SyncController *sync = m_window.syncController();
    if (sync->isBusy()) {
        m_publishAfterSync = task.id;
        showMessage(tr("\u201c%1\u201d is published as soon as the running sync is done.")
                            .arg(task.name));
        return;
    }
    sync->startPublish(task.id, *m_window.profile());
}

void TeamLeadDesk::openAssignmentView()
{
    WorkPage *work = m_window.workPage();
    if (!isTeamLead() || !work->task())
        return;
    const auto task = m_store.task(work->task()->id);
    if (!task)
        return;
    if (m_assignmentView && m_assignmentView->task().id == task->id) {
        m_assignmentView->refresh();
        m_assignmentView->raise();
        m_assignmentView->activateWindow();
        return;
    }
    if (m_assignmentView)
        m_assignmentView->close(); // another task's: a plan not applied is dropped
    // Not modal: it may stay open beside the work and follows every sync.
    auto *view = new AssignmentView(m_store, *task, *m_window.profile(),
                                    assignmentUndoStack(task->id), &m_window);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(view, &AssignmentView::assignmentsChanged, this, &TeamLeadDesk::assignmentsWritten);
    m_assignmentView = view;
    sizeWide(view, 100);
    view->resize(view->width(),
                 std::max(view->height(),
                          std::min(m_window.height(), view->fontMetrics().height() * 34)));
    view->show();
}

QList<SchemaStart> TeamLeadDesk::jobTemplates()
{
    QList<SchemaStart> templates;
    for (const QString &job : DemoTask::jobs()) {
        QFile file(DemoTask::schemaFile(job));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        auto schema = Schema::fromJson(file.readAll(), file.fileName());
        if (!schema)
            continue; // the program's own resources: tests/widgets/test_newtaskpage.cpp reads them all
        templates << SchemaStart{tr("Template: %1").arg(DemoTask::taskName(job)), *schema,
                                 DemoTask::instructions(job), DemoTask::isPairJob(job)};
    }
    return templates;
}

void TeamLeadDesk::openNewTaskPage()
{
    if (!isTeamLead())
        return;
    if (m_newTaskPage) {
        m_newTaskPage->raise();
        m_newTaskPage->activateWindow();
        return;
    }
    // Not modal: the team lead may look things up in the main window meanwhile.
    auto *page = new NewTaskPage(m_store, *m_window.profile(), jobTemplates(), &m_window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->setLocale(m_window.locale());
    connect(page, &NewTaskPage::taskCreated, this, [this](const QString &taskId) {
        Q_UNUSED(taskId);
        m_window.workPage()->refreshFromStore(); // the new task is in the list of tasks
        refresh();
        updateActions(m_window.page() == MainWindow::Page::Work);
    });
    m_newTaskPage = page;
    sizeWide(page, 110);
    page->resize(page->width(),
                 std::max(page->height(), std::min(m_window.height(), page->fontMetrics().height() * 40)));
    page->show();
}

void TeamLeadDesk::assignmentsWritten(const QString &taskId)
{
    Q_UNUSED(taskId);
    m_window.workPage()->refreshFromStore();
    if (m_deliveryDialog)
        m_deliveryDialog->refresh();
    if (m_taskListView)
        m_taskListView->refresh();
}

void TeamLeadDesk::openTaskList()
{
    if (!isTeamLead())
        return;
    const auto &task = m_window.workPage()->task();
    if (!m_taskListView) {
        auto *view = new TaskListView(m_store, &m_window);
        view->setAttribute(Qt::WA_DeleteOnClose);
        view->setLocale(m_window.locale()); // its times in the language on screen
        connect(view, &TaskListView::taskChosen, this, [this](const QString &taskId) {
            if (m_window.page() != MainWindow::Page::Work)
                return;
            m_window.workPage()->openTask(taskId);
            m_window.activateWindow();
            m_window.raise();
        });
        m_taskListView = view;
        if (task)
            view->setCurrentTask(task->id);
        sizeWide(view, 90);
        view->show();
        return;
    }
    m_taskListView->refresh();
    if (task)
        m_taskListView->setCurrentTask(task->id);
    m_taskListView->raise();
    m_taskListView->activateWindow();
}

void TeamLeadDesk::openDeliveryDialog()
{
    if (!isTeamLead())
        return;
    if (m_deliveryDialog) {
        m_deliveryDialog->refresh();
        m_deliveryDialog->raise();
        m_deliveryDialog->activateWindow();
        return;
    }
    // Not modal: it may stay open beside the work and follows every sync.
    const auto &task = m_window.workPage()->task();
    auto *dialog = new DeliveryDialog(m_store, task ? task->id : QString(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocale(m_window.locale()); // its times in the language on screen
    dialog->setShareFolder(m_window.syncSettings().shareFolder);
    m_deliveryDialog = dialog;
    dialog->show();
}

void TeamLeadDesk::openExportDialog()
{
    if (!isTeamLead())
        return;
    const auto &task = m_window.workPage()->task();
    auto *dialog = new ExportDialog(m_store, FormatRegistry::builtin(), task ? task->id : QString(),
                                    &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    openWide(dialog);
}

void TeamLeadDesk::openImportDialog()
{
    if (!isTeamLead())
        return;
    const auto &task = m_window.workPage()->task();
    auto *dialog = new ImportDialog(m_store, FormatRegistry::builtin(), m_window.profile()->id,
                                    task ? task->id : QString(), &m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // What came in shows at once: the task list, and the open task's items and work.
    connect(dialog, &ImportDialog::imported, this, [this](bool ok, const QString &taskId) {
        if (!ok)
            return;
        Q_UNUSED(taskId);
        m_window.workPage()->refreshFromStore(); // as after a sync: new tasks, items and work
        refresh();
    });
    openWide(dialog);
}

void TeamLeadDesk::openWide(QDialog *dialog)
{
    sizeWide(dialog, 72);
    dialog->open();
}

void TeamLeadDesk::sizeWide(QDialog *dialog, int characters)
{
    // These dialogs explain a lot in wrapped text: at large text sizes they get the width of
    // about 72 characters (never more than the window), so the texts need fewer lines and
    // everything fits the height of a small screen.
    dialog->ensurePolished();
    const int wide = std::min(m_window.width(),
                              std::max(dialog->sizeHint().width(),
                                       dialog->fontMetrics().averageCharWidth() * characters));
    const int high = dialog->hasHeightForWidth() ? dialog->heightForWidth(wide) : -1;
    dialog->resize(wide,
                   std::min(m_window.height(), high > 0 ? high : dialog->sizeHint().height()));
}

} // namespace annostraat
