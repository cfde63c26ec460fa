// SPDX-License-Identifier: GPL-3.0-or-later
// Assignment plans (issue 14, point 4; core/store/assignmentplan.h; decision 0026) on a real
// store file: round-robin with N per item that counts the people an item has already (the
// over-assignment regression of Store::assignRoundRobin), over a range of items; moving an
// absent person's unfinished items; one transaction per plan; a plan made on assignments that
// changed since is refused whole; the inverse takes a plan back.
#include "document/assignmentcommands.h"
#include "store/assignmentplan.h"
#include "store/store.h"
#include "testutil.h"

#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

struct Team
{
    explicit Team(int items)
        : fx(items)
    {
        lead = *fx.store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
        anna = fx.annotator;
        bram = *fx.store->addProfile(QStringLiteral("Bram"), Role::Annotator);
        cem = *fx.store->addProfile(QStringLiteral("Cem"), Role::Annotator);
        dirk = *fx.store->addProfile(QStringLiteral("Dirk"), Role::Annotator);
    }
    Store &store() { return *fx.store; }
    const QString &task() const { return fx.task.id; }
    QHash<QString, QStringList> assigned() { return store().assignments(task()); }
    int itemsOf(const Profile &p)
    {
        int n = 0;
        for (const QStringList &people : assigned())
            n += people.contains(p.id) ? 1 : 0;
        return n;
    }
    void mark(const Profile &who, int item, SubmissionStatus status)
    {
        REQUIRE(store().setSubmission({task(), fx.items.at(item).id, who.id, status,
                                       status == SubmissionStatus::Flagged
                                               ? QStringLiteral("onscherp")
                                               : QString(),
                                       0},
                                      who.id)
                        .ok());
    }

    test::Fixture fx;
    Profile lead, anna, bram, cem, dirk;
};

} // namespace

TEST_CASE("A round-robin plan counts who each item has already: never more than N per item",
          "[store][assignment]")
{
    Team t(6);
    // The first round: Anna and Bram, two per item.
    auto first = planRoundRobin(t.store(), t.task(), {t.anna.id, t.bram.id}, 2, t.lead.id);
    REQUIRE(first.ok());
    CHECK(first->added() == 12);
    CHECK(first->before.value(t.anna.id) == 0);
    CHECK(first->after.value(t.anna.id) == 6);
    CHECK(first->after.value(t.bram.id) == 6);
    CHECK(t.assigned().isEmpty()); // a plan writes nothing
    REQUIRE(*applyPlan(t.store(), *first) == 12);

    // The regression: the old assignRoundRobin only asked whether *that* person had the item, so
    // the same N with other people put four people on every item.
    CHECK(*t.store().assignRoundRobin(t.task(), {t.cem.id, t.dirk.id}, 2, t.lead.id) == 0);
    for (const QStringList &people : t.assigned())
        CHECK(people.size() == 2);
    auto same = planRoundRobin(t.store(), t.task(), {t.cem.id, t.dirk.id}, 2, t.lead.id);
    REQUIRE(same.ok());
    CHECK(same->isEmpty());
    CHECK(same->before.value(t.anna.id) == 6); // everyone with items is counted, named or not
    CHECK(same->after == same->before);

    // Raising N to three with all four tops each item up by one person, in turn.
    auto third = planRoundRobin(t.store(), t.task(), {t.anna.id, t.bram.id, t.cem.id, t.dirk.id}, 3,
                                t.lead.id);
    REQUIRE(third.ok());
    CHECK(third->added() == 6);
    CHECK(third->after.value(t.cem.id) == 3);
    CHECK(third->after.value(t.dirk.id) == 3);
    CHECK(third->after.value(t.anna.id) == 6);
    for (const PlannedAssignment &step : third->steps)
        CHECK((step.person == t.cem.id || step.person == t.dirk.id));
    REQUIRE(applyPlan(t.store(), *third).ok());
    for (const QStringList &people : t.assigned())
        CHECK(people.size() == 3);
    CHECK(t.itemsOf(t.cem) == 3);

    // Store::assignRoundRobin is the same plan, applied.
    CHECK(*t.store().assignRoundRobin(t.task(), {t.anna.id, t.bram.id, t.cem.id, t.dirk.id}, 3,
                                      t.lead.id) == 0);
    CHECK(t.store()
                  .assignRoundRobin(t.task(), {t.bram.id}, 2, t.lead.id)
                  .error()
                  .message()
                  .contains(QLatin1String("not possible")));
}

