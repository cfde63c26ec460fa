// SPDX-License-Identifier: GPL-3.0-or-later
#include "spanagreement.h"

#include "model/entities.h"
#include "model/kinds/kindvalues.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace annostraat {

namespace {

QList<LabeledSpan> distinct(const QList<LabeledSpan> &spans)
{
    QList<LabeledSpan> result;
    for (const LabeledSpan &s : spans)
        if (!result.contains(s))
            result << s;
    return result;
}

bool overlaps(const LabeledSpan &x, const LabeledSpan &y)
{
    return x.label == y.label && x.start < y.end && y.start < x.end;
}

double f1(int matchedA, int countA, int matchedB, int countB)
{
    if (countA == 0 && countB == 0)
        return 1;
    if (countA == 0 || countB == 0)
        return 0;
    const double recall = double(matchedA) / countA;
    const double precision = double(matchedB) / countB;
    return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0;
}

SpanScore score(const QString &label, const QList<LabeledSpan> &a, const QList<LabeledSpan> &b)
{
    SpanScore s;
    s.label = label;
    s.countA = int(a.size());
    s.countB = int(b.size());
    int exact = 0, overlapA = 0, overlapB = 0;
    for (const LabeledSpan &x : a) {
        exact += b.contains(x) ? 1 : 0;
        overlapA += std::any_of(b.cbegin(), b.cend(),
                                [&](const LabeledSpan &y) { return overlaps(x, y); });
    }
    for (const LabeledSpan &y : b)
        overlapB += std::any_of(a.cbegin(), a.cend(),
                                [&](const LabeledSpan &x) { return overlaps(x, y); });
    s.exactF1 = f1(exact, s.countA, exact, s.countB);
    s.overlapF1 = f1(overlapA, s.countA, overlapB, s.countB);
    return s;
}

} // namespace

QList<LabeledSpan> SpanAgreement::spans(const QList<Annotation> &annotations)
{
    QList<LabeledSpan> result;
    for (const Annotation &a : annotations) {
        if (a.kind != AnnotationKind::Span || a.deleted || a.suggested) // open suggestions: nobody's work
            continue;
        const QJsonValue start = a.value.value(QStringLiteral("start"));
        const QJsonValue end = a.value.value(QStringLiteral("end"));
        if (!KindValues::isWholeNumber(start) || !KindValues::isWholeNumber(end))
            continue;
        result << LabeledSpan{a.label, qint64(start.toDouble()), qint64(end.toDouble())};
    }
    return result;
}

QList<SpanScore> SpanAgreement::perLabel(const QList<LabeledSpan> &a, const QList<LabeledSpan> &b)
{
    const QList<LabeledSpan> da = distinct(a), db = distinct(b);
    std::map<QString, std::pair<QList<LabeledSpan>, QList<LabeledSpan>>> byLabel;
    for (const LabeledSpan &s : da)
        byLabel[s.label].first << s;
    for (const LabeledSpan &s : db)
        byLabel[s.label].second << s;
    QList<SpanScore> result;
    for (const auto &[label, sides] : byLabel)
        result << score(label, sides.first, sides.second);
    // Overlaps only count within a label, so the whole is the same computation on everything.
    result << score(QString(), da, db);
    return result;
}

} // namespace annostraat
