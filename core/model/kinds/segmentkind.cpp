// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentkind.h"

#include "kindvalues.h"

#include <QLocale>

namespace annostraat {

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

} // namespace annostraat
