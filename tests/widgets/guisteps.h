// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Steps several GUI tests take the same way (Catch2 assertions, so not in guifixture.h,
// which the screenshot tour uses without Catch).

#include "demotask.h"
#include "guifixture.h"
#include "theme.h"
#include "workpage.h"

#include <QApplication>
#include <QDir>
#include <QListWidget>
#include <QTest>

#include <catch2/catch.hpp>

namespace annostraat::test {

/// A first start by keyboard: \a name typed on the welcome page, Enter; the work page is open
/// with the demo tasks, the first of them (dike cracks) open.
inline void startAsAnnotator(GuiFixture &f, const QString &name = QStringLiteral("Anna"))
{
    QString problem;
    const bool started = f.start(&problem);
    INFO(problem.toStdString());
    REQUIRE(started);
    REQUIRE(f.window().page() == MainWindow::Page::Welcome);
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(name);
    f.press(Qt::Key_Return);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
}

/// The first start of a team lead by keyboard (the program already started): \a name typed on
/// the welcome page, Tab to the role, Down twice for team lead, Enter.
inline void firstStartAsTeamLead(GuiFixture &f, const QString &name = QStringLiteral("Tessa"))
{
    REQUIRE(f.window().page() == MainWindow::Page::Welcome);
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(name);
    f.press(Qt::Key_Tab);
    f.press(Qt::Key_Down);
    f.press(Qt::Key_Down);
    f.press(Qt::Key_Return);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
}

/// Opens the demo task of \a job (DemoTask::jobs()) as a person does: a click on its row in
/// the task list.
inline void openDemoTask(GuiFixture &f, const QString &job)
{
    WorkPage *work = f.window().workPage();
    const QString name = DemoTask::taskName(job);
    REQUIRE_FALSE(name.isEmpty());
    QListWidget *list = work->taskList();
    const QList<QListWidgetItem *> rows = list->findItems(name, Qt::MatchExactly);
    REQUIRE(rows.size() == 1);
    list->scrollToItem(rows.first());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(rows.first()).center());
    REQUIRE(work->task());
    REQUIRE(work->task()->name == name);
    REQUIRE(list->currentItem() == rows.first());
}

/// When ANNOSTRAAT_SCREENSHOTS names a folder: \a widget as NAME-<theme>.png there, in the
/// normal and the high-contrast theme (then the normal one again).
inline void screenshots(const QString &name, QWidget *widget)
{
    const QString dir = qEnvironmentVariable("ANNOSTRAAT_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    auto *app = qobject_cast<QApplication *>(QCoreApplication::instance());
    for (const Theme::Kind kind : {Theme::Kind::Normal, Theme::Kind::HighContrast}) {
        Theme theme;
        theme.kind = kind;
        theme.apply(*app);
        QCoreApplication::processEvents();
        widget->grab().save(QDir(dir).filePath(name + QLatin1Char('-') + Theme::toId(kind) + QStringLiteral(".png")));
    }
    Theme().apply(*app);
}

/// The same for the main window, or \a other, a window of its own.
inline void screenshots(GuiFixture &f, const QString &name, QWidget *other = nullptr)
{
    screenshots(name, other ? other : static_cast<QWidget *>(&f.window()));
}

} // namespace annostraat::test
