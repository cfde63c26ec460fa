// SPDX-License-Identifier: GPL-3.0-or-later
#include "audioplayer.h"

#include "audiofeed.h"
#include "media/audiodecoder.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QElapsedTimer>
#include <QMediaDevices>
#include <QTimer>

#include <algorithm>

namespace annostraat {

namespace {

/// How often the push timer tops up the sink.
constexpr int kPumpMs = 10;
/// The sink's buffer: short, so pausing and changing speed are heard at once.
constexpr int kSinkBufferMs = 120;

} // namespace

AudioPlayer::AudioPlayer(QObject *parent)
    : QObject(parent)
    , m_pump(new QTimer(this))
{
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->elapsed(); };
    m_pump->setInterval(kPumpMs);
    m_pump->setTimerType(Qt::PreciseTimer);
    connect(m_pump, &QTimer::timeout, this, &AudioPlayer::pump);
}

AudioPlayer::~AudioPlayer()
{
    close();
}

void AudioPlayer::setClock(Clock clock)
{
    const qint64 position = positionMs();
    m_clock = std::move(clock);
    if (m_anchorClock >= 0) {
        m_anchorMs = position;
        m_anchorClock = clockNow();
    }
}

void AudioPlayer::setOutputEnabled(bool enabled)
{
    m_outputEnabled = enabled;
}

qint64 AudioPlayer::clockNow() const
{
    return m_clock();
}

bool AudioPlayer::hasAudio() const
{
    return m_sink && m_feed;
}

void AudioPlayer::open(const QString &path)
{
    close();
    m_path = path;
    if (!m_outputEnabled)
        return;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull())
        return; // no sound here: the fallback clock, quietly
    QAudioFormat format;
    format.setSampleRate(AudioDecoder::kDefaultRate);
    format.setChannelCount(AudioDecoder::kDefaultChannels);
    format.setSampleFormat(QAudioFormat::Int16);
    if (!device.isFormatSupported(format)) {
        format = device.preferredFormat();
        format.setSampleFormat(QAudioFormat::Int16);
        if (!device.isFormatSupported(format) || format.sampleRate() <= 0 ||
            format.channelCount() <= 0) {
            Q_EMIT failed(tr("The sound device %1 cannot play 16-bit audio; the video plays "
                             "without sound.")
                                  .arg(device.description()));
            return;
        }
    }
    auto feed = std::make_unique<AudioFeed>();
    if (auto opened = feed->open(path, format.sampleRate(), format.channelCount()); !opened) {
        if (!AudioDecoder::isNoAudio(opened.error()))
            Q_EMIT failed(opened.error().message());
        return;
    }
    m_feed = std::move(feed);
    m_sink = new QAudioSink(device, format, this);
    m_sink->setBufferSize(kSinkBufferMs * format.sampleRate() / 1000 * format.bytesPerFrame());
    connect(m_sink, &QAudioSink::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_sink &&
            (m_sink->error() == QAudio::OpenError || m_sink->error() == QAudio::FatalError ||
             m_sink->error() == QAudio::IOError))
            fallBackToClock(tr("The sound device stopped working; the video plays without sound."));
    });
}

void AudioPlayer::close()
{
    stopSink();
    if (m_playing) {
        m_playing = false;
        Q_EMIT playingChanged(false);
    }
    delete m_sink;
    m_sink = nullptr;
    m_feed.reset();
    m_path.clear();
    m_snippet = false;
    m_anchorMs = 0;
    m_anchorClock = -1;
}

void AudioPlayer::play(qint64 fromMs, double speed)
{
    stopSink();
    m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    m_anchorMs = std::max<qint64>(fromMs, 0);
    m_snippet = false;
    if (hasAudio()) {
        m_anchorClock = -1;
        startSink(m_anchorMs, m_speed, -1);
    } else {
        m_anchorClock = clockNow();
    }
    if (!m_playing) {
        m_playing = true;
        Q_EMIT playingChanged(true);
    }
}

