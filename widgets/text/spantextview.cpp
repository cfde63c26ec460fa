// SPDX-License-Identifier: GPL-3.0-or-later
#include "spantextview.h"

#include <QAbstractTextDocumentLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QPointer>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QToolTip>

#include <algorithm>

namespace annostraat {

namespace {

// Room below each line for the underlines: one row per nesting level (kRows are drawn apart,
// deeper levels share the last row).
constexpr int kRows = 4;
constexpr qreal kRowHeight = 4;
constexpr qreal kUnderline = 2;

const Qt::PenStyle kRowStyles[kRows] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine};

bool darkBase(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

SpanTextView::SpanTextView(QWidget *parent)
    : QTextEdit(parent)
{
    setReadOnly(true);
    setAcceptRichText(false);
    setUndoRedoEnabled(false);
    setLineWrapMode(QTextEdit::WidgetWidth);
    // Keyboard selection shows a caret that the arrows move; the text itself is never edited.
    setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    document()->setDocumentMargin(12);
    viewport()->setMouseTracking(true);
}

void SpanTextView::setText(const QString &text)
{
    m_spans.clear();
    m_chosen.clear();
    // QTextDocument drops the CR of a CR LF line end, which would move every later position
    // by one against the file. A CR becomes a space before LF (invisible at a line's end) and
    // a line break elsewhere, so the view keeps one position per UTF-16 unit of the file.
    QString shown = text;
    for (qsizetype i = 0; i < shown.size(); ++i)
        if (shown.at(i) == QLatin1Char('\r'))
            shown[i] = i + 1 < shown.size() && shown.at(i + 1) == QLatin1Char('\n')
                               ? QLatin1Char(' ')
                               : QLatin1Char('\n');
    // Line spacing with room for the stacked underlines under every line. The document is
    // filled before the view gets it, the format set on its first block before the text goes
    // in (every block inherits it): formatting a shown 1 MB text afterwards took a second, as
    // the view laid it out again for every block.
    auto *filled = new QTextDocument(this);
    filled->setUndoRedoEnabled(false);
    filled->setDocumentMargin(12);
    filled->setDefaultFont(font());
    {
        QTextCursor cursor(filled);
        cursor.beginEditBlock();
        QTextBlockFormat format;
        format.setLineHeight(kRows * kRowHeight + 2, QTextBlockFormat::LineDistanceHeight);
        cursor.setBlockFormat(format);
        cursor.insertText(shown);
        cursor.endEditBlock();
    }
    // The first document belongs to QTextEdit, which deletes it; later ones are ours.
    const QPointer<QTextDocument> previous = document();
    setDocument(filled);
    if (previous && previous->parent() == this)
        delete previous.data();
    Q_ASSERT(document()->characterCount() - 1 == shown.size());
    m_words = TextWords(shown);
    QTextCursor start(document());
    setTextCursor(start);
}

void SpanTextView::setSpans(QList<ShownSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const ShownSpan &a, const ShownSpan &b) {
        return a.from != b.from ? a.from < b.from : a.to > b.to;
    });
    // Each span takes the first underline row that is free where it starts: a span inside
    // another, or overlapping it, goes one row lower.
    QList<qsizetype> rowEnds;
    for (ShownSpan &s : spans) {
        int row = 0;
        while (row < rowEnds.size() && rowEnds.at(row) > s.from)
            ++row;
        if (row == rowEnds.size())
            rowEnds << s.to;
        else
            rowEnds[row] = s.to;
        s.level = row;
    }
    m_spans = std::move(spans);
    const bool stillThere = std::any_of(m_spans.cbegin(), m_spans.cend(),
                                        [&](const ShownSpan &s) { return s.id == m_chosen; });
    if (!m_chosen.isEmpty() && !stillThere) {
        m_chosen.clear();
        Q_EMIT chosenChanged(QString());
    } else if (stillThere) {
        choose(m_chosen); // its edges may have moved
    }
    viewport()->update();
}

void SpanTextView::setTheirSpans(QList<ShownSpan> spans)
{
    std::sort(spans.begin(), spans.end(), [](const ShownSpan &a, const ShownSpan &b) {
        return a.from != b.from ? a.from < b.from : a.to > b.to;
    });
    m_theirs = std::move(spans);
    if (std::none_of(m_theirs.cbegin(), m_theirs.cend(), [&](const ShownSpan &s) { return s.id == m_pointedOut; }))
        m_pointedOut.clear();
    viewport()->update();
}

