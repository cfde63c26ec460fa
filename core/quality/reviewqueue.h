// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The review queue (issue 12, points 1 and 3; decision 0018): which people's work on which
// items a reviewer or team lead looks at, why, and where each stands. The task's ReviewPolicy
// (the schema's "review" block) picks the work; every rule that picked it is a reason. Work on
// an item whose consensus no majority settles (consensus.h) is always in the queue: an export
// of the consensus needs a reviewer's correction there.
//
// Where work stands follows from two timestamps, so no PC ever writes another person's
// status: a verdict is about the work as it was marked when the verdict was given.
// - Pending: marked done or flagged, and no verdict since (or the verdict was taken back).
// - Feedback: rejected, and not marked done again since: the item is back in its author's
//   queue, with the comment.
// - Accepted / Corrected: the verdict stands.
// The author cannot change pending work that is in the queue until the verdict (Commands
// refuse it). On an annotator's PC, which has no other person's layer, the disagreement rule
// finds nothing: there the lock follows the other rules and verdicts only.

#include "model/entities.h"
#include "util/message.h"

#include <QList>

#include <optional>

namespace annostraat {

class Store;

enum class ReviewReason {
    Sample,       ///< in the task's random sample
    FirstItems,   ///< one of the person's first N items
    Disagreement, ///< people's work on the item does not match
    Flagged,      ///< the person flagged it
    Returned,     ///< a verdict was given before: marked done again after feedback, or decided
    Unsettled     ///< the consensus cannot settle the item (decision 0021), whatever the policy
};

enum class ReviewState { Pending, Feedback, Accepted, Corrected };

/// One person's work on one item, as the review queue sees it.
struct ReviewEntry
{
    Item item;
    QString annotator;
    Submission submission;
    std::optional<Review> review; ///< the verdict that stands, if any
    ReviewState state = ReviewState::Pending;
    QList<ReviewReason> reasons;
    QList<Message> details; ///< one per reason, worded for people
};

namespace ReviewQueue {

QString toId(ReviewReason reason);
QString toId(ReviewState state);

/// Whether \a itemId of \a taskId falls in a sample of \a percent: the same answer on every PC.
bool inSample(const QString &taskId, const QString &itemId, double percent);

/// Where \a submission stands given the verdict \a review; nullopt when it is not marked done
/// or flagged and no verdict stands (nothing to review).
std::optional<ReviewState> stateOf(const std::optional<Submission> &submission,
                                   const std::optional<Review> &review);

/// The task's work that its policy (or an earlier verdict) puts in the queue, by the items'
/// order and then by person; every state, pending first is up to the caller.
QList<ReviewEntry> build(const Store &store, const Task &task);

/// The queue's entries of one item, everyone's work on it (reads that item's rows only).
QList<ReviewEntry> itemEntries(const Store &store, const Task &task, const QString &itemId);

/// \a annotator's work on \a itemId when it is in the queue.
std::optional<ReviewEntry> entry(const Store &store, const Task &task, const QString &itemId,
                                 const QString &annotator);

/// The rejection \a annotator has to answer on \a itemId (feedback), if any.
std::optional<Review> feedback(const Store &store, const QString &itemId, const QString &annotator);

/// Whether \a annotator's work on \a itemId waits for a verdict: then it is read-only for them.
bool awaitsVerdict(const Store &store, const Task &task, const QString &itemId,
                   const QString &annotator);

} // namespace ReviewQueue
} // namespace annostraat
