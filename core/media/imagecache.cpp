// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagecache.h"

#include <QCoreApplication>
#include <QRunnable>

#include <cmath>

namespace annostraat {

namespace {

// QThreadPool runs the highest priority first: what is on screen, then the tiles around
// it, then the overviews of the items the user will open next.
constexpr int kOverviewPriority = 10;
constexpr int kTilePriority = 5;
constexpr int kPrefetchPriority = 0;

enum JobState { Queued = 0, Running = 1, Cancelled = 2 };

qint64 bytesOf(const QImage &image)
{
    return std::max<qint64>(image.sizeInBytes(), 1);
}

} // namespace

ImageCache::ImageCache(QObject *parent)
    : QObject(parent)
{
    m_lru.setMaxCost(kDefaultBudget);
    // Two decoders: enough to keep a slow region decode from blocking the next overview,
    // few enough to leave the GUI thread and the other pools a core.
    m_pool.setMaxThreadCount(2);
    m_pool.setObjectName(QStringLiteral("annostraat-image-decode"));
}

ImageCache::~ImageCache()
{
    m_closing = true;
    for (const auto &job : m_jobs) {
        int expected = Queued;
        job->state.compare_exchange_strong(expected, Cancelled);
    }
    m_pool.clear();
    m_pool.waitForDone();
}

void ImageCache::setBudget(qint64 bytes)
{
    m_lru.setMaxCost(std::max<qint64>(bytes, 1));
}

qint64 ImageCache::budget() const
{
    return m_lru.maxCost();
}

qint64 ImageCache::bytesUsed() const
{
    return m_lru.totalCost();
}

ImageInfo ImageCache::info(const QString &path) const
{
    return m_infos.value(path);
}

QImage ImageCache::overview(const QString &path) const
{
    const Entry *e = m_lru.object(TileKey{path, -1, {}});
    return e ? e->image : QImage();
}

int ImageCache::overviewLevel(const QString &path) const
{
    const auto it = m_infos.constFind(path);
    return it == m_infos.cend() ? -1 : ImageSource::overviewLevel(*it);
}

QString ImageCache::error(const QString &path) const
{
    return m_errors.value(path);
}

void ImageCache::insert(const TileKey &key, const QImage &image)
{
    m_lru.insert(key, new Entry{image}, bytesOf(image));
}

void ImageCache::requestOverview(const QString &path)
{
    startOverview(path, kOverviewPriority);
}

void ImageCache::prefetch(const QStringList &paths)
{
    for (const QString &path : paths)
        startOverview(path, kPrefetchPriority);
}

void ImageCache::startOverview(const QString &path, int priority)
{
    // Decoded already only counts with what is known about the file: without its info the
    // canvas could neither show the overview nor ask for tiles, and would wait for nothing.
    if (path.isEmpty() || m_errors.contains(path) || m_overviewsInFlight.contains(path) ||
        (m_lru.contains(TileKey{path, -1, {}}) && m_infos.contains(path)))
        return;
    m_overviewsInFlight.insert(path);
    const ImageInfo known = m_infos.value(path);
    m_pool.start(QRunnable::create([this, path, known] {
                     ImageInfo info = known;
                     QString error;
                     QImage image;
                     if (!info.isValid()) {
                         auto probed = ImageSource::probe(path);
                         if (probed)
                             info = *probed;
                         else
                             error = probed.error().message();
                     }
                     if (error.isEmpty()) {
                         int reported = -1;
                         const MediaProgress progress = [this, path, &reported](double fraction) {
                             const int percent = int(fraction * 100);
                             if (percent != reported) {
                                 reported = percent;
                                 QMetaObject::invokeMethod(
                                         this,
                                         [this, path, fraction] {
                                             Q_EMIT overviewProgress(path, fraction);
                                         },
                                         Qt::QueuedConnection);
                             }
                             return !m_closing.load();
                         };
                         auto decoded = ImageSource::decodeOverview(
                                 path, info, ImageSource::kOverviewMaxSide, progress);
                         if (decoded)
                             image = std::move(decoded).value();
                         else
                             error = decoded.error().message();
                     }
                     QMetaObject::invokeMethod(
                             this,
                             [this, path, info, image, error] {
                                 overviewDone(path, info, image, error);
                             },
                             Qt::QueuedConnection);
                 }),
                 priority);
}

void ImageCache::overviewDone(const QString &path, const ImageInfo &info, const QImage &image,
                              const QString &error)
{
    m_overviewsInFlight.remove(path);
    if (info.isValid()) {
        // The table of what is known about files is small, but must not grow forever in a
        // session that walks through a large task.
        if (m_infos.size() > 4096) {
            // Bounded, but what has an overview in the cache stays known.
            for (auto it = m_infos.begin(); it != m_infos.end();) {
                if (m_lru.contains(TileKey{it.key(), -1, {}}))
                    ++it;
                else
                    it = m_infos.erase(it);
            }
        }
        m_infos.insert(path, info);
    }
    if (!error.isEmpty()) {
        if (m_errors.size() > 4096)
            m_errors.clear();
        m_errors.insert(path, error);
        Q_EMIT overviewFailed(path, error);
        return;
    }
    insert(TileKey{path, -1, {}}, image);
    Q_EMIT overviewReady(path);
}

QImage ImageCache::tile(const QString &path, int level, QPoint tile) const
{
    const Entry *e = m_lru.object(TileKey{path, level, tile});
    return e ? e->image : QImage();
}

QRect ImageCache::tilesCovering(const QRectF &imageRect, QSize imageSize, int level)
{
    const QSize ls = ImageSource::levelSize(imageSize, level);
    const double scale = 1.0 / (1 << level);
    const QRectF r = QRectF(imageRect.topLeft() * scale, imageRect.size() * scale) &
                     QRectF(QPointF(0, 0), QSizeF(ls));
    if (r.isEmpty())
        return {};
    const int x0 = int(std::floor(r.left() / kTileSize));
    const int y0 = int(std::floor(r.top() / kTileSize));
    const int x1 = int(std::ceil(r.right() / kTileSize)) - 1;
    const int y1 = int(std::ceil(r.bottom() / kTileSize)) - 1;
    return QRect(QPoint(x0, y0), QPoint(x1, y1));
}

int ImageCache::levelForZoom(double zoom)
{
    if (zoom >= 1.0 || zoom <= 0)
        return 0;
    // A little slack so that exactly 1/2, 1/4, … use that level, not the finer one.
    return std::max(0, int(std::floor(std::log2(1.0 / zoom) + 1e-6)));
}

void ImageCache::cancelRequests(const void *requester)
{
    m_wants.remove(requester);
    for (const auto &job : std::as_const(m_jobs)) {
        if (job->requester != requester)
            continue;
        int expected = Queued;
        if (job->state.compare_exchange_strong(expected, Cancelled)) {
            for (int y = job->tiles.top(); y <= job->tiles.bottom(); ++y)
                for (int x = job->tiles.left(); x <= job->tiles.right(); ++x)
                    releaseTile(TileKey{job->path, job->level, QPoint(x, y)}, job.get());
        }
    }
}

void ImageCache::requestTiles(const void *requester, const QString &path, int level,
                              const QRect &tiles)
{
    const ImageInfo info = m_infos.value(path);
    if (!info.isValid() || tiles.isEmpty() || m_errors.contains(path))
        return;
    // Drop queued work this requester no longer wants (the view moved on).
    QList<std::shared_ptr<Job>> dropped;
    for (const auto &job : std::as_const(m_jobs)) {
        if (job->requester != requester ||
            (job->path == path && job->level == level && job->tiles.intersects(tiles)))
            continue;
        int expected = Queued;
        if (job->state.compare_exchange_strong(expected, Cancelled)) {
            for (int y = job->tiles.top(); y <= job->tiles.bottom(); ++y)
                for (int x = job->tiles.left(); x <= job->tiles.right(); ++x)
                    releaseTile(TileKey{job->path, job->level, QPoint(x, y)}, job.get());
            dropped << job;
        }
    }
    m_wants.insert(requester, Want{path, level, tiles});
    // Another view may have been waiting for those tiles (it saw them in flight and started
    // nothing): ask again for it, so it is not left waiting.
    for (const auto &job : std::as_const(dropped)) {
        for (auto it = m_wants.cbegin(); it != m_wants.cend(); ++it) {
            if (it.key() != requester && it->path == job->path && it->level == job->level &&
                it->tiles.intersects(job->tiles)) {
                const Want other = it.value();
                requestTiles(it.key(), other.path, other.level, other.tiles);
                break;
            }
        }
    }

    // The bounding box of what is missing, in batches of at most kMaxBatchTiles² tiles,
    // each one region decode. A region decode of a JPEG reads every row above it, so one
    // wide decode is much cheaper than several small ones.
    QRect missing;
    for (int y = tiles.top(); y <= tiles.bottom(); ++y) {
        for (int x = tiles.left(); x <= tiles.right(); ++x) {
            const TileKey key{path, level, QPoint(x, y)};
            if (!m_lru.contains(key) && !m_tilesInFlight.contains(key))
                missing |= QRect(x, y, 1, 1);
        }
    }
    if (missing.isEmpty())
        return;
    if (!info.regionDecode) {
        // A whole decode per batch: take all that is missing at once.
        startTileJob(requester, path, info, level, missing);
        return;
    }
    for (int y = missing.top(); y <= missing.bottom(); y += kMaxBatchTiles) {
        for (int x = missing.left(); x <= missing.right(); x += kMaxBatchTiles * 2) {
            // Only what this batch really misses: after a diagonal pan the bounding box of the
            // missing tiles is L-shaped, and its corner is already there.
            const QRect cell = QRect(x, y, kMaxBatchTiles * 2, kMaxBatchTiles) & missing;
            QRect batch;
            for (int ty = cell.top(); ty <= cell.bottom(); ++ty)
                for (int tx = cell.left(); tx <= cell.right(); ++tx) {
                    const TileKey key{path, level, QPoint(tx, ty)};
                    if (!m_lru.contains(key) && !m_tilesInFlight.contains(key))
                        batch |= QRect(tx, ty, 1, 1);
                }
            if (!batch.isEmpty())
                startTileJob(requester, path, info, level, batch);
        }
    }
}

void ImageCache::releaseTile(const TileKey &key, const Job *job)
{
    // Only the job that marked a tile as in flight takes the mark off: another batch may be
    // decoding it.
    const auto it = m_tilesInFlight.constFind(key);
    if (it != m_tilesInFlight.cend() && it.value() == job)
        m_tilesInFlight.erase(it);
}

void ImageCache::startTileJob(const void *requester, const QString &path, const ImageInfo &info,
                              int level, const QRect &tiles)
{
    auto job = std::make_shared<Job>();
    job->path = path;
    job->level = level;
    job->tiles = tiles;
    job->requester = requester;
    m_jobs.append(job);
    for (int y = tiles.top(); y <= tiles.bottom(); ++y)
        for (int x = tiles.left(); x <= tiles.right(); ++x)
            if (const TileKey key{path, level, QPoint(x, y)}; !m_tilesInFlight.contains(key))
                m_tilesInFlight.insert(key, job.get());

    m_pool.start(
            QRunnable::create([this, job, info] {
                int expected = Queued;
                if (!job->state.compare_exchange_strong(expected, Running)) {
                    QMetaObject::invokeMethod(
                            this, [this, job] { tilesDone(job, {}, {}); }, Qt::QueuedConnection);
                    return;
                }
                const QSize levelSize = ImageSource::levelSize(info.size, job->level);
                const QRect levelRect(QPoint(0, 0), levelSize);
                const QRect wanted =
                        QRect(job->tiles.x() * kTileSize, job->tiles.y() * kTileSize,
                              job->tiles.width() * kTileSize, job->tiles.height() * kTileSize) &
                        levelRect;
                const QRect decodeRect = info.regionDecode ? wanted : levelRect;
                auto decoded = ImageSource::decodeRegion(job->path, info, job->level, decodeRect);
                QList<QPair<QPoint, QImage>> out;
                QString error;
                if (decoded) {
                    const QImage &image = *decoded;
                    for (int y = job->tiles.top(); y <= job->tiles.bottom(); ++y) {
                        for (int x = job->tiles.left(); x <= job->tiles.right(); ++x) {
                            const QRect r =
                                    QRect(x * kTileSize, y * kTileSize, kTileSize, kTileSize) &
                                    levelRect;
                            // copy() detaches each tile from the batch, which is freed right after.
                            out.append({QPoint(x, y),
                                        image.copy(r.translated(-decodeRect.topLeft()))});
                        }
                    }
                } else {
                    error = decoded.error().message();
                }
                QMetaObject::invokeMethod(
                        this, [this, job, out, error] { tilesDone(job, out, error); },
                        Qt::QueuedConnection);
            }),
            kTilePriority);
}

void ImageCache::tilesDone(const std::shared_ptr<Job> &job,
                           const QList<QPair<QPoint, QImage>> &tiles, const QString &error)
{
    m_jobs.removeOne(job);
    if (job->state.load() == Cancelled)
        return; // its tiles were already taken off the in-flight set
    for (int y = job->tiles.top(); y <= job->tiles.bottom(); ++y)
        for (int x = job->tiles.left(); x <= job->tiles.right(); ++x)
            releaseTile(TileKey{job->path, job->level, QPoint(x, y)}, job.get());
    if (!error.isEmpty()) {
        Q_EMIT tilesFailed(job->path, job->level, error);
        return;
    }
    for (const auto &[pos, image] : tiles)
        insert(TileKey{job->path, job->level, pos}, image);
    Q_EMIT tilesReady(job->path, job->level, job->tiles);
}

void ImageCache::clear()
{
    m_lru.clear();
    m_infos.clear();
    m_errors.clear();
}

void ImageCache::waitForIdle()
{
    // Results come back as queued calls, which may queue more work: repeat until quiet.
    do {
        m_pool.waitForDone();
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
    } while (!m_jobs.isEmpty() || !m_overviewsInFlight.isEmpty());
}

} // namespace annostraat
