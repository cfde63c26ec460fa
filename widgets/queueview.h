// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The annotator's queue for one task: every item in order, each with its status as a symbol
// and a word (never colour alone).

#include "model/entities.h"

#include <QHash>
#include <QListWidget>

namespace annostraat {

class QueueView : public QListWidget
{
    Q_OBJECT

public:
    explicit QueueView(QWidget *parent = nullptr);

    /// Shows \a items with the statuses of \a statuses (item id → status; missing is to do).
    void setQueue(const QList<Item> &items, const QHash<QString, SubmissionStatus> &statuses);
    void setStatus(const QString &itemId, SubmissionStatus status);
    SubmissionStatus status(const QString &itemId) const;
    /// Selects the row of \a itemId without emitting itemChosen().
    void setCurrentItemId(const QString &itemId);
    QString currentItemId() const;
    QString itemIdAt(int row) const;
    int rowOf(const QString &itemId) const;

Q_SIGNALS:
    /// The user moved to another item in the list.
    void itemChosen(const QString &itemId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateRow(int row);

    QList<Item> m_items;
    QHash<QString, SubmissionStatus> m_statuses;
    bool m_settingCurrent = false;
};

} // namespace annostraat
