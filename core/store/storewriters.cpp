// SPDX-License-Identifier: GPL-3.0-or-later
// Store: the convenience writers (one user action, one transaction each) and the Changes they
// make, which bulk loads use too.
#include "store.h"

#include "assignmentplan.h"
#include "taskbuilder.h"
#include "model/kinds/annotationkinds.h"
#include "model/questions.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace annostraat {

namespace {
// Messages of this file, under the store's context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Store)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Store)
};
} // namespace

Result<Profile> Store::addProfile(const QString &name, Role role)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error(Tr::msg("a profile needs a name"));
    if (trimmed.size() > 64)
        return Error(Tr::msg("the profile name \"%1\" is longer than 64 characters").arg(trimmed));
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar c : trimmed)
        if (forbidden.contains(c) || c.isNonCharacter() || c.category() == QChar::Other_Control)
            return Error(Tr::msg("the profile name \"%1\" contains \"%2\"; use letters, digits, spaces, '-' or '.'")
                             .arg(trimmed, QString(c)));
    if (findProfile(trimmed))
        return Error(Tr::msg("there is already a profile named \"%1\"").arg(trimmed));
    Profile profile{newId(), trimmed, role};
    auto ops = record({profileChange(profile, profile.id)});
    if (!ops)
        return ops.error();
    return profile;
}

Result<QList<Change>> newTaskChanges(Task &task, QList<Item> &items, const QString &author)
{
    task.name = task.name.trimmed();
    if (task.name.isEmpty())
        return Error(Tr::msg("a task needs a name"));
    if (task.annotatorsPerItem < 1)
        return Error(Tr::msg("a task needs at least one annotator per item"));
    if (task.schema.labels().isEmpty() && task.schema.questions().isEmpty())
        return Error(Tr::msg("task \"%1\": the schema has no labels and no questions").arg(task.name));
    if (task.id.isEmpty())
        task.id = newId();

    QList<Change> changes;
    changes << Store::taskChange(task, author);
    for (Item &item : items) {
        if (item.id.isEmpty())
            item.id = newId();
        item.taskId = task.id;
        changes << Store::itemChange(item, author);
    }
    return changes;
}

Result<Task> Store::createTask(Task task, QList<Item> items, const QString &author)
{
    auto changes = newTaskChanges(task, items, author);
    if (!changes)
        return changes.error();
    if (auto r = record(*changes); !r)
        return r.error();
    return task;
}

Change Store::profileChange(const Profile &profile, const QString &author)
{
    return {author, QStringLiteral("profile"), profile.id, {},
            {{QStringLiteral("name"), profile.name}, {QStringLiteral("role"), toId(profile.role)}}};
}

Change Store::taskChange(const Task &task, const QString &author)
{
    Change change{author, QStringLiteral("task"), task.id, {},
                  {{QStringLiteral("name"), task.name},
                   {QStringLiteral("instructions"), task.instructions},
                   {QStringLiteral("mediaKind"), toId(task.mediaKind)},
                   {QStringLiteral("schema"), task.schema.toJson()},
                   {QStringLiteral("version"), task.version},
                   {QStringLiteral("annotatorsPerItem"), task.annotatorsPerItem}}};
    // Only when given: a task op without it is one that programs before store version 11 read.
    if (!task.client.isEmpty())
        change.fields.insert(QStringLiteral("client"), task.client);
    return change;
}

Change Store::itemChange(const Item &item, const QString &author)
{
    return {author, QStringLiteral("item"), item.id, {{QStringLiteral("task"), item.taskId}},
            {{QStringLiteral("media"), item.mediaPath},
             {QStringLiteral("sha256"), item.sha256},
             {QStringLiteral("size"), double(item.size)},
             {QStringLiteral("kind"), toId(item.kind)},
             {QStringLiteral("order"), item.order},
             {QStringLiteral("facts"), item.facts.toJson()},
             {QStringLiteral("extraMedia"), ItemMedia::toJson(item.extraMedia)}}};
}

Change Store::submissionChange(const Submission &s, const QString &author)
{
    return {author, QStringLiteral("submission"), s.id(),
            {{QStringLiteral("task"), s.taskId},
             {QStringLiteral("item"), s.itemId},
             {QStringLiteral("annotator"), s.annotator}},
            {{QStringLiteral("status"), toId(s.status)},
             {QStringLiteral("reason"), s.reason},
             {QStringLiteral("timeSpentMs"), double(s.timeSpentMs)}}};
}

