// SPDX-License-Identifier: GPL-3.0-or-later
// Help → Manual (F1): the manual opens in the program's language, its links lead to the
// other pages and its screenshots load (decision 0022).

#include "guifixture.h"
#include "guisteps.h"

#include "demotask.h"
#include "manualwindow.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QRegularExpression>
#include <QFileInfo>
#include <QImage>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFragment>
#include <QTextImageFormat>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

/// The names of the images the page shown refers to, as written in the Markdown.
QStringList imageNames(const QTextDocument *document)
{
    QStringList names;
    for (QTextBlock b = document->begin(); b.isValid(); b = b.next())
        for (auto it = b.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                names << it.fragment().charFormat().toImageFormat().name();
    return names;
}

void opensInLanguage(const QString &language, const QString &title)
{
    GuiFixture f(language);
    test::startAsAnnotator(f);
    REQUIRE(f.window().action(QStringLiteral("actionManual")));
    CHECK(f.window().action(QStringLiteral("actionManual"))->shortcut() ==
          QKeySequence(Qt::Key_F1));

    f.press(Qt::Key_F1);
    REQUIRE(GuiFixture::waitFor(
            [&] { return f.window().manualWindow() && f.window().manualWindow()->isVisible(); }));
    ManualWindow *manual = f.window().manualWindow();
    CHECK_FALSE(f.window().shortcutSheet()); // F1 no longer opens the shortcut sheet
    CHECK(manual->pageTitle() == title);
    CHECK(manual->windowTitle().contains(title));
    ManualBrowser *browser = manual->browser();
    CHECK(browser->toPlainText().startsWith(title));
    const QString start = QFileInfo(browser->source().toLocalFile()).canonicalFilePath();
    CHECK(start.endsWith(language + QStringLiteral("/index.md")));

    // The start page's screenshots are this language's, found beside the manual and fitted in.
    const QStringList images = imageNames(browser->document());
    REQUIRE_FALSE(images.isEmpty());
    for (const QString &name : images) {
        INFO(name.toStdString());
        CHECK(name.contains(language + QStringLiteral("-normal-")));
        const QVariant loaded = browser->loadResource(QTextDocument::ImageResource, QUrl(name));
        const QImage image = loaded.value<QImage>();
        CHECK_FALSE(image.isNull());
        CHECK(image.width() <= qMax(320, browser->viewport()->width()));
    }

    // Tab goes to the first link, Enter follows it: another page of the same language.
    REQUIRE(GuiFixture::waitFor([&] { return browser->hasFocus(); }));
    f.press(Qt::Key_Tab);
    f.press(Qt::Key_Return);
    REQUIRE(GuiFixture::waitFor([&] { return manual->pageTitle() != title; }));
    const QString next = QFileInfo(browser->source().toLocalFile()).canonicalFilePath();
    CHECK(QFileInfo(next).absolutePath() == QFileInfo(start).absolutePath());
    CHECK(next != start);
    CHECK(manual->windowTitle().contains(manual->pageTitle()));

    // F1 again, from the main window, brings the manual up on the page being read.
    const QString reading = manual->pageTitle();
    QApplication::setActiveWindow(&f.window());
    REQUIRE(GuiFixture::waitFor([&] { return QApplication::activeWindow() == &f.window(); }));
    f.press(Qt::Key_F1);
    REQUIRE(GuiFixture::waitFor([&] { return browser->hasFocus(); }));
    CHECK(f.window().manualWindow() == manual);
    CHECK(manual->pageTitle() == reading);

    // Alt+Left goes back to the start page; Esc closes the manual.
    f.press(Qt::Key_Left, Qt::AltModifier);
    REQUIRE(GuiFixture::waitFor([&] { return manual->pageTitle() == title; }));
    f.press(Qt::Key_Escape);
    REQUIRE(GuiFixture::waitFor([&] { return !f.window().manualWindow(); }));
}

} // namespace

TEST_CASE("F1 opens the manual in Dutch at its start page", "[gui][manual]")
{
    opensInLanguage(QStringLiteral("nl"), QStringLiteral("Handleiding Annostraat"));
}

TEST_CASE("F1 opens the manual in English at its start page", "[gui][manual]")
{
    opensInLanguage(QStringLiteral("en"), QStringLiteral("Annostraat manual"));
}

// Issue 15, point 3: one page per job of the demo, in both languages, with what the annotator
// sees, how to do the job and what to do when something is odd; its picture loads.
TEST_CASE("the manual has a page for every job of the demo, in both languages", "[gui][manual]")
{
    const QStringList jobs = DemoTask::jobs();
    REQUIRE(jobs.size() >= 11);
    const QString folder = ManualWindow::folder();
    REQUIRE_FALSE(folder.isEmpty());

    struct Language
    {
        QString code;
        QStringList sections;
    };
    const QList<Language> languages = {
            {QStringLiteral("en"),
             {QStringLiteral("What you see"), QStringLiteral("How to do it"),
              QStringLiteral("When something is odd")}},
            {QStringLiteral("nl"),
             {QStringLiteral("Wat je ziet"), QStringLiteral("Zo doe je het"),
              QStringLiteral("Als er iets vreemd is")}},
    };
    for (const Language &language : languages) {
        GuiFixture f(language.code);
        REQUIRE(f.start()); // the program's translations, for the tasks' names
        ManualWindow manual;
        manual.showStart(language.code);
        ManualBrowser *browser = manual.browser();
        const QString startTitle = manual.pageTitle();
        const QString start = QFileInfo(browser->source().toLocalFile()).canonicalFilePath();
        for (const QString &job : jobs) {
            INFO((language.code + QLatin1Char('/') + job).toStdString());
            const QString page = QDir(folder).filePath(language.code + QLatin1Char('/') + job +
                                                       QStringLiteral(".md"));
            REQUIRE(QFileInfo::exists(page));

            // The start page's contents lead to the job's page.
            QFile startFile(start);
            REQUIRE(startFile.open(QIODevice::ReadOnly));
            CHECK(QString::fromUtf8(startFile.readAll())
                          .contains(QStringLiteral("](") + job + QStringLiteral(".md)")));

            browser->setSource(QUrl::fromLocalFile(page));
            REQUIRE(GuiFixture::waitFor([&] { return manual.pageTitle() != startTitle; }));
            CHECK(manual.windowTitle().contains(manual.pageTitle()));

            // The task's name as the program shows it is on the page.
            CHECK(browser->toPlainText().contains(DemoTask::taskName(job), Qt::CaseInsensitive));

            // Its three sections are headings, in this order.
            QStringList headings;
            for (QTextBlock b = browser->document()->begin(); b.isValid(); b = b.next())
                if (b.blockFormat().headingLevel() == 2)
                    headings << b.text();
            qsizetype at = -1;
            for (const QString &section : language.sections) {
                INFO(section.toStdString());
                const qsizetype found = headings.indexOf(section);
                CHECK(found > at);
                at = found;
            }

            // Its screenshot is this language's and loads.
            const QStringList images = imageNames(browser->document());
            REQUIRE_FALSE(images.isEmpty());
            for (const QString &name : images) {
                INFO(name.toStdString());
                CHECK(name.contains(language.code + QStringLiteral("-normal-")));
                const QImage image =
                        browser->loadResource(QTextDocument::ImageResource, QUrl(name))
                                .value<QImage>();
                CHECK_FALSE(image.isNull());
            }
            browser->setSource(QUrl::fromLocalFile(start));
            REQUIRE(GuiFixture::waitFor([&] { return manual.pageTitle() == startTitle; }));
        }
    }
}
