// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediatestutil.h"

#include "media/imagecache.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

TEST_CASE("ImageCache prefetches overviews and reports failures naming the file")
{
    QTemporaryDir dir;
    const QString a = dir.filePath(QStringLiteral("a.jpg"));
    const QString b = dir.filePath(QStringLiteral("b.jpg"));
    const QString bad = dir.filePath(QStringLiteral("bad.jpg"));
    REQUIRE(writeJpeg(quadrants(600, 400), a));
    REQUIRE(writeJpeg(quadrants(300, 600), b, 6));
    QFile f(bad);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("not an image");
    f.close();

    ImageCache cache;
    int ready = 0;
    QStringList failed;
    QObject::connect(&cache, &ImageCache::overviewReady, [&](const QString &) { ++ready; });
    QObject::connect(&cache, &ImageCache::overviewFailed,
                     [&](const QString &, const QString &message) { failed.append(message); });
    cache.prefetch({a, b, bad});
    cache.waitForIdle();
    CHECK(ready == 2);
    REQUIRE(failed.size() == 1);
    CHECK(failed.first().contains(QStringLiteral("bad.jpg")));
    CHECK(cache.error(bad) == failed.first());
    CHECK(cache.overview(a).size() == QSize(600, 400));
    CHECK(cache.overview(b).size() == QSize(600, 300));
    CHECK(cache.info(b).size == QSize(600, 300));
    CHECK(cache.overviewLevel(a) == 0);
}

TEST_CASE("ImageCache decodes tiles in batches and keeps its LRU under the byte budget")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jpg"));
    REQUIRE(writeJpeg(quadrants(5000, 3000), path));

    ImageCache cache;
    cache.requestOverview(path);
    cache.waitForIdle();
    REQUIRE(cache.overviewLevel(path) == 2); // 1250 × 750 fits 2048
    REQUIRE(!cache.overview(path).isNull());

    const qint64 budget = 6 * 1024 * 1024; // about five 512² tiles and the overview
    cache.setBudget(budget);
    CHECK(cache.bytesUsed() <= budget);

    QList<int> levels;
    QObject::connect(&cache, &ImageCache::tilesReady,
                     [&](const QString &, int level, const QRect &) { levels.append(level); });
    const QRect all = ImageCache::tilesCovering(QRectF(0, 0, 5000, 3000), QSize(5000, 3000), 0);
    CHECK(all == QRect(0, 0, 10, 6));
    int key = 0;
    cache.requestTiles(&key, path, 0, all);
    cache.waitForIdle();
    CHECK(!levels.isEmpty());
    CHECK(levels.size() < 60); // batched: far fewer decodes than tiles
    CHECK(cache.bytesUsed() <= budget);
    CHECK(cache.bytesUsed() > 0);

    // A level-1 tile with known content: the top-left of the image is red.
    cache.requestTiles(&key, path, 1, QRect(0, 0, 1, 1));
    cache.waitForIdle();
    const QImage tile = cache.tile(path, 1, QPoint(0, 0));
    REQUIRE(tile.size() == QSize(512, 512));
    CHECK(near(tile.pixelColor(100, 100), Qt::red));
    // The bottom-right tile of level 1 (2500 × 1500) is cut at the image edge.
    cache.requestTiles(&key, path, 1, QRect(4, 2, 1, 1));
    cache.waitForIdle();
    const QImage edge = cache.tile(path, 1, QPoint(4, 2));
    CHECK(edge.size() == QSize(2500 - 4 * 512, 1500 - 2 * 512));
    CHECK(near(edge.pixelColor(edge.width() - 5, edge.height() - 5), Qt::white));
    CHECK(cache.bytesUsed() <= budget);
}

TEST_CASE("ImageCache drops queued tile work the requester no longer wants")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jpg"));
    REQUIRE(writeJpeg(quadrants(6000, 6000), path));
    ImageCache cache;
    cache.requestOverview(path);
    cache.waitForIdle();

    int key = 0;
    // Many requests in a row, as when panning quickly: only what the last one covers (and
    // work that had already started) may be decoded.
    for (int x = 0; x < 11; ++x)
        cache.requestTiles(&key, path, 0, QRect(x, 0, 1, 1));
    cache.waitForIdle();
    CHECK(!cache.tile(path, 0, QPoint(10, 0)).isNull());
    int decoded = 0;
    for (int x = 0; x < 11; ++x)
        decoded += cache.tile(path, 0, QPoint(x, 0)).isNull() ? 0 : 1;
    CHECK(decoded < 11);
}

TEST_CASE("ImageCache: a view that waits on another view's dropped work is served")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.jpg"));
    REQUIRE(writeJpeg(quadrants(6000, 6000), path));
    ImageCache cache;
    cache.requestOverview(path);
    cache.waitForIdle();

    int busy = 0, a = 0, b = 0;
    cache.requestTiles(&busy, path, 0, QRect(0, 1, 11, 10)); // keeps both threads busy a while
    cache.requestTiles(&a, path, 0, QRect(10, 0, 1, 1));      // queued behind that
    cache.requestTiles(&b, path, 0, QRect(10, 0, 1, 1));      // in flight already: b waits on a's job
    cache.requestTiles(&a, path, 0, QRect(0, 0, 1, 1));       // a moves on; its queued job is dropped
    cache.waitForIdle();
    // b still wants (10, 0): it was decoded for b even though a's job for it was dropped.
    CHECK_FALSE(cache.tile(path, 0, QPoint(10, 0)).isNull());
    CHECK_FALSE(cache.tile(path, 0, QPoint(0, 0)).isNull());
}

TEST_CASE("ImageCache level and tile arithmetic")
{
    CHECK(ImageCache::levelForZoom(2.0) == 0);
    CHECK(ImageCache::levelForZoom(1.0) == 0);
    CHECK(ImageCache::levelForZoom(0.6) == 0);
    CHECK(ImageCache::levelForZoom(0.5) == 1);
    CHECK(ImageCache::levelForZoom(0.3) == 1);
    CHECK(ImageCache::levelForZoom(0.25) == 2);
    CHECK(ImageCache::tilesCovering(QRectF(600, 0, 10, 10), QSize(2000, 2000), 0) ==
          QRect(1, 0, 1, 1));
    CHECK(ImageCache::tilesCovering(QRectF(1000, 1000, 100, 100), QSize(2000, 2000), 1) ==
          QRect(0, 0, 2, 2));
    CHECK(ImageCache::tilesCovering(QRectF(5000, 0, 10, 10), QSize(2000, 2000), 0).isEmpty());
}
