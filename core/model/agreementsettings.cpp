// SPDX-License-Identifier: GPL-3.0-or-later
#include "agreementsettings.h"

#include "kinds/kindvalues.h"

#include <QCoreApplication>

namespace annostraat {

namespace {

// Under the schema's context: these are schema messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Schema)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Schema)
};

} // namespace

Result<AgreementSettings> AgreementSettings::fromJson(const QJsonValue &value)
{
    if (value.isUndefined())
        return AgreementSettings{};
    if (!value.isObject())
        return Error(
                Tr::msg("\"agreement\" must be an object like {\"iou\": 0.5, \"tolerancePx\": 5, "
                        "\"toleranceFrames\": 0}"));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("iou") && it.key() != QLatin1String("tolerancePx") &&
            it.key() != QLatin1String("toleranceFrames"))
            return Error(Tr::msg("\"agreement\": unknown field \"%1\"").arg(it.key()));
    AgreementSettings settings;
    if (o.contains(QStringLiteral("iou"))) {
        const QJsonValue iou = o.value(QStringLiteral("iou"));
        if (!KindValues::isFiniteNumber(iou) || iou.toDouble() <= 0 || iou.toDouble() > 1)
            return Error(Tr::msg(
                    "\"agreement\": \"iou\" must be a number greater than 0 and at most 1"));
        settings.minAgreement = iou.toDouble();
    }
    if (o.contains(QStringLiteral("tolerancePx"))) {
        const QJsonValue px = o.value(QStringLiteral("tolerancePx"));
        if (!KindValues::isFiniteNumber(px) || px.toDouble() < 0)
            return Error(Tr::msg(
                    "\"agreement\": \"tolerancePx\" must be a number of pixels, 0 or more"));
        settings.tolerances.tolerancePx = px.toDouble();
    }
    if (o.contains(QStringLiteral("toleranceFrames"))) {
        const QJsonValue frames = o.value(QStringLiteral("toleranceFrames"));
        if (!KindValues::isWholeNumber(frames) || frames.toDouble() < 0)
            return Error(Tr::msg("\"agreement\": \"toleranceFrames\" must be a whole number of "
                                 "frames, 0 or more"));
        settings.tolerances.toleranceFrames = qint64(frames.toDouble());
    }
    return settings;
}

QJsonObject AgreementSettings::toJson() const
{
    return {{QStringLiteral("iou"), minAgreement},
            {QStringLiteral("tolerancePx"), tolerances.tolerancePx},
            {QStringLiteral("toleranceFrames"), double(tolerances.toleranceFrames)}};
}

} // namespace annostraat
