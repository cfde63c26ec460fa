// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Changing a running task's labels and questions (issue 14, point 3): the schema editor on the
// task's schema; labels and answers added, renamed or recoloured, questions added. A label taken
// out that has annotations is listed with how many it has, and the team lead chooses per label:
// keep them as they are (under the old name, for review) or move them to another label. Apply
// writes it all in one transaction and is one step on the task's undo stack (the team lead's
// desk keeps it, as for assignments); Undo and Redo here walk it. Publishing the task afterwards
// makes its next version, which annotators' PCs merge.
//
// Items are added here too: Add items… reads a folder in the background (the task builder's
// own scan) and says what is new; Add writes it (core/store/additems.h), one step on the same
// undo stack.

#include "model/entities.h"
#include "store/folderscan.h"
#include "store/additems.h"
#include "store/schemachange.h"

#include <QDialog>
#include <QMap>
#include <QPointer>

#include <optional>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace annostraat {

class SchemaEditor;
class Store;

class ChangeTaskView : public QDialog
{
    Q_OBJECT

public:
    ChangeTaskView(Store &store, const Task &task, const Profile &lead, QUndoStack *undoStack,
                   QWidget *parent = nullptr);
    ~ChangeTaskView() override;

    const Task &task() const { return m_task; }
    /// The change as planned now, if the schema is complete and the moves fit.
    const std::optional<SchemaChangePlan> &plan() const { return m_plan; }
    /// Writes the plan; one undo step.
    Result<int> apply();

    SchemaEditor *schemaEditor() const { return m_editor; }
    /// Labels taken out: name, annotations, what happens to them (a combo box).
    QTableWidget *removedTable() const { return m_removed; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *redoButton() const { return m_redo; }
    QLabel *summary() const { return m_summary; }

    /// Reads \a folder for new items, in the background (itemsScanned() follows).
    void scanItems(const QString &folder);
    bool isScanningItems() const { return m_scanningItems; }
    /// What Add would add, once a folder was read.
    const std::optional<AddItemsPlan> &itemsPlan() const { return m_itemsPlan; }
    /// Adds the items read; one undo step.
    Result<int> addItems();
    QPushButton *chooseItemsButton() const { return m_chooseItems; }
    QPushButton *addItemsButton() const { return m_addItems; }
    QLabel *itemsStatus() const { return m_itemsStatus; }

Q_SIGNALS:
    /// The task's schema was written (apply, undo or redo).
    void taskChanged(const QString &taskId);
    /// A folder of new items was read (or could not be).
    void itemsScanned();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void replan();
    void fillRemoved();
    void stepDone(const Result<int> &result, bool undone);
    void updateButtons();
    void chooseItemsFolder();
    void itemsScanDone(int generation, const Result<FolderScan> &result);
    void itemsStepDone(const Result<int> &result, bool undone);
    void showItems();

    Store &m_store;
    Task m_task;
    Profile m_lead;
    QPointer<QUndoStack> m_undoStack;
    std::optional<SchemaChangePlan> m_plan;
    QString m_problem;
    QString m_said;
    QMap<QString, QString> m_moveTo; ///< the choices made per label taken out
    std::optional<AddItemsPlan> m_itemsPlan;
    QString m_itemsFolder;
    QString m_itemsSaid;
    bool m_scanningItems = false;
    int m_itemsGeneration = 0;

    QLabel *m_intro = nullptr;
    SchemaEditor *m_editor = nullptr;
    QLabel *m_removedLabel = nullptr;
    QTableWidget *m_removed = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_chooseItems = nullptr;
    QLabel *m_itemsStatus = nullptr;
    QPushButton *m_addItems = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace annostraat
