// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How well two people's drawn annotations on one item agree, per kind (issue 12, point 4).
// Every kind is compared the same way, through its own pairwise metric
// (AnnotationKindInfo::agreement: IoU for boxes and polygons, line distance within a pixel
// tolerance for cracks, frame offset within a tolerance for markers and locators, interval
// overlap for segments and spans), so a new kind joins without a line here:
//
// 1. Within a kind, every pair (one of A's, one of B's) whose metric reaches the task's
//    threshold (AgreementSettings::minAgreement, "iou" in the schema) is a candidate.
// 2. Candidates are taken greedily, best metric first (ties: A's order, then B's), each
//    annotation in at most one pair: a matched pair. The rest are only A's or only B's.
// 3. F1 = 2·matched / (2·matched + onlyA + onlyB), symmetric, so neither is the reference;
//    label agreement is the share of matched pairs with the same label.
//
// Answers to questions (kinds that answersQuestion()) are not matched here: they are rated
// units, compared by the coefficients in reliability.h (taskagreement.h).

#include "model/agreementsettings.h"
#include "model/entities.h"

#include <QList>

#include <optional>

namespace annostraat {

/// Two people's annotations of one kind, compared (on one item, or summed over many).
struct KindAgreement
{
    AnnotationKind kind = AnnotationKind::Box;
    int matched = 0;
    int onlyA = 0;
    int onlyB = 0;
    int sameLabel = 0;    ///< matched pairs with the same label
    double metricSum = 0; ///< the kind's metric summed over the matched pairs

    /// 1 when neither drew anything of the kind.
    double f1() const;
    /// Share of matched pairs with the same label; nullopt when nothing matched.
    std::optional<double> labelAgreement() const;
    /// Mean metric of the matched pairs (mean IoU for boxes); nullopt when nothing matched.
    std::optional<double> meanMetric() const;

    KindAgreement &operator+=(const KindAgreement &other);
};

namespace ItemAgreement {

/// How well \a a and \a b (of the same kind) agree: the kind's metric, or, for a kind without
/// one, 1 when their values are equal and 0 otherwise.
double between(const Annotation &a, const Annotation &b, const AgreementOptions &options);

/// A's and B's drawn annotations on one item, compared per kind as above, one entry per kind
/// either drew, in the order of AnnotationKinds::all(). Deleted annotations, open suggestions
/// and answers are left out.
QList<KindAgreement> compare(const QList<Annotation> &a, const QList<Annotation> &b,
                             const AgreementSettings &settings = {});

} // namespace ItemAgreement
} // namespace annostraat
