// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Test media for the audio tests, made with the `ffmpeg` program (a test-only dependency that
// CMake requires when the tests are built; ANNOSTRAAT_FFMPEG is its path): two seconds of
// silence, then a 440 Hz tone at half of full scale, as a video's sound track and as an
// audio-only file.

#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>

namespace annostraat::test {

/// When the tone starts in the generated files, and how loud it is (of full scale).
constexpr qint64 kToneStartMs = 2000;
constexpr double kToneAmplitude = 0.5;

/// Runs ffmpeg with \a arguments (quiet, overwriting); its complaint on failure, else empty.
inline QString runFfmpeg(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(ANNOSTRAAT_FFMPEG),
                  QStringList{QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"),
                              QStringLiteral("-nostdin")} +
                          arguments);
    if (!process.waitForFinished(10 * 60 * 1000))
        return QStringLiteral("ffmpeg did not finish");
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("ffmpeg failed: ") +
               QString::fromLocal8Bit(process.readAllStandardError());
    return {};
}

/// ffmpeg's lavfi source of \a seconds of audio: silence until kToneStartMs, then the tone.
inline QString toneSource(int seconds, int rate = 48000,
                          const QString &layout = QStringLiteral("stereo"))
{
    return QStringLiteral("aevalsrc=if(gte(t\\,%1)\\,%2*sin(2*PI*440*t)\\,0):s=%3:c=%4:d=%5")
            .arg(double(kToneStartMs) / 1000.0)
            .arg(kToneAmplitude)
            .arg(rate)
            .arg(layout)
            .arg(seconds);
}

/// A small video (64 × 48, 25 fps, MPEG-4 part 2) of \a seconds, in \a dir as \a name, with
/// the tone as its sound track in \a audioCodec ("" for a video without audio).
inline QString makeToneVideo(const QString &dir, const QString &name, int seconds,
                             const QString &audioCodec, QString *error)
{
    const QString path = QDir(dir).filePath(name);
    QStringList args{QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                     QStringLiteral("testsrc=s=64x48:r=25:d=%1").arg(seconds)};
    if (!audioCodec.isEmpty())
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << toneSource(seconds) << QStringLiteral("-c:a") << audioCodec;
    args << QStringLiteral("-c:v") << QStringLiteral("mpeg4") << path;
    *error = runFfmpeg(args);
    return path;
}

/// An audio-only file of the tone in \a codec (file type from \a name's extension).
inline QString makeToneAudio(const QString &dir, const QString &name, int seconds,
                             const QString &codec, QString *error, int rate = 48000,
                             const QString &layout = QStringLiteral("stereo"))
{
    const QString path = QDir(dir).filePath(name);
    *error = runFfmpeg({QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                        toneSource(seconds, rate, layout), QStringLiteral("-c:a"), codec, path});
    return path;
}

} // namespace annostraat::test