void SpanTextView::pointOut(const QString &id)
{
    const auto it = std::find_if(m_theirs.cbegin(), m_theirs.cend(), [&](const ShownSpan &s) { return s.id == id; });
    m_pointedOut = it == m_theirs.cend() ? QString() : id;
    if (it != m_theirs.cend())
        select(it->from, it->to);
    viewport()->update();
}

void SpanTextView::choose(const QString &id)
{
    const auto it = std::find_if(m_spans.cbegin(), m_spans.cend(),
                                 [&](const ShownSpan &s) { return s.id == id; });
    const QString chosen = it == m_spans.cend() ? QString() : id;
    if (it != m_spans.cend())
        select(it->from, it->to);
    const bool changed = chosen != m_chosen;
    m_chosen = chosen;
    viewport()->update();
    if (changed)
        Q_EMIT chosenChanged(m_chosen);
}

std::pair<qsizetype, qsizetype> SpanTextView::selectedRange() const
{
    const QTextCursor c = textCursor();
    return m_snap ? m_words.snap(c.selectionStart(), c.selectionEnd())
                  : m_words.trim(c.selectionStart(), c.selectionEnd());
}

QList<ShownSpan> SpanTextView::spansAt(qsizetype position) const
{
    QList<ShownSpan> hits;
    for (const ShownSpan &s : m_spans)
        if (s.from <= position && position < s.to)
            hits << s;
    std::stable_sort(hits.begin(), hits.end(), [](const ShownSpan &a, const ShownSpan &b) {
        return a.to - a.from < b.to - b.from;
    });
    return hits;
}

void SpanTextView::select(qsizetype anchor, qsizetype position)
{
    QTextCursor c(document());
    c.setPosition(int(anchor));
    c.setPosition(int(position), QTextCursor::KeepAnchor);
    setTextCursor(c);
    ensureCursorVisible();
}

bool SpanTextView::step(bool forward)
{
    if (m_spans.isEmpty())
        return false;
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_spans.size(); ++i)
        if (m_spans.at(i).id == m_chosen)
            index = i;
    if (index >= 0) {
        index += forward ? 1 : -1;
    } else {
        // From the caret: the first span that starts at or after it (or the last before it).
        const qsizetype caret = textCursor().selectionStart();
        index = forward ? m_spans.size() : -1;
        for (qsizetype i = 0; i < m_spans.size(); ++i) {
            if (forward && m_spans.at(i).from >= caret) {
                index = i;
                break;
            }
            if (!forward && m_spans.at(i).from < caret)
                index = i;
        }
    }
    if (index < 0 || index >= m_spans.size()) {
        choose(QString());
        return false;
    }
    choose(m_spans.at(index).id);
    return true;
}

bool SpanTextView::focusNextPrevChild(bool next)
{
    // Tab steps through the spans, then on to the next part of the window: never a trap.
    if (hasFocus() && step(next))
        return true;
    return QTextEdit::focusNextPrevChild(next);
}

bool SpanTextView::claims(const QKeyEvent *event) const
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
        // Alt+arrows go to the previous/next item unless they move a chosen span's edge.
        return !(mods & Qt::AltModifier) || !m_chosen.isEmpty();
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        return !m_chosen.isEmpty() && mods == Qt::NoModifier;
    case Qt::Key_Escape:
        return !m_chosen.isEmpty() || textCursor().hasSelection();
    case Qt::Key_Return:
    case Qt::Key_Enter:
        return mods == Qt::NoModifier && chosenIsSuggestion();
    default:
        return false;
    }
}

const ShownSpan *SpanTextView::span(const QString &id) const
{
    const auto it = std::find_if(m_spans.cbegin(), m_spans.cend(),
                                 [&](const ShownSpan &s) { return s.id == id; });
    return it == m_spans.cend() || id.isEmpty() ? nullptr : &*it;
}

bool SpanTextView::event(QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && claims(static_cast<QKeyEvent *>(event))) {
        event->accept();
        return true;
    }
    return QTextEdit::event(event);
}

