// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationkindinfo.h"

#include <QCoreApplication>

#include <optional>

namespace annostraat {

/// One part of a broadcast as the schema's locator list names it (trailer, recap, main
/// program, …): {"start": s, "end": e} in frames, either edge may still be missing while the
/// person works, or {"skipped": true} when the part is not in this video. The label is the
/// locator's name (Schema::locators()); one per locator and person. The end is exclusive, as a
/// segment's. An end before its start is allowed here: the locator list warns about it (a
/// person may set the end first), and "done" is not blocked by it.
class LocatorKind final : public AnnotationKindInfo
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::LocatorKind)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::LocatorKind)

public:
    AnnotationKind kind() const override { return AnnotationKind::Locator; }
    QString displayName() const override { return tr("Locator"); }
    KindSurface surface() const override { return KindSurface::Frames; }

    Result<void> validate(const QJsonObject &value, const ValueContext &context) const override;
    /// Edges moved onto the last frame (the end onto the frame count) when beyond it.
    QJsonObject fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const override;
    QString summary(const QJsonObject &value) const override;
    /// 1 when both skipped, or both set with each edge within the frame tolerance; else 0.
    std::optional<double> agreement(const QJsonObject &a, const QJsonObject &b,
                                    const AgreementOptions &options) const override;

    static std::optional<qint64> start(const QJsonObject &value);
    static std::optional<qint64> end(const QJsonObject &value);
    static bool isSkipped(const QJsonObject &value);
};

} // namespace annostraat
