// SPDX-License-Identifier: GPL-3.0-or-later
#include "questions.h"

#include "kinds/kindvalues.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <cmath>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Questions)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Questions)
};

bool sameAnswer(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

} // namespace

bool Questions::isAnswered(const QJsonValue &answer)
{
    if (answer.isUndefined() || answer.isNull())
        return false;
    if (answer.isString())
        return !answer.toString().trimmed().isEmpty();
    if (answer.isArray())
        return !answer.toArray().isEmpty();
    return true;
}

Result<void> validateAnswer(const QuestionSpec &q, const QJsonValue &answer)
{
    switch (q.type) {
    case QuestionSpec::Type::Choice:
        if (!answer.isString() || !q.choices.contains(answer.toString()))
            return Error(Tr::msg("question \"%1\": the answer must be one of: %2")
                                 .arg(q.id, q.choices.join(QStringLiteral(", "))));
        return {};
    case QuestionSpec::Type::Rating:
        if (!KindValues::isWholeNumber(answer) || answer.toDouble() < q.min || answer.toDouble() > q.max)
            return Error(Tr::msg("question \"%1\": the rating must be a whole number from %2 to %3")
                                 .arg(q.id)
                                 .arg(q.min)
                                 .arg(q.max));
        return {};
    case QuestionSpec::Type::Text:
        if (!answer.isString())
            return Error(Tr::msg("question \"%1\": the answer must be text").arg(q.id));
        return {};
    case QuestionSpec::Type::AB:
        if (q.noDifference && answer.toString() == QLatin1String("same"))
            return {};
        if (answer.toString() != QLatin1String("A") && answer.toString() != QLatin1String("B"))
            return Error(q.noDifference
                                 ? Tr::msg("question \"%1\": the answer must be \"A\", \"B\" or \"same\"").arg(q.id)
                                 : Tr::msg("question \"%1\": the answer must be \"A\" or \"B\"").arg(q.id));
        return {};
    case QuestionSpec::Type::MultiChoice: {
        if (!answer.isArray() || answer.toArray().isEmpty())
            return Error(Tr::msg("question \"%1\": the answer must be a list of one or more of: %2")
                                 .arg(q.id, q.choices.join(QStringLiteral(", "))));
        QStringList chosen;
        for (const QJsonValue &c : answer.toArray()) {
            if (!c.isString() || !q.choices.contains(c.toString()))
                return Error(Tr::msg("question \"%1\": each chosen answer must be one of: %2")
                                     .arg(q.id, q.choices.join(QStringLiteral(", "))));
            if (chosen.contains(c.toString()))
                return Error(
                        Tr::msg("question \"%1\": \"%2\" is chosen twice").arg(q.id, c.toString()));
            chosen << c.toString();
        }
        if (chosen.size() > q.max)
            return Error(Tr::msg("question \"%1\": choose at most %n", nullptr, q.max).arg(q.id));
        return {};
    }
    }
    return {};
}

namespace Questions {

ItemState ItemState::of(MediaKind mediaKind, const QList<Annotation> &layer)
{
    ItemState state;
    state.mediaKind = mediaKind;
    for (const Annotation &a : layer) {
        if (a.deleted)
            continue;
        if (a.kind == AnnotationKind::Answer) {
            if (!state.answers.contains(a.label))
                state.answers.insert(a.label, a.value.value(QStringLiteral("answer")));
        } else {
            state.labels.insert(a.label);
        }
    }
    return state;
}

bool appliesTo(const QuestionSpec &question, MediaKind kind)
{
    return question.mediaKinds.isEmpty() || question.mediaKinds.contains(kind);
}

bool conditionHolds(const QuestionCondition &condition, const QJsonValue &answer)
{
    const QJsonArray given = answer.isArray() ? answer.toArray() : QJsonArray{answer};
    for (const QJsonValue &g : given) {
        if (g.isUndefined() || g.isNull())
            continue;
        for (const QJsonValue &wanted : condition.answers)
            if (sameAnswer(g, wanted))
                return true;
    }
    return false;
}

QList<const QuestionSpec *> visibleQuestions(const Schema &schema, const ItemState &state)
{
    QList<const QuestionSpec *> asked;
    QSet<QString> askedIds;
    // A condition names an earlier question (checked at load), so one pass in order decides.
    for (const QuestionSpec &q : schema.questions()) {
        if (!appliesTo(q, state.mediaKind))
            continue;
        if (!q.labels.isEmpty()) {
            bool drawn = false;
            for (const QString &label : q.labels)
                drawn = drawn || state.labels.contains(label);
            if (!drawn)
                continue;
        }
        if (q.when && (!askedIds.contains(q.when->question) ||
                       !conditionHolds(*q.when, state.answers.value(q.when->question))))
            continue;
        asked << &q;
        askedIds.insert(q.id);
    }
    return asked;
}

QList<const QuestionSpec *> visibleQuestions(const Schema &schema, MediaKind mediaKind,
                                             const QList<Annotation> &layer)
{
    return visibleQuestions(schema, ItemState::of(mediaKind, layer));
}

QList<Annotation> answersNotAsked(const Schema &schema, MediaKind mediaKind,
                                  const QList<Annotation> &layer)
{
    QSet<QString> asked;
    for (const QuestionSpec *q : visibleQuestions(schema, mediaKind, layer))
        asked.insert(q->id);
    QList<Annotation> stale;
    for (const Annotation &a : layer)
        if (!a.deleted && a.kind == AnnotationKind::Answer && !asked.contains(a.label))
            stale << a;
    return stale;
}

QList<Unfinished> unfinishedQuestions(const Schema &schema, MediaKind mediaKind,
                                      const QList<Annotation> &layer)
{
    const ItemState state = ItemState::of(mediaKind, layer);
    QList<Unfinished> unfinished;
    for (const QuestionSpec *q : visibleQuestions(schema, state)) {
        const QJsonValue answer = state.answers.value(q->id);
        if (!isAnswered(answer)) {
            if (q->required)
                unfinished << Unfinished{q, Unfinished::Reason::Unanswered};
        } else if (q->type == QuestionSpec::Type::MultiChoice && answer.toArray().size() < q->min) {
            unfinished << Unfinished{q, Unfinished::Reason::TooFewChoices};
        }
    }
    return unfinished;
}

QString displayName(const QuestionSpec &question)
{
    return question.text.trimmed().isEmpty() ? question.id : question.text.trimmed();
}

QString describe(const QList<Unfinished> &unfinished)
{
    QStringList names;
    for (const Unfinished &u : unfinished) {
        const QString name = Tr::tr("\"%1\"").arg(displayName(*u.question));
        names << (u.reason == Unfinished::Reason::TooFewChoices
                          ? Tr::tr("%1 (choose at least %n)", nullptr, u.question->min).arg(name)
                          : name);
    }
    if (names.isEmpty())
        return {};
    return Tr::tr("Not done yet: please answer %1 first. You can also flag or skip the item.")
            .arg(names.join(QStringLiteral(", ")));
}

} // namespace Questions
} // namespace annostraat
