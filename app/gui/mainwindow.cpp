// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "util/appinfo.h"

#include "demotask.h"
#include "document/itemdocument.h"
#include "editor/editorregistry.h"
#include "breakreminder.h"
#include "breakviews.h"
#include "flagdialog.h"
#include "dashboard.h"
#include "manualwindow.h"
#include "model/displaynames.h"
#include "profilepage.h"
#include "questionform.h"
#include "settingsdialog.h"
#include "shortcutsheet.h"
#include "statusmessage.h"
#include "store/store.h"
#include "teamleaddesk.h"
#include "translationloader.h"
#include "welcomepage.h"
#include "workpage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QShortcut>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>
#include <QVBoxLayout>
#include <QToolBar>

#include <algorithm>

namespace annostraat {

namespace {
const QString kLastProfile = QStringLiteral("lastProfile");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kWorkLayout = QStringLiteral("window/workLayout");
constexpr int kMessageMs = kStatusMessageMs;

void applyTheme(const Preferences &preferences)
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        preferences.toTheme().apply(*app);
}
} // namespace

MainWindow::MainWindow(Store &store, QSettings &settings, TranslationLoader &translations,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_store(store)
    , m_settings(settings)
    , m_translations(translations)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_preferences = Preferences::fromSettings(m_settings);

    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_pages);
    m_profiles = new ProfilePage(m_pages);
    registerBuiltinEditors(); // before the work page makes one editor of each kind
    m_work = new WorkPage(m_store, m_pages);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_profiles);
    m_pages->addWidget(m_work);
    // The break notice sits above the pages, in the layout: it pushes the work down a line
    // and covers nothing.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_breakNotice = new BreakNotice(central);
    centralLayout->addWidget(m_breakNotice);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);
    m_breaks = new BreakReminder(m_store, this);
    m_breakOverlay = new BreakOverlay(this);
    connect(m_breaks, &BreakReminder::due, this, [this] {
        if (m_profile && !m_breakOverlay->isVisible())
            m_breakNotice->showFor(int(m_breaks->workedSinceBreakMs() / BreakReminder::kMinuteMs));
    });
    connect(m_breakNotice, &BreakNotice::later, m_breaks, &BreakReminder::postpone);
    connect(m_breakNotice, &BreakNotice::breakChosen, this, &MainWindow::startBreak);
    connect(m_breakOverlay, &BreakOverlay::finished, this, [this] {
        m_breaks->setPaused(false);
        m_breaks->breakTaken();
        for (auto it = m_enabledBeforeBreak.begin(); it != m_enabledBeforeBreak.end(); ++it)
            it.key()->setEnabled(it.value());
        m_enabledBeforeBreak.clear();
        updateActions();
    });

    createActions();
    createMenus();

    m_whoLabel = new QLabel(this);
    m_whoLabel->setObjectName(QStringLiteral("whoLabel"));
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    statusBar()->addPermanentWidget(m_whoLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->setSizeGripEnabled(false);
    // A passing message ("Item 3 is done", "published as version 2") needs the room more than
    // the store's path does, which is always there again a moment later.
    connect(statusBar(), &QStatusBar::messageChanged, this,
            [this](const QString &message) {
                if (message.isEmpty())
                    updateStatusBar();
                else
                    m_storeLabel->hide();
            });

    m_syncSettings = SyncSettings::fromSettings(m_settings);
    m_sync = new SyncController(m_store.path(), defaultMediaDir(m_store.path()), this);
    m_sync->setShareFolder(m_syncSettings.shareFolder);
    m_syncStatus = new SyncStatus(m_store, m_settings, *this);
    connect(m_sync, &SyncController::started, m_syncStatus, &SyncStatus::syncStarted);
    connect(m_sync, &SyncController::progressed, m_syncStatus, &SyncStatus::syncProgressed);
    connect(m_sync, &SyncController::finished, this, &MainWindow::syncFinished);
    m_syncTimer = new QTimer(this);
    connect(m_syncTimer, &QTimer::timeout, this, [this] { syncNow(false); });

    connect(m_welcome, &WelcomePage::startRequested, this, &MainWindow::startFromWelcome);
    connect(m_welcome, &WelcomePage::backRequested, this, &MainWindow::showProfiles);
    connect(m_profiles, &ProfilePage::profileChosen, this, &MainWindow::chooseProfile);
    connect(m_profiles, &ProfilePage::newProfileRequested, this, &MainWindow::showNewProfile);
    connect(m_work, &WorkPage::demoRequested, this, &MainWindow::loadDemo);
    connect(m_work, &WorkPage::navigationChanged, this, &MainWindow::updateActions);
    connect(m_work, &WorkPage::documentChanged, this, &MainWindow::updateActions);
    // Every action changes the undo stack or the open item: count what is still to send.
    connect(m_work, &WorkPage::navigationChanged, m_syncStatus, &SyncStatus::schedulePendingUpdate);
    connect(m_work, &WorkPage::documentChanged, m_syncStatus, &SyncStatus::schedulePendingUpdate);
    connect(m_work, &WorkPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });

    if (!restoreGeometry(m_settings.value(kGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(m_settings.value(kState).toByteArray());
    m_work->restoreLayout(m_settings.value(kWorkLayout).toByteArray());

    applyLook(m_preferences);
    retranslate();
    showStartPage();

    restartSyncTimer();
    if (m_syncSettings.isSetUp()) // the sync on start, once the window is up
        QTimer::singleShot(0, this, [this] { syncNow(false); });
}

void MainWindow::startBreak()
{
    if (m_breakOverlay->isVisible())
        return;
    m_breakNotice->hide();
    m_work->commitPending();
    // The work's keys rest too: no shortcut reaches it until the person is back.
    const QList<QAction *> all = actions();
    for (QAction *a : all) {
        m_enabledBeforeBreak.insert(a, a->isEnabled());
        a->setEnabled(false);
    }
    m_breaks->setPaused(true);
    m_breakOverlay->start(m_breaks->workedTodayMs(), m_preferences.breakLengthMinutes);
}

void MainWindow::applyLook(const Preferences &preferences)
{
    m_preferences = preferences;
    m_breaks->setSchedule(preferences.breakEveryMinutes, preferences.breakLengthMinutes);
    // The status bar's texts are measured in the new size (after the theme below).
    QTimer::singleShot(0, this, &MainWindow::updateStatusBar);
    m_translations.setLanguage(preferences.language);
    // Times and dates in the language on screen (children, dialogs included, inherit it).
    setLocale(QLocale(m_translations.language()));
    applyTheme(preferences);
    const QSignalBlocker block(m_highContrast);
    m_highContrast->setChecked(preferences.theme == Theme::Kind::HighContrast);
}

MainWindow::~MainWindow()
{
    saveWindowState();
    disconnect(m_work, nullptr, this, nullptr);
    // The engine cannot stop halfway (every step is safe to finish): wait for it, then let
    // it go without telling this half-destroyed window.
    disconnect(m_sync, nullptr, this, nullptr);
    disconnect(m_sync, nullptr, m_syncStatus, nullptr);
    delete m_sync;
    m_sync = nullptr;
}

SettingsDialog *MainWindow::settingsDialog() const
{
    return m_settingsDialog;
}

FlagDialog *MainWindow::flagDialog() const
{
    return m_flagDialog;
}

ShortcutSheet *MainWindow::shortcutSheet() const
{
    return m_shortcutSheet;
}

AssignmentView *MainWindow::assignmentView() const
{
    return m_teamLead->assignmentView();
}

TaskListView *MainWindow::taskListView() const
{
    return m_teamLead->taskListView();
}

DeliveryDialog *MainWindow::deliveryDialog() const
{
    return m_teamLead->deliveryDialog();
}

QProgressDialog *MainWindow::syncProgressDialog() const
{
    return m_syncStatus->progressDialog();
}

MainWindow::Page MainWindow::page() const
{
    if (m_pages->currentWidget() == m_welcome)
        return Page::Welcome;
    if (m_pages->currentWidget() == m_profiles)
        return Page::Profiles;
    return Page::Work;
}

void MainWindow::setPage(Page page)
{
    switch (page) {
    case Page::Welcome:
        m_pages->setCurrentWidget(m_welcome);
        break;
    case Page::Profiles:
        m_pages->setCurrentWidget(m_profiles);
        break;
    case Page::Work:
        m_pages->setCurrentWidget(m_work);
        break;
    }
    m_toolBar->setVisible(page == Page::Work);
    updateActions();
    updateStatusBar();
}

void MainWindow::showStartPage()
{
    const QList<Profile> profiles = m_store.profiles();
    if (profiles.isEmpty()) {
        m_welcome->setFirstStart(true);
        m_welcome->reset();
        setPage(Page::Welcome);
        return;
    }
    if (profiles.size() == 1) {
        chooseProfile(profiles.first().id);
        return;
    }
    showProfiles();
}

void MainWindow::showProfiles()
{
    const QList<Profile> profiles = m_store.profiles();
    if (profiles.isEmpty())
        return showStartPage();
    m_work->commitPending();
    if (m_dashboardWindow) // the next person at this PC does not see the last one's figures
        m_dashboardWindow->close();
    const QString current = m_profile ? m_profile->id : m_settings.value(kLastProfile).toString();
    m_profiles->setProfiles(profiles, current);
    setPage(Page::Profiles);
}

void MainWindow::showNewProfile()
{
    m_welcome->setFirstStart(false);
    m_welcome->reset();
    setPage(Page::Welcome);
}

bool MainWindow::chooseProfile(const QString &profileId)
{
    const auto profile = m_store.findProfile(profileId);
    if (!profile)
        return false;
    // Someone else takes over the PC: the figures on screen were not meant for them.
    if (m_profile && m_profile->id != profile->id) {
        if (m_dashboardWindow)
            m_dashboardWindow->close();
        statusBar()->clearMessage(); // "The item goes back to Anna…" was said to the one before
    }
    m_profile = profile;
    m_settings.setValue(kLastProfile, profile->id);
    m_breaks->setProfile(profile->id);
    applyLook(Preferences::forProfile(m_store, profile->id, Preferences::fromSettings(m_settings)));
    m_work->setProfile(profile);
    setPage(Page::Work);
    retranslate();
    return true;
}

void MainWindow::startFromWelcome(const QString &name, Role role, bool withDemo)
{
    if (const auto existing = m_store.findProfile(name)) {
        m_welcome->setProblem(tr("There is already a profile named \"%1\". Choose another name, "
                                 "or go back and choose that profile.")
                                      .arg(existing->name));
        return;
    }
    auto added = m_store.addProfile(name, role);
    if (!added) {
        m_welcome->setProblem(
                tr("The profile could not be created: %1").arg(added.error().message()));
        return;
    }
    // What was chosen before there was a profile (e.g. the language) becomes the profile's.
    m_preferences.saveForProfile(m_store, added->id);
    chooseProfile(added->id);
    if (withDemo)
        loadDemo();
}

void MainWindow::loadDemo()
{
    if (!m_profile)
        return;
    auto tasks = DemoTask::install(m_store, m_profile->id);
    if (!tasks) {
        m_work->showNotice(
                tr("The demo tasks could not be loaded: %1").arg(tasks.error().message()));
        return;
    }
    // The first job (dike cracks) opens; the others wait in the task list.
    m_work->reloadTasks(tasks->isEmpty() ? QString() : tasks->first().id);
    statusBar()->showMessage(
            tr("The demo tasks are ready: one practice task for each kind of work."), kMessageMs);
}

void MainWindow::applyPreferences(const Preferences &preferences)
{
    applyLook(preferences);
    preferences.saveToSettings(m_settings);
    if (m_profile) {
        const QString problem = preferences.saveForProfile(m_store, m_profile->id);
        if (!problem.isEmpty())
            statusBar()->showMessage(tr("Your settings could not be kept: %1").arg(problem),
                                     kMessageMs);
    }
}

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_preferences, m_syncSettings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::preferencesChanged, this, &MainWindow::applyPreferences);
    connect(dialog, &SettingsDialog::syncSettingsChanged, this, &MainWindow::applySyncSettings);
    m_settingsDialog = dialog;
    dialog->open();
}

