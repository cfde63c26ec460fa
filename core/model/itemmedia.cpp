// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmedia.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace annostraat {

bool isTimecodeLabel(const QString &label)
{
    static const QRegularExpression timecode(
            QStringLiteral("^([01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d[:;]\\d{2}$"));
    return timecode.match(label).hasMatch();
}

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::ItemMedia)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::ItemMedia)
};

bool isWhole(const QJsonValue &v, double max)
{
    return v.isDouble() && std::isfinite(v.toDouble()) && std::floor(v.toDouble()) == v.toDouble()
        && v.toDouble() >= 0 && v.toDouble() <= max;
}

/// Reads the whole number \a name of \a o into \a out when present.
template<typename T>
Result<void> whole(const QJsonObject &o, const char *name, double max, const Message &where, T *out)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (v.isUndefined())
        return {};
    if (!isWhole(v, max))
        return Error(Tr::msg("%1: \"%2\" must be a whole number from 0 to %3").arg(where, QLatin1String(name)).arg(max, 'f', 0));
    *out = T(v.toDouble());
    return {};
}

Result<void> onlyKnown(const QJsonObject &o, const QStringList &known, const Message &where)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return Error(Tr::msg("%1: unknown field \"%2\"").arg(where, it.key()));
    return {};
}

} // namespace

QJsonObject MediaFacts::toJson() const
{
    QJsonObject o;
    if (width > 0)
        o.insert(QStringLiteral("width"), width);
    if (height > 0)
        o.insert(QStringLiteral("height"), height);
    if (durationMs > 0)
        o.insert(QStringLiteral("durationMs"), double(durationMs));
    if (frameRateNumerator > 0 && frameRateDenominator > 0)
        o.insert(QStringLiteral("frameRate"), QJsonArray{frameRateNumerator, frameRateDenominator});
    if (!startTimecode.isEmpty())
        o.insert(QStringLiteral("startTimecode"), startTimecode);
    if (frameCount > 0)
        o.insert(QStringLiteral("frames"), double(frameCount));
    return o;
}

Result<MediaFacts> MediaFacts::fromJson(const QJsonObject &json, const Message &where)
{
    if (auto r = onlyKnown(json, {QStringLiteral("width"), QStringLiteral("height"), QStringLiteral("durationMs"),
                                  QStringLiteral("frameRate"), QStringLiteral("startTimecode"),
                                  QStringLiteral("frames")}, where); !r)
        return r.error();
    MediaFacts f;
    constexpr double kMaxPixels = 1 << 20;          // a million pixels a side
    constexpr double kMaxDurationMs = 1e3 * 86400 * 7; // a week
    if (auto r = whole(json, "width", kMaxPixels, where, &f.width); !r)
        return r.error();
    if (auto r = whole(json, "height", kMaxPixels, where, &f.height); !r)
        return r.error();
    if (auto r = whole(json, "durationMs", kMaxDurationMs, where, &f.durationMs); !r)
        return r.error();
    constexpr double kMaxFrames = 1000.0 * 86400 * 7; // a week at 1000 frames a second
    if (auto r = whole(json, "frames", kMaxFrames, where, &f.frameCount); !r)
        return r.error();
    if (json.contains(QStringLiteral("frameRate"))) {
        const QJsonArray rate = json.value(QStringLiteral("frameRate")).toArray();
        if (rate.size() != 2 || !isWhole(rate.at(0), 1e6) || !isWhole(rate.at(1), 1e6) || rate.at(0).toInt() == 0
            || rate.at(1).toInt() == 0)
            return Error(Tr::msg("%1: \"frameRate\" must be [numerator, denominator], two whole numbers above 0, "
                                "e.g. [30000, 1001]")
                                 .arg(where));
        f.frameRateNumerator = rate.at(0).toInt();
        f.frameRateDenominator = rate.at(1).toInt();
    }
    if (json.contains(QStringLiteral("startTimecode"))) {
        f.startTimecode = json.value(QStringLiteral("startTimecode")).toString();
        if (!isTimecodeLabel(f.startTimecode))
            return Error(Tr::msg("%1: \"startTimecode\" must read HH:MM:SS:FF (or HH:MM:SS;FF for drop-frame)").arg(where));
    }
    return f;
}

QJsonObject ItemMedium::toJson() const
{
    QJsonObject o{{QStringLiteral("role"), role},
                  {QStringLiteral("media"), mediaPath},
                  {QStringLiteral("sha256"), sha256},
                  {QStringLiteral("size"), double(size)}};
    if (!facts.isEmpty())
        o.insert(QStringLiteral("facts"), facts.toJson());
    return o;
}

Result<ItemMedium> ItemMedium::fromJson(const QJsonObject &json, const Message &where)
{
    if (auto r = onlyKnown(json, {QStringLiteral("role"), QStringLiteral("media"), QStringLiteral("sha256"),
                                  QStringLiteral("size"), QStringLiteral("facts")}, where); !r)
        return r.error();
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    ItemMedium m;
    m.role = json.value(QStringLiteral("role")).toString();
    if (!plain.match(m.role).hasMatch())
        return Error(Tr::msg("%1: \"role\" must be a plain name (letters, digits, '-', '_')").arg(where));
    m.mediaPath = json.value(QStringLiteral("media")).toString();
    if (m.mediaPath.isEmpty())
        return Error(Tr::msg("%1: \"media\" must name the file").arg(where));
    m.sha256 = json.value(QStringLiteral("sha256")).toString();
    if (!hex.match(m.sha256).hasMatch())
        return Error(Tr::msg("%1: \"sha256\" must be 64 lower-case hexadecimal digits").arg(where));
    if (auto r = whole(json, "size", 9.0e15, where, &m.size); !r)
        return r.error();
    if (json.contains(QStringLiteral("facts"))) {
        auto facts = MediaFacts::fromJson(json.value(QStringLiteral("facts")).toObject(), Message::pattern(QStringLiteral("%1: facts")).arg(where));
        if (!facts)
            return facts.error();
        m.facts = *facts;
    }
    return m;
}

namespace ItemMedia {

QJsonArray toJson(const QList<ItemMedium> &media)
{
    QJsonArray array;
    for (const ItemMedium &m : media)
        array.append(m.toJson());
    return array;
}

Result<QList<ItemMedium>> fromJson(const QJsonArray &json, const Message &where)
{
    QList<ItemMedium> media;
    QSet<QString> roles;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const Message at = Message::pattern(QStringLiteral("%1[%2]")).arg(where).arg(i);
        if (!json.at(i).isObject())
            return Error(Tr::msg("%1: must be an object").arg(at));
        auto medium = ItemMedium::fromJson(json.at(i).toObject(), at);
        if (!medium)
            return medium.error();
        if (roles.contains(medium->role))
            return Error(Tr::msg("%1: the role \"%2\" occurs twice").arg(at, medium->role));
        roles.insert(medium->role);
        media << *medium;
    }
    return media;
}

} // namespace ItemMedia

} // namespace annostraat
