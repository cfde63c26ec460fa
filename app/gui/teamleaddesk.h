// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team lead's actions in the main window: a new task (the new task page), publish the open
// task, the assignment view
// (widgets/teamlead, decision 0026), the task list, see who delivered what, export a task and
// import a dataset, with the windows they open. The
// actions are the window's (so its action lookup and shortcut sheet find them) and are shown
// to team leads only. Publishing uses the window's SyncController; while a sync runs the
// request waits here until the window hands it on once that sync is done
// (takePublishAfterSync()).
//
// The desk keeps one undo stack of assignment steps per task while the program runs: an
// applied plan is one step, undone in the assignment view (Ctrl+Z there). The main window's
// Ctrl+Z stays the open item's.

#include "teamlead/schemaeditor.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QDialog;
class QMenu;
class QUndoStack;

namespace annostraat {

class AssignmentView;
class ChangeTaskView;
class DeliveryDialog;
class NewTaskPage;
class TaskListView;
class MainWindow;
class Store;

class TeamLeadDesk : public QObject
{
    Q_OBJECT

public:
    /// Creates the actions on \a window.
    TeamLeadDesk(Store &store, MainWindow &window);

    void addToMenu(QMenu *menu) const;
    void retranslate();
    /// Shows the actions to team leads; \a working: the work page is up with a profile.
    void updateActions(bool working);

    /// The windows while they are open (nullptr otherwise).
    AssignmentView *assignmentView() const;
    NewTaskPage *newTaskPage() const;
    ChangeTaskView *changeTaskView() const;
    /// The schema change steps of \a taskId (made when first asked for).
    QUndoStack *schemaUndoStack(const QString &taskId);
    TaskListView *taskListView() const;
    DeliveryDialog *deliveryDialog() const;
    /// The assignment steps of \a taskId (made when first asked for).
    QUndoStack *assignmentUndoStack(const QString &taskId);

    /// One schema template per lab job (the demo tasks' schemas and instructions), in job order:
    /// the new task page's starting points.
    static QList<SchemaStart> jobTemplates();

    /// Something came in or changed: the open windows follow.
    void refresh();
    /// Work was marked on this PC: the task list follows.
    void workMarked();
    void setShareFolder(const QString &folder);
    /// The task asked to be published while a sync ran (empty if none); forgets it.
    QString takePublishAfterSync();

private:
    /// Opens \a dialog (window-modal) about 72 characters wide.
    void openWide(QDialog *dialog);
    /// Makes \a dialog about \a characters wide, never wider or higher than the window.
    void sizeWide(QDialog *dialog, int characters);
    bool isTeamLead() const;
    void showMessage(const QString &text, int factor = 1);
    void publishTask();
    void openAssignmentView();
    /// The new task page (Team → New task…, Ctrl+N): not modal, one at a time.
    void openNewTaskPage();
    /// Changing the open task's labels and questions (Team → Change task…, Ctrl+Shift+E).
    void openChangeTaskView();
    void openTaskList();
    /// The assignment view wrote (apply, undo, redo): the work page and the lists follow.
    void assignmentsWritten(const QString &taskId);
    void openDeliveryDialog();
    void openExportDialog();
    void openImportDialog();
    /// Marks (or unmarks) the open item as gold, the lead's own layer as reference; undoable.
    void markGold(bool gold);
    /// The task's undo stack in \a stacks, made when first asked for.
    QUndoStack *stackIn(QHash<QString, QUndoStack *> &stacks, const QString &taskId);

    Store &m_store;
    MainWindow &m_window;
    QAction *m_newTask = nullptr;
    QAction *m_changeTask = nullptr;
    QAction *m_publish = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_taskList = nullptr;
    QAction *m_delivered = nullptr;
    QAction *m_exportTask = nullptr;
    QAction *m_importDataset = nullptr;
    QAction *m_gold = nullptr;  ///< checked while the open item is gold
    QString m_publishAfterSync; ///< a task to publish once the running sync is done
    QPointer<AssignmentView> m_assignmentView;
    QPointer<NewTaskPage> m_newTaskPage;
    QPointer<ChangeTaskView> m_changeTaskView;
    QHash<QString, QUndoStack *> m_schemaUndo;
    QPointer<TaskListView> m_taskListView;
    QHash<QString, QUndoStack *> m_assignmentUndo;
    QString m_undoOwner; ///< the profile the windows and undo steps above are for
    QPointer<DeliveryDialog> m_deliveryDialog;
};

} // namespace annostraat