void AudioPlayer::pause()
{
    if (!m_playing)
        return;
    m_anchorMs = positionMs();
    m_anchorClock = -1;
    stopSink();
    m_playing = false;
    Q_EMIT playingChanged(false);
}

qint64 AudioPlayer::audioPositionMs() const
{
    if (!m_sink || !m_sinkDevice)
        return m_anchorMs;
    return m_anchorMs + qint64(double(m_sink->processedUSecs()) / 1000.0 * m_speed);
}

qint64 AudioPlayer::positionMs() const
{
    if (!m_playing)
        return m_anchorMs;
    if (m_anchorClock >= 0)
        return m_anchorMs + qint64(double(clockNow() - m_anchorClock) * m_speed);
    return audioPositionMs();
}

void AudioPlayer::playSnippet(qint64 atMs, int lengthMs)
{
    pause();
    m_anchorMs = std::max<qint64>(atMs, 0);
    if (!hasAudio() || lengthMs <= 0)
        return;
    stopSink();
    m_snippet = true;
    startSink(m_anchorMs, 1.0, lengthMs);
}

void AudioPlayer::startSink(qint64 fromMs, double speed, qint64 lengthMs)
{
    m_feed->start(fromMs, speed, lengthMs);
    m_written = 0;
    m_padding = -1;
    m_sinkDevice = m_sink->start();
    if (!m_sink)
        return; // the sink failed while starting and the clock took over (stateChanged)
    if (!m_sinkDevice) {
        fallBackToClock(tr("The sound device cannot be opened; the video plays without sound."));
        return;
    }
    m_pump->start();
}

void AudioPlayer::stopSink()
{
    m_pump->stop();
    if (m_sink && m_sink->state() != QAudio::StoppedState) {
        m_sink->reset(); // drop what is buffered rather than play it out
        m_sink->stop();
    }
    m_sinkDevice = nullptr;
    if (m_feed)
        m_feed->stop();
}

void AudioPlayer::pump()
{
    if (!m_sink || !m_sinkDevice || !m_feed)
        return;
    if (const QString error = m_feed->takeError(); !error.isEmpty())
        Q_EMIT failed(error);
    const bool drained = m_feed->drained();
    const qint64 room = m_sink->bytesFree();
    if (room > 0 && !drained) {
        QByteArray chunk(room, Qt::Uninitialized);
        const qint64 n = m_feed->take(chunk.data(), room);
        if (n > 0)
            m_written += std::max<qint64>(m_sinkDevice->write(chunk.constData(), n), 0);
    } else if (room > 0 && m_padding > 0) {
        // Silence behind the end, so a device that starts only with a full buffer
        // (PulseAudio's prebuffering) plays a short snippet, and the last of a long one.
        const QByteArray zeros(std::min(room, m_padding), '\0');
        m_padding -= std::max<qint64>(m_sinkDevice->write(zeros), 0);
    }
    if (!drained)
        return;
    if (m_padding < 0)
        m_padding = std::max<qint64>(m_sink->bufferSize(), 0);
    // Ended when the device has played (processedUSecs: heard, latency taken off) all of the
    // sound written, not when it took the last byte.
    const qint64 bytesPerSecond =
            qint64(m_sink->format().sampleRate()) * m_sink->format().bytesPerFrame();
    if (bytesPerSecond <= 0 || m_sink->processedUSecs() < m_written * 1000000 / bytesPerSecond)
        return;
    if (m_snippet) {
        m_snippet = false;
        stopSink();
    } else if (m_playing) {
        // The sound track ended before the video: the clock carries on without it.
        m_anchorMs = audioPositionMs();
        m_anchorClock = clockNow();
        stopSink();
    }
}

void AudioPlayer::fallBackToClock(const QString &message)
{
    const qint64 position = positionMs();
    stopSink();
    if (m_sink) {
        m_sink->disconnect(this);
        m_sink->deleteLater(); // may be inside its own signal
        m_sink = nullptr;
    }
    m_feed.reset();
    m_anchorMs = position;
    if (m_playing)
        m_anchorClock = clockNow();
    Q_EMIT failed(message);
}

} // namespace annostraat
