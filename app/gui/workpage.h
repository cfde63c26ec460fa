// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The work area: the tasks and the queue on the left, the open item in the middle, the
// questions and the task's instructions on the right.
//
// The middle is whichever media editor the EditorRegistry gives for the open item's kind
// (widgets/editor/mediaeditor.h); the page never branches on the media kind. It makes one
// editor per registered kind when it is built, so their actions exist from the start.
//
// The queue and its documents live in a WorkQueue (core/document/workqueue.h): the open task,
// the person's items, one ItemDocument per item opened (each with its own undo history),
// finishing and the undo that goes back across items. The page shows what it opens and
// follows its signals. Everything the page shows comes from the store and the documents'
// change signals; the only writes are the Commands facade calls of the queue and the widgets.

#include "document/itemdocument.h"
#include "document/workqueue.h"
#include "editor/mediaeditor.h"
#include "instructionsview.h"
#include "model/entities.h"

#include <QPointer>
#include <QDeadlineTimer>
#include <QWidget>

#include <map>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QTimer;
class QListWidget;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTextBrowser;

namespace annostraat {

class FeedbackBox;
class QuestionForm;
class QueueView;
class ReviewPanel;
class Store;

class WorkPage : public QWidget
{
    Q_OBJECT

public:
    explicit WorkPage(Store &store, QWidget *parent = nullptr);
    ~WorkPage() override;

    /// Whose work is shown; opens their last task (or the first) and their last item in it.
    void setProfile(const std::optional<Profile> &profile);
    /// Reads the task list again and opens \a selectTaskId (or keeps the current task).
    void reloadTasks(const QString &selectTaskId = {});
    bool openTask(const QString &taskId);
    void openItem(const QString &itemId);
    /// Shows what a sync brought in: the task list, the queue and its statuses, and the open
    /// item's views. The open item and its undo history stay, unless the task's schema or the
    /// item itself changed (the document holds a copy of both): then the task opens afresh.
    void refreshFromStore();

    ItemDocument *document() const { return m_work->document(); }
    /// The editor of the open item (the fallback editor when none is open).
    MediaEditor *editor() const { return m_editor; }
    /// The editor that shows items of \a kind.
    MediaEditor *editorFor(MediaKind kind) const;
    /// Every editor's actions for \a menu (only the open item's editor enables and shows its).
    QList<QAction *> editorActions(MediaEditor::Menu menu) const;
    const std::optional<Task> &task() const { return m_work->task(); }
    QString currentItemId() const;
    /// 0-based position of the open item in the queue, -1 when none.
    int currentRow() const;
    int itemCount() const { return int(m_work->items().size()); }
    bool canGoNext() const;
    bool canGoPrevious() const;
    void goNext();
    void goPrevious();
    /// Marks the open item done, flagged (with \a reason) or skipped through Commands::setStatus
    /// (undoable), then moves on to the next item. False (with a notice) if it could not be
    /// written.
    bool finish(SubmissionStatus status, const QString &reason = {});

    /// Undo works on the open item's history; when that is empty right after finishing an
    /// item (which moved on to the next), it goes back to that item and undoes the finish, so
    /// "done, oops, Ctrl+Z" does what a person expects.
    bool canUndo() const;
    bool canRedo() const;
    void undo();
    void redo();

    /// A read of the store failed: says so calmly instead of showing an empty list.
    void showReadProblem(const Error &error);
    /// A calm message above the item. A problem (and what still has to be done before the
    /// item is done) stays until the next item opens; a passing notice (not about a problem)
    /// leaves by itself after passingNoticeMs().
    enum class Notice { Problem, Passing };
    void showNotice(const QString &text, Notice kind = Notice::Problem);
    /// How long a passing notice with \a text stays: long enough to read it slowly.
    static int passingNoticeMs(const QString &text);
    QString notice() const;

    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray &state);

    /// Keeps what is typed but not confirmed in the questions and the editor.
    void commitPending();

