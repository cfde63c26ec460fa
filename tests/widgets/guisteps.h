// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Steps several GUI tests take the same way (Catch2 assertions, so not in guifixture.h,
// which the screenshot tour uses without Catch).

#include "guifixture.h"

#include <catch2/catch.hpp>

namespace annostraat::test {

/// A first start by keyboard: \a name typed on the welcome page, Enter; the work page is open
/// with the demo task.
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

} // namespace annostraat::test
