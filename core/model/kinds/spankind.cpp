// SPDX-License-Identifier: GPL-3.0-or-later
#include "spankind.h"

#include "kindvalues.h"

#include <QLocale>

namespace annostraat {

namespace {

// Long spans (a whole paragraph) would stretch a list row; a list needs only the start.
constexpr qsizetype kSummaryLength = 40;

} // namespace

Result<void> SpanKind::validate(const QJsonObject &value, const ValueContext &context) const
{
    if (auto r = KindValues::checkKeys(value, {"start", "end", "text"}); !r)
        return named(context, r);
    if (value.contains(QStringLiteral("text")) && !value.value(QStringLiteral("text")).isString())
        return invalid(context, msg("\"text\" must be a string"));
    return named(context, KindValues::checkInterval(value, msg("characters")));
}

QJsonObject SpanKind::fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const
{
    QJsonObject result = KindValues::clampInterval(value, bounds.codePoints);
    if (result != value)
        result.remove(QStringLiteral("text"));
    return result;
}

QString SpanKind::summary(const QJsonObject &value) const
{
    const QString text = value.value(QStringLiteral("text")).toString().simplified();
    if (!text.isEmpty()) {
        QString shown = text;
        if (shown.size() > kSummaryLength) {
            qsizetype cut = kSummaryLength - 1;
            if (shown.at(cut - 1).isHighSurrogate()) // never half a character
                --cut;
            shown = shown.left(cut) + QStringLiteral("\u2026");
        }
        return tr("\u201C%1\u201D").arg(shown);
    }
    const QJsonValue start = value.value(QStringLiteral("start"));
    const QJsonValue end = value.value(QStringLiteral("end"));
    if (!KindValues::isWholeNumber(start) || !KindValues::isWholeNumber(end))
        return tr("no valid characters");
    const QLocale locale;
    return tr("characters %1\u2013%2")
            .arg(locale.toString(qint64(start.toDouble())),
                 locale.toString(qint64(end.toDouble())));
}

} // namespace annostraat
