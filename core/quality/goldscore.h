// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Each person's score against gold items (issue 12, point 5; decision 0021). A gold item is
// one the team lead marked (GoldMark); its reference is the lead's own layer on it. Whose work
// is scored: everyone but the reference's author who marked the gold item done.
//
// - Drawn kinds: the person's layer and the reference, compared by ItemAgreement::compare
//   (the kind's metric and the task's threshold, decision 0017), summed over the gold items.
//   The score is F1 with labels: 2·correct / (person's + reference's annotations of the kind),
//   where correct is a matched pair with the reference's label. A missed box, an extra box and
//   a box with the wrong label each lower it; exactly the reference scores 1.
// - Answers, per question: over the gold items where the reference answered it, the share the
//   person answered the same (equality of the answer; a multichoice answer as a set). No
//   answer where the reference has one is a wrong answer.

#include "itemagreement.h"
#include "model/entities.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace annostraat {

class Store;

/// One person's drawn work of one kind against the reference (A = the person, B = reference).
struct GoldKindScore
{
    KindAgreement counts;
    int items = 0; ///< gold items where the person or the reference drew the kind

    int correct() const { return counts.sameLabel; }
    int wrongLabel() const { return counts.matched - counts.sameLabel; }
    int missed() const { return counts.onlyB; } ///< reference annotations with no match
    int extra() const { return counts.onlyA; }  ///< the person's annotations with no match
    /// 2·correct / (person's + reference's); 1 when neither drew anything.
    double score() const;
};

/// One person's answers to one question against the reference.
struct GoldQuestionScore
{
    QString question; ///< its id
    int items = 0;    ///< gold items where the reference answered it
    int correct = 0;  ///< the same answer as the reference

    std::optional<double> score() const;
};

struct PersonGoldScore
{
    QString person; ///< profile id
    int items = 0;  ///< gold items the person marked done
    QList<GoldKindScore> kinds;         ///< in the kinds' order
    QList<GoldQuestionScore> questions; ///< in the schema's order
};

struct GoldReport
{
    AgreementSettings settings;
    int goldItems = 0;
    QList<PersonGoldScore> people; ///< by profile id
};

namespace GoldScore {

/// The scores in \a task over \a gold, from \a finished (item id → profile ids that marked it
/// done) and \a annotations (the task's, every layer, the references' included).
GoldReport compute(const Task &task, const QList<GoldMark> &gold,
                   const QHash<QString, QStringList> &finished,
                   const QList<Annotation> &annotations);

/// The same, read from \a store.
GoldReport ofTask(const Store &store, const Task &task);

/// Whether two answers are the same (a multichoice answer compared as a set).
bool sameAnswer(const QJsonValue &a, const QJsonValue &b);

} // namespace GoldScore
} // namespace annostraat
