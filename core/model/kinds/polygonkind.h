// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationkindinfo.h"

#include <QCoreApplication>

namespace annostraat {

/// A region with an irregular outline: {"points": [[x, y], …]} in pixels, closed implicitly.
/// Valid when it is a simple polygon with an area (checkPolygon: no self-crossing).
/// Agreement: intersection over union.
class PolygonKind final : public AnnotationKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::PolygonKind)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::PolygonKind)

public:
    AnnotationKind kind() const override { return AnnotationKind::Polygon; }
    QString displayName() const override { return tr("Polygon"); }
    KindSurface surface() const override { return KindSurface::Pixels; }
    ImageShape imageShape() const override { return ImageShape::ClosedOutline; }
    int minimumPoints() const override { return 3; }

    Result<void> validate(const QJsonObject &value, const ValueContext &context) const override;
    QJsonObject fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const override;
    QString summary(const QJsonObject &value) const override;
    std::optional<QRectF> bounds(const QJsonObject &value) const override;
    std::optional<double> agreement(const QJsonObject &a, const QJsonObject &b,
                                    const AgreementOptions &options) const override;
};

} // namespace annostraat
