// SPDX-License-Identifier: GPL-3.0-or-later
// The work queue without widgets, on a real store file: opening a task, stepping through it,
// finishing items (written to the store) and the undo that goes back across items.
#include "document/commands.h"
#include "document/itemdocument.h"
#include "document/workqueue.h"
#include "testutil.h"

#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

/// The status of \a itemId in the store for \a profile, Todo when there is none.
SubmissionStatus storedStatus(const Store &store, const QString &itemId, const Profile &profile)
{
    const auto submission = store.submission(itemId, profile.id);
    return submission ? submission->status : SubmissionStatus::Todo;
}

} // namespace

TEST_CASE("A work queue opens a task and steps back and forth through it", "[workqueue]")
{
    test::Fixture fx(3);
    {
        WorkQueue queue(*fx.store);
        CHECK_FALSE(queue.openTask(fx.task.id)); // nobody's queue yet
        queue.setProfile(fx.annotator);
        CHECK(queue.lastTaskId().isEmpty());
        REQUIRE(queue.openTask(fx.task.id));
        CHECK(queue.lastTaskId() == fx.task.id);
        REQUIRE(queue.items().size() == 3);
        CHECK(queue.document() == nullptr);
        CHECK(queue.currentRow() == -1);
        CHECK_FALSE(queue.canGoNext());

        // Nothing finished and nowhere remembered: the first item.
        REQUIRE(queue.startItemId() == fx.items[0].id);
        QSignalSpy leaving(&queue, &WorkQueue::aboutToLeave);
        QSignalSpy changed(&queue, &WorkQueue::currentChanged);
        REQUIRE(queue.openItem(queue.startItemId()));
        CHECK(leaving.count() == 0); // nothing was open
        REQUIRE(changed.count() == 1);
        ItemDocument *first = queue.document();
        REQUIRE(first != nullptr);
        CHECK(changed.at(0).at(0).value<ItemDocument *>() == first);
        CHECK(first->isActive());
        CHECK(queue.currentRow() == 0);
        CHECK_FALSE(queue.canGoPrevious());
        CHECK(queue.upcoming(0).size() == WorkQueue::kPrefetchCount);

        queue.goNext();
        CHECK(leaving.count() == 1);
        CHECK(queue.currentRow() == 1);
        CHECK(queue.currentItemId() == fx.items[1].id);
        CHECK_FALSE(first->isActive()); // only the item on screen collects time
        CHECK(queue.canGoPrevious());
        CHECK(queue.canGoNext());
        CHECK(queue.upcoming(1).size() == 1);

        queue.goPrevious();
        CHECK(queue.document() == first); // the same document, with its own history
        queue.goNext();
        queue.goNext();
        CHECK(queue.currentRow() == 2);
        CHECK_FALSE(queue.canGoNext());
        queue.goNext(); // nothing after the last: stays
        CHECK(queue.currentRow() == 2);
        CHECK(queue.upcoming(2).isEmpty());

        CHECK_FALSE(queue.openItem(QStringLiteral("not-in-the-queue")));
        CHECK(queue.currentRow() == 2);
        CHECK(queue.refresh() == WorkQueue::Refresh::Kept); // nothing changed in the store
        CHECK(queue.currentRow() == 2);

        changed.clear();
        queue.closeTask();
        CHECK_FALSE(queue.task());
        CHECK(queue.items().isEmpty());
        CHECK(queue.document() == nullptr);
        REQUIRE(changed.count() == 1); // views let go before the documents close
        CHECK(changed.at(0).at(0).value<ItemDocument *>() == nullptr);
        CHECK(queue.refresh() == WorkQueue::Refresh::TaskGone);
    }

    // After a restart the person is back where they were.
    fx.reopen();
    WorkQueue again(*fx.store);
    again.setProfile(fx.annotator);
    CHECK(again.lastTaskId() == fx.task.id);
    REQUIRE(again.openTask(again.lastTaskId()));
    CHECK(again.startItemId() == fx.items[2].id);
}

