// SPDX-License-Identifier: GPL-3.0-or-later
// The break reminder (issue 15, point 4) in the real main window: off by default, turned on by
// keyboard in the settings, a quiet notice that waits for the end of a drag and takes nothing
// from the work, and a break that dims the work and keeps its keys away until the person is
// back. A "minute" lasts 100 ms here (BreakReminder::setMinuteLength).

#include "guifixture.h"
#include "guisteps.h"

#include "breakreminder.h"
#include "breakviews.h"
#include "canvas/imagecanvas.h"
#include "canvas/imageeditor.h"
#include "settingsdialog.h"
#include "workpage.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

// Real milliseconds per minute in these tests. Five minutes without input count as a break
// taken, so a test process the machine leaves waiting for a second (a sanitizer build beside
// another test) must not reach that: at 100 ms it did, and the count started again.
constexpr int kMinute = 250;

/// Moves the mouse over \a widget, as someone at work does, while waiting for \a condition.
bool workUntil(QWidget *widget, const std::function<bool()> &condition, int timeoutMs = 30000)
{
    int step = 0;
    return GuiFixture::waitFor(
            [&] {
                QTest::mouseMove(widget, QPoint(20 + (++step % 40), 20));
                return condition();
            },
            timeoutMs);
}

bool isInside(const QWidget *widget, const QWidget *container)
{
    for (const QWidget *w = widget; w; w = w->parentWidget())
        if (w == container)
            return true;
    return false;
}

} // namespace

TEST_CASE("breaks: off by default - on by keyboard in the settings - kept for the profile", "[gui][breaks]")
{
    GuiFixture f(QStringLiteral("en")); // the English mnemonics
    test::startAsAnnotator(f);
    BreakReminder *breaks = f.window().breakReminder();
    CHECK_FALSE(breaks->isOn());
    CHECK(f.window().preferences().breakEveryMinutes == 0);
    breaks->setMinuteLength(kMinute);
    WorkPage *work = f.window().workPage();
    // Far past the shortest interval one could set: no notice when nobody asked for it.
    workUntil(work, [] { return false; }, 3 * Preferences::kMinBreakEvery * kMinute);
    CHECK_FALSE(f.window().breakNotice()->isVisible());
    CHECK(breaks->workedTodayMs() > 0); // the time is counted all the same, for the person

    f.press(Qt::Key_Comma, Qt::ControlModifier);
    REQUIRE(GuiFixture::waitFor([&] {
        return f.window().settingsDialog() && f.window().settingsDialog()->isVisible();
    }));
    SettingsDialog *dialog = f.window().settingsDialog();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    CHECK_FALSE(dialog->breakGroup()->isChecked());
    f.press(Qt::Key_R, Qt::AltModifier); // "Remind me to take a break"
    CHECK(dialog->breakGroup()->isChecked());
    f.press(Qt::Key_W, Qt::AltModifier); // "After working"
    REQUIRE(f.focusWidget() == dialog->breakEveryBox());
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("20"));
    f.press(Qt::Key_K, Qt::AltModifier); // "Break length"
    REQUIRE(f.focusWidget() == dialog->breakLengthBox());
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("5"));
    f.press(Qt::Key_Escape);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().settingsDialog(); }));
    CHECK(f.window().preferences().breakEveryMinutes == 20);
    CHECK(f.window().preferences().breakLengthMinutes == 5);
    CHECK(breaks->isOn());
    CHECK(breaks->lengthMinutes() == 5);

    // Kept for the profile, not for the PC.
    REQUIRE(f.restart());
    CHECK(f.window().preferences().breakEveryMinutes == 20);
    CHECK(f.window().breakReminder()->isOn());
}

TEST_CASE("breaks: the notice waits for a drag to end - takes no focus - the break dims the work "
          "and holds its keys",
          "[gui][breaks]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    Preferences p = f.window().preferences();
    p.breakEveryMinutes = Preferences::kMinBreakEvery;
    p.breakLengthMinutes = 5;
    f.window().applyPreferences(p);
    BreakReminder *breaks = f.window().breakReminder();
    breaks->setMinuteLength(kMinute);
    breaks->breakTaken();
    WorkPage *work = f.window().workPage();
    BreakNotice *notice = f.window().breakNotice();
    ImageCanvas *canvas = test::imageEditor(work)->canvas();
    REQUIRE(GuiFixture::waitFor([&] { return canvas->state() == ImageCanvas::State::Ready; }, 10000));
    canvas->setFocus();
    const QString itemId = work->currentItemId();

    // A mouse button held down (a drag on the image) past the due time: no notice yet.
    QTest::mousePress(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(40, 40));
    workUntil(canvas, [&] { return breaks->workedSinceBreakMs() > (Preferences::kMinBreakEvery + 2) * BreakReminder::kMinuteMs; });
    CHECK_FALSE(notice->isVisible());
    QTest::mouseRelease(canvas, Qt::LeftButton, Qt::NoModifier, QPoint(60, 60));
    REQUIRE(GuiFixture::waitFor([&] { return notice->isVisible(); }, 3000));
    // Quiet: no dialog, no window of its own, and the keyboard stays on the image.
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(notice->window() == &f.window());
    CHECK(canvas->hasFocus());
    CHECK_FALSE(isInside(QApplication::focusWidget(), notice));
    test::screenshots(f, QStringLiteral("break-notice"));

    // "Later": gone, and asked again after more work.
    QTest::mouseClick(notice->laterButton(), Qt::LeftButton);
    CHECK_FALSE(notice->isVisible());
    REQUIRE(workUntil(canvas, [&] { return notice->isVisible(); }));

    // "Take a break now": the work is dimmed, the time shown, and the work's keys rest.
    QTest::mouseClick(notice->breakButton(), Qt::LeftButton);
    BreakOverlay *overlay = f.window().breakOverlay();
    REQUIRE(overlay->isVisible());
    CHECK(overlay->geometry() == f.window().rect());
    CHECK_FALSE(overlay->clockLabel()->text().isEmpty());
    // The minutes worked today, to this person only.
    CHECK(overlay->workedLabel()->text().contains(
            QString::number(breaks->workedTodayMs() / BreakReminder::kMinuteMs)));
    CHECK(QApplication::activeModalWidget() == nullptr);
    CHECK(overlay->backButton()->hasFocus());
    test::screenshots(f, QStringLiteral("break-overlay"));
    f.press(Qt::Key_Return, Qt::ControlModifier); // "done" would be Ctrl+Return
    CHECK_FALSE(f.store().submission(itemId, f.window().profile()->id));
    CHECK(work->currentItemId() == itemId);

    // Esc: back to work, where the keyboard was; the count starts again.
    f.press(Qt::Key_Escape);
    CHECK_FALSE(overlay->isVisible());
    CHECK(canvas->hasFocus());
    CHECK(breaks->workedSinceBreakMs() < BreakReminder::kMinuteMs);
    f.press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(f.store().submission(itemId, f.window().profile()->id));
}
