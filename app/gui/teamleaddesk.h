// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team lead's actions in the main window: publish the open task, assign annotators, see
// who delivered what, export a task and import a dataset, with the dialogs they open. The
// actions are the window's (so its action lookup and shortcut sheet find them) and are shown
// to team leads only. Publishing uses the window's SyncController; while a sync runs the
// request waits here until the window hands it on once that sync is done
// (takePublishAfterSync()).

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QDialog;
class QMenu;

namespace annostraat {

class AssignDialog;
class DeliveryDialog;
class MainWindow;
class Store;

class TeamLeadDesk : public QObject
{
    Q_OBJECT

public:
    /// Creates the actions on \a window.
    TeamLeadDesk(Store &store, MainWindow &window);

    void addToMenu(QMenu *menu) const;
    void retranslate();
    /// Shows the actions to team leads; \a working: the work page is up with a profile.
    void updateActions(bool working);

    /// The dialogs while they are open (nullptr otherwise).
    AssignDialog *assignDialog() const;
    DeliveryDialog *deliveryDialog() const;

    /// Something came in or changed: the open "who delivered what" follows.
    void refresh();
    void setShareFolder(const QString &folder);
    /// The task asked to be published while a sync ran (empty if none); forgets it.
    QString takePublishAfterSync();

private:
    void openWide(QDialog *dialog);
    bool isTeamLead() const;
    void showMessage(const QString &text, int factor = 1);
    void publishTask();
    void openAssignDialog();
    void assignAnnotators(AssignDialog *dialog);
    void openDeliveryDialog();
    void openExportDialog();
    void openImportDialog();
    /// Marks (or unmarks) the open item as gold, the lead's own layer as reference; undoable.
    void markGold(bool gold);

    Store &m_store;
    MainWindow &m_window;
    QAction *m_publish = nullptr;
    QAction *m_assign = nullptr;
    QAction *m_delivered = nullptr;
    QAction *m_exportTask = nullptr;
    QAction *m_importDataset = nullptr;
    QAction *m_gold = nullptr; ///< checked while the open item is gold
    QString m_publishAfterSync; ///< a task to publish once the running sync is done
    QPointer<AssignDialog> m_assignDialog;
    QPointer<DeliveryDialog> m_deliveryDialog;
};

} // namespace annostraat
