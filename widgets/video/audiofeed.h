// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audio the player sends to the sound device, decoded ahead in a thread of its own.
//
// Design note. An AudioFeed owns one AudioDecoder and one thread. start() begins a new
// session (a position, a speed, optionally a length): the thread seeks and decodes about
// kAheadMs of audio ahead into a buffer, and take() (the GUI thread, the player's push
// timer) empties it. Speed is made by resampling: at 2× the decoder gives half the samples
// per second of media and the device plays them at its own rate, so the pitch goes up an
// octave, as tape does. A session that a newer one replaced never reaches take().

#include "util/result.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

namespace annostraat {

class AudioDecoder;

class AudioFeed
{
public:
    /// Audio decoded ahead of what the device took.
    static constexpr int kAheadMs = 300;
    /// Fade in and out of a snippet, so it does not click.
    static constexpr int kFadeMs = 4;

    AudioFeed();
    ~AudioFeed();
    AudioFeed(const AudioFeed &) = delete;
    AudioFeed &operator=(const AudioFeed &) = delete;

    /// Opens \a path for a device of \a rate Hz and \a channels (16-bit); an error for which
    /// AudioDecoder::isNoAudio() is true when the file has no sound.
    Result<void> open(const QString &path, int rate, int channels);
    void close();
    bool isOpen() const;
    int rate() const { return m_rate; }
    int channels() const { return m_channels; }
    int bytesPerFrame() const { return m_channels * 2; }

    /// A new session from \a fromMs at \a speed (0.25…4); \a lengthMs > 0: only that much of
    /// the media, faded in and out (a snippet).
    void start(qint64 fromMs, double speed, qint64 lengthMs = -1);
    void stop();
    /// Moves up to \a maxBytes (whole frames) of the current session into \a out.
    qint64 take(char *out, qint64 maxBytes);
    /// Bytes decoded and not taken.
    qint64 buffered() const;
    /// The session's audio is all decoded and taken (the end of the file or the snippet).
    bool drained() const;
    /// A decoding problem of the current session, once (empty otherwise).
    QString takeError();

private:
    void run();

    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::unique_ptr<AudioDecoder> m_decoder;
    std::thread m_thread;
    bool m_quit = false;
    int m_rate = 0;
    int m_channels = 0;

    // The session, under m_mutex.
    quint64 m_session = 0;
    bool m_active = false;
    bool m_needSeek = false;
    bool m_produced = false; ///< everything of the session is in m_buffer
    qint64 m_fromMs = 0;
    double m_speed = 1.0;
    qint64 m_lengthFrames = -1; ///< a snippet's length at the decoder's rate
    qint64 m_framesOut = 0;     ///< frames of the session decoded so far
    QByteArray m_buffer;
    qint64 m_bufferPos = 0;
    QString m_error;
};

} // namespace annostraat
