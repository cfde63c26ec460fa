// SPDX-License-Identifier: GPL-3.0-or-later
// annostraat: the desktop program. Everything lives in annostraat-app; this file only reads
// the command line, opens the store and shows the main window.

#include "canvas/imagecanvas.h"
#include "mainwindow.h"
#include "workpage.h"
#include "preferences.h"
#include "store/store.h"
#include "theme.h"
#include "translationloader.h"
#include "util/appinfo.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
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
    // Hidden: print "ready after N ms" once the window is usable (its page is up and, on the
    // work page, the item is open and its image shown), then quit (tests/bench/bench_startup).
    QCommandLineOption readyOption(QStringLiteral("quit-when-ready"), QString());
    readyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(storeOption);
    parser.addOption(readyOption);
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

    if (parser.isSet(readyOption)) {
        auto *poll = new QTimer(&window);
        QObject::connect(poll, &QTimer::timeout, &window, [&window, &sinceStart] {
            if (!window.isVisible())
                return;
            if (window.page() == annostraat::MainWindow::Page::Work) {
                if (!window.workPage()->document())
                    return;
                for (const auto *canvas : window.findChildren<annostraat::ImageCanvas *>())
                    if (canvas->isVisible() && canvas->state() != annostraat::ImageCanvas::State::Ready &&
                        canvas->state() != annostraat::ImageCanvas::State::Failed)
                        return;
            }
            std::printf("ready after %lld ms\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        poll->start(2);
    }

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        QTimer::singleShot(800, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            QCoreApplication::exit(saved ? 0 : 2);
        });
    }
    return app.exec();
}
