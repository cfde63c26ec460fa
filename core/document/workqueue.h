// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One person's queue in one task, without widgets: the open task, the items of the task this
// person works on, and one ItemDocument per item opened since the task was opened, so each
// item keeps its own undo history while the person moves back and forth. The queue owns the
// documents; the work page (app/gui/workpage.h) shows the open one and follows the signals.
//
// Moving to another item goes through openItem(): aboutToLeave() first (the views keep what is
// typed), then currentChanged() with the new document; finish() and undo() move that way too.
// Closing the documents announces currentChanged(nullptr) before they are destroyed, so views can
// let go of them.

#include "model/entities.h"
#include "model/questions.h"
#include "util/result.h"

#include <QHash>
#include <QSet>
#include <QObject>
#include <QPointer>

#include <map>
#include <memory>
#include <optional>

namespace annostraat {

class ItemDocument;
class Store;

class WorkQueue : public QObject
{
    Q_OBJECT

public:
    explicit WorkQueue(Store &store, QObject *parent = nullptr);
    ~WorkQueue() override;

    Store &store() const { return m_store; }

    /// Whose queue this is; closes the open task and its documents.
    void setProfile(const std::optional<Profile> &profile);
    const std::optional<Profile> &profile() const { return m_profile; }
    /// The task this person last opened (empty when none, or no profile).
    QString lastTaskId() const;

    /// Opens \a taskId with no item open yet (the documents of the previous task close). False
    /// when there is no such task or no profile.
    bool openTask(const QString &taskId);
    /// Closes the task, its items and its documents.
    void closeTask();
    /// Why the last openTask() or refresh() could not read the task, its items or their
    /// statuses from the store; empty when they read well. An empty queue with a read error is
    /// not an empty queue: the page says so.
    const std::optional<Error> &readError() const { return m_readError; }
    const std::optional<Task> &task() const { return m_task; }
    /// The items this person works on: their queue (annotators), every item (others).
    const QList<Item> &items() const { return m_items; }
    /// This person's status of each item of the task that has one (from the store); an item
    /// with feedback to answer (a rejection since it was marked done) is to do again.
    QHash<QString, SubmissionStatus> statuses() const;
    /// The items whose verdict is a rejection this person has to answer.
    QSet<QString> feedbackItems() const;
    /// 0-based position of \a itemId in the queue, -1 when it is not in it.
    int rowOf(const QString &itemId) const;
    /// Where to begin in the open task: the first item with feedback to answer; otherwise where
    /// the person was; otherwise the first item not finished yet; otherwise the first item
    /// (empty when the queue is empty).
    QString startItemId() const;

    /// What refresh() found.
    enum class Refresh {
        TaskGone, ///< no task was open, or it is gone: choose one again
        Reopen,   ///< the task's schema or kind, or the open item, changed: open it afresh
        Kept      ///< the open item and its undo history stay; task and items are read again
    };
    /// Reads the profile, the task and its items again after a sync. Only Kept changes the
    /// task and the items (and forgets finished items that left the queue).
    Refresh refresh();

    /// Opens \a itemId of the queue, making its document (with its own undo history) the first
    /// time. False when no task is open or the item is not in the queue.
    bool openItem(const QString &itemId);
    /// The open item's document (nullptr: none).
    ItemDocument *document() const { return m_document; }
    QString currentItemId() const;
    /// 0-based position of the open item in the queue, -1 when none.
    int currentRow() const;
    bool canGoNext() const;
    bool canGoPrevious() const;
    void goNext();
    void goPrevious();
    /// The next items after \a row worth preparing in the background.
    QList<Item> upcoming(int row) const;
    static constexpr int kPrefetchCount = 2;
    /// Where this PC has the item's media (pulled tasks keep the team lead's paths).
    QString localMediaPath(const Item &item) const;

    /// What finish() did.
    struct Finished
    {
        enum class Outcome {
            NothingOpen,   ///< no item is open
            QuestionsOpen, ///< required questions keep "done" back (see unfinished)
            SuggestionsOpen, ///< suggestions not yet accepted or rejected (see suggestions)
            NotWritten,    ///< the status could not be written (see error)
            MovedOn,       ///< written; the next item is open now
            WasLast        ///< written; it was the last item in the queue
        };
        Outcome outcome = Outcome::NothingOpen;
        int row = -1; ///< the finished item's position in the queue
        QList<Questions::Unfinished> unfinished;
        int suggestions = 0; ///< how many suggestions wait in the person's layer
        std::optional<Error> error;
    };
    /// Marks the open item done, flagged (with \a reason) or skipped through
    /// Commands::setStatus (undoable), then opens the next item. Required questions keep
    /// "done" back (flag and skip stay possible); the rule is Questions'. So do suggestions
    /// the person has not yet accepted or rejected: "done" means they looked at every one.
    Finished finish(SubmissionStatus status, const QString &reason = {});

    /// Undo works on the open item's history; when that is empty right after finishing an
    /// item (which moved on to the next), it goes back to that item and undoes the finish, so
    /// "done, oops, Ctrl+Z" does what a person expects.
    bool canUndo() const;
    bool canRedo() const;
    /// True when it went back to an earlier item to undo there.
    bool undo();
    void redo();

    /// Closes every document (the task stays open); currentChanged(nullptr) comes first.
    void clearDocuments();

Q_SIGNALS:
    /// The open item is about to be left for another item or task: keep what is typed but not
    /// confirmed.
    void aboutToLeave();
    /// The open item changed (nullptr: none, and the documents are about to close).
    void currentChanged(annostraat::ItemDocument *document);
    /// The status of \a document's item changed.
    void statusChanged(annostraat::ItemDocument *document);
    /// An undo stack moved: what Undo and Redo can do may have changed.
    void historyChanged();
    /// An undo or redo could not be written.
    void writeFailed(const QString &message);
    /// Where the person was could not be kept (a convenience, not their work).
    void positionNotKept(const annostraat::Error &error);

private:
    QList<Item> itemsFor(const QString &taskId) const;
    ItemDocument *documentFor(const Item &item);
    void rememberPosition();
    void keepPreference(const Result<void> &written);
    void dropDocuments();
    void noteReadError();

    Store &m_store;
    std::optional<Profile> m_profile;
    std::optional<Task> m_task;
    QList<Item> m_items;
    std::map<QString, std::unique_ptr<ItemDocument>> m_documents;
    QPointer<ItemDocument> m_document;
    /// Items finished (and left) in this session, most recent last: where Undo goes next.
    QList<QPointer<ItemDocument>> m_finished;
    std::optional<Error> m_readError;
};

} // namespace annostraat
