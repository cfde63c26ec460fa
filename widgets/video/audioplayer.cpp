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

/// How often the push timer tops up the device.
constexpr int kPumpMs = 10;
/// The sink's buffer: short, so pausing and changing speed are heard at once.
constexpr int kSinkBufferMs = 120;

/// The sound device: a QAudioSink in push mode.
class SinkOutput final : public AudioOutput
{
public:
    SinkOutput(const QAudioDevice &device, const QAudioFormat &format)
        : m_format(format)
        , m_sink(device, format)
    {
        m_sink.setBufferSize(kSinkBufferMs * format.sampleRate() / 1000 * format.bytesPerFrame());
        QObject::connect(&m_sink, &QAudioSink::stateChanged, &m_sink, [this](QAudio::State state) {
            const QAudio::Error error = m_sink.error();
            if (state == QAudio::StoppedState && m_device &&
                (error == QAudio::OpenError || error == QAudio::FatalError ||
                 error == QAudio::IOError) &&
                onFailure)
                onFailure();
        });
    }
    int sampleRate() const override { return m_format.sampleRate(); }
    int channels() const override { return m_format.channelCount(); }
    bool start() override
    {
        m_device = m_sink.start();
        return m_device && m_sink.error() != QAudio::OpenError;
    }
    void stop() override
    {
        m_device = nullptr;
        if (m_sink.state() != QAudio::StoppedState)
            m_sink.stop(); // with PulseAudio this drops what is buffered
    }
    qint64 bufferSize() const override { return m_sink.bufferSize(); }
    qint64 bytesFree() const override
    {
        return m_device ? std::max<qint64>(m_sink.bytesFree(), 0) : 0;
    }
    qint64 write(const char *data, qint64 bytes) override
    {
        if (!m_device)
            return 0;
        // Qt 6.4's PulseAudio sink keeps its sound engine locked when a write fails because
        // the server dropped the stream (QPulseAudioSink::write returns without unlocking);
        // the program then hangs when it ends, as the engine's thread waits for that lock.
        // Between the server going away and Qt closing the sink, the sink's bytesFree() says
        // -1 (the stream is no longer ready; it asks under the lock and lets go of it), so a
        // dead stream is never written to. What is left is the moment between the two calls.
        if (m_sink.bytesFree() < 0) {
            lost();
            return 0;
        }
        return m_device->write(data, bytes);
    }
    qint64 processedUSecs() const override { return m_sink.processedUSecs(); }

private:
    /// The server dropped the stream: reported once, after the caller's round (pump() goes on
    /// using this output after write() returns, and onFailure retires it).
    void lost()
    {
        m_device = nullptr; // stateChanged no longer reports: Qt's own close comes later
        QMetaObject::invokeMethod(
                &m_sink,
                [this] {
                    if (onFailure)
                        onFailure();
                },
                Qt::QueuedConnection);
    }

    QAudioFormat m_format;
    QAudioSink m_sink;
    QIODevice *m_device = nullptr;
};

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
    m_outputFactory = [](QString *problem) -> std::unique_ptr<AudioOutput> {
        const QAudioDevice device = QMediaDevices::defaultAudioOutput();
        if (device.isNull())
            return nullptr; // no sound here: the fallback clock, quietly
        QAudioFormat format;
        format.setSampleRate(AudioDecoder::kDefaultRate);
        format.setChannelCount(AudioDecoder::kDefaultChannels);
        format.setSampleFormat(QAudioFormat::Int16);
        if (!device.isFormatSupported(format)) {
            format = device.preferredFormat();
            format.setSampleFormat(QAudioFormat::Int16);
            if (!device.isFormatSupported(format) || format.sampleRate() <= 0 ||
                format.channelCount() <= 0) {
                *problem = tr("The sound device %1 cannot play 16-bit audio; the video plays "
                              "without sound.")
                                   .arg(device.description());
                return nullptr;
            }
        }
        return std::make_unique<SinkOutput>(device, format);
    };
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

