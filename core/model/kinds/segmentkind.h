// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationkindinfo.h"

#include <QCoreApplication>

namespace annostraat {

/// A stretch of a video: {"start": s, "end": e} in frames, 0 <= s < e; the end is exclusive,
/// so a segment to the end of a video ends at its frame count.
/// Agreement: the overlap of the two frame intervals, intersection over union (0 to 1).
class SegmentKind final : public AnnotationKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::SegmentKind)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::SegmentKind)

public:
    AnnotationKind kind() const override { return AnnotationKind::Segment; }
    QString displayName() const override { return tr("Segment"); }
    KindSurface surface() const override { return KindSurface::Frames; }

    Result<void> validate(const QJsonObject &value, const ValueContext &context) const override;
    /// Start and end cut to [0, frame count].
    QJsonObject fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const override;
    QString summary(const QJsonObject &value) const override;
    std::optional<double> agreement(const QJsonObject &a, const QJsonObject &b,
                                    const AgreementOptions &options) const override;
};

} // namespace annostraat
