// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Counts the time a person works and, only when they asked for it (Preferences: off by
// default), says calmly when a break is due (issue 15, point 4).
//
// Work is time with the window active and a key or the mouse used in the last two minutes;
// a pause as long as a break counts as one. The reminder waits while a mouse button is down
// (a box being dragged, a crack being clicked): it comes after the release. The time worked
// today is kept per profile in this PC's store (Store::setting, never synced) and is shown
// only on this person's own screen.

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QTimer;

namespace annostraat {

class Store;

class BreakReminder : public QObject
{
    Q_OBJECT

public:
    explicit BreakReminder(Store &store, QObject *parent = nullptr);
    ~BreakReminder() override;

    /// Whose time is counted; keeps the previous person's first.
    void setProfile(const QString &profileId);
    /// \a everyMinutes of work between reminders (0: none); \a lengthMinutes: a break's length,
    /// and also the pause that counts as one.
    void setSchedule(int everyMinutes, int lengthMinutes);
    bool isOn() const { return m_everyMs > 0; }
    int lengthMinutes() const { return int(m_lengthMs / kMinuteMs); }

    qint64 workedTodayMs() const { return m_todayMs; }
    qint64 workedSinceBreakMs() const { return m_sinceBreakMs; }

    /// "Later": asks again after a few more minutes of work.
    void postpone();
    /// A break was taken: the count starts again.
    void breakTaken();
    /// On a break (the overlay is shown): nothing is counted, nothing is announced.
    void setPaused(bool paused) { m_paused = paused; }

    /// For tests and demonstrations: how many real milliseconds count as one minute (60,000).
    void setMinuteLength(int realMs);

    static constexpr qint64 kMinuteMs = 60'000;
    /// No key or mouse for this long: not working (the time is not counted).
    static constexpr qint64 kIdleMs = 2 * kMinuteMs;
    /// "Later" asks again after this much more work.
    static constexpr qint64 kPostponeMs = 10 * kMinuteMs;

Q_SIGNALS:
    /// A break is due (once per due moment, never while a mouse button is held down).
    void due();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    void save();
    qint64 scaled(qint64 realMs) const { return realMs * kMinuteMs / m_minuteRealMs; }

    Store &m_store;
    QString m_profileId;
    QString m_day; ///< the day m_todayMs counts (ISO date)
    qint64 m_todayMs = 0;
    qint64 m_sinceBreakMs = 0;
    qint64 m_everyMs = 0;
    qint64 m_lengthMs = 10 * kMinuteMs;
    qint64 m_nextDueMs = 0; ///< since-break time at which to remind
    qint64 m_idleMs = 0;    ///< work time without input so far
    bool m_announced = false;
    bool m_paused = false;
    bool m_waitingForRelease = false;
    int m_minuteRealMs = int(kMinuteMs);
    int m_ticksSinceSave = 0;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_sinceTick;
    QElapsedTimer m_sinceInput;
};

} // namespace annostraat
