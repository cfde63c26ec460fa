// SPDX-License-Identifier: GPL-3.0-or-later
#include "guifixture.h"

#include <QFile>
#include <QMap>

#include "canvas/imageeditor.h"
#include "workpage.h"


#include <QApplication>
#include <QTest>

namespace annostraat::test {

ImageEditor *imageEditor(const WorkPage *page)
{
    return qobject_cast<ImageEditor *>(page->editorFor(MediaKind::Image));
}

GuiFixture::GuiFixture(const QString &language)
{
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("pc.ini")),
                                             QSettings::IniFormat);
    m_settings->setValue(QStringLiteral("ui/language"), language);
}

GuiFixture::~GuiFixture()
{
    closeWindow();
}

bool GuiFixture::start(QString *problem)
{
    if (!m_dir.isValid()) {
        if (problem)
            *problem = QStringLiteral("no temporary folder");
        return false;
    }
    if (!m_store) {
        auto opened = Store::open(storePath());
        if (!opened) {
            if (problem)
                *problem = opened.error().message();
            return false;
        }
        m_store = std::move(opened).value();
    }
    m_window = std::make_unique<MainWindow>(*m_store, *m_settings, m_translations);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    if (!QTest::qWaitForWindowActive(m_window.get())) {
        if (problem)
            *problem = QStringLiteral("the main window did not become active");
        return false;
    }
    return true;
}

void GuiFixture::closeWindow()
{
    if (m_window) {
        m_window->close();
        m_window.reset();
    }
}

bool GuiFixture::restart(QString *problem)
{
    closeWindow();
    m_store.reset();
    m_settings->sync();
    return start(problem);
}

bool GuiFixture::restartAfterCrash(QString *problem)
{
    // The database and its write-ahead log as a crash leaves them; SQLite rebuilds the shared
    // memory index from the log when it opens them again.
    QMap<QString, QByteArray> image;
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(storePath() + suffix);
        if (file.open(QIODevice::ReadOnly))
            image.insert(suffix, file.readAll());
    }
    closeWindow();
    m_store.reset();
    m_settings->sync();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(storePath() + suffix);
    for (auto it = image.begin(); it != image.end(); ++it) {
        QFile file(storePath() + it.key());
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()) {
            if (problem)
                *problem = file.errorString();
            return false;
        }
    }
    return start(problem);
}

bool GuiFixture::activate()
{
    if (!m_window)
        return false;
    m_window->raise();
    QApplication::setActiveWindow(m_window.get());
    return QTest::qWaitForWindowActive(m_window.get());
}

QWidget *GuiFixture::focusWidget() const
{
    if (QWidget *w = QApplication::focusWidget())
        return w;
    if (QWidget *w = QApplication::activeWindow())
        return w;
    return m_window.get();
}

void GuiFixture::press(int key, Qt::KeyboardModifiers modifiers)
{
    // The offscreen platform has no window manager to hand the focus back when a dialog
    // closes; a desktop does that, so do it here.
    if (!QApplication::activeWindow() && m_window) {
        QApplication::setActiveWindow(m_window.get());
        (void)QTest::qWaitForWindowActive(m_window.get());
    }
    QTest::keyClick(focusWidget(), Qt::Key(key), modifiers);
    QCoreApplication::processEvents();
}

void GuiFixture::type(const QString &text)
{
    QTest::keyClicks(focusWidget(), text);
    QCoreApplication::processEvents();
}

bool GuiFixture::waitFor(const std::function<bool()> &condition, int timeoutMs)
{
    return QTest::qWaitFor(condition, timeoutMs);
}

} // namespace annostraat::test