    /// The review panel (reviewers and team leads, decision 0020) beside the editor: shown
    /// in review mode. Reviewers start in it; team leads turn it on (View menu).
    void setReviewMode(bool on);
    bool reviewMode() const { return m_reviewMode; }
    /// The person may review (a reviewer or team lead).
    bool canReview() const;
    ReviewPanel *reviewPanel() const { return m_review; }
    /// What the author of the open item's work sees about its review.
    FeedbackBox *feedbackBox() const { return m_feedback; }

    QListWidget *taskList() const { return m_tasks; }
    QueueView *queue() const { return m_queue; }
    QuestionForm *form() const { return m_form; }
    QTextBrowser *instructions() const { return m_instructions; }

Q_SIGNALS:
    /// The open item changed (nullptr: none); its undo stack is the one Undo/Redo work on.
    void documentChanged(annostraat::ItemDocument *document);
    void demoRequested();
    /// A short line for the status bar.
    void message(const QString &text);
    /// What can be done (next, previous, finish) may have changed.
    void navigationChanged();
    /// The actions an editor offers for a menu changed.
    void editorActionsChanged();
    /// Review mode was turned on or off (or became unavailable).
    void reviewModeChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;
    /// Tab in the media's own view goes to the questions first (MediaEditor::markMainView).
    bool focusNextPrevChild(bool next) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Builds the page's widgets (workpagelayout.cpp); their texts come from retranslate().
    void buildWidgets();
    void createEditors();
    /// Shows the queue's open item, or lets go of the documents (nullptr).
    void showItem(ItemDocument *document);
    /// Shows \a document in the editor of its kind (nullptr: none), closing the others.
    void showInEditor(ItemDocument *document);
    void prefetchAfter(int row);
    void updateHeader();
    /// The questions take room in their pane only when the task has some; else the review
    /// panel above them has it.
    void fitQuestionsRoom();
    void retranslate();
    void showInstructions(const QString &markdown);
    void updateEditorStatus();
    QString statusLine(const std::optional<Submission> &submission) const;
    int questionsMinimumWidth() const;
    /// The columns at the widths the person gave them (after a text size change).
    void restoreColumns();

    Store &m_store;
    std::unique_ptr<WorkQueue> m_work;
    QList<Task> m_taskList;

    QSplitter *m_splitter = nullptr;
    QSplitter *m_rightSplitter = nullptr;
    QList<int> m_preferredOuter; ///< the columns' widths as the person left them
    QList<int> m_preferredRight;
    /// Until when a text size change still gives the columns back their widths: the columns'
    /// minimums settle over several layout passes (the editors measure their panels anew).
    QDeadlineTimer m_restoreColumns;
    QLabel *m_tasksLabel = nullptr;
    QListWidget *m_tasks = nullptr;
    QLabel *m_queueLabel = nullptr;
    QueueView *m_queue = nullptr;
    QStackedWidget *m_centre = nullptr;
    QLabel *m_itemTitle = nullptr;
    QLabel *m_itemStatus = nullptr;
    QLabel *m_notice = nullptr;
    QTimer *m_noticeTimer = nullptr;
    bool m_noticeInReview = false; ///< the problem shown came while the work waited for a verdict
    QStackedWidget *m_editorStack = nullptr;
    std::map<MediaKind, MediaEditor *> m_editors; ///< one per registered kind; children
    MediaEditor *m_fallback = nullptr;            ///< for kinds without an editor
    QPointer<MediaEditor> m_editor;               ///< the open item's
    QLabel *m_editorStatus = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_loadDemo = nullptr;
    QLabel *m_questionsLabel = nullptr;
    QuestionForm *m_form = nullptr;
    QWidget *m_questionsScroll = nullptr;
    QLabel *m_instructionsLabel = nullptr;
    InstructionsView *m_instructions = nullptr;
    ReviewPanel *m_review = nullptr;
    FeedbackBox *m_feedback = nullptr;
    bool m_reviewMode = false;
};

} // namespace annostraat
