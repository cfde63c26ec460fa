// SPDX-License-Identifier: GPL-3.0-or-later
#include "spankind.h"

#include "kindvalues.h"

#include <QLocale>

#include <algorithm>

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

std::optional<double> SpanKind::agreement(const QJsonObject &a, const QJsonObject &b,
                                          const AgreementOptions &) const
{
    const auto whole = [](const QJsonObject &v) {
        return KindValues::isWholeNumber(v.value(QStringLiteral("start")))
                && KindValues::isWholeNumber(v.value(QStringLiteral("end")));
    };
    if (!whole(a) || !whole(b))
        return 0.0;
    const qint64 as = qint64(a.value(QStringLiteral("start")).toDouble());
    const qint64 ae = qint64(a.value(QStringLiteral("end")).toDouble());
    const qint64 bs = qint64(b.value(QStringLiteral("start")).toDouble());
    const qint64 be = qint64(b.value(QStringLiteral("end")).toDouble());
    const qint64 common = std::min(ae, be) - std::max(as, bs);
    const qint64 either = std::max(ae, be) - std::min(as, bs);
    if (common <= 0 || either <= 0)
        return 0.0;
    return double(common) / double(either);
}

QJsonObject SpanKind::makeValue(const CodePointText &text, qint64 start, qint64 end)
{
    return {{QStringLiteral("start"), start},
            {QStringLiteral("end"), end},
            {QStringLiteral("text"), text.slice(start, end)}};
}

Result<void> SpanKind::checkText(const QJsonObject &value, const CodePointText &text,
                                 const ValueContext &context) const
{
    if (auto r = validate(value, context); !r)
        return r;
    const qint64 start = qint64(value.value(QStringLiteral("start")).toDouble());
    const qint64 end = qint64(value.value(QStringLiteral("end")).toDouble());
    if (end > text.size())
        return invalid(context, msg("characters %1\u2013%2 lie past the end of the text (%3 characters)")
                                        .arg(start).arg(end).arg(text.size()));
    const QJsonValue stored = value.value(QStringLiteral("text"));
    if (stored.isString()) {
        const QString now = text.slice(start, end);
        if (now != stored.toString())
            return invalid(context, msg("the text changed: the span covered \u201C%1\u201D, there is "
                                        "\u201C%2\u201D now")
                                            .arg(stored.toString(), now));
    }
    return {};
}

} // namespace annostraat
