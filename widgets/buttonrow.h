// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The answer buttons of one form question, in a grid of the question's columns that has fewer
// columns where the room is narrow, so no button's text is cut. One mode (rating, choice, A/B): checkable push
// buttons of which at most one is on. Many mode (multichoice): check boxes, any number on.
// Tab enters the row once (on the chosen button, or the first); the arrow keys move between
// the buttons, and each option's key (a digit or a letter, shown beside it) picks it at once.
// The row never shows a choice the document has not confirmed: picking emits picked() and
// waits for setValue().

#include <QJsonValue>
#include <QList>
#include <QWidget>

class QAbstractButton;
class QKeyEvent;

namespace annostraat {

class ButtonRow : public QWidget
{
    Q_OBJECT

public:
    struct Option
    {
        QString text;
        QJsonValue value;
        QList<int> keys;
    };
    enum class Mode { One, Many };

    ButtonRow(const QList<Option> &options, int columns, Mode mode, QWidget *parent = nullptr);

    /// Shows \a value as chosen: one option's value (One) or a list of them (Many); emits nothing.
    void setValue(const QJsonValue &value);
    QList<QAbstractButton *> buttons() const { return m_buttons; }

Q_SIGNALS:
    /// The answer the person chose: an option's value (One) or the list of the options now
    /// ticked, in option order, empty when none is (Many).
    void picked(const QJsonValue &value);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    bool event(QEvent *event) override;

private:
    bool isMoveKey(int key) const;
    bool claims(const QKeyEvent *event) const;
    bool handleKey(QKeyEvent *event);
    void pick(int index);
    void showChosen();
    void updateFocusPolicies();

    QList<Option> m_options;
    QList<QAbstractButton *> m_buttons;
    QList<bool> m_chosen;
    Mode m_mode;
};

} // namespace annostraat
