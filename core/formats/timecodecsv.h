// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "csv-timecodes": our own CSV of a video task's markers and segments (docs/formats.md), a
// row each: item, layer, label, kind, start_tc, end_tc, start_frame, end_frame, then one
// column per attribute. Frames are exact and win on import; the timecodes (the item's start
// timecode added, drop-frame at 29.97 and 59.94) are for people and for clients' players, and
// are read when the frame cells are empty.

#include "format.h"

namespace annostraat {

Format timecodeCsvFormat();

/// The records of CSV \a text (RFC 4180: quotes, doubled quotes, line ends inside quotes),
/// each with the line it starts on; \a separator ',' or '\t' (a spreadsheet's tab-separated
/// text quotes the same way).
struct CsvRecord
{
    QStringList cells;
    qint64 line = 0;
};
Result<QList<CsvRecord>> parseCsv(const QString &text, const QString &file,
                                  QChar separator = QLatin1Char(','));

} // namespace annostraat