Change Store::reviewChange(const Review &review, const QString &author, bool allFields)
{
    Change change{author, QStringLiteral("review"), review.id(),
                  {{QStringLiteral("task"), review.taskId},
                   {QStringLiteral("item"), review.itemId},
                   {QStringLiteral("annotator"), review.annotator}},
                  {{QStringLiteral("reviewer"), review.reviewer},
                   {QStringLiteral("verdict"), toId(review.verdict)},
                   {QStringLiteral("comment"), review.comment}}};
    // The fields of version 8 only when they say something (or must overwrite what an earlier
    // verdict said), so a plain verdict stays readable by programs before version 8.
    if (allFields || !review.annotationId.isEmpty())
        change.fields.insert(QStringLiteral("annotation"), review.annotationId);
    if (allFields || !review.anchor.isEmpty())
        change.fields.insert(QStringLiteral("anchor"), review.anchor);
    if (allFields || review.deleted)
        change.fields.insert(QStringLiteral("deleted"), review.deleted);
    return change;
}

Change Store::assignmentChange(const QString &taskId, const QString &itemId, const QString &annotator,
                               bool assigned, const QString &author)
{
    return {author, QStringLiteral("assignment"), Submission::submissionId(itemId, annotator),
            {{QStringLiteral("task"), taskId}, {QStringLiteral("item"), itemId},
             {QStringLiteral("annotator"), annotator}},
            {{QStringLiteral("deleted"), !assigned}}};
}

Change Store::goldChange(const GoldMark &mark, const QString &author)
{
    return {author, QStringLiteral("gold"), mark.itemId,
            {{QStringLiteral("task"), mark.taskId}, {QStringLiteral("item"), mark.itemId}},
            {{QStringLiteral("reference"), mark.reference}, {QStringLiteral("deleted"), mark.deleted}}};
}

Change Store::annotationChange(const Annotation &a, bool includeAll)
{
    Change change{a.author, QStringLiteral("annotation"), a.id,
                  {{QStringLiteral("task"), a.taskId},
                   {QStringLiteral("item"), a.itemId},
                   {QStringLiteral("author"), a.author},
                   {QStringLiteral("kind"), toId(a.kind)}},
                  {}};
    if (includeAll) {
        change.fields = {{QStringLiteral("label"), a.label},
                         {QStringLiteral("value"), a.value},
                         {QStringLiteral("attributes"), a.attributes},
                         {QStringLiteral("deleted"), a.deleted}};
        // Only when set: ops of ordinary annotations keep the shape older versions read.
        if (a.suggested)
            change.fields.insert(QStringLiteral("suggested"), true);
    }
    return change;
}

Result<void> Store::checkAnnotation(const Annotation &a) const
{
    const auto item = this->item(a.itemId);
    if (!item)
        return Error(Tr::msg("there is no item \"%1\"").arg(a.itemId));
    if (!a.taskId.isEmpty() && item->taskId != a.taskId)
        return Error(Tr::msg("item \"%1\" does not belong to task \"%2\"").arg(a.itemId, a.taskId));
    const auto task = this->task(item->taskId);
    if (!task)
        return Error(Tr::msg("there is no task \"%1\"").arg(item->taskId));
    if (!findProfile(a.author))
        return Error(Tr::msg("there is no profile \"%1\"").arg(a.author));
    if (AnnotationKinds::get(a.kind).answersQuestion())
        if (const QuestionSpec *q = task->schema.question(a.label); q && !Questions::appliesTo(*q, item->kind))
            return Error(Tr::msg("question \"%1\" is not asked for %2 items").arg(a.label, toId(item->kind)));
    if (auto r = task->schema.checkAnnotation(a.kind, a.label, a.value, a.attributes, a.id); !r)
        return r;
    // Frames lie within the video, when the item knows its frame count (its packet index).
    const AnnotationKindInfo &kind = AnnotationKinds::get(a.kind);
    if (kind.surface() == KindSurface::Frames && item->facts.frameCount > 0 &&
        kind.fitToBounds(a.value, MediaBounds{{}, item->facts.frameCount}) != a.value)
        return Error(Tr::msg("%1 \"%2\" lies beyond the end of the video, which has %3 frames (0 to %4)")
                             .arg(toId(a.kind), a.label)
                             .arg(item->facts.frameCount)
                             .arg(item->facts.frameCount - 1));
    return {};
}

Result<Annotation> Store::addAnnotation(Annotation annotation)
{
    if (const auto item = this->item(annotation.itemId); item && annotation.taskId.isEmpty())
        annotation.taskId = item->taskId;
    if (const auto profile = findProfile(annotation.author))
        annotation.author = profile->id;
    // The id first, so a refusal can name the annotation.
    if (annotation.id.isEmpty())
        annotation.id = newId();
    if (auto r = checkAnnotation(annotation); !r)
        return r.error();
    annotation.deleted = false;
    if (auto r = record({annotationChange(annotation)}); !r)
        return r.error();
    return annotation;
}

