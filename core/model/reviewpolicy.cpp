// SPDX-License-Identifier: GPL-3.0-or-later
#include "reviewpolicy.h"

#include "kinds/kindvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace annostraat {

namespace {

// Under the schema's context: these are schema messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Schema)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Schema)
};

} // namespace

Result<ReviewPolicy> ReviewPolicy::fromJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return ReviewPolicy{};
    if (!value.isObject())
        return Error(Tr::msg("\"review\" must be an object like {\"sample\": 10, \"firstItems\": 5, "
                             "\"disagreement\": true, \"flagged\": true, \"quickComments\": [\"…\"]}"));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("sample") && it.key() != QLatin1String("firstItems") &&
            it.key() != QLatin1String("disagreement") && it.key() != QLatin1String("flagged") &&
            it.key() != QLatin1String("quickComments"))
            return Error(Tr::msg("\"review\": unknown field \"%1\"").arg(it.key()));
    ReviewPolicy policy;
    if (o.contains(QStringLiteral("sample"))) {
        const QJsonValue sample = o.value(QStringLiteral("sample"));
        if (!KindValues::isFiniteNumber(sample) || sample.toDouble() < 0 || sample.toDouble() > 100)
            return Error(Tr::msg("\"review\": \"sample\" must be a percentage from 0 to 100"));
        policy.samplePercent = sample.toDouble();
    }
    if (o.contains(QStringLiteral("firstItems"))) {
        const QJsonValue first = o.value(QStringLiteral("firstItems"));
        if (!KindValues::isWholeNumber(first) || first.toDouble() < 0 || first.toDouble() > 1e6)
            return Error(Tr::msg("\"review\": \"firstItems\" must be a whole number of items, 0 or more"));
        policy.firstItems = int(first.toDouble());
    }
    for (const char *flag : {"disagreement", "flagged"}) {
        const QJsonValue v = o.value(QLatin1String(flag));
        if (!v.isUndefined() && !v.isBool())
            return Error(Tr::msg("\"review\": \"%1\" must be true or false").arg(QLatin1String(flag)));
    }
    policy.disagreement = o.value(QStringLiteral("disagreement")).toBool();
    policy.flagged = o.value(QStringLiteral("flagged")).toBool();
    if (o.contains(QStringLiteral("quickComments"))) {
        const QJsonValue list = o.value(QStringLiteral("quickComments"));
        if (!list.isArray())
            return Error(Tr::msg("\"review\": \"quickComments\" must be a list of texts"));
        QSet<QString> seen;
        for (const QJsonValue &c : list.toArray()) {
            const QString text = c.toString().trimmed();
            if (!c.isString() || text.isEmpty())
                return Error(Tr::msg("\"review\": every quick comment must be a text that is not empty"));
            if (seen.contains(text))
                return Error(Tr::msg("\"review\": the quick comment \"%1\" is there twice").arg(text));
            seen.insert(text);
            policy.quickComments << text;
        }
    }
    return policy;
}

QJsonObject ReviewPolicy::toJson() const
{
    QJsonObject o;
    if (samplePercent > 0)
        o.insert(QStringLiteral("sample"), samplePercent);
    if (firstItems > 0)
        o.insert(QStringLiteral("firstItems"), firstItems);
    if (disagreement)
        o.insert(QStringLiteral("disagreement"), true);
    if (flagged)
        o.insert(QStringLiteral("flagged"), true);
    if (!quickComments.isEmpty())
        o.insert(QStringLiteral("quickComments"), QJsonArray::fromStringList(quickComments));
    return o;
}

} // namespace annostraat
