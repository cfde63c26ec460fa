// SPDX-License-Identifier: GPL-3.0-or-later
// annostraat: the desktop program. Everything lives in annostraat-app; this file only reads
// the command line, opens the store and shows the main window.

#include "mainwindow.h"
#include "preferences.h"
#include "store/store.h"
#include "theme.h"
#include "translationloader.h"
#include "util/appinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    annostraat::setApplicationIdentity();
    // The installed desktop entry and icon (packaging/linux/), so docks and Wayland compositors
    // show the program under its own name and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("nl.annostraat.Annostraat"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("nl.annostraat.Annostraat")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Annostraat annotation workstation"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption storeOption(
            QStringLiteral("store"),
            QStringLiteral("The store file to open (default: %1).")
                    .arg(QDir::toNativeSeparators(annostraat::defaultStorePath())),
            QStringLiteral("PATH"));
    // Hidden: grab the window once it is shown, write it as PNG and quit (documentation).
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(),
                                        QStringLiteral("FILE"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    // Hidden: read and write the PC settings in this INI file instead of the user's.
    QCommandLineOption settingsOption(QStringLiteral("settings-file"), QString(),
                                      QStringLiteral("FILE"));
    settingsOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(storeOption);
    parser.addOption(screenshotOption);
    parser.addOption(settingsOption);
    parser.process(app);

    std::unique_ptr<QSettings> settings =
            parser.isSet(settingsOption) ? std::make_unique<QSettings>(parser.value(settingsOption),
                                                                       QSettings::IniFormat)
                                         : std::make_unique<QSettings>();
    // The PC's last language and look, so even the first page (or the message below) reads right.
    const auto preferences = annostraat::Preferences::fromSettings(*settings);
    annostraat::TranslationLoader translations;
    translations.setLanguage(preferences.language);
    preferences.toTheme().apply(app);

    const QString storePath =
            parser.isSet(storeOption) ? parser.value(storeOption) : annostraat::defaultStorePath();
    auto store = annostraat::Store::open(storePath);
    if (!store) {
        // The one dialog the program may show unasked: without a store there is nothing to do.
        QMessageBox box(
                QMessageBox::Warning, QCoreApplication::translate("annostraat::main", "Annostraat"),
                QCoreApplication::translate("annostraat::main", "The store cannot be opened.\n\n%1")
                        .arg(store.error().message()),
                QMessageBox::NoButton);
        box.addButton(QCoreApplication::translate("annostraat::main", "Close"),
                      QMessageBox::AcceptRole);
        box.exec();
        return 1;
    }

    annostraat::MainWindow window(**store, *settings, translations);
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            QCoreApplication::exit(saved ? 0 : 2);
        });
    }
    return app.exec();
}
