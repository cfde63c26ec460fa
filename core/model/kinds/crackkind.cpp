// SPDX-License-Identifier: GPL-3.0-or-later
#include "crackkind.h"

#include "kindvalues.h"
#include "quality/geometry.h"

#include <QPolygonF>

namespace annostraat {

Result<void> CrackKind::validate(const QJsonObject &value, const ValueContext &context) const
{
    if (auto r = KindValues::checkKeys(value, {"points"}); !r)
        return named(context, r);
    if (auto r = KindValues::checkPoints(value, minimumPoints()); !r)
        return named(context, r);
    return named(context, checkCrack(pointsFromValue(value)));
}

QJsonObject CrackKind::fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const
{
    return KindValues::clampPoints(value, bounds.imageSize);
}

QString CrackKind::summary(const QJsonObject &value) const
{
    const Polyline points = pointsFromValue(value);
    if (points.isEmpty())
        return tr("no valid line");
    return tr("%n point(s), %1 px long", nullptr, int(points.size()))
            .arg(KindValues::pixels(polylineLength(points)));
}

std::optional<QRectF> CrackKind::bounds(const QJsonObject &value) const
{
    const Polyline points = pointsFromValue(value);
    if (points.isEmpty())
        return std::nullopt;
    return QPolygonF(points).boundingRect();
}

std::optional<double> CrackKind::agreement(const QJsonObject &a, const QJsonObject &b,
                                           const AgreementOptions &options) const
{
    return polylineMatch(pointsFromValue(a), pointsFromValue(b), options.tolerancePx);
}

} // namespace annostraat
