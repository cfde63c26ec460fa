// SPDX-License-Identifier: GPL-3.0-or-later
#include "videosource.h"

#include <QMetaObject>
#include <QThread>

namespace annostraat {

struct VideoSource::Shared
{
    std::atomic<quint64> generation{0}; ///< of the newest open() or close()
    std::atomic<qint64> wanted{-1};     ///< the newest frame asked for and not served yet
};

/// Lives in the worker thread; everything it tells the source goes as a queued call.
class VideoSourceWorker : public QObject
{
public:
    VideoSourceWorker(VideoSource *source, std::shared_ptr<VideoSource::Shared> shared)
        : m_source(source)
        , m_shared(std::move(shared))
    {}

    void open(quint64 generation, const QString &path, std::shared_ptr<VideoFrameCache> cache)
    {
        m_decoder.reset();
        if (generation != m_shared->generation.load())
            return;
        int shown = -1;
        auto index = VideoIndex::open(path, [&](double fraction) {
            if (generation != m_shared->generation.load())
                return false;
            const int percent = int(fraction * 100);
            if (percent != shown) {
                shown = percent;
                post([source = m_source, generation, percent] {
                    source->onProgress(generation, percent);
                });
            }
            return true;
        });
        if (generation != m_shared->generation.load())
            return;
        if (!index) {
            const QString message = index.error().message();
            post([source = m_source, generation, message] {
                source->onFailed(generation, message, true);
            });
            return;
        }
        auto decoder = VideoDecoder::open(path, *index);
        if (!decoder) {
            const QString message = decoder.error().message();
            post([source = m_source, generation, message] {
                source->onFailed(generation, message, true);
            });
            return;
        }
        m_decoder = std::move(*decoder);
        m_decoder->setCache(std::move(cache));
        m_generation = generation;
        m_decoder->setInterrupt([this] {
            return m_shared->wanted.load() != m_current ||
                   m_shared->generation.load() != m_generation;
        });
        const VideoInfo info = (*index)->info();
        post([source = m_source, generation, info] { source->onOpened(generation, info); });
    }

    void serve(quint64 generation)
    {
        if (!m_decoder || generation != m_generation || generation != m_shared->generation.load())
            return;
        qint64 n = m_shared->wanted.load();
        if (n < 0)
            return;
        m_current = n;
        auto image = m_decoder->frame(n);
        const bool moot = m_shared->wanted.load() != n || m_shared->generation.load() != generation;
        if (!image) {
            if (moot)
                return; // a newer request is queued and will be served
            m_shared->wanted.compare_exchange_strong(n, -1);
            const QString message = image.error().message();
            post([source = m_source, generation, message] {
                source->onFailed(generation, message, false);
            });
            return;
        }
        m_shared->wanted.compare_exchange_strong(n, -1);
        const QImage frame = *image;
        const qint64 at = m_current;
        post([source = m_source, generation, at, frame] {
            source->onFrame(generation, at, frame);
        });
    }

    void closeDecoder() { m_decoder.reset(); }

private:
    template<typename F>
    void post(F &&f)
    {
        QMetaObject::invokeMethod(m_source, std::forward<F>(f), Qt::QueuedConnection);
    }

    VideoSource *m_source; // outlives this object's thread (its destructor waits for it)
    std::shared_ptr<VideoSource::Shared> m_shared;
    std::unique_ptr<VideoDecoder> m_decoder;
    quint64 m_generation = 0;
    qint64 m_current = -1;
};

VideoSource::VideoSource(QObject *parent)
    : QObject(parent)
    , m_shared(std::make_shared<Shared>())
{
    qRegisterMetaType<annostraat::VideoInfo>();
}

VideoSource::~VideoSource()
{
    close();
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
        delete m_worker;
        delete m_thread;
    }
}

void VideoSource::open(const QString &path)
{
    close();
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("video decoder"));
        m_worker = new VideoSourceWorker(this, m_shared);
        m_worker->moveToThread(m_thread);
        m_thread->start();
    }
    m_cache = std::make_shared<VideoFrameCache>(m_budget);
    const quint64 generation = m_generation;
    auto cache = m_cache;
    VideoSourceWorker *worker = m_worker;
    QMetaObject::invokeMethod(
            m_worker,
            [=] {
                worker->open(generation, path, cache);
                worker->serve(generation);
            },
            Qt::QueuedConnection);
}

void VideoSource::close()
{
    m_shared->generation.store(++m_generation);
    m_shared->wanted.store(-1);
    m_open = false;
    m_info = {};
    m_cache.reset();
    if (m_worker) {
        VideoSourceWorker *worker = m_worker;
        QMetaObject::invokeMethod(
                m_worker, [worker] { worker->closeDecoder(); }, Qt::QueuedConnection);
    }
}

void VideoSource::requestFrame(qint64 n)
{
    if (n < 0)
        return;
    if (m_open && m_cache) {
        const QImage cached = m_cache->find(n);
        if (!cached.isNull()) {
            m_shared->wanted.store(-1);
            Q_EMIT frameReady(n, cached);
            return;
        }
    }
    m_shared->wanted.store(n);
    if (!m_open || !m_worker)
        return; // served once open
    VideoSourceWorker *worker = m_worker;
    const quint64 generation = m_generation;
    QMetaObject::invokeMethod(
            m_worker, [worker, generation] { worker->serve(generation); }, Qt::QueuedConnection);
}

void VideoSource::setCacheBudget(qint64 bytes)
{
    m_budget = bytes;
    if (m_cache)
        m_cache->setBudget(bytes);
}

void VideoSource::onOpened(quint64 generation, const VideoInfo &info)
{
    if (generation != m_generation)
        return;
    m_info = info;
    m_open = true;
    Q_EMIT opened(m_info);
    // A request made while the worker was finishing the open is served now.
    if (m_open && m_shared->wanted.load() >= 0)
        requestFrame(m_shared->wanted.load());
}

void VideoSource::onFailed(quint64 generation, const QString &message, bool fatal)
{
    if (generation != m_generation)
        return;
    if (fatal)
        close();
    Q_EMIT failed(message);
}

void VideoSource::onFrame(quint64 generation, qint64 frame, const QImage &image)
{
    if (generation != m_generation)
        return;
    Q_EMIT frameReady(frame, image);
}

void VideoSource::onProgress(quint64 generation, int percent)
{
    if (generation != m_generation)
        return;
    Q_EMIT indexProgress(percent);
}

Result<VideoInfo> probeVideo(const QString &path)
{
    auto index = VideoIndex::open(path);
    if (!index)
        return index.error();
    return (*index)->info();
}

} // namespace annostraat
