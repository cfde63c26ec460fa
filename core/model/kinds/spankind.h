// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationkindinfo.h"

#include <QCoreApplication>

namespace annostraat {

/// A stretch of a text: {"start": s, "end": e, "text": "…"} in Unicode code points,
/// 0 <= s < e, end exclusive; "text" (optional) is the text it covers. No agreement metric
/// yet (spans agree by exact and overlap F1 over a whole document, DESIGN.md "Quality").
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
};

} // namespace annostraat
