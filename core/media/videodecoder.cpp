// SPDX-License-Identifier: GPL-3.0-or-later
#include "videodecoder.h"

#include "ffmpegsupport.h"

#include <QDir>

#include <algorithm>

namespace annostraat {

using namespace ffmpeg;

// ---- VideoFrameCache ----------------------------------------------------------------------

namespace {
qint64 costOf(const QImage &image)
{
    return std::max<qint64>(1, image.sizeInBytes() / 1024);
}
} // namespace

VideoFrameCache::VideoFrameCache(qint64 budgetBytes)
{
    setBudget(budgetBytes);
}

void VideoFrameCache::setBudget(qint64 bytes)
{
    QMutexLocker lock(&m_mutex);
    m_frames.setMaxCost(std::max<qint64>(0, bytes / 1024));
}

qint64 VideoFrameCache::budget() const
{
    QMutexLocker lock(&m_mutex);
    return qint64(m_frames.maxCost()) * 1024;
}

void VideoFrameCache::insert(qint64 frame, const QImage &image)
{
    QMutexLocker lock(&m_mutex);
    m_frames.insert(frame, new QImage(image), costOf(image));
}

QImage VideoFrameCache::find(qint64 frame) const
{
    QMutexLocker lock(&m_mutex);
    const QImage *image = m_frames.object(frame);
    return image ? *image : QImage();
}

bool VideoFrameCache::contains(qint64 frame) const
{
    QMutexLocker lock(&m_mutex);
    return m_frames.contains(frame);
}

void VideoFrameCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_frames.clear();
}

qint64 VideoFrameCache::bytes() const
{
    QMutexLocker lock(&m_mutex);
    return qint64(m_frames.totalCost()) * 1024;
}

int VideoFrameCache::count() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_frames.count());
}

// ---- VideoDecoder -------------------------------------------------------------------------

namespace {
/// Frames before the target converted and cached after a jump (not a step back).
constexpr qint64 kKeepAfterJump = 4;
} // namespace

struct VideoDecoder::Impl
{
    enum class Step { Found, Overshoot, Failed, Interrupted };

    QString path;
    std::shared_ptr<const VideoIndex> index;
    FormatPtr format;
    CodecPtr codec;
    int stream = -1;
    PacketPtr packet{av_packet_alloc()};
    FramePtr decoded{av_frame_alloc()};
    SwsContext *sws = nullptr;
    std::shared_ptr<VideoFrameCache> cache = std::make_shared<VideoFrameCache>();
    bool cacheEnabled = true;
    std::function<bool()> interrupted;
    Stats stats;

    // Where the decode stands.
    bool positioned = false;          ///< a seek was made and the codec has not been drained since
    bool started = false;             ///< a keyframe was sent since the seek
    bool fresh = false;               ///< no indexed frame came out since the seek
    bool draining = false;            ///< the end of the file was reached and the codec told so
    qint64 startPts = AV_NOPTS_VALUE; ///< pts of the keyframe the decode started at
    qint64 lastFrame = -1;            ///< the last indexed frame that came out
    qint64 lastAsked = -1;            ///< the frame of the last frame() call
    int readError = 0;

    ~Impl() { sws_freeContext(sws); }

    Error error(const Message &problem, int code = 0) const
    {
        return fileError(path, problem, code);
    }

