// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text with its spans: a read-only QTextEdit that paints each span as a tint of its label's
// colour behind the words and an underline beneath them, one underline row per nesting level
// (solid, dashed, dotted, …), so overlapping and nested spans stay apart without colour. The
// chosen span gets a frame. The view owns no annotations: the editor gives it the spans to
// show and turns its gestures (a label key, Delete, Alt+arrows) into commands.
//
// Keys while it has the keyboard: Left/Right move the caret by word (by character when the
// task does not snap), Shift extends the selection the same way, Tab/Shift+Tab choose the
// next/previous span (past the last, Tab moves on to the next part of the window), Delete
// removes the chosen span (rejects a chosen suggestion), Enter accepts a chosen suggestion,
// Alt+Left/Right move its end and Alt+Shift+Left/Right its start by a
// word, Esc lets go of the choice and the selection. Up/Down/Home/End/PageUp/PageDown are
// QTextEdit's own. Other people's spans (a reviewer's view) lie hatched behind the words and
// take no part in any of this.

#include "textwords.h"

#include <QColor>
#include <QTextEdit>

namespace annostraat {

/// One span as the view shows it; positions in UTF-16 units of the shown text.
struct ShownSpan
{
    QString id;
    QString label;
    QColor colour;
    qsizetype from = 0;
    qsizetype to = 0;
    int level = 0; ///< nesting row of its underline, from 0
    /// A suggestion waiting to be accepted: a dashed frame instead of a tint, so it looks
    /// unfinished in any colour and any theme.
    bool suggested = false;
    /// Whose it is, for another person's span (setTheirSpans): their name; empty for the user's.
    QString owner{};
};

class SpanTextView : public QTextEdit
{
    Q_OBJECT

public:
    explicit SpanTextView(QWidget *parent = nullptr);

    /// A new text (the spans go; setSpans() gives the new ones). Positions in the view are
    /// UTF-16 indices of \a text, also where a CR had to be shown as something else.
    void setText(const QString &text);
    const TextWords &words() const { return m_words; }
    void setSnapToWords(bool snap) { m_snap = snap; }
    bool snapsToWords() const { return m_snap; }
    /// The spans to show; levels are computed here. The chosen span stays chosen if it is
    /// among them.
    void setSpans(QList<ShownSpan> spans);
    const QList<ShownSpan> &spans() const { return m_spans; }
    /// The shown span with id \a id, or nullptr (also for an empty id).
    const ShownSpan *span(const QString &id) const;

    /// Other people's spans (the work under review; decision 0025): hatched behind the words,
    /// never chosen, stepped to or changed; the keys and clicks above pass them by.
    void setTheirSpans(QList<ShownSpan> spans);
    const QList<ShownSpan> &theirSpans() const { return m_theirs; }
    /// Points out another person's span \a id with a frame (empty: none) and selects its words.
    void pointOut(const QString &id);
    QString pointedOut() const { return m_pointedOut; }

    QString chosen() const { return m_chosen; }
    /// Chooses span \a id (empty: none), selects its text and scrolls it into view.
    void choose(const QString &id);
    /// The selection as a span would take it: snapped to words (or trimmed), UTF-16 units.
    std::pair<qsizetype, qsizetype> selectedRange() const;
    /// The spans at \a position, innermost (shortest) first.
    QList<ShownSpan> spansAt(qsizetype position) const;
    /// Selects from \a anchor to \a position (UTF-16 units, the caret at \a position) and
    /// scrolls it into view; the chosen span stays chosen.
    void select(qsizetype anchor, qsizetype position);

Q_SIGNALS:
    void chosenChanged(const QString &id);
    void removeRequested(const QString &id);
    /// Enter on a chosen suggestion.
    void acceptRequested(const QString &id);
    /// Move an edge of span \a id by one step: \a startEdge or the end, \a forward or back.
    void edgeMoveRequested(const QString &id, bool startEdge, bool forward);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    /// The rectangles (viewport coordinates) of each line part of [from, to).
    QList<QRectF> rectsOf(qsizetype from, qsizetype to) const;
    /// Tab: true when a span was chosen (false: let the keyboard move on).
    bool step(bool forward);
    bool claims(const QKeyEvent *event) const;
    bool chosenIsSuggestion() const
    {
        const ShownSpan *s = span(m_chosen);
        return s && s->suggested;
    }

    TextWords m_words;
    QList<ShownSpan> m_spans; ///< sorted by from, then longest first
    QList<ShownSpan> m_theirs; ///< other people's, in text order
    QString m_chosen;
    QString m_pointedOut;
    bool m_snap = true;
};

} // namespace annostraat
