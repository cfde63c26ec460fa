// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskoverview.h"

#include "reviewqueue.h"
#include "store/store.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace annostraat {

namespace {

using Key = std::pair<QString, QString>; // item, person

struct Published
{
    int version = 0;
    qint64 atMs = 0;
};

/// The newest task package per task id among the share files this PC remembers.
QHash<QString, Published> publishedVersions(const Store &store, const QString &taskId = {})
{
    static const QRegularExpression pattern(
            QStringLiteral("^tasks/([^/]+)/task-v(\\d{1,9})\\.zip$"));
    QHash<QString, Published> result;
    for (const auto &[path, seen] :
         store.seenFiles(QStringLiteral("tasks/") +
                         (taskId.isEmpty() ? QString() : taskId + QLatin1Char('/')))) {
        if (seen.outcome == QLatin1String("refused"))
            continue;
        const auto m = pattern.match(path);
        if (!m.hasMatch())
            continue;
        Published &p = result[m.captured(1)];
        const int version = m.captured(2).toInt();
        if (version > p.version)
            p = {version, seen.mtime};
    }
    return result;
}

TaskOverview overviewOf(const Store &store, const Task &task, const Published &published)
{
    TaskOverview o;
    o.task = task;
    o.publishedVersion = published.version;
    o.publishedAtMs = published.atMs;
    const QList<Item> items = store.items(task.id);
    o.items = int(items.size());
    QHash<QString, int> order;
    for (const Item &item : items)
        order.insert(item.id, item.order);

    QHash<Key, Submission> subs;
    for (const Submission &s : store.submissions(task.id))
        if (order.contains(s.itemId))
            subs.insert({s.itemId, s.annotator}, s);
    QHash<Key, Review> verdicts;
    for (const Review &r : store.reviews(task.id))
        verdicts.insert({r.itemId, r.annotator}, r);

    // The pieces of work.
    QSet<Key> pieces;
    const QHash<QString, QStringList> assigned = store.assignments(task.id);
    for (auto it = assigned.cbegin(); it != assigned.cend(); ++it)
        if (order.contains(it.key()))
            for (const QString &person : it.value())
                pieces.insert({it.key(), person});
    if (pieces.isEmpty()) {
        // Nobody assigned anything: everyone who worked on the task has every item (Store::queue).
        QSet<QString> people;
        for (auto it = subs.cbegin(); it != subs.cend(); ++it)
            people.insert(it.key().second);
        for (const Item &item : items)
            for (const QString &person : std::as_const(people))
                pieces.insert({item.id, person});
    }
    // Finished work on an item that is no longer the person's still counts.
    for (auto it = subs.cbegin(); it != subs.cend(); ++it)
        if (it->status == SubmissionStatus::Done || it->status == SubmissionStatus::Flagged)
            pieces.insert(it.key());

    // The review policy's rules that need no agreement: sample, first items, verdict before.
    const ReviewPolicy &policy = task.schema.review();
    QHash<QString, QSet<QString>> firstOf;
    if (policy.firstItems > 0) {
        QHash<QString, QList<std::pair<int, QString>>> submittedBy;
        for (auto it = subs.cbegin(); it != subs.cend(); ++it)
            if (it->status == SubmissionStatus::Done || it->status == SubmissionStatus::Flagged)
                submittedBy[it.key().second]
                        << std::pair{order.value(it.key().first), it.key().first};
        for (auto it = submittedBy.begin(); it != submittedBy.end(); ++it) {
            std::sort(it->begin(), it->end());
            for (qsizetype n = 0; n < it->size() && n < policy.firstItems; ++n)
                firstOf[it.key()].insert(it->at(n).second);
        }
    }

    QSet<QString> people;
    for (const Key &k : std::as_const(pieces)) {
        people.insert(k.second);
        const auto sub = subs.contains(k) ? std::optional(subs.value(k)) : std::nullopt;
        const auto review = verdicts.contains(k) ? std::optional(verdicts.value(k)) : std::nullopt;
        const auto state = ReviewQueue::stateOf(sub, review);
        const SubmissionStatus status = sub ? sub->status : SubmissionStatus::Todo;
        if (state == ReviewState::Feedback) {
            ++o.toDo;
            ++o.feedback;
        } else if (status == SubmissionStatus::Flagged) {
            ++o.flagged;
            if (state == ReviewState::Pending)
                ++o.openFlags;
        } else if (status == SubmissionStatus::Done) {
            const bool picked = review || firstOf.value(k.second).contains(k.first) ||
                                (policy.samplePercent > 0 &&
                                 ReviewQueue::inSample(task.id, k.first, policy.samplePercent));
            if (state == ReviewState::Pending && picked)
                ++o.inReview;
            else
                ++o.done;
        } else {
            ++o.toDo;
            if (status == SubmissionStatus::Skipped)
                ++o.skipped;
            else if (status == SubmissionStatus::InProgress)
                ++o.started;
        }
    }
    if (pieces.isEmpty())
        o.toDo = o.items; // nobody started: each item is one piece to do
    o.people = int(people.size());
    o.pieces = o.done + o.flagged + o.inReview + o.toDo;
    return o;
}

} // namespace

namespace TaskOverviews {

QList<TaskOverview> all(const Store &store)
{
    const QHash<QString, Published> published = publishedVersions(store);
    QList<TaskOverview> result;
    for (const Task &task : store.tasks())
        result << overviewOf(store, task, published.value(task.id));
    return result;
}

TaskOverview of(const Store &store, const Task &task)
{
    return overviewOf(store, task, publishedVersions(store, task.id).value(task.id));
}

} // namespace TaskOverviews
} // namespace annostraat
