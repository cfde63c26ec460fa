// SPDX-License-Identifier: GPL-3.0-or-later
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "util/appinfo.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Keep test runs away from the user's real settings and store.
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    annostraat::setApplicationIdentity();
    return Catch::Session().run(argc, argv);
}
