// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "edl": CMX3600 edit decision lists (docs/formats.md). A video event's record in and out
// are a segment (the clip name, "* FROM CLIP NAME:", as its label, else the reel), a
// "* LOC: tc COLOUR comment" line a marker (the comment as its label, the colour as the
// attribute "colour" when the label has one). Timecodes are the record side's, the item's
// start timecode subtracted; "FCM: DROP FRAME" makes the labels that follow drop-frame (";"),
// as does a ";" in a label itself.

#include "format.h"

namespace annostraat {

Format edlFormat();

struct EdlEvent
{
    QString number; ///< "001"
    QString reel;
    QString track;                                    ///< "V", "A", "AA", "B", "A2/V", …
    QString transition;                               ///< "C", "D", "W001", …
    QString sourceIn, sourceOut, recordIn, recordOut; ///< labels, ";" when drop-frame
    QString clipName;  ///< "* FROM CLIP NAME:" (for a transition "* TO CLIP NAME:"), trimmed
    bool video = true; ///< the track has a picture (V or B)
    qint64 line = 0;
};

struct EdlLocator
{
    QString timecode; ///< record side, ";" when drop-frame
    QString colour;   ///< "RED", … (upper case as written)
    QString comment;
    qint64 event = -1; ///< index of the event it follows in EdlFile::events; -1 before any
    qint64 line = 0;
};

struct EdlFile
{
    QString title;
    bool dropFrame = false; ///< the last FCM said DROP FRAME
    QList<EdlEvent> events;
    QList<EdlLocator> locators;
};

/// The events and locators of CMX3600 \a text. A line that is no header (TITLE, FCM), event,
/// comment ("*"), clip name, motion effect ("M2"), "AUD" or "SPLIT" line is an error naming
/// \a file and the line; so is an event whose four timecodes are not timecodes.
Result<EdlFile> parseEdl(const QString &text, const QString &file);

} // namespace annostraat
