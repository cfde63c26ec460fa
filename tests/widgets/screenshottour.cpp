// SPDX-License-Identifier: GPL-3.0-or-later
// Walks through the program in Dutch and English, in the normal and the high-contrast theme,
// and writes a screenshot of each stop (docs/screenshots). Not a test: run it by hand after
// changing what the program looks like, and look at the pictures.
//
//   annostraat-screenshot-tour OUTPUT_DIR

#include "guifixture.h"

#include "flagdialog.h"
#include "questionform.h"
#include "settingsdialog.h"
#include "shortcutsheet.h"
#include "util/appinfo.h"
#include "workpage.h"

#include <QApplication>
#include <QDir>
#include <QPainter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

#include <cstdio>

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

QString g_out;
int g_failures = 0;

void settle()
{
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QTest::qWait(30);
    }
}

void save(const QPixmap &pixmap, const QString &name)
{
    const QString file = QDir(g_out).filePath(name + QStringLiteral(".png"));
    if (!pixmap.save(file, "PNG")) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(file));
        ++g_failures;
        return;
    }
    std::printf("%s\n", qPrintable(file));
}

void shootWindow(GuiFixture &f, const QString &name)
{
    settle();
    save(f.window().grab(), name);
}

/// The window with \a dialog drawn over its centre, as a person sees it.
void shootDialog(GuiFixture &f, QWidget *dialog, const QString &name)
{
    settle();
    QPixmap shot = f.window().grab();
    const QPixmap over = dialog->grab();
    QPainter painter(&shot);
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60));
    // A plain title bar, as a window manager would draw it.
    const int titleHeight = dialog->fontMetrics().height() + 12;
    const QPoint at((shot.width() - over.width()) / 2, (shot.height() - over.height()) / 3);
    const QRect title(at.x(), at.y() - titleHeight, over.width(), titleHeight);
    painter.fillRect(title, QColor(0x3a, 0x3f, 0x46));
    painter.setPen(Qt::white);
    painter.setFont(dialog->font());
    painter.drawText(title.adjusted(12, 0, -12, 0), Qt::AlignVCenter | Qt::AlignLeft,
                     dialog->windowTitle());
    painter.setPen(QPen(QColor(0x60, 0x60, 0x60), 1));
    painter.drawRect(QRect(title.topLeft(), QSize(over.width(), over.height() + titleHeight))
                             .adjusted(-1, -1, 0, 0));
    painter.drawPixmap(at, over);
    painter.end();
    save(shot, name);
}

void tour(const QString &language, const QString &theme, bool extras)
{
    const QString prefix = language + QLatin1Char('-') + theme + QLatin1Char('-');
    GuiFixture f(language);
    f.settings().setValue(QStringLiteral("ui/theme"), theme);
    if (!f.start())
        return void(++g_failures);
    f.window().resize(1280, 800);
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("Anna"));
    shootWindow(f, prefix + QStringLiteral("1-welcome"));

    f.press(Qt::Key_Return);
    WorkPage *work = f.window().workPage();
    // Some work done, so the queue and the form show what they look like in use.
    QTest::keyClick(work->form()->editor(QStringLiteral("thumbnail")), Qt::Key_4);
    f.press(Qt::Key_Return, Qt::ControlModifier);
    QTest::keyClick(work->form()->editor(QStringLiteral("thumbnail")), Qt::Key_3);
    QTest::keyClick(work->form()->editor(QStringLiteral("genre")), Qt::Key_1);
    shootWindow(f, prefix + QStringLiteral("2-image-item"));

    for (int i = 0; i < 3; ++i)
        f.press(Qt::Key_Right, Qt::AltModifier);
    shootWindow(f, prefix + QStringLiteral("3-text-item"));

    f.press(Qt::Key_Comma, Qt::ControlModifier);
    GuiFixture::waitFor([&] {
        return f.window().settingsDialog() && f.window().settingsDialog()->isVisible();
    });
    if (f.window().settingsDialog())
        shootDialog(f, f.window().settingsDialog(), prefix + QStringLiteral("4-settings"));
    else
        ++g_failures;
    if (auto *d = f.window().settingsDialog())
        d->close();
    settle();

    if (!extras)
        return;
    f.press(Qt::Key_Left, Qt::AltModifier);
    f.press(Qt::Key_F, Qt::ControlModifier);
    GuiFixture::waitFor(
            [&] { return f.window().flagDialog() && f.window().flagDialog()->isVisible(); });
    if (auto *d = f.window().flagDialog()) {
        shootDialog(f, d, prefix + QStringLiteral("5-flag"));
        d->close();
    }
    settle();
    f.press(Qt::Key_F1);
    GuiFixture::waitFor(
            [&] { return f.window().shortcutSheet() && f.window().shortcutSheet()->isVisible(); });
    if (auto *d = f.window().shortcutSheet()) {
        shootDialog(f, d, prefix + QStringLiteral("6-shortcuts"));
        d->close();
    }
    settle();
}

} // namespace

int main(int argc, char *argv[])
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    setApplicationIdentity();
    if (argc < 2) {
        std::fprintf(stderr, "usage: annostraat-screenshot-tour OUTPUT_DIR\n");
        return 2;
    }
    g_out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(g_out);
    for (const QString &language : {QStringLiteral("nl"), QStringLiteral("en")})
        for (const QString &theme : {QStringLiteral("normal"), QStringLiteral("high-contrast")})
            tour(language, theme, theme == QLatin1String("normal"));
    return g_failures == 0 ? 0 : 1;
}
