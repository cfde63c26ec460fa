// SPDX-License-Identifier: GPL-3.0-or-later
#include "kindvalues.h"

#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace annostraat {

bool KindValues::isFiniteNumber(const QJsonValue &v)
{
    return v.isDouble() && std::isfinite(v.toDouble());
}

bool KindValues::isWholeNumber(const QJsonValue &v)
{
    return isFiniteNumber(v) && std::floor(v.toDouble()) == v.toDouble() &&
           std::abs(v.toDouble()) < 9.0e15;
}

Result<void> KindValues::checkKeys(const QJsonObject &object,
                                   std::initializer_list<const char *> allowed)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool known = std::any_of(allowed.begin(), allowed.end(), [&](const char *key) {
            return it.key() == QLatin1String(key);
        });
        if (!known)
            return Error(msg("unknown field \"%1\"").arg(it.key()));
    }
    return {};
}

Result<void> KindValues::checkPoints(const QJsonObject &value, int minimum)
{
    const QJsonValue pointsValue = value.value(QStringLiteral("points"));
    if (!pointsValue.isArray())
        return Error(msg("\"points\" must be a list of [x, y] pairs"));
    const QJsonArray points = pointsValue.toArray();
    if (points.size() < minimum)
        return Error(msg("needs at least %1 points, got %2").arg(minimum).arg(points.size()));
    for (qsizetype i = 0; i < points.size(); ++i) {
        const QJsonArray p = points.at(i).toArray();
        if (!points.at(i).isArray() || p.size() != 2 || !isFiniteNumber(p.at(0)) ||
            !isFiniteNumber(p.at(1)))
            return Error(msg("point %1 is not a pair of numbers [x, y]").arg(i + 1));
        if (p.at(0).toDouble() < 0 || p.at(1).toDouble() < 0)
            return Error(msg("point %1 lies outside the image (negative coordinate)").arg(i + 1));
    }
    return {};
}

Result<void> KindValues::checkInterval(const QJsonObject &value, const Message &unit)
{
    const QJsonValue start = value.value(QStringLiteral("start"));
    const QJsonValue end = value.value(QStringLiteral("end"));
    if (!isWholeNumber(start) || !isWholeNumber(end))
        return Error(msg("\"start\" and \"end\" must be whole numbers (%1)").arg(unit));
    if (start.toDouble() < 0)
        return Error(msg("\"start\" must not be negative"));
    if (end.toDouble() <= start.toDouble())
        return Error(msg("\"end\" (%1) must be after \"start\" (%2)")
                             .arg(qint64(end.toDouble()))
                             .arg(qint64(start.toDouble())));
    return {};
}

QJsonObject KindValues::clampPoints(const QJsonObject &value, QSizeF bounds)
{
    const QJsonValue points = value.value(QStringLiteral("points"));
    if (bounds.isEmpty() || !points.isArray())
        return value;
    Polyline clamped = pointsFromValue(value);
    if (clamped.size() != points.toArray().size())
        return value; // not readable as points: validate() says why
    for (QPointF &p : clamped)
        p = clampPoint(p, bounds);
    QJsonObject result = value;
    result.insert(QStringLiteral("points"),
                  polylineToValue(clamped).value(QStringLiteral("points")));
    return result;
}

QJsonObject KindValues::clampInterval(const QJsonObject &value, qint64 length)
{
    const QJsonValue start = value.value(QStringLiteral("start"));
    const QJsonValue end = value.value(QStringLiteral("end"));
    if (length < 0 || !isWholeNumber(start) || !isWholeNumber(end))
        return value;
    QJsonObject result = value;
    const auto clamp = [length](double v) {
        return double(std::clamp(qint64(v), qint64(0), length));
    };
    result.insert(QStringLiteral("start"), clamp(start.toDouble()));
    result.insert(QStringLiteral("end"), clamp(end.toDouble()));
    return result;
}

QString KindValues::pixels(double v)
{
    return QLocale().toString(qRound64(v));
}

} // namespace annostraat
