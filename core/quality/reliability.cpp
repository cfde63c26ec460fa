// SPDX-License-Identifier: GPL-3.0-or-later
#include "reliability.h"

#include <algorithm>
#include <cmath>

namespace annostraat {

namespace {

bool isMissing(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

/// A number as a double, so that 3 read as a whole number and 3.0 are one category.
QJsonValue normalized(const QJsonValue &v)
{
    return v.isDouble() ? QJsonValue(v.toDouble()) : v;
}

/// The distinct values among \a values, in order of first appearance (nominal) or sorted
/// (numbers); an index into it stands for a value.
struct Categories
{
    QList<QJsonValue> values;
    bool numeric = false;

    qsizetype indexOf(const QJsonValue &v) const
    {
        if (numeric) {
            const auto it = std::lower_bound(
                    values.cbegin(), values.cend(), v.toDouble(),
                    [](const QJsonValue &x, double d) { return x.toDouble() < d; });
            return it != values.cend() && it->toDouble() == v.toDouble() ? it - values.cbegin()
                                                                         : -1;
        }
        return values.indexOf(normalized(v));
    }
};

/// The categories of every present cell of \a rows, numbers sorted when \a numeric; an error
/// when \a numeric and a cell is not a number.
Result<Categories> categoriesOf(const RatingTable &rows, bool numeric)
{
    Categories result;
    result.numeric = numeric;
    for (const QList<QJsonValue> &row : rows)
        for (const QJsonValue &v : row) {
            if (isMissing(v))
                continue;
            if (numeric && !v.isDouble())
                return Error(
                        Reliability::msg("this coefficient needs numbers, and \"%1\" is not one")
                                .arg(v.isString() ? v.toString() : QStringLiteral("…")));
            if (!result.values.contains(normalized(v)))
                result.values << normalized(v);
        }
    if (numeric)
        std::sort(result.values.begin(), result.values.end(),
                  [](const QJsonValue &x, const QJsonValue &y) {
                      return x.toDouble() < y.toDouble();
                  });
    return result;
}

Error nothingExpected()
{
    return Error(Reliability::msg("undefined: all ratings are the same, so no disagreement could "
                                  "be expected by chance"));
}

} // namespace

Result<double> Reliability::weightedKappa(const QList<QList<double>> &counts,
                                          const QList<QList<double>> &disagreement)
{
    const qsizetype k = counts.size();
    if (disagreement.size() != k)
        return Error(msg("the weights must be a table as large as the counts"));
    for (qsizetype i = 0; i < k; ++i)
        if (counts.at(i).size() != k || disagreement.at(i).size() != k)
            return Error(msg("the counts and the weights must be square tables of the same size"));
    QList<double> rows(k, 0.0), columns(k, 0.0);
    double total = 0;
    for (qsizetype i = 0; i < k; ++i)
        for (qsizetype j = 0; j < k; ++j) {
            rows[i] += counts.at(i).at(j);
            columns[j] += counts.at(i).at(j);
            total += counts.at(i).at(j);
        }
    if (total <= 0)
        return Error(msg("undefined: no unit was rated by both"));
    double observed = 0, expected = 0;
    for (qsizetype i = 0; i < k; ++i)
        for (qsizetype j = 0; j < k; ++j) {
            observed += disagreement.at(i).at(j) * counts.at(i).at(j) / total;
            expected += disagreement.at(i).at(j) * (rows.at(i) / total) * (columns.at(j) / total);
        }
    if (expected <= 0)
        return nothingExpected();
    return 1.0 - observed / expected;
}

Result<double> Reliability::cohenKappa(const QList<QList<double>> &counts)
{
    QList<QList<double>> disagreement;
    for (qsizetype i = 0; i < counts.size(); ++i) {
        disagreement << QList<double>(counts.size(), 1.0);
        disagreement.last()[i] = 0.0;
    }
    return weightedKappa(counts, disagreement);
}

Result<double> Reliability::cohenKappa(const RatingTable &table, Weights weights)
{
    RatingTable both;
    for (const QList<QJsonValue> &row : table) {
        if (row.size() < 2)
            return Error(msg("Cohen's kappa needs two raters"));
        if (!isMissing(row.at(0)) && !isMissing(row.at(1)))
            both << QList<QJsonValue>{row.at(0), row.at(1)};
    }
    if (both.isEmpty())
        return Error(msg("undefined: no unit was rated by both"));
    const auto categories = categoriesOf(both, weights != Weights::None);
    if (!categories)
        return categories.error();
    const qsizetype k = categories->values.size();
    QList<QList<double>> counts(k, QList<double>(k, 0.0));
    for (const QList<QJsonValue> &row : std::as_const(both))
        counts[categories->indexOf(row.at(0))][categories->indexOf(row.at(1))] += 1;
    QList<QList<double>> disagreement(k, QList<double>(k, 0.0));
    for (qsizetype i = 0; i < k; ++i)
        for (qsizetype j = 0; j < k; ++j) {
            const double d = weights == Weights::None
                                     ? 0.0
                                     : std::abs(categories->values.at(i).toDouble() -
                                                categories->values.at(j).toDouble());
            disagreement[i][j] = weights == Weights::None     ? (i == j ? 0.0 : 1.0)
                                 : weights == Weights::Linear ? d
                                                              : d * d;
        }
    return weightedKappa(counts, disagreement);
}

Result<double> Reliability::fleissKappa(const QList<QList<int>> &counts)
{
    if (counts.isEmpty())
        return Error(msg("undefined: no unit was rated by every rater"));
    const qsizetype categories = counts.first().size();
    int raters = 0;
    for (int n : counts.first())
        raters += n;
    if (raters < 2)
        return Error(msg("Fleiss' kappa needs at least two ratings per unit"));
    QList<double> perCategory(categories, 0.0);
    double agreement = 0;
    for (const QList<int> &unit : counts) {
        if (unit.size() != categories)
            return Error(msg("every unit must have a count for every category"));
        int n = 0;
        double squares = 0;
        for (qsizetype j = 0; j < categories; ++j) {
            if (unit.at(j) < 0)
                return Error(msg("a count cannot be negative"));
            n += unit.at(j);
            squares += double(unit.at(j)) * unit.at(j);
            perCategory[j] += unit.at(j);
        }
        if (n != raters)
            return Error(msg("Fleiss' kappa needs the same number of ratings on every unit "
                             "(%1 and %2 here)")
                                 .arg(raters)
                                 .arg(n));
        agreement += (squares - n) / (double(n) * (n - 1));
    }
    const double units = double(counts.size());
    const double observed = agreement / units;
    double expected = 0;
    for (double c : std::as_const(perCategory))
        expected += (c / (units * raters)) * (c / (units * raters));
    if (expected >= 1)
        return nothingExpected();
    return (observed - expected) / (1 - expected);
}

Result<double> Reliability::fleissKappa(const RatingTable &table)
{
    RatingTable full; // the present ratings of each unit with the most of them
    qsizetype most = 0;
    for (const QList<QJsonValue> &row : table) {
        QList<QJsonValue> present;
        for (const QJsonValue &v : row)
            if (!isMissing(v))
                present << v;
        if (present.size() > most) {
            most = present.size();
            full.clear();
        }
        if (present.size() == most && most > 0)
            full << present;
    }
    if (most < 2)
        return Error(msg("undefined: no unit has two ratings to compare"));
    const auto categories = categoriesOf(full, false);
    if (!categories)
        return categories.error();
    QList<QList<int>> counts;
    for (const QList<QJsonValue> &row : std::as_const(full)) {
        QList<int> unit(categories->values.size(), 0);
        for (const QJsonValue &v : row)
            ++unit[categories->indexOf(v)];
        counts << unit;
    }
    return fleissKappa(counts);
}

int Reliability::pairableUnits(const RatingTable &table)
{
    return int(std::count_if(table.cbegin(), table.cend(), [](const QList<QJsonValue> &row) {
        return std::count_if(row.cbegin(), row.cend(),
                             [](const QJsonValue &v) { return !isMissing(v); }) >= 2;
    }));
}

Result<double> Reliability::krippendorffAlpha(const RatingTable &table, Level level)
{
    RatingTable pairable;
    for (const QList<QJsonValue> &row : table) {
        QList<QJsonValue> present;
        for (const QJsonValue &v : row)
            if (!isMissing(v))
                present << v;
        if (present.size() >= 2)
            pairable << present;
    }
    if (pairable.isEmpty())
        return Error(msg("undefined: no unit has two ratings to compare"));
    const auto categories = categoriesOf(pairable, level != Level::Nominal);
    if (!categories)
        return categories.error();
    const qsizetype v = categories->values.size();

    // The coincidence matrix: each unit's m(m−1) ordered pairs of ratings, weighted 1/(m−1).
    QList<QList<double>> o(v, QList<double>(v, 0.0));
    for (const QList<QJsonValue> &unit : std::as_const(pairable)) {
        QList<double> n(v, 0.0);
        for (const QJsonValue &value : unit)
            n[categories->indexOf(value)] += 1;
        const double m = double(unit.size());
        for (qsizetype c = 0; c < v; ++c)
            for (qsizetype k = 0; k < v; ++k)
                o[c][k] += n.at(c) * (c == k ? n.at(k) - 1 : n.at(k)) / (m - 1);
    }
    QList<double> marginal(v, 0.0);
    double total = 0;
    for (qsizetype c = 0; c < v; ++c)
        for (qsizetype k = 0; k < v; ++k) {
            marginal[c] += o.at(c).at(k);
            total += o.at(c).at(k);
        }

    auto delta2 = [&](qsizetype c, qsizetype k) -> double {
        if (c == k)
            return 0;
        switch (level) {
        case Level::Nominal:
            return 1;
        case Level::Ordinal: {
            // Krippendorff's rank metric: the marginals from c to k, half of each end.
            const qsizetype lo = std::min(c, k), hi = std::max(c, k);
            double sum = 0;
            for (qsizetype g = lo; g <= hi; ++g)
                sum += marginal.at(g);
            sum -= (marginal.at(lo) + marginal.at(hi)) / 2;
            return sum * sum;
        }
        case Level::Interval: {
            const double d =
                    categories->values.at(c).toDouble() - categories->values.at(k).toDouble();
            return d * d;
        }
        }
        return 1;
    };
    double observed = 0, expected = 0;
    for (qsizetype c = 0; c < v; ++c)
        for (qsizetype k = 0; k < v; ++k) {
            const double d = delta2(c, k);
            observed += o.at(c).at(k) * d;
            expected += marginal.at(c) * marginal.at(k) * d;
        }
    if (expected <= 0)
        return nothingExpected();
    return 1.0 - (total - 1) * observed / expected;
}

} // namespace annostraat
