// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakreminder.h"

#include "store/store.h"

#include <QDate>
#include <QEvent>
#include <QGuiApplication>
#include <QTimer>

namespace annostraat {

namespace {
const QString kDay = QStringLiteral("breaks/day");
const QString kToday = QStringLiteral("breaks/workedTodayMs");
/// Ticks per minute: the counts move in steps of a second.
constexpr int kTicksPerMinute = 60;
/// The count is written every this many ticks (and when the person changes or the program ends).
constexpr int kSaveEveryTicks = 30;
} // namespace

BreakReminder::BreakReminder(Store &store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer = new QTimer(this);
    m_timer->setInterval(m_minuteRealMs / kTicksPerMinute);
    connect(m_timer, &QTimer::timeout, this, &BreakReminder::tick);
    m_timer->start();
    m_sinceTick.start();
    m_sinceInput.start();
    qApp->installEventFilter(this);
}

BreakReminder::~BreakReminder()
{
    save();
}

void BreakReminder::setProfile(const QString &profileId)
{
    if (profileId == m_profileId)
        return;
    save();
    m_profileId = profileId;
    m_day = m_store.setting(profileId, kDay);
    m_todayMs = m_store.setting(profileId, kToday).toLongLong();
    if (m_day != QDate::currentDate().toString(Qt::ISODate)) {
        m_day = QDate::currentDate().toString(Qt::ISODate);
        m_todayMs = 0;
    }
    m_sinceBreakMs = 0;
    m_nextDueMs = m_everyMs;
    m_announced = false;
}

void BreakReminder::setSchedule(int everyMinutes, int lengthMinutes)
{
    const qint64 every = qint64(qMax(0, everyMinutes)) * kMinuteMs;
    m_lengthMs = qint64(qMax(1, lengthMinutes)) * kMinuteMs;
    if (every == m_everyMs)
        return;
    m_everyMs = every;
    m_nextDueMs = every;
    m_announced = false;
}

void BreakReminder::postpone()
{
    m_nextDueMs = m_sinceBreakMs + kPostponeMs;
    m_announced = false;
}

void BreakReminder::breakTaken()
{
    m_sinceBreakMs = 0;
    m_idleMs = 0;
    m_nextDueMs = m_everyMs;
    m_announced = false;
    m_waitingForRelease = false;
}

void BreakReminder::setMinuteLength(int realMs)
{
    m_minuteRealMs = qMax(kTicksPerMinute, realMs);
    m_timer->setInterval(m_minuteRealMs / kTicksPerMinute);
}

bool BreakReminder::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
        m_sinceInput.restart();
        break;
    case QEvent::MouseButtonRelease:
        m_sinceInput.restart();
        if (m_waitingForRelease && QGuiApplication::mouseButtons() == Qt::NoButton)
            QTimer::singleShot(0, this, &BreakReminder::tick);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void BreakReminder::tick()
{
    const qint64 elapsed = scaled(qMin<qint64>(m_sinceTick.restart(), 2LL * m_timer->interval()));
    if (m_profileId.isEmpty() || m_paused)
        return;
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    if (today != m_day) {
        m_day = today;
        m_todayMs = 0;
    }
    const qint64 sinceInput = scaled(m_sinceInput.elapsed());
    const bool working = QGuiApplication::focusWindow() != nullptr && sinceInput < kIdleMs;
    if (working) {
        m_todayMs += elapsed;
        m_sinceBreakMs += elapsed;
    } else if (sinceInput >= m_lengthMs && m_sinceBreakMs > 0) {
        breakTaken(); // away for as long as a break: that was one
    }
    if (++m_ticksSinceSave >= kSaveEveryTicks)
        save();
    if (m_everyMs <= 0 || m_announced || m_sinceBreakMs < m_nextDueMs)
        return;
    if (QGuiApplication::mouseButtons() != Qt::NoButton) {
        m_waitingForRelease = true; // never in the middle of a drag
        return;
    }
    m_waitingForRelease = false;
    m_announced = true;
    Q_EMIT due();
}

void BreakReminder::save()
{
    m_ticksSinceSave = 0;
    if (m_profileId.isEmpty())
        return;
    // Best effort: a lost count of minutes is no lost work.
    (void)m_store.setSetting(m_profileId, kDay, m_day);
    (void)m_store.setSetting(m_profileId, kToday, QString::number(m_todayMs));
}

} // namespace annostraat