void SpanTextView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers mods = event->modifiers() & ~Qt::KeypadModifier;
    const bool shift = mods & Qt::ShiftModifier;
    const bool forward = event->key() == Qt::Key_Right;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right: {
        if (mods & Qt::AltModifier) {
            if (!m_chosen.isEmpty())
                Q_EMIT edgeMoveRequested(m_chosen, shift, forward);
            event->accept();
            return;
        }
        if (!m_snap && !(mods & Qt::ControlModifier))
            break; // by character: QTextEdit's own caret
        const QTextCursor c = textCursor();
        const qsizetype pos = c.position(), anchor = c.anchor();
        qsizetype target;
        if (!shift) {
            target = forward ? m_words.nextStart(pos) : m_words.previousStart(pos);
            select(target, target);
        } else {
            // The moving end stops at word ends when it is right of the anchor, at word
            // starts when it is left of it, so a selection always holds whole words.
            if (forward)
                target = pos < anchor ? std::min(m_words.nextStart(pos), anchor)
                                      : m_words.nextEnd(pos);
            else
                target = pos > anchor ? std::max(m_words.previousEnd(pos), anchor)
                                      : m_words.previousStart(pos);
            select(anchor, target);
        }
        event->accept();
        return;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        if (!m_chosen.isEmpty()) {
            Q_EMIT removeRequested(m_chosen);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (mods == Qt::NoModifier && chosenIsSuggestion()) {
            Q_EMIT acceptRequested(m_chosen);
            event->accept();
            return;
        }
        break;
    case Qt::Key_Escape:
        if (!m_chosen.isEmpty() || textCursor().hasSelection()) {
            choose(QString());
            QTextCursor c = textCursor();
            c.clearSelection();
            setTextCursor(c);
            event->accept();
            return;
        }
        break;
    default:
        break;
    }
    QTextEdit::keyPressEvent(event);
}

void SpanTextView::mouseReleaseEvent(QMouseEvent *event)
{
    QTextEdit::mouseReleaseEvent(event);
    if (event->button() != Qt::LeftButton)
        return;
    const QTextCursor c = textCursor();
    if (c.hasSelection()) {
        if (m_snap) {
            const auto [from, to] = selectedRange();
            if (from < to)
                c.position() >= c.anchor() ? select(from, to) : select(to, from);
        }
        return;
    }
    // A click without a drag chooses the innermost span under the pointer, or none.
    // (The caret lands at the nearest position also beside a line's end: the pointer must be
    // on the span's words.)
    QString hit;
    for (const ShownSpan &s : spansAt(c.position())) {
        const QList<QRectF> rects = rectsOf(s.from, s.to);
        if (std::any_of(rects.cbegin(), rects.cend(),
                        [&](const QRectF &r) { return r.contains(event->position()); })) {
            hit = s.id;
            break;
        }
    }
    choose(hit);
}

void SpanTextView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return QTextEdit::mouseDoubleClickEvent(event);
    const qsizetype at = cursorForPosition(event->position().toPoint()).position();
    const auto [from, to] = m_words.wordAt(at);
    if (from < to)
        select(from, to);
    event->accept();
}

QList<QRectF> SpanTextView::rectsOf(qsizetype from, qsizetype to) const
{
    QList<QRectF> rects;
    const QPointF offset(-horizontalScrollBar()->value(), -verticalScrollBar()->value());
    for (QTextBlock block = document()->findBlock(int(from));
         block.isValid() && block.position() < to; block = block.next()) {
        const QRectF blockRect = document()->documentLayout()->blockBoundingRect(block);
        const QTextLayout *layout = block.layout();
        const qsizetype base = block.position();
        for (int i = 0; layout && i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            const qsizetype lineStart = base + line.textStart();
            const qsizetype lineEnd = lineStart + line.textLength();
            const qsizetype a = std::max(from, lineStart), b = std::min(to, lineEnd);
            if (a >= b)
                continue;
            const qreal x1 = line.cursorToX(int(a - base)), x2 = line.cursorToX(int(b - base));
            rects << QRectF(QPointF(std::min(x1, x2), line.y()),
                            QPointF(std::max(x1, x2), line.y() + line.height()))
                             .translated(blockRect.topLeft() + offset);
        }
    }
    return rects;
}

