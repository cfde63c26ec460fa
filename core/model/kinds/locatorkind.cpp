// SPDX-License-Identifier: GPL-3.0-or-later
#include "locatorkind.h"

#include "kindvalues.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace annostraat {

namespace {

std::optional<qint64> edge(const QJsonObject &value, QLatin1StringView key)
{
    const QJsonValue v = value.value(key);
    if (!KindValues::isWholeNumber(v) || v.toDouble() < 0)
        return std::nullopt;
    return qint64(v.toDouble());
}

} // namespace

std::optional<qint64> LocatorKind::start(const QJsonObject &value)
{
    return edge(value, QLatin1StringView("start"));
}

std::optional<qint64> LocatorKind::end(const QJsonObject &value)
{
    return edge(value, QLatin1StringView("end"));
}

bool LocatorKind::isSkipped(const QJsonObject &value)
{
    return value.value(QStringLiteral("skipped")).toBool(false);
}

Result<void> LocatorKind::validate(const QJsonObject &value, const ValueContext &context) const
{
    if (auto r = KindValues::checkKeys(value, {"start", "end", "skipped"}); !r)
        return named(context, r);
    if (value.contains(QStringLiteral("skipped"))) {
        if (value.value(QStringLiteral("skipped")) != QJsonValue(true))
            return invalid(context, msg("\"skipped\" can only be true"));
        if (value.contains(QStringLiteral("start")) || value.contains(QStringLiteral("end")))
            return invalid(context, msg("a skipped locator has no \"start\" or \"end\""));
        return {};
    }
    if (!value.contains(QStringLiteral("start")) && !value.contains(QStringLiteral("end")))
        return invalid(context, msg("a locator needs \"start\", \"end\" or \"skipped\""));
    for (const char *key : {"start", "end"})
        if (value.contains(QLatin1String(key)) && !edge(value, QLatin1StringView(key)))
            return invalid(context, msg("\"%1\" must be a whole number of 0 or more").arg(key));
    return {};
}

QJsonObject LocatorKind::fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const
{
    if (bounds.frameCount <= 0 || isSkipped(value))
        return value;
    QJsonObject result = value;
    if (const auto s = start(value))
        result.insert(QStringLiteral("start"), double(std::min(*s, bounds.frameCount - 1)));
    if (const auto e = end(value))
        result.insert(QStringLiteral("end"), double(std::min(*e, bounds.frameCount)));
    return result;
}

QString LocatorKind::summary(const QJsonObject &value) const
{
    if (isSkipped(value))
        return tr("not in this video");
    const QLocale locale;
    const auto s = start(value);
    const auto e = end(value);
    if (s && e)
        return tr("frames %1\u2013%2").arg(locale.toString(*s), locale.toString(*e));
    if (s)
        return tr("starts at frame %1").arg(locale.toString(*s));
    if (e)
        return tr("ends at frame %1").arg(locale.toString(*e));
    return tr("not set");
}

std::optional<double> LocatorKind::agreement(const QJsonObject &a, const QJsonObject &b,
                                             const AgreementOptions &options) const
{
    if (isSkipped(a) || isSkipped(b))
        return isSkipped(a) == isSkipped(b) ? 1.0 : 0.0;
    const auto close = [&](std::optional<qint64> x, std::optional<qint64> y) {
        return x.has_value() == y.has_value() && (!x || std::abs(*x - *y) <= options.toleranceFrames);
    };
    return close(start(a), start(b)) && close(end(a), end(b)) ? 1.0 : 0.0;
}

} // namespace annostraat
