// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Who delivered what": for one task, per person, what this PC has received from the shared
// folder (files, when the last one came) and what that amounts to in the store (assigned,
// done and flagged items, annotations), and the files that were refused, each with the
// reason. Only reads the store; the main window calls refresh() after each sync, so the
// dialog may stay open beside the work.

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace annostraat {

class Store;

class DeliveryDialog : public QDialog
{
    Q_OBJECT

public:
    enum Column {
        PersonColumn,
        AssignedColumn,
        DoneColumn,
        FlaggedColumn,
        AnnotationsColumn,
        FilesColumn,
        LastReceivedColumn,
        ColumnCount
    };

    DeliveryDialog(Store &store, const QString &taskId, QWidget *parent = nullptr);

    /// The shared folder, so refusal messages can name files relative to it.
    void setShareFolder(const QString &folder);

    /// Reads the store again (keeps the chosen task).
    void refresh();
    QString taskId() const;
    void setTaskId(const QString &taskId);
    QComboBox *taskBox() const { return m_taskBox; }
    QTreeWidget *table() const { return m_table; }
    QTreeWidget *refusedTable() const { return m_refused; }
    /// The row of \a profileId in table(), -1 when the person is not listed.
    int rowOf(const QString &profileId) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillTasks();
    void fillTable();

    Store &m_store;
    QString m_taskId;
    QString m_shareFolder;
    QLabel *m_intro = nullptr;
    QLabel *m_taskLabel = nullptr;
    QComboBox *m_taskBox = nullptr;
    QTreeWidget *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_refusedLabel = nullptr;
    QTreeWidget *m_refused = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace annostraat
