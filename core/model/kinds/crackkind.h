// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationkindinfo.h"

#include <QCoreApplication>

namespace annostraat {

/// A crack traced as a polyline: {"points": [[x, y], …]} in pixels, in order along the
/// crack, at least two points and a length > 0 (checkCrack). It may cross itself.
/// Agreement: polylineMatch, the share of each line within the tolerance of the other.
class CrackKind final : public AnnotationKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::CrackKind)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::CrackKind)

public:
    AnnotationKind kind() const override { return AnnotationKind::Crack; }
    QString displayName() const override { return tr("Crack line"); }
    KindSurface surface() const override { return KindSurface::Pixels; }
    ImageShape imageShape() const override { return ImageShape::OpenPolyline; }
    int minimumPoints() const override { return 2; }

    Result<void> validate(const QJsonObject &value, const ValueContext &context) const override;
    QJsonObject fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const override;
    QString summary(const QJsonObject &value) const override;
    std::optional<QRectF> bounds(const QJsonObject &value) const override;
    std::optional<double> agreement(const QJsonObject &a, const QJsonObject &b,
                                    const AgreementOptions &options) const override;
};

} // namespace annostraat
