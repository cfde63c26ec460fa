// SPDX-License-Identifier: GPL-3.0-or-later
#include "waveform.h"

#include "media/audiodecoder.h"
#include "util/result.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>

namespace annostraat {

namespace {

// Cache file: a header, the finest level's min/max pairs (native 16-bit, the byte-order mark
// tells another machine's file apart) and the MD5 of payload and header. The coarser levels
// are cheap to make again and are not stored.
constexpr char kMagic[8] = {'A', 'N', 'W', 'A', 'V', 'E', 0, 0};
constexpr quint32 kVersion = 1;
constexpr quint16 kByteOrderMark = 0x0102;
constexpr quint32 kFlagHasAudio = 1;

struct CacheHeader
{
    char magic[8];
    quint32 version;
    quint16 byteOrder;
    quint16 bucketMs;
    quint32 flags;
    quint32 reserved;
    qint64 buckets;
};
static_assert(sizeof(CacheHeader) == 32);

constexpr qint64 kHashBytes = 16;
/// A cache file claiming more is refused (a day of audio).
constexpr qint64 kMaxBuckets = 24LL * 3600 * 1000;
/// Memory reserved ahead for the declared length at most (4 hours, 58 MB).
constexpr qint64 kMaxReserveMs = 4LL * 3600 * 1000;

CacheHeader makeHeader(bool hasAudio, qint64 buckets)
{
    CacheHeader h{};
    std::memcpy(h.magic, kMagic, sizeof kMagic);
    h.version = kVersion;
    h.byteOrder = kByteOrderMark;
    h.bucketMs = Waveform::kBucketMs;
    h.flags = hasAudio ? kFlagHasAudio : 0;
    h.buckets = buckets;
    return h;
}

QString cacheKey(const QString &path)
{
    const QFileInfo fi(path);
    const QByteArray id = QStringLiteral("%1\n%2\n%3")
                                  .arg(fi.absoluteFilePath())
                                  .arg(fi.size())
                                  .arg(fi.lastModified().toMSecsSinceEpoch())
                                  .toUtf8();
    return QString::fromLatin1(
            QCryptographicHash::hash(id, QCryptographicHash::Sha256).toHex().left(32));
}

struct Loaded
{
    bool ok = false;
    bool hasAudio = false;
    std::vector<qint16> minMax;
};

/// Reads a cache file; anything that does not check out gives ok = false.
Loaded loadCache(const QString &file)
{
    Loaded loaded;
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return loaded;
    CacheHeader h{};
    if (f.read(reinterpret_cast<char *>(&h), sizeof h) != qint64(sizeof h))
        return loaded;
    if (std::memcmp(h.magic, kMagic, sizeof kMagic) != 0 || h.version != kVersion ||
        h.byteOrder != kByteOrderMark || h.bucketMs != Waveform::kBucketMs || h.buckets < 0 ||
        h.buckets > kMaxBuckets)
        return loaded;
    const qint64 payload = h.buckets * 2 * qint64(sizeof(qint16));
    if (f.size() != qint64(sizeof h) + payload + kHashBytes)
        return loaded;
    std::vector<qint16> minMax(size_t(h.buckets) * 2);
    if (payload > 0 && f.read(reinterpret_cast<char *>(minMax.data()), payload) != payload)
        return loaded;
    const QByteArray stored = f.read(kHashBytes);
    QCryptographicHash hash(QCryptographicHash::Md5);
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(minMax.data()), payload));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(&h), sizeof h));
    if (hash.result() != stored)
        return loaded;
    loaded.ok = true;
    loaded.hasAudio = (h.flags & kFlagHasAudio) != 0;
    loaded.minMax = std::move(minMax);
    return loaded;
}

