// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the break reminder shows (breakreminder.h): a quiet notice above the work that never
// takes the keyboard and leaves by itself, and the break itself, which dims the work and
// shows the time of day and the time worked today (to this person only). Neither is a
// dialog, and neither counts down.

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;

namespace annostraat {

class BreakNotice : public QFrame
{
    Q_OBJECT

public:
    explicit BreakNotice(QWidget *parent = nullptr);

    /// Shows the notice for \a workedMinutes of work since the last break, without taking the
    /// keyboard; it leaves by itself after kShownMs (as "later").
    void showFor(int workedMinutes);
    QPushButton *breakButton() const { return m_break; }
    QPushButton *laterButton() const { return m_later; }

    static constexpr int kShownMs = 90'000;

Q_SIGNALS:
    void breakChosen();
    void later();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_text = nullptr;
    QPushButton *m_break = nullptr;
    QPushButton *m_later = nullptr;
    QTimer *m_leave = nullptr;
    int m_minutes = 0;
};

class BreakOverlay : public QWidget
{
    Q_OBJECT

public:
    /// Covers \a parent (the main window) whole, above everything in it.
    explicit BreakOverlay(QWidget *parent);

    /// Starts the break: dims the work and takes the keyboard until "back to work".
    void start(qint64 workedTodayMs, int suggestedMinutes);
    QPushButton *backButton() const { return m_back; }
    QLabel *clockLabel() const { return m_clock; }
    QLabel *workedLabel() const { return m_worked; }

Q_SIGNALS:
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showClock();
    void finish();
    void fitCard();

    QFrame *m_card = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_clock = nullptr;
    QLabel *m_worked = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_back = nullptr;
    QTimer *m_tick = nullptr;
    QPointer<QWidget> m_focusBefore;
    qint64 m_workedTodayMs = 0;
    int m_suggestedMinutes = 0;
};

} // namespace annostraat
