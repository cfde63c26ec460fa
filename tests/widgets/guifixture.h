// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A store in a temporary folder, this PC's settings in an INI file beside it, and the real
// main window on top: what a person gets when they start the program, minus the real
// home folder. Keys go to whichever widget has the focus, as on a keyboard.

#include "mainwindow.h"
#include "store/store.h"
#include "translationloader.h"

#include <QSettings>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace annostraat {
class ImageEditor;
class WorkPage;
} // namespace annostraat

namespace annostraat::test {

/// The work page's image editor (tests may look inside it; the main window may not).
ImageEditor *imageEditor(const WorkPage *page);

class GuiFixture
{
public:
    /// \a language: the PC's language before any profile exists ("nl" or "en").
    explicit GuiFixture(const QString &language = QStringLiteral("nl"));
    ~GuiFixture();

    QString storePath() const { return m_dir.filePath(QStringLiteral("store.sqlite")); }
    QString folder() const { return m_dir.path(); }
    Store &store() { return *m_store; }
    MainWindow &window() { return *m_window; }
    QSettings &settings() { return *m_settings; }

    /// Opens the store and shows a new main window; false (with a message) if it failed.
    bool start(QString *problem = nullptr);
    /// Closes the window and the store, reopens both: a restart of the program.
    bool restart(QString *problem = nullptr);
    /// A crash and a new start: the store's files as they are this moment come back after the
    /// window and the store have closed (whatever closing wrote is lost, as in a crash), and
    /// the program starts again on them.
    bool restartAfterCrash(QString *problem = nullptr);
    void closeWindow();
    /// Makes this fixture's window the active one (when a test drives two PCs' windows).
    bool activate();

    /// One key press (and release) on the widget that has the keyboard focus.
    void press(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString &text);
    QWidget *focusWidget() const;
    /// Processes events until \a condition holds (at most \a timeoutMs); returns whether it did.
    static bool waitFor(const std::function<bool()> &condition, int timeoutMs = 5000);

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Store> m_store;
    TranslationLoader m_translations;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace annostraat::test
