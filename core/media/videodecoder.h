// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Exact frames of a video (docs/media.md "Video").
//
// Design note. VideoDecoder serves frame n of a VideoIndex: it seeks to the keyframe at or
// before the frame by the index's own timestamps (the keyframe's dts, or its pts when that is
// smaller, with AVSEEK_FLAG_BACKWARD), flushes the codec, drops packets until that keyframe
// (the demuxer may land earlier) and decodes forward until the frame whose pts is the
// index's pts(n). The landing is
// verified: when the first keyframe read (or the first frame decoded) is already past the
// target, the demuxer overshot and the seek is retried from an earlier keyframe. Frames with
// a pts before the keyframe the decode started at (an open GOP's leading frames, which refer
// to the GOP before) are never used. When the target lies ahead in the GOP being decoded (or
// a few frames ahead), decoding simply goes on without a seek. On the way to the target,
// the frames just before it go into the VideoFrameCache: 4 after a jump, and as many as the
// cache holds when the request is a step backwards, so stepping backwards costs one decode
// from the keyframe about every (cache budget / frame size) steps. Frames are QImage
// Format_RGB32 at the display size (the sample aspect ratio applied).
// A VideoDecoder is used by one thread at a time; the cache may be shared between threads.

#include "media/videoindex.h"

#include <QCache>
#include <QImage>
#include <QMutex>

#include <atomic>
#include <functional>
#include <memory>

namespace annostraat {

/// Decoded frames by frame number, bounded in bytes, least recently used out first.
/// Thread-safe.
class VideoFrameCache
{
public:
    static constexpr qint64 kDefaultBudget = 256LL * 1024 * 1024;

    explicit VideoFrameCache(qint64 budgetBytes = kDefaultBudget);
    void setBudget(qint64 bytes);
    qint64 budget() const;
    /// Takes \a image unless it alone is larger than the budget.
    void insert(qint64 frame, const QImage &image);
    /// The frame, or a null image.
    QImage find(qint64 frame) const;
    bool contains(qint64 frame) const;
    void clear();
    qint64 bytes() const;
    int count() const;

private:
    mutable QMutex m_mutex;
    mutable QCache<qint64, QImage> m_frames; ///< cost in KiB
};

class VideoDecoder
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Video)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Video)

public:
    /// What the decoder did so far (for tests and the benchmark).
    struct Stats
    {
        qint64 seeks = 0;   ///< seeks to a keyframe (retries included)
        qint64 retries = 0; ///< seeks retried from an earlier keyframe (overshoots)
        qint64 decoded = 0; ///< frames that came out of the codec
        qint64 cacheHits = 0;
    };

    /// Opens \a path's stream that \a index describes (the index must be of this file).
    static Result<std::unique_ptr<VideoDecoder>> open(const QString &path,
                                                      std::shared_ptr<const VideoIndex> index);
    ~VideoDecoder();
    VideoDecoder(const VideoDecoder &) = delete;
    VideoDecoder &operator=(const VideoDecoder &) = delete;

    const VideoIndex &index() const;
    /// Frame \a n (0 <= n < frameCount()) at the display size, from the cache when there.
    Result<QImage> frame(qint64 n);
    /// Called between packets while decoding; returning true abandons the frame() under way
    /// (its error then says so). For a newer request that makes this one moot.
    void setInterrupt(std::function<bool()> interrupted);
    /// Shares \a cache (default: one of the decoder's own, kDefaultBudget).
    void setCache(std::shared_ptr<VideoFrameCache> cache);
    VideoFrameCache &cache() const;
    /// Off: every frame() seeks and decodes (for measuring the decoding limit).
    void setCacheEnabled(bool enabled);
    Stats stats() const;

private:
    VideoDecoder();
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace annostraat
