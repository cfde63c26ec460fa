// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where each task stands, for the team lead's task list (issue 14, point 5): cheap enough to
// read for every task at once, so it compares no one's work with anyone else's (no agreement,
// no consensus; TeamFigures does that for one task on the dashboard).
//
// A task's work is counted in pieces: an item for each person who does it (its assigned
// people; with no assignments at all, everyone who worked on the task; and anyone who marked
// an item done or flagged that is no longer theirs). Each piece is in one of four parts:
// - flagged: marked flagged and not sent back; an *open* flag has no verdict since it was
//   flagged (a flag to look at);
// - in review: marked done, waiting for a verdict that the task's review policy asks for (its
//   sample, each person's first items, or a verdict given before). Work that only the
//   disagreement rule or an unsettled consensus would put in the review queue is counted as
//   done here: finding it needs the agreement this overview leaves out;
// - done: marked done otherwise (accepted, corrected, or not picked for review);
// - to do: not started, started, skipped ("for now"), or sent back with feedback.

#include "model/entities.h"

#include <QList>

namespace annostraat {

class Store;

struct TaskOverview
{
    Task task;
    int items = 0;
    int people = 0; ///< people with pieces of work
    int pieces = 0; ///< done + flagged + inReview + toDo
    int done = 0;
    int flagged = 0;
    int inReview = 0;
    int toDo = 0;
    int started = 0;   ///< part of toDo
    int skipped = 0;   ///< part of toDo
    int feedback = 0;  ///< part of toDo: sent back with a comment
    int openFlags = 0; ///< part of flagged: no verdict since
    /// The newest version of the task on the share that this PC knows (published here or
    /// pulled), and its file's time (ms since the epoch); 0 when none is known.
    int publishedVersion = 0;
    qint64 publishedAtMs = 0;
};

namespace TaskOverviews {

/// Every task of the store, in Store::tasks() order.
QList<TaskOverview> all(const Store &store);
/// One task.
TaskOverview of(const Store &store, const Task &task);

} // namespace TaskOverviews
} // namespace annostraat
