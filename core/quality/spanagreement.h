// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How well two people's spans on one text agree, per label (DESIGN.md "Quality"): exact F1
// (same start, end and label) and overlap F1 (same label, sharing at least one code point).
// F1 is symmetric, so neither person is the reference. With no spans of a label on either
// side the label is left out; with spans on one side only its F1 is 0.

#include <QList>
#include <QString>

namespace annostraat {

struct Annotation;

/// One span: its label and [start, end) in code points.
struct LabeledSpan
{
    QString label;
    qint64 start = 0;
    qint64 end = 0;

    bool operator==(const LabeledSpan &) const = default;
};

struct SpanScore
{
    QString label;  ///< empty: all labels together (micro average)
    int countA = 0; ///< spans of the label by the first person
    int countB = 0;
    double exactF1 = 0;
    double overlapF1 = 0;
};

class SpanAgreement
{
public:
    /// The spans among \a annotations (other kinds, open suggestions and unreadable values are
    /// left out).
    static QList<LabeledSpan> spans(const QList<Annotation> &annotations);
    /// One score per label that either side used, sorted by label, then the whole (label "").
    /// Duplicates on one side count once.
    static QList<SpanScore> perLabel(const QList<LabeledSpan> &a, const QList<LabeledSpan> &b);
};

} // namespace annostraat
