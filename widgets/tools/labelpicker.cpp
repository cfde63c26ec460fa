// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelpicker.h"

#include "toolcontext.h"

#include "model/kinds/annotationkinds.h"

#include "swatch.h"

#include <QAction>
#include <QActionGroup>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace annostraat {

namespace {

/// A label's button. The app's focus frame does not reach past the picker's own style sheet,
/// so the keyboard's place is drawn here: a frame in the text colour inside the border, which
/// also shows on the chosen label.
class LabelButton : public QToolButton
{
public:
    using QToolButton::QToolButton;

protected:
    void paintEvent(QPaintEvent *event) override
    {
        QToolButton::paintEvent(event);
        if (!hasFocus())
            return;
        QPainter p(this);
        p.setPen(QPen(palette().color(QPalette::ButtonText), 2, Qt::DashLine));
        p.drawRect(QRectF(rect()).adjusted(3, 3, -3, -3));
    }
};

} // namespace

namespace {

bool drawable(const LabelSpec &label)
{
    return std::any_of(label.kinds.cbegin(), label.kinds.cend(), [](AnnotationKind kind) {
        return AnnotationKinds::get(kind).imageShape() != ImageShape::None;
    });
}

} // namespace

LabelPicker::LabelPicker(ToolContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_layout(new QVBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
    // No title of its own: the page puts a heading (with a mnemonic) above it.
    m_layout->addStretch(1);
    connect(context, &ToolContext::documentChanged, this, &LabelPicker::rebuild);
    connect(context, &ToolContext::currentLabelChanged, this, &LabelPicker::showCurrent);
    setStyleSheet(QStringLiteral(
            "QToolButton { text-align: left; padding: 3px; border: 2px solid transparent; }"
            "QToolButton:checked { font-weight: bold; border: 2px solid palette(highlight); }"));
    rebuild();
}

void LabelPicker::rebuild()
{
    QString key;
    for (const LabelSpec &label : m_context->labels())
        key += label.name + QLatin1Char('\x1f') + label.hotkey + label.colour.name() +
               QLatin1Char('\x1e');
    if (key == m_schemaKey && m_group)
        return;
    m_schemaKey = key;
    qDeleteAll(m_buttons);
    m_buttons.clear();
    delete m_group; // deletes the actions, which removes them from every widget
    m_actions.clear();
    m_group = new QActionGroup(this);
    m_group->setExclusive(true);
    int row = 0;
    for (const LabelSpec &label : m_context->labels()) {
        if (!drawable(label))
            continue;
        auto *action = new QAction(labelSwatch(label.colour), label.name, m_group);
        action->setCheckable(true);
        action->setData(label.name);
        action->setObjectName(QStringLiteral("label-") + label.name);
        if (!label.hotkey.isEmpty()) {
            action->setShortcut(QKeySequence(label.hotkey));
            action->setToolTip(tr("Label %1 (%2)").arg(label.name, label.hotkey));
        } else {
            action->setToolTip(tr("Label %1").arg(label.name));
        }
        connect(action, &QAction::triggered, this,
                [this, name = label.name] { m_context->setCurrentLabel(name); });
        m_actions.append(action);
        auto *button = new LabelButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_layout->insertWidget(row++, button);
        m_buttons.append(button);
    }
    showCurrent(m_context->currentLabel());
    Q_EMIT labelActionsChanged();
}

void LabelPicker::showCurrent(const QString &label)
{
    for (QAction *action : std::as_const(m_actions)) {
        const bool current = action->data().toString() == label;
        action->setChecked(current);
        // The mark and the words carry the state, not the colour.
        const QString hotkey = action->shortcut().toString(QKeySequence::NativeText);
        const QString name = action->data().toString();
        action->setText(hotkey.isEmpty() ? name : tr("%1  [%2]").arg(name, hotkey));
        action->setIconText(current ? tr("✔ %1").arg(action->text()) : action->text());
        action->setToolTip(current ? tr("%1 — current label").arg(action->text()) : action->text());
    }
}

void LabelPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        showCurrent(m_context->currentLabel());
    QWidget::changeEvent(event);
}

} // namespace annostraat
