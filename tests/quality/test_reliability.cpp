// SPDX-License-Identifier: GPL-3.0-or-later
// Reliability coefficients (core/quality/reliability.h) against published worked examples, to
// the third decimal, and on small cases worked out by hand in the comments.
#include "quality/reliability.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <limits>

using namespace annostraat;

namespace {

const QJsonValue _; // a missing rating

/// Rows of numbers into a RatingTable; a NaN is a missing rating.
RatingTable numbers(std::initializer_list<std::initializer_list<double>> rows)
{
    RatingTable table;
    for (const auto &row : rows) {
        QList<QJsonValue> cells;
        for (double v : row)
            cells << (std::isnan(v) ? QJsonValue() : QJsonValue(v));
        table << cells;
    }
    return table;
}

/// The transpose: the published tables have a row per observer, a RatingTable a row per unit.
RatingTable byUnit(const RatingTable &byObserver)
{
    RatingTable table(byObserver.first().size());
    for (const QList<QJsonValue> &observer : byObserver)
        for (qsizetype u = 0; u < observer.size(); ++u)
            table[u] << observer.at(u);
    return table;
}

double value(const Result<double> &r)
{
    INFO((r ? QString() : r.error().message()).toStdString());
    REQUIRE(r.ok());
    return *r;
}

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

} // namespace

// Krippendorff, K. (2011). "Computing Krippendorff's Alpha-Reliability", University of
// Pennsylvania, ScholarlyCommons asc_papers/43, section C: 4 observers, 12 units, values 1-5,
// with missing data (the same table is in Krippendorff, "Content Analysis", 4th ed., 2019,
// p. 290). Published: nominal 0.743, ordinal 0.815, interval 0.849. Unit 12 has one value and
// is not pairable.
TEST_CASE("Krippendorff's alpha matches Krippendorff 2011 at three levels with missing data",
          "[reliability]")
{
    const RatingTable table = byUnit(numbers({
            {1, 2, 3, 3, 2, 1, 4, 1, 2, kNaN, kNaN, kNaN},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, kNaN, 3},
            {kNaN, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, kNaN},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, kNaN},
    }));
    REQUIRE(table.size() == 12);
    CHECK(Reliability::pairableUnits(table) == 11);
    CHECK(value(Reliability::krippendorffAlpha(table, Reliability::Level::Nominal)) ==
          Approx(0.743).margin(0.0005));
    CHECK(value(Reliability::krippendorffAlpha(table, Reliability::Level::Ordinal)) ==
          Approx(0.815).margin(0.0005));
    CHECK(value(Reliability::krippendorffAlpha(table, Reliability::Level::Interval)) ==
          Approx(0.849).margin(0.0005));
}

TEST_CASE("Krippendorff's alpha on category texts is nominal, and says why it is undefined",
          "[reliability]")
{
    const auto s = [](const char *t) { return QJsonValue(QString::fromLatin1(t)); };
    // Two units both raters agree on, one they do not: by hand, the coincidences are
    // o(a,a)=2, o(b,b)=2, o(a,b)=o(b,a)=1; n=6, n_a=n_b=3; alpha = 1 - 5*2/(2*3*3) = 4/9.
    const RatingTable table{{s("a"), s("a")}, {s("b"), s("b")}, {s("a"), s("b")}, {s("b"), _}};
    CHECK(value(Reliability::krippendorffAlpha(table, Reliability::Level::Nominal)) ==
          Approx(4.0 / 9.0));

    // A whole number and the same number as a double are one category.
    const RatingTable mixed{{QJsonValue(3), QJsonValue(3.0)},
                            {QJsonValue(4), QJsonValue(4.0)},
                            {QJsonValue(3.0), QJsonValue(4)},
                            {QJsonValue(4.0), _}};
    CHECK(value(Reliability::krippendorffAlpha(mixed, Reliability::Level::Nominal)) ==
          Approx(4.0 / 9.0));

    const auto ordinal = Reliability::krippendorffAlpha(table, Reliability::Level::Ordinal);
    REQUIRE_FALSE(ordinal.ok());
    CHECK(ordinal.error().message().contains(QStringLiteral("numbers")));

    const auto alone =
            Reliability::krippendorffAlpha({{s("a"), _}, {_, s("b")}}, Reliability::Level::Nominal);
    REQUIRE_FALSE(alone.ok());
    CHECK(alone.error().message().contains(QStringLiteral("undefined")));

    const auto same = Reliability::krippendorffAlpha({{s("a"), s("a")}, {s("a"), s("a")}},
                                                     Reliability::Level::Interval);
    REQUIRE_FALSE(same.ok()); // "a" is not a number
    const auto constant =
            Reliability::krippendorffAlpha(numbers({{3, 3}, {3, 3}}), Reliability::Level::Interval);
    REQUIRE_FALSE(constant.ok());
    CHECK(constant.error().message().contains(QStringLiteral("no disagreement")));
}

