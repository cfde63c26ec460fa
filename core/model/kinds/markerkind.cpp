// SPDX-License-Identifier: GPL-3.0-or-later
#include "markerkind.h"

#include "kindvalues.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace annostraat {

namespace {

std::optional<qint64> frameOf(const QJsonObject &value)
{
    const QJsonValue frame = value.value(QStringLiteral("frame"));
    if (!KindValues::isWholeNumber(frame))
        return std::nullopt;
    return qint64(frame.toDouble());
}

} // namespace

Result<void> MarkerKind::validate(const QJsonObject &value, const ValueContext &context) const
{
    if (auto r = KindValues::checkKeys(value, {"frame"}); !r)
        return named(context, r);
    const auto frame = frameOf(value);
    if (!frame || *frame < 0)
        return invalid(context, msg("\"frame\" must be a whole number of 0 or more"));
    return {};
}

QJsonObject MarkerKind::fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const
{
    const auto frame = frameOf(value);
    if (!frame || bounds.frameCount <= 0)
        return value;
    QJsonObject result = value;
    result.insert(QStringLiteral("frame"),
                  double(std::clamp(*frame, qint64(0), bounds.frameCount - 1)));
    return result;
}

QString MarkerKind::summary(const QJsonObject &value) const
{
    const auto frame = frameOf(value);
    if (!frame)
        return tr("no valid frame");
    return tr("frame %1").arg(QLocale().toString(*frame));
}

std::optional<double> MarkerKind::agreement(const QJsonObject &a, const QJsonObject &b,
                                            const AgreementOptions &options) const
{
    const auto frameA = frameOf(a);
    const auto frameB = frameOf(b);
    if (!frameA || !frameB)
        return 0.0;
    return std::abs(*frameA - *frameB) <= options.toleranceFrames ? 1.0 : 0.0;
}

} // namespace annostraat
