// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiodecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libswresample/swresample.h>
}

#include <algorithm>
#include <cstring>
#include <limits>
#include <mutex>
#include <vector>

namespace annostraat {

namespace {

constexpr AVRational kMs{1, 1000};
// FFmpeg's AV_TIME_BASE_Q is a C compound literal, which is no C++ (clang: -Wc99-extensions).
constexpr AVRational kAvTimeBase{1, AV_TIME_BASE};
/// Decoding starts this long before a seek target, so codecs that overlap frames (AAC,
/// Vorbis, Opus) have settled when the first sample asked for comes out.
constexpr qint64 kPrerollMs = 200;
/// A stream that ends this much before the length its file declares (or 1 % of it, if more)
/// is called truncated.
constexpr qint64 kTruncationSlackMs = 500;
/// Packets in a row the decoder refuses before the stream is called undecodable.
constexpr int kMaxBadPackets = 64;
/// Silence put in front of a sound track that starts late: at most this much beyond the length
/// the file declares (a damaged timestamp must not become hours of zeros).
constexpr qint64 kMaxLeadingSilenceMs = 60000;

QString avText(int code)
{
    char buffer[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, buffer, sizeof buffer);
    return QString::fromUtf8(buffer);
}

void quietFfmpeg()
{
    // FFmpeg reports problems on stderr; ours go to the person as messages naming the file.
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_level(AV_LOG_FATAL); });
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1);
}

} // namespace

struct AudioDecoder::Private
{
    QString path;
    AVFormatContext *format = nullptr;
    AVCodecContext *codec = nullptr;
    AVPacket *packet = nullptr;
    AVFrame *frame = nullptr;
    SwrContext *swr = nullptr;
    // What swr was made for, to notice a stream that changes its format midway.
    int swrFormat = -1;
    int swrRate = 0;
    AVChannelLayout swrLayout{};

    int stream = -1;
    AVRational timeBase{1, 1};
    qint64 startTs = 0; ///< time 0, in timeBase
    int outRate = 0;
    int outChannels = 0;
    int wantedRate = 0; ///< setSampleRate(), applied at the next seek
    qint64 durationMs = -1;
    bool durationReliable = false;

    std::vector<qint16> pending; ///< converted, not yet read
    size_t pendingPos = 0;       ///< in samples (frames × channels)
    qint64 silenceFrames = 0;    ///< to give before pending (a sound track starting late)
    qint64 dropFrames = 0;       ///< to drop from what is converted next (decoded before a target)
    qint64 position = 0;         ///< frame time of the next frame read() gives
    bool aligned = false;        ///< false: the next decoded frame's timestamp places the output
    bool demuxEnd = false;
    bool finished = false;
    bool endReported = false;
    int badPackets = 0;

    ~Private()
    {
        swr_free(&swr);
        av_channel_layout_uninit(&swrLayout);
        av_frame_free(&frame);
        av_packet_free(&packet);
        avcodec_free_context(&codec);
        avformat_close_input(&format);
    }

    Error fileError(const Message &problem, Error::Fault fault = Error::Fault::Data) const
    {
        return Error::at(QDir::toNativeSeparators(path), 0, problem, fault);
    }
    Error ffmpegError(const Message &problem, int code) const
    {
        return fileError(
                Message::pattern(QStringLiteral("%1 (FFmpeg: %2)")).arg(problem, avText(code)));
    }

    qint64 available() const { return qint64(pending.size() - pendingPos) / outChannels; }

