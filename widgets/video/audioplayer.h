// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plays an item's audio and keeps the clock the video picture follows.
//
// Design note. With a sound device and a file that has audio, an AudioFeed decodes ahead
// in its own thread and a 10 ms timer pushes what the QAudioSink (behind AudioOutput) has
// room for; the clock,
// positionMs(), is where play() started plus the audio the sink reports as processed
// (processedUSecs), times the speed: the picture follows the sound, not the wall clock.
// Between the device's reports the clock runs on the wall clock, at most kMaxAheadOfSoundMs
// past the last one, and never back.
// Without a device (a server, CI, a machine with sound switched off), without an audio
// stream, or when the device fails, a monotonic clock (QElapsedTimer, or the one injected
// with setClock()) scaled by the speed stands in, and nothing is reported as an error but a
// device that fails. When the sound track ends before the video, the clock carries on the
// same way. Speeds 0.5×–2× (J/K/L) resample, so the pitch changes with the speed.
// playSnippet() plays about 100 ms at 1× for frame stepping and leaves the clock where it
// is. All public functions are for the GUI thread.

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QTimer;

namespace annostraat {

class AudioFeed;

/// What the player needs of a sound device: a QAudioSink in push mode (the default), or a
/// stand-in in tests. Used from the GUI thread only.
class AudioOutput
{
public:
    virtual ~AudioOutput() = default;
    /// 16-bit interleaved frames of this rate and channel count.
    virtual int sampleRate() const = 0;
    virtual int channels() const = 0;
    /// Begins a run (processedUSecs() from 0); false when the device cannot be opened.
    virtual bool start() = 0;
    /// Ends the run, dropping what is buffered.
    virtual void stop() = 0;
    virtual qint64 bufferSize() const = 0;
    virtual qint64 bytesFree() const = 0;
    virtual qint64 write(const char *data, qint64 bytes) = 0;
    /// Microseconds of this run's sound that have been heard.
    virtual qint64 processedUSecs() const = 0;
    /// Called when the device fails during a run (set by the player).
    std::function<void()> onFailure;
};

class AudioPlayer : public QObject
{
    Q_OBJECT

public:
    /// Milliseconds from any fixed point, never going back.
    using Clock = std::function<qint64()>;
    static constexpr double kMinSpeed = 0.5;
    static constexpr double kMaxSpeed = 2.0;
    static constexpr int kDefaultSnippetMs = 100;
    /// How far the clock may run on the wall clock past the sound the device last reported
    /// heard (milliseconds of sound; of the program, times the speed). Devices report in steps (Qt 6.4's PulseAudio sink: only at its timing updates,
    /// seen 100–300 ms apart), so between reports the picture moves on smoothly; when the
    /// sound really stops coming it stops this far ahead and waits for the sound.
    static constexpr int kMaxAheadOfSoundMs = 400;

    explicit AudioPlayer(QObject *parent = nullptr);
    ~AudioPlayer() override;

    /// The clock used without sound (tests inject one); default a QElapsedTimer.
    void setClock(Clock clock);
    /// false: never use the sound device (the fallback clock only); before open().
    void setOutputEnabled(bool enabled);
    /// Makes the output for each open(): null for none (with \a problem set when that is worth
    /// telling). The default opens QMediaDevices::defaultAudioOutput(); tests give a stand-in.
    using OutputFactory = std::function<std::unique_ptr<AudioOutput>(QString *problem)>;
    void setOutputFactory(OutputFactory factory);

    /// Opens \a path; a file without audio is fine (hasAudio() false). A file that cannot be
    /// read emits failed() and plays silently on the fallback clock.
    void open(const QString &path);
    void close();
    /// Whether sound is played (an audio stream and a working device).
    bool hasAudio() const;

    /// Plays from \a fromMs at \a speed (clamped to 0.5…2).
    void play(qint64 fromMs, double speed = 1.0);
    /// Stops where the clock is; positionMs() stays there.
    void pause();
    bool isPlaying() const { return m_playing; }
    double speed() const { return m_speed; }
    /// The media time now: the audio clock while sound plays, else the fallback clock.
    qint64 positionMs() const;
    /// Plays \a lengthMs of sound at \a atMs at 1× (frame stepping); pauses playback first and
    /// leaves positionMs() at \a atMs. Does nothing without sound.
    void playSnippet(qint64 atMs, int lengthMs = kDefaultSnippetMs);

Q_SIGNALS:
    /// A real problem: the file's audio cannot be read, or the sound device failed. Playing
    /// goes on with the fallback clock.
    void failed(const QString &message);
    void playingChanged(bool playing);

private:
    void startSink(qint64 fromMs, double speed, qint64 lengthMs);
    void stopSink();
    void pump();
    /// Bytes the device can take now.
    qint64 roomInOutput() const;
    /// Sound heard by now in this run (µs): the device's last report, carried on by the wall
    /// clock for at most kMaxAheadOfSoundMs.
    qint64 heardNowUs() const;
    void fallBackToClock(const QString &message);
    qint64 clockNow() const;
    qint64 audioPositionMs() const;

    Clock m_clock;
    bool m_outputEnabled = true;
    std::unique_ptr<AudioFeed> m_feed;
    /// The device; null without sound. m_running: a run is under way.
    std::unique_ptr<AudioOutput> m_output;
    OutputFactory m_outputFactory;
    bool m_running = false;
    QTimer *m_pump = nullptr;
    QString m_path;
    /// Bytes of sound written to the sink in this run, and silence still to write behind
    /// them once the feed is drained (-1: not decided yet).
    qint64 m_written = 0;
    qint64 m_padding = -1;
    /// The device's last report of sound heard (µs of this run), the clockNow() it came at,
    /// and the furthest the audio clock has told (it never goes back).
    mutable qint64 m_heardUs = -1;
    mutable qint64 m_heardAt = 0;
    mutable qint64 m_toldUs = 0;
    /// Sound taken from the feed that the device did not take yet: written first next time.
    QByteArray m_pending;

    bool m_playing = false;
    bool m_snippet = false;
    double m_speed = 1.0;
    /// Where the clock is while paused, and where the current run started.
    qint64 m_anchorMs = 0;
    /// Fallback clock: clockNow() when the run started; -1 while the sound drives the clock.
    qint64 m_anchorClock = -1;
};

} // namespace annostraat
