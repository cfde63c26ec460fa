// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's task list figures (issue 14, point 5; core/quality/taskoverview.h) on a real
// store: done / flagged / in review / to do per piece of work, open flags, work sent back, the
// task's version and its last published package, for every task at once.
#include "quality/taskoverview.h"
#include "store/store.h"
#include "testutil.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

Schema reviewedSchema()
{
    const QByteArray json = R"({
      "format": 1,
      "labels": [{"name": "Auto", "colour": "#1f77b4", "kinds": ["box"]}],
      "review": {"firstItems": 1}
    })";
    auto schema = Schema::fromJson(json, QStringLiteral("overview-schema.json"));
    REQUIRE(schema.ok());
    return *schema;
}

const TaskOverview &find(const QList<TaskOverview> &all, const QString &taskId)
{
    for (const TaskOverview &o : all)
        if (o.task.id == taskId)
            return o;
    FAIL("no overview for the task");
    return all.first();
}

} // namespace

TEST_CASE("The task overview counts each piece of work once: done, flagged, in review, to do",
          "[quality][overview]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
    const Profile lotte = *store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    const Profile anna = *store->addProfile(QStringLiteral("Anna"), Role::Annotator);
    const Profile bram = *store->addProfile(QStringLiteral("Bram"), Role::Annotator);
    const Task task = test::createTask(*store, lotte, reviewedSchema(),
                                       QList<MediaKind>(5, MediaKind::Image), dir.path());
    const Task other = test::createTask(*store, lotte, reviewedSchema(),
                                        QList<MediaKind>(2, MediaKind::Image), dir.path());
    const QList<Item> items = store->items(task.id);

    // Nobody assigned, nobody started: each item is one piece to do.
    TaskOverview o = TaskOverviews::of(*store, task);
    CHECK(o.items == 5);
    CHECK(o.pieces == 5);
    CHECK(o.toDo == 5);
    CHECK(o.publishedVersion == 0);

    REQUIRE(store->assignRoundRobin(task.id, {anna.id, bram.id}, 2, lotte.id).ok());
    o = TaskOverviews::of(*store, task);
    CHECK(o.pieces == 10);
    CHECK(o.people == 2);
    CHECK(o.toDo == 10);

    const auto mark = [&](const Profile &who, int item, SubmissionStatus status) {
        REQUIRE(store->setSubmission({task.id, items[item].id, who.id, status,
                                      status == SubmissionStatus::Flagged
                                              ? QStringLiteral("onscherp")
                                              : QString(),
                                      0},
                                     who.id)
                        .ok());
    };
    mark(anna, 0, SubmissionStatus::Done);       // her first item: in review (firstItems 1)
    mark(anna, 1, SubmissionStatus::Done);       // done
    mark(anna, 2, SubmissionStatus::Flagged);    // an open flag
    mark(anna, 3, SubmissionStatus::Skipped);    // to do
    mark(bram, 0, SubmissionStatus::InProgress); // to do
    mark(bram, 1, SubmissionStatus::Flagged);    // his first: a flag, and open
    mark(bram, 2, SubmissionStatus::Done);       // done
    o = TaskOverviews::of(*store, task);
    CHECK(o.inReview == 1);
    CHECK(o.done == 2);
    CHECK(o.flagged == 2);
    CHECK(o.openFlags == 2);
    CHECK(o.toDo == 5);
    CHECK(o.skipped == 1);
    CHECK(o.started == 1);
    CHECK(o.pieces == 10);

    // Verdicts: Anna's first accepted (done), her flag accepted (still flagged, no longer open),
    // Bram's done item rejected (back to do, with feedback).
    REQUIRE(store->setReview({task.id, items[0].id, anna.id, lotte.id, Verdict::Accepted, {}},
                             lotte.id)
                    .ok());
    REQUIRE(store->setReview({task.id, items[2].id, anna.id, lotte.id, Verdict::Accepted, {}},
                             lotte.id)
                    .ok());
    REQUIRE(store->setReview({task.id, items[2].id, bram.id, lotte.id, Verdict::Rejected,
                              QStringLiteral("Box te ruim")},
                             lotte.id)
                    .ok());
    const QList<TaskOverview> all = TaskOverviews::all(*store);
    REQUIRE(all.size() == 2);
    o = find(all, task.id);
    CHECK(o.inReview == 0);
    CHECK(o.done == 2);
    CHECK(o.flagged == 2);
    CHECK(o.openFlags == 1);
    CHECK(o.feedback == 1);
    CHECK(o.toDo == 6);
    CHECK(o.pieces == 10);
    CHECK(find(all, other.id).toDo == 2);

    // Bram marks it done again after the feedback: a verdict was given before, so it is in
    // review again.
    mark(bram, 2, SubmissionStatus::Done);
    o = TaskOverviews::of(*store, task);
    CHECK(o.feedback == 0);
    CHECK(o.inReview == 1);

    // Work on an item that went to someone else since still counts as that person's.
    REQUIRE(store->setAssignment(items[1].id, anna.id, false, lotte.id).ok());
    CHECK(TaskOverviews::of(*store, task).pieces == 10);
    // Unfinished work on an item taken away does not.
    REQUIRE(store->setAssignment(items[3].id, anna.id, false, lotte.id).ok());
    CHECK(TaskOverviews::of(*store, task).pieces == 9);
}

TEST_CASE("The task overview shows the version and the newest package this PC knows",
          "[quality][overview]")
{
    test::Fixture fx(2);
    const QString base = QStringLiteral("tasks/%1/").arg(fx.task.id);
    REQUIRE(fx.store->markSeen(base + QStringLiteral("task-v1.zip"),
                               {10, 1'700'000'000'000, QStringLiteral("own"), {}, 0, {}})
                    .ok());
    REQUIRE(fx.store->markSeen(base + QStringLiteral("task-v2.zip"),
                               {10, 1'700'000'500'000, QStringLiteral("imported"), {}, 0, {}})
                    .ok());
    // A refused package and someone's temporary file are not a published version.
    REQUIRE(fx.store->markSeen(base + QStringLiteral("task-v3.zip"),
                               {10, 1'700'000'900'000, QStringLiteral("refused"), {}, 0, {}})
                    .ok());
    REQUIRE(fx.store->markSeen(base + QStringLiteral(".task-v4.zip.x.part"),
                               {10, 1'700'001'000'000, QStringLiteral("own"), {}, 0, {}})
                    .ok());
    const TaskOverview o = TaskOverviews::all(*fx.store).first();
    CHECK(o.task.version == 1);
    CHECK(o.publishedVersion == 2);
    CHECK(o.publishedAtMs == 1'700'000'500'000);
}
