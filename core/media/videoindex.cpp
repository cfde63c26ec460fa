// SPDX-License-Identifier: GPL-3.0-or-later
#include "videoindex.h"

#include "ffmpegsupport.h"

#include <QCryptographicHash>
#include <QDataStream>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace annostraat {

using namespace ffmpeg;

namespace {

constexpr quint32 kMagic = 0x414e5649; // "ANVI"
constexpr quint32 kVersion = 1;

QMutex &folderMutex()
{
    static QMutex mutex;
    return mutex;
}

QString &folderSetting()
{
    static QString folder;
    return folder;
}

QString timecodeTag(const AVDictionary *metadata)
{
    const AVDictionaryEntry *e = av_dict_get(metadata, "timecode", nullptr, 0);
    return e ? QString::fromUtf8(e->value).trimmed() : QString();
}

/// The start timecode: the video stream's tag, a tmcd (data) stream's, or the container's.
QString startTimecodeOf(const AVFormatContext *format, int stream)
{
    QString tc = timecodeTag(format->streams[stream]->metadata);
    for (unsigned i = 0; tc.isEmpty() && i < format->nb_streams; ++i) {
        const AVStream *st = format->streams[i];
        if (st->codecpar->codec_tag == MKTAG('t', 'm', 'c', 'd') ||
            st->codecpar->codec_type == AVMEDIA_TYPE_DATA)
            tc = timecodeTag(st->metadata);
    }
    if (tc.isEmpty())
        tc = timecodeTag(format->metadata);
    return tc;
}

FrameRate rateOf(const AVStream *st, qint64 frames, qint64 spanPts)
{
    AVRational r = st->avg_frame_rate;
    if (r.num <= 0 || r.den <= 0)
        r = st->r_frame_rate;
    if ((r.num <= 0 || r.den <= 0) && frames > 1 && spanPts > 0)
        r = av_mul_q(AVRational{int(frames - 1), 1},
                     av_inv_q(av_mul_q(AVRational{int(std::min<qint64>(spanPts, INT_MAX)), 1},
                                       st->time_base)));
    if (r.num <= 0 || r.den <= 0)
        return {};
    int num = 0;
    int den = 0;
    av_reduce(&num, &den, r.num, r.den, 1000000);
    return FrameRate{num, den};
}

} // namespace

