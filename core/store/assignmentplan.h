// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Assignment plans (issue 14, point 4; decision 0026). Handing out a task's items is built as
// a plan first and written second, so the team lead sees what will change (per person: items
// before → after) before anything is written, and so the writing is one transaction and one
// batch of ops.
//
// - planRoundRobin(): the items (all, or a range of them) go in turn to the people named until
//   each item has N people. People who have an item already count towards its N, whoever gave
//   it to them: running it again, or with other people, never puts more than N on an item.
//   Gold items go to every person named, outside the turn (decision 0021).
// - planReassign(): an absent person's unfinished items (not marked done, flagged or skipped)
//   go in turn to others, never to someone who already has the item; the absent person's
//   finished work stays theirs.
// - applyPlan(): writes the plan in one transaction, after checking under the write lock that
//   the assignments of the items it touches are still what the plan was made from (a sync or
//   another window may have changed them meanwhile); a plan made on other assignments is
//   refused whole.
// - AssignmentPlan::inverse(): the plan that takes an applied plan back (the assignment view's
//   undo step).

#include "model/entities.h"
#include "op.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace annostraat {

class Store;

/// Items by their place in the task's order, counted from 1, both ends included.
struct ItemRange
{
    int first = 1;
    int last = 1;
};

/// One assignment a plan makes (or withdraws).
struct PlannedAssignment
{
    QString itemId;
    QString person; ///< profile id
    bool assigned = true;

    bool operator==(const PlannedAssignment &) const = default;
};

struct AssignmentPlan
{
    QString taskId;
    QString author;                 ///< who writes it (the team lead)
    QList<PlannedAssignment> steps; ///< in the items' order
    QList<Change> changes;          ///< one per step, what applyPlan() records
    QMap<QString, int> before;      ///< profile id → the task's items assigned to them now
    QMap<QString, int> after;       ///< the same once the plan is applied
    /// Items the plan could not place: an absent person's items that every receiver already has
    /// (they stay with the absent person).
    QStringList unplaced;
    /// The live assignments of every item the plan touches, as the plan saw them (item id →
    /// sorted profile ids). applyPlan() refuses the plan when they changed since.
    QHash<QString, QStringList> basis;

    bool isEmpty() const { return changes.isEmpty(); }
    int added() const;
    int withdrawn() const;
    /// Everyone the plan counts (before or after), by profile id.
    QStringList people() const;
    /// The plan that takes this one back once it was applied: every step the other way round,
    /// made on the assignments this one leaves.
    AssignmentPlan inverse() const;
};

/// Gives each item of \a taskId (or of \a range) \a perItem people from \a people (profile ids or
/// names), in turn, counting the people each item has already. \a perItem must be between 1 and
/// the number of people named.
Result<AssignmentPlan> planRoundRobin(const Store &store, const QString &taskId,
                                      const QStringList &people, int perItem, const QString &author,
                                      std::optional<ItemRange> range = std::nullopt);

/// Moves \a absentPerson's unfinished items of \a taskId to \a toPeople (profile ids or names),
/// in turn, each to someone who does not have it yet.
Result<AssignmentPlan> planReassign(const Store &store, const QString &taskId,
                                    const QString &absentPerson, const QStringList &toPeople,
                                    const QString &author);

/// Writes \a plan in one transaction (one op per step); returns how many assignments changed.
Result<int> applyPlan(Store &store, const AssignmentPlan &plan);

/// Creates \a task with \a items and hands the items out to \a people (profile ids or names),
/// \a task.annotatorsPerItem each, in turn (as planRoundRobin), all in one transaction: the
/// task is there with its assignments, or nothing is written. No people: the task is created
/// for everyone (nobody assigned, Store::queue). The new task page's "Create" (issue 14, point 1).
Result<Task> createAssignedTask(Store &store, Task task, QList<Item> items, const QStringList &people,
                                const QString &author);

} // namespace annostraat
