// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The audio of a media file as interleaved signed 16-bit samples, through FFmpeg.
//
// Design note. One AudioDecoder reads the best audio stream of one file (a video's sound
// track or an audio file) with libavformat/libavcodec and converts it with libswresample to
// the rate and channel count asked for (the player asks for the device's, the waveform for
// the source's own, which only converts the sample format). Time 0 is the video's first
// frame (the video stream's start time: frame 0 of the index), or the container's start for
// audio alone: a sound track that starts later begins with silence, sound before the first
// frame is dropped, and after a seek the first sample read is the one at the millisecond
// asked for. Not thread-safe: one thread uses one decoder. FFmpeg's headers
// stay in audiodecoder.cpp.

#include "util/message.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace annostraat {

class AudioDecoder
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::AudioDecoder)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::AudioDecoder)

public:
    static constexpr int kDefaultRate = 48000;
    static constexpr int kDefaultChannels = 2;
    static constexpr int kBytesPerSample = 2;

    /// Opens the best audio stream of \a path, read as \a sampleRate Hz and \a channels
    /// channels (0: the stream's own). A file without an audio stream gives an error for
    /// which isNoAudio() is true: not a problem for a video, the caller decides.
    static Result<std::unique_ptr<AudioDecoder>>
    open(const QString &path, int sampleRate = kDefaultRate, int channels = kDefaultChannels);
    /// Whether \a error is open()'s "has no audio" (the file is media, without sound).
    static bool isNoAudio(const Error &error);

    ~AudioDecoder();
    AudioDecoder(const AudioDecoder &) = delete;
    AudioDecoder &operator=(const AudioDecoder &) = delete;

    const QString &path() const;
    /// What read() gives: samples per second and channels.
    int sampleRate() const;
    int channels() const;
    int bytesPerFrame() const { return channels() * kBytesPerSample; }
    /// The stream as stored: its rate, channels and codec.
    int sourceRate() const;
    int sourceChannels() const;
    QString codecName() const;
    /// The length the file declares for the audio (milliseconds from time 0); -1 unknown.
    qint64 durationMs() const;

    /// Changes the output rate (e.g. the player's speed); takes effect from the next seek().
    void setSampleRate(int sampleRate);

    /// Reads up to \a maxFrames frames (one sample per channel each) into \a out; returns how
    /// many, 0 at the end. At the end of a file that declares a longer duration than it
    /// holds, an error says it is truncated (what was read stays valid).
    Result<qint64> read(qint16 *out, qint64 maxFrames);
    /// The time of the next frame read(), in frames of sampleRate() from time 0.
    qint64 positionFrames() const;
    qint64 positionMs() const;
    bool atEnd() const;
    /// The next read() starts at \a ms (clamped to 0; past the end: read() gives 0).
    Result<void> seek(qint64 ms);

private:
    struct Private;
    explicit AudioDecoder(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace annostraat
