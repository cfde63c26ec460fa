// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The text editor: a UTF-8 text with the person's entity spans, made and changed by mouse and
// keyboard (docs/text.md), beside a panel with the task's span labels and the list of spans.
//
// Design note. The editor reads the item's text once per item into a CodePointText, which
// converts between the view's UTF-16 positions and the code points that span values store.
// SpanTextView shows the text and the spans and reports gestures; the editor turns them into
// Commands (one undo step each, written to the store at once) and redraws from the document's
// annotationChanged signal, so an undo, a redo and a change from another view look the same.
// Spans that no longer fit the text (it changed after they were made) are not drawn: they are
// listed with the problem, so nothing is silently moved onto other words.
//
// An item with an extra medium of role "reference" shows that document between the text and
// the panel (ReferencePane), with its own scroll position; F6 moves the keyboard there and back.

#include "editor/mediaeditor.h"
#include "model/codepointtext.h"

#include <QColor>
#include <QHash>
#include <QPointer>

#include <optional>
#include <utility>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QSplitter;
class QStackedLayout;
class QScrollArea;
class QVBoxLayout;

namespace annostraat {

class MediaMessage;
class ReferencePane;
class SpanTextView;
struct ShownSpan;

class TextEditor : public MediaEditor
{
    Q_OBJECT

public:
    explicit TextEditor(EditorEnvironment environment, QObject *parent = nullptr);
    ~TextEditor() override;

    /// Texts larger than this are refused with a message rather than read whole.
    static constexpr qint64 kMaxTextBytes = 8 * 1024 * 1024;

    QString id() const override { return QStringLiteral("text"); }
    QWidget *widget() const override;
    QList<QAction *> actions(Menu menu) const override;
    QString statusText() const override;
    QString problem() const override { return m_problem; }
    bool takeFocus() override;
    void retranslate() override;
    /// Chooses the user's span, or only selects the words of another layer's, and scrolls it
    /// into view; with \a place ({"start", "end"} in code points) those words are selected. The
    /// user's span that no longer fits the text is chosen in the list, where its problem is shown.
    bool selectAnnotation(const QString &annotationId, const QJsonObject &place) override;
    /// The selected words, when they lie inside span \a a and are not all of it.
    QJsonObject placeOn(const Annotation &a) const override;
    /// "at" and the words, quoted (shortened when long).
    QString describePlace(const Annotation &a, const QJsonObject &place) const override;
    /// Reviewers and team leads: other people's spans lie hatched behind the words (decision
    /// 0025); annotators work blind.
    void showOtherLayers() override;

    /// The item's text as read from its file (empty while a problem is shown).
    QString text() const;
    SpanTextView *view() const { return m_view; }
    QListWidget *spanList() const { return m_spanList; }
    /// The reference document beside the text (hidden for an item without one).
    ReferencePane *reference() const { return m_reference; }
    /// F6: the keyboard to the reference document, or back to the text.
    void toggleReferenceFocus();
    /// Tags the selection with \a label, or relabels the chosen span (a label key does this).
    void tag(const QString &label);

protected:
    void showDocument(ItemDocument *document) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// The UTF-16 range of \a place ({"start", "end"} in code points); nullopt when it is
    /// not a range within the text.
    std::optional<std::pair<qsizetype, qsizetype>> placeRange(const QJsonObject &place) const;
    /// The label buttons' column as wide as its widest button needs (font, labels).
    void fitLabelsWidth();
    void showProblem(const QString &text);
    void rebuildLabels();
    /// Reads and checks the span \a changedId again (all of them when empty) and shows them.
    void refreshSpans(const QString &changedId = {});
    /// \a a (a span that fits the text) as the view shows it.
    ShownSpan shownSpan(const Annotation &a) const;
    /// Other people's spans for the view (none unless showOtherLayers()).
    void refreshTheirSpans();
    struct SpanRow
    {
        QString id;
        QColor colour;
        QString text;
        QString toolTip;
        bool mismatched = false;
    };
    void updateList(const QList<SpanRow> &rows);
    void updateActions();
    void removeSpan(const QString &id);
    void acceptSpan(const QString &id);
    /// After a suggestion was dealt with: chooses the next one after \a from, if there is one.
    void chooseNextSuggestion(qsizetype from);
    int suggestionCount() const;
    void moveEdge(const QString &id, bool startEdge, bool forward);
    void report(const Result<void> &result);
    void chooseFromList(QListWidgetItem *row, bool focusText);
    void fitPanel();

    QPointer<QWidget> m_widget; ///< owned; the work page's layout may delete it first
    QStackedLayout *m_stack = nullptr;
    QWidget *m_content = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterMoved = false; ///< by the person: then their widths stay
    QSplitter *m_textSplit = nullptr; ///< the text and its reference document
    bool m_textSplitMoved = false;
    /// The narrowest the text and the reference may get side by side; else one above the other.
    static constexpr int kMinSideWidth = 380;
    SpanTextView *m_view = nullptr;
    ReferencePane *m_reference = nullptr;
    QAction *m_referenceFocus = nullptr;
    MediaMessage *m_message = nullptr;
    QWidget *m_panel = nullptr;
    QLabel *m_labelsLabel = nullptr;
    QVBoxLayout *m_labelsLayout = nullptr;
    QScrollArea *m_labelsScroll = nullptr;
    QLabel *m_spansLabel = nullptr;
    QListWidget *m_spanList = nullptr;
    QList<QAction *> m_labelActions;
    QList<QWidget *> m_labelButtons;
    QString m_labelsKey;
    /// The person's spans on this item as read from the store, with the problem of each one
    /// that no longer fits the text (empty when it fits).
    struct SpanEntry
    {
        Annotation annotation;
        QString problem;
        QString row; ///< its text in the span list
    };
    QHash<QString, SpanEntry> m_entries;
    bool m_showOthers = false; ///< other people's spans shown (reset with each item)
    QHash<QString, QListWidgetItem *> m_rows; ///< the span list's row of each span id
    /// Above this many rows the list has rows of one height, without word wrap.
    static constexpr qsizetype kManyRows = 500;
    CodePointText m_codePoints;
    QString m_problem;
    int m_mismatched = 0;
    QMetaObject::Connection m_changed;
};

} // namespace annostraat
