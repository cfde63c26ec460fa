// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "util/appinfo.h"

#include "assigndialog.h"
#include "deliverydialog.h"
#include "demotask.h"
#include "document/itemdocument.h"
#include "editor/editorregistry.h"
#include "exportdialog.h"
#include "flagdialog.h"
#include "formats/registry.h"
#include "model/displaynames.h"
#include "profilepage.h"
#include "questionform.h"
#include "settingsdialog.h"
#include "shortcutsheet.h"
#include "store/store.h"
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
#include <QProgressDialog>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

#include <climits>
#include <utility>

namespace annostraat {

namespace {
const QString kLastProfile = QStringLiteral("lastProfile");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kWorkLayout = QStringLiteral("window/workLayout");
constexpr int kMessageMs = 8000;
/// A sync that takes longer than this shows its progress in a dialog.
constexpr int kProgressDelayMs = 2000;
/// Pending changes are counted again this long after the last action (one query, not one per key).
constexpr int kPendingDelayMs = 400;

void applyTheme(const Preferences &preferences)
{
    if (auto *app = qobject_cast<QApplication *>(QCoreApplication::instance()))
        preferences.toTheme().apply(*app);
}


/// Calm grey (the theme's muted text) for states that need no attention.
void setMuted(QLabel *label, bool muted)
{
    const QString role = muted ? QStringLiteral("muted") : QString();
    if (label->property("role").toString() == role)
        return;
    label->setProperty("role", role);
    label->style()->unpolish(label);
    label->style()->polish(label);
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
    setCentralWidget(m_pages);

    createActions();
    createMenus();

    m_whoLabel = new QLabel(this);
    m_whoLabel->setObjectName(QStringLiteral("whoLabel"));
    m_storeLabel = new QLabel(this);
    m_storeLabel->setObjectName(QStringLiteral("storeLabel"));
    m_syncLabel = new QLabel(this);
    m_syncLabel->setObjectName(QStringLiteral("syncLabel"));
    m_pendingLabel = new QLabel(this);
    m_pendingLabel->setObjectName(QStringLiteral("pendingLabel"));
    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("syncProblemsLabel"));
    statusBar()->addPermanentWidget(m_whoLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->addPermanentWidget(m_pendingLabel);
    statusBar()->addPermanentWidget(m_problemsLabel);
    statusBar()->setSizeGripEnabled(false);
    // A passing message ("Item 3 is done", "published as version 2") needs the room more than
    // the store's path does, which is always there again a moment later.
    connect(statusBar(), &QStatusBar::messageChanged, this,
            [this](const QString &message) { m_storeLabel->setVisible(message.isEmpty()); });

    m_syncSettings = SyncSettings::fromSettings(m_settings);
    m_lastSync = SyncSettings::lastSync(m_settings);
    m_sync = new SyncController(m_store.path(), defaultMediaDir(m_store.path()), this);
    m_sync->setShareFolder(m_syncSettings.shareFolder);
    m_syncState = m_syncSettings.isSetUp() ? SyncState::NotYet : SyncState::NotSetUp;
    connect(m_sync, &SyncController::started, this, &MainWindow::syncStarted);
    connect(m_sync, &SyncController::progressed, this, &MainWindow::syncProgressed);
    connect(m_sync, &SyncController::finished, this, &MainWindow::syncFinished);
    m_syncTimer = new QTimer(this);
    connect(m_syncTimer, &QTimer::timeout, this, [this] { syncNow(false); });
    m_progressDelay = new QTimer(this);
    m_progressDelay->setSingleShot(true);
    m_progressDelay->setInterval(kProgressDelayMs);
    connect(m_progressDelay, &QTimer::timeout, this, &MainWindow::showSyncProgressDialog);
    m_pendingDelay = new QTimer(this);
    m_pendingDelay->setSingleShot(true);
    m_pendingDelay->setInterval(kPendingDelayMs);
    connect(m_pendingDelay, &QTimer::timeout, this, [this] {
        m_pendingOps = m_store.pendingOpCount();
        updateSyncStatus();
    });

    connect(m_welcome, &WelcomePage::startRequested, this, &MainWindow::startFromWelcome);
    connect(m_welcome, &WelcomePage::backRequested, this, &MainWindow::showProfiles);
    connect(m_profiles, &ProfilePage::profileChosen, this, &MainWindow::chooseProfile);
    connect(m_profiles, &ProfilePage::newProfileRequested, this, &MainWindow::showNewProfile);
    connect(m_work, &WorkPage::demoRequested, this, &MainWindow::loadDemo);
    connect(m_work, &WorkPage::navigationChanged, this, &MainWindow::updateActions);
    connect(m_work, &WorkPage::documentChanged, this, &MainWindow::updateActions);
    // Every action changes the undo stack or the open item: count what is still to send.
    connect(m_work, &WorkPage::navigationChanged, this, &MainWindow::schedulePendingUpdate);
    connect(m_work, &WorkPage::documentChanged, this, &MainWindow::schedulePendingUpdate);
    connect(m_work, &WorkPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });

