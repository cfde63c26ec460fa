// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewqueue.h"

#include "consensus.h"
#include "itemagreement.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QLocale>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::ReviewQueue)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::ReviewQueue)
};

bool submitted(const std::optional<Submission> &s)
{
    return s && (s->status == SubmissionStatus::Done || s->status == SubmissionStatus::Flagged);
}

using Key = std::pair<QString, QString>; // item, annotator

/// What differs between two people's layers on one item: the drawn kinds that do not match
/// and the questions answered differently; empty when they agree.
QStringList differences(const QList<Annotation> &a, const QList<Annotation> &b, const Schema &schema)
{
    QStringList what;
    for (const KindAgreement &k : ItemAgreement::compare(a, b, schema.agreement()))
        if (k.onlyA > 0 || k.onlyB > 0 || k.sameLabel < k.matched)
            what << annostraat::toId(k.kind);
    const auto answers = [](const QList<Annotation> &layer) {
        QMap<QString, QJsonObject> result;
        for (const Annotation &x : layer)
            if (x.kind == AnnotationKind::Answer && !x.deleted && !x.suggested)
                result.insert(x.label, x.value);
        return result;
    };
    const QMap<QString, QJsonObject> ofA = answers(a), ofB = answers(b);
    QSet<QString> questions(ofA.keyBegin(), ofA.keyEnd());
    for (const QString &q : ofB.keys())
        questions.insert(q);
    QStringList differing;
    for (const QString &q : std::as_const(questions))
        if (ofA.value(q) != ofB.value(q))
            differing << q;
    std::sort(differing.begin(), differing.end());
    for (const QString &q : std::as_const(differing))
        what << QStringLiteral("\"%1\"").arg(q);
    return what;
}

