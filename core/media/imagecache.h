// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The decoded images the views need, shared by the canvas and the prefetcher.
//
// Design note. Each image has an overview (the whole image at the pyramid level whose
// longer side fits ImageSource::kOverviewMaxSide) and, for the levels below it, 512-pixel
// tiles (level L is scale 1/2^L, oriented pixels). Overviews and tiles live in one LRU with
// a byte budget; decoding happens in this cache's own pool of two threads, so a slow
// 30k-pixel decode never blocks the GUI or another component's pool. A requester (the
// canvas) says which tiles it wants now; the missing ones are decoded as few region
// decodes as possible (adjacent tiles in one rectangle), and queued work that the newest
// request no longer covers is dropped before it starts. Only the GUI thread calls the
// public functions; workers hand results back through queued calls.

#include "media/imagesource.h"

#include <QCache>
#include <QHash>
#include <QImage>
#include <QObject>
#include <QPoint>
#include <QRect>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace annostraat {

class ImageCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTileSize = 512;
    static constexpr qint64 kDefaultBudget = 256LL * 1024 * 1024;
    /// At most this many tiles (per side) go into one region decode.
    static constexpr int kMaxBatchTiles = 4;

    explicit ImageCache(QObject *parent = nullptr);
    ~ImageCache() override;

    /// Bytes of decoded pixels kept (overviews and tiles together).
    void setBudget(qint64 bytes);
    qint64 budget() const;
    qint64 bytesUsed() const;

    /// What probe() found, when the image was probed already (invalid otherwise).
    ImageInfo info(const QString &path) const;
    /// The overview when it is decoded (null otherwise); refreshes its place in the LRU.
    QImage overview(const QString &path) const;
    /// The pyramid level of the overview; -1 until probed.
    int overviewLevel(const QString &path) const;
    /// Why the image failed; empty when it did not (or is not known yet).
    QString error(const QString &path) const;

    /// Decodes the overview at high priority unless it is cached or under way.
    void requestOverview(const QString &path);
    /// Decodes the overviews of \a paths in the background, behind any visible work.
    void prefetch(const QStringList &paths);

    /// The tile (\a tile in tile units of \a level) when cached, else a null image.
    QImage tile(const QString &path, int level, QPoint tile) const;
    /// \a requester wants the tiles in \a tiles (tile units of \a level) of \a path, and no
    /// longer what it asked before: those queued decodes are dropped.
    void requestTiles(const void *requester, const QString &path, int level, const QRect &tiles);
    /// \a requester wants nothing any more (its image changed or it closes).
    void cancelRequests(const void *requester);

    /// Tile-unit rectangle of level \a level covering \a imageRect (full-resolution
    /// oriented pixels), clipped to the image.
    static QRect tilesCovering(const QRectF &imageRect, QSize imageSize, int level);
    /// The level whose pixels are at least as fine as \a zoom asks for (0 = full resolution).
    static int levelForZoom(double zoom);

    /// Drops everything decoded (not the work under way) and what is known about files.
    void clear();
    /// Waits until no decode is queued or running (tests, benchmarks).
    void waitForIdle();

Q_SIGNALS:
    void overviewReady(const QString &path);
    void overviewFailed(const QString &path, const QString &message);
    /// A large raster's overviews are being built before its overview can be shown
    /// (georaster.h); \a fraction 0…1, reported at most once per percent.
    void overviewProgress(const QString &path, double fraction);
    /// The tiles \a tiles (tile units) of \a level of \a path were decoded.
    void tilesReady(const QString &path, int level, const QRect &tiles);
    void tilesFailed(const QString &path, int level, const QString &message);

private:
    struct TileKey
    {
        QString path;
        int level = 0;
        QPoint tile;
        bool operator==(const TileKey &o) const = default;
        friend size_t qHash(const TileKey &k, size_t seed = 0)
        {
            return qHashMulti(seed, k.path, k.level, k.tile.x(), k.tile.y());
        }
    };
    struct Entry
    {
        QImage image;
    };
    struct Job
    {
        std::atomic<int> state{0}; // queued, running or cancelled
        QString path;
        int level = 0;
        QRect tiles;
        const void *requester = nullptr;
    };
    struct Want
    {
        QString path;
        int level = 0;
        QRect tiles;
    };

    void insert(const TileKey &key, const QImage &image);
    /// Probes (unless known) and decodes the overview of \a path in the pool at \a priority.
    void startOverview(const QString &path, int priority);
    void releaseTile(const TileKey &key, const Job *job);
    void startTileJob(const void *requester, const QString &path, const ImageInfo &info, int level,
                      const QRect &tiles);
    void overviewDone(const QString &path, const ImageInfo &info, const QImage &image,
                      const QString &error);
    void tilesDone(const std::shared_ptr<Job> &job, const QList<QPair<QPoint, QImage>> &tiles,
                   const QString &error);

    mutable QCache<TileKey, Entry> m_lru;
    QHash<QString, ImageInfo> m_infos;
    QHash<QString, QString> m_errors;
    QSet<QString> m_overviewsInFlight;
    /// Tiles being decoded, with the job that decodes them.
    QHash<TileKey, const Job *> m_tilesInFlight;
    QHash<const void *, Want> m_wants;
    QList<std::shared_ptr<Job>> m_jobs;
    /// Set when the cache closes: long work (building overviews) stops at its next report.
    std::atomic<bool> m_closing{false};
    QThreadPool m_pool;
};

} // namespace annostraat
