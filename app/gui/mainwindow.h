// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window: a welcome page on a new store, a profile chooser on a shared PC, and the
// work area. It owns the actions (each with its shortcut in its tooltip and on the shortcut
// sheet), the menus, the toolbar and the status bar; the store, the PC's settings and the
// translation loader are passed in by main() (or a test), never reached as globals.
//
// Sync: a SyncController runs the engine in a worker thread with its own Store; this window
// starts it (at start, on a timer, on F5) and re-reads its own Store when ops came in. What the
// status bar and the progress dialog say about it is a SyncStatus's; the team lead's actions
// and dialogs are a TeamLeadDesk's. Both read the window through its public accessors.

#include "model/entities.h"
#include "preferences.h"
#include "synccontroller.h"
#include "syncsettings.h"
#include "syncstatus.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QProgressDialog;
class QSettings;
class QStackedWidget;
class QTimer;
class QToolBar;

namespace annostraat {

class AssignmentView;
class DeliveryDialog;
class BreakNotice;
class BreakOverlay;
class BreakReminder;
class FlagDialog;
class ItemDocument;
class ManualWindow;
class Dashboard;
class ProfilePage;
class SettingsDialog;
class ShortcutSheet;
class Store;
class TaskListView;
class TeamLeadDesk;
class TranslationLoader;
class WelcomePage;
class WorkPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page { Welcome, Profiles, Work };
    /// What the status bar says about the shared folder.
    using SyncState = SyncStatus::State;

    MainWindow(Store &store, QSettings &settings, TranslationLoader &translations,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    Page page() const;
    const std::optional<Profile> &profile() const { return m_profile; }
    const Preferences &preferences() const { return m_preferences; }
    WorkPage *workPage() const { return m_work; }
    WelcomePage *welcomePage() const { return m_welcome; }
    ProfilePage *profilePage() const { return m_profiles; }
    /// The action with this objectName (e.g. "actionDone"), or nullptr.
    QAction *action(const QString &objectName) const;
    /// The dialogs while they are open (nullptr otherwise).
    SettingsDialog *settingsDialog() const;
    FlagDialog *flagDialog() const;
    ShortcutSheet *shortcutSheet() const;
    /// The manual's window while it is open (Help → Manual, F1).
    ManualWindow *manualWindow() const;
    /// The dashboard's window while it is open (View → Dashboard / My progress, F8).
    Dashboard *dashboard() const;
    /// The team lead's assignment view and task list while they are open (Team menu).
    AssignmentView *assignmentView() const;
    TaskListView *taskListView() const;
    DeliveryDialog *deliveryDialog() const;
    /// The sync progress dialog while it is shown (only for syncs longer than two seconds).
    QProgressDialog *syncProgressDialog() const;

    BreakReminder *breakReminder() const { return m_breaks; }
    BreakNotice *breakNotice() const { return m_breakNotice; }
    BreakOverlay *breakOverlay() const { return m_breakOverlay; }
    /// Dims the work and shows the break (also without a reminder: View → Take a break).
    void startBreak();

    SyncController *syncController() const { return m_sync; }
    const SyncSettings &syncSettings() const { return m_syncSettings; }
    SyncState syncState() const { return m_syncStatus->state(); }
    /// Uses and keeps \a sync as this PC's shared folder and interval.
    void applySyncSettings(const SyncSettings &sync);
    /// Starts a sync unless one is running; \a onRequest: the person asked (F5), so say why
    /// when nothing can start.
    void syncNow(bool onRequest = true);

    /// Works as \a profileId from now on (and remembers it for the next start).
    bool chooseProfile(const QString &profileId);
    /// Applies and keeps \a preferences (for the profile and as this PC's last choice).
    void applyPreferences(const Preferences &preferences);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    /// Language, theme and text size on screen (not stored).
    void applyLook(const Preferences &preferences);
    void createActions();
    void createMenus();
    void retranslate();
    /// The Tools menu: the drawing tools, then the open task's labels (rebuilt per task).
    void rebuildToolsMenu();
    void updateActions();
    void updateStatusBar();
    void showStartPage();
    void showProfiles();
    void showNewProfile();
    void startFromWelcome(const QString &name, Role role, bool withDemo);
    void loadDemo();
    void openSettings();
    void openShortcutSheet();
    void openManual();
    void openDashboard();
    void openFlagDialog();
    void syncFinished(const SyncController::Outcome &outcome);
    /// Re-reads the store after a sync brought something in.
    void refreshAfterSync();
    void restartSyncTimer();
    bool isTeamLead() const;
    /// Team leads and reviewers see the whole dashboard; annotators their own progress.
    bool seesDashboard() const;
    void saveWindowState();
    void setPage(Page page);
    QList<QPair<QString, QList<QAction *>>> shortcutGroups() const;

    Store &m_store;
    QSettings &m_settings;
    TranslationLoader &m_translations;
    std::optional<Profile> m_profile;
    Preferences m_preferences;

    QStackedWidget *m_pages = nullptr;
    WelcomePage *m_welcome = nullptr;
    ProfilePage *m_profiles = nullptr;
    WorkPage *m_work = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_whoLabel = nullptr;
    QLabel *m_storeLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_itemMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_toolsMenu = nullptr;
    QMenu *m_teamMenu = nullptr;
    QMenu *m_reviewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;

    QAction *m_switchProfile = nullptr;
    QAction *m_loadDemo = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_previous = nullptr;
    QAction *m_next = nullptr;
    QAction *m_done = nullptr;
    QAction *m_flag = nullptr;
    QAction *m_skip = nullptr;
    QAction *m_highContrast = nullptr;
    QAction *m_larger = nullptr;
    QAction *m_smaller = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_manual = nullptr;
    QAction *m_dashboard = nullptr; ///< the dashboard; "My progress" for annotators
    QAction *m_syncNow = nullptr;
    QAction *m_takeBreak = nullptr;
    QAction *m_reviewMode = nullptr; ///< shows the review panel (reviewers and team leads)

    BreakReminder *m_breaks = nullptr;
    BreakNotice *m_breakNotice = nullptr;
    BreakOverlay *m_breakOverlay = nullptr;
    QHash<QAction *, bool> m_enabledBeforeBreak;

    SyncSettings m_syncSettings;
    SyncController *m_sync = nullptr;
    SyncStatus *m_syncStatus = nullptr;
    TeamLeadDesk *m_teamLead = nullptr;
    QTimer *m_syncTimer = nullptr;

    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<FlagDialog> m_flagDialog;
    QPointer<ShortcutSheet> m_shortcutSheet;
    QPointer<ManualWindow> m_manualWindow;
    QPointer<Dashboard> m_dashboardWindow;
};

} // namespace annostraat