void AudioPlayer::setOutputFactory(OutputFactory factory)
{
    m_outputFactory = std::move(factory);
}

qint64 AudioPlayer::clockNow() const
{
    return m_clock();
}

bool AudioPlayer::hasAudio() const
{
    return m_output && m_feed;
}

void AudioPlayer::open(const QString &path)
{
    close();
    m_path = path;
    if (!m_outputEnabled || !m_outputFactory)
        return;
    QString problem;
    std::unique_ptr<AudioOutput> output = m_outputFactory(&problem);
    if (!output) {
        if (!problem.isEmpty())
            Q_EMIT failed(problem);
        return;
    }
    auto feed = std::make_unique<AudioFeed>();
    if (auto opened = feed->open(path, output->sampleRate(), output->channels()); !opened) {
        if (!AudioDecoder::isNoAudio(opened.error()))
            Q_EMIT failed(opened.error().message());
        return;
    }
    m_feed = std::move(feed);
    m_output = std::move(output);
    m_output->onFailure = [this] {
        fallBackToClock(tr("The sound device stopped working; the video plays without sound."));
    };
}

void AudioPlayer::close()
{
    stopSink();
    if (m_playing) {
        m_playing = false;
        Q_EMIT playingChanged(false);
    }
    m_output.reset();
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
    if (!m_playing) {
        m_playing = true;
        Q_EMIT playingChanged(true);
    }
    m_anchorClock = clockNow();
    if (hasAudio()) {
        m_anchorClock = -1;
        startSink(m_anchorMs, m_speed, -1);
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

qint64 AudioPlayer::heardNowUs() const
{
    const qint64 heard = m_output->processedUSecs();
    const qint64 now = clockNow();
    if (heard != m_heardUs) {
        m_heardUs = heard;
        m_heardAt = now;
    }
    // Nothing heard yet: the device is still starting (its latency), the picture waits.
    if (heard <= 0)
        return 0;
    return heard + std::min<qint64>(now - m_heardAt, kMaxAheadOfSoundMs) * 1000;
}

qint64 AudioPlayer::audioPositionMs() const
{
    if (!m_output || !m_running)
        return m_anchorMs;
    m_toldUs = std::max(heardNowUs(), m_toldUs);
    return m_anchorMs + qint64(double(m_toldUs) / 1000.0 * m_speed);
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
    stopSink();
    m_anchorMs = std::max<qint64>(atMs, 0);
    if (!hasAudio() || lengthMs <= 0)
        return;
    m_snippet = true;
    startSink(m_anchorMs, 1.0, lengthMs);
}

void AudioPlayer::startSink(qint64 fromMs, double speed, qint64 lengthMs)
{
    m_feed->start(fromMs, speed, lengthMs);
    m_written = 0;
    m_padding = -1;
    m_heardUs = -1;
    m_toldUs = 0;
    m_pending.clear();
    const bool started = m_output->start();
    if (!m_output)
        return; // the device failed while starting and the clock took over (onFailure)
    if (!started) {
        fallBackToClock(tr("The sound device cannot be opened; the video plays without sound."));
        return;
    }
    m_running = true;
    m_pump->start();
}

void AudioPlayer::stopSink()
{
    m_pump->stop();
    if (m_output && m_running)
        m_output->stop();
    m_running = false;
    m_pending.clear();
    if (m_feed)
        m_feed->stop();
}

void AudioPlayer::pump()
{
    if (!m_output || !m_running || !m_feed)
        return;
    if (const QString error = m_feed->takeError(); !error.isEmpty())
        Q_EMIT failed(error);
    qint64 room = roomInOutput();
    // First what the device did not take last time (nothing decoded is dropped).
    if (room > 0 && !m_pending.isEmpty()) {
        const qint64 w = std::max<qint64>(
                m_output->write(m_pending.constData(), std::min<qint64>(room, m_pending.size())),
                0);
        m_written += w;
        m_pending.remove(0, w);
        room -= w;
    }
    const bool drained = m_pending.isEmpty() && m_feed->drained();
    if (room > 0 && m_pending.isEmpty() && !drained) {
        QByteArray chunk(room, Qt::Uninitialized);
        const qint64 n = m_feed->take(chunk.data(), room);
        if (n > 0) {
            const qint64 w = std::max<qint64>(m_output->write(chunk.constData(), n), 0);
            m_written += w;
            if (w < n)
                m_pending = chunk.mid(w, n - w);
        }
    } else if (room > 0 && drained && m_padding > 0) {
        // Silence behind the end, so a device that starts only with a full buffer
        // (PulseAudio's prebuffering) plays a short snippet, and the last of a long one.
        const QByteArray zeros(std::min(room, m_padding), '\0');
        m_padding -= std::max<qint64>(m_output->write(zeros.constData(), zeros.size()), 0);
    }
    if (!drained)
        return;
    if (m_padding < 0)
        m_padding = std::max<qint64>(m_output->bufferSize(), 0);
    // Ended when the device has played (processedUSecs: heard, latency taken off) all of the
    // sound written, not when it took the last byte.
    const qint64 bytesPerSecond = qint64(m_output->sampleRate()) * m_output->channels() * 2;
    if (bytesPerSecond <= 0 || m_output->processedUSecs() < m_written * 1000000 / bytesPerSecond)
        return;
    if (m_snippet) {
        // Heard, as far as the device tells; but its report runs ahead of the sound when the
        // sound server is slow (seen under load with PulseAudio), and stopping the sink drops
        // what it has not played yet, cutting the snippet off. So the sink is left to run dry
        // on the silence behind the snippet, and stopped by whatever comes next.
        m_snippet = false;
        m_pump->stop();
    } else if (m_playing) {
        // The sound track ended before the video: the clock carries on without it, from the
        // end of the sound (not of the silence behind it), or from where the picture already
        // is when the clock ran on past it (it never goes back).
        const qint64 shown = audioPositionMs();
        m_anchorMs = std::max(
                m_anchorMs + qint64(double(m_written) * 1000.0 / double(bytesPerSecond) * m_speed),
                shown);
        m_anchorClock = clockNow();
        stopSink();
    }
}

qint64 AudioPlayer::roomInOutput() const
{
    // What the device says it has room for. Qt 6.4's PulseAudio sink says none until the
    // server asks for more, which a sink may do only after the stream ran dry (seen: 1.8 s of
    // silence after the first 80 ms), so the room is also reckoned from what was written and
    // what has been heard: the device is kept filled to kAheadMs beyond the sound heard.
    // Its write() takes what it can; pump() keeps the rest for the next round.
    constexpr qint64 kAheadMs = 300;
    const qint64 bytesPerSecond = qint64(m_output->sampleRate()) * m_output->channels() * 2;
    // Heard by now: the device's last report carried on by the wall clock, so a report that
    // lags does not starve the device.
    const qint64 heard = heardNowUs() * bytesPerSecond / 1000000;
    const qint64 ahead = std::max(m_output->bufferSize(), bytesPerSecond * kAheadMs / 1000);
    const qint64 reckoned = ahead - std::max<qint64>(m_written - heard, 0);
    const qint64 frame = std::max<qint64>(qint64(m_output->channels()) * 2, 1);
    return std::max(m_output->bytesFree(), reckoned / frame * frame);
}

void AudioPlayer::fallBackToClock(const QString &message)
{
    const qint64 position = positionMs();
    stopSink();
    if (m_output) {
        // This may run inside the device's own signal: it is deleted once that returns.
        std::shared_ptr<AudioOutput> retired(m_output.release());
        QMetaObject::invokeMethod(
                this, [retired] {}, Qt::QueuedConnection);
    }
    m_feed.reset();
    m_anchorMs = position;
    if (m_playing)
        m_anchorClock = clockNow();
    Q_EMIT failed(message);
}

} // namespace annostraat
