// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard's place is always visible, and the questions are near (issue 15, points 6 and
// 9): every focus stop of the work page, in every demo job, looks different with the keyboard
// on it; the questions' mnemonic puts the keyboard on the first question; from the image the
// questions are a few Tab presses away.

#include "guifixture.h"
#include "guisteps.h"

#include "demotask.h"
#include "questionform.h"
#include "queueview.h"
#include "workpage.h"

#include <QAbstractButton>
#include <QApplication>
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
            QStringList unmarked;
            for (QWidget *w : chain) {
                w->setFocus(Qt::TabFocusReason);
                QApplication::processEvents();
                const QImage focused = w->grab().toImage();
                work->taskList()->setFocus(Qt::TabFocusReason);
                if (w == work->taskList())
                    work->queue()->setFocus(Qt::TabFocusReason);
                QApplication::processEvents();
                const QImage unfocused = w->grab().toImage();
                if (focused == unfocused)
                    unmarked << describe(w);
            }
            INFO(job.toStdString() << (highContrast ? " high contrast" : " normal") << ": "
                                   << unmarked.join(QStringLiteral(", ")).toStdString());
            CHECK(unmarked.isEmpty());
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