    if (!restoreGeometry(m_settings.value(kGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(m_settings.value(kState).toByteArray());
    m_work->restoreLayout(m_settings.value(kWorkLayout).toByteArray());

    applyLook(m_preferences);
    m_pendingOps = m_store.pendingOpCount();
    retranslate();
    showStartPage();

    restartSyncTimer();
    if (m_syncSettings.isSetUp()) // the sync on start, once the window is up
        QTimer::singleShot(0, this, [this] { syncNow(false); });
}

void MainWindow::applyLook(const Preferences &preferences)
{
    m_preferences = preferences;
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
    delete m_sync;
    m_sync = nullptr;
}

void MainWindow::createActions()
{
    auto make = [this](const char *name, std::initializer_list<QKeySequence> keys) {
        auto *a = new QAction(this);
        a->setObjectName(QLatin1String(name));
        a->setShortcuts(QList<QKeySequence>(keys));
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a); // shortcuts work even while the toolbar is hidden
        return a;
    };
    m_switchProfile = make("actionSwitchProfile", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)});
    m_loadDemo = make("actionLoadDemo", {});
    m_settingsAction = make("actionSettings", {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    m_quit = make("actionQuit", {QKeySequence(Qt::CTRL | Qt::Key_Q)});
    m_undo = make("actionUndo", {QKeySequence(Qt::CTRL | Qt::Key_Z)});
    m_redo = make("actionRedo", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z),
                                 QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_previous = make("actionPrevious", {QKeySequence(Qt::ALT | Qt::Key_Left),
                                         QKeySequence(Qt::CTRL | Qt::Key_PageUp)});
    m_next = make("actionNext", {QKeySequence(Qt::ALT | Qt::Key_Right),
                                 QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    m_done = make("actionDone", {QKeySequence(Qt::CTRL | Qt::Key_Return),
                                 QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    m_flag = make("actionFlag", {QKeySequence(Qt::CTRL | Qt::Key_F)});
    m_skip = make("actionSkip", {QKeySequence(Qt::CTRL | Qt::Key_K)});
    m_highContrast = make("actionHighContrast", {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)});
    m_highContrast->setCheckable(true);
    m_larger = make("actionLargerText", {QKeySequence(Qt::CTRL | Qt::Key_Plus),
                                         QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    m_smaller = make("actionSmallerText", {QKeySequence(Qt::CTRL | Qt::Key_Minus)});
    m_shortcuts =
            make("actionShortcuts", {QKeySequence(Qt::Key_F1), QKeySequence(Qt::Key_Question)});
    m_syncNow = make("actionSyncNow", {QKeySequence(Qt::Key_F5)});
    m_publish = make("actionPublishTask", {});
    m_assign = make("actionAssignAnnotators", {});
    m_delivered = make("actionWhoDelivered", {});
    m_exportTask = make("actionExportTask", {});

    connect(m_switchProfile, &QAction::triggered, this, &MainWindow::showProfiles);
    connect(m_loadDemo, &QAction::triggered, this, &MainWindow::loadDemo);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_undo, &QAction::triggered, m_work, &WorkPage::undo);
    connect(m_redo, &QAction::triggered, m_work, &WorkPage::redo);
    connect(m_previous, &QAction::triggered, m_work, &WorkPage::goPrevious);
    connect(m_next, &QAction::triggered, m_work, &WorkPage::goNext);
    connect(m_done, &QAction::triggered, this, [this] { m_work->finish(SubmissionStatus::Done); });
    connect(m_flag, &QAction::triggered, this, &MainWindow::openFlagDialog);
    connect(m_skip, &QAction::triggered, this,
            [this] { m_work->finish(SubmissionStatus::Skipped); });
    connect(m_highContrast, &QAction::triggered, this, [this](bool on) {
        Preferences p = m_preferences;
        p.theme = on ? Theme::Kind::HighContrast : Theme::Kind::Normal;
        applyPreferences(p);
    });
    connect(m_larger, &QAction::triggered, this, [this] {
        Preferences p = m_preferences;
        p.pointSize = qMin(p.pointSize + 1, int(Theme::kMaxPointSize));
        applyPreferences(p);
    });
    connect(m_smaller, &QAction::triggered, this, [this] {
        Preferences p = m_preferences;
        p.pointSize = qMax(p.pointSize - 1, int(Theme::kMinPointSize));
        applyPreferences(p);
    });
    connect(m_shortcuts, &QAction::triggered, this, &MainWindow::openShortcutSheet);
    connect(m_syncNow, &QAction::triggered, this, [this] { syncNow(true); });
    connect(m_publish, &QAction::triggered, this, &MainWindow::publishTask);
    connect(m_assign, &QAction::triggered, this, &MainWindow::openAssignDialog);
    connect(m_delivered, &QAction::triggered, this, &MainWindow::openDeliveryDialog);
    connect(m_exportTask, &QAction::triggered, this, &MainWindow::openExportDialog);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_switchProfile);
    m_fileMenu->addAction(m_loadDemo);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_syncNow);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undo);
    m_editMenu->addAction(m_redo);

    m_itemMenu = menuBar()->addMenu(QString());
    m_itemMenu->addAction(m_previous);
    m_itemMenu->addAction(m_next);
    m_itemMenu->addSeparator();
    m_itemMenu->addAction(m_done);
    m_itemMenu->addAction(m_flag);
    m_itemMenu->addAction(m_skip);

    m_toolsMenu = menuBar()->addMenu(QString());
    rebuildToolsMenu();
    connect(m_work, &WorkPage::editorActionsChanged, this, &MainWindow::rebuildToolsMenu);

    // The editors' actions: only the open item's editor enables and shows its own. They are
    // added to the window too, so their keys work wherever the focus is in the window.
    using Menu = MediaEditor::Menu;
    addActions(m_work->editorActions(Menu::View) + m_work->editorActions(Menu::Item)
               + m_work->editorActions(Menu::Edit));
    m_itemMenu->addSeparator();
    m_itemMenu->addActions(m_work->editorActions(Menu::Item));
    m_editMenu->addSeparator();
    m_editMenu->addActions(m_work->editorActions(Menu::Edit));

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_work->editorActions(Menu::View));
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_highContrast);
    m_viewMenu->addAction(m_larger);
    m_viewMenu->addAction(m_smaller);

    // Team lead only (hidden for everyone else).
    m_teamMenu = menuBar()->addMenu(QString());
    m_teamMenu->addAction(m_publish);
    m_teamMenu->addAction(m_assign);
    m_teamMenu->addSeparator();
    m_teamMenu->addAction(m_delivered);
    m_teamMenu->addAction(m_exportTask);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcuts);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_toolBar->setFloatable(false);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toolBar->toggleViewAction()->setEnabled(false);
    m_toolBar->addAction(m_previous);
    m_toolBar->addAction(m_next);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_done);
    m_toolBar->addAction(m_flag);
    m_toolBar->addAction(m_skip);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_syncNow);
    m_toolBar->addAction(m_shortcuts);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    setContextMenuPolicy(Qt::NoContextMenu); // no menu to hide the toolbar by accident
}

