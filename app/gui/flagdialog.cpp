// SPDX-License-Identifier: GPL-3.0-or-later
#include "flagdialog.h"

#include "model/schema.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace annostraat {

QStringList FlagDialog::generalReasons()
{
    return {tr("The file cannot be used (it does not open, or it cannot be read)"),
            tr("This item does not fit the task"), tr("I am not sure what to do with this item")};
}

QStringList FlagDialog::presetReasons() const
{
    return m_taskReasons.isEmpty() ? generalReasons() : m_taskReasons;
}

FlagDialog::FlagDialog(const QStringList &taskReasons, QWidget *parent)
    : QDialog(parent)
    , m_taskReasons(taskReasons)
{
    setObjectName(QStringLiteral("flagDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_group = new QButtonGroup(this);
    const int presets = int(presetReasons().size());
    for (int i = 0; i < presets; ++i) {
        auto *radio = new QRadioButton(this);
        radio->setObjectName(QStringLiteral("flagReason%1").arg(i));
        m_group->addButton(radio, i);
        layout->addWidget(radio);
        m_presets << radio;
    }
    auto *otherRow = new QHBoxLayout;
    m_other = new QRadioButton(this);
    m_other->setObjectName(QStringLiteral("flagReasonOther"));
    m_group->addButton(m_other, presets);
    m_otherText = new QLineEdit(this);
    m_otherText->setObjectName(QStringLiteral("flagReasonText"));
    m_otherText->setMaxLength(Schema::kMaxFlagReasonLength);
    otherRow->addWidget(m_other);
    otherRow->addWidget(m_otherText, 1);
    layout->addLayout(otherRow);
    m_presets.first()->setChecked(true);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(this);
    m_flag = new QPushButton(this);
    m_flag->setObjectName(QStringLiteral("flagConfirm"));
    m_flag->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_flag);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    connect(m_flag, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_group, &QButtonGroup::idToggled, this, [this] { updateButtons(); });
    connect(m_otherText, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!text.isEmpty())
            m_other->setChecked(true);
        updateButtons();
    });
    retranslate();
    updateButtons();
    m_presets.first()->setFocus();
}

QString FlagDialog::reason() const
{
    const int id = m_group->checkedId();
    if (id >= 0 && id < m_presets.size())
        return presetReasons().value(id);
    return m_otherText->text().simplified();
}

void FlagDialog::updateButtons()
{
    m_flag->setEnabled(!reason().isEmpty());
}

void FlagDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void FlagDialog::retranslate()
{
    setWindowTitle(tr("Flag item"));
    m_otherText->setAccessibleName(tr("Reason in your own words"));
    m_intro->setText(
            tr("What is wrong with this item? The reason goes with the item to the team lead."));
    const QStringList reasons = presetReasons();
    for (qsizetype i = 0; i < m_presets.size() && i < reasons.size(); ++i)
        m_presets.at(i)->setText(QString(reasons.at(i)).replace(QLatin1Char('&'), QStringLiteral("&&")));
    m_other->setText(tr("Other:"));
    m_otherText->setPlaceholderText(tr("Describe the problem"));
    m_flag->setText(tr("Flag"));
    m_flag->setToolTip(tr("Flag the item with this reason (Enter)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Close without flagging (Esc)"));
}

} // namespace annostraat