TEST_CASE("A round-robin plan over a range of items leaves the others alone", "[store][assignment]")
{
    Team t(10);
    auto plan = planRoundRobin(t.store(), t.task(), {t.anna.id, t.bram.id}, 1, t.lead.id,
                               ItemRange{3, 6});
    REQUIRE(plan.ok());
    CHECK(plan->added() == 4);
    CHECK(plan->after.value(t.anna.id) == 2);
    CHECK(plan->after.value(t.bram.id) == 2);
    REQUIRE(applyPlan(t.store(), *plan).ok());
    const auto assigned = t.assigned();
    for (int i = 0; i < 10; ++i)
        CHECK(assigned.value(t.fx.items.at(i).id).size() == (i >= 2 && i <= 5 ? 1 : 0));
    CHECK(assigned.value(t.fx.items.at(2).id) == QStringList{t.anna.id}); // in turn: Anna first
    CHECK(assigned.value(t.fx.items.at(3).id) == QStringList{t.bram.id});

    // A range outside the task is refused with the task's range in the message.
    auto outside = planRoundRobin(t.store(), t.task(), {t.anna.id}, 1, t.lead.id, ItemRange{5, 11});
    REQUIRE_FALSE(outside.ok());
    CHECK(outside.error().message().contains(QLatin1String("1 to 10")));
    CHECK_FALSE(
            planRoundRobin(t.store(), t.task(), {t.anna.id}, 1, t.lead.id, ItemRange{4, 3}).ok());
    CHECK_FALSE(
            planRoundRobin(t.store(), t.task(), {t.anna.id}, 1, t.lead.id, ItemRange{0, 3}).ok());
    CHECK_FALSE(planRoundRobin(t.store(), t.task(), {QStringLiteral("Nobody")}, 1, t.lead.id).ok());
}

