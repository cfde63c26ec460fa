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

std::pair<qsizetype, qsizetype> TextWords::snap(qsizetype from, qsizetype to) const
{
    auto [a, b] = trim(from, to);
    if (a == b)
        return {a, a};
    for (const auto &[s, e] : m_words) {
        if (s < a && a < e)
            a = s;
        if (s < b && b < e)
            b = e;
    }
    return {a, b};
}

std::pair<qsizetype, qsizetype> TextWords::wordAt(qsizetype position) const
{
    for (const auto &[s, e] : m_words)
        if (s <= position && position < e)
            return {s, e};
    for (const auto &[s, e] : m_words)
        if (e == position)
            return {s, e};
    return {position, position};
}

qsizetype TextWords::nextStart(qsizetype position) const
{
    for (const auto &[s, e] : m_words)
        if (s > position)
            return s;
    return m_text.size();
}

qsizetype TextWords::previousStart(qsizetype position) const
{
    qsizetype result = 0;
    for (const auto &[s, e] : m_words)
        if (s < position)
            result = s;
    return result;
}

qsizetype TextWords::nextEnd(qsizetype position) const
{
    for (const auto &[s, e] : m_words)
        if (e > position)
            return e;
    return m_text.size();
}

qsizetype TextWords::previousEnd(qsizetype position) const
{
    qsizetype result = 0;
    for (const auto &[s, e] : m_words)
        if (e < position)
            result = e;
    return result;
}

} // namespace annostraat
