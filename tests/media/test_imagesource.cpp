// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediatestutil.h"

#include "media/imagesource.h"

#include <QImageWriter>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

namespace {

QColor at(const QImage &image, int x, int y)
{
    return image.pixelColor(x, y);
}

} // namespace

TEST_CASE("ImageSource probes size, format and orientation without decoding")
{
    QTemporaryDir dir;
    const QString plain = dir.filePath(QStringLiteral("plain.jpg"));
    const QString turned = dir.filePath(QStringLiteral("turned.jpg"));
    REQUIRE(writeJpeg(quadrants(400, 300), plain));
    REQUIRE(writeJpeg(quadrants(400, 300), turned, 6));

    auto a = ImageSource::probe(plain);
    REQUIRE(a.ok());
    CHECK(a->size == QSize(400, 300));
    CHECK(a->format == "jpeg");
    CHECK(a->regionDecode);
    CHECK(a->transformation == QImageIOHandler::TransformationNone);

    auto b = ImageSource::probe(turned);
    REQUIRE(b.ok());
    CHECK(b->storedSize == QSize(400, 300));
    CHECK(b->size == QSize(300, 400)); // EXIF orientation 6
    CHECK(b->transformation == QImageIOHandler::TransformationRotate90);
}

TEST_CASE(
        "ImageSource decodes overview and regions after EXIF orientation 6 (turned 90° clockwise)")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o6.jpg"));
    REQUIRE(writeJpeg(quadrants(400, 300), path, 6));
    auto info = ImageSource::probe(path);
    REQUIRE(info.ok());

    // Stored red top-left ends up top-right; blue bottom-left ends up top-left.
    auto overview = ImageSource::decodeOverview(path, *info);
    REQUIRE(overview.ok());
    REQUIRE(overview->size() == QSize(300, 400));
    CHECK(near(at(*overview, 225, 50), Qt::red));
    CHECK(near(at(*overview, 75, 50), Qt::blue));
    CHECK(near(at(*overview, 225, 350), Qt::green));
    CHECK(near(at(*overview, 75, 350), Qt::white));

    // A region of the oriented image, at full resolution and at level 1.
    auto region = ImageSource::decodeRegion(path, *info, 0, QRect(160, 10, 120, 80));
    REQUIRE(region.ok());
    CHECK(region->size() == QSize(120, 80));
    CHECK(near(at(*region, 60, 40), Qt::red));
    auto bottomLeft = ImageSource::decodeRegion(path, *info, 0, QRect(0, 220, 140, 170));
    REQUIRE(bottomLeft.ok());
    CHECK(near(at(*bottomLeft, 70, 85), Qt::white));

    auto half = ImageSource::decodeRegion(path, *info, 1, QRect(0, 0, 150, 200));
    REQUIRE(half.ok());
    CHECK(half->size() == QSize(150, 200));
    CHECK(near(at(*half, 110, 20), Qt::red));
    CHECK(near(at(*half, 30, 20), Qt::blue));
    CHECK(near(at(*half, 110, 180), Qt::green));
}

TEST_CASE("ImageSource decodes regions after EXIF orientation 3 (turned 180°)")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("o3.jpg"));
    REQUIRE(writeJpeg(quadrants(400, 300), path, 3));
    auto info = ImageSource::probe(path);
    REQUIRE(info.ok());
    CHECK(info->size == QSize(400, 300));
    CHECK(info->transformation == QImageIOHandler::TransformationRotate180);

    auto overview = ImageSource::decodeOverview(path, *info);
    REQUIRE(overview.ok());
    CHECK(near(at(*overview, 350, 250), Qt::red));
    CHECK(near(at(*overview, 50, 50), Qt::white));
    CHECK(near(at(*overview, 50, 250), Qt::green));

    auto region = ImageSource::decodeRegion(path, *info, 0, QRect(300, 200, 100, 100));
    REQUIRE(region.ok());
    CHECK(region->size() == QSize(100, 100));
    CHECK(near(at(*region, 50, 50), Qt::red));
    auto quarter = ImageSource::decodeRegion(path, *info, 2, QRect(0, 0, 100, 75));
    REQUIRE(quarter.ok());
    CHECK(quarter->size() == QSize(100, 75));
    CHECK(near(at(*quarter, 90, 70), Qt::red));
    CHECK(near(at(*quarter, 10, 5), Qt::white));
}

TEST_CASE("ImageSource decodes formats without region support whole, and cuts the region")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("q.png"));
    REQUIRE(quadrants(400, 300).save(path));
    auto info = ImageSource::probe(path);
    REQUIRE(info.ok());
    CHECK_FALSE(info->regionDecode);
    auto region = ImageSource::decodeRegion(path, *info, 0, QRect(200, 150, 200, 150));
    REQUIRE(region.ok());
    CHECK(at(*region, 100, 75) == QColor(Qt::white));
    auto half = ImageSource::decodeRegion(path, *info, 1, QRect(0, 0, 100, 75));
    REQUIRE(half.ok());
    CHECK(half->size() == QSize(100, 75));
    CHECK(near(at(*half, 50, 37), Qt::red, 2));
}

