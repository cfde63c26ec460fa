// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "demotask.h"
#include "model/displaynames.h"
#include "document/itemdocument.h"
#include "flagdialog.h"
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
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace annostraat {

namespace {
const QString kLastProfile = QStringLiteral("lastProfile");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kWorkLayout = QStringLiteral("window/workLayout");
constexpr int kMessageMs = 8000;

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
    statusBar()->addPermanentWidget(m_whoLabel);
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->addPermanentWidget(m_syncLabel);
    statusBar()->setSizeGripEnabled(false);

    connect(m_welcome, &WelcomePage::startRequested, this, &MainWindow::startFromWelcome);
    connect(m_welcome, &WelcomePage::backRequested, this, &MainWindow::showProfiles);
    connect(m_profiles, &ProfilePage::profileChosen, this, &MainWindow::chooseProfile);
    connect(m_profiles, &ProfilePage::newProfileRequested, this, &MainWindow::showNewProfile);
    connect(m_work, &WorkPage::demoRequested, this, &MainWindow::loadDemo);
    connect(m_work, &WorkPage::navigationChanged, this, &MainWindow::updateActions);
    connect(m_work, &WorkPage::documentChanged, this, &MainWindow::updateActions);
    connect(m_work, &WorkPage::message, this,
            [this](const QString &text) { statusBar()->showMessage(text, kMessageMs); });

    if (!restoreGeometry(m_settings.value(kGeometry).toByteArray()))
        resize(1280, 800);
    restoreState(m_settings.value(kState).toByteArray());
    m_work->restoreLayout(m_settings.value(kWorkLayout).toByteArray());

    applyLook(m_preferences);
    retranslate();
    showStartPage();
}

void MainWindow::applyLook(const Preferences &preferences)
{
    m_preferences = preferences;
    m_translations.setLanguage(preferences.language);
    applyTheme(preferences);
    const QSignalBlocker block(m_highContrast);
    m_highContrast->setChecked(preferences.theme == Theme::Kind::HighContrast);
}

MainWindow::~MainWindow()
{
    saveWindowState();
    disconnect(m_work, nullptr, this, nullptr);
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
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_switchProfile);
    m_fileMenu->addAction(m_loadDemo);
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

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_highContrast);
    m_viewMenu->addAction(m_larger);
    m_viewMenu->addAction(m_smaller);

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
    m_toolBar->addAction(m_shortcuts);
    addToolBar(Qt::TopToolBarArea, m_toolBar);
    setContextMenuPolicy(Qt::NoContextMenu); // no menu to hide the toolbar by accident
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName, Qt::FindDirectChildrenOnly);
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
    if (m_work->form())
        m_work->form()->commitPending();
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
    auto *dialog = new SettingsDialog(m_preferences, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::preferencesChanged, this, &MainWindow::applyPreferences);
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
    for (QMenu *menu : {m_itemMenu, m_editMenu, m_viewMenu, m_fileMenu, m_helpMenu}) {
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
            path, Qt::ElideMiddle, 48 * m_storeLabel->fontMetrics().averageCharWidth());
    m_storeLabel->setText(tr("Store: %1").arg(shown));
    m_storeLabel->setToolTip(tr("Everything is kept at once in %1").arg(path));
    m_syncLabel->setText(tr("Sync: not set up yet"));
    m_syncLabel->setToolTip(tr("Working offline is normal; syncing with the shared folder arrives "
                               "in a later version."));
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_itemMenu->setTitle(tr("&Item"));
    m_viewMenu->setTitle(tr("&View"));
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
            {m_settingsAction, tr("&Settings…"), tr("Language, theme and text size")},
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
    };
    for (const auto &t : texts) {
        t.action->setText(t.text);
        const QString keys = ShortcutSheet::shortcutText(t.action);
        t.action->setToolTip(keys.isEmpty() ? t.what : tr("%1 (%2)").arg(t.what, keys));
        t.action->setStatusTip(QString());
    }
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
    m_work->form()->commitPending();
    saveWindowState();
    QMainWindow::closeEvent(event);
}

void MainWindow::saveWindowState()
{
    m_settings.setValue(kGeometry, saveGeometry());
    m_settings.setValue(kState, saveState());
    m_settings.setValue(kWorkLayout, m_work->saveLayout());
}

} // namespace annostraat