TEST_CASE("Finishing writes the status and moves on - undo goes back across items", "[workqueue]")
{
    test::Fixture fx(3);
    WorkQueue queue(*fx.store);
    queue.setProfile(fx.annotator);
    REQUIRE(queue.openTask(fx.task.id));
    REQUIRE(queue.openItem(queue.startItemId()));
    ItemDocument *first = queue.document();
    const SubmissionStatus before = first->status();
    REQUIRE(before != SubmissionStatus::Done);

    using Outcome = WorkQueue::Finished::Outcome;
    const WorkQueue::Finished done = queue.finish(SubmissionStatus::Done);
    CHECK(done.outcome == Outcome::MovedOn);
    CHECK(done.row == 0);
    CHECK(queue.currentRow() == 1);
    CHECK(storedStatus(*fx.store, fx.items[0].id, fx.annotator) == SubmissionStatus::Done);
    CHECK(queue.statuses().value(fx.items[0].id) == SubmissionStatus::Done);

    // The open item has no history of its own: Undo goes back to the finished one.
    CHECK_FALSE(queue.document()->undoStack()->canUndo());
    REQUIRE(queue.canUndo());
    CHECK_FALSE(queue.canRedo());
    CHECK(queue.undo()); // crossed back to the first item
    CHECK(queue.document() == first);
    CHECK(queue.currentRow() == 0);
    CHECK(storedStatus(*fx.store, fx.items[0].id, fx.annotator) == before);
    CHECK_FALSE(queue.canUndo()); // nothing left to undo here, nor behind
    REQUIRE(queue.canRedo());
    queue.redo();
    CHECK(storedStatus(*fx.store, fx.items[0].id, fx.annotator) == SubmissionStatus::Done);
    CHECK(queue.currentRow() == 0); // redo stays on the item

    // Undo within the open item stays there.
    queue.goNext();
    REQUIRE(Commands::addAnnotation(*queue.document(), AnnotationKind::Box,
                                    QStringLiteral("Buffer"),
                                    test::sampleValue(AnnotationKind::Box))
                    .ok());
    REQUIRE(queue.canUndo());
    CHECK_FALSE(queue.undo());
    CHECK(queue.currentRow() == 1);
    CHECK(queue.document()->annotations().isEmpty());

    // Flag the second, skip the last: the last one stays open.
    const WorkQueue::Finished flagged =
            queue.finish(SubmissionStatus::Flagged, QStringLiteral("Geen buffer"));
    CHECK(flagged.outcome == Outcome::MovedOn);
    CHECK(flagged.row == 1);
    const auto submission = fx.store->submission(fx.items[1].id, fx.annotator.id);
    REQUIRE(submission);
    CHECK(submission->status == SubmissionStatus::Flagged);
    CHECK(submission->reason == QStringLiteral("Geen buffer"));
    const WorkQueue::Finished skipped = queue.finish(SubmissionStatus::Skipped);
    CHECK(skipped.outcome == Outcome::WasLast);
    CHECK(skipped.row == 2);
    CHECK(queue.currentRow() == 2);
    CHECK(storedStatus(*fx.store, fx.items[2].id, fx.annotator) == SubmissionStatus::Skipped);

    // Undo walks back: the skip (same item), then across to the flagged item.
    CHECK_FALSE(queue.undo());
    CHECK(storedStatus(*fx.store, fx.items[2].id, fx.annotator) != SubmissionStatus::Skipped);
    CHECK(queue.undo());
    CHECK(queue.currentRow() == 1);
    CHECK(storedStatus(*fx.store, fx.items[1].id, fx.annotator) != SubmissionStatus::Flagged);

    // Reopening the task starts where the person was (the undo went back there).
    REQUIRE(queue.openTask(fx.task.id));
    CHECK_FALSE(queue.canUndo()); // the documents and their histories are gone
    CHECK(queue.startItemId() == fx.items[1].id);
}

TEST_CASE("Required questions keep done back, not flag or skip", "[workqueue]")
{
    test::Fixture fx(1);
    const Task news = test::createTask(*fx.store, fx.annotator, test::newsSchema(),
                                       {MediaKind::Image, MediaKind::Image}, fx.dir.path());
    WorkQueue queue(*fx.store);
    queue.setProfile(fx.annotator);
    REQUIRE(queue.openTask(news.id));
    REQUIRE(queue.items().size() == 2);
    REQUIRE(queue.openItem(queue.startItemId()));
    const QString itemId = queue.currentItemId();

    const WorkQueue::Finished refused = queue.finish(SubmissionStatus::Done);
    CHECK(refused.outcome == WorkQueue::Finished::Outcome::QuestionsOpen);
    CHECK_FALSE(refused.unfinished.isEmpty());
    CHECK(queue.currentItemId() == itemId); // stays
    CHECK(storedStatus(*fx.store, itemId, fx.annotator) != SubmissionStatus::Done);
    CHECK_FALSE(queue.canUndo()); // nothing was written

    CHECK(queue.finish(SubmissionStatus::Skipped).outcome == WorkQueue::Finished::Outcome::MovedOn);
    CHECK(storedStatus(*fx.store, itemId, fx.annotator) == SubmissionStatus::Skipped);
}
