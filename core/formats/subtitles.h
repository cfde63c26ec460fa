// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "webvtt" and "srt": subtitle files (docs/formats.md). A cue is a segment, its text the
// segment's label; times are milliseconds from the video's first frame, converted with
// Timecode::msToFrame / frameToMs so that an export imports to the same frames. The parsers
// are lenient as players are: a cue with bad or missing timings (or without text, or ending
// before it starts) is skipped and counted, not the file refused; a file that is not WebVTT
// (or SRT) at all is refused, naming it.

#include "format.h"

namespace annostraat {

Format webVttFormat();
Format srtFormat();

struct SubtitleCue
{
    QString id; ///< WebVTT's optional identifier, SRT's number
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString text;    ///< the cue's lines, joined by '\n', as written
    qint64 line = 0; ///< of the timing line
};

struct SubtitleFile
{
    QList<SubtitleCue> cues; ///< every cue with valid timings, in file order
    QList<qint64> badLines;  ///< blocks skipped: bad or missing timings (their first line)
};

/// The cues of WebVTT \a text (a byte order mark already dropped) as the W3C parser finds
/// them: the header, NOTE, STYLE and REGION blocks skipped; a cue whose timing line is bad
/// skipped and its line kept. Not starting with "WEBVTT": an error naming \a file.
Result<SubtitleFile> parseWebVtt(const QString &text, const QString &file);
/// The same for SRT ("1", "00:00:00,500 --> 00:00:07,000", text lines). A file in which not
/// one block is a cue is refused.
Result<SubtitleFile> parseSrt(const QString &text, const QString &file);
/// A WebVTT timestamp ("[hh:]mm:ss.ttt", hours of any number of digits) in ms, as the W3C
/// parser reads it; -1 when it is not one.
qint64 parseWebVttTimestamp(QStringView text);

} // namespace annostraat
