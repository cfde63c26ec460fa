// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team lead chooses who works on a task and how many people label each item. The items
// are then handed out in turn (Store::assignRoundRobin); assignments made before stay. The
// dialog only asks: the main window writes, and says in the status bar what it did.

#include "model/entities.h"

#include <QDialog>
#include <QHash>

class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace annostraat {

class AssignDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a annotators: the profiles to choose from; \a assigned: items each has in the task now.
    AssignDialog(const Task &task, QList<Profile> annotators, QHash<QString, int> assigned,
                 int itemCount, QWidget *parent = nullptr);

    /// The profile ids ticked, in list order.
    QStringList chosen() const;
    int perItem() const;
    const Task &task() const { return m_task; }
    QListWidget *list() const { return m_list; }
    QSpinBox *perItemBox() const { return m_perItem; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    Task m_task;
    QList<Profile> m_annotators;
    QHash<QString, int> m_assigned;
    int m_itemCount = 0;
    QLabel *m_intro = nullptr;
    QLabel *m_listLabel = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_perItemLabel = nullptr;
    QSpinBox *m_perItem = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace annostraat
