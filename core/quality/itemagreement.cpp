// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemagreement.h"

#include "model/kinds/annotationkinds.h"

#include <algorithm>
#include <tuple>

namespace annostraat {

double KindAgreement::f1() const
{
    const int denominator = 2 * matched + onlyA + onlyB;
    return denominator == 0 ? 1.0 : 2.0 * matched / denominator;
}

std::optional<double> KindAgreement::labelAgreement() const
{
    if (matched == 0)
        return std::nullopt;
    return double(sameLabel) / matched;
}

std::optional<double> KindAgreement::meanMetric() const
{
    if (matched == 0)
        return std::nullopt;
    return metricSum / matched;
}

KindAgreement &KindAgreement::operator+=(const KindAgreement &other)
{
    matched += other.matched;
    onlyA += other.onlyA;
    onlyB += other.onlyB;
    sameLabel += other.sameLabel;
    metricSum += other.metricSum;
    return *this;
}

namespace ItemAgreement {

namespace {

bool isDrawnWork(const Annotation &a)
{
    return !a.deleted && !a.suggested && !AnnotationKinds::get(a.kind).answersQuestion();
}

QList<Annotation> ofKind(const QList<Annotation> &annotations, AnnotationKind kind)
{
    QList<Annotation> result;
    for (const Annotation &a : annotations)
        if (a.kind == kind && isDrawnWork(a))
            result << a;
    return result;
}

struct Candidate
{
    double metric;
    qsizetype i;
    qsizetype j;
};

} // namespace

double between(const Annotation &a, const Annotation &b, const AgreementOptions &options)
{
    if (const auto measured = AnnotationKinds::get(a.kind).agreement(a.value, b.value, options))
        return *measured;
    return a.value == b.value ? 1.0 : 0.0;
}

QList<KindAgreement> compare(const QList<Annotation> &a, const QList<Annotation> &b,
                             const AgreementSettings &settings)
{
    QList<KindAgreement> result;
    for (const AnnotationKindInfo *info : AnnotationKinds::all()) {
        const QList<Annotation> mine = ofKind(a, info->kind());
        const QList<Annotation> theirs = ofKind(b, info->kind());
        if (mine.isEmpty() && theirs.isEmpty())
            continue;
        std::vector<Candidate> candidates;
        for (qsizetype i = 0; i < mine.size(); ++i)
            for (qsizetype j = 0; j < theirs.size(); ++j) {
                const double metric = between(mine.at(i), theirs.at(j), settings.tolerances);
                if (metric >= settings.minAgreement)
                    candidates.push_back({metric, i, j});
            }
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
            return std::tie(y.metric, x.i, x.j) < std::tie(x.metric, y.i, y.j);
        });
        QList<bool> usedA(mine.size(), false), usedB(theirs.size(), false);
        KindAgreement k;
        k.kind = info->kind();
        for (const Candidate &c : candidates) {
            if (usedA.at(c.i) || usedB.at(c.j))
                continue;
            usedA[c.i] = usedB[c.j] = true;
            ++k.matched;
            k.metricSum += c.metric;
            k.sameLabel += mine.at(c.i).label == theirs.at(c.j).label ? 1 : 0;
        }
        k.onlyA = int(mine.size()) - k.matched;
        k.onlyB = int(theirs.size()) - k.matched;
        result << k;
    }
    return result;
}

} // namespace ItemAgreement
} // namespace annostraat
