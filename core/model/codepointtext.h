// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A text and the two ways to count in it. Spans are stored in Unicode code points (what a
// person and most formats mean by "character 12"); QString, QTextDocument and QTextCursor
// count UTF-16 code units, where an emoji or any character outside the Basic Multilingual
// Plane takes two. Every place that moves between the two goes through this class, so no
// offset is converted by accident. A combining mark (the "̈" of "e" + U+0308) is a code point
// of its own, so it counts in both units; only surrogate pairs differ.

#include <QList>
#include <QString>

namespace annostraat {

class CodePointText
{
public:
    CodePointText() = default;
    explicit CodePointText(QString text);

    const QString &text() const { return m_text; }
    /// Length in code points.
    qint64 size() const { return m_size; }

    /// The UTF-16 index where code point \a codePoint starts (size() maps to the text's end).
    /// Out of range is clamped.
    qsizetype toUtf16(qint64 codePoint) const;
    /// The code point that UTF-16 index \a utf16 falls in; an index on the low half of a
    /// surrogate pair counts as the pair's code point. Out of range is clamped.
    qint64 toCodePoint(qsizetype utf16) const;
    /// The text of code points [start, end), empty when the range is not within the text.
    QString slice(qint64 start, qint64 end) const;

private:
    QString m_text;
    qint64 m_size = 0;
    /// UTF-16 index of every code point after a surrogate pair's start; empty when the text
    /// has none (then both units are the same and no table is needed).
    QList<qsizetype> m_pairs;
};

} // namespace annostraat
