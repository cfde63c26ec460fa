// SPDX-License-Identifier: GPL-3.0-or-later
// The video commands for team leads and checks (issue 10, point 9): "video probe" prints what
// the packet index says about a file; "video frame" writes exactly one frame as a PNG. Both
// work on a file alone, without a store. The index is cached (core/media/videoindex.h), so
// a second command on the same file does not read it again.

#include "clicommand.h"

#include "media/timecode.h"
#include "media/videodecoder.h"
#include "media/videoindex.h"

#include <QFileInfo>
#include <QImageWriter>
#include <QJsonArray>
#include <QSaveFile>

namespace annostraat {

using namespace cli;

namespace {

/// Whether labels of this video are written drop-frame: as its start timecode is, or, without
/// one, at the rates that have drop-frame.
bool dropFrameOf(const VideoInfo &info)
{
    return info.startTimecode.isEmpty() ? info.rate.isDropFrameRate()
                                        : Timecode::isDropFrameLabel(info.startTimecode);
}

/// The frame number of the video's first frame in its own timecode (0 without one).
Result<qint64> startFrameOf(const VideoInfo &info)
{
    if (info.startTimecode.isEmpty() || !info.rate.isValid())
        return qint64(0);
    return Timecode::startFrameOf(info.startTimecode, info.rate);
}

} // namespace

QList<CliCommand> CliCommand::videoCommands()
{
    return {{{QStringLiteral("video"), QStringLiteral("probe")},
             {QStringLiteral("FILE")},
             {},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "FILE"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "Prints what the video's packet index says: codec, size, frames "
                               "(in display order), frame rate, duration, start timecode, the "
                               "longest keyframe interval and the audio. The first run reads "
                               "the whole file; the index is cached for the next."),
             &Cli::videoProbe},
            {{QStringLiteral("video"), QStringLiteral("frame")},
             {QStringLiteral("FILE")},
             {QStringLiteral("frame"), QStringLiteral("timecode"), QStringLiteral("out")},
             {QStringLiteral("out")},
             QT_TRANSLATE_NOOP("annostraat::Cli", "FILE (--frame N | --timecode TC) --out PNG"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "Writes exactly that frame (frames count from 0 in display "
                               "order; a timecode counts from the video's start timecode) as a "
                               "PNG and prints its path. PNG must not exist yet."),
             &Cli::videoFrame}};
}

int Cli::videoProbe()
{
    const QString path = m_arguments.first();
    auto index = VideoIndex::open(path);
    if (!index)
        return fail(index.error().message());
    const VideoInfo &info = (*index)->info();
    if (m_json) {
        QJsonObject json{
                {QStringLiteral("file"), native(QFileInfo(path).absoluteFilePath())},
                {QStringLiteral("codec"), info.codecName},
                {QStringLiteral("stream"), info.streamIndex},
                {QStringLiteral("width"), info.width},
                {QStringLiteral("height"), info.height},
                {QStringLiteral("frames"), double(info.frameCount)},
                {QStringLiteral("frameRate"), QJsonArray{info.rate.num, info.rate.den}},
                {QStringLiteral("fps"), info.rate.fps()},
                {QStringLiteral("durationMs"), double(info.durationMs)},
                {QStringLiteral("startTimecode"),
                 info.startTimecode.isEmpty() ? QJsonValue() : QJsonValue(info.startTimecode)},
                {QStringLiteral("keyframeInterval"), info.keyframeInterval}};
        json.insert(QStringLiteral("audio"),
                    info.hasAudio ? QJsonValue(QJsonObject{
                                            {QStringLiteral("sampleRate"), info.audioSampleRate},
                                            {QStringLiteral("channels"), info.audioChannels}})
                                  : QJsonValue(false));
        printJson(json);
        return CliOk;
    }
    const QString none = tr("none");
    m_out << tr("file: %1").arg(native(QFileInfo(path).absoluteFilePath())) << QStringLiteral("\n")
          << tr("codec: %1 (stream %2)").arg(info.codecName).arg(info.streamIndex)
          << QStringLiteral("\n") << tr("size: %1 × %2").arg(info.width).arg(info.height)
          << QStringLiteral("\n") << tr("frames: %1").arg(info.frameCount) << QStringLiteral("\n")
          << tr("frame rate: %1 (%2/%3)")
                     .arg(info.rate.toString())
                     .arg(info.rate.num)
                     .arg(info.rate.den)
          << QStringLiteral("\n")
          << tr("duration: %1 s").arg(double(info.durationMs) / 1000.0, 0, 'f', 3)
          << QStringLiteral("\n")
          << tr("start timecode: %1").arg(info.startTimecode.isEmpty() ? none : info.startTimecode)
          << QStringLiteral("\n")
          << tr("keyframe interval: %1 frames (longest)").arg(info.keyframeInterval)
          << QStringLiteral("\n")
          << (info.hasAudio ? tr("audio: %1 Hz, %2 channels")
                                      .arg(info.audioSampleRate)
                                      .arg(info.audioChannels)
                            : tr("audio: %1").arg(none))
          << QStringLiteral("\n");
    m_out.flush();
    return CliOk;
}

