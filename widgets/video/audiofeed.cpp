// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiofeed.h"

#include "media/audiodecoder.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace annostraat {

namespace {

/// Frames decoded at a time: 10 ms at 48 kHz (short, so a new session is noticed soon).
constexpr qint64 kStepFrames = 480;

} // namespace

AudioFeed::AudioFeed() = default;

AudioFeed::~AudioFeed()
{
    close();
}

Result<void> AudioFeed::open(const QString &path, int rate, int channels)
{
    close();
    auto opened = AudioDecoder::open(path, rate, channels);
    if (!opened)
        return opened.error();
    m_decoder = std::move(opened).value();
    m_rate = rate;
    m_channels = channels;
    m_quit = false;
    m_thread = std::thread([this] { run(); });
    return {};
}

void AudioFeed::close()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_quit = true;
        }
        m_wake.notify_all();
        m_thread.join();
    }
    m_decoder.reset();
    const std::lock_guard lock(m_mutex);
    m_active = false;
    m_buffer.clear();
    m_bufferPos = 0;
}

bool AudioFeed::isOpen() const
{
    return m_decoder != nullptr;
}

void AudioFeed::start(qint64 fromMs, double speed, qint64 lengthMs)
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_session;
        m_active = true;
        m_needSeek = true;
        m_produced = false;
        m_fromMs = std::max<qint64>(fromMs, 0);
        m_speed = std::clamp(speed, 0.25, 4.0);
        const int decoderRate = int(std::lround(m_rate / m_speed));
        m_lengthFrames = lengthMs > 0 ? lengthMs * decoderRate / 1000 : -1;
        m_framesOut = 0;
        m_buffer.clear();
        m_bufferPos = 0;
        m_error.clear();
    }
    m_wake.notify_all();
}

void AudioFeed::stop()
{
    {
        const std::lock_guard lock(m_mutex);
        ++m_session;
        m_active = false;
        m_buffer.clear();
        m_bufferPos = 0;
    }
    m_wake.notify_all();
}

qint64 AudioFeed::take(char *out, qint64 maxBytes)
{
    qint64 n = 0;
    {
        const std::lock_guard lock(m_mutex);
        if (!m_active)
            return 0;
        const qint64 have = m_buffer.size() - m_bufferPos;
        n = std::min(have, maxBytes);
        n -= n % bytesPerFrame();
        std::copy_n(m_buffer.constData() + m_bufferPos, n, out);
        m_bufferPos += n;
        if (m_bufferPos >= m_buffer.size() / 2) {
            m_buffer.remove(0, m_bufferPos);
            m_bufferPos = 0;
        }
    }
    m_wake.notify_all();
    return n;
}

qint64 AudioFeed::buffered() const
{
    const std::lock_guard lock(m_mutex);
    return m_buffer.size() - m_bufferPos;
}

bool AudioFeed::drained() const
{
    const std::lock_guard lock(m_mutex);
    return m_active && m_produced && m_bufferPos >= m_buffer.size();
}

QString AudioFeed::takeError()
{
    const std::lock_guard lock(m_mutex);
    QString error;
    std::swap(error, m_error);
    return error;
}

void AudioFeed::run()
{
    std::vector<qint16> samples(size_t(kStepFrames) * m_channels);
    std::unique_lock lock(m_mutex);
    while (true) {
        const qint64 ahead = qint64(kAheadMs) * m_rate / 1000 * bytesPerFrame();
        m_wake.wait(lock, [&] {
            return m_quit || (m_active && !m_produced &&
                              (m_needSeek || m_buffer.size() - m_bufferPos < ahead));
        });
        if (m_quit)
            return;
        const quint64 session = m_session;
        if (m_needSeek) {
            m_needSeek = false;
            const qint64 from = m_fromMs;
            const int decoderRate = int(std::lround(m_rate / m_speed));
            lock.unlock();
            m_decoder->setSampleRate(decoderRate);
            auto sought = m_decoder->seek(from);
            lock.lock();
            if (session != m_session)
                continue;
            if (!sought) {
                m_error = sought.error().message();
                m_produced = true;
                continue;
            }
        }
        qint64 want = kStepFrames;
        if (m_lengthFrames >= 0)
            want = std::min(want, m_lengthFrames - m_framesOut);
        if (want <= 0) {
            m_produced = true;
            continue;
        }
        lock.unlock();
        auto got = m_decoder->read(samples.data(), want);
        lock.lock();
        if (session != m_session)
            continue;
        if (!got) {
            m_error = got.error().message();
            m_produced = true;
            continue;
        }
        const qint64 n = *got;
        if (n == 0) {
            m_produced = true;
            continue;
        }
        if (m_lengthFrames > 0) {
            // A snippet fades in and out over a few milliseconds.
            const qint64 fade =
                    std::max<qint64>(1, qint64(kFadeMs) * m_decoder->sampleRate() / 1000);
            for (qint64 i = 0; i < n; ++i) {
                const qint64 at = m_framesOut + i;
                const double gain =
                        std::min({1.0, double(at) / fade, double(m_lengthFrames - 1 - at) / fade});
                if (gain >= 1.0)
                    continue;
                for (int c = 0; c < m_channels; ++c) {
                    qint16 &s = samples[size_t(i * m_channels + c)];
                    s = qint16(std::lround(s * std::max(gain, 0.0)));
                }
            }
        }
        m_framesOut += n;
        m_buffer.append(reinterpret_cast<const char *>(samples.data()), n * bytesPerFrame());
    }
}

} // namespace annostraat
