// SPDX-License-Identifier: GPL-3.0-or-later
#include "assigndialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace annostraat {

namespace {
constexpr int kProfileIdRole = Qt::UserRole + 1;
}

AssignDialog::AssignDialog(const Task &task, QList<Profile> annotators,
                           QHash<QString, int> assigned, int itemCount, QWidget *parent)
    : QDialog(parent)
    , m_task(task)
    , m_annotators(std::move(annotators))
    , m_assigned(std::move(assigned))
    , m_itemCount(itemCount)
{
    setObjectName(QStringLiteral("assignDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(10);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_listLabel = new QLabel(this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("assignAnnotators"));
    m_listLabel->setBuddy(m_list);
    for (const Profile &p : std::as_const(m_annotators)) {
        auto *row = new QListWidgetItem(m_list);
        row->setData(kProfileIdRole, p.id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        row->setCheckState(Qt::Unchecked);
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);
    m_empty->setProperty("role", QStringLiteral("message"));
    m_empty->setVisible(m_annotators.isEmpty());
    m_list->setVisible(!m_annotators.isEmpty());
    layout->addWidget(m_listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);

    auto *perRow = new QHBoxLayout;
    m_perItemLabel = new QLabel(this);
    m_perItem = new QSpinBox(this);
    m_perItem->setObjectName(QStringLiteral("assignPerItem"));
    m_perItem->setRange(1, qMax(1, int(m_annotators.size())));
    m_perItem->setValue(qBound(1, task.annotatorsPerItem, m_perItem->maximum()));
    m_perItemLabel->setBuddy(m_perItem);
    perRow->addWidget(m_perItemLabel);
    perRow->addWidget(m_perItem);
    perRow->addStretch(1);
    layout->addLayout(perRow);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("assignSummary"));
    m_summary->setWordWrap(true);
    m_summary->setProperty("role", QStringLiteral("muted"));
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancel = new QPushButton(this);
    m_assign = new QPushButton(this);
    m_assign->setObjectName(QStringLiteral("assignConfirm"));
    m_assign->setDefault(true);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_assign);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    connect(m_assign, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_list, &QListWidget::itemChanged, this, [this] { updateButtons(); });
    connect(m_perItem, &QSpinBox::valueChanged, this, [this] { updateButtons(); });
    retranslate();
    updateButtons();
    resize(qMax(sizeHint().width(), 560), qMax(sizeHint().height(), 460));
    if (m_annotators.isEmpty())
        m_cancel->setFocus();
    else
        m_list->setFocus();
}

QStringList AssignDialog::chosen() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->checkState() == Qt::Checked)
            ids << m_list->item(i)->data(kProfileIdRole).toString();
    return ids;
}

int AssignDialog::perItem() const
{
    return m_perItem->value();
}

void AssignDialog::updateButtons()
{
    const int people = int(chosen().size());
    const bool possible = people > 0 && perItem() <= people;
    m_assign->setEnabled(possible);
    if (people == 0)
        m_summary->setText(tr("Tick at least one person (Space ticks the chosen row)."));
    else if (!possible)
        m_summary->setText(
                tr("Annotators per item: %n. Tick at least that many people.", "", perItem()));
    else
        m_summary->setText(tr("Each item (%n in all) goes to %1 of the people ticked (%2), in "
                              "turn.",
                              "", m_itemCount)
                                   .arg(perItem())
                                   .arg(people));
}

void AssignDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AssignDialog::retranslate()
{
    setWindowTitle(tr("Assign annotators"));
    m_intro->setText(tr("Who works on \u201c%1\u201d? The items are handed out in turn; what was "
                        "assigned before stays. Publish the task afterwards, so the assignments "
                        "reach the annotators' PCs.")
                             .arg(m_task.name));
    m_listLabel->setText(tr("&Annotators"));
    for (int i = 0; i < m_list->count() && i < m_annotators.size(); ++i) {
        const Profile &p = m_annotators.at(i);
        const int has = m_assigned.value(p.id);
        m_list->item(i)->setText(has > 0 ? tr("%1 \u2014 items now: %n", "", has).arg(p.name)
                                         : p.name);
    }
    m_empty->setText(tr("There are no annotator profiles yet. Add one for each annotator with "
                        "Switch profile (Ctrl+Shift+P) \u2192 New profile; their profiles go along "
                        "when the task is published."));
    m_perItemLabel->setText(tr("Annotators per &item"));
    m_assign->setText(tr("Assign"));
    m_assign->setToolTip(tr("Hand out the items to the people ticked (Enter)"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Close without assigning anything (Esc)"));
    updateButtons();
}

} // namespace annostraat
