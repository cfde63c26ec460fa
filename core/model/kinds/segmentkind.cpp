// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentkind.h"

#include "kindvalues.h"

#include <QLocale>

#include <algorithm>
#include <optional>
#include <utility>

namespace annostraat {

namespace {

/// The interval [start, end) of a valid segment value.
std::optional<std::pair<qint64, qint64>> intervalOf(const QJsonObject &value)
{
    const QJsonValue start = value.value(QStringLiteral("start"));
    const QJsonValue end = value.value(QStringLiteral("end"));
    if (!KindValues::isWholeNumber(start) || !KindValues::isWholeNumber(end))
        return std::nullopt;
    const qint64 s = qint64(start.toDouble());
    const qint64 e = qint64(end.toDouble());
    if (s < 0 || e <= s)
        return std::nullopt;
    return std::pair{s, e};
}

} // namespace

Result<void> SegmentKind::validate(const QJsonObject &value, const ValueContext &context) const
{
    if (auto r = KindValues::checkKeys(value, {"start", "end"}); !r)
        return named(context, r);
    return named(context, KindValues::checkInterval(value, msg("frames")));
}

QJsonObject SegmentKind::fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const
{
    return KindValues::clampInterval(value, bounds.frameCount);
}

QString SegmentKind::summary(const QJsonObject &value) const
{
    const QJsonValue start = value.value(QStringLiteral("start"));
    const QJsonValue end = value.value(QStringLiteral("end"));
    if (!KindValues::isWholeNumber(start) || !KindValues::isWholeNumber(end))
        return tr("no valid frames");
    const QLocale locale;
    return tr("frames %1\u2013%2")
            .arg(locale.toString(qint64(start.toDouble())),
                 locale.toString(qint64(end.toDouble())));
}

std::optional<double> SegmentKind::agreement(const QJsonObject &a, const QJsonObject &b,
                                             const AgreementOptions &options) const
{
    Q_UNUSED(options); // the overlap measures nearness itself; a frame tolerance does not apply
    const auto x = intervalOf(a);
    const auto y = intervalOf(b);
    if (!x || !y)
        return 0.0;
    const qint64 common = std::min(x->second, y->second) - std::max(x->first, y->first);
    if (common <= 0)
        return 0.0;
    const qint64 all = std::max(x->second, y->second) - std::min(x->first, y->first);
    return double(common) / double(all);
}

} // namespace annostraat