Result<void> Store::updateAnnotation(const QString &annotationId, const QJsonObject &fields,
                                     const QString &author)
{
    auto current = annotation(annotationId, true);
    if (!current)
        return Error(Tr::msg("there is no annotation \"%1\"").arg(annotationId));
    Annotation next = *current;
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() == QLatin1String("label"))
            next.label = it->toString();
        else if (it.key() == QLatin1String("value"))
            next.value = it->toObject();
        else if (it.key() == QLatin1String("attributes"))
            next.attributes = it->toObject();
        else if (it.key() == QLatin1String("deleted"))
            next.deleted = it->toBool();
        else if (it.key() == QLatin1String("suggested"))
            next.suggested = it->toBool();
        else
            return Error(Tr::msg("an annotation has no field \"%1\"").arg(it.key()));
    }
    if (!next.deleted) {
        const auto task = this->task(next.taskId);
        if (!task)
            return Error(Tr::msg("there is no task \"%1\"").arg(next.taskId));
        if (auto r = task->schema.checkAnnotation(next.kind, next.label, next.value,
                                                  next.attributes, next.id);
            !r)
            return r;
    }
    Change change = annotationChange(*current, false);
    change.author = author;
    change.fields = fields;
    if (auto r = record({change}); !r)
        return r.error();
    return {};
}

Result<void> Store::setSubmission(const Submission &s, const QString &author)
{
    const auto item = this->item(s.itemId);
    if (!item)
        return Error(Tr::msg("there is no item \"%1\"").arg(s.itemId));
    if (s.status == SubmissionStatus::Flagged && s.reason.trimmed().isEmpty())
        return Error(Tr::msg("a flagged item needs a reason"));
    Submission submission = s;
    submission.taskId = item->taskId;
    auto r = record({submissionChange(submission, author)});
    if (!r)
        return r.error();
    return {};
}

Result<int> Store::assignRoundRobin(const QString &taskId, const QStringList &annotators, int perItem,
                                   const QString &author)
{
    auto plan = planRoundRobin(*this, taskId, annotators, perItem, author);
    if (!plan)
        return plan.error();
    return applyPlan(*this, *plan);
}

Result<void> Store::setAssignment(const QString &itemId, const QString &annotator, bool assigned,
                                  const QString &author)
{
    const auto item = this->item(itemId);
    if (!item)
        return Error(Tr::msg("there is no item \"%1\"").arg(itemId));
    const auto profile = findProfile(annotator);
    if (!profile)
        return Error(Tr::msg("there is no profile \"%1\"").arg(annotator));
    auto r = record({assignmentChange(item->taskId, itemId, profile->id, assigned, author)});
    if (!r)
        return r.error();
    return {};
}

Result<void> Store::setReview(const Review &review, const QString &author)
{
    const auto item = this->item(review.itemId);
    if (!item)
        return Error(Tr::msg("there is no item \"%1\"").arg(review.itemId));
    if (review.verdict == Verdict::Rejected && review.comment.trimmed().isEmpty() && !review.deleted)
        return Error(Tr::msg("a rejection needs a comment for the annotator"));
    const auto profile = findProfile(author);
    // As merge() judges it: a known annotator never gives a verdict (decision 0018).
    if (profile && profile->id == author && profile->role == Role::Annotator)
        return Error(Tr::msg("only a reviewer or team lead gives verdicts; %1 is not one")
                         .arg(profile ? profile->name : author));
    Review stored = review;
    stored.taskId = item->taskId;
    // Overwrite what an earlier verdict said (its annotation, anchor, a take-back).
    const bool earlier = this->review(review.itemId, review.annotator, true).has_value();
    auto r = record({reviewChange(stored, author, earlier)});
    if (!r)
        return r.error();
    return {};
}

Result<void> Store::setGold(const QString &itemId, const QString &teamLead, bool gold)
{
    const auto item = this->item(itemId);
    if (!item)
        return Error(Tr::msg("there is no item \"%1\"").arg(itemId));
    const auto profile = findProfile(teamLead);
    if (!profile)
        return Error(Tr::msg("there is no profile \"%1\"").arg(teamLead));
    // As merge() judges it: only a team lead marks gold (decision 0021).
    if (profile->role != Role::TeamLead)
        return Error(Tr::msg("only a team lead marks gold items; %1 is not one").arg(profile->name));
    GoldMark mark{item->taskId, item->id, profile->id, !gold};
    if (auto r = record({goldChange(mark, profile->id)}); !r)
        return r.error();
    return {};
}

} // namespace annostraat