/// Writes the cache file as the worker goes: the header last (it holds the count), then
/// renamed into place by commit(). Any failure just leaves no cache.
class CacheWriter
{
public:
    explicit CacheWriter(const QString &file)
        : m_file(file)
    {
        if (file.isEmpty() || !QDir().mkpath(QFileInfo(file).absolutePath()) ||
            !m_file.open(QIODevice::WriteOnly)) {
            m_ok = false;
            return;
        }
        const CacheHeader placeholder = makeHeader(false, 0);
        m_ok = m_file.write(reinterpret_cast<const char *>(&placeholder), sizeof placeholder) ==
               qint64(sizeof placeholder);
    }
    void add(const qint16 *minMax, size_t values)
    {
        if (!m_ok)
            return;
        const QByteArrayView bytes(reinterpret_cast<const char *>(minMax),
                                   qint64(values * sizeof(qint16)));
        m_hash.addData(bytes);
        m_ok = m_file.write(bytes.data(), bytes.size()) == bytes.size();
        m_buckets += qint64(values / 2);
    }
    void commit(bool hasAudio)
    {
        if (!m_ok)
            return;
        const CacheHeader h = makeHeader(hasAudio, m_buckets);
        m_hash.addData(QByteArrayView(reinterpret_cast<const char *>(&h), sizeof h));
        const QByteArray digest = m_hash.result();
        m_ok = m_file.write(digest) == digest.size() && m_file.seek(0) &&
               m_file.write(reinterpret_cast<const char *>(&h), sizeof h) == qint64(sizeof h);
        if (m_ok)
            m_file.commit();
    }

private:
    QSaveFile m_file;
    QCryptographicHash m_hash{QCryptographicHash::Md5};
    qint64 m_buckets = 0;
    bool m_ok = true;
};

} // namespace

struct Waveform::Job
{
    std::atomic<bool> cancel{false};
    QString path;
    QString cacheFile;
    quint64 generation = 0;
};

Waveform::Waveform(QObject *parent)
    : QObject(parent)
{}

Waveform::~Waveform()
{
    stopWorker();
}

void Waveform::setCacheFolder(const QString &folder)
{
    m_cacheFolder = folder;
    m_cacheFolderSet = true;
}

QString Waveform::cacheFolder() const
{
    if (m_cacheFolderSet)
        return m_cacheFolder;
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) +
           QStringLiteral("/waveforms");
}

QString Waveform::cacheFileFor(const QString &path) const
{
    const QString folder = cacheFolder();
    if (folder.isEmpty() || path.isEmpty())
        return {};
    return folder + QLatin1Char('/') + cacheKey(path);
}

qint64 Waveform::memoryBytes() const
{
    qint64 bytes = 0;
    for (const auto &level : m_levels)
        bytes += qint64(level.capacity() * sizeof(qint16));
    return bytes;
}

void Waveform::stopWorker()
{
    ++m_generation; // results still queued from the old job are dropped
    if (m_job)
        m_job->cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_job.reset();
}

void Waveform::close()
{
    stopWorker();
    m_path.clear();
    for (auto &level : m_levels)
        std::vector<qint16>().swap(level);
    m_durationMs = -1;
    m_ready = false;
    m_hasAudio = true;
    m_fromCache = false;
    m_error.clear();
}