    QImage convert(const AVFrame *f)
    {
        const VideoInfo &info = index->info();
        const int w = info.width > 0 ? info.width : f->width;
        const int h = info.height > 0 ? info.height : f->height;
        sws = sws_getCachedContext(sws, f->width, f->height, AVPixelFormat(f->format), w, h,
                                   AV_PIX_FMT_RGB32, SWS_BILINEAR, nullptr, nullptr, nullptr);
        if (!sws)
            return {};
        const int space = f->colorspace != AVCOL_SPC_UNSPECIFIED ? int(f->colorspace)
                          : f->height >= 720                     ? SWS_CS_ITU709
                                                                 : SWS_CS_ITU601;
        const bool fullRange = f->color_range == AVCOL_RANGE_JPEG;
        sws_setColorspaceDetails(sws, sws_getCoefficients(space), fullRange,
                                 sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, 1 << 16, 1 << 16);
        QImage image(w, h, QImage::Format_RGB32);
        if (image.isNull())
            return {};
        uint8_t *dst[4] = {image.bits(), nullptr, nullptr, nullptr};
        const int lines[4] = {int(image.bytesPerLine()), 0, 0, 0};
        sws_scale(sws, f->data, f->linesize, 0, f->height, dst, lines);
        return image;
    }

    Result<void> seekTo(int key)
    {
        const VideoIndex::Keyframe &k = index->keyframes()[size_t(key)];
        const qint64 ts = std::min(k.pts, k.dts);
        avcodec_flush_buffers(codec.get());
        int rc = av_seek_frame(format.get(), stream, ts, AVSEEK_FLAG_BACKWARD);
        if (rc < 0)
            rc = avformat_seek_file(format.get(), stream, INT64_MIN, ts, ts, 0);
        if (rc < 0 && key == 0)
            rc = av_seek_frame(format.get(), -1, 0, AVSEEK_FLAG_BYTE | AVSEEK_FLAG_BACKWARD);
        ++stats.seeks;
        positioned = false;
        if (rc < 0)
            return error(VideoDecoder::msg("seeking in the video failed"), rc);
        positioned = true;
        started = false;
        fresh = true;
        draining = false;
        startPts = k.pts;
        lastFrame = -1;
        readError = 0;
        return {};
    }

