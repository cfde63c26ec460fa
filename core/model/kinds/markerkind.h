// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationkindinfo.h"

#include <QCoreApplication>

namespace annostraat {

/// A moment in a video: {"frame": n}, a whole number >= 0 (frames count from 0).
/// Agreement: 1 when two markers lie within the frame tolerance, else 0.
class MarkerKind final : public AnnotationKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::MarkerKind)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::MarkerKind)

public:
    AnnotationKind kind() const override { return AnnotationKind::Marker; }
    QString displayName() const override { return tr("Marker"); }
    KindSurface surface() const override { return KindSurface::Frames; }

    Result<void> validate(const QJsonObject &value, const ValueContext &context) const override;
    /// The frame moved to the last frame when it lies beyond it.
    QJsonObject fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const override;
    QString summary(const QJsonObject &value) const override;
    std::optional<double> agreement(const QJsonObject &a, const QJsonObject &b,
                                    const AgreementOptions &options) const override;
};

} // namespace annostraat
