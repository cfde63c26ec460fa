// SPDX-License-Identifier: GPL-3.0-or-later
// The manual is Markdown in docs/manual/en and docs/manual/nl. Its links (to other pages and
// to the screenshots the tour makes) must lead somewhere, in the source tree and, because the
// installed layout is the same (packaging/CMakeLists.txt), on an installed PC; and every page
// must exist in both languages with the same pages and pictures, each in its own language.

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>

#include <catch2/catch.hpp>

namespace {

const QString kManual = QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/docs/manual");

QStringList pages(const QString &language)
{
    return QDir(kManual + QLatin1Char('/') + language)
            .entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
}

QString read(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

struct Link
{
    bool image;
    QString target; ///< without its #fragment
};

/// Every Markdown link and image of \a text: [text](target) and ![alt](target).
QList<Link> links(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral(R"((!?)\[[^\]]*\]\(([^)\s]+)\))"));
    QList<Link> result;
    for (auto it = pattern.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        result.append({!m.captured(1).isEmpty(), m.captured(2).section(QLatin1Char('#'), 0, 0)});
    }
    return result;
}

bool isExternal(const QString &target)
{
    return target.startsWith(QStringLiteral("http://")) ||
           target.startsWith(QStringLiteral("https://")) ||
           target.startsWith(QStringLiteral("mailto:"));
}

/// The page names and image names (with the language part made neutral) a page links to.
QStringList shape(const QString &language, const QString &page)
{
    QStringList result;
    for (const Link &l :
         links(read(kManual + QLatin1Char('/') + language + QLatin1Char('/') + page)))
        if (!isExternal(l.target) && !l.target.isEmpty())
            result << QString(l.target).replace(QStringLiteral("/") + language + QLatin1Char('-'),
                                                QStringLiteral("/LANG-"));
    return result;
}

} // namespace

TEST_CASE("the manual has a start page and the same pages in English and Dutch", "[docs]")
{
    const QStringList en = pages(QStringLiteral("en"));
    const QStringList nl = pages(QStringLiteral("nl"));
    CHECK(en.contains(QStringLiteral("index.md")));
    CHECK(en.size() >= 10);
    CHECK(en == nl);
}

TEST_CASE("every link and picture of the manual leads to a file", "[docs]")
{
    int checked = 0;
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("nl")}) {
        const QDir folder(kManual + QLatin1Char('/') + language);
        for (const QString &page : pages(language)) {
            const QString text = read(folder.filePath(page));
            // A page starts with its title: the manual window shows it.
            CHECK(text.startsWith(QStringLiteral("# ")));
            for (const Link &l : links(text)) {
                if (isExternal(l.target) || l.target.isEmpty())
                    continue;
                INFO(language.toStdString()
                     << "/" << page.toStdString() << ": " << l.target.toStdString());
                CHECK_FALSE(QDir::isAbsolutePath(l.target));
                CHECK(QFileInfo(folder.filePath(l.target)).isFile());
                if (l.image) {
                    // The tour's screenshots, in the page's language and the normal theme.
                    CHECK(l.target.startsWith(QStringLiteral("../../screenshots/") + language +
                                              QStringLiteral("-normal-")));
                    CHECK(l.target.endsWith(QStringLiteral(".png")));
                } else if (!l.target.startsWith(QStringLiteral("../"))) {
                    CHECK(l.target.endsWith(QStringLiteral(".md")));
                }
                ++checked;
            }
        }
    }
    CHECK(checked >= 40);
}

TEST_CASE("each Dutch page links the same pages and pictures as its English page", "[docs]")
{
    for (const QString &page : pages(QStringLiteral("en"))) {
        INFO(page.toStdString());
        if (!QFileInfo::exists(kManual + QStringLiteral("/nl/") + page))
            continue; // the first test case names the missing page
        CHECK(shape(QStringLiteral("nl"), page) == shape(QStringLiteral("en"), page));
    }
}

TEST_CASE("the link test finds links and a missing target", "[docs]")
{
    const QList<Link> found =
            links(QStringLiteral("See [start](index.md#top) and ![a](../../screenshots/x.png), "
                                 "[web](https://example.org)."));
    REQUIRE(found.size() == 3);
    CHECK_FALSE(found.at(0).image);
    CHECK(found.at(0).target == QStringLiteral("index.md"));
    CHECK(found.at(1).image);
    CHECK(isExternal(found.at(2).target));
    CHECK_FALSE(QFileInfo(QDir(kManual + QStringLiteral("/en"))
                                  .filePath(QStringLiteral("no-such-page.md")))
                        .isFile());
}

TEST_CASE("the README links the manual in both languages", "[docs]")
{
    const QString readme = read(QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/README.md"));
    CHECK(readme.contains(QStringLiteral("(docs/manual/en/index.md)")));
    CHECK(readme.contains(QStringLiteral("(docs/manual/nl/index.md)")));
}