void SpanTextView::paintEvent(QPaintEvent *event)
{
    const QRectF visible = event->rect();
    const bool dark = darkBase(palette());
    // Only the spans that touch the text on screen are measured (a long CV has thousands).
    const qsizetype firstShown = cursorForPosition(QPoint(0, 0)).position();
    const qsizetype lastShown =
            cursorForPosition(QPoint(viewport()->width(), viewport()->height())).position();
    const auto offScreen = [&](const ShownSpan &s) {
        return s.to < firstShown || s.from > lastShown + 1;
    };
    {
        // Tints first, under the text; where spans overlap the tints add up. Other people's
        // spans are hatched in their label's colour (as on the video timeline), never tinted:
        // a reviewer tells the work under review from their own at a glance.
        QPainter painter(viewport());
        for (const ShownSpan &s : std::as_const(m_theirs)) {
            if (offScreen(s))
                continue;
            QColor hatch = s.colour;
            if (dark && hatch.lightness() < 120)
                hatch = hatch.lighter(180);
            const QBrush brush(hatch, Qt::BDiagPattern);
            for (const QRectF &r : rectsOf(s.from, s.to))
                if (r.intersects(visible))
                    painter.fillRect(r, brush);
        }
        for (const ShownSpan &s : std::as_const(m_spans)) {
            if (offScreen(s) || s.suggested)
                continue;
            QColor tint = s.colour;
            tint.setAlpha(dark ? 110 : 70);
            for (const QRectF &r : rectsOf(s.from, s.to))
                if (r.intersects(visible))
                    painter.fillRect(r, tint);
        }
    }
    QTextEdit::paintEvent(event);
    QPainter painter(viewport());
    painter.setRenderHint(QPainter::Antialiasing, false);
    for (const ShownSpan &s : std::as_const(m_spans)) {
        if (offScreen(s))
            continue;
        const int row = std::min(s.level, kRows - 1);
        QColor line = s.colour;
        if (dark && line.lightness() < 120) // a dark label colour on black: lighter, same hue
            line = line.lighter(180);
        QPen pen(line, kUnderline, kRowStyles[row], Qt::FlatCap);
        const bool chosen = s.id == m_chosen;
        for (const QRectF &r : rectsOf(s.from, s.to)) {
            if (!r.adjusted(-4, -4, 4, kRows * kRowHeight + 4).intersects(visible))
                continue;
            const qreal y = r.bottom() + 1 + row * kRowHeight + kUnderline / 2;
            if (chosen) {
                // The chosen span: a frame in the text colour around the words and their
                // underline, not a colour change.
                painter.setPen(QPen(palette().color(QPalette::Text), 1));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(QRectF(QPointF(r.left() - 3, r.top() - 1),
                                        QPointF(r.right() + 3, y + kUnderline + 1)));
            }
            if (s.suggested) {
                // Not yet accepted: a dashed frame in the label's colour, no tint.
                painter.setPen(QPen(line, 1.5, Qt::DashLine));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(r.adjusted(-1, 0, 1, 0));
            }
            painter.setPen(pen);
            painter.drawLine(QPointF(r.left(), y), QPointF(r.right(), y));
        }
    }
    // The other person's span the reviewer chose in the review panel: a dashed frame in the
    // text colour, two pixels wide, around its words.
    if (const auto it = std::find_if(m_theirs.cbegin(), m_theirs.cend(),
                                     [&](const ShownSpan &s) { return s.id == m_pointedOut; });
        it != m_theirs.cend()) {
        painter.setPen(QPen(palette().color(QPalette::Text), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        for (const QRectF &r : rectsOf(it->from, it->to))
            if (r.adjusted(-4, -4, 4, 4).intersects(visible))
                painter.drawRect(r.adjusted(-2, -1, 2, 1));
    }
}

bool SpanTextView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype at = cursorForPosition(help->pos()).position();
        QStringList lines;
        const QString text = toPlainText();
        for (const ShownSpan &s : spansAt(at)) {
            const QList<QRectF> rects = rectsOf(s.from, s.to);
            if (std::none_of(rects.cbegin(), rects.cend(),
                             [&](const QRectF &r) { return r.contains(help->pos()); }))
                continue;
            const QString words = text.mid(s.from, s.to - s.from).simplified();
            lines << (s.suggested ? tr("Suggestion %1: \u201C%2\u201D (Enter accepts, Delete "
                                       "rejects)")
                                            .arg(s.label, words)
                                  : tr("%1: \u201C%2\u201D").arg(s.label, words));
        }
        for (const ShownSpan &s : std::as_const(m_theirs)) {
            if (s.from > at || at >= s.to)
                continue;
            const QList<QRectF> rects = rectsOf(s.from, s.to);
            if (std::none_of(rects.cbegin(), rects.cend(),
                             [&](const QRectF &r) { return r.contains(help->pos()); }))
                continue;
            const QString words = text.mid(s.from, s.to - s.from).simplified();
            lines << tr("%1's %2: \u201C%3\u201D", "another person's span: name, label, words")
                             .arg(s.owner, s.label, words);
        }
        if (lines.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), viewport());
        return true;
    }
    return QTextEdit::viewportEvent(event);
}

} // namespace annostraat
