// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A video for the editor (docs/media.md "Video").
//
// Design note. VideoSource lives in the caller's (GUI) thread; all indexing and decoding
// happen in a worker thread of its own (a QThread with one worker object), so the GUI never
// waits on FFmpeg. open() indexes the file there (VideoIndex::open: the cached index when
// there is one) and then opens a VideoDecoder on it; indexProgress, opened or failed follow.
// requestFrame(n) is served at once from the decoded-frame cache (shared, thread-safe) when
// the frame is there: frameReady is then emitted before requestFrame returns. Otherwise the
// request goes to the worker; only the newest request is decoded (a newer one interrupts
// the decode under way between two packets). close() and the destructor cancel indexing and
// decoding promptly (between two packets) and the destructor waits for the worker thread.
// Signals of an earlier open() that arrive after close() or a new open() are dropped.

#include "media/videodecoder.h"
#include "media/videoindex.h"

#include <QImage>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace annostraat {

class VideoSourceWorker;

class VideoSource : public QObject
{
    Q_OBJECT

public:
    explicit VideoSource(QObject *parent = nullptr);
    ~VideoSource() override;

    /// Starts indexing \a path (asynchronous; a cached index makes it quick).
    void open(const QString &path);
    /// Cancels what is under way and forgets the video.
    void close();
    const VideoInfo &info() const { return m_info; }
    bool isOpen() const { return m_open; }
    /// Asks for frame \a n; the newest request wins. A frame in the cache is emitted at once.
    /// A request before opened() is kept and served once the video is open.
    void requestFrame(qint64 n);
    /// Bytes of decoded frames kept around the cursor (default VideoFrameCache::kDefaultBudget).
    void setCacheBudget(qint64 bytes);

Q_SIGNALS:
    void indexProgress(int percent);
    void opened(const annostraat::VideoInfo &info);
    /// Names the file and the problem, worded for people; after a failed open() the source is
    /// closed, after a failed frame it stays open.
    void failed(const QString &message);
    void frameReady(qint64 frame, const QImage &image);

private:
    friend class VideoSourceWorker;
    void onOpened(quint64 generation, const annostraat::VideoInfo &info);
    void onFailed(quint64 generation, const QString &message, bool fatal);
    void onFrame(quint64 generation, qint64 frame, const QImage &image);
    void onProgress(quint64 generation, int percent);

    struct Shared;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
    VideoSourceWorker *m_worker = nullptr;
    std::shared_ptr<VideoFrameCache> m_cache; ///< of the open video
    qint64 m_budget = VideoFrameCache::kDefaultBudget;
    VideoInfo m_info;
    bool m_open = false;
    quint64 m_generation = 0;
};

/// What the index says about \a path (indexing it when no cached index is there): for the
/// CLI and the task builder.
Result<VideoInfo> probeVideo(const QString &path);

} // namespace annostraat

Q_DECLARE_METATYPE(annostraat::VideoInfo)
