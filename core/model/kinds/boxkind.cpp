// SPDX-License-Identifier: GPL-3.0-or-later
#include "boxkind.h"

#include "kindvalues.h"
#include "quality/geometry.h"

namespace annostraat {

namespace {

// The numbers as they are, without validation: the metric and the clamping take what they get.
std::optional<Box> readBox(const QJsonObject &value)
{
    for (const char *key : {"x", "y", "w", "h"})
        if (!KindValues::isFiniteNumber(value.value(QLatin1String(key))))
            return std::nullopt;
    return Box{value.value(QStringLiteral("x")).toDouble(),
               value.value(QStringLiteral("y")).toDouble(),
               value.value(QStringLiteral("w")).toDouble(),
               value.value(QStringLiteral("h")).toDouble()};
}

} // namespace

Result<void> BoxKind::validate(const QJsonObject &value, const ValueContext &context) const
{
    if (auto r = KindValues::checkKeys(value, {"x", "y", "w", "h"}); !r)
        return named(context, r);
    for (const char *key : {"x", "y", "w", "h"})
        if (!KindValues::isFiniteNumber(value.value(QLatin1String(key))))
            return invalid(context, msg("\"%1\" must be a number").arg(QLatin1String(key)));
    const Box box = *readBox(value);
    if (box.x < 0 || box.y < 0)
        return invalid(context,
                       msg("the top-left corner lies outside the image (negative coordinate)"));
    if (box.w <= 0 || box.h <= 0)
        return invalid(context, msg("width and height must be greater than 0"));
    return {};
}

QJsonObject BoxKind::fitToBounds(const QJsonObject &value, const MediaBounds &bounds) const
{
    const auto box = readBox(value);
    if (!box || bounds.imageSize.isEmpty())
        return value;
    QJsonObject result = value;
    const QJsonObject clamped = boxToValue(clampBox(*box, bounds.imageSize));
    for (auto it = clamped.begin(); it != clamped.end(); ++it)
        result.insert(it.key(), it.value());
    return result;
}

QString BoxKind::summary(const QJsonObject &value) const
{
    const auto box = readBox(value);
    if (!box)
        return tr("no valid box");
    return tr("%1 \u00D7 %2 px at (%3, %4)")
            .arg(KindValues::pixels(box->w), KindValues::pixels(box->h), KindValues::pixels(box->x),
                 KindValues::pixels(box->y));
}

std::optional<QRectF> BoxKind::bounds(const QJsonObject &value) const
{
    const auto box = readBox(value);
    if (!box)
        return std::nullopt;
    return QRectF(box->x, box->y, box->w, box->h);
}

std::optional<double> BoxKind::agreement(const QJsonObject &a, const QJsonObject &b,
                                         const AgreementOptions &) const
{
    const auto boxA = readBox(a);
    const auto boxB = readBox(b);
    if (!boxA || !boxB)
        return 0.0;
    return boxIoU(*boxA, *boxB);
}

} // namespace annostraat
