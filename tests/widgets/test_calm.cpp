// SPDX-License-Identifier: GPL-3.0-or-later
// Calm by default (issue 15, point 5): a message above the item that is not about a problem
// leaves by itself; one about a problem stays until the next item; nothing in the program
// slides or fades, and a busy bar stands still.

#include "guifixture.h"
#include "guisteps.h"

#include "theme.h"
#include "workpage.h"

#include <QApplication>
#include <QProgressBar>
#include <QProgressDialog>
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

TEST_CASE("calm: a busy bar stands still and still shows it is busy - in both themes",
          "[gui][calm]")
{
    GuiFixture f(QStringLiteral("en"));
    test::startAsAnnotator(f);
    for (const Theme::Kind kind : {Theme::Kind::Normal, Theme::Kind::HighContrast}) {
        INFO(Theme::toId(kind).toStdString());
        Preferences p = f.window().preferences();
        p.theme = kind;
        f.window().applyPreferences(p);
        // As the import and export dialogs show it until the first report, and as the sync's
        // progress window shows it while it does not know how many files there are.
        QProgressBar bar(&f.window());
        bar.setRange(0, 0);
        bar.setGeometry(20, 20, 300, 28);
        bar.show();
        QProgressDialog dialog(QStringLiteral("Syncing"), QString(), 0, 0, &f.window());
        dialog.setMinimumDuration(0);
        dialog.show();
        auto *inDialog = dialog.findChild<QProgressBar *>();
        REQUIRE(inDialog);
        QTest::qWait(150);
        for (QProgressBar *b : {&bar, inDialog}) {
            const QImage before = b->grab().toImage();
            QTest::qWait(700); // Fusion moves its block every 40 ms or so
            const QImage after = b->grab().toImage();
            CHECK(before == after);
            // Not an empty bar: a stripe in the highlight colour says "busy".
            const QColor highlight = b->palette().color(QPalette::Highlight);
            int striped = 0;
            for (int x = 0; x < before.width(); ++x)
                if (before.pixelColor(x, before.height() / 2) == highlight)
                    ++striped;
            CHECK(striped >= before.width() / 20);
        }
    }
}
