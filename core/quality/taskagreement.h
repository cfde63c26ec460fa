// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Agreement over a whole task (issue 12, points 4 and 8): per pair of people and overall.
//
// - Drawn kinds: for each pair, over the items both are people of (having work on it, or having
//   marked it done, perhaps with nothing drawn), ItemAgreement::compare, summed (so F1 and label
//   agreement are micro averages over the items). Overall is the sum over all pairs.
// - Answers: per question, a units (items) × raters (people) table of answers. Per pair,
//   Cohen's kappa (and for rating questions linear and quadratic weighted kappa); overall,
//   Fleiss' kappa (items every person answered) and Krippendorff's alpha (nominal; ordinal and
//   interval for rating questions; missing answers allowed). Text questions have no
//   coefficient; a multichoice answer counts as one category (the set of choices).
//
// A coefficient that is undefined for the data keeps the reason (a Message, worded when shown).

#include "itemagreement.h"
#include "model/entities.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace annostraat {

/// One coefficient: its stable id ("cohenKappa", "alphaOrdinal", …) and its value, or why not.
struct Coefficient
{
    QString metric;
    std::optional<double> value;
    Message undefined; ///< why there is no value
};

/// The coefficients of one question.
struct QuestionAgreement
{
    QString question; ///< its id
    int units = 0;    ///< items with at least two answers
    QList<Coefficient> coefficients;
};

struct PairAgreement
{
    QString a; ///< profile ids
    QString b;
    int items = 0; ///< items both are people of
    QList<KindAgreement> kinds;
    QList<QuestionAgreement> questions;
};

struct TaskAgreementReport
{
    AgreementSettings settings;
    QStringList people; ///< profile ids, sorted
    QList<PairAgreement> pairs;
    QList<KindAgreement> kinds;         ///< summed over the pairs
    QList<QuestionAgreement> questions; ///< over all people
};

namespace TaskAgreement {

/// The agreement in \a task over \a items, from \a annotations (the task's, every layer) and
/// \a finished (item id → profile ids that marked it done). With \a only, just that kind: a drawn
/// kind leaves the questions out, the answer kind the drawn kinds.
TaskAgreementReport compute(const Task &task, const QList<Item> &items,
                            const QHash<QString, QStringList> &finished,
                            const QList<Annotation> &annotations,
                            std::optional<AnnotationKind> only = std::nullopt);

} // namespace TaskAgreement
} // namespace annostraat
