// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's actions, menus and toolbar, and their texts: apart from the window's
// behaviour (mainwindow.cpp) because this part only grows with every new action.
#include "mainwindow.h"

#include "dashboard.h"
#include "review/reviewpanel.h"

#include "shortcutsheet.h"
#include "store/store.h"
#include "teamleaddesk.h"
#include "workpage.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace annostraat {

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
    // F1 is the manual, as in most programs; "?" shows the shortcut sheet (decision 0022).
    m_manual = make("actionManual", {QKeySequence(Qt::Key_F1)});
    m_shortcuts = make("actionShortcuts", {QKeySequence(Qt::Key_Question)});
    m_syncNow = make("actionSyncNow", {QKeySequence(Qt::Key_F5)});
    m_takeBreak = make("actionTakeBreak", {});
    m_dashboard = make("actionDashboard", {QKeySequence(Qt::Key_F8)});
    connect(m_dashboard, &QAction::triggered, this, &MainWindow::openDashboard);
    m_reviewMode = make("actionReviewMode", {QKeySequence(Qt::Key_F7)});
    m_reviewMode->setCheckable(true);
    connect(m_reviewMode, &QAction::triggered, m_work, &WorkPage::setReviewMode);
    connect(m_work, &WorkPage::reviewModeChanged, m_reviewMode, &QAction::setChecked);
    // The verdicts are the review panel's; the window adds them so their keys work anywhere.
    addActions(m_work->reviewPanel()->verdictActions());
    connect(m_takeBreak, &QAction::triggered, this, &MainWindow::startBreak);
    m_teamLead = new TeamLeadDesk(m_store, *this);

    connect(m_switchProfile, &QAction::triggered, this, &MainWindow::showProfiles);
    connect(m_loadDemo, &QAction::triggered, this, &MainWindow::loadDemo);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    connect(m_undo, &QAction::triggered, m_work, &WorkPage::undo);
    connect(m_redo, &QAction::triggered, m_work, &WorkPage::redo);
    connect(m_previous, &QAction::triggered, m_work, &WorkPage::goPrevious);
    connect(m_next, &QAction::triggered, m_work, &WorkPage::goNext);
    connect(m_done, &QAction::triggered, this, [this] {
        m_work->finish(SubmissionStatus::Done);
        if (m_dashboardWindow)
            m_dashboardWindow->refreshSoon();
        m_teamLead->workMarked();
    });
    connect(m_flag, &QAction::triggered, this, &MainWindow::openFlagDialog);
    connect(m_skip, &QAction::triggered, this,
            [this] {
                m_work->finish(SubmissionStatus::Skipped);
                if (m_dashboardWindow)
                    m_dashboardWindow->refreshSoon();
                m_teamLead->workMarked();
            });
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
    connect(m_manual, &QAction::triggered, this, &MainWindow::openManual);
    connect(m_syncNow, &QAction::triggered, this, [this] { syncNow(true); });
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
    addActions(m_work->editorActions(Menu::View) + m_work->editorActions(Menu::Item) +
               m_work->editorActions(Menu::Edit));
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
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_reviewMode); // shown to reviewers and team leads only
    m_viewMenu->addAction(m_dashboard);
    m_viewMenu->addAction(m_takeBreak);

    // Reviewers and team leads (hidden for annotators).
    m_reviewMenu = menuBar()->addMenu(QString());
    m_reviewMenu->addActions(m_work->reviewPanel()->verdictActions());

    // Team lead only (hidden for everyone else).
    m_teamMenu = menuBar()->addMenu(QString());
    m_teamLead->addToMenu(m_teamMenu);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_manual);
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

QList<QPair<QString, QList<QAction *>>> MainWindow::shortcutGroups() const
{
    QList<QPair<QString, QList<QAction *>>> groups;
    for (QMenu *menu :
         {m_itemMenu, m_toolsMenu, m_editMenu, m_viewMenu, m_fileMenu, m_reviewMenu, m_teamMenu,
          m_helpMenu}) {
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

    m_teamMenu->menuAction()->setVisible(isTeamLead());
    m_reviewMenu->menuAction()->setVisible(working && m_work->canReview());
    m_reviewMode->setEnabled(working && m_work->canReview());
    m_reviewMode->setVisible(m_work->canReview());
    m_reviewMode->setChecked(m_work->reviewMode());
    m_dashboard->setEnabled(m_profile.has_value() && page() == Page::Work && m_work->task().has_value());
    m_teamLead->updateActions(working);
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_itemMenu->setTitle(tr("&Item"));
    m_viewMenu->setTitle(tr("&View"));
    m_toolsMenu->setTitle(tr("Tool&s"));
    m_teamMenu->setTitle(tr("&Team"));
    m_reviewMenu->setTitle(tr("&Review"));
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
            {m_loadDemo, tr("Load &demo tasks"), tr("Adds a practice task for each kind of work")},
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
            {m_manual, tr("&Manual"),
             tr("How to do each job, for annotators, reviewers and team leads")},
            {m_syncNow, tr("S&ync now"), tr("Exchange tasks and work with the shared folder now")},
            {m_reviewMode, tr("Review &queue"),
             tr("Show the review queue and the verdicts beside the item")},
            {m_dashboard, seesDashboard() ? tr("&Dashboard") : tr("My pro&gress"),
             seesDashboard() ? tr("Progress, review outcomes, agreement and gold scores per person, and the "
                                  "items with the most disagreement")
                             : tr("Your own progress on the task, and the items with feedback for you")},
            {m_takeBreak, tr("Take a &break"),
             tr("Dim the work and rest; the break reminder can be set in the settings")},
    };
    for (const auto &t : texts)
        ShortcutSheet::describe(t.action, t.text, t.what);
    m_teamLead->retranslate();
    // The toolbar is full at large text sizes: its button says less than the menu item.
    m_syncNow->setIconText(tr("Sync", "toolbar"));
    updateStatusBar();
}

} // namespace annostraat
