// SPDX-License-Identifier: GPL-3.0-or-later
#include "buttonrow.h"

#include <QCheckBox>
#include <QLayout>
#include <QJsonArray>
#include <QKeyEvent>
#include <QPushButton>

namespace annostraat {

namespace {

/// The buttons in a grid of at most the question's number of columns, each column as wide as
/// its widest button; where the room is narrower (large text, a narrow column), fewer columns,
/// down to one: a button is never squeezed below the width its text needs.
class AnswerGrid : public QLayout
{
public:
    AnswerGrid(int columns, QWidget *parent)
        : QLayout(parent)
        , m_columns(qMax(columns, 1))
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~AnswerGrid() override
    {
        while (QLayoutItem *item = takeAt(0))
            delete item;
    }

    void addItem(QLayoutItem *item) override { m_items << item; }
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override
    {
        return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return heightFor(columnsFor(width)); }
    QSize sizeHint() const override
    {
        const int n = qMax(1, qMin(m_columns, count()));
        return {widthFor(n), heightFor(n)};
    }
    QSize minimumSize() const override { return {widthFor(1), heightFor(1)}; }

    void setGeometry(const QRect &rect) override
    {
        QLayout::setGeometry(rect);
        const int n = columnsFor(rect.width());
        const QList<int> widths = columnWidths(n);
        int y = rect.top();
        for (int first = 0; first < count(); first += n) {
            const int height = rowHeight(first, n);
            int x = rect.left();
            for (int i = first; i < qMin(first + n, count()); ++i) {
                const int w = qMin(widths.at(i - first), rect.right() + 1 - x);
                m_items.at(i)->setGeometry(QRect(x, y, qMax(w, 0), height));
                x += widths.at(i - first) + kSpacing;
            }
            y += height + kSpacing;
        }
    }

private:
    static constexpr int kSpacing = 8;

    QList<int> columnWidths(int n) const
    {
        QList<int> widths(n, 0);
        for (int i = 0; i < count(); ++i)
            widths[i % n] = qMax(widths.at(i % n), m_items.at(i)->sizeHint().width());
        return widths;
    }
    int widthFor(int n) const
    {
        int sum = 0;
        for (int w : columnWidths(n))
            sum += w;
        return sum + (n - 1) * kSpacing;
    }
    int rowHeight(int first, int n) const
    {
        int height = 0;
        for (int i = first; i < qMin(first + n, count()); ++i)
            height = qMax(height, m_items.at(i)->sizeHint().height());
        return height;
    }
    int heightFor(int n) const
    {
        int height = 0;
        for (int first = 0; first < count(); first += n)
            height += rowHeight(first, n) + (first > 0 ? kSpacing : 0);
        return height;
    }
    /// The most columns, up to the question's, whose buttons fit \a width side by side.
    int columnsFor(int width) const
    {
        for (int n = qMin(m_columns, count()); n > 1; --n)
            if (widthFor(n) <= width)
                return n;
        return 1;
    }

    QList<QLayoutItem *> m_items;
    int m_columns;
};

} // namespace

ButtonRow::ButtonRow(const QList<Option> &options, int columns, Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_options(options)
    , m_chosen(options.size(), false)
    , m_mode(mode)
{
    auto *grid = new AnswerGrid(columns, this);
    for (qsizetype i = 0; i < options.size(); ++i) {
        QAbstractButton *button = nullptr;
        if (mode == Mode::Many) {
            button = new QCheckBox(options.at(i).text, this);
        } else {
            auto *push = new QPushButton(options.at(i).text, this);
            push->setAutoDefault(false);
            push->setMinimumWidth(48);
            button = push;
        }
        button->setCheckable(true);
        button->installEventFilter(this);
        connect(button, &QAbstractButton::clicked, this, [this, i] { pick(int(i)); });
        grid->addWidget(button);
        m_buttons << button;
    }
    updateFocusPolicies();
}

void ButtonRow::setValue(const QJsonValue &value)
{
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < m_options.size(); ++i)
        m_chosen[i] = m_mode == Mode::Many ? list.contains(m_options.at(i).value)
                                           : m_options.at(i).value == value;
    showChosen();
    updateFocusPolicies();
}

void ButtonRow::keyPressEvent(QKeyEvent *event)
{
    if (!handleKey(event))
        QWidget::keyPressEvent(event);
}

bool ButtonRow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && handleKey(static_cast<QKeyEvent *>(event)))
        return true;
    // A digit or letter that answers this question is this question's, even where the
    // same key is a shortcut elsewhere (a label hotkey on the image): claim it first.
    if (event->type() == QEvent::ShortcutOverride && claims(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

bool ButtonRow::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && claims(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QWidget::event(event);
}

bool ButtonRow::isMoveKey(int key) const
{
    // Check boxes stand in a column, so Up and Down move there as well.
    return key == Qt::Key_Left || key == Qt::Key_Right ||
           (m_mode == Mode::Many && (key == Qt::Key_Up || key == Qt::Key_Down));
}

bool ButtonRow::claims(const QKeyEvent *event) const
{
    if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false;
    if (isMoveKey(event->key()))
        return true;
    for (const Option &option : m_options)
        if (option.keys.contains(event->key()))
            return true;
    return false;
}

bool ButtonRow::handleKey(QKeyEvent *event)
{
    if (event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier))
        return false;
    const int focused = int(m_buttons.indexOf(qobject_cast<QAbstractButton *>(focusWidget())));
    if (isMoveKey(event->key())) {
        const int from = focused >= 0 ? focused : qMax(int(m_chosen.indexOf(true)), 0);
        const bool back = event->key() == Qt::Key_Left || event->key() == Qt::Key_Up;
        const int to = qBound(0, from + (back ? -1 : 1), int(m_buttons.size()) - 1);
        m_buttons.at(to)->setFocus(Qt::OtherFocusReason);
        return true;
    }
    for (qsizetype i = 0; i < m_options.size(); ++i) {
        if (m_options.at(i).keys.contains(event->key())) {
            m_buttons.at(i)->setFocus(Qt::OtherFocusReason);
            pick(int(i));
            return true;
        }
    }
    return false;
}

void ButtonRow::pick(int index)
{
    // Show the last confirmed answer until the document says it changed.
    showChosen();
    if (m_mode == Mode::One) {
        Q_EMIT picked(m_options.at(index).value);
        return;
    }
    QJsonArray ticked;
    for (qsizetype i = 0; i < m_options.size(); ++i)
        if (i == index ? !m_chosen.at(i) : m_chosen.at(i))
            ticked << m_options.at(i).value;
    Q_EMIT picked(ticked);
}

void ButtonRow::showChosen()
{
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setChecked(m_chosen.at(i));
}

void ButtonRow::updateFocusPolicies()
{
    const int chosen = int(m_chosen.indexOf(true));
    const int tabStop = m_mode == Mode::One && chosen >= 0 ? chosen : 0;
    for (qsizetype i = 0; i < m_buttons.size(); ++i)
        m_buttons.at(i)->setFocusPolicy(i == tabStop ? Qt::StrongFocus : Qt::ClickFocus);
    if (!m_buttons.isEmpty())
        setFocusProxy(m_buttons.at(tabStop));
}

} // namespace annostraat
