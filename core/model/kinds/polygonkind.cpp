// SPDX-License-Identifier: GPL-3.0-or-later
#include "polygonkind.h"

#include "kindvalues.h"
#include "quality/geometry.h"

#include <QPolygonF>

namespace annostraat {

Result<void> PolygonKind::validate(const QJsonObject &value, const ValueContext &context) const
{
    if (auto r = KindValues::checkKeys(value, {"points"}); !r)
        return named(context, r);
    if (auto r = KindValues::checkPoints(value, minimumPoints()); !r)
        return named(context, r);
    return named(context, checkPolygon(pointsFromValue(value)));
}

QJsonObject PolygonKind::fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const
{
    return KindValues::clampPoints(value, bounds.imageSize);
}

QString PolygonKind::summary(const QJsonObject &value) const
{
    const Polyline points = pointsFromValue(value);
    if (points.isEmpty())
        return tr("no valid outline");
    return tr("%n point(s), %1 px\u00B2", nullptr, int(points.size()))
            .arg(KindValues::pixels(polygonArea(points)));
}

std::optional<QRectF> PolygonKind::bounds(const QJsonObject &value) const
{
    const Polyline points = pointsFromValue(value);
    if (points.isEmpty())
        return std::nullopt;
    return QPolygonF(points).boundingRect();
}

std::optional<double> PolygonKind::agreement(const QJsonObject &a, const QJsonObject &b,
                                             const AgreementOptions &) const
{
    return polygonIoU(pointsFromValue(a), pointsFromValue(b));
}

} // namespace annostraat