    /// Decodes on from where the codec stands until frame \a n comes out; frames from
    /// \a keepFrom on that come out before it go into the cache.
    Step run(qint64 n, qint64 keepFrom, QImage &out, Error &failure)
    {
        const qint64 target = index->pts(n);
        for (;;) {
            for (;;) {
                const int rc = avcodec_receive_frame(codec.get(), decoded.get());
                if (rc == AVERROR(EAGAIN))
                    break;
                if (rc == AVERROR_EOF) {
                    positioned = false;
                    failure = error(readError < 0
                                            ? VideoDecoder::msg("frame %1 could not be read; the "
                                                                "file is damaged or cut short")
                                                      .arg(n)
                                            : VideoDecoder::msg("frame %1 did not come out of the "
                                                                "decoder; the file may be damaged")
                                                      .arg(n),
                                    readError);
                    return Step::Failed;
                }
                if (rc < 0) {
                    if (rc == AVERROR_INVALIDDATA)
                        continue;
                    positioned = false;
                    failure = error(VideoDecoder::msg("decoding frame %1 failed").arg(n), rc);
                    return Step::Failed;
                }
                ++stats.decoded;
                const qint64 pts = decoded->pts != AV_NOPTS_VALUE ? decoded->pts
                                                                  : decoded->best_effort_timestamp;
                const qint64 at =
                        pts == AV_NOPTS_VALUE || pts < startPts ? -1 : index->frameOfPts(pts);
                if (at < 0) {
                    // A leading frame of an open GOP (it refers to the GOP before the seek),
                    // or one the container discards: never shown, never cached.
                    av_frame_unref(decoded.get());
                    continue;
                }
                const bool first = fresh;
                fresh = false;
                lastFrame = at;
                if (at == n) {
                    out = convert(decoded.get());
                    av_frame_unref(decoded.get());
                    if (out.isNull()) {
                        failure =
                                error(VideoDecoder::msg("frame %1 could not be converted").arg(n));
                        return Step::Failed;
                    }
                    if (cacheEnabled)
                        cache->insert(n, out);
                    return Step::Found;
                }
                if (pts > target) {
                    // Past the target: the demuxer landed after it (first frame), or the
                    // codec dropped it. Either way, back off to an earlier keyframe.
                    av_frame_unref(decoded.get());
                    Q_UNUSED(first);
                    positioned = false;
                    return Step::Overshoot;
                }
                if (cacheEnabled && at >= keepFrom && !cache->contains(at)) {
                    const QImage passed = convert(decoded.get());
                    if (!passed.isNull())
                        cache->insert(at, passed);
                }
                av_frame_unref(decoded.get());
            }
            if (draining) {
                // The codec was told the file ended and has nothing more: EAGAIN after a
                // flush packet does not happen, but be safe.
                positioned = false;
                failure = error(VideoDecoder::msg("frame %1 did not come out of the decoder; the "
                                                  "file may be damaged")
                                        .arg(n));
                return Step::Failed;
            }
            if (interrupted && interrupted())
                return Step::Interrupted;

            const int rc = av_read_frame(format.get(), packet.get());
            if (rc < 0) {
                if (rc != AVERROR_EOF)
                    readError = rc;
                if (!started) {
                    positioned = false;
                    return Step::Overshoot;
                }
                avcodec_send_packet(codec.get(), nullptr);
                draining = true;
                continue;
            }
            if (packet->stream_index != stream) {
                av_packet_unref(packet.get());
                continue;
            }
            if (!started) {
                // After a seek, decoding starts at the keyframe asked for: whatever the
                // demuxer gives before it is dropped unread by the codec (MPEG-TS lands
                // anywhere; MP4 may land a keyframe early, since it seeks by dts).
                const qint64 p = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
                if (!(packet->flags & AV_PKT_FLAG_KEY) ||
                    (p != AV_NOPTS_VALUE && p < startPts)) {
                    av_packet_unref(packet.get());
                    continue;
                }
                if (p != AV_NOPTS_VALUE && p > target) {
                    av_packet_unref(packet.get());
                    positioned = false;
                    return Step::Overshoot;
                }
                started = true;
                if (p != AV_NOPTS_VALUE)
                    startPts = p;
            }
            const int sent = avcodec_send_packet(codec.get(), packet.get());
            av_packet_unref(packet.get());
            if (sent < 0 && sent != AVERROR_INVALIDDATA && sent != AVERROR(EAGAIN)) {
                positioned = false;
                failure = error(VideoDecoder::msg("decoding frame %1 failed").arg(n), sent);
                return Step::Failed;
            }
        }
    }
};

VideoDecoder::VideoDecoder()
    : d(std::make_unique<Impl>())
{}

VideoDecoder::~VideoDecoder() = default;

Result<std::unique_ptr<VideoDecoder>> VideoDecoder::open(const QString &path,
                                                         std::shared_ptr<const VideoIndex> index)
{
    if (!index)
        return Error(msg("no index for the video"));
    auto opened = openInput(path);
    if (!opened)
        return opened.error();
    std::unique_ptr<VideoDecoder> decoder(new VideoDecoder);
    Impl &d = *decoder->d;
    d.path = path;
    d.index = std::move(index);
    d.format = std::move(*opened);
    d.stream = d.index->streamIndex();
    if (d.stream < 0 || d.stream >= int(d.format->nb_streams) ||
        d.format->streams[d.stream]->codecpar->codec_type != AVMEDIA_TYPE_VIDEO)
        return fileError(path, msg("the file changed since it was indexed"));
    for (unsigned i = 0; i < d.format->nb_streams; ++i)
        d.format->streams[i]->discard = int(i) == d.stream ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    const AVStream *st = d.format->streams[d.stream];
    const AVCodec *codec = avcodec_find_decoder(st->codecpar->codec_id);
    if (!codec)
        return fileError(
                path, msg("there is no decoder for its video codec (%1)")
                              .arg(QString::fromLatin1(avcodec_get_name(st->codecpar->codec_id))));
    d.codec.reset(avcodec_alloc_context3(codec));
    if (!d.codec || !d.packet || !d.decoded)
        return fileError(path, msg("out of memory"), AVERROR(ENOMEM));
    int rc = avcodec_parameters_to_context(d.codec.get(), st->codecpar);
    if (rc >= 0) {
        d.codec->pkt_timebase = st->time_base;
        d.codec->thread_count = 0;
        d.codec->thread_type = FF_THREAD_FRAME | FF_THREAD_SLICE;
        rc = avcodec_open2(d.codec.get(), codec, nullptr);
    }
    if (rc < 0)
        return fileError(path, msg("its video decoder could not be opened"), rc);
    return decoder;
}

