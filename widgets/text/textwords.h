// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The words of a text, found once with QTextBoundaryFinder, and the steps the text editor
// takes by them: snapping a selection to whole words, the caret's next word, a span edge's
// next word. Positions are UTF-16 indices of the text (what QTextCursor counts); spans are
// converted to code points only when they are written (model/codepointtext.h).

#include <QList>
#include <QString>

#include <utility>

namespace annostraat {

class TextWords
{
public:
    TextWords() = default;
    explicit TextWords(const QString &text);

    /// [start, end) of each word, in order.
    const QList<std::pair<qsizetype, qsizetype>> &words() const { return m_words; }

    /// \a from–\a to grown to whole words (an end inside a word takes the whole word) with the
    /// white space at both ends left out; an empty range when nothing but space is selected.
    std::pair<qsizetype, qsizetype> snap(qsizetype from, qsizetype to) const;
    /// The same without growing to words (character-level jobs): only the space is left out.
    std::pair<qsizetype, qsizetype> trim(qsizetype from, qsizetype to) const;
    /// The word at \a position (or the one just before it); {p, p} when there is none.
    std::pair<qsizetype, qsizetype> wordAt(qsizetype position) const;

    /// The first word start after \a position, or the text's end.
    qsizetype nextStart(qsizetype position) const;
    /// The last word start before \a position, or 0.
    qsizetype previousStart(qsizetype position) const;
    /// The first word end after \a position, or the text's end.
    qsizetype nextEnd(qsizetype position) const;
    /// The last word end before \a position, or 0.
    qsizetype previousEnd(qsizetype position) const;

private:
    QString m_text;
    QList<std::pair<qsizetype, qsizetype>> m_words;
};

} // namespace annostraat