void Waveform::open(const QString &path)
{
    close();
    m_path = path;
    auto job = std::make_shared<Job>();
    job->path = path;
    job->cacheFile = cacheFileFor(path);
    job->generation = m_generation;
    m_job = job;

    // Results come back as queued calls that check the generation: a job that was
    // cancelled (close(), a new open()) may still have some in the queue.
    const auto post = [this, job](auto &&fn) {
        QMetaObject::invokeMethod(
                this,
                [this, generation = job->generation, fn = std::forward<decltype(fn)>(fn)] {
                    if (generation == m_generation)
                        fn();
                },
                Qt::QueuedConnection);
    };

    m_thread = QThread::create([this, job, post] {
        if (!job->cacheFile.isEmpty()) {
            auto loaded = std::make_shared<Loaded>(loadCache(job->cacheFile));
            if (loaded->ok) {
                post([this, loaded] {
                    append(std::move(loaded->minMax));
                    finish(loaded->hasAudio, true);
                });
                return;
            }
        }
        auto opened = AudioDecoder::open(job->path, 0, 0);
        if (!opened) {
            if (AudioDecoder::isNoAudio(opened.error())) {
                CacheWriter(job->cacheFile).commit(false);
                post([this] { finish(false, false); });
            } else {
                post([this, message = opened.error().message()] { fail(message); });
            }
            return;
        }
        AudioDecoder &decoder = **opened;
        const qint64 declared = decoder.durationMs();
        post([this, declared] {
            m_durationMs = declared;
            // Room for the length the file declares (up to kMaxReserveMs), so the levels are
            // not reallocated, and briefly doubled, as they grow.
            qint64 buckets = std::min(declared, kMaxReserveMs) / kBucketMs + 1;
            for (auto &level : m_levels) {
                level.reserve(size_t(buckets) * 2);
                buckets = buckets / kLevelFactor + 1;
            }
        });

        CacheWriter cache(job->cacheFile);
        const int channels = decoder.channels();
        const qint64 rate = decoder.sampleRate();
        std::vector<qint16> samples(size_t(8192) * channels);
        auto chunk = std::make_shared<std::vector<qint16>>();
        chunk->reserve(size_t(kChunkBuckets) * 2);
        qint64 frame = 0;                                  // frames read so far
        qint64 bucket = 0;                                 // the bucket being filled
        qint64 boundary = (rate * kBucketMs + 999) / 1000; // its first frame past the end
        qint16 lo = 0, hi = 0;
        bool any = false;
        const auto closeBucket = [&] {
            chunk->push_back(lo);
            chunk->push_back(hi);
            any = false;
            ++bucket;
            boundary = ((bucket + 1) * kBucketMs * rate + 999) / 1000;
            if (chunk->size() >= size_t(kChunkBuckets) * 2) {
                cache.add(chunk->data(), chunk->size());
                post([this, chunk] { append(*chunk); });
                chunk = std::make_shared<std::vector<qint16>>();
                chunk->reserve(size_t(kChunkBuckets) * 2);
            }
        };
        QString error;
        while (!job->cancel.load(std::memory_order_relaxed)) {
            auto got = decoder.read(samples.data(), qint64(samples.size()) / channels);
            if (!got) {
                error = got.error().message();
                break;
            }
            const qint64 n = *got;
            if (n == 0)
                break;
            if (bucket > kMaxBuckets) {
                error = Error::at(
                                QDir::toNativeSeparators(job->path), 0,
                                msg("the audio is longer than %1 hours").arg(kMaxBuckets / 3600000))
                                .message();
                break;
            }
            qint64 i = 0;
            while (i < n) {
                const qint64 take = std::min(n - i, boundary - frame);
                const qint16 *s = samples.data() + i * channels;
                const qint16 *e = s + take * channels;
                if (s < e) {
                    const auto [mn, mx] = std::minmax_element(s, e);
                    lo = any ? std::min(lo, *mn) : *mn;
                    hi = any ? std::max(hi, *mx) : *mx;
                    any = true;
                }
                frame += take;
                i += take;
                if (frame >= boundary)
                    closeBucket();
            }
        }
        if (job->cancel.load())
            return; // the cache file is dropped unfinished
        if (any)
            closeBucket();
        if (!chunk->empty()) {
            if (error.isEmpty())
                cache.add(chunk->data(), chunk->size());
            post([this, chunk] { append(*chunk); });
        }
        if (!error.isEmpty()) {
            post([this, error] { fail(error); });
            return;
        }
        cache.commit(true);
        post([this] { finish(true, false); });
    });
    m_thread->setObjectName(QStringLiteral("annostraat-waveform"));
    m_thread->start(QThread::LowPriority);
}