TEST_CASE("Reassigning an absent person moves only their unfinished items, in one transaction",
          "[store][assignment]")
{
    Team t(8);
    REQUIRE(applyPlan(t.store(), *planRoundRobin(t.store(), t.task(),
                                                 {t.anna.id, t.bram.id, t.cem.id}, 2, t.lead.id))
                    .ok());
    // In turn: (Anna, Bram) (Cem, Anna) (Bram, Cem) (Anna, Bram) (Cem, Anna) (Bram, Cem) …
    const QList<Item> annas = t.store().queue(t.task(), t.anna.id);
    REQUIRE(annas.size() == 6);
    const auto indexOf = [&](const Item &item) { return int(t.fx.items.indexOf(item)); };
    t.mark(t.anna, indexOf(annas.at(0)), SubmissionStatus::Done);
    t.mark(t.anna, indexOf(annas.at(1)), SubmissionStatus::Flagged);
    t.mark(t.anna, indexOf(annas.at(2)), SubmissionStatus::Skipped);
    t.mark(t.anna, indexOf(annas.at(3)), SubmissionStatus::InProgress);
    // annas 4 and 5: not started.

    const qint64 opsBefore = t.store().opCount();
    auto plan = planReassign(t.store(), t.task(), QStringLiteral("anna"),
                             {t.bram.id, t.cem.id, t.dirk.id}, t.lead.id);
    REQUIRE(plan.ok());
    CHECK(plan->withdrawn() == 3); // the started one and the two not started
    CHECK(plan->added() == 3);
    CHECK(plan->unplaced.isEmpty());
    CHECK(plan->before.value(t.anna.id) == 6);
    CHECK(plan->after.value(t.anna.id) == 3);
    CHECK(plan->before.value(t.dirk.id) == 0);
    int receivedTotal = 0;
    for (const Profile &p : {t.bram, t.cem, t.dirk})
        receivedTotal += plan->after.value(p.id) - plan->before.value(p.id);
    CHECK(receivedTotal == 3);
    // Never to someone who has the item already.
    const auto before = t.assigned();
    for (const PlannedAssignment &step : plan->steps)
        if (step.assigned)
            CHECK_FALSE(before.value(step.itemId).contains(step.person));

    REQUIRE(*applyPlan(t.store(), *plan) == 6);
    CHECK(t.store().opCount() == opsBefore + 6); // one op per step, nothing else
    CHECK(t.itemsOf(t.anna) == 3);
    const auto after = t.assigned();
    for (int i = 0; i < 3; ++i)
        CHECK(after.value(annas.at(i).id).contains(t.anna.id)); // finished work stays hers
    for (int i = 3; i < 6; ++i) {
        CHECK_FALSE(after.value(annas.at(i).id).contains(t.anna.id));
        CHECK(after.value(annas.at(i).id).size() == 2); // still two people per item
    }

    // Nothing left to move.
    auto again = planReassign(t.store(), t.task(), t.anna.id, {t.bram.id}, t.lead.id);
    REQUIRE(again.ok());
    CHECK(again->isEmpty());
    CHECK_FALSE(planReassign(t.store(), t.task(), t.anna.id, {t.anna.id}, t.lead.id).ok());
    CHECK_FALSE(planReassign(t.store(), t.task(), t.anna.id, {}, t.lead.id).ok());
}

TEST_CASE("An item every receiver already has stays with the absent person", "[store][assignment]")
{
    Team t(2);
    REQUIRE(applyPlan(t.store(),
                      *planRoundRobin(t.store(), t.task(), {t.anna.id, t.bram.id}, 2, t.lead.id))
                    .ok());
    auto plan = planReassign(t.store(), t.task(), t.anna.id, {t.bram.id}, t.lead.id);
    REQUIRE(plan.ok());
    CHECK(plan->isEmpty());
    CHECK(plan->unplaced.size() == 2);
    // With Cem as well, each goes to Cem.
    plan = planReassign(t.store(), t.task(), t.anna.id, {t.bram.id, t.cem.id}, t.lead.id);
    REQUIRE(plan.ok());
    CHECK(plan->unplaced.isEmpty());
    CHECK(plan->after.value(t.cem.id) == 2);
    CHECK(plan->after.value(t.bram.id) == 2);
}

TEST_CASE(
        "A plan made on assignments that changed since is refused whole; its inverse takes it back",
        "[store][assignment]")
{
    Team t(4);
    auto plan = planRoundRobin(t.store(), t.task(), {t.anna.id, t.bram.id}, 1, t.lead.id);
    REQUIRE(plan.ok());
    // Meanwhile (a sync, another window) Cem gets the first item.
    REQUIRE(t.store().setAssignment(t.fx.items.at(0).id, t.cem.id, true, t.lead.id).ok());
    const qint64 ops = t.store().opCount();
    auto stale = applyPlan(t.store(), *plan);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message().contains(QLatin1String("make the plan again")));
    CHECK(t.store().opCount() == ops);
    CHECK(t.itemsOf(t.anna) == 0);

    plan = planRoundRobin(t.store(), t.task(), {t.anna.id, t.bram.id}, 1, t.lead.id);
    REQUIRE(plan.ok());
    CHECK(plan->added() == 3); // the first item has Cem
    REQUIRE(applyPlan(t.store(), *plan).ok());
    const auto applied = t.assigned();

    const AssignmentPlan back = plan->inverse();
    CHECK(back.before == plan->after);
    CHECK(back.after == plan->before);
    REQUIRE(*applyPlan(t.store(), back) == 3);
    CHECK(t.assigned().value(t.fx.items.at(0).id) == QStringList{t.cem.id});
    CHECK(t.itemsOf(t.anna) == 0);
    CHECK(t.itemsOf(t.bram) == 0);
    // Redo: the plan applies again on what its inverse left.
    REQUIRE(applyPlan(t.store(), *plan).ok());
    CHECK(t.assigned() == applied);
    // … and after that the inverse of a reassignment too.
    auto move = planReassign(t.store(), t.task(), t.anna.id, {t.bram.id, t.dirk.id}, t.lead.id);
    REQUIRE(move.ok());
    REQUIRE(applyPlan(t.store(), *move).ok());
    CHECK(t.itemsOf(t.anna) == 0);
    REQUIRE(applyPlan(t.store(), move->inverse()).ok());
    CHECK(t.assigned() == applied);
}

