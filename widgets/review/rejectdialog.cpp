// SPDX-License-Identifier: GPL-3.0-or-later
#include "rejectdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace annostraat {

RejectDialog::RejectDialog(const QString &person, const QString &about, const QString &place,
                           const QStringList &quickComments, QWidget *parent)
    : QDialog(parent)
    , m_person(person)
    , m_about(about)
    , m_place(place)
{
    setObjectName(QStringLiteral("rejectDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_aboutLabel = new QLabel(this);
    m_aboutLabel->setObjectName(QStringLiteral("rejectAbout"));
    m_aboutLabel->setWordWrap(true);
    m_comment = new QComboBox(this);
    m_comment->setObjectName(QStringLiteral("rejectComment"));
    m_comment->setEditable(true);
    m_comment->setInsertPolicy(QComboBox::NoInsert);
    m_comment->addItems(quickComments);
    m_comment->setCurrentIndex(-1);
    m_comment->setMinimumContentsLength(40);
    layout->addWidget(m_intro);
    m_placeBox = new QCheckBox(this);
    m_placeBox->setObjectName(QStringLiteral("rejectPlace"));
    m_placeBox->setChecked(true);
    m_placeBox->setVisible(!m_place.isEmpty());
    layout->addWidget(m_aboutLabel);
    layout->addWidget(m_comment);
    layout->addWidget(m_placeBox);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(this);
    m_reject = new QPushButton(this);
    m_reject->setObjectName(QStringLiteral("rejectConfirm"));
    m_reject->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_reject);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    connect(m_reject, &QPushButton::clicked, this, [this] {
        if (!comment().isEmpty())
            accept();
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_comment, &QComboBox::editTextChanged, this, [this] { updateButtons(); });
    retranslate();
    updateButtons();
    m_comment->setFocus();
}

bool RejectDialog::namesPlace() const
{
    return !m_place.isEmpty() && m_placeBox->isChecked();
}

QString RejectDialog::comment() const
{
    return m_comment->currentText().simplified();
}

void RejectDialog::updateButtons()
{
    m_reject->setEnabled(!comment().isEmpty());
}

void RejectDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void RejectDialog::retranslate()
{
    setWindowTitle(tr("Reject"));
    m_intro->setText(tr("What should %1 look at again? Your comment goes back to them with the "
                        "item: say what to change, so they can learn from it.")
                             .arg(m_person));
    m_aboutLabel->setText(m_about.isEmpty() ? tr("About the whole item")
                                            : tr("About: %1").arg(m_about));
    m_placeBox->setText(tr("Also say where: %1", "in the reject dialog; %1 is e.g. "
                                                 "\"at 00:00:41:09\" or \"at “Sanne”\"")
                                .arg(m_place));
    m_placeBox->setToolTip(tr("The comment points to this place on the annotation: where you "
                              "are in the video, or the words you selected"));
    m_comment->lineEdit()->setPlaceholderText(tr("Type a comment, or choose one with Down"));
    m_comment->setToolTip(tr("Free text, or one of the task's ready-made comments"));
    m_comment->setAccessibleName(tr("Comment for %1").arg(m_person));
    m_reject->setText(tr("Reject"));
    m_reject->setToolTip(tr("Send the item back with this comment (Enter)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Close without a verdict (Esc)"));
}

} // namespace annostraat