const VideoIndex &VideoDecoder::index() const
{
    return *d->index;
}

void VideoDecoder::setInterrupt(std::function<bool()> interrupted)
{
    d->interrupted = std::move(interrupted);
}

void VideoDecoder::setCache(std::shared_ptr<VideoFrameCache> cache)
{
    if (cache)
        d->cache = std::move(cache);
}

VideoFrameCache &VideoDecoder::cache() const
{
    return *d->cache;
}

void VideoDecoder::setCacheEnabled(bool enabled)
{
    d->cacheEnabled = enabled;
}

VideoDecoder::Stats VideoDecoder::stats() const
{
    return d->stats;
}

Result<QImage> VideoDecoder::frame(qint64 n)
{
    const VideoIndex &index = *d->index;
    if (n < 0 || n >= index.frameCount())
        return fileError(d->path, msg("frame %1 is not in the video (frames 0 to %2)")
                                          .arg(n)
                                          .arg(index.frameCount() - 1));
    if (d->cacheEnabled) {
        const QImage cached = d->cache->find(n);
        if (!cached.isNull()) {
            ++d->stats.cacheHits;
            d->lastAsked = n;
            return cached;
        }
    }
    // The frames before n that go into the cache on the way: as many as it holds when
    // stepping backwards (the next steps are then served from it), a few after a jump (each
    // costs a conversion, and a jump is often not followed by steps back).
    const qint64 frameBytes =
            qint64(std::max(1, index.info().width)) * std::max(1, index.info().height) * 4;
    const qint64 room = std::max<qint64>(1, d->cache->budget() / frameBytes);
    const bool steppingBack = d->lastAsked > n && d->lastAsked - n <= 2;
    d->lastAsked = n;
    const qint64 keepFrom = n - (steppingBack ? room : std::min(room, kKeepAfterJump)) + 1;

    constexpr qint64 kDecodeOnRather = 12; // frames: cheaper than a seek into the next GOP
    QImage out;
    Error failure;
    Impl::Step step = Impl::Step::Overshoot;
    if (d->positioned && d->started && !d->draining && d->lastFrame >= 0 && d->lastFrame < n &&
        (index.keyframeFor(n) <= index.keyframeFor(d->lastFrame) ||
         n - d->lastFrame <= kDecodeOnRather)) {
        step = d->run(n, keepFrom, out, failure);
    }
    int key = index.keyframeFor(n);
    for (int attempt = 0; step == Impl::Step::Overshoot && attempt < 5; ++attempt) {
        if (attempt > 0) {
            if (key == 0)
                break;
            ++d->stats.retries;
            key = std::max(0, key - (1 << (attempt - 1)));
        }
        if (auto sought = d->seekTo(key); !sought)
            return sought.error();
        step = d->run(n, keepFrom, out, failure);
    }
    switch (step) {
    case Impl::Step::Found:
        return out;
    case Impl::Step::Failed:
        return failure;
    case Impl::Step::Interrupted:
        return Error::at(QDir::toNativeSeparators(d->path), 0,
                         msg("decoding frame %1 was interrupted").arg(n), Error::Fault::Access);
    case Impl::Step::Overshoot:
        break;
    }
    return fileError(d->path, msg("frame %1 could not be decoded exactly; the file may be "
                                  "damaged")
                                      .arg(n));
}

} // namespace annostraat
