// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationkindinfo.h"
#include "model/codepointtext.h"

#include <QCoreApplication>

namespace annostraat {

/// A stretch of a text: {"start": s, "end": e, "text": "…"} in Unicode code points,
/// 0 <= s < e, end exclusive; "text" (optional) is the text it covers, kept so that a span on
/// a text that changed later is found (checkText()) instead of silently covering other words.
/// Pairwise agreement is the overlap of the two ranges (intersection over union); over a whole
/// document spans agree by exact and overlap F1 per label (quality/spanagreement.h).
class SpanKind final : public AnnotationKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::SpanKind)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::SpanKind)

public:
    AnnotationKind kind() const override { return AnnotationKind::Span; }
    QString displayName() const override { return tr("Text span"); }
    KindSurface surface() const override { return KindSurface::CodePoints; }

    Result<void> validate(const QJsonObject &value, const ValueContext &context) const override;
    /// Start and end cut to [0, text length]; "text" is dropped when they moved, since it
    /// no longer is the text covered.
    QJsonObject fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const override;
    QString summary(const QJsonObject &value) const override;
    /// Code points in both ranges over code points in either: 1 for the same span, 0 for
    /// spans that do not overlap or cannot be read.
    std::optional<double> agreement(const QJsonObject &a, const QJsonObject &b,
                                    const AgreementOptions &options = {}) const override;

    /// The value of the span [\a start, \a end) of \a text (code points), with its text.
    static QJsonObject makeValue(const CodePointText &text, qint64 start, qint64 end);
    /// Whether \a value still fits \a text: within it, and covering the text it stored. A
    /// span on a changed text is reported here (with what it covered and what is there now),
    /// never moved to where the words went.
    Result<void> checkText(const QJsonObject &value, const CodePointText &text,
                           const ValueContext &context = {}) const;
};

} // namespace annostraat
