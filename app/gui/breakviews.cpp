// SPDX-License-Identifier: GPL-3.0-or-later
#include "breakviews.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

namespace annostraat {

BreakNotice::BreakNotice(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("breakNotice"));
    setProperty("role", QStringLiteral("message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 12, 6);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_break = new QPushButton(this);
    m_break->setObjectName(QStringLiteral("breakNow"));
    m_later = new QPushButton(this);
    m_later->setObjectName(QStringLiteral("breakLater"));
    for (QPushButton *b : {m_break, m_later}) {
        b->setAutoDefault(false);
        b->setFocusPolicy(Qt::TabFocus); // never taken by a click meant for the work
    }
    layout->addWidget(m_text, 1);
    layout->addWidget(m_break);
    layout->addWidget(m_later);
    m_leave = new QTimer(this);
    m_leave->setSingleShot(true);
    m_leave->setInterval(kShownMs);
    connect(m_leave, &QTimer::timeout, this, [this] {
        hide();
        Q_EMIT later();
    });
    connect(m_break, &QPushButton::clicked, this, [this] {
        m_leave->stop();
        hide();
        Q_EMIT breakChosen();
    });
    connect(m_later, &QPushButton::clicked, this, [this] {
        m_leave->stop();
        hide();
        Q_EMIT later();
    });
    hide();
    retranslate();
}

void BreakNotice::showFor(int workedMinutes)
{
    m_minutes = workedMinutes;
    retranslate();
    show(); // shown, not focused: the keyboard stays where the person is working
    m_leave->start();
}

void BreakNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void BreakNotice::retranslate()
{
    m_text->setText(tr("You have worked for %n minute(s). A short break is good for you.", nullptr,
                       m_minutes));
    m_break->setText(tr("Take a break now"));
    m_break->setToolTip(tr("Dims the work and shows the time until you come back"));
    m_later->setText(tr("Later"));
    m_later->setToolTip(tr("Reminds you again in about ten minutes of work"));
}

BreakOverlay::BreakOverlay(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("breakOverlay"));
    setAttribute(Qt::WA_StyledBackground, false);
    setFocusPolicy(Qt::StrongFocus);
    auto *outer = new QVBoxLayout(this);
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("breakCard"));
    card->setFrameShape(QFrame::StyledPanel);
    card->setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(40, 32, 40, 32);
    layout->setSpacing(14);
    m_title = new QLabel(card);
    m_title->setProperty("role", QStringLiteral("heading"));
    m_title->setAlignment(Qt::AlignCenter);
    m_clock = new QLabel(card);
    m_clock->setObjectName(QStringLiteral("breakClock"));
    m_clock->setAlignment(Qt::AlignCenter);
    QFont big = m_clock->font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    m_clock->setFont(big);
    m_worked = new QLabel(card);
    m_worked->setObjectName(QStringLiteral("breakWorked"));
    m_worked->setAlignment(Qt::AlignCenter);
    m_worked->setWordWrap(true);
    m_hint = new QLabel(card);
    m_hint->setAlignment(Qt::AlignCenter);
    m_hint->setWordWrap(true);
    m_hint->setProperty("role", QStringLiteral("muted"));
    m_back = new QPushButton(card);
    m_back->setObjectName(QStringLiteral("breakBack"));
    m_back->setDefault(true);
    layout->addWidget(m_title);
    layout->addWidget(m_clock);
    layout->addWidget(m_worked);
    layout->addWidget(m_hint);
    layout->addWidget(m_back, 0, Qt::AlignCenter);
    outer->addStretch(1);
    // A fixed width (set in start()) and centred across only: the wrapped texts then get the
    // height they need for that width.
    outer->addWidget(card, 0, Qt::AlignHCenter);
    outer->addStretch(1);
    m_card = card;
    m_tick = new QTimer(this);
    m_tick->setInterval(10'000);
    connect(m_tick, &QTimer::timeout, this, &BreakOverlay::showClock);
    connect(m_back, &QPushButton::clicked, this, &BreakOverlay::finish);
    parent->installEventFilter(this);
    hide();
    retranslate();
}

void BreakOverlay::start(qint64 workedTodayMs, int suggestedMinutes)
{
    m_workedTodayMs = workedTodayMs;
    m_suggestedMinutes = suggestedMinutes;
    m_focusBefore = QApplication::focusWidget();
    setGeometry(parentWidget()->rect());
    retranslate();
    show();
    fitCard();
    raise();
    m_tick->start();
    m_back->setFocus(Qt::OtherFocusReason);
}

void BreakOverlay::finish()
{
    m_tick->stop();
    hide();
    if (m_focusBefore)
        m_focusBefore->setFocus(Qt::OtherFocusReason);
    Q_EMIT finished();
}

bool BreakOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize) {
        setGeometry(parentWidget()->rect());
        fitCard();
    }
    return QWidget::eventFilter(watched, event);
}

void BreakOverlay::fitCard()
{
    // About forty characters wide, never wider than the window allows.
    const int w = qMin(m_card->fontMetrics().averageCharWidth() * 48, qMax(200, width() - 48));
    m_card->setFixedWidth(w);
    // And as tall as its wrapped texts need at that width (a box layout would give it its
    // plain size hint, measured for another width, and cut the texts).
    m_card->layout()->activate();
    m_card->setFixedHeight(qMin(m_card->layout()->totalHeightForWidth(w), qMax(200, height() - 48)));
}

void BreakOverlay::paintEvent(QPaintEvent *)
{
    // The work stays in view, dimmed: nothing of it moves or goes away.
    QPainter painter(this);
    QColor dim = palette().color(QPalette::Window);
    dim.setAlpha(225);
    painter.fillRect(rect(), dim);
}

void BreakOverlay::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        finish();
        return;
    }
    // Keys do not reach the work behind it.
    event->accept();
}

void BreakOverlay::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange || event->type() == QEvent::StyleChange)
        fitCard();
    QWidget::changeEvent(event);
}

void BreakOverlay::showClock()
{
    // Hours and minutes: the seconds would tick like a countdown.
    m_clock->setText(QLocale().toString(QTime::currentTime(), QStringLiteral("HH:mm")));
}

void BreakOverlay::retranslate()
{
    m_title->setText(tr("Break"));
    setAccessibleName(tr("Break"));
    setAccessibleDescription(tr("The work is resting. Enter or Esc goes back to work."));
    showClock();
    const qint64 minutes = m_workedTodayMs / 60'000;
    m_worked->setText(tr("You have worked %1 today. Only you see this.")
                              .arg(minutes >= 60 ? tr("%1 h %2 min").arg(minutes / 60).arg(minutes % 60)
                                                 : tr("%n minute(s)", nullptr, int(minutes))));
    m_hint->setText(tr("A break of about %n minute(s) is good: stand up, look into the distance, "
                       "have a drink. Your work is kept and waits for you.",
                       nullptr, m_suggestedMinutes));
    m_back->setText(tr("Back to work"));
    m_back->setToolTip(tr("Ends the break (Enter or Esc)"));
    m_clock->setToolTip(tr("The time now"));
}

} // namespace annostraat