TEST_CASE("Gold items go to everyone named, outside the turn and N", "[store][assignment][gold]")
{
    Team t(3);
    REQUIRE(t.store().setGold(t.fx.items.at(1).id, t.lead.id, true).ok());
    auto plan = planRoundRobin(t.store(), t.task(), {t.anna.id, t.bram.id, t.cem.id}, 1, t.lead.id);
    REQUIRE(plan.ok());
    REQUIRE(applyPlan(t.store(), *plan).ok());
    const auto assigned = t.assigned();
    CHECK(assigned.value(t.fx.items.at(1).id).size() == 3);
    CHECK(assigned.value(t.fx.items.at(0).id).size() == 1);
    CHECK(assigned.value(t.fx.items.at(2).id).size() == 1);
}

TEST_CASE("Applied plans are undo steps: walk the stack back and forth",
          "[store][assignment][undo]")
{
    Team t(6);
    QUndoStack stack;
    QList<int> outcomes;
    const auto heard = [&](const AssignmentPlan &, const Result<int> &r) {
        outcomes << (r ? *r : -1);
    };
    const auto state0 = t.assigned();

    auto share =
            planRoundRobin(t.store(), t.task(), {t.anna.id, t.bram.id, t.cem.id}, 2, t.lead.id);
    REQUIRE(share.ok());
    REQUIRE(*AssignmentCommands::apply(stack, t.store(), *share, QStringLiteral("hand out"),
                                       heard) == 12);
    const auto state1 = t.assigned();
    auto away = planReassign(t.store(), t.task(), t.cem.id, {t.anna.id, t.bram.id, t.dirk.id},
                             t.lead.id);
    REQUIRE(away.ok());
    REQUIRE(AssignmentCommands::apply(stack, t.store(), *away, QStringLiteral("Cem is away"), heard)
                    .ok());
    const auto state2 = t.assigned();
    CHECK(t.itemsOf(t.cem) == 0);
    CHECK(stack.count() == 2);
    // An empty plan is no step.
    auto nothing = planReassign(t.store(), t.task(), t.cem.id, {t.anna.id}, t.lead.id);
    REQUIRE(nothing.ok());
    CHECK(*AssignmentCommands::apply(stack, t.store(), *nothing, QStringLiteral("nothing"),
                                     heard) == 0);
    CHECK(stack.count() == 2);
    CHECK(outcomes.isEmpty()); // the first writes are the caller's to report

    stack.undo();
    CHECK(t.assigned() == state1);
    stack.undo();
    CHECK(t.assigned() == state0);
    stack.redo();
    CHECK(t.assigned() == state1);
    stack.redo();
    CHECK(t.assigned() == state2);
    CHECK(outcomes == QList<int>{8, 12, 12, 8});

    // Something else changed the items meanwhile: the undo writes nothing and says so.
    const Item moved = t.store().queue(t.task(), t.dirk.id).first();
    REQUIRE(t.store().setAssignment(moved.id, t.dirk.id, false, t.lead.id).ok());
    const auto changed = t.assigned();
    stack.undo();
    CHECK(outcomes.last() == -1);
    CHECK(t.assigned() == changed);
}