struct VideoIndexBuilder
{
    static Result<std::shared_ptr<const VideoIndex>>
    build(const QString &path, const MediaProgress &progress, int wanted)
    {
        auto opened = openInput(path);
        if (!opened)
            return opened.error();
        AVFormatContext *format = opened->get();
        auto chosen = videoStream(format, path, wanted);
        if (!chosen)
            return chosen.error();
        const int stream = *chosen;
        for (unsigned i = 0; i < format->nb_streams; ++i)
            format->streams[i]->discard = int(i) == stream ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
        AVStream *st = format->streams[stream];

        auto index = std::make_shared<VideoIndex>();
        VideoInfo &info = index->m_info;
        info.path = path;
        info.streamIndex = stream;
        index->m_timeBaseNum = st->time_base.num;
        index->m_timeBaseDen = st->time_base.den;

        const qint64 fileSize = format->pb ? avio_size(format->pb) : -1;
        PacketPtr packet(av_packet_alloc());
        std::vector<qint64> shown;
        bool missingPts = false;
        qint64 lastPts = AV_NOPTS_VALUE;
        qint64 lastDuration = 0;
        qint64 packets = 0;
        int readError = 0;
        for (;;) {
            const int rc = av_read_frame(format, packet.get());
            if (rc < 0) {
                if (rc != AVERROR_EOF)
                    readError = rc;
                break;
            }
            if (packet->stream_index == stream && packet->size > 0) {
                const qint64 pts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
                const bool discard = packet->flags & AV_PKT_FLAG_DISCARD;
                if (pts == AV_NOPTS_VALUE) {
                    missingPts = missingPts || !discard;
                } else {
                    if (packet->flags & AV_PKT_FLAG_KEY)
                        index->m_keys.push_back(
                                {pts, packet->dts != AV_NOPTS_VALUE ? packet->dts : pts});
                    if (!discard) {
                        shown.push_back(pts);
                        if (lastPts == AV_NOPTS_VALUE || pts > lastPts) {
                            lastPts = pts;
                            lastDuration = packet->duration;
                        }
                    }
                }
            }
            av_packet_unref(packet.get());
            if (progress && (++packets % 64) == 0) {
                const double done =
                        fileSize > 0 && format->pb
                                ? std::clamp(double(avio_tell(format->pb)) / double(fileSize), 0.0,
                                             1.0)
                                : 0.0;
                if (!progress(done))
                    return Error::at(QDir::toNativeSeparators(path), 0,
                                     Tr::msg("indexing the video was cancelled"),
                                     Error::Fault::Access);
            }
        }
        if (missingPts)
            return fileError(path,
                             Tr::msg("the video's frames carry no timestamps (a raw stream "
                                     "without a container?), so they cannot be counted exactly"));
        if (shown.empty())
            return readError < 0 ? fileError(path,
                                             Tr::msg("no video frame could be read; the file "
                                                     "is damaged or incomplete"),
                                             readError)
                                 : fileError(path, Tr::msg("the video stream holds no frames"));

        std::sort(shown.begin(), shown.end());
        shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
        index->m_pts = std::move(shown);
        std::sort(index->m_keys.begin(), index->m_keys.end(),
                  [](const VideoIndex::Keyframe &a, const VideoIndex::Keyframe &b) {
                      return a.pts < b.pts;
                  });
        index->m_keys.erase(
                std::unique(index->m_keys.begin(), index->m_keys.end(),
                            [](const VideoIndex::Keyframe &a, const VideoIndex::Keyframe &b) {
                                return a.pts == b.pts;
                            }),
                index->m_keys.end());
        if (index->m_keys.empty())
            // Some containers mark no keyframe at all; the first frame is where decoding starts.
            index->m_keys.push_back({index->m_pts.front(), index->m_pts.front()});

        const qint64 frames = index->frameCount();
        const qint64 span = index->m_pts.back() - index->m_pts.front();
        info.frameCount = frames;
        info.rate = rateOf(st, frames, span);
        if (lastDuration <= 0 && info.rate.isValid())
            lastDuration = av_rescale_q(1, AVRational{info.rate.den, info.rate.num}, st->time_base);
        info.durationMs = av_rescale_q(span + std::max<qint64>(lastDuration, 0), st->time_base,
                                       AVRational{1, 1000});

        const AVCodecParameters *par = st->codecpar;
        const AVRational sar = av_guess_sample_aspect_ratio(format, st, nullptr);
        info.width = par->width;
        info.height = par->height;
        if (sar.num > 0 && sar.den > 0 && sar.num != sar.den)
            info.width = int(std::lround(double(par->width) * sar.num / sar.den));
        info.codecName = QString::fromLatin1(avcodec_get_name(par->codec_id));
        info.startTimecode = startTimecodeOf(format, stream);
        for (unsigned i = 0; i < format->nb_streams; ++i) {
            const AVCodecParameters *p = format->streams[i]->codecpar;
            if (p->codec_type == AVMEDIA_TYPE_AUDIO && !info.hasAudio) {
                info.hasAudio = true;
                info.audioSampleRate = p->sample_rate;
                info.audioChannels = p->ch_layout.nb_channels;
            }
        }
        index->finish();
        return std::shared_ptr<const VideoIndex>(std::move(index));
    }
};

void VideoIndex::finish()
{
    qint64 previous = -1;
    int longest = 0;
    for (const Keyframe &k : m_keys) {
        const qint64 at = frameAtOrBefore(k.pts);
        if (at < 0 || at == previous)
            continue;
        if (previous >= 0)
            longest = int(std::max<qint64>(longest, at - previous));
        previous = at;
    }
    m_info.keyframeInterval = longest > 0 ? longest : int(std::min<qint64>(frameCount(), INT_MAX));
    m_info.frameCount = frameCount();
}

Result<std::shared_ptr<const VideoIndex>>
VideoIndex::build(const QString &path, const MediaProgress &progress, int stream)
{
    return VideoIndexBuilder::build(path, progress, stream);
}

Result<std::shared_ptr<const VideoIndex>>
VideoIndex::open(const QString &path, const MediaProgress &progress, int stream)
{
    const QString cached = cacheFile(path, stream);
    if (auto index = load(cached)) {
        if (index->info().path == path)
            return index;
        // The same file under another name (a copy with the same key cannot happen, but a
        // path spelled differently can): the facts hold, the path is the caller's.
        auto copy = std::make_shared<VideoIndex>(*index);
        copy->m_info.path = path;
        return std::shared_ptr<const VideoIndex>(std::move(copy));
    }
    auto built = build(path, progress, stream);
    if (!built)
        return built;
    // A cache that cannot be written costs the next open its indexing time, nothing else.
    (void)(*built)->save(cached);
    return built;
}

Result<void> VideoIndex::save(const QString &file) const
{
    QByteArray payload;
    {
        QDataStream out(&payload, QIODevice::WriteOnly);
        out.setVersion(QDataStream::Qt_6_4);
        out << kMagic << kVersion;
        out << m_info.path << qint32(m_info.width) << qint32(m_info.height)
            << qint32(m_info.rate.num) << qint32(m_info.rate.den) << m_info.durationMs
            << m_info.startTimecode << qint32(m_info.keyframeInterval) << m_info.hasAudio
            << qint32(m_info.audioSampleRate) << qint32(m_info.audioChannels) << m_info.codecName
            << qint32(m_info.streamIndex) << qint32(m_timeBaseNum) << qint32(m_timeBaseDen);
        out << quint64(m_pts.size());
        for (qint64 p : m_pts)
            out << p;
        out << quint64(m_keys.size());
        for (const Keyframe &k : m_keys)
            out << k.pts << k.dts;
    }
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly))
        return Error::at(QDir::toNativeSeparators(file), 0, Message::plain(out.errorString()),
                         Error::Fault::Access);
    out.write(payload);
    out.write(QCryptographicHash::hash(payload, QCryptographicHash::Sha1));
    if (!out.commit())
        return Error::at(QDir::toNativeSeparators(file), 0, Message::plain(out.errorString()),
                         Error::Fault::Access);
    return {};
}