    Result<void> makeResampler(const AVFrame *f)
    {
        if (swr && swrFormat == f->format && swrRate == f->sample_rate &&
            av_channel_layout_compare(&swrLayout, &f->ch_layout) == 0)
            return {};
        swr_free(&swr);
        av_channel_layout_uninit(&swrLayout);
        AVChannelLayout outLayout{};
        av_channel_layout_default(&outLayout, outChannels);
        AVChannelLayout inLayout{};
        if (f->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC || f->ch_layout.nb_channels <= 0)
            av_channel_layout_default(&inLayout, std::max(f->ch_layout.nb_channels, 1));
        else
            av_channel_layout_copy(&inLayout, &f->ch_layout);
        int r = swr_alloc_set_opts2(&swr, &outLayout, AV_SAMPLE_FMT_S16, outRate, &inLayout,
                                    AVSampleFormat(f->format), f->sample_rate, 0, nullptr);
        if (r >= 0)
            r = swr_init(swr);
        av_channel_layout_uninit(&outLayout);
        if (r < 0) {
            av_channel_layout_uninit(&inLayout);
            swr_free(&swr);
            return ffmpegError(msg("its audio cannot be converted for playing"), r);
        }
        swrLayout = inLayout;
        swrFormat = f->format;
        swrRate = f->sample_rate;
        return {};
    }

    /// Converts the decoded frame and appends it to pending, placed by its timestamp when
    /// the output is not aligned yet (after opening or seeking).
    Result<void> convert(const AVFrame *f)
    {
        if (f->nb_samples <= 0 || f->sample_rate <= 0)
            return {};
        if (auto made = makeResampler(f); !made)
            return made;
        if (!aligned) {
            aligned = true;
            const qint64 pts = f->best_effort_timestamp;
            if (pts != AV_NOPTS_VALUE) {
                const qint64 at = av_rescale_q(pts - startTs, timeBase, AVRational{1, outRate});
                const qint64 limit =
                        (std::max<qint64>(durationMs, 0) + kMaxLeadingSilenceMs) * outRate / 1000;
                if (at > position)
                    silenceFrames = std::min(at, limit) - std::min(position, limit);
                else
                    dropFrames = position - at;
            }
        }
        const int room = swr_get_out_samples(swr, f->nb_samples);
        if (room < 0)
            return ffmpegError(msg("its audio cannot be converted for playing"), room);
        const size_t old = pending.size();
        pending.resize(old + size_t(room) * outChannels);
        auto *out = reinterpret_cast<uint8_t *>(pending.data() + old);
        const int got = swr_convert(swr, &out, room, const_cast<const uint8_t **>(f->extended_data),
                                    f->nb_samples);
        if (got < 0) {
            pending.resize(old);
            return ffmpegError(msg("its audio cannot be converted for playing"), got);
        }
        pending.resize(old + size_t(got) * outChannels);
        dropPending();
        return {};
    }

    void dropPending()
    {
        const qint64 n = std::min(dropFrames, available());
        pendingPos += size_t(n) * outChannels;
        dropFrames -= n;
        if (pendingPos == pending.size()) {
            pending.clear();
            pendingPos = 0;
        }
    }

    void drainResampler()
    {
        if (!swr)
            return;
        const int room = swr_get_out_samples(swr, 0);
        if (room <= 0)
            return;
        const size_t old = pending.size();
        pending.resize(old + size_t(room) * outChannels);
        auto *out = reinterpret_cast<uint8_t *>(pending.data() + old);
        const int got = swr_convert(swr, &out, room, nullptr, 0);
        pending.resize(old + size_t(std::max(got, 0)) * outChannels);
        dropPending();
    }