QList<ReviewEntry> collect(const Store &store, const Task &task, const QString &onlyItem,
                           const QString &onlyAnnotator)
{
    const ReviewPolicy &policy = task.schema.review();
    QList<Item> items;
    if (onlyItem.isEmpty()) {
        items = store.items(task.id);
    } else if (const auto item = store.item(onlyItem); item && item->taskId == task.id) {
        items << *item;
    }
    QHash<QString, Item> byId;
    for (const Item &i : std::as_const(items))
        byId.insert(i.id, i);

    // One entry reads one item's rows (the review panel after each verdict); the queue reads the task's.
    QMap<Key, Submission> subs;
    QHash<QString, QList<std::pair<int, QString>>> submittedBy; // annotator → (order, item)
    for (const Submission &s : onlyItem.isEmpty() ? store.submissions(task.id) : store.itemSubmissions(onlyItem))
        if (s.taskId == task.id)
            subs.insert({s.itemId, s.annotator}, s);
    QMap<Key, Review> verdicts;
    for (const Review &r : onlyItem.isEmpty() ? store.reviews(task.id) : store.itemReviews(onlyItem))
        if (byId.contains(r.itemId))
            verdicts.insert({r.itemId, r.annotator}, r);

    // "First N items": by the task's order among the items the person marked done or flagged.
    QHash<QString, QSet<QString>> firstOf;
    if (policy.firstItems > 0 && !onlyItem.isEmpty()) {
        for (auto it = subs.cbegin(); it != subs.cend(); ++it)
            if (submitted(*it) && store.submittedBefore(task.id, it.key().second, it.key().first) < policy.firstItems)
                firstOf[it.key().second].insert(it.key().first);
    } else if (policy.firstItems > 0) {
        QHash<QString, int> order;
        for (const Item &i : std::as_const(items))
            order.insert(i.id, i.order);
        for (auto it = subs.cbegin(); it != subs.cend(); ++it)
            if (submitted(*it) && order.contains(it.key().first))
                submittedBy[it.key().second] << std::pair{order.value(it.key().first), it.key().first};
        for (auto it = submittedBy.begin(); it != submittedBy.end(); ++it) {
            std::sort(it->begin(), it->end());
            for (qsizetype n = 0; n < it->size() && n < policy.firstItems; ++n)
                firstOf[it.key()].insert(it->at(n).second);
        }
    }

    QHash<QString, QString> names;
    for (const Profile &p : store.profiles())
        names.insert(p.id, p.name);
    const auto nameOf = [&](const QString &id) { return names.value(id, id); };

    // Disagreement: every two people who marked the item done, compared layer to layer.
    QHash<Key, QList<Message>> disagreements;
    if (policy.disagreement) {
        // Who marked each item done, gathered once: not a pass over every submission of the
        // task for every item (10,000 items x 30,000 submissions).
        QHash<QString, QStringList> doneBy;
        for (auto it = subs.cbegin(); it != subs.cend(); ++it)
            if (it->status == SubmissionStatus::Done)
                doneBy[it.key().first] << it.key().second;
        for (const Item &item : std::as_const(items)) {
            QStringList people = doneBy.value(item.id);
            if (people.size() < 2)
                continue;
            std::sort(people.begin(), people.end(), [&](const QString &a, const QString &b) {
                return std::pair(nameOf(a), a) < std::pair(nameOf(b), b);
            });
            QHash<QString, QList<Annotation>> layers;
            for (const Annotation &a : store.annotations(item.id))
                layers[a.author] << a;
            for (qsizetype i = 0; i < people.size(); ++i)
                for (qsizetype j = i + 1; j < people.size(); ++j) {
                    const QStringList what = differences(layers.value(people[i]), layers.value(people[j]), task.schema);
                    if (what.isEmpty())
                        continue;
                    const Message m = Tr::msg("%1 and %2 disagree (%3)")
                                              .arg(nameOf(people[i]), nameOf(people[j]), what.join(QStringLiteral(", ")));
                    disagreements[{item.id, people[i]}] << m;
                    disagreements[{item.id, people[j]}] << m;
                }
        }
    }

    // What the consensus cannot settle: on every item two or more people marked done, unless
    // a correction stands there (Consensus::settle, decision 0021). Not a policy rule: an
    // export of the consensus needs a decision on it.
    QHash<Key, Message> unsettled;
    {
        QHash<QString, QSet<QString>> finished;
        for (auto it = subs.cbegin(); it != subs.cend(); ++it)
            if (it->status == SubmissionStatus::Done && byId.contains(it.key().first))
                finished[it.key().first].insert(it.key().second);
        QHash<QString, QList<Review>> corrections;
        QHash<QString, QSet<QString>> reviewers;
        for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it) {
            reviewers[it.key().first].insert(it->reviewer);
            const auto sub = subs.contains(it.key()) ? std::optional(subs.value(it.key())) : std::nullopt;
            if (ReviewQueue::stateOf(sub, *it) == ReviewState::Corrected)
                corrections[it.key().first] << *it;
        }
        ConsensusOptions options;
        options.minAgreement = task.schema.agreement().minAgreement;
        options.agreement = task.schema.agreement().tolerances;
        for (auto it = finished.cbegin(); it != finished.cend(); ++it) {
            if (it->size() < 2 || corrections.contains(it.key()))
                continue;
            const ItemConsensus c = Consensus::settle(store.annotations(it.key()), *it, {},
                                                      reviewers.value(it.key()), options);
            if (c.unsettled.isEmpty())
                continue;
            Message joined = Consensus::describe(c.unsettled.first());
            QStringList said{joined.english()};
            for (qsizetype i = 1; i < c.unsettled.size(); ++i) {
                const Message m = Consensus::describe(c.unsettled.at(i));
                if (said.contains(m.english()))
                    continue; // two boxes of one label, each a tie: said once
                said << m.english();
                joined = Tr::msg("%1; %2").arg(joined, m);
            }
            for (const QString &person : *it)
                unsettled.insert({it.key(), person}, joined);
        }
    }

    QSet<Key> keys;
    for (auto it = subs.cbegin(); it != subs.cend(); ++it)
        keys.insert(it.key());
    for (auto it = verdicts.cbegin(); it != verdicts.cend(); ++it)
        keys.insert(it.key());
    QList<Key> ordered(keys.cbegin(), keys.cend());
    ordered.removeIf([&](const Key &k) {
        return !byId.contains(k.first) || (!onlyAnnotator.isEmpty() && k.second != onlyAnnotator);
    });
    std::sort(ordered.begin(), ordered.end(), [&](const Key &a, const Key &b) {
        const int oa = byId.value(a.first).order, ob = byId.value(b.first).order;
        if (oa != ob)
            return oa < ob;
        if (a.first != b.first)
            return a.first < b.first;
        return std::pair(nameOf(a.second), a.second) < std::pair(nameOf(b.second), b.second);
    });

    QList<ReviewEntry> result;
    for (const Key &k : std::as_const(ordered)) {
        const std::optional<Submission> sub = subs.contains(k) ? std::optional(subs.value(k)) : std::nullopt;
        const std::optional<Review> review = verdicts.contains(k) ? std::optional(verdicts.value(k)) : std::nullopt;
        const auto state = ReviewQueue::stateOf(sub, review);
        if (!state)
            continue;
        ReviewEntry e;
        e.item = byId.value(k.first);
        e.annotator = k.second;
        if (sub) {
            e.submission = *sub;
        } else {
            e.submission.taskId = task.id;
            e.submission.itemId = k.first;
            e.submission.annotator = k.second;
        }
        e.review = review;
        e.state = *state;
        const QString who = nameOf(k.second);
        if (policy.samplePercent > 0 && ReviewQueue::inSample(task.id, k.first, policy.samplePercent)) {
            e.reasons << ReviewReason::Sample;
            e.details << Tr::msg("in the task's sample of %1 %").arg(QLocale::c().toString(policy.samplePercent));
        }
        if (firstOf.value(k.second).contains(k.first)) {
            e.reasons << ReviewReason::FirstItems;
            e.details << Tr::msg("one of %1's first %2 items").arg(who).arg(policy.firstItems);
        }
        if (disagreements.contains(k)) {
            e.reasons << ReviewReason::Disagreement;
            const QList<Message> ms = disagreements.value(k);
            Message joined = ms.first();
            for (qsizetype i = 1; i < ms.size(); ++i)
                joined = Tr::msg("%1; %2").arg(joined, ms.at(i));
            e.details << joined;
        }
        if (policy.flagged && sub && sub->status == SubmissionStatus::Flagged) {
            e.reasons << ReviewReason::Flagged;
            e.details << Tr::msg("flagged by %1: %2").arg(who, sub->reason);
        }
        if (unsettled.contains(k)) {
            e.reasons << ReviewReason::Unsettled;
            e.details << unsettled.value(k);
        }
        if (review) {
            e.reasons << ReviewReason::Returned;
            e.details << (e.state == ReviewState::Pending
                                  ? Tr::msg("marked done again after a verdict")
                                  : Tr::msg("a verdict was given"));
        }
        if (!e.reasons.isEmpty())
            result << e;
    }
    return result;
}

} // namespace