void Waveform::append(std::vector<qint16> minMax)
{
    if (minMax.empty())
        return;
    const size_t from = m_levels[0].size() / 2;
    if (m_levels[0].empty() && m_levels[0].capacity() < minMax.size())
        m_levels[0] = std::move(minMax); // a whole cache file: no copy
    else
        m_levels[0].insert(m_levels[0].end(), minMax.begin(), minMax.end());
    rebuildLevels(from);
    Q_EMIT grown(doneMs());
}

void Waveform::rebuildLevels(size_t fromBucket)
{
    for (int level = 1; level < kLevels; ++level) {
        const auto &below = m_levels[level - 1];
        auto &here = m_levels[level];
        const size_t belowCount = below.size() / 2;
        const size_t count = (belowCount + kLevelFactor - 1) / kLevelFactor;
        fromBucket /= kLevelFactor;
        here.resize(count * 2);
        for (size_t b = fromBucket; b < count; ++b) {
            const size_t first = b * kLevelFactor;
            const size_t last = std::min(first + kLevelFactor, belowCount);
            qint16 lo = below[first * 2], hi = below[first * 2 + 1];
            for (size_t i = first + 1; i < last; ++i) {
                lo = std::min(lo, below[i * 2]);
                hi = std::max(hi, below[i * 2 + 1]);
            }
            here[b * 2] = lo;
            here[b * 2 + 1] = hi;
        }
    }
}

void Waveform::finish(bool hasAudio, bool fromCache)
{
    m_ready = true;
    m_hasAudio = hasAudio;
    m_fromCache = fromCache;
    m_durationMs = hasAudio ? doneMs() : 0;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_job.reset();
    Q_EMIT ready();
}

void Waveform::fail(const QString &message)
{
    m_error = message;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_job.reset();
    Q_EMIT failed(message);
}

QList<QPair<float, float>> Waveform::peaks(qint64 fromMs, qint64 toMs, int buckets) const
{
    QList<QPair<float, float>> result;
    if (buckets <= 0 || toMs <= fromMs)
        return result;
    result.fill(qMakePair(0.0f, 0.0f), buckets);
    const double width = double(toMs - fromMs) / buckets;
    const qint64 count = qint64(m_levels[0].size() / 2);
    for (int b = 0; b < buckets; ++b) {
        const double a = double(fromMs) + width * b;
        qint64 i0 = qint64(std::floor(a / kBucketMs));
        qint64 i1 = std::max<qint64>(qint64(std::ceil((a + width) / kBucketMs)), i0 + 1);
        i0 = std::max<qint64>(i0, 0);
        i1 = std::min(i1, count);
        if (i0 >= i1)
            continue;
        // The ragged ends at each level, the aligned middle one level up: at most
        // 2 × (kLevelFactor - 1) values per level, then the coarsest level's run.
        qint16 lo = std::numeric_limits<qint16>::max(), hi = std::numeric_limits<qint16>::min();
        const auto take = [&](int level, qint64 i) {
            lo = std::min(lo, m_levels[level][size_t(i) * 2]);
            hi = std::max(hi, m_levels[level][size_t(i) * 2 + 1]);
        };
        int level = 0;
        while (i0 < i1) {
            if (level + 1 == kLevels) {
                for (qint64 i = i0; i < i1; ++i)
                    take(level, i);
                break;
            }
            while (i0 < i1 && i0 % kLevelFactor != 0)
                take(level, i0++);
            while (i0 < i1 && i1 % kLevelFactor != 0)
                take(level, --i1);
            i0 /= kLevelFactor;
            i1 /= kLevelFactor;
            ++level;
        }
        result[b] = qMakePair(float(lo) / 32768.0f, float(hi) / 32768.0f);
    }
    return result;
}

bool Waveform::waitUntilDone(int timeoutMs)
{
    if (!m_job)
        return m_ready;
    QEventLoop loop;
    const auto a = connect(this, &Waveform::ready, &loop, &QEventLoop::quit);
    const auto b = connect(this, &Waveform::failed, &loop, &QEventLoop::quit);
    if (timeoutMs >= 0)
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    disconnect(a);
    disconnect(b);
    return m_ready;
}

} // namespace annostraat
