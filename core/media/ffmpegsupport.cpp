// SPDX-License-Identifier: GPL-3.0-or-later
#include "ffmpegsupport.h"

#include <QDir>
#include <QFile>

#include <cstdio>
#include <mutex>

namespace annostraat::ffmpeg {

namespace {

thread_local QString t_lastLine;

void logCallback(void *, int level, const char *format, va_list args)
{
    if (level > AV_LOG_ERROR)
        return;
    char line[512];
    std::vsnprintf(line, sizeof line, format, args);
    const QString text = QString::fromUtf8(line).trimmed();
    if (!text.isEmpty())
        t_lastLine = text;
}

} // namespace

void installLog()
{
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_callback(logCallback); });
}

QString lastLogLine()
{
    return t_lastLine;
}

void clearLog()
{
    t_lastLine.clear();
}

QString errorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    QString said = QString::fromUtf8(text);
    const QString logged = lastLogLine();
    if (!logged.isEmpty() && logged != said)
        said = logged + QStringLiteral("; ") + said;
    return said;
}

Error fileError(const QString &path, const Message &problem, int code, Error::Fault fault)
{
    Message told = problem;
    if (code < 0)
        told = Message::pattern(QStringLiteral("%1 (FFmpeg: %2)")).arg(problem, errorText(code));
    return Error::at(QDir::toNativeSeparators(path), 0, told, fault);
}

Result<FormatPtr> openInput(const QString &path)
{
    installLog();
    clearLog();
    if (!QFile::exists(path))
        return Error::at(QDir::toNativeSeparators(path), 0, Tr::msg("the file does not exist"),
                         Error::Fault::Access);
    AVFormatContext *raw = nullptr;
    const QByteArray name = QFile::encodeName(path);
    int rc = avformat_open_input(&raw, name.constData(), nullptr, nullptr);
    if (rc < 0) {
        if (rc == AVERROR(ENOENT) || rc == AVERROR(EACCES) || rc == AVERROR(EIO))
            return fileError(path, Tr::msg("the file could not be read"), rc, Error::Fault::Access);
        return fileError(path, Tr::msg("not a video file, or a damaged or incomplete one"), rc);
    }
    FormatPtr format(raw);
    rc = avformat_find_stream_info(format.get(), nullptr);
    if (rc < 0)
        return fileError(path,
                         Tr::msg("the streams of the file could not be read; it may be "
                                 "damaged or incomplete"),
                         rc);
    return format;
}

Result<int> videoStream(AVFormatContext *format, const QString &path, int wanted)
{
    auto isVideo = [&](int i) {
        const AVStream *st = format->streams[i];
        return st->codecpar->codec_type == AVMEDIA_TYPE_VIDEO &&
               !(st->disposition & AV_DISPOSITION_ATTACHED_PIC) && st->codecpar->width > 0 &&
               st->codecpar->height > 0;
    };
    if (wanted >= 0) {
        if (wanted >= int(format->nb_streams) || !isVideo(wanted))
            return fileError(path, Tr::msg("stream %1 is not a video stream").arg(wanted));
        return wanted;
    }
    const int best = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, nullptr, 0);
    if (best >= 0 && isVideo(best))
        return best;
    for (unsigned i = 0; i < format->nb_streams; ++i)
        if (isVideo(int(i)))
            return int(i);
    return fileError(path, Tr::msg("the file has no video stream"));
}

} // namespace annostraat::ffmpeg
