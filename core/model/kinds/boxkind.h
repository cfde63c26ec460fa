// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationkindinfo.h"

#include <QCoreApplication>

namespace annostraat {

/// An axis-aligned box on an image: {"x", "y", "w", "h"} in pixels, w and h > 0.
/// Agreement: intersection over union.
class BoxKind final : public AnnotationKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::BoxKind)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::BoxKind)

public:
    AnnotationKind kind() const override { return AnnotationKind::Box; }
    QString displayName() const override { return tr("Box"); }
    KindSurface surface() const override { return KindSurface::Pixels; }
    ImageShape imageShape() const override { return ImageShape::Rect; }

    Result<void> validate(const QJsonObject &value, const ValueContext &context) const override;
    QJsonObject fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const override;
    QString summary(const QJsonObject &value) const override;
    std::optional<QRectF> bounds(const QJsonObject &value) const override;
    std::optional<double> agreement(const QJsonObject &a, const QJsonObject &b,
                                    const AgreementOptions &options) const override;
};

} // namespace annostraat