TEST_CASE("ImageSource reads TIFF orthophotos (whole, within the limit) in the same pyramid")
{
    // TIFF comes from Qt's image-format plugins (qt6-image-formats-plugins, installed by
    // packaging/install-deps.sh): without them this fails, as it should.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("ortho.tif"));
    QImageWriter writer(path, "tiff");
    REQUIRE(writer.write(quadrants(1200, 900)));
    auto info = ImageSource::probe(path);
    REQUIRE(info.ok());
    CHECK(info->size == QSize(1200, 900));
    CHECK(info->format == QByteArrayLiteral("tiff"));
    auto overview = ImageSource::decodeOverview(path, *info, 300);
    REQUIRE(overview.ok());
    CHECK(std::max(overview->width(), overview->height()) <= 300);
    auto region = ImageSource::decodeRegion(path, *info, 0, QRect(600, 450, 600, 450));
    REQUIRE(region.ok());
    CHECK(near(at(*region, 300, 225), Qt::white, 2));
}

TEST_CASE("ImageSource refuses a PNG too large to decode whole, stating the limit")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.png"));
    // A valid PNG header declaring 20000 × 20000 pixels (the pixel data does not matter:
    // the limit is checked from the header).
    QImage small(16, 16, QImage::Format_RGB32);
    small.fill(Qt::gray);
    REQUIRE(small.save(path));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const int ihdr = bytes.indexOf("IHDR");
    REQUIRE(ihdr > 0);
    auto put32 = [&](int at, quint32 v) {
        bytes[at] = char(v >> 24);
        bytes[at + 1] = char(v >> 16);
        bytes[at + 2] = char(v >> 8);
        bytes[at + 3] = char(v);
    };
    put32(ihdr + 4, 20000);
    put32(ihdr + 8, 20000);
    // The chunk's CRC-32 covers type and data (13 bytes); libpng checks it.
    quint32 crc = 0xFFFFFFFFu;
    for (int i = ihdr; i < ihdr + 4 + 13; ++i) {
        crc ^= uchar(bytes[i]);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    put32(ihdr + 4 + 13, crc ^ 0xFFFFFFFFu);
    f.seek(0);
    f.write(bytes);
    f.close();

    auto info = ImageSource::probe(path);
    REQUIRE_FALSE(info.ok());
    const QString message = info.error().message();
    CHECK(message.contains(QStringLiteral("huge.png")));
    CHECK(message.contains(QStringLiteral("20000")));
    CHECK(message.contains(QString::number(ImageSource::kMaxWholeDecodePixels / 1'000'000)));
}

TEST_CASE("ImageSource holds progressive JPEGs to the whole-decode limit")
{
    // libjpeg keeps the whole image's coefficients for a progressive file, even for a region.
    const QString small = generatedJpeg(1200, 900, false, true);
    REQUIRE(!small.isEmpty());
    auto ok = ImageSource::probe(small);
    REQUIRE(ok.ok());
    auto region = ImageSource::decodeRegion(small, *ok, 0, QRect(600, 400, 100, 100));
    REQUIRE(region.ok());
    CHECK(region->size() == QSize(100, 100));

    const QString big = generatedJpeg(9000, 8000, false, true);
    REQUIRE(!big.isEmpty());
    auto refused = ImageSource::probe(big);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("progressive")));
    CHECK(refused.error().message().contains(
            QString::number(ImageSource::kMaxWholeDecodePixels / 1'000'000)));
}

TEST_CASE("ImageSource names the file and the problem for bad input")
{
    QTemporaryDir dir;
    const QString good = dir.filePath(QStringLiteral("good.jpg"));
    REQUIRE(writeJpeg(quadrants(400, 300), good));
    QFile g(good);
    REQUIRE(g.open(QIODevice::ReadOnly));
    const QByteArray jpeg = g.readAll();

    SECTION("truncated JPEG")
    {
        const QString path = dir.filePath(QStringLiteral("truncated.jpg"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(jpeg.left(jpeg.size() * 2 / 3));
        f.close();
        auto info = ImageSource::probe(path);
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().message().contains(QStringLiteral("truncated.jpg")));
        CHECK(info.error().message().contains(QStringLiteral("truncated")));
    }
    SECTION("corrupt JPEG header")
    {
        const QString path = dir.filePath(QStringLiteral("corrupt.jpg"));
        QByteArray bad = jpeg;
        for (int i = 20; i < 600 && i < bad.size(); ++i)
            bad[i] = char(0x5A);
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(bad);
        f.close();
        auto info = ImageSource::probe(path);
        Result<QImage> decoded =
                info ? ImageSource::decodeOverview(path, *info) : Result<QImage>(info.error());
        REQUIRE_FALSE(decoded.ok());
        CHECK(decoded.error().message().contains(QStringLiteral("corrupt.jpg")));
    }
    SECTION("not an image")
    {
        const QString path = dir.filePath(QStringLiteral("notes.jpg"));
        QFile f(path);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write("These are my notes, not a picture.\n");
        f.close();
        auto info = ImageSource::probe(path);
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().message().contains(QStringLiteral("notes.jpg")));
    }
    SECTION("missing file")
    {
        auto info = ImageSource::probe(dir.filePath(QStringLiteral("gone.jpg")));
        REQUIRE_FALSE(info.ok());
        CHECK(info.error().message().contains(QStringLiteral("gone.jpg")));
    }
}

TEST_CASE("ImageSource pyramid levels round up and the overview fits its limit")
{
    CHECK(ImageSource::levelSize(QSize(1001, 7), 1) == QSize(501, 4));
    ImageInfo info;
    info.size = info.storedSize = QSize(30000, 30000);
    const int level = ImageSource::overviewLevel(info);
    CHECK(level == 4);
    CHECK(ImageSource::levelSize(info.size, level).width() <= ImageSource::kOverviewMaxSide);
}
