// SPDX-License-Identifier: GPL-3.0-or-later
#include "hlc.h"

#include <QDateTime>

namespace annostraat {

namespace {
constexpr int kWallDigits = 15;
constexpr int kCounterDigits = 6;
constexpr quint32 kMaxCounter = 999999;
} // namespace

QString Hlc::toString() const
{
    return QStringLiteral("%1.%2.%3")
        .arg(m_wallMs, kWallDigits, 10, QLatin1Char('0'))
        .arg(m_counter, kCounterDigits, 10, QLatin1Char('0'))
        .arg(m_device);
}

std::optional<Hlc> Hlc::parse(QStringView text)
{
    if (text.size() < kWallDigits + kCounterDigits + 3 || text.at(kWallDigits) != u'.'
        || text.at(kWallDigits + kCounterDigits + 1) != u'.')
        return std::nullopt;
    bool okWall = false, okCounter = false;
    const qint64 wall = text.left(kWallDigits).toLongLong(&okWall);
    const quint32 counter = text.mid(kWallDigits + 1, kCounterDigits).toUInt(&okCounter);
    const QStringView device = text.mid(kWallDigits + kCounterDigits + 2);
    if (!okWall || !okCounter || wall < 0 || device.isEmpty())
        return std::nullopt;
    return Hlc(wall, counter, device.toString());
}

std::strong_ordering Hlc::operator<=>(const Hlc &other) const
{
    if (auto c = m_wallMs <=> other.m_wallMs; c != 0)
        return c;
    if (auto c = m_counter <=> other.m_counter; c != 0)
        return c;
    const int d = m_device.compare(other.m_device);
    return d < 0 ? std::strong_ordering::less
                 : (d > 0 ? std::strong_ordering::greater : std::strong_ordering::equal);
}

HlcClock::HlcClock(QString device, WallClock wallClock)
    : m_device(std::move(device)), m_wallClock(std::move(wallClock))
{
    if (!m_wallClock)
        m_wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

Hlc HlcClock::tick()
{
    const qint64 now = m_wallClock();
    if (now > m_last.wallMs())
        m_last = Hlc(now, 0, m_device);
    else if (m_last.counter() < kMaxCounter)
        m_last = Hlc(m_last.wallMs(), m_last.counter() + 1, m_device);
    else // a million events in one millisecond: borrow the next millisecond
        m_last = Hlc(m_last.wallMs() + 1, 0, m_device);
    return m_last;
}

void HlcClock::observe(const Hlc &remote)
{
    if (remote.wallMs() > m_last.wallMs()
        || (remote.wallMs() == m_last.wallMs() && remote.counter() > m_last.counter()))
        m_last = Hlc(remote.wallMs(), remote.counter(), m_device);
}

} // namespace annostraat
