// SPDX-License-Identifier: GPL-3.0-or-later
// Pictures in instructions go inside the Markdown as data: URLs (decision 0028): small ones as
// they are, big ones scaled; web addresses and code are left alone; a missing picture is named.
#include "store/instructionpictures.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// The data: URLs in \a markdown, in order: (mime type, decoded bytes).
QList<std::pair<QString, QByteArray>> dataUrls(const QString &markdown)
{
    QList<std::pair<QString, QByteArray>> found;
    static const QRegularExpression url(QStringLiteral("data:([a-z/]+);base64,([A-Za-z0-9+/=]+)"));
    auto it = url.globalMatch(markdown);
    while (it.hasNext()) {
        const auto m = it.next();
        found.append({m.captured(1), QByteArray::fromBase64(m.captured(2).toLatin1())});
    }
    return found;
}

} // namespace

TEST_CASE("Pictures in instructions are taken into the Markdown", "[instructions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QDir(dir.path()).mkpath(QStringLiteral("uitleg"));
    QImage small(80, 60, QImage::Format_RGB32);
    small.fill(QColor(10, 120, 200));
    REQUIRE(small.save(dir.filePath(QStringLiteral("uitleg/klein.png"))));
    // A big photo (as a camera gives it): scaled to 1600 and sent as JPEG.
    QImage big(4000, 3000, QImage::Format_RGB32);
    big.fill(QColor(90, 160, 60));
    REQUIRE(big.save(dir.filePath(QStringLiteral("groot.png"))));
    // A big picture with transparency stays PNG.
    QImage clear(2400, 600, QImage::Format_ARGB32);
    clear.fill(QColor(255, 0, 0, 80));
    REQUIRE(clear.save(dir.filePath(QStringLiteral("doorzichtig met spatie.png"))));

    const QString markdown = QStringLiteral(
            "# Uitleg\n\n"
            "![klein](uitleg/klein.png \"een titel\") en nog eens ![zelfde](uitleg/klein.png)\n\n"
            "![groot](%1)\n\n"
            "![doorzichtig](<doorzichtig met spatie.png>)\n\n"
            "![web](https://example.org/a.png)\n\n"
            "```\n![code](niet/hier.png)\n```\n")
                                     .arg(dir.filePath(QStringLiteral("groot.png")));

    CHECK(instructionPictureFiles(markdown, dir.path()) ==
          QStringList{dir.filePath(QStringLiteral("uitleg/klein.png")), dir.filePath(QStringLiteral("groot.png")),
                      dir.filePath(QStringLiteral("doorzichtig met spatie.png"))});

    const auto embedded = embedInstructionPictures(markdown, dir.path());
    REQUIRE(embedded.ok());
    const auto urls = dataUrls(*embedded);
    REQUIRE(urls.size() == 4);
    // Small PNG: the file's own bytes, twice (the title is kept).
    CHECK(urls.at(0).first == QLatin1String("image/png"));
    CHECK(urls.at(0).second == fileBytes(dir.filePath(QStringLiteral("uitleg/klein.png"))));
    CHECK(urls.at(1).second == urls.at(0).second);
    CHECK(embedded->contains(QStringLiteral("\"een titel\")")));
    // Big: JPEG of 1600 × 1200.
    CHECK(urls.at(2).first == QLatin1String("image/jpeg"));
    const QImage scaled = QImage::fromData(urls.at(2).second);
    CHECK(scaled.size() == QSize(1600, 1200));
    CHECK(qAbs(scaled.pixelColor(800, 600).green() - 160) <= 4);
    // Transparent: PNG of 1600 × 400, still transparent.
    CHECK(urls.at(3).first == QLatin1String("image/png"));
    const QImage keptAlpha = QImage::fromData(urls.at(3).second);
    CHECK(keptAlpha.size() == QSize(1600, 400));
    CHECK(keptAlpha.hasAlphaChannel());
    CHECK(keptAlpha.pixelColor(10, 10).alpha() == 80);
    // Web addresses and code blocks are as they were; the text around the pictures too.
    CHECK(embedded->contains(QStringLiteral("![web](https://example.org/a.png)")));
    CHECK(embedded->contains(QStringLiteral("```\n![code](niet/hier.png)\n```\n")));
    CHECK(embedded->startsWith(QStringLiteral("# Uitleg\n\n![klein](data:image/png;base64,")));
    CHECK(embedded->contains(QStringLiteral(" en nog eens ![zelfde](data:")));
    // Taken in once is taken in for good: a second pass changes nothing.
    CHECK(embedInstructionPictures(*embedded, dir.path()).value() == *embedded);
    CHECK(instructionPictureFiles(*embedded, dir.path()).isEmpty());
}

TEST_CASE("A picture in instructions that is missing or no image is named", "[instructions]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    {
        QFile notAPicture(dir.filePath(QStringLiteral("kapot.png")));
        REQUIRE(notAPicture.open(QIODevice::WriteOnly));
        notAPicture.write("this is text, not a PNG");
    }
    const auto missing = embedInstructionPictures(QStringLiteral("Zie ![weg](weg.png)."), dir.path());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message().contains(dir.filePath(QStringLiteral("weg.png"))));
    CHECK(missing.error().message().contains(QStringLiteral("not there")));

    const auto broken = embedInstructionPictures(QStringLiteral("![kapot](kapot.png)"), dir.path());
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message().contains(dir.filePath(QStringLiteral("kapot.png"))));
    CHECK(broken.error().message().contains(QStringLiteral("cannot be read as an image")));

    // Without pictures the text is returned as it was.
    const QString plain = QStringLiteral("Geen plaatjes, wel [een link](https://example.org).\n");
    CHECK(embedInstructionPictures(plain, dir.path()).value() == plain);
}
