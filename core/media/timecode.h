// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Frames and SMPTE timecode labels, both ways (DESIGN.md "Media: video").
//
// A video's frames are counted from 0 in display order (the packet index); a label is that
// count plus the start frame of the video's own timecode (read from the file or set in the
// task), written as HH:MM:SS:FF. At 30000/1001 and 60000/1001 a label may be drop-frame,
// HH:MM:SS;FF: the frame *numbers* 0 and 1 (0–3 at 59.94) are left out at the start of every
// minute except every tenth, so the label keeps up with the clock (01:00:00;00 is frame
// 107,892, where a non-drop label would say 01:00:03:18). Labels wrap after 24 hours, as
// broadcast timecode does. Millisecond times (subtitles, ELAN) convert with frameToMs and
// msToFrame, which round-trip for every frame at every rate.

#include "util/result.h"

#include <QCoreApplication>
#include <QString>

namespace annostraat {

/// Frames per second as a rational, as FFmpeg gives it (25/1, 30000/1001, …).
struct FrameRate
{
    int num = 0;
    int den = 1;

    bool isValid() const { return num > 0 && den > 0; }
    double fps() const { return isValid() ? double(num) / den : 0.0; }
    /// The whole number of frames a timecode second counts: 30 for 29.97, 24 for 23.976.
    int nominal() const;
    /// 30000/1001 or 60000/1001 (also written 2997/100, 5994/100): the rates that have
    /// drop-frame labels.
    bool isDropFrameRate() const;
    /// "25", "29.97", "23.976"
    QString toString() const;

    bool operator==(const FrameRate &) const = default;
};

class Timecode
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Timecode)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Timecode)

public:
    /// The label of \a frame: "HH:MM:SS:FF", or "HH:MM:SS;FF" when \a dropFrame and the rate
    /// allows it. \a startFrame is the frame number of the video's first frame (from
    /// startFrameOf()); labels wrap after 24 hours; a negative total gets a leading "-".
    static QString label(qint64 frame, FrameRate rate, bool dropFrame, qint64 startFrame = 0);
    /// The frame a label names, counted from the video's first frame (\a startFrame is
    /// subtracted; a label before the start is refused). A ";" (or "." or ",") before the
    /// frames means drop-frame, refused at rates without drop-frame; the labels drop-frame
    /// leaves out (00:01:00;00, …) are refused. Fields may have one digit ("1:2:3:4").
    static Result<qint64> parse(const QString &label, FrameRate rate, qint64 startFrame = 0);
    /// The frame number of a start label such as "10:00:00:00", counted from midnight.
    static Result<qint64> startFrameOf(const QString &startLabel, FrameRate rate);
    /// Whether \a label is written drop-frame.
    static bool isDropFrameLabel(const QString &label);
    /// \a label with the separator before its frames made ";" (\a dropFrame) or ":", for
    /// labels whose separator says nothing (a sheet typed by hand, a task's house start used
    /// at a rate without drop-frame). A text that is no label comes back unchanged.
    static QString withSeparator(const QString &label, bool dropFrame);

    /// The first whole millisecond at which \a frame shows (frame × 1000 / fps, rounded up).
    static qint64 frameToMs(qint64 frame, FrameRate rate);
    /// The frame that shows at \a ms (rounded down): msToFrame(frameToMs(f)) == f.
    static qint64 msToFrame(qint64 ms, FrameRate rate);
};

} // namespace annostraat
