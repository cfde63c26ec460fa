// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Chance-corrected reliability coefficients for ratings (answers to form questions), on a
// table of units (items) × raters (people). A cell is a QJsonValue: a category (text, a
// choice list, true/false) or a number; undefined or null is a missing rating.
//
// - Cohen's kappa: two raters, units rated by both; unweighted, or weighted by the distance
//   of the two numbers (linear |a−b|, quadratic (a−b)²) or by a disagreement table
//   (Cohen 1968).
// - Fleiss' kappa: the same number of ratings on every unit, by any raters (Fleiss 1971).
// - Krippendorff's alpha: any number of raters, missing ratings allowed, at the nominal,
//   ordinal (Krippendorff's rank metric) and interval levels (Krippendorff 2011).
//
// Each returns an Error that says why when the coefficient is undefined for the data (nothing
// pairable, or no variation at all so no disagreement could be expected), never NaN.
// docs/decisions/0017-agreement.md says why these and how they are used.

#include "util/result.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QList>

namespace annostraat {

/// units × raters; each row has one cell per rater (missing: undefined or null).
using RatingTable = QList<QList<QJsonValue>>;

class Reliability
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Reliability)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Reliability)

public:
    /// How two ordered ratings disagree in weighted kappa.
    enum class Weights { None, Linear, Quadratic };
    /// Krippendorff's levels of measurement.
    enum class Level { Nominal, Ordinal, Interval };

    /// Cohen's kappa of the first two raters of \a table over the units both rated. Linear and
    /// quadratic weights need numbers.
    static Result<double> cohenKappa(const RatingTable &table, Weights weights = Weights::None);
    /// Cohen's weighted kappa of a k × k table of counts (or proportions; rows: one rater,
    /// columns: the other) with a k × k table of disagreement weights (0 on the diagonal).
    static Result<double> weightedKappa(const QList<QList<double>> &counts,
                                        const QList<QList<double>> &disagreement);
    /// Cohen's unweighted kappa of a k × k table of counts.
    static Result<double> cohenKappa(const QList<QList<double>> &counts);

    /// Fleiss' kappa of a units × categories table of counts: how many raters put each unit
    /// in each category; every unit must have the same number of ratings, at least two.
    static Result<double> fleissKappa(const QList<QList<int>> &counts);
    /// Fleiss' kappa of \a table's units with the most ratings any unit has (the raters may
    /// differ from unit to unit); units with fewer ratings are left out.
    static Result<double> fleissKappa(const RatingTable &table);

    /// Krippendorff's alpha; units with fewer than two ratings are left out (not pairable).
    /// Ordinal and interval need numbers.
    static Result<double> krippendorffAlpha(const RatingTable &table, Level level);

    /// Units of \a table with at least two ratings.
    static int pairableUnits(const RatingTable &table);
};

} // namespace annostraat