std::shared_ptr<const VideoIndex> VideoIndex::load(const QString &file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return {};
    const QByteArray all = in.readAll();
    constexpr int kHash = 20;
    if (all.size() < kHash + 8)
        return {};
    const QByteArray payload = all.left(all.size() - kHash);
    if (QCryptographicHash::hash(payload, QCryptographicHash::Sha1) != all.right(kHash))
        return {};
    QDataStream s(payload);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    s >> magic >> version;
    if (magic != kMagic || version != kVersion)
        return {};
    auto index = std::make_shared<VideoIndex>();
    VideoInfo &i = index->m_info;
    qint32 w, h, rn, rd, ki, asr, ach, si, tbn, tbd;
    s >> i.path >> w >> h >> rn >> rd >> i.durationMs >> i.startTimecode >> ki >> i.hasAudio >>
            asr >> ach >> i.codecName >> si >> tbn >> tbd;
    i.width = w;
    i.height = h;
    i.rate = FrameRate{rn, rd};
    i.keyframeInterval = ki;
    i.audioSampleRate = asr;
    i.audioChannels = ach;
    i.streamIndex = si;
    index->m_timeBaseNum = tbn;
    index->m_timeBaseDen = tbd;
    quint64 frames = 0;
    s >> frames;
    if (s.status() != QDataStream::Ok || frames == 0 || frames > quint64(payload.size()) / 8 ||
        tbn <= 0 || tbd <= 0)
        return {};
    index->m_pts.resize(frames);
    for (qint64 &p : index->m_pts)
        s >> p;
    quint64 keys = 0;
    s >> keys;
    if (s.status() != QDataStream::Ok || keys == 0 || keys > quint64(payload.size()) / 16)
        return {};
    index->m_keys.resize(keys);
    for (Keyframe &k : index->m_keys)
        s >> k.pts >> k.dts;
    if (s.status() != QDataStream::Ok || !s.atEnd())
        return {};
    if (!std::is_sorted(index->m_pts.begin(), index->m_pts.end()) ||
        std::adjacent_find(index->m_pts.begin(), index->m_pts.end()) != index->m_pts.end())
        return {};
    i.frameCount = index->frameCount();
    return index;
}

QString VideoIndex::cacheFile(const QString &path, int stream)
{
    const QFileInfo fi(path);
    const QByteArray id = fi.absoluteFilePath().toUtf8() + '\n' + QByteArray::number(fi.size()) +
                          '\n' + QByteArray::number(fi.lastModified().toMSecsSinceEpoch()) + '\n' +
                          QByteArray::number(stream);
    return cacheFolder() + QLatin1Char('/') +
           QString::fromLatin1(
                   QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(32)) +
           QStringLiteral(".index");
}

void VideoIndex::setCacheFolder(const QString &folder)
{
    QMutexLocker lock(&folderMutex());
    folderSetting() = folder;
}

QString VideoIndex::cacheFolder()
{
    QMutexLocker lock(&folderMutex());
    if (!folderSetting().isEmpty())
        return folderSetting();
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/video-index");
}

qint64 VideoIndex::frameOfPts(qint64 pts) const
{
    const auto it = std::lower_bound(m_pts.begin(), m_pts.end(), pts);
    return it != m_pts.end() && *it == pts ? qint64(it - m_pts.begin()) : -1;
}

qint64 VideoIndex::frameAtOrBefore(qint64 pts) const
{
    const auto it = std::upper_bound(m_pts.begin(), m_pts.end(), pts);
    return qint64(it - m_pts.begin()) - 1;
}

qint64 VideoIndex::msOfFrame(qint64 frame) const
{
    return av_rescale_q_rnd(pts(frame) - m_pts.front(), AVRational{m_timeBaseNum, m_timeBaseDen},
                            AVRational{1, 1000}, AV_ROUND_DOWN);
}

int VideoIndex::keyframeFor(qint64 frame) const
{
    const qint64 p = pts(frame);
    const auto it = std::upper_bound(m_keys.begin(), m_keys.end(), p,
                                     [](qint64 v, const Keyframe &k) { return v < k.pts; });
    return it == m_keys.begin() ? 0 : int(it - m_keys.begin()) - 1;
}

} // namespace annostraat
