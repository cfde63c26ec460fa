// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside core/media only (videoindex.cpp, videodecoder.cpp): the FFmpeg headers, owners for
// FFmpeg's objects and FFmpeg's own words for a failure. FFmpeg's log is kept from stderr;
// its last error line on this thread is kept for the message instead (lastLogLine()).

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace annostraat::ffmpeg {

// Messages of the video files, under one context.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Video)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Video)
};

/// Routes FFmpeg's log away from stderr (once per process).
void installLog();
/// The last line FFmpeg logged at error level on this thread ("moov atom not found"), or
/// empty; clearLog() forgets it.
QString lastLogLine();
void clearLog();

/// FFmpeg's text for \a code, with the last logged line when it says more.
QString errorText(int code);

/// "<file>: <problem> (FFmpeg: <what FFmpeg said>)".
Error fileError(const QString &path, const Message &problem, int code = 0,
                Error::Fault fault = Error::Fault::Data);

struct FormatCloser
{
    void operator()(AVFormatContext *f) const { avformat_close_input(&f); }
};
struct CodecCloser
{
    void operator()(AVCodecContext *c) const { avcodec_free_context(&c); }
};
struct PacketFree
{
    void operator()(AVPacket *p) const { av_packet_free(&p); }
};
struct FrameFree
{
    void operator()(AVFrame *f) const { av_frame_free(&f); }
};
using FormatPtr = std::unique_ptr<AVFormatContext, FormatCloser>;
using CodecPtr = std::unique_ptr<AVCodecContext, CodecCloser>;
using PacketPtr = std::unique_ptr<AVPacket, PacketFree>;
using FramePtr = std::unique_ptr<AVFrame, FrameFree>;

/// Opens \a path and reads its stream information; the error names the file and the problem.
Result<FormatPtr> openInput(const QString &path);
/// The video stream to use: \a wanted when >= 0 (it must be a video stream), else FFmpeg's
/// best one; cover pictures do not count as video.
Result<int> videoStream(AVFormatContext *format, const QString &path, int wanted);

} // namespace annostraat::ffmpeg
