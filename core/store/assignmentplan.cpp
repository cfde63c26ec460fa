// SPDX-License-Identifier: GPL-3.0-or-later
#include "assignmentplan.h"

#include "store.h"
#include "taskbuilder.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::AssignmentPlan)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::AssignmentPlan)
};

QStringList sorted(QStringList list)
{
    std::sort(list.begin(), list.end());
    return list;
}

/// People named by id or name, as ids, in the order given; each once.
Result<QStringList> profileIds(const Store &store, const QStringList &people)
{
    QStringList ids;
    for (const QString &given : people) {
        const auto profile = store.findProfile(given);
        if (!profile)
            return Error(Tr::msg("there is no profile \"%1\"").arg(given));
        if (ids.contains(profile->id))
            return Error(Tr::msg("%1 is named twice").arg(profile->name));
        ids << profile->id;
    }
    return ids;
}

/// What a plan starts from: the task's live items, and their live assignments.
struct Start
{
    QList<Item> items;
    QHash<QString, QStringList> assigned;
};

Result<Start> startOf(const Store &store, const QString &taskId)
{
    if (!store.task(taskId))
        return Error(Tr::msg("there is no task \"%1\"").arg(taskId));
    store.clearReadError();
    Start start{store.items(taskId), store.assignments(taskId)};
    if (store.hasReadError())
        return store.readError();
    // Assignments of removed items count for nobody.
    QHash<QString, QStringList> live;
    for (const Item &item : std::as_const(start.items))
        if (const auto it = start.assigned.constFind(item.id); it != start.assigned.cend())
            live.insert(item.id, it.value());
    start.assigned = live;
    return start;
}

/// Counts before and after, and the changes and basis, from the steps.
void finish(AssignmentPlan &plan, const Start &start, const QStringList &named)
{
    for (const QString &person : named)
        plan.before.insert(person, 0);
    for (auto it = start.assigned.cbegin(); it != start.assigned.cend(); ++it)
        for (const QString &person : it.value())
            ++plan.before[person];
    plan.after = plan.before;
    for (const PlannedAssignment &step : std::as_const(plan.steps)) {
        plan.after[step.person] += step.assigned ? 1 : -1;
        plan.changes << Store::assignmentChange(plan.taskId, step.itemId, step.person,
                                                step.assigned, plan.author);
        if (!plan.basis.contains(step.itemId))
            plan.basis.insert(step.itemId, sorted(start.assigned.value(step.itemId)));
    }
}

} // namespace

int AssignmentPlan::added() const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
                             [](const PlannedAssignment &s) { return s.assigned; }));
}

int AssignmentPlan::withdrawn() const
{
    return int(steps.size()) - added();
}

QStringList AssignmentPlan::people() const
{
    QStringList ids = before.keys();
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (!before.contains(it.key()))
            ids << it.key();
    std::sort(ids.begin(), ids.end());
    return ids;
}

AssignmentPlan AssignmentPlan::inverse() const
{
    AssignmentPlan back;
    back.taskId = taskId;
    back.author = author;
    back.before = after;
    back.after = before;
    // The assignments this plan leaves on each item it touched.
    QHash<QString, QStringList> now = basis;
    for (const PlannedAssignment &step : steps) {
        QStringList &people = now[step.itemId];
        if (step.assigned)
            people << step.person;
        else
            people.removeAll(step.person);
    }
    for (auto it = now.begin(); it != now.end(); ++it)
        std::sort(it->begin(), it->end());
    back.basis = now;
    for (auto step = steps.crbegin(); step != steps.crend(); ++step) {
        back.steps << PlannedAssignment{step->itemId, step->person, !step->assigned};
        back.changes << Store::assignmentChange(taskId, step->itemId, step->person, !step->assigned,
                                                author);
    }
    return back;
}

Result<AssignmentPlan> planRoundRobin(const Store &store, const QString &taskId,
                                      const QStringList &people, int perItem, const QString &author,
                                      std::optional<ItemRange> range)
{
    auto start = startOf(store, taskId);
    if (!start)
        return start.error();
    if (people.isEmpty())
        return Error(Tr::msg("name at least one annotator to assign"));
    auto ids = profileIds(store, people);
    if (!ids)
        return ids.error();
    if (perItem < 1 || perItem > ids->size())
        return Error(Tr::msg("%1 annotators per item is not possible with %2 annotators")
                             .arg(perItem)
                             .arg(ids->size()));
    QList<Item> items = start->items;
    if (range) {
        if (range->first < 1 || range->last < range->first || range->last > items.size())
            return Error(Tr::msg("items %1 to %2 is not a range of this task's items (1 to %3)")
                                 .arg(range->first)
                                 .arg(range->last)
                                 .arg(items.size()));
        items = items.mid(range->first - 1, range->last - range->first + 1);
    }

    // Gold items go to everyone named, outside the turn, so each person's work is scored
    // against gold; nothing marks them in anyone's queue (decision 0021).
    QSet<QString> gold;
    for (const GoldMark &mark : store.goldMarks(taskId))
        gold.insert(mark.itemId);

    AssignmentPlan plan;
    plan.taskId = taskId;
    plan.author = author;
    qsizetype next = 0; // whose turn it is
    for (const Item &item : std::as_const(items)) {
        QStringList on = start->assigned.value(item.id);
        if (gold.contains(item.id)) {
            for (const QString &person : std::as_const(*ids))
                if (!on.contains(person))
                    plan.steps << PlannedAssignment{item.id, person, true};
            continue;
        }
        // Whoever has the item already counts towards its N, also people not named now.
        qsizetype need = perItem - on.size();
        for (qsizetype tried = 0; need > 0 && tried < ids->size(); ++tried) {
            const QString &person = ids->at(next++ % ids->size());
            if (on.contains(person))
                continue;
            plan.steps << PlannedAssignment{item.id, person, true};
            on << person;
            --need;
        }
    }
    finish(plan, *start, *ids);
    return plan;
}

