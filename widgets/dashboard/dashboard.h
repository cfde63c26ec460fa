// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team lead's dashboard (issue 12, point 7; decision 0023): for one task, progress per
// person with the time worked, what review made of each person's work, agreement and gold
// scores per person and kind of work over the weeks, and the items with the most
// disagreement (Enter or a double click opens one: itemChosen). Figures come from core's
// TeamFigures; the charts are Qt Charts, without animation, in the theme's colours.
//
// Who sees what. Team leads and reviewers see all of it. An annotator gets "My progress":
// their own row and the items with feedback for them, never a speed figure (time worked,
// items per hour) unless the task's schema turns it on ("dashboard": {"annotatorsSeePace":
// true}), and never anyone else's figures (their PC holds no one else's work anyway).
//
// The dashboard only reads the store; refresh() reads it again. The main window calls it after
// a sync, and refreshSoon() when work is marked while the window is open. The figures are
// computed in a worker thread with a store connection of its own (SQLite's WAL lets it read
// beside the GUI's): a task of 10,000 items takes seconds, and the window, the work page and
// the keyboard stay alive meanwhile; the figures shown stay until the new ones are drawn.

#include "model/entities.h"
#include "quality/teamfigures.h"

#include <QColor>
#include <QWidget>

#include <functional>
#include <optional>
#include <utility>

class QChart;
class QChartView;
class QComboBox;
class QLabel;
class QTabWidget;
class QThread;
class QTimer;
class QTreeWidget;

namespace annostraat {

class Store;

class Dashboard : public QWidget
{
    Q_OBJECT

public:
    enum Page { ProgressPage, ReviewPage, QualityPage, DisagreementPage };
    enum ProgressColumn {
        PersonColumn,
        AssignedColumn,
        DoneColumn,
        FlaggedColumn,
        SkippedColumn,
        ToDoColumn,
        TimeColumn,
        PaceColumn,
        ProgressColumnCount
    };
    enum Figure { AgreementFigure, GoldFigure };

    explicit Dashboard(Store &store, QWidget *parent = nullptr);

    /// Who looks: a team lead or reviewer sees everything, anyone else their own progress.
    void setViewer(const std::optional<Profile> &viewer);
    /// Shows \a taskId (an empty or unknown id: the first task).
    void setTaskId(const QString &taskId);
    QString taskId() const { return m_taskId; }
    ~Dashboard() override;

    /// Reads the store again (in a worker thread) and redraws when the figures are ready,
    /// keeping the task, page and choices; asked while it computes, it computes once more after.
    void refresh();
    /// The figures are being computed (refreshed() follows).
    bool isComputing() const { return m_thread != nullptr; }
    /// refresh() a second from now, once however often asked, and only if the window is shown
    /// then (work was marked while it is open).
    void refreshSoon();
    /// An annotator's own view ("My progress").
    bool isOwnView() const;

    const TaskFigures &figures() const { return m_figures; }
    /// How long the last refresh() took to compute the figures (in its thread), in milliseconds.
    qint64 lastComputeMs() const { return m_computeMs; }

    QComboBox *taskBox() const { return m_taskBox; }
    QTabWidget *tabs() const { return m_tabs; }
    QTreeWidget *progressTable() const { return m_progress; }
    QTreeWidget *reviewTable() const { return m_review; }
    QTreeWidget *qualityTable() const { return m_quality; }
    QTreeWidget *disagreementList() const { return m_disagreement; }
    QTreeWidget *feedbackList() const { return m_feedback; }
    QComboBox *figureBox() const { return m_figureBox; }
    QComboBox *workBox() const { return m_workBox; }
    QChartView *progressChart() const { return m_progressChart; }
    QChartView *reviewChart() const { return m_reviewChart; }
    QChartView *trendChart() const { return m_trendChart; }

Q_SIGNALS:
    /// Open \a itemId of \a taskId (a disagreement or a feedback item was chosen).
    void itemChosen(const QString &taskId, const QString &itemId);
    /// New figures are drawn.
    void refreshed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslate();
    /// Fills every view from figures() (after a computation, or in another language).
    void redraw();
    void fillTasks();
    void fillProgress();
    void fillReview();
    void fillWorks();
    void fillQuality();
    void fillTrend();
    void fillDisagreement();
    void fillFeedback();
    void styleChart(QChart *chart) const;
    /// A stacked bar per person in \a view: \a parts (name and colour) from \a counts of each
    /// person, in the tables' order, on a whole-number axis.
    void setBars(QChartView *view, const QList<std::pair<QString, QColor>> &parts,
                 const std::function<QList<int>(const PersonProgress &)> &counts, const QString &title);
    QString nameOf(const QString &profileId) const;
    QString workName(const QString &work) const;
    QString itemName(const Item &item) const;
    bool seesPace() const;

    Store &m_store;
    std::optional<Profile> m_viewer;
    std::optional<Task> m_task;
    QString m_taskId;
    TaskFigures m_figures;
    QHash<QString, QString> m_names;
    qint64 m_computeMs = 0;
    QTimer *m_refreshTimer = nullptr;
    QThread *m_thread = nullptr; ///< computing the figures; owned
    bool m_again = false;        ///< refresh() was asked while computing

    QLabel *m_title = nullptr;
    QLabel *m_taskLabel = nullptr;
    QComboBox *m_taskBox = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_tabs = nullptr;
    QWidget *m_progressPage = nullptr;
    QTreeWidget *m_progress = nullptr;
    QChartView *m_progressChart = nullptr;
    QLabel *m_feedbackLabel = nullptr;
    QTreeWidget *m_feedback = nullptr;
    QWidget *m_reviewPage = nullptr;
    QTreeWidget *m_review = nullptr;
    QChartView *m_reviewChart = nullptr;
    QWidget *m_qualityPage = nullptr;
    QLabel *m_figureLabel = nullptr;
    QComboBox *m_figureBox = nullptr;
    QLabel *m_workLabel = nullptr;
    QComboBox *m_workBox = nullptr;
    QChartView *m_trendChart = nullptr;
    QTreeWidget *m_quality = nullptr;
    QLabel *m_qualityEmpty = nullptr;
    QWidget *m_disagreementPage = nullptr;
    QLabel *m_disagreementIntro = nullptr;
    QTreeWidget *m_disagreement = nullptr;
};

} // namespace annostraat
