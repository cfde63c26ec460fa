// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team lead's task list (issue 14, point 5): every task of the store with a bar of where
// its work stands (done / flagged / in review / to do, core's TaskOverviews: no agreement, so
// it is cheap for all tasks at once), its version, when it was last published as far as this
// PC knows, and the number of flags nobody has looked at yet. Enter or a double click on a
// task opens it (taskChosen). The bar's figures are also its text for screen readers and its
// tooltip; a legend names the colours in words.
//
// The client (who the work is for) is shown when the task has one (store version 11).
//
// The window only reads the store; refresh() reads it again (after a sync, when work was
// marked, and when the window becomes active).

#include "quality/taskoverview.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace annostraat {

class Store;

class TaskListView : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        ClientColumn,
        ProgressColumn,
        VersionColumn,
        PublishedColumn,
        FlagsColumn,
        ColumnCount
    };

    explicit TaskListView(Store &store, QWidget *parent = nullptr);

    /// Reads the store again, keeping the chosen task.
    void refresh();
    /// Chooses the row of \a taskId.
    void setCurrentTask(const QString &taskId);
    QString currentTask() const;

    const QList<TaskOverview> &overviews() const { return m_overviews; }
    QTreeWidget *table() const { return m_table; }

    /// "3 done, 1 flagged, 2 in review, 4 to do, of 10": what the bar shows, in words.
    static QString describe(const TaskOverview &o);

Q_SIGNALS:
    /// The team lead chose a task to open (Enter, a double click, or Open).
    void taskChosen(const QString &taskId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void chooseCurrent();

    Store &m_store;
    QList<TaskOverview> m_overviews;
    QLabel *m_intro = nullptr;
    QLabel *m_tableLabel = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace annostraat