Result<AssignmentPlan> planReassign(const Store &store, const QString &taskId,
                                    const QString &absentPerson, const QStringList &toPeople,
                                    const QString &author)
{
    auto start = startOf(store, taskId);
    if (!start)
        return start.error();
    const auto absent = store.findProfile(absentPerson);
    if (!absent)
        return Error(Tr::msg("there is no profile \"%1\"").arg(absentPerson));
    if (toPeople.isEmpty())
        return Error(Tr::msg("name at least one person to take over %1's items").arg(absent->name));
    auto ids = profileIds(store, toPeople);
    if (!ids)
        return ids.error();
    if (ids->contains(absent->id))
        return Error(Tr::msg("%1's items cannot go to %1").arg(absent->name));

    QHash<QString, SubmissionStatus> status;
    for (const Submission &s : store.submissions(taskId))
        if (s.annotator == absent->id)
            status.insert(s.itemId, s.status);

    AssignmentPlan plan;
    plan.taskId = taskId;
    plan.author = author;
    qsizetype next = 0;
    for (const Item &item : std::as_const(start->items)) {
        const QStringList on = start->assigned.value(item.id);
        if (!on.contains(absent->id))
            continue;
        switch (status.value(item.id, SubmissionStatus::Todo)) {
        case SubmissionStatus::Done:
        case SubmissionStatus::Flagged:
        case SubmissionStatus::Skipped:
            continue; // finished: their work stays theirs
        case SubmissionStatus::Todo:
        case SubmissionStatus::InProgress:
            break;
        }
        QString receiver;
        for (qsizetype tried = 0; receiver.isEmpty() && tried < ids->size(); ++tried) {
            const QString &person = ids->at(next++ % ids->size());
            if (!on.contains(person))
                receiver = person;
        }
        if (receiver.isEmpty()) {
            plan.unplaced << item.id; // everyone named has it already: it stays
            continue;
        }
        plan.steps << PlannedAssignment{item.id, absent->id, false}
                   << PlannedAssignment{item.id, receiver, true};
    }
    finish(plan, *start, QStringList{absent->id} + *ids);
    return plan;
}

Result<int> applyPlan(Store &store, const AssignmentPlan &plan)
{
    if (plan.isEmpty())
        return 0;
    auto tx = store.begin();
    if (!tx)
        return tx.error();
    // Under the write lock: what the plan was made from must still hold, or it could put more
    // than N people on an item, or move an item someone else moved meanwhile.
    store.clearReadError();
    const QHash<QString, QStringList> now = store.assignments(plan.taskId);
    if (store.hasReadError())
        return store.readError();
    for (auto it = plan.basis.cbegin(); it != plan.basis.cend(); ++it)
        if (sorted(now.value(it.key())) != it.value())
            return Error(
                    Tr::msg("the assignments changed after this plan was made (a sync or another "
                            "window); nothing was written, make the plan again"));
    for (const Change &change : plan.changes)
        if (auto op = tx->record(change); !op)
            return op.error().prefixed(store.path());
    if (auto r = tx->commit(); !r)
        return r.error();
    return int(plan.changes.size());
}

Result<Task> createAssignedTask(Store &store, Task task, QList<Item> items, const QStringList &people,
                                const QString &author)
{
    if (!people.isEmpty() && task.annotatorsPerItem > people.size())
        return Error(Tr::msg("%1 annotators per item is not possible with %2 annotators")
                             .arg(task.annotatorsPerItem)
                             .arg(people.size()));
    auto changes = newTaskChanges(task, items, author);
    if (!changes)
        return changes.error();
    auto tx = store.begin();
    if (!tx)
        return tx.error();
    for (const Change &change : std::as_const(*changes))
        if (auto op = tx->record(change); !op)
            return op.error().prefixed(store.path());
    if (!people.isEmpty()) {
        // Planned inside the transaction: the plan reads the task and items written above (the
        // same connection), and a refusal rolls all of it back.
        auto plan = planRoundRobin(store, task.id, people, task.annotatorsPerItem, author);
        if (!plan)
            return plan.error();
        for (const Change &change : std::as_const(plan->changes))
            if (auto op = tx->record(change); !op)
                return op.error().prefixed(store.path());
    }
    if (auto r = tx->commit(); !r)
        return r.error();
    return task;
}

} // namespace annostraat
