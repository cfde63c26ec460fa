// SPDX-License-Identifier: GPL-3.0-or-later
#include "codepointtext.h"

#include <algorithm>

namespace annostraat {

CodePointText::CodePointText(QString text)
    : m_text(std::move(text))
{
    // m_pairs holds the UTF-16 index of each surrogate pair's high half, in order: the k-th
    // pair makes every code point after it one unit shorter than its UTF-16 index.
    const qsizetype n = m_text.size();
    for (qsizetype i = 0; i < n; ++i) {
        if (m_text.at(i).isHighSurrogate() && i + 1 < n && m_text.at(i + 1).isLowSurrogate()) {
            m_pairs << i;
            ++i;
        }
    }
    m_size = n - m_pairs.size();
}

qsizetype CodePointText::toUtf16(qint64 codePoint) const
{
    codePoint = std::clamp<qint64>(codePoint, 0, m_size);
    // Code point c lies at UTF-16 c + (number of pairs that start before it). A pair at UTF-16
    // index p is the code point p - (pairs before it).
    qsizetype lo = 0, hi = m_pairs.size();
    while (lo < hi) { // pairs whose code point index is < codePoint
        const qsizetype mid = (lo + hi) / 2;
        if (m_pairs.at(mid) - mid < codePoint)
            lo = mid + 1;
        else
            hi = mid;
    }
    return qsizetype(codePoint) + lo;
}

qint64 CodePointText::toCodePoint(qsizetype utf16) const
{
    utf16 = std::clamp<qsizetype>(utf16, 0, m_text.size());
    // Pairs that start strictly before utf16: each makes one unit no code point of its own.
    const auto before =
            std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), utf16) - m_pairs.cbegin();
    qint64 cp = qint64(utf16) - before;
    // On the low half of a pair: the pair's own code point (counted already above).
    if (before > 0 && m_pairs.at(before - 1) == utf16 - 1)
        cp = m_pairs.at(before - 1) - (before - 1);
    return cp;
}

QString CodePointText::slice(qint64 start, qint64 end) const
{
    if (start < 0 || end > m_size || start > end)
        return {};
    const qsizetype from = toUtf16(start);
    return m_text.mid(from, toUtf16(end) - from);
}

} // namespace annostraat