    /// Decodes until something is pending or the stream ends.
    Result<void> fill()
    {
        while (available() == 0 && silenceFrames == 0 && !finished) {
            int r = avcodec_receive_frame(codec, frame);
            if (r == 0) {
                auto converted = convert(frame);
                av_frame_unref(frame);
                if (!converted)
                    return converted;
                continue;
            }
            if (r == AVERROR_EOF) {
                drainResampler();
                finished = true;
                break;
            }
            if (r != AVERROR(EAGAIN))
                return ffmpegError(msg("its audio cannot be decoded"), r);
            if (demuxEnd) {
                // The decoder wants input after it was told the end: nothing more comes.
                finished = true;
                break;
            }
            r = av_read_frame(format, packet);
            if (r < 0) {
                if (r != AVERROR_EOF && !avio_feof(format->pb))
                    return ffmpegError(msg("cannot be read any further; it may be damaged"), r);
                demuxEnd = true;
                avcodec_send_packet(codec, nullptr);
                continue;
            }
            if (packet->stream_index != stream) {
                av_packet_unref(packet);
                continue;
            }
            r = avcodec_send_packet(codec, packet);
            av_packet_unref(packet);
            if (r < 0 && r != AVERROR(EAGAIN)) {
                // A damaged packet is skipped, as players do; many in a row mean the stream
                // cannot be decoded at all.
                if (++badPackets > kMaxBadPackets)
                    return ffmpegError(msg("its audio cannot be decoded"), r);
            } else {
                badPackets = 0;
            }
        }
        return {};
    }

    Result<void> truncationCheck()
    {
        if (!durationReliable || durationMs <= 0)
            return {};
        const qint64 endMs = position * 1000 / outRate;
        const qint64 slack = std::max(kTruncationSlackMs, durationMs / 100);
        if (endMs + slack >= durationMs)
            return {};
        return fileError(msg("the audio stops at %1 s of the %2 s the file declares: the file is "
                             "truncated or damaged")
                                 .arg(seconds(endMs), seconds(durationMs)));
    }
};

AudioDecoder::AudioDecoder(std::unique_ptr<Private> d)
    : d(std::move(d))
{}

AudioDecoder::~AudioDecoder() = default;

bool AudioDecoder::isNoAudio(const Error &error)
{
    return error.code() == msg("has no audio").code();
}

