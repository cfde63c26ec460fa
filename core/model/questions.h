// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Which of a task's form questions are asked for an item, and whether its answers are
// complete. A question is asked when it applies to the item's media kind ("mediaKinds"), the
// person drew one of its labels on the item ("labels") and its condition holds ("when": an
// earlier question, itself asked, has one of the listed answers). An answer is only kept while
// its question is asked: the commands remove the answers this function set reports as no
// longer asked, in the same undo step as the change that hid them (document/commands.cpp).
// The rules are documented in docs/schema-format.md.

#include "entities.h"
#include "schema.h"
#include "util/result.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QSet>

namespace annostraat {

/// Whether \a answer (the value under "answer") fits \a question: a choice string, a whole-
/// number rating within bounds, text, "A"/"B", or a list of distinct choices (at most "max").
Result<void> validateAnswer(const QuestionSpec &question, const QJsonValue &answer);

namespace Questions {

/// What decides which questions an item is asked: its kind and the person's layer on it.
struct ItemState
{
    MediaKind mediaKind = MediaKind::Image;
    QHash<QString, QJsonValue> answers; ///< question id → answer
    QSet<QString> labels;               ///< labels of the drawn (non-answer) annotations

    static ItemState of(MediaKind mediaKind, const QList<Annotation> &layer);
};

/// Whether \a answer says something: not missing, not empty text, not an empty list.
bool isAnswered(const QJsonValue &answer);
/// Whether \a question is asked for items of \a kind at all ("mediaKinds").
bool appliesTo(const QuestionSpec &question, MediaKind kind);
/// Whether \a answer (undefined when there is none) is one of \a condition's answers; for a
/// multichoice answer, whether any of its choices is.
bool conditionHolds(const QuestionCondition &condition, const QJsonValue &answer);

/// The questions asked for an item in this state, in schema order.
QList<const QuestionSpec *> visibleQuestions(const Schema &schema, const ItemState &state);
QList<const QuestionSpec *> visibleQuestions(const Schema &schema, MediaKind mediaKind,
                                             const QList<Annotation> &layer);

/// The answers in \a layer whose question is not asked for the item (any more).
QList<Annotation> answersNotAsked(const Schema &schema, MediaKind mediaKind,
                                  const QList<Annotation> &layer);

/// A question that keeps an item from being done.
struct Unfinished
{
    enum class Reason {
        Unanswered,   ///< required, asked, and not answered
        TooFewChoices ///< a multichoice answer with fewer than "min" choices
    };
    const QuestionSpec *question = nullptr;
    Reason reason = Reason::Unanswered;
};

/// The asked questions that keep "done" back, in schema order; empty when the item may be done.
QList<Unfinished> unfinishedQuestions(const Schema &schema, MediaKind mediaKind,
                                      const QList<Annotation> &layer);
/// A calm sentence naming them, in the person's language (for a notice or a CLI line).
QString describe(const QList<Unfinished> &unfinished);
/// How a question is named to a person: its text, or its id when it has none.
QString displayName(const QuestionSpec &question);

} // namespace Questions
} // namespace annostraat
