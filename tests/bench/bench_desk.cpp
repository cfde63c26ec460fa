// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's desk benchmark (issue 14, points 4 and 5): TASKS tasks of ITEMS image items,
// each given to 2 of 3 annotators, who drew two boxes on and marked done about two thirds of
// their items (some flagged, a few rejected), in a real store file. Prints the time of the
// task list's figures for every task at once (TaskOverviews::all) next to the dashboard's
// figures (TeamFigures::compute, with agreement) for the same tasks, and of an assignment plan
// on one task: round-robin for a fourth person and moving an absent person's items, made and
// applied. Asserts nothing about speed.
//
//   bench_desk [TASKS] [ITEMS]   default 10 tasks of 2000 items. ANNOSTRAAT_BENCH_DIR: where
//                                the store goes.

#include "benchutil.h"
#include "model/entities.h"
#include "quality/taskoverview.h"
#include "quality/teamfigures.h"
#include "store/assignmentplan.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cstdio>
#include <vector>

using namespace annostraat;
using bench::check;

namespace {

Schema schema()
{
    const QByteArray json = R"({"format": 1,
      "labels": [{"name": "Lamp", "colour": "#1f77b4", "kinds": ["box"]},
                 {"name": "Paal", "colour": "#d62728", "kinds": ["box"]}],
      "review": {"sample": 10, "firstItems": 5, "disagreement": true, "flagged": true}})";
    return check(Schema::fromJson(json, QStringLiteral("bench-desk.json")), "schema");
}

QJsonObject rect(double x, double y)
{
    return {{QStringLiteral("x"), x},
            {QStringLiteral("y"), y},
            {QStringLiteral("w"), 40.0},
            {QStringLiteral("h"), 30.0}};
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int taskCount = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10;
    const int itemCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 2000;
    if (taskCount < 1 || itemCount < 3)
        bench::die(QStringLiteral("usage: bench_desk [TASKS >= 1] [ITEMS >= 3]"));
    const QString base = qEnvironmentVariable("ANNOSTRAAT_BENCH_DIR");
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-desk-XXXXXX")
                                     : base + QStringLiteral("/bench-desk-XXXXXX"));
    if (!dir.isValid())
        bench::die(QStringLiteral("cannot make a temporary folder"));
    auto store =
            check(Store::open(dir.filePath(QStringLiteral("store.sqlite"))), "opening the store");
    const Profile lead =
            check(store->addProfile(QStringLiteral("Lotte"), Role::TeamLead), "profile");
    QList<Profile> people;
    for (const char *name : {"Anna", "Bram", "Cem", "Dirk"})
        people << check(store->addProfile(QString::fromLatin1(name), Role::Annotator), "profile");

    QElapsedTimer fillTime;
    fillTime.start();
    QList<Task> tasks;
    for (int t = 0; t < taskCount; ++t) {
        Task task;
        task.name = QStringLiteral("Taak %1").arg(t + 1);
        task.schema = schema();
        task.annotatorsPerItem = 2;
        QList<Item> items;
        for (int i = 0; i < itemCount; ++i) {
            Item item;
            item.mediaPath = dir.filePath(QStringLiteral("t%1/foto-%2.jpg").arg(t).arg(i));
            item.sha256 = QString(64, QLatin1Char('a' + i % 6));
            item.size = 1000 + i;
            item.order = i;
            items << item;
        }
        const Task made = check(store->createTask(task, items, lead.id), "task");
        tasks << made;
        check(store->assignRoundRobin(made.id, {people[0].id, people[1].id, people[2].id}, 2,
                                      lead.id),
              "assigning");
        // Two thirds of each person's items worked on: two boxes each, marked done; every
        // 17th flagged, every 29th done one rejected.
        QList<Change> work;
        const QHash<QString, QStringList> assigned = store->assignments(made.id);
        const QList<Item> stored = store->items(made.id);
        for (int i = 0; i < stored.size(); ++i) {
            if (i % 3 == 2)
                continue;
            for (const QString &person : assigned.value(stored[i].id)) {
                for (int b = 0; b < 2; ++b) {
                    Annotation a{newId(),
                                 made.id,
                                 stored[i].id,
                                 person,
                                 AnnotationKind::Box,
                                 b ? QStringLiteral("Paal") : QStringLiteral("Lamp"),
                                 rect(10 + b * 100 + (person == people[1].id ? 3 : 0), 20),
                                 {},
                                 false};
                    work << Store::annotationChange(a);
                }
                const bool flag = i % 17 == 0;
                work << Store::submissionChange(
                        {made.id, stored[i].id, person,
                         flag ? SubmissionStatus::Flagged : SubmissionStatus::Done,
                         flag ? QStringLiteral("onscherp") : QString(), 60'000},
                        person);
            }
        }
        check(store->record(work), "work");
        QList<Change> verdicts;
        for (int i = 0; i < stored.size(); i += 29)
            if (i % 3 != 2 && i % 17 != 0)
                for (const QString &person : assigned.value(stored[i].id))
                    verdicts << Store::reviewChange({made.id, stored[i].id, person, lead.id,
                                                     Verdict::Rejected,
                                                     QStringLiteral("Box te ruim")},
                                                    lead.id);
        check(store->record(verdicts), "verdicts");
    }
    std::printf("store: %d tasks x %d image items, 2 of 3 annotators per item, two thirds of the "
                "work done "
                "with 2 boxes each (filled in %.0f ms)\n",
                taskCount, itemCount, msSince(fillTime));

    std::vector<double> overview;
    QList<TaskOverview> last;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        last = TaskOverviews::all(*store);
        overview.push_back(msSince(t));
    }
    int pieces = 0;
    for (const TaskOverview &o : last)
        pieces += o.pieces;
    std::printf("task list figures, all %d tasks (%d pieces of work): median of 5 %.1f ms\n",
                taskCount, pieces, bench::median(overview));

    QElapsedTimer figuresTime;
    figuresTime.start();
    for (const Task &task : std::as_const(tasks))
        (void)TeamFigures::compute(*store, task);
    std::printf(
            "dashboard figures (with agreement), the same %d tasks one after the other: %.0f ms\n",
            taskCount, msSince(figuresTime));

    const QString first = tasks.first().id;
    QElapsedTimer planTime;
    planTime.start();
    const AssignmentPlan turn = check(
            planRoundRobin(*store, first, {people[0].id, people[1].id, people[2].id, people[3].id},
                           3, lead.id),
            "round-robin plan");
    const double turnMs = msSince(planTime);
    planTime.restart();
    check(applyPlan(*store, turn), "applying the round-robin plan");
    const double turnApplyMs = msSince(planTime);
    std::printf("round-robin to 3 per item with a fourth person on %d items: plan %.1f ms (%d "
                "new), apply %.1f ms\n",
                itemCount, turnMs, turn.added(), turnApplyMs);
    planTime.restart();
    const AssignmentPlan away =
            check(planReassign(*store, first, people[0].id,
                               {people[1].id, people[2].id, people[3].id}, lead.id),
                  "reassign plan");
    const double awayMs = msSince(planTime);
    planTime.restart();
    check(applyPlan(*store, away), "applying the reassign plan");
    std::printf("moving Anna's unfinished items: plan %.1f ms (%d moved), apply %.1f ms\n", awayMs,
                away.withdrawn(), msSince(planTime));
    std::printf("peak memory: %lld KiB\n", static_cast<long long>(bench::peakRssKb()));
    return 0;
}
