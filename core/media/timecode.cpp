// SPDX-License-Identifier: GPL-3.0-or-later
#include "timecode.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace annostraat {

namespace {

constexpr qint64 kDay = 24 * 3600;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

qint64 ceilDiv(qint64 a, qint64 b)
{
    return -floorDiv(-a, b);
}

/// Frame numbers drop-frame leaves out at the start of a minute: 2 at 29.97, 4 at 59.94.
int dropPerMinute(const FrameRate &rate)
{
    return rate.nominal() / 15;
}

/// Frames counted from midnight → the frame number written in a drop-frame label.
qint64 dropFrameNumber(qint64 frames, const FrameRate &rate)
{
    const qint64 drop = dropPerMinute(rate);
    const qint64 perMinute = rate.nominal() * 60 - drop;
    const qint64 perTenMinutes = perMinute * 10 + drop;
    const qint64 tens = frames / perTenMinutes;
    const qint64 rest = frames % perTenMinutes;
    qint64 added = 9 * drop * tens;
    if (rest > drop)
        added += drop * ((rest - drop) / perMinute);
    return frames + added;
}

} // namespace

int FrameRate::nominal() const
{
    if (!isValid())
        return 0;
    return int(std::lround(double(num) / den));
}

bool FrameRate::isDropFrameRate() const
{
    // 30000/1001 and 60000/1001, also when a file rounds them (2997/100, 5994/100).
    return std::abs(fps() - 30000.0 / 1001) < 0.001 || std::abs(fps() - 60000.0 / 1001) < 0.001;
}

QString FrameRate::toString() const
{
    if (!isValid())
        return {};
    if (num % den == 0)
        return QString::number(num / den);
    return QString::number(fps(), 'f', 3).remove(QRegularExpression(QStringLiteral("0+$")));
}

QString Timecode::label(qint64 frame, FrameRate rate, bool dropFrame, qint64 startFrame)
{
    if (!rate.isValid())
        return {};
    qint64 total = frame + startFrame;
    if (total < 0)
        return QLatin1Char('-') + label(-total, rate, dropFrame, 0);
    const int nominal = rate.nominal();
    dropFrame = dropFrame && rate.isDropFrameRate();
    if (dropFrame) {
        // A drop-frame day holds fewer frames than nominal × 86400; wrap on the real count.
        const qint64 drop = dropPerMinute(rate);
        const qint64 perDay = (nominal * 60 - drop) * 60 * 24 + drop * 6 * 24;
        total = dropFrameNumber(total % perDay, rate);
    } else {
        total %= kDay * nominal;
    }
    const qint64 ff = total % nominal;
    const qint64 seconds = total / nominal;
    // Written by hand: a day of labels is made in tests and exports, and arg() is slow.
    char text[16];
    const int n = std::snprintf(text, sizeof text, "%02lld:%02lld:%02lld%c%02lld", seconds / 3600,
                                seconds / 60 % 60, seconds % 60, dropFrame ? ';' : ':', ff);
    return QString::fromLatin1(text, n);
}

QString Timecode::withSeparator(const QString &label, bool dropFrame)
{
    QString text = label.trimmed();
    // The separator before the frames: the last of ":;.,", after the third field.
    const qsizetype at = std::max({text.lastIndexOf(QLatin1Char(':')), text.lastIndexOf(QLatin1Char(';')),
                                   text.lastIndexOf(QLatin1Char('.')), text.lastIndexOf(QLatin1Char(','))});
    if (at <= 0 || text.left(at).count(QLatin1Char(':')) != 2)
        return label;
    text[at] = dropFrame ? QLatin1Char(';') : QLatin1Char(':');
    return text;
}

bool Timecode::isDropFrameLabel(const QString &label)
{
    static const QRegularExpression dropSeparator(QStringLiteral("[;.,]\\d+\\s*$"));
    return dropSeparator.match(label).hasMatch();
}

Result<qint64> Timecode::startFrameOf(const QString &startLabel, FrameRate rate)
{
    if (!rate.isValid())
        return Error(msg("cannot read the timecode \"%1\": the video's frame rate is not known")
                             .arg(startLabel));
    // HH:MM:SS:FF, one or two digits a field (up to three frame digits), ";", "." or ","
    // before the frames for drop-frame; spaces around are allowed. Read by hand: fast.
    const QStringView text = QStringView(startLabel).trimmed();
    qint64 fields[4] = {};
    QChar separator;
    int field = 0;
    int digits = 0;
    bool ok = !text.isEmpty();
    for (qsizetype i = 0; ok && i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isDigit() && c.unicode() < 128) {
            fields[field] = fields[field] * 10 + (c.unicode() - '0');
            ok = ++digits <= (field == 3 ? 3 : 2);
        } else if (field < 3 && digits > 0 && (c == u':' || (field == 2 && (c == u';' || c == u'.' || c == u',')))) {
            if (field == 2)
                separator = c;
            ++field;
            digits = 0;
        } else {
            ok = false;
        }
    }
    if (!ok || field != 3 || digits == 0)
        return Error(msg("\"%1\" is not a timecode (HH:MM:SS:FF)").arg(startLabel));
    const qint64 hh = fields[0];
    const qint64 mm = fields[1];
    const qint64 ss = fields[2];
    const qint64 ff = fields[3];
    const bool drop = separator != u':';
    const int nominal = rate.nominal();
    if (hh >= 24 || mm >= 60 || ss >= 60)
        return Error(msg("\"%1\" is not a timecode: hours go up to 23, minutes and seconds up to 59")
                             .arg(startLabel));
    if (ff >= nominal)
        return Error(msg("\"%1\" is not a timecode: at %2 frames per second the frames go up to %3")
                             .arg(startLabel, rate.toString())
                             .arg(nominal - 1));
    if (drop && !rate.isDropFrameRate())
        return Error(msg("\"%1\" is a drop-frame timecode, which exists only at 29.97 and 59.94 "
                         "frames per second, not at %2")
                             .arg(startLabel, rate.toString()));
    qint64 frames = (hh * 3600 + mm * 60 + ss) * nominal + ff;
    if (drop) {
        const qint64 dropCount = dropPerMinute(rate);
        if (mm % 10 != 0 && ss == 0 && ff < dropCount)
            return Error(msg("\"%1\" does not exist in drop-frame timecode: the first %2 frames of "
                             "every minute not divisible by ten are skipped")
                                 .arg(startLabel)
                                 .arg(dropCount));
        const qint64 minutes = hh * 60 + mm;
        frames -= dropCount * (minutes - minutes / 10);
    }
    return frames;
}

Result<qint64> Timecode::parse(const QString &label, FrameRate rate, qint64 startFrame)
{
    auto frames = startFrameOf(label, rate);
    if (!frames)
        return frames;
    const qint64 frame = *frames - startFrame;
    if (frame < 0)
        return Error(msg("%1 lies before the video's first frame (%2)")
                             .arg(label.trimmed(), Timecode::label(0, rate, isDropFrameLabel(label), startFrame)));
    return frame;
}

qint64 Timecode::frameToMs(qint64 frame, FrameRate rate)
{
    if (!rate.isValid())
        return 0;
    return ceilDiv(frame * 1000 * rate.den, rate.num);
}

qint64 Timecode::msToFrame(qint64 ms, FrameRate rate)
{
    if (!rate.isValid())
        return 0;
    return floorDiv(ms * rate.num, qint64(1000) * rate.den);
}

} // namespace annostraat