namespace ReviewQueue {

QString toId(ReviewReason reason)
{
    switch (reason) {
    case ReviewReason::Sample: return QStringLiteral("sample");
    case ReviewReason::FirstItems: return QStringLiteral("first-items");
    case ReviewReason::Disagreement: return QStringLiteral("disagreement");
    case ReviewReason::Flagged: return QStringLiteral("flagged");
    case ReviewReason::Returned: return QStringLiteral("verdict-before");
    case ReviewReason::Unsettled: return QStringLiteral("unsettled");
    }
    return {};
}

QString toId(ReviewState state)
{
    switch (state) {
    case ReviewState::Pending: return QStringLiteral("pending");
    case ReviewState::Feedback: return QStringLiteral("feedback");
    case ReviewState::Accepted: return QStringLiteral("accepted");
    case ReviewState::Corrected: return QStringLiteral("corrected");
    }
    return {};
}

bool inSample(const QString &taskId, const QString &itemId, double percent)
{
    if (percent <= 0)
        return false;
    if (percent >= 100)
        return true;
    const QByteArray hash = QCryptographicHash::hash((taskId + QLatin1Char('/') + itemId).toUtf8(),
                                                     QCryptographicHash::Sha256);
    quint32 v = 0;
    for (int i = 0; i < 4; ++i)
        v = (v << 8) | quint8(hash.at(i));
    return double(v) / 4294967296.0 * 100.0 < percent;
}

std::optional<ReviewState> stateOf(const std::optional<Submission> &submission,
                                   const std::optional<Review> &review)
{
    const bool isSubmitted = submitted(submission);
    // A verdict stands unless the work was marked done or flagged again after it.
    if (review && !review->deleted && !(isSubmitted && review->at < submission->statusAt)) {
        switch (review->verdict) {
        case Verdict::Rejected: return ReviewState::Feedback;
        case Verdict::Accepted: return ReviewState::Accepted;
        case Verdict::Corrected: return ReviewState::Corrected;
        }
    }
    if (isSubmitted)
        return ReviewState::Pending;
    return std::nullopt;
}

QList<ReviewEntry> build(const Store &store, const Task &task)
{
    return collect(store, task, {}, {});
}

QList<ReviewEntry> itemEntries(const Store &store, const Task &task, const QString &itemId)
{
    return itemId.isEmpty() ? QList<ReviewEntry>{} : collect(store, task, itemId, {});
}

std::optional<ReviewEntry> entry(const Store &store, const Task &task, const QString &itemId,
                                 const QString &annotator)
{
    const QList<ReviewEntry> entries = collect(store, task, itemId, annotator);
    if (entries.isEmpty())
        return std::nullopt;
    return entries.first();
}

std::optional<Review> feedback(const Store &store, const QString &itemId, const QString &annotator)
{
    const auto review = store.review(itemId, annotator);
    if (!review || review->verdict != Verdict::Rejected)
        return std::nullopt;
    if (stateOf(store.submission(itemId, annotator), review) != ReviewState::Feedback)
        return std::nullopt;
    return review;
}

bool awaitsVerdict(const Store &store, const Task &task, const QString &itemId, const QString &annotator)
{
    if (!submitted(store.submission(itemId, annotator)))
        return false; // cheap first: most edits are on work not marked yet
    const auto e = entry(store, task, itemId, annotator);
    return e && e->state == ReviewState::Pending;
}

} // namespace ReviewQueue
} // namespace annostraat
