// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Hybrid logical clock (Kulkarni et al.): wall-clock milliseconds plus a counter, so that
// timestamps follow real time closely yet never go backwards and are totally ordered across
// devices (the device id breaks ties). The text form sorts like the clock, which lets SQLite
// compare timestamps as plain strings.

#include <QString>

#include <compare>
#include <functional>
#include <optional>

namespace annostraat {

class Hlc
{
public:
    Hlc() = default;
    Hlc(qint64 wallMs, quint32 counter, QString device)
        : m_wallMs(wallMs), m_counter(counter), m_device(std::move(device))
    {}

    qint64 wallMs() const { return m_wallMs; }
    quint32 counter() const { return m_counter; }
    const QString &device() const { return m_device; }
    bool isNull() const { return m_wallMs == 0 && m_counter == 0 && m_device.isEmpty(); }

    /// "WWWWWWWWWWWWWWW.CCCCCC.device": fixed-width, so string order equals clock order.
    QString toString() const;
    static std::optional<Hlc> parse(QStringView text);

    std::strong_ordering operator<=>(const Hlc &other) const;
    bool operator==(const Hlc &other) const = default;

private:
    qint64 m_wallMs = 0;
    quint32 m_counter = 0;
    QString m_device;
};

/// Issues timestamps for one device.
class HlcClock
{
public:
    using WallClock = std::function<qint64()>;

    explicit HlcClock(QString device, WallClock wallClock = {});

    /// A new timestamp, later than every one issued or observed before.
    Hlc tick();
    /// Take a remote timestamp into account, so our next tick() is later than it.
    void observe(const Hlc &remote);
    const Hlc &last() const { return m_last; }

private:
    QString m_device;
    WallClock m_wallClock;
    Hlc m_last;
};

} // namespace annostraat