Result<std::unique_ptr<AudioDecoder>> AudioDecoder::open(const QString &path, int sampleRate,
                                                         int channels)
{
    quietFfmpeg();
    auto d = std::make_unique<Private>();
    d->path = path;
    // A local file and nothing else: "file:" so no part of the name reads as a protocol, and
    // only the file protocol, so a playlist inside an untrusted package reaches no network.
    const QByteArray name = "file:" + QFile::encodeName(QFileInfo(path).absoluteFilePath());
    AVDictionary *options = nullptr;
    av_dict_set(&options, "protocol_whitelist", "file", 0);
    int r = avformat_open_input(&d->format, name.constData(), nullptr, &options);
    av_dict_free(&options);
    if (r < 0) {
        if (r == AVERROR(ENOENT) || r == AVERROR(EACCES) || r == AVERROR(EIO))
            return d->fileError(Message::pattern(QStringLiteral("%1 (%2)"))
                                        .arg(msg("cannot be opened"), avText(r)),
                                Error::Fault::Access);
        return d->ffmpegError(msg("is not a media file the program can read, or it is damaged"), r);
    }
    r = avformat_find_stream_info(d->format, nullptr);
    if (r < 0)
        return d->ffmpegError(msg("is not a media file the program can read, or it is damaged"), r);
    const AVCodec *decoder = nullptr;
    r = av_find_best_stream(d->format, AVMEDIA_TYPE_AUDIO, -1, -1, &decoder, 0);
    if (r == AVERROR_STREAM_NOT_FOUND)
        return d->fileError(msg("has no audio"));
    if (r < 0 || !decoder)
        return d->ffmpegError(msg("its audio is in a format the program cannot decode"),
                              r < 0 ? r : AVERROR_DECODER_NOT_FOUND);
    d->stream = r;
    AVStream *st = d->format->streams[d->stream];
    d->timeBase = st->time_base;
    if (d->timeBase.num <= 0 || d->timeBase.den <= 0)
        return d->fileError(msg("is not a media file the program can read, or it is damaged"));
    // Time 0: the first frame of the video (what the video index calls frame 0), so that
    // audio millisecond t is heard with the picture shown at t; for audio alone (or a cover
    // picture) the container's start.
    const int video = av_find_best_stream(d->format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    const AVStream *vst = video >= 0 ? d->format->streams[video] : nullptr;
    if (vst && !(vst->disposition & AV_DISPOSITION_ATTACHED_PIC) &&
        vst->start_time != AV_NOPTS_VALUE && vst->time_base.num > 0 && vst->time_base.den > 0)
        d->startTs = av_rescale_q(vst->start_time, vst->time_base, d->timeBase);
    else if (d->format->start_time != AV_NOPTS_VALUE)
        d->startTs = av_rescale_q(d->format->start_time, kAvTimeBase, d->timeBase);
    else if (st->start_time != AV_NOPTS_VALUE)
        d->startTs = st->start_time;
    // Only the audio's packets are wanted from here on.
    for (unsigned i = 0; i < d->format->nb_streams; ++i) {
        if (int(i) != d->stream)
            d->format->streams[i]->discard = AVDISCARD_ALL;
    }

    d->codec = avcodec_alloc_context3(decoder);
    d->packet = av_packet_alloc();
    d->frame = av_frame_alloc();
    if (!d->codec || !d->packet || !d->frame)
        return d->fileError(msg("cannot be decoded: out of memory"), Error::Fault::Access);
    r = avcodec_parameters_to_context(d->codec, st->codecpar);
    if (r >= 0) {
        d->codec->pkt_timebase = st->time_base;
        d->codec->thread_count = 1;
        r = avcodec_open2(d->codec, decoder, nullptr);
    }
    if (r < 0)
        return d->ffmpegError(msg("its audio cannot be decoded"), r);
    const int srcRate = d->codec->sample_rate;
    const int srcChannels = d->codec->ch_layout.nb_channels;
    if (srcRate <= 0 || srcChannels <= 0)
        return d->fileError(msg("its audio cannot be decoded"));
    d->outRate = sampleRate > 0 ? sampleRate : srcRate;
    d->outChannels = channels > 0 ? channels : std::min(srcChannels, 8);
    d->wantedRate = d->outRate;

    if (st->duration != AV_NOPTS_VALUE && st->duration > 0) {
        const qint64 start = st->start_time != AV_NOPTS_VALUE ? st->start_time : d->startTs;
        d->durationMs = av_rescale_q(start - d->startTs + st->duration, d->timeBase, kMs);
        d->durationReliable = d->format->duration_estimation_method != AVFMT_DURATION_FROM_BITRATE;
    } else if (d->format->duration != AV_NOPTS_VALUE && d->format->duration > 0) {
        d->durationMs = av_rescale_q(d->format->duration, kAvTimeBase, kMs);
    }
    return std::unique_ptr<AudioDecoder>(new AudioDecoder(std::move(d)));
}

const QString &AudioDecoder::path() const
{
    return d->path;
}

int AudioDecoder::sampleRate() const
{
    return d->outRate;
}

int AudioDecoder::channels() const
{
    return d->outChannels;
}

int AudioDecoder::sourceRate() const
{
    return d->codec->sample_rate;
}

int AudioDecoder::sourceChannels() const
{
    return d->codec->ch_layout.nb_channels;
}

QString AudioDecoder::codecName() const
{
    return QString::fromLatin1(avcodec_get_name(d->codec->codec_id));
}

qint64 AudioDecoder::durationMs() const
{
    return d->durationMs;
}

void AudioDecoder::setSampleRate(int sampleRate)
{
    if (sampleRate > 0)
        d->wantedRate = sampleRate;
}

qint64 AudioDecoder::positionFrames() const
{
    return d->position;
}

qint64 AudioDecoder::positionMs() const
{
    return d->position * 1000 / d->outRate;
}

bool AudioDecoder::atEnd() const
{
    return d->finished && d->available() == 0 && d->silenceFrames == 0;
}

Result<qint64> AudioDecoder::read(qint16 *out, qint64 maxFrames)
{
    const int ch = d->outChannels;
    qint64 done = 0;
    while (done < maxFrames) {
        if (d->silenceFrames > 0) {
            const qint64 n = std::min(d->silenceFrames, maxFrames - done);
            std::memset(out + done * ch, 0, size_t(n) * ch * sizeof(qint16));
            d->silenceFrames -= n;
            d->position += n;
            done += n;
            continue;
        }
        if (const qint64 have = d->available(); have > 0) {
            const qint64 n = std::min(have, maxFrames - done);
            std::memcpy(out + done * ch, d->pending.data() + d->pendingPos,
                        size_t(n) * ch * sizeof(qint16));
            d->pendingPos += size_t(n) * ch;
            if (d->pendingPos == d->pending.size()) {
                d->pending.clear();
                d->pendingPos = 0;
            }
            d->position += n;
            done += n;
            continue;
        }
        if (d->finished)
            break;
        if (auto filled = d->fill(); !filled) {
            if (done > 0)
                break; // what was read is good; the error comes again with the next read
            return filled.error();
        }
    }
    if (done == 0 && d->finished && !d->endReported) {
        d->endReported = true;
        if (auto complete = d->truncationCheck(); !complete)
            return complete.error();
    }
    return done;
}

Result<void> AudioDecoder::seek(qint64 ms)
{
    ms = std::max<qint64>(ms, 0);
    if (d->wantedRate != d->outRate) {
        d->outRate = d->wantedRate;
        swr_free(&d->swr);
    }
    // Whatever the resampler holds belongs to the old position.
    if (d->swr) {
        swr_free(&d->swr);
    }
    avcodec_flush_buffers(d->codec);
    d->pending.clear();
    d->pendingPos = 0;
    d->silenceFrames = 0;
    d->dropFrames = 0;
    d->position = ms * d->outRate / 1000;
    d->aligned = false;
    d->demuxEnd = false;
    d->finished = false;
    d->endReported = false;
    d->badPackets = 0;

    // To a packet at or before the target (minus the preroll), backing off further when the
    // demuxer lands after it (Ogg, MPEG-TS bisect by bytes).
    const qint64 target = av_rescale_q(ms, kMs, d->timeBase) + d->startTs;
    for (qint64 backoffMs : {kPrerollMs, qint64(2000), qint64(10000), qint64(60000), qint64(-1)}) {
        const qint64 ts = backoffMs < 0 ? std::numeric_limits<qint64>::min()
                                        : target - av_rescale_q(backoffMs, kMs, d->timeBase);
        const qint64 seekTs = std::max(ts, d->startTs);
        int r = av_seek_frame(d->format, d->stream, seekTs, AVSEEK_FLAG_BACKWARD);
        if (r < 0)
            r = avformat_seek_file(d->format, d->stream, std::numeric_limits<qint64>::min(), seekTs,
                                   seekTs, 0);
        if (r < 0) {
            if (backoffMs < 0 || seekTs <= d->startTs)
                return d->ffmpegError(msg("cannot be played from %1 s").arg(seconds(ms)), r);
            continue;
        }
        // The first packet of the stream tells where the demuxer landed.
        while (true) {
            r = av_read_frame(d->format, d->packet);
            if (r < 0 || d->packet->stream_index == d->stream)
                break;
            av_packet_unref(d->packet);
        }
        if (r < 0) {
            d->demuxEnd = true;
            avcodec_send_packet(d->codec, nullptr);
            return {}; // past the end: read() gives nothing
        }
        const qint64 landed = d->packet->pts != AV_NOPTS_VALUE ? d->packet->pts : d->packet->dts;
        if (landed != AV_NOPTS_VALUE && landed > target && seekTs > d->startTs && backoffMs >= 0) {
            av_packet_unref(d->packet);
            continue;
        }
        avcodec_send_packet(d->codec, d->packet);
        av_packet_unref(d->packet);
        return {};
    }
    return {};
}

} // namespace annostraat
