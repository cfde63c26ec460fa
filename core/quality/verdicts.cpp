// SPDX-License-Identifier: GPL-3.0-or-later
#include "verdicts.h"

#include "reviewqueue.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QCoreApplication>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Verdicts)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Verdicts)
};

} // namespace

namespace Verdicts {

Result<Review> check(const Store &store, const Task &task, const Profile &reviewer,
                     const VerdictRequest &request)
{
    if (reviewer.role != Role::Reviewer && reviewer.role != Role::TeamLead)
        return Error(Tr::msg("only a reviewer or team lead gives verdicts; %1 is an annotator").arg(reviewer.name));
    const auto item = store.item(request.itemId);
    if (!item || item->taskId != task.id)
        return Error(Tr::msg("task \"%1\" has no item \"%2\"").arg(task.name, request.itemId));
    const auto annotator = store.findProfile(request.annotator);
    if (!annotator)
        return Error(Tr::msg("there is no profile \"%1\"").arg(request.annotator));
    if (annotator->id == reviewer.id)
        return Error(Tr::msg("%1 cannot give a verdict on their own work").arg(reviewer.name));
    const auto state = ReviewQueue::stateOf(store.submission(item->id, annotator->id),
                                            store.review(item->id, annotator->id));
    if (!state)
        return Error(Tr::msg("%1 has not marked item \"%2\" done or flagged; there is nothing to review yet")
                             .arg(annotator->name, item->id));
    const QString comment = request.comment.trimmed();
    if (request.verdict == Verdict::Rejected && comment.isEmpty())
        return Error(Tr::msg("a rejection needs a comment for %1").arg(annotator->name));
    if (!request.annotationId.isEmpty()) {
        const auto a = store.annotation(request.annotationId);
        if (!a || a->itemId != item->id || a->author != annotator->id)
            return Error(Tr::msg("item \"%1\" has no annotation \"%2\" in %3's layer")
                                 .arg(item->id, request.annotationId, annotator->name));
    }
    Review review;
    review.taskId = task.id;
    review.itemId = item->id;
    review.annotator = annotator->id;
    review.reviewer = reviewer.id;
    review.verdict = request.verdict;
    review.comment = comment;
    review.annotationId = request.annotationId;
    review.anchor = request.anchor;
    return review;
}

Result<GivenVerdict> give(Store &store, const Task &task, const Profile &reviewer,
                          const VerdictRequest &request, bool copyLayer, const QStringList &restoreCopies)
{
    auto review = check(store, task, reviewer, request);
    if (!review)
        return review.error();
    GivenVerdict given;
    given.review = *review;
    given.before = store.review(review->itemId, review->annotator, true);
    QList<Change> changes;
    if (!restoreCopies.isEmpty() && review->verdict == Verdict::Corrected) {
        // The verdict again (redo): the same copies come back, so that later steps that name
        // them (a move, a removal) still find them.
        for (const QString &id : restoreCopies) {
            const auto a = store.annotation(id, true);
            if (!a || a->author != reviewer.id || a->itemId != review->itemId) {
                const auto annotator = store.findProfile(review->annotator);
                return Error(Tr::msg("the copy \"%1\" of %2's work is no longer in your layer")
                                     .arg(id, annotator ? annotator->name : review->annotator));
            }
            Change c = Store::annotationChange(*a, false);
            c.author = reviewer.id;
            c.fields = {{QStringLiteral("deleted"), false}};
            changes << c;
            given.copied << id;
        }
    } else if (copyLayer && review->verdict == Verdict::Corrected
               && store.annotations(review->itemId, reviewer.id).isEmpty()) {
        for (const Annotation &source : store.annotations(review->itemId, review->annotator)) {
            if (source.suggested)
                continue;
            Annotation copy = source;
            copy.id = newId();
            copy.author = reviewer.id;
            changes << Store::annotationChange(copy);
            given.copied << copy.id;
        }
    }
    changes << Store::reviewChange(*review, reviewer.id, given.before.has_value());
    if (auto r = store.record(changes); !r)
        return r.error();
    if (const auto written = store.review(review->itemId, review->annotator))
        given.review = *written;
    return given;
}

Result<void> takeBack(Store &store, const Profile &reviewer, const GivenVerdict &given)
{
    Review restored = given.review;
    const auto submission = store.submission(given.review.itemId, given.review.annotator);
    const bool sameMarking = given.before && !given.before->deleted
            && ReviewQueue::stateOf(submission, given.before) != ReviewState::Pending;
    if (sameMarking) {
        restored = *given.before;
    } else {
        restored.deleted = true;
    }
    // Every review op names its writer as reviewer: sync takes a reviews file only with the
    // reviewer's own ops (docs/sync.md).
    restored.reviewer = reviewer.id;
    QList<Change> changes{Store::reviewChange(restored, reviewer.id, true)};
    for (const QString &id : given.copied)
        if (const auto a = store.annotation(id)) {
            Change c = Store::annotationChange(*a, false);
            c.author = reviewer.id;
            c.fields = {{QStringLiteral("deleted"), true}};
            changes << c;
        }
    if (auto r = store.record(changes); !r)
        return r.error();
    return {};
}

} // namespace Verdicts
} // namespace annostraat
