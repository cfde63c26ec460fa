// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team lead's assignment view (issue 14, point 4; decision 0026): who works on which items
// of one task. A plan is built first and nothing is written until Apply:
// - "Hand out in turn": the people ticked get the items (all, or items N to M) in turn until
//   each item has the chosen number of people (core: planRoundRobin);
// - "Someone is away": the unfinished items of the person chosen go, in turn, to the people
//   ticked (core: planReassign).
// While a plan is shown, every change of the choices makes it again. The people table shows
// per person the items now and after the plan; the grid shows people × items, with what the
// plan adds (+) and takes away (−).
//
// Apply writes the plan in one transaction and is one step on the task's undo stack, which the
// team lead's desk keeps while the program runs (Undo / Redo here, Ctrl+Z / Ctrl+Shift+Z while
// this window is active). The window only reads the store otherwise; refresh() reads it again
// (after a sync) and makes a shown plan again on what came in.

#include "model/entities.h"
#include "store/assignmentplan.h"

#include <QDialog>
#include <QPointer>
#include <QUndoStack>

#include <optional>

class QAbstractButton;
class QComboBox;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTableView;
class QTreeWidget;

namespace annostraat {

class AssignmentGridModel;
class Store;

class AssignmentView : public QDialog
{
    Q_OBJECT

public:
    enum CountColumn { PersonColumn, NowColumn, AfterColumn, ChangeColumn, CountColumnCount };
    enum class Mode { None, InTurn, Away };

    /// \a undoStack: the task's assignment steps (kept by the caller, may outlive the window).
    AssignmentView(Store &store, const Task &task, const Profile &lead, QUndoStack *undoStack,
                   QWidget *parent = nullptr);
    ~AssignmentView() override;

    const Task &task() const { return m_task; }
    /// Whose plans these are (they are written as this team lead's).
    const Profile &lead() const { return m_lead; }
    /// The plan shown, if any.
    const std::optional<AssignmentPlan> &plan() const { return m_plan; }
    Mode mode() const { return m_mode; }
    /// Reads the store again (after a sync); a shown plan is made again on what is there now.
    void refresh();

    /// Ticks (or unticks) the person in the list.
    void setTicked(const QString &profileId, bool ticked);
    QStringList ticked() const;

    QListWidget *peopleList() const { return m_people; }
    QSpinBox *perItemBox() const { return m_perItem; }
    QRadioButton *allItemsButton() const { return m_allItems; }
    QRadioButton *someItemsButton() const { return m_someItems; }
    QSpinBox *fromBox() const { return m_from; }
    QSpinBox *toBox() const { return m_to; }
    QComboBox *absentBox() const { return m_absent; }
    QPushButton *planInTurnButton() const { return m_planInTurn; }
    QPushButton *planAwayButton() const { return m_planAway; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *undoButton() const { return m_undo; }
    QPushButton *redoButton() const { return m_redo; }
    QTreeWidget *countsTable() const { return m_counts; }
    QTableView *grid() const { return m_grid; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    /// Assignments of the task were written (apply, undo or redo).
    void assignmentsChanged(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWidgets();
    void retranslate();
    /// Reads the people, items and assignments of the task.
    void readStore();
    void fillPeople();
    void fillAbsent();
    /// Makes the plan of \a mode from the choices shown (None: drops it).
    void makePlan(Mode mode);
    void showPlan();
    void updateCounts();
    void updateButtons();
    void apply();
    void stepDone(const AssignmentPlan &written, const Result<int> &result);
    QString nameOf(const QString &profileId) const;
    void say(const QString &text);

    Store &m_store;
    Task m_task;
    Profile m_lead;
    QPointer<QUndoStack> m_undoStack; ///< the desk's; gone when another person takes over
    QList<Profile> m_candidates;      ///< the people listed: annotators and anyone with items
    QList<Item> m_items;
    QHash<QString, QStringList> m_assigned;
    std::optional<AssignmentPlan> m_plan;
    Mode m_mode = Mode::None;
    QString m_problem; ///< why the last plan could not be made
    QString m_said;    ///< the last outcome (applied, undone, refused)

    QLabel *m_intro = nullptr;
    QLabel *m_peopleLabel = nullptr;
    QListWidget *m_people = nullptr;
    QGroupBox *m_inTurnBox = nullptr;
    QLabel *m_perItemLabel = nullptr;
    QSpinBox *m_perItem = nullptr;
    QRadioButton *m_allItems = nullptr;
    QRadioButton *m_someItems = nullptr;
    QLabel *m_fromLabel = nullptr;
    QSpinBox *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QSpinBox *m_to = nullptr;
    QPushButton *m_planInTurn = nullptr;
    QGroupBox *m_awayBox = nullptr;
    QLabel *m_absentLabel = nullptr;
    QComboBox *m_absent = nullptr;
    QLabel *m_awayHint = nullptr;
    QPushButton *m_planAway = nullptr;
    QLabel *m_countsLabel = nullptr;
    QTreeWidget *m_counts = nullptr;
    QLabel *m_gridLabel = nullptr;
    QTableView *m_grid = nullptr;
    AssignmentGridModel *m_gridModel = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_undo = nullptr;
    QPushButton *m_redo = nullptr;
    QPushButton *m_apply = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace annostraat
