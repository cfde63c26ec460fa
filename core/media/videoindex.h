// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The packet index of a video (docs/media.md "Video", docs/decisions/0014-video-decoding.md).
//
// Design note. Frame n of a video is the n-th frame in display order of its video stream,
// whatever the frame rate says: the index reads every packet of the stream once (no
// decoding), keeps the presentation timestamp of each frame that is shown (packets the
// container marks as discarded, such as the leading packets an MP4 edit list cuts, are left
// out) and sorts them. Frame n is then "the frame whose pts is pts(n)", which holds for
// B-frames, open GOPs, a non-zero start, edit lists, MPEG-TS and variable frame rates alike.
// Keyframes (discarded ones included: a cut GOP still starts at its keyframe) are kept with
// their pts and dts, so a decoder seeks to the keyframe at or before a frame by the index's
// own timestamps. Building the index reads the whole file once; it is cached on disk
// (<cache>/video-index/<hash of path, size, mtime, stream>), written atomically, and a cache
// file that does not read back exactly (wrong magic, version, checksum) is rebuilt.
// An index is immutable once built and may be shared between threads.

#include "media/imagesource.h"
#include "media/timecode.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <vector>

namespace annostraat {

/// What the index says about a video file.
struct VideoInfo
{
    QString path;
    int width = 0; ///< display size (the sample aspect ratio applied)
    int height = 0;
    FrameRate rate;        ///< the stream's average frame rate as a rational
    qint64 frameCount = 0; ///< frames in display order, discarded ones left out
    qint64 durationMs = 0; ///< from the first frame's start to the last frame's end
    /// From the stream's "timecode" tag, a tmcd data stream or the container; "" if none.
    QString startTimecode;
    int keyframeInterval = 0; ///< the longest distance between keyframes, in frames
    bool hasAudio = false;
    int audioSampleRate = 0;
    int audioChannels = 0;
    QString codecName;    ///< FFmpeg's short name: "h264", "mpeg2video", …
    int streamIndex = -1; ///< the video stream indexed
};

class VideoIndex
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Video)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Video)

public:
    struct Keyframe
    {
        qint64 pts = 0;
        qint64 dts = 0; ///< = pts when the container has none
    };

    /// Reads every packet of \a path's video stream (\a stream, or FFmpeg's best video stream
    /// when -1). \a progress gets the fraction of the file read and cancels when it returns
    /// false (the error then says so and is an Access fault).
    static Result<std::shared_ptr<const VideoIndex>>
    build(const QString &path, const MediaProgress &progress = {}, int stream = -1);
    /// The cached index of \a path when there is a valid one, else build() and cache it.
    static Result<std::shared_ptr<const VideoIndex>>
    open(const QString &path, const MediaProgress &progress = {}, int stream = -1);

    /// Writes the index to \a file atomically (a temporary file renamed when complete).
    Result<void> save(const QString &file) const;
    /// Reads an index written by save(); an empty pointer when the file is missing, of
    /// another version or damaged in any way.
    static std::shared_ptr<const VideoIndex> load(const QString &file);

    /// The cache file of \a path's stream \a stream (-1: the best one); changes with the
    /// file's size and modification time.
    static QString cacheFile(const QString &path, int stream = -1);
    /// Where indexes are cached; default: the platform's cache location + "/video-index".
    static void setCacheFolder(const QString &folder);
    static QString cacheFolder();

    const VideoInfo &info() const { return m_info; }
    qint64 frameCount() const { return qint64(m_pts.size()); }
    int streamIndex() const { return m_info.streamIndex; }
    /// The stream's time base, in which every timestamp here is counted.
    int timeBaseNum() const { return m_timeBaseNum; }
    int timeBaseDen() const { return m_timeBaseDen; }

    /// The presentation timestamp of frame \a frame (0 <= frame < frameCount()).
    qint64 pts(qint64 frame) const { return m_pts[size_t(frame)]; }
    /// The frame whose pts is \a pts, or -1 when no shown frame has it.
    qint64 frameOfPts(qint64 pts) const;
    /// The last frame whose pts is at or before \a pts, or -1 when \a pts is before the first.
    qint64 frameAtOrBefore(qint64 pts) const;
    /// \a frame's time from the first frame, in milliseconds (rounded down).
    qint64 msOfFrame(qint64 frame) const;

    /// Keyframes sorted by pts.
    const std::vector<Keyframe> &keyframes() const { return m_keys; }
    /// The keyframe to decode \a frame from: the last one whose pts is at or before the
    /// frame's (0 when the frame comes before every keyframe).
    int keyframeFor(qint64 frame) const;

private:
    friend struct VideoIndexBuilder;
    void finish();

    VideoInfo m_info;
    int m_timeBaseNum = 1;
    int m_timeBaseDen = 1;
    std::vector<qint64> m_pts; ///< strictly increasing
    std::vector<Keyframe> m_keys;
};

} // namespace annostraat
