// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The waveform of an item's audio, for the video timeline.
//
// Design note. open() starts a worker thread that decodes the audio (AudioDecoder, at the
// source's own rate, so nothing is resampled) and keeps, for every millisecond, the lowest
// and highest sample over all channels as 16-bit values: 4 bytes per millisecond, 14.4 MB
// for a 60-minute program. That is fine enough for a timeline zoomed to single frames (a
// frame at 60 fps holds 16 buckets). The worker hands chunks of 10 seconds to the GUI thread
// (queued calls), which appends them and updates coarser levels (each 8 × the one below:
// 8 ms, 64 ms, 512 ms, 4.1 s; 1/7 more memory), so peaks() over a whole program reads a few
// thousand values, not millions. The finished waveform is written to
// <cache>/waveforms/<key> (the key hashes the path, size and modification time; written
// under a temporary name and renamed, with a checksum), so opening the item again reads
// the file instead of decoding. A cache file that does not check out is ignored and
// rebuilt. Only the GUI thread (the object's thread) calls the public functions.

#include "util/message.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <atomic>
#include <memory>
#include <vector>

class QThread;

namespace annostraat {

class Waveform : public QObject
{
    Q_OBJECT
    // tr() comes with Q_OBJECT; msg() for the messages kept as data.
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Waveform)

public:
    /// Milliseconds per bucket of the finest level.
    static constexpr int kBucketMs = 1;
    /// Each coarser level merges this many buckets of the level below.
    static constexpr int kLevelFactor = 8;
    static constexpr int kLevels = 5;
    /// Buckets the worker hands over at a time (10 s of audio).
    static constexpr int kChunkBuckets = 10000;

    explicit Waveform(QObject *parent = nullptr);
    ~Waveform() override;

    /// Where cache files go; default QStandardPaths::CacheLocation + "/waveforms". Empty: none.
    void setCacheFolder(const QString &folder);
    QString cacheFolder() const;
    /// The cache file for \a path as it is now (size and modification time in the key).
    QString cacheFileFor(const QString &path) const;

    /// Starts computing the waveform of \a path (from the cache when it is there); whatever
    /// was open is closed first.
    void open(const QString &path);
    /// Stops the computation (promptly) and forgets the waveform.
    void close();

    const QString &path() const { return m_path; }
    bool isReady() const { return m_ready; }
    /// False when the file has no audio (known once ready()).
    bool hasAudio() const { return m_hasAudio; }
    /// The audio's length: declared by the file until ready(), then what was decoded; -1 unknown.
    qint64 durationMs() const { return m_durationMs; }
    /// How far the waveform is computed, from 0.
    qint64 doneMs() const { return qint64(m_levels[0].size() / 2) * kBucketMs; }
    /// Bytes the peaks take in memory (all levels).
    qint64 memoryBytes() const;
    /// Whether the peaks came from the cache file (nothing was decoded).
    bool loadedFromCache() const { return m_fromCache; }
    /// Why the last open() failed (empty otherwise).
    const QString &error() const { return m_error; }

    /// The lowest and highest sample (-1…1) in each of \a buckets equal parts of
    /// [\a fromMs, \a toMs); (0, 0) where nothing is computed (yet).
    QList<QPair<float, float>> peaks(qint64 fromMs, qint64 toMs, int buckets) const;

    /// Blocks until the computation ends (tests and benchmarks; processes queued results).
    bool waitUntilDone(int timeoutMs = -1);

Q_SIGNALS:
    /// More of the waveform exists: [0, doneMs) can be drawn.
    void grown(qint64 doneMs);
    /// The whole waveform is there (or the file has no audio: hasAudio() says).
    void ready();
    /// The audio cannot be read; \a message names the file. What was computed stays.
    void failed(const QString &message);

private:
    struct Job;
    void append(std::vector<qint16> minMax);
    void finish(bool hasAudio, bool fromCache);
    void fail(const QString &message);
    void rebuildLevels(size_t fromBucket);
    void stopWorker();

    QString m_path;
    QString m_cacheFolder;
    bool m_cacheFolderSet = false;
    /// m_levels[L]: min, max pairs (interleaved) of buckets of kBucketMs × 8^L.
    std::vector<qint16> m_levels[kLevels];
    qint64 m_durationMs = -1;
    bool m_ready = false;
    bool m_hasAudio = true;
    bool m_fromCache = false;
    QString m_error;
    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
    quint64 m_generation = 0;
};

} // namespace annostraat