void MainWindow::rebuildToolsMenu()
{
    m_toolsMenu->clear();
    const QList<QAction *> tools = m_work->editorActions(MediaEditor::Menu::Tools);
    m_toolsMenu->addActions(tools);
    // Added to the window as well, so their keys work while the menu bar is closed.
    for (QAction *a : tools) {
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
    }
}

QAction *MainWindow::action(const QString &objectName) const
{
    if (auto *own = findChild<QAction *>(objectName, Qt::FindDirectChildrenOnly))
        return own;
    // The work page's image, tool and label actions are added to the window too.
    const QList<QAction *> added = actions();
    for (QAction *a : added)
        if (a->objectName() == objectName)
            return a;
    return nullptr;
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

AssignDialog *MainWindow::assignDialog() const
{
    return m_assignDialog;
}

DeliveryDialog *MainWindow::deliveryDialog() const
{
    return m_deliveryDialog;
}

QProgressDialog *MainWindow::syncProgressDialog() const
{
    return m_progressDialog;
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
    m_profile = profile;
    m_settings.setValue(kLastProfile, profile->id);
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
    auto task = DemoTask::install(m_store, m_profile->id);
    if (!task) {
        m_work->showNotice(tr("The demo task could not be loaded: %1").arg(task.error().message()));
        return;
    }
    m_work->reloadTasks(task->id);
    statusBar()->showMessage(tr("The demo task is ready."), kMessageMs);
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
    auto *dialog = new FlagDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString reason = dialog->reason();
        if (!reason.isEmpty())
            m_work->finish(SubmissionStatus::Flagged, reason);
    });
    m_flagDialog = dialog;
    dialog->open();
}

