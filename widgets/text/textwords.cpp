// SPDX-License-Identifier: GPL-3.0-or-later
#include "textwords.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace annostraat {

TextWords::TextWords(const QString &text)
    : m_text(text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, m_text);
    qsizetype start = -1;
    for (qsizetype p = 0; p >= 0; p = finder.toNextBoundary()) {
        const auto reasons = finder.boundaryReasons();
        if (start >= 0 && reasons.testFlag(QTextBoundaryFinder::EndOfItem)) {
            m_words.append({start, p});
            start = -1;
        }
        if (reasons.testFlag(QTextBoundaryFinder::StartOfItem))
            start = p;
    }
}

std::pair<qsizetype, qsizetype> TextWords::trim(qsizetype from, qsizetype to) const
{
    from = std::clamp<qsizetype>(from, 0, m_text.size());
    to = std::clamp<qsizetype>(to, 0, m_text.size());
    if (from > to)
        std::swap(from, to);
    while (from < to && m_text.at(from).isSpace())
        ++from;
    while (to > from && m_text.at(to - 1).isSpace())
        --to;
    return {from, to};
}

// The words are in order and do not overlap, so both their starts and their ends are sorted:
// every lookup is a binary search (a 1 MB text has some 150,000 words, and the caret, the
// selection and the status line ask at every key).

namespace {

using Words = QList<std::pair<qsizetype, qsizetype>>;

/// Index of the first word for which \a before is false.
template<typename Before>
qsizetype firstNot(const Words &words, Before before)
{
    return std::partition_point(words.cbegin(), words.cend(), before) - words.cbegin();
}

} // namespace

std::pair<qsizetype, qsizetype> TextWords::snap(qsizetype from, qsizetype to) const
{
    // Plain variables, not a structured binding: clang 14 cannot capture those in a lambda.
    const auto trimmed = trim(from, to);
    const qsizetype a = trimmed.first;
    const qsizetype b = trimmed.second;
    if (a == b)
        return {a, a};
    // An edge strictly inside a word takes the whole word.
    const qsizetype ia = firstNot(m_words, [&](const auto &w) { return w.first < a; }) - 1;
    const qsizetype ib = firstNot(m_words, [&](const auto &w) { return w.first < b; }) - 1;
    const qsizetype newA = ia >= 0 && a < m_words.at(ia).second ? m_words.at(ia).first : a;
    const qsizetype newB = ib >= 0 && b < m_words.at(ib).second ? m_words.at(ib).second : b;
    return {newA, newB};
}

std::pair<qsizetype, qsizetype> TextWords::wordAt(qsizetype position) const
{
    const qsizetype i = firstNot(m_words, [&](const auto &w) { return w.first <= position; }) - 1;
    if (i >= 0 && position < m_words.at(i).second)
        return m_words.at(i);
    const qsizetype j = firstNot(m_words, [&](const auto &w) { return w.second < position; });
    if (j < m_words.size() && m_words.at(j).second == position)
        return m_words.at(j);
    return {position, position};
}

qsizetype TextWords::nextStart(qsizetype position) const
{
    const qsizetype i = firstNot(m_words, [&](const auto &w) { return w.first <= position; });
    return i < m_words.size() ? m_words.at(i).first : m_text.size();
}

qsizetype TextWords::previousStart(qsizetype position) const
{
    const qsizetype i = firstNot(m_words, [&](const auto &w) { return w.first < position; }) - 1;
    return i >= 0 ? m_words.at(i).first : 0;
}

qsizetype TextWords::nextEnd(qsizetype position) const
{
    const qsizetype i = firstNot(m_words, [&](const auto &w) { return w.second <= position; });
    return i < m_words.size() ? m_words.at(i).second : m_text.size();
}

qsizetype TextWords::previousEnd(qsizetype position) const
{
    const qsizetype i = firstNot(m_words, [&](const auto &w) { return w.second < position; }) - 1;
    return i >= 0 ? m_words.at(i).second : 0;
}

} // namespace annostraat