ManualWindow *MainWindow::manualWindow() const
{
    return m_manualWindow;
}

void MainWindow::openManual()
{
    if (!m_manualWindow) {
        m_manualWindow = new ManualWindow(this);
        m_manualWindow->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Open already: stay on the page being read, unless the language changed since.
    if (m_manualWindow->isHidden() || m_manualWindow->language() != m_translations.language())
        m_manualWindow->showStart(m_translations.language());
    m_manualWindow->show();
    m_manualWindow->raise();
    m_manualWindow->activateWindow();
}

Dashboard *MainWindow::dashboard() const
{
    return m_dashboardWindow;
}

bool MainWindow::seesDashboard() const
{
    return m_profile && (m_profile->role == Role::TeamLead || m_profile->role == Role::Reviewer);
}

void MainWindow::openDashboard()
{
    if (!m_profile)
        return;
    if (!m_dashboardWindow) {
        // A window of its own beside the work, so the lead can keep it open and open items
        // from it; it follows syncs (refreshAfterSync) and closes with the program.
        m_dashboardWindow = new Dashboard(m_store, this);
        m_dashboardWindow->setWindowFlag(Qt::Window);
        m_dashboardWindow->setAttribute(Qt::WA_DeleteOnClose);
        auto *close = new QShortcut(QKeySequence(Qt::Key_Escape), m_dashboardWindow);
        connect(close, &QShortcut::activated, m_dashboardWindow, &QWidget::close);
        m_dashboardWindow->resize(std::min(1100, screen() ? screen()->availableSize().width() - 80 : 1100),
                                  std::min(760, screen() ? screen()->availableSize().height() - 80 : 760));
        connect(m_dashboardWindow, &Dashboard::itemChosen, this, [this](const QString &taskId, const QString &itemId) {
            if (page() != Page::Work)
                return;
            if (!m_work->task() || m_work->task()->id != taskId)
                m_work->openTask(taskId);
            m_work->openItem(itemId);
            activateWindow();
            raise();
        });
    }
    m_dashboardWindow->setViewer(m_profile);
    m_dashboardWindow->setWindowTitle(seesDashboard() ? tr("Dashboard – Annostraat") : tr("My progress – Annostraat"));
    m_dashboardWindow->setTaskId(m_work->task() ? m_work->task()->id : QString());
    m_dashboardWindow->show();
    m_dashboardWindow->raise();
    m_dashboardWindow->activateWindow();
}

void MainWindow::openShortcutSheet()
{
    if (m_shortcutSheet) {
        m_shortcutSheet->raise();
        m_shortcutSheet->activateWindow();
        return;
    }
    auto *sheet = new ShortcutSheet(shortcutGroups(), this);
    sheet->setAttribute(Qt::WA_DeleteOnClose);
    m_shortcutSheet = sheet;
    sheet->open();
}

void MainWindow::openFlagDialog()
{
    if (!m_work->document() || m_flagDialog)
        return;
    auto *dialog = new FlagDialog(m_work->task() ? m_work->task()->schema.flagReasons() : QStringList(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString reason = dialog->reason();
        if (reason.isEmpty())
            return;
        m_work->finish(SubmissionStatus::Flagged, reason);
        if (m_dashboardWindow)
            m_dashboardWindow->refreshSoon();
        m_teamLead->workMarked();
    });
    m_flagDialog = dialog;
    dialog->open();
}

bool MainWindow::isTeamLead() const
{
    return m_profile && m_profile->role == Role::TeamLead;
}

void MainWindow::updateStatusBar()
{
    if (m_profile) {
        m_whoLabel->setText(
                tr("Working: %1 (%2)").arg(m_profile->name, DisplayNames::role(m_profile->role)));
        setWindowTitle(tr("Annostraat \u2014 %1").arg(m_profile->name));
    } else {
        m_whoLabel->setText(tr("Nobody chosen yet"));
        setWindowTitle(tr("Annostraat"));
    }
    m_syncStatus->update();
    const QString path = QDir::toNativeSeparators(m_store.path());
    // The whole path, shortened in the middle when it would crowd the status bar: at most 28
    // characters, and only in the room the other labels leave. At large text sizes on a small
    // screen there may be none: then the path moves to the tooltip of who is working, rather than
    // cutting who is working or the sync state.
    m_storeLabel->ensurePolished();
    const QFontMetrics metrics = m_storeLabel->fontMetrics();
    int taken = 0;
    for (QLabel *other : statusBar()->findChildren<QLabel *>(QString(), Qt::FindDirectChildrenOnly))
        if (other != m_storeLabel && !other->isHidden())
            taken += other->sizeHint().width() + 2 * metrics.averageCharWidth();
    const int room = width() - taken - metrics.horizontalAdvance(tr("Store: %1").arg(QString()))
                     - 4 * metrics.averageCharWidth();
    const int pathWidth = qMin(28 * metrics.averageCharWidth(), room);
    m_storeLabel->setText(tr("Store: %1").arg(metrics.elidedText(path, Qt::ElideMiddle, pathWidth)));
    m_storeLabel->setToolTip(tr("Everything is kept at once in %1").arg(path));
    const bool roomForPath = pathWidth >= 8 * metrics.averageCharWidth();
    m_storeLabel->setVisible(roomForPath && statusBar()->currentMessage().isEmpty());
    m_whoLabel->setToolTip(roomForPath ? QString() : m_storeLabel->toolTip());
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    updateStatusBar();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_work->commitPending();
    m_syncStatus->closeProgressDialog();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(kGeometry, saveGeometry());
    m_settings.setValue(kState, saveState());
    m_settings.setValue(kWorkLayout, m_work->saveLayout());
}

// ---- sync ---------------------------------------------------------------------------------

void MainWindow::applySyncSettings(const SyncSettings &sync)
{
    const bool folderChanged = sync.shareFolder != m_syncSettings.shareFolder;
    m_syncSettings = sync;
    m_syncSettings.save(m_settings);
    m_sync->setShareFolder(sync.shareFolder);
    m_teamLead->setShareFolder(sync.shareFolder);
    restartSyncTimer();
    if (folderChanged) {
        const bool busy = m_sync->isBusy();
        m_syncStatus->folderChanged(busy);
        if (!busy && sync.isSetUp())
            syncNow(false); // a new folder: see at once whether it is there
        m_syncStatus->recountPending();
    } else {
        m_syncStatus->update();
    }
}

void MainWindow::restartSyncTimer()
{
    if (m_syncSettings.isSetUp() && m_syncSettings.intervalMinutes > 0)
        m_syncTimer->start(m_syncSettings.intervalMinutes * 60 * 1000);
    else
        m_syncTimer->stop();
}

void MainWindow::syncNow(bool onRequest)
{
    if (!m_syncSettings.isSetUp()) {
        if (onRequest)
            statusBar()->showMessage(
                    tr("No shared folder is set up yet; you can choose one in the settings (%1).")
                            .arg(ShortcutSheet::shortcutText(m_settingsAction)),
                    kMessageMs);
        return;
    }
    if (m_sync->isBusy()) {
        if (onRequest)
            statusBar()->showMessage(tr("A sync is running already."), kMessageMs);
        return;
    }
    // A text answer typed but not confirmed goes along when the person asks for a sync (a
    // timed sync never touches what someone is typing).
    if (onRequest)
        m_work->commitPending();
    m_syncStatus->setNextRequested(onRequest);
    m_sync->startSync();
}

void MainWindow::syncFinished(const SyncController::Outcome &outcome)
{
    const bool stale = outcome.shareFolder != m_syncSettings.shareFolder;
    if (m_syncStatus->syncFinished(outcome))
        refreshAfterSync();
    m_syncStatus->recountPending();
    updateActions();

    const QString publish = m_teamLead->takePublishAfterSync();
    if (!publish.isEmpty() && isTeamLead())
        m_sync->startPublish(publish, *m_profile);
    else if (stale && m_syncSettings.isSetUp())
        syncNow(false);
}

void MainWindow::refreshAfterSync()
{
    if (m_profile)
        if (auto profile = m_store.findProfile(m_profile->id))
            m_profile = profile;
    const QList<Profile> profiles = m_store.profiles();
    if (page() == Page::Profiles) {
        m_profiles->setProfiles(profiles, m_profile ? m_profile->id : QString());
    } else if (page() == Page::Welcome && m_welcome->isFirstStart() && !profiles.isEmpty()) {
        // A new PC that found its people on the shared folder: offer them, without taking
        // the page away from someone who may be typing their name.
        m_welcome->setFirstStart(false);
        statusBar()->showMessage(tr("Profiles found on the shared folder: %n. Press Esc to "
                                    "choose yours.",
                                    "", int(profiles.size())),
                                 kMessageMs * 2);
    } else if (page() == Page::Work)
        m_work->refreshFromStore();
    m_teamLead->refresh();
    if (m_dashboardWindow) {
        // A role that changed changes what the window may show: it closes, and F8 opens the
        // right one (decision 0023).
        if (m_dashboardWindow->isOwnView() == seesDashboard())
            m_dashboardWindow->close();
        else
            m_dashboardWindow->refresh();
    }
    updateStatusBar();
}

} // namespace annostraat