int Cli::videoFrame()
{
    const QString path = m_arguments.first();
    if (isSet("frame") == isSet("timecode"))
        return usageError(tr("\"video frame\" needs either --frame N or --timecode TC; see \"%1 "
                             "help video frame\"")
                                  .arg(kCliProgram));
    qint64 wanted = -1;
    if (isSet("frame")) {
        bool ok = false;
        wanted = option("frame").toLongLong(&ok);
        if (!ok || wanted < 0)
            return usageError(
                    tr("--frame: \"%1\" is not a whole number of 0 or more").arg(option("frame")));
    }
    const QString out = QFileInfo(option("out")).absoluteFilePath();
    if (!QFileInfo(QFileInfo(out).absolutePath()).isDir())
        return fail(tr("%1: the folder does not exist; \"video frame\" does not create folders, "
                       "make it first")
                            .arg(native(QFileInfo(out).absolutePath())));
    if (QFileInfo::exists(out))
        return fail(tr("%1: the file already exists; \"video frame\" never replaces a file, "
                       "choose another name or remove it first")
                            .arg(native(out)));

    auto index = VideoIndex::open(path);
    if (!index)
        return fail(index.error().message());
    const VideoInfo &info = (*index)->info();
    auto start = startFrameOf(info);
    if (!start)
        return fail(tr("%1: the file's start timecode \"%2\" cannot be read: %3")
                            .arg(native(path), info.startTimecode, start.error().message()));
    if (isSet("timecode")) {
        if (!info.rate.isValid())
            return fail(tr("%1: the video has no frame rate, so a timecode names no frame")
                                .arg(native(path)));
        auto frame = Timecode::parse(option("timecode"), info.rate, *start);
        if (!frame)
            return fail(tr("--timecode: %1").arg(frame.error().message()));
        wanted = *frame;
    }
    if (wanted >= info.frameCount)
        return fail(tr("%1: frame %2 is not in the video (frames 0 to %3)")
                            .arg(native(path))
                            .arg(wanted)
                            .arg(info.frameCount - 1));

    auto decoder = VideoDecoder::open(path, *index);
    if (!decoder)
        return fail(decoder.error().message());
    auto image = (*decoder)->frame(wanted);
    if (!image)
        return fail(image.error().message());

    QSaveFile file(out);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1: %2").arg(native(out), file.errorString()));
    QImageWriter writer(&file, "png");
    if (!writer.write(*image) || !file.commit())
        return fail(tr("%1: the PNG could not be written: %2")
                            .arg(native(out), writer.error() != QImageWriter::UnknownError
                                                      ? writer.errorString()
                                                      : file.errorString()));
    const QString label = info.rate.isValid()
                                  ? Timecode::label(wanted, info.rate, dropFrameOf(info), *start)
                                  : QString();
    if (m_json) {
        printJson({{QStringLiteral("file"), native(QFileInfo(path).absoluteFilePath())},
                   {QStringLiteral("frame"), double(wanted)},
                   {QStringLiteral("timecode"), label},
                   {QStringLiteral("out"), native(out)},
                   {QStringLiteral("width"), image->width()},
                   {QStringLiteral("height"), image->height()}});
    } else {
        m_out << native(out) << QStringLiteral("\n");
        m_out.flush();
    }
    return CliOk;
}

} // namespace annostraat
