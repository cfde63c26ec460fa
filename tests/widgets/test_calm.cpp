// SPDX-License-Identifier: GPL-3.0-or-later
// Calm by default (issue 15, point 5): a message above the item that is not about a problem
// leaves by itself; one about a problem stays until the next item; nothing in the program
// slides or fades.

#include "guifixture.h"
#include "guisteps.h"

#include "theme.h"
#include "workpage.h"

#include <QApplication>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

TEST_CASE("calm: a passing notice leaves by itself - a problem stays - nothing slides or fades",
          "[gui][calm]")
{
    GuiFixture f(QStringLiteral("en"));
    test::startAsAnnotator(f);
    test::openDemoTask(f, QStringLiteral("train-buffers"));
    WorkPage *work = f.window().workPage();
    REQUIRE(work->notice().isEmpty());

    // On to the second item (Ctrl+K skips the first), then Ctrl+Shift+V: nothing was drawn on
    // the first, so nothing is copied, and the page says so. That is not a problem, so the
    // message leaves by itself.
    const QString first = work->currentItemId();
    f.press(Qt::Key_K, Qt::ControlModifier);
    REQUIRE(work->currentItemId() != first);
    f.press(Qt::Key_I, Qt::ControlModifier); // the keyboard to the image
    f.press(Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    REQUIRE_FALSE(work->notice().isEmpty());
    const QString passing = work->notice();
    QTest::qWait(WorkPage::passingNoticeMs(passing) / 2);
    CHECK(work->notice() == passing); // long enough to read
    CHECK(GuiFixture::waitFor([&] { return work->notice().isEmpty(); },
                              WorkPage::passingNoticeMs(passing)));

    // A message about a problem stays.
    work->showNotice(QStringLiteral("This could not be kept: the disk is full."));
    QTest::qWait(WorkPage::passingNoticeMs(work->notice()) + 500);
    CHECK(work->notice() == QStringLiteral("This could not be kept: the disk is full."));

    // Menus, combo boxes, tool tips and tool boxes open at once.
    for (const Qt::UIEffect effect : Theme::kEffects) {
        INFO("effect " << int(effect));
        CHECK_FALSE(QApplication::isEffectEnabled(effect));
    }
}
