// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard's place is always visible, and the questions are near (issue 15, points 6 and
// 9): every focus stop of the work page, in every demo job, looks different with the keyboard
// on it, and so does every focus stop of the program's other windows (settings, flag, the team
// lead's windows, the shortcut sheet, the manual) and of the profile page; the questions'
// mnemonic puts the keyboard on the first question; from the image the questions are a few
// Tab presses away.

#include "guifixture.h"
#include "guisteps.h"

#include "demotask.h"
#include "questionform.h"
#include "queueview.h"
#include "workpage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QImage>
#include <QLabel>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

/// The widgets Tab visits, from \a start round to it again (at most \a limit).
QList<QWidget *> tabChain(GuiFixture &f, QWidget *start, int limit = 80)
{
    QList<QWidget *> chain;
    start->setFocus(Qt::TabFocusReason);
    for (int i = 0; i < limit; ++i) {
        QWidget *w = QApplication::focusWidget();
        if (!w || (i > 0 && w == start) || chain.contains(w))
            break;
        chain << w;
        f.press(Qt::Key_Tab);
    }
    return chain;
}

QString describe(const QWidget *w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        name += QLatin1Char('#') + w->objectName();
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        name += QStringLiteral(" \"%1\"").arg(button->text());
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget())
        if (!p->objectName().isEmpty()) {
            name += QStringLiteral(" in ") + p->objectName();
            break;
        }
    return name;
}

bool inside(const QWidget *w, const QWidget *container)
{
    for (; w; w = w->parentWidget())
        if (w == container)
            return true;
    return false;
}

/// The stops of \a chain that look the same with and without the keyboard on them; the
/// keyboard is moved to another stop of the chain to see the difference.
QStringList unmarked(const QList<QWidget *> &chain)
{
    QStringList result;
    for (qsizetype i = 0; i < chain.size(); ++i) {
        QWidget *w = chain.at(i);
        QWidget *other = chain.at((i + 1) % chain.size());
        w->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        const QImage focused = w->grab().toImage();
        if (other != w)
            other->setFocus(Qt::TabFocusReason);
        else
            w->clearFocus(); // the only stop (Tab walks the manual's links inside it)
        QApplication::processEvents();
        const QImage unfocused = w->grab().toImage();
        if (focused == unfocused)
            result << describe(w);
    }
    return result;
}

} // namespace

TEST_CASE("focus: every focus stop of the work page shows a focus mark - in every kind of job and "
          "both themes",
          "[gui][focus]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    f.window().resize(1280, 800);
    for (const bool highContrast : {false, true}) {
        Preferences p = f.window().preferences();
        p.theme = highContrast ? Theme::Kind::HighContrast : Theme::Kind::Normal;
        f.window().applyPreferences(p);
        for (const QString &job : {QStringLiteral("dike-cracks"), QStringLiteral("news"),
                                  QStringLiteral("thumbnail-pairs"), QStringLiteral("ad-breaks")}) {
            test::openDemoTask(f, job);
            QTest::qWait(50);
            WorkPage *work = f.window().workPage();
            const QList<QWidget *> chain = tabChain(f, work->taskList());
            REQUIRE(chain.size() > 3);
            const QStringList bare = unmarked(chain);
            INFO(job.toStdString() << (highContrast ? " high contrast" : " normal") << ": "
                                   << bare.join(QStringLiteral(", ")).toStdString());
            CHECK(bare.isEmpty());
        }
    }
}

TEST_CASE("focus: the questions' mnemonic puts the keyboard on the first question - a few Tabs "
          "from the image",
          "[gui][focus]")
{
    GuiFixture f(QStringLiteral("en"));
    test::startAsAnnotator(f);
    test::openDemoTask(f, QStringLiteral("thumbnails")); // an image job with questions
    WorkPage *work = f.window().workPage();
    QuestionForm *form = work->form();
    REQUIRE_FALSE(form->visibleQuestionIds().isEmpty());
    QWidget *first = form->editor(form->visibleQuestionIds().first());
    REQUIRE(first);

    REQUIRE(work->editor()->takeFocus());
    f.press(Qt::Key_U, Qt::AltModifier); // "Q&uestions"
    CHECK(inside(QApplication::focusWidget(), first));

    // From the image, Tab reaches the questions soon (it took nine presses).
    REQUIRE(work->editor()->takeFocus());
    int presses = 0;
    while (!inside(QApplication::focusWidget(), form) && presses < 20) {
        f.press(Qt::Key_Tab);
        ++presses;
    }
    INFO("Tab presses from the image to the questions: " << presses);
    CHECK(presses <= 3);
}

TEST_CASE("focus: every focus stop of the other windows and the profile page shows a focus mark "
          "- in both themes",
          "[gui][focus]")
{
    GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    test::firstStartAsTeamLead(f);
    test::openDemoTask(f, QStringLiteral("thumbnails"));
    for (const bool highContrast : {false, true}) {
        Preferences p = f.window().preferences();
        p.theme = highContrast ? Theme::Kind::HighContrast : Theme::Kind::Normal;
        f.window().applyPreferences(p);
        const std::string theme = highContrast ? "high contrast" : "normal";
        for (const char *name : {"actionSettings", "actionFlag", "actionAssignAnnotators",
                                 "actionTaskList", "actionWhoDelivered", "actionImportDataset",
                                 "actionExportTask", "actionShortcuts", "actionManual"}) {
            f.activate();
            QAction *action = f.window().action(QString::fromLatin1(name));
            REQUIRE(action);
            action->trigger();
            QWidget *dialog = nullptr;
            REQUIRE(GuiFixture::waitFor([&] {
                for (QWidget *w : QApplication::topLevelWidgets())
                    if (w != &f.window() && w->isVisible() && qobject_cast<QDialog *>(w))
                        dialog = w;
                return dialog != nullptr;
            }));
            QApplication::setActiveWindow(dialog);
            REQUIRE(QTest::qWaitForWindowActive(dialog));
            REQUIRE(GuiFixture::waitFor([&] { return dialog->isAncestorOf(QApplication::focusWidget()); }));
            QTest::qWait(30);
            const QList<QWidget *> chain = tabChain(f, QApplication::focusWidget());
            INFO(name << " (" << theme << "): " << chain.size() << " stops");
            CHECK(chain.size() >= 1);
            const QStringList bare = unmarked(chain);
            INFO(name << " (" << theme << "): " << bare.join(QStringLiteral(", ")).toStdString());
            CHECK(bare.isEmpty());
            dialog->close();
            QApplication::processEvents();
        }
        // The profile page (Ctrl+Shift+P), its list and buttons.
        f.activate();
        f.window().action(QStringLiteral("actionSwitchProfile"))->trigger();
        REQUIRE(f.window().page() == MainWindow::Page::Profiles);
        QTest::qWait(30);
        REQUIRE(QApplication::focusWidget());
        const QList<QWidget *> chain = tabChain(f, QApplication::focusWidget());
        CHECK(chain.size() >= 2);
        const QStringList bare = unmarked(chain);
        INFO("profile page (" << theme << "): " << bare.join(QStringLiteral(", ")).toStdString());
        CHECK(bare.isEmpty());
        f.press(Qt::Key_Return);
        REQUIRE(f.window().page() == MainWindow::Page::Work);
    }
}