QList<QPair<QString, QList<QAction *>>> MainWindow::shortcutGroups() const
{
    QList<QPair<QString, QList<QAction *>>> groups;
    for (QMenu *menu : {m_itemMenu, m_toolsMenu, m_editMenu, m_viewMenu, m_fileMenu, m_teamMenu, m_helpMenu}) {
        if (!menu->menuAction()->isVisible())
            continue;
        QList<QAction *> actions;
        const QList<QAction *> all = menu->actions();
        for (QAction *a : all)
            if (!a->isSeparator())
                actions << a;
        groups.append({menu->title(), actions});
    }
    return groups;
}

void MainWindow::updateActions()
{
    const bool working = page() == Page::Work && m_profile.has_value();
    const bool hasItem = working && m_work->document() != nullptr;
    m_previous->setEnabled(working && m_work->canGoPrevious());
    m_next->setEnabled(working && m_work->canGoNext());
    m_done->setEnabled(hasItem);
    m_flag->setEnabled(hasItem);
    m_skip->setEnabled(hasItem);
    m_undo->setEnabled(working && m_work->canUndo());
    m_redo->setEnabled(working && m_work->canRedo());
    m_loadDemo->setEnabled(m_profile.has_value() && page() == Page::Work);
    m_switchProfile->setEnabled(!m_store.profiles().isEmpty() && page() != Page::Profiles);

    const bool lead = isTeamLead();
    m_teamMenu->menuAction()->setVisible(lead);
    for (QAction *a : {m_publish, m_assign, m_delivered, m_exportTask})
        a->setVisible(lead);
    m_publish->setEnabled(lead && working && m_work->task().has_value());
    m_assign->setEnabled(lead && working && m_work->task().has_value());
    m_delivered->setEnabled(lead && !m_store.tasks().isEmpty());
    m_exportTask->setEnabled(m_delivered->isEnabled());
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
    const QString path = QDir::toNativeSeparators(m_store.path());
    // The whole path, shortened in the middle when it would crowd the status bar.
    const QString shown = m_storeLabel->fontMetrics().elidedText(
            path, Qt::ElideMiddle, 28 * m_storeLabel->fontMetrics().averageCharWidth());
    m_storeLabel->setText(tr("Store: %1").arg(shown));
    m_storeLabel->setToolTip(tr("Everything is kept at once in %1").arg(path));
    updateSyncStatus();
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_itemMenu->setTitle(tr("&Item"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("Tool&s"));
    m_teamMenu->setTitle(tr("&Team"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Work"));

    const struct
    {
        QAction *action;
        QString text;
        QString what;
    } texts[] = {
            {m_switchProfile, tr("Switch &profile"),
             tr("Let another person work, or add a profile")},
            {m_loadDemo, tr("Load &demo task"), tr("Adds the practice task with examples")},
            {m_settingsAction, tr("&Settings…"),
             tr("Language, theme, text size and the shared folder")},
            {m_quit, tr("&Quit"), tr("Close Annostraat; everything is already kept")},
            {m_undo, tr("&Undo"), tr("Undo your last step")},
            {m_redo, tr("&Redo"), tr("Do the undone step again")},
            {m_previous, tr("&Previous item"), tr("Open the previous item in the queue")},
            {m_next, tr("&Next item"), tr("Open the next item in the queue")},
            {m_done, tr("&Done"), tr("Mark this item as done and open the next one")},
            {m_flag, tr("&Flag…"), tr("Something is wrong with this item: give a reason")},
            {m_skip, tr("S&kip"), tr("Leave this item for now and open the next one")},
            {m_highContrast, tr("&High contrast"),
             tr("White text on black, with a yellow focus frame")},
            {m_larger, tr("&Larger text"), tr("Make all text larger")},
            {m_smaller, tr("S&maller text"), tr("Make all text smaller")},
            {m_shortcuts, tr("&Keyboard shortcuts"), tr("Show every keyboard shortcut")},
            {m_syncNow, tr("S&ync now"), tr("Exchange tasks and work with the shared folder now")},
            {m_publish, tr("&Publish task"),
             tr("Put the chosen task on the shared folder, with its assignments, for the "
                "annotators' PCs")},
            {m_assign, tr("&Assign annotators…"),
             tr("Choose who works on the chosen task and how many people label each item")},
            {m_delivered, tr("&Who delivered what…"),
             tr("Per person: the work received from the shared folder, and refused files")},
            {m_exportTask, tr("&Export task…"),
             tr("Write a task and everyone's work to a file in a client's format")},
    };
    for (const auto &t : texts)
        ShortcutSheet::describe(t.action, t.text, t.what);
    // The toolbar is full at large text sizes: its button says less than the menu item.
    m_syncNow->setIconText(tr("Sync", "toolbar"));
    updateStatusBar();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_work->commitPending();
    closeSyncProgressDialog();
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
    if (m_deliveryDialog)
        m_deliveryDialog->setShareFolder(sync.shareFolder);
    restartSyncTimer();
    if (folderChanged) {
        m_syncProblems.clear();
        m_syncError.clear();
        if (!m_sync->isBusy()) {
            m_syncState = sync.isSetUp() ? SyncState::NotYet : SyncState::NotSetUp;
            if (sync.isSetUp())
                syncNow(false); // a new folder: see at once whether it is there
        }
        m_pendingOps = m_store.pendingOpCount();
    }
    updateSyncStatus();
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
    m_sync->startSync();
}

void MainWindow::publishTask()
{
    if (!isTeamLead() || !m_work->task())
        return;
    const Task task = *m_work->task();
    if (!m_syncSettings.isSetUp()) {
        statusBar()->showMessage(tr("Choose a shared folder in the settings (%1) first; then the "
                                    "task can be published.")
                                         .arg(ShortcutSheet::shortcutText(m_settingsAction)),
                                 kMessageMs);
        return;
    }
    if (m_sync->isBusy()) {
        m_publishAfterSync = task.id;
        statusBar()->showMessage(
                tr("\u201c%1\u201d is published as soon as the running sync is done.")
                        .arg(task.name),
                kMessageMs);
        return;
    }
    m_sync->startPublish(task.id, *m_profile);
}

void MainWindow::syncStarted(SyncController::Job)
{
    if (m_syncState != SyncState::Syncing)
        m_stateBeforeJob = m_syncState;
    m_syncState = SyncState::Syncing;
    m_lastProgress = SyncProgress{};
    m_progressDismissed = false;
    m_progressDelay->start();
    updateSyncStatus();
}

void MainWindow::syncProgressed(const SyncProgress &progress)
{
    m_lastProgress = progress;
    if (!m_progressDialog)
        return;
    m_progressDialog->setLabelText(describeProgress(progress) + QLatin1Char('\n') +
                                   tr("You can keep working meanwhile."));
    if (progress.filesTotal > 0) {
        m_progressDialog->setRange(0, progress.filesTotal);
        m_progressDialog->setValue(qBound(0, progress.filesDone, progress.filesTotal));
    } else {
        m_progressDialog->setRange(0, 0); // how many there are is not known: a calm busy bar
    }
}

void MainWindow::showSyncProgressDialog()
{
    if (!m_sync->isBusy() || m_progressDismissed || m_progressDialog)
        return;
    auto *dialog = new QProgressDialog(this);
    dialog->setObjectName(QStringLiteral("syncProgressDialog"));
    dialog->setWindowModality(Qt::NonModal);
    // It appears by itself: it must not take the keyboard from someone who is typing.
    dialog->setAttribute(Qt::WA_ShowWithoutActivating);
    dialog->setAutoClose(false);
    dialog->setAutoReset(false);
    dialog->setMinimumDuration(0);
    dialog->setWindowTitle(tr("Syncing"));
    // The engine cannot stop halfway through a file set; "Hide" only puts the dialog away and
    // the sync finishes in the background (the status bar says when).
    dialog->setCancelButtonText(tr("Hide"));
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 60);
    connect(dialog, &QProgressDialog::canceled, this, [this, dialog] {
        m_progressDismissed = true;
        dialog->deleteLater();
        statusBar()->showMessage(tr("The sync goes on in the background; the status bar says when "
                                    "it is done."),
                                 kMessageMs);
    });
    m_progressDialog = dialog;
    syncProgressed(m_lastProgress);
    dialog->show();
}

void MainWindow::closeSyncProgressDialog()
{
    m_progressDelay->stop();
    if (m_progressDialog) {
        m_progressDialog->hide();
        m_progressDialog->deleteLater();
        m_progressDialog = nullptr;
    }
}

QString MainWindow::describeProgress(const SyncProgress &progress) const
{
    auto taskName = [this](const QString &id) {
        const auto task = m_store.task(id);
        return task ? task->name : tr("a new task");
    };
    const QStringList parts = progress.file.split(QLatin1Char('/'));
    switch (progress.stage) {
    case SyncProgress::Stage::Looking:
        break;
    case SyncProgress::Stage::Pulling:
        if (parts.size() == 3 && parts.at(0) == QLatin1String("tasks"))
            return tr("Fetching the task \u201c%1\u201d…").arg(taskName(parts.at(1)));
        if (parts.size() == 4) {
            const auto who = m_store.findProfile(parts.at(2));
            return tr("Fetching the work of %1 on \u201c%2\u201d…")
                    .arg(who ? who->name : tr("someone new"), taskName(parts.at(1)));
        }
        return tr("Fetching new tasks and work…");
    case SyncProgress::Stage::Pushing:
        return tr("Sending the work done on this PC…");
    case SyncProgress::Stage::Publishing:
        return tr("Publishing the task…");
    }
    return tr("Looking at the shared folder…");
}

void MainWindow::syncFinished(const SyncController::Outcome &outcome)
{
    closeSyncProgressDialog();
    const bool stale = outcome.shareFolder != m_syncSettings.shareFolder;
    const SyncReport &report = outcome.report;
    bool changed = false;
    if (outcome.job == SyncController::Job::Sync) {
        changed = report.opsApplied > 0 || report.filesImported > 0;
        if (!outcome.error.isEmpty()) {
            m_syncError = outcome.error;
            m_syncState = m_stateBeforeJob;
        } else if (!report.reachable) {
            m_syncState = SyncState::Offline;
            m_syncError.clear();
            m_syncProblems = report.problems;
        } else {
            m_syncState = SyncState::Synced;
            m_syncError.clear();
            m_syncProblems = report.problems;
            m_lastSync = QDateTime::currentDateTime();
            SyncSettings::setLastSync(m_settings, m_lastSync);
            // Short: it shares the status bar with the permanent labels.
            QStringList moved;
            if (report.filesImported > 0)
                moved << tr("%1 received", "files").arg(report.filesImported);
            if (report.filesWritten > 0)
                moved << tr("%1 sent", "files").arg(report.filesWritten);
            if (!moved.isEmpty())
                statusBar()->showMessage(tr("Synced: %1.").arg(moved.join(tr(", "))), kMessageMs);
        }
    } else {
        const auto task = m_store.task(outcome.taskId);
        const QString name = task ? task->name : outcome.taskId;
        m_syncState = m_stateBeforeJob;
        if (outcome.published) {
            changed = true; // the task's version number was raised in the store
            statusBar()->showMessage(tr("\u201c%1\u201d is published as version %2.")
                                             .arg(name)
                                             .arg(outcome.published->manifest.taskVersion),
                                     kMessageMs);
        } else if (!report.reachable) {
            m_syncState = SyncState::Offline;
            statusBar()->showMessage(tr("The shared folder cannot be reached, so \u201c%1\u201d "
                                        "was not published. Try again once it is back.")
                                             .arg(name),
                                     kMessageMs);
        } else {
            statusBar()->showMessage(
                    tr("\u201c%1\u201d was not published: %2").arg(name, outcome.error),
                    kMessageMs);
        }
    }
    if (stale) // the folder was changed meanwhile: what this job found says nothing about it
        m_syncState = m_syncSettings.isSetUp() ? SyncState::NotYet : SyncState::NotSetUp;
    if (changed)
        refreshAfterSync();
    m_pendingOps = m_store.pendingOpCount();
    updateSyncStatus();
    updateActions();

    if (!m_publishAfterSync.isEmpty() && isTeamLead()) {
        const QString taskId = std::exchange(m_publishAfterSync, QString());
        m_sync->startPublish(taskId, *m_profile);
    } else if (stale && m_syncSettings.isSetUp()) {
        syncNow(false);
    }
    m_publishAfterSync.clear();
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
    if (m_deliveryDialog)
        m_deliveryDialog->refresh();
    updateStatusBar();
}

void MainWindow::schedulePendingUpdate()
{
    m_pendingDelay->start();
}

void MainWindow::updateSyncStatus()
{
    const QLocale locale = this->locale();
    auto when = [&locale](const QDateTime &t) {
        return t.date() == QDate::currentDate() ? locale.toString(t.time(), QLocale::ShortFormat)
                                                : locale.toString(t, QLocale::ShortFormat);
    };
    const QString folder = QDir::toNativeSeparators(m_syncSettings.shareFolder);
    const QString syncKeys = ShortcutSheet::shortcutText(m_syncNow);
    QString text;
    QString tip;
    bool muted = true;
    switch (m_syncState) {
    case SyncState::NotSetUp:
        text = tr("Sync: not set up");
        tip = tr("No shared folder is set up: everything is kept on this PC. You can choose one "
                 "in the settings (%1).")
                      .arg(ShortcutSheet::shortcutText(m_settingsAction));
        break;
    case SyncState::NotYet:
        text = m_lastSync.isValid() ? tr("Last synced %1").arg(when(m_lastSync))
                                    : tr("Not synced yet");
        tip = tr("Shared folder: %1").arg(folder);
        break;
    case SyncState::Syncing:
        text = tr("Syncing…");
        tip = tr("Exchanging tasks and work with %1. You can keep working.").arg(folder);
        muted = false;
        break;
    case SyncState::Synced:
        text = tr("Last synced %1").arg(when(m_lastSync));
        tip = tr("Shared folder: %1. Press %2 to sync now.").arg(folder, syncKeys);
        muted = false;
        break;
    case SyncState::Offline:
        text = tr("Offline \u2014 your work stays safe on this PC");
        tip = m_syncSettings.intervalMinutes > 0
                      ? tr("The shared folder %1 cannot be reached right now. Annostraat tries "
                           "again "
                           "by itself (every %n min), and when you press %2.",
                           "", m_syncSettings.intervalMinutes)
                                .arg(folder, syncKeys)
                      : tr("The shared folder %1 cannot be reached right now. Annostraat tries "
                           "again "
                           "when you press %2.")
                                .arg(folder, syncKeys);
        if (m_lastSync.isValid())
            tip += QLatin1Char('\n') + tr("Last synced %1").arg(when(m_lastSync));
        break;
    }
    m_syncLabel->setText(text);
    m_syncLabel->setToolTip(tip);
    setMuted(m_syncLabel, muted);

    const bool showPending = m_syncSettings.isSetUp() && m_pendingOps > 0;
    m_pendingLabel->setVisible(showPending);
    if (showPending) {
        m_pendingLabel->setText(
                tr("Changes still to send: %n", "", int(qMin<qint64>(m_pendingOps, INT_MAX))));
        m_pendingLabel->setToolTip(tr("Kept safely on this PC; they go to the shared folder with "
                                      "the next sync."));
    }

    const bool showProblems = !m_syncProblems.isEmpty() || !m_syncError.isEmpty();
    m_problemsLabel->setVisible(showProblems);
    if (!m_syncError.isEmpty()) {
        m_problemsLabel->setText(tr("Sync stopped"));
        m_problemsLabel->setToolTip(
                tr("The sync stopped because of a problem on this PC: %1").arg(m_syncError));
    } else if (showProblems) {
        // Every file the last sync could not take in, also those it will try again: a file
        // that is locked for a moment must not vanish from sight (issue 8).
        m_problemsLabel->setText(tr("Files not taken in: %n", "", int(m_syncProblems.size())));
        m_problemsLabel->setToolTip(tr("These files on the shared folder were not taken in:") +
                                    QLatin1Char('\n') + m_syncProblems.join(QLatin1Char('\n')));
    }
}

// ---- team lead ----------------------------------------------------------------------------

void MainWindow::openAssignDialog()
{
    if (!isTeamLead() || !m_work->task())
        return;
    if (m_assignDialog) {
        m_assignDialog->raise();
        m_assignDialog->activateWindow();
        return;
    }
    const auto task = m_store.task(m_work->task()->id);
    if (!task)
        return;
    QList<Profile> annotators;
    const QList<Profile> profiles = m_store.profiles();
    for (const Profile &p : profiles)
        if (p.role == Role::Annotator)
            annotators << p;
    QHash<QString, int> assigned;
    const QHash<QString, QStringList> assignments = m_store.assignments(task->id);
    for (auto it = assignments.cbegin(); it != assignments.cend(); ++it)
        for (const QString &annotator : it.value())
            ++assigned[annotator];
    auto *dialog = new AssignDialog(*task, annotators, assigned,
                                    int(m_store.items(task->id).size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { assignAnnotators(dialog); });
    m_assignDialog = dialog;
    dialog->open();
}

void MainWindow::assignAnnotators(AssignDialog *dialog)
{
    if (!isTeamLead())
        return;
    const Task &task = dialog->task();
    const QStringList ids = dialog->chosen();
    const int perItem = dialog->perItem();
    auto made = m_store.assignRoundRobin(task.id, ids, perItem, m_profile->id);
    if (!made) {
        statusBar()->showMessage(
                tr("The annotators could not be assigned: %1").arg(made.error().message()),
                kMessageMs);
        return;
    }
    QStringList names;
    for (const QString &id : ids)
        if (const auto p = m_store.findProfile(id))
            names << p->name;
    const QString who = names.join(tr(", "));
    if (*made == 0)
        statusBar()->showMessage(tr("Nothing changed: %1 already had these items.").arg(who),
                                 kMessageMs);
    else
        statusBar()->showMessage(
                tr("Assignments made in \u201c%1\u201d: %n, for %2, %3 per item. Publish the "
                   "task so they reach the annotators' PCs.",
                   "", *made)
                        .arg(task.name, who)
                        .arg(perItem),
                kMessageMs * 2);
    m_work->refreshFromStore();
    if (m_deliveryDialog)
        m_deliveryDialog->refresh();
}

void MainWindow::openDeliveryDialog()
{
    if (!isTeamLead())
        return;
    if (m_deliveryDialog) {
        m_deliveryDialog->refresh();
        m_deliveryDialog->raise();
        m_deliveryDialog->activateWindow();
        return;
    }
    // Not modal: it may stay open beside the work and follows every sync.
    auto *dialog =
            new DeliveryDialog(m_store, m_work->task() ? m_work->task()->id : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLocale(locale()); // its times in the language on screen
    dialog->setShareFolder(m_syncSettings.shareFolder);
    m_deliveryDialog = dialog;
    dialog->show();
}

void MainWindow::openExportDialog()
{
    if (!isTeamLead())
        return;
    auto *dialog = new ExportDialog(m_store, FormatRegistry::builtin(),
                                    m_work->task() ? m_work->task()->id : QString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace annostraat