// The worked example of the Wikipedia article "Fleiss' kappa" (after Fleiss 1971): 10 subjects,
// 14 raters, 5 categories; published P-bar = 0.378, P-bar-e = 0.213, kappa = 0.210.
TEST_CASE("Fleiss' kappa matches the published 10 subjects x 14 raters example", "[reliability]")
{
    const QList<QList<int>> counts{
            {0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
            {7, 7, 0, 0, 0},  {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7}};
    CHECK(value(Reliability::fleissKappa(counts)) == Approx(0.210).margin(0.0005));

    // The same data as ratings: each subject's 14 ratings, category j written as the text "cj".
    RatingTable table;
    for (const QList<int> &subject : counts) {
        QList<QJsonValue> ratings;
        for (qsizetype j = 0; j < subject.size(); ++j)
            for (int n = 0; n < subject.at(j); ++n)
                ratings << QJsonValue(QStringLiteral("c%1").arg(j));
        table << ratings;
    }
    CHECK(value(Reliability::fleissKappa(table)) == Approx(0.210).margin(0.0005));

    // A unit that one rater left out is not counted: the result stays the same.
    QList<QJsonValue> partial(14, QJsonValue(QStringLiteral("c0")));
    partial[3] = QJsonValue();
    table << partial;
    CHECK(value(Reliability::fleissKappa(table)) == Approx(0.210).margin(0.0005));

    const auto uneven = Reliability::fleissKappa(QList<QList<int>>{{2, 1}, {1, 1}});
    REQUIRE_FALSE(uneven.ok());
    CHECK(uneven.error().message().contains(QStringLiteral("same number")));
}

// Cohen, J. (1968). "Weighted kappa: nominal scale agreement with provision for scaled
// disagreement or partial credit", Psychological Bulletin 70(4), Table 1: two judges, 200
// patients, three diagnoses (personality disorder, neurosis, psychosis), observed proportions
// below (rows: judge B, columns: judge A) and disagreement weights 1, 3 and 6. Published:
// kappa = .492, weighted kappa = .348 (as also quoted by the R package psych, cohen.kappa).
TEST_CASE("Cohen's kappa and weighted kappa match Cohen 1968 Table 1", "[reliability]")
{
    const QList<QList<double>> proportions{
            {0.44, 0.07, 0.09}, {0.05, 0.20, 0.05}, {0.01, 0.03, 0.06}};
    const QList<QList<double>> weights{{0, 1, 3}, {1, 0, 6}, {3, 6, 0}};
    CHECK(value(Reliability::cohenKappa(proportions)) == Approx(0.492).margin(0.0005));
    CHECK(value(Reliability::weightedKappa(proportions, weights)) == Approx(0.348).margin(0.0005));

    // The same 200 patients as a ratings table: (judge A, judge B) per patient.
    const QStringList diagnoses{QStringLiteral("personality"), QStringLiteral("neurosis"),
                                QStringLiteral("psychosis")};
    RatingTable table;
    for (int b = 0; b < 3; ++b)
        for (int a = 0; a < 3; ++a)
            for (int n = 0; n < qRound(proportions.at(b).at(a) * 200); ++n)
                table << QList<QJsonValue>{diagnoses.at(a), diagnoses.at(b)};
    REQUIRE(table.size() == 200);
    table << QList<QJsonValue>{diagnoses.at(0), _}; // rated by one judge only: left out
    CHECK(value(Reliability::cohenKappa(table)) == Approx(0.492).margin(0.0005));
}

TEST_CASE("Linear and quadratic weighted kappa on ratings, worked out by hand", "[reliability]")
{
    // Four units rated (A, B): (1,1) (2,3) (3,3) (1,2).
    // Marginals A: 1 .50, 2 .25, 3 .25; B: 1 .25, 2 .25, 3 .50.
    // Unweighted: po = .5, pe = .5*.25 + .25*.25 + .25*.5 = .3125, kappa = .1875/.6875 = 3/11.
    // Linear: observed mean |a-b| = .5; expected sum pA(i) pB(j) |i-j| = .625+.1875+.1875 = 1;
    //   kappa = 1 - .5/1 = .5.
    // Quadratic: observed mean (a-b)^2 = .5; expected 1.125+.1875+.3125 = 1.625;
    //   kappa = 1 - .5/1.625 = 9/13.
    const RatingTable table = numbers({{1, 1}, {2, 3}, {3, 3}, {1, 2}});
    CHECK(value(Reliability::cohenKappa(table)) == Approx(3.0 / 11.0));
    CHECK(value(Reliability::cohenKappa(table, Reliability::Weights::Linear)) == Approx(0.5));
    CHECK(value(Reliability::cohenKappa(table, Reliability::Weights::Quadratic)) ==
          Approx(9.0 / 13.0));

    // Two categories: every weighting is the same kappa. 50 units: both 1: 20, A 1 and B 0: 5,
    // A 0 and B 1: 10, both 0: 15; po = .7, pe = .5*.6 + .5*.4 = .5, kappa = .4.
    RatingTable binary;
    for (int i = 0; i < 50; ++i)
        binary << QList<QJsonValue>{i < 25 ? 1 : 0, i < 20 || (i >= 25 && i < 35) ? 1 : 0};
    for (auto w : {Reliability::Weights::None, Reliability::Weights::Linear,
                   Reliability::Weights::Quadratic})
        CHECK(value(Reliability::cohenKappa(binary, w)) == Approx(0.4));

    const auto texts = Reliability::cohenKappa(
            RatingTable{{QJsonValue(QStringLiteral("good")), QJsonValue(QStringLiteral("bad"))}},
            Reliability::Weights::Linear);
    REQUIRE_FALSE(texts.ok());
    const auto none = Reliability::cohenKappa(RatingTable{{QJsonValue(1), _}, {_, QJsonValue(2)}});
    REQUIRE_FALSE(none.ok());
    CHECK(none.error().message().contains(QStringLiteral("both")));
    const auto constant = Reliability::cohenKappa(numbers({{2, 2}, {2, 2}}));
    REQUIRE_FALSE(constant.ok());
}
