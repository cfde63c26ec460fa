// SPDX-License-Identifier: GPL-3.0-or-later
#include "queueview.h"

#include "model/displaynames.h"

#include <QDir>
#include <QEvent>
#include <QFileInfo>

namespace annostraat {

QueueView::QueueView(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("queueView"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    connect(this, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_settingCurrent && row >= 0 && row < m_items.size())
            Q_EMIT itemChosen(m_items.at(row).id);
    });
}

void QueueView::setQueue(const QList<Item> &items, const QHash<QString, SubmissionStatus> &statuses)
{
    m_settingCurrent = true;
    clear();
    m_items = items;
    m_statuses = statuses;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        new QListWidgetItem(this);
        updateRow(int(i));
    }
    m_settingCurrent = false;
}

void QueueView::setStatus(const QString &itemId, SubmissionStatus status)
{
    m_statuses.insert(itemId, status);
    const int row = rowOf(itemId);
    if (row >= 0)
        updateRow(row);
}

SubmissionStatus QueueView::status(const QString &itemId) const
{
    return m_statuses.value(itemId, SubmissionStatus::Todo);
}

void QueueView::setCurrentItemId(const QString &itemId)
{
    m_settingCurrent = true;
    setCurrentRow(rowOf(itemId));
    if (currentItem())
        scrollToItem(currentItem());
    m_settingCurrent = false;
}

QString QueueView::currentItemId() const
{
    return itemIdAt(currentRow());
}

QString QueueView::itemIdAt(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row).id : QString();
}

int QueueView::rowOf(const QString &itemId) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == itemId)
            return int(i);
    return -1;
}

void QueueView::updateRow(int row)
{
    QListWidgetItem *entry = item(row);
    if (!entry)
        return;
    const Item &it = m_items.at(row);
    const SubmissionStatus s = status(it.id);
    const QString name = QFileInfo(it.mediaPath).fileName();
    entry->setText(tr("%1  %2. %3\n      %4")
                           .arg(DisplayNames::statusSymbol(s))
                           .arg(row + 1)
                           .arg(name, DisplayNames::status(s)));
    entry->setToolTip(QDir::toNativeSeparators(it.mediaPath));
    entry->setData(Qt::UserRole + 1, it.id);
    entry->setData(Qt::AccessibleTextRole,
                   tr("Item %1, %2: %3").arg(row + 1).arg(name, DisplayNames::status(s)));
}

void QueueView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        for (int row = 0; row < count(); ++row)
            updateRow(row);
    QListWidget::changeEvent(event);
}

} // namespace annostraat
