// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: the editor ties the view, the span list, the labels, the reference pane and
// suggestions to the document; the view (spantextview) and the pane (referencepane) live apart.
#include "texteditor.h"

#include "fontwatcher.h"

#include "document/commands.h"
#include "document/itemdocument.h"
#include "editor/mediamessage.h"
#include "model/kinds/annotationkinds.h"
#include "media/referencedocument.h"
#include "model/kinds/spankind.h"
#include "store/store.h"
#include "referencepane.h"
#include "spantextview.h"

#include "swatch.h"

#include <QAction>
#include <QHash>
#include <QSet>
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QScrollBar>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedLayout>
#include <QStringDecoder>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace annostraat {

namespace {

const SpanKind &spanKind()
{
    return static_cast<const SpanKind &>(AnnotationKinds::get(AnnotationKind::Span));
}

qint64 whole(const QJsonObject &value, const char *key)
{
    return qint64(value.value(QLatin1String(key)).toDouble());
}

} // namespace

TextEditor::TextEditor(EditorEnvironment environment, QObject *parent)
    : MediaEditor(std::move(environment), parent)
{
    m_widget = new QWidget;
    m_widget->setObjectName(QStringLiteral("textEditor"));
    m_stack = new QStackedLayout(m_widget);

    m_content = new QWidget(m_widget);
    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    auto *splitter = m_splitter = new QSplitter(Qt::Horizontal, m_content);
    contentLayout->addWidget(splitter);
    // The text and its reference document share one column: side by side where the column is
    // wide, the reference below the text where it is not (a text squeezed to a few words a
    // line is hard to read). Each keeps its own scroll position either way.
    m_textSplit = new QSplitter(Qt::Horizontal, splitter);
    m_textSplit->setObjectName(QStringLiteral("textAndReference"));
    m_textSplit->setChildrenCollapsible(false);
    m_view = new SpanTextView(m_textSplit);
    markMainView(m_view);
    m_view->setObjectName(QStringLiteral("itemText"));
    m_textSplit->addWidget(m_view);
    m_reference = new ReferencePane(m_textSplit);
    m_reference->setVisible(false);
    m_textSplit->addWidget(m_reference);
    m_textSplit->setStretchFactor(0, 3);
    m_textSplit->setStretchFactor(1, 2);
    splitter->addWidget(m_textSplit);
    connect(m_textSplit, &QSplitter::splitterMoved, this, [this] { m_textSplitMoved = true; });
    m_content->installEventFilter(this);

    m_panel = new QWidget(splitter);
    m_panel->setObjectName(QStringLiteral("spanPanel"));
    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(6, 0, 0, 0);
    m_labelsLabel = new QLabel(m_panel);
    m_labelsLabel->setWordWrap(true);
    panelLayout->addWidget(m_labelsLabel);
    auto *labels = new QWidget;
    m_labelsLayout = new QVBoxLayout(labels);
    m_labelsLayout->setContentsMargins(0, 0, 0, 0);
    m_labelsLayout->setSpacing(2);
    // A task with many labels (the CVs have 18) or large text: the buttons scroll, rather than
    // make the window taller than the screen.
    m_labelsScroll = new QScrollArea(m_panel);
    m_labelsScroll->setObjectName(QStringLiteral("spanLabelsScroll"));
    m_labelsScroll->setFocusPolicy(Qt::NoFocus);
    m_labelsScroll->setWidget(labels);
    m_labelsScroll->setWidgetResizable(true);
    m_labelsScroll->setFrameShape(QFrame::NoFrame);
    m_labelsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    panelLayout->addWidget(m_labelsScroll, 1);
    new FontWatcher(m_panel, [this] { fitLabelsWidth(); });
    m_spansLabel = new QLabel(m_panel);
    m_spansLabel->setWordWrap(true);
    panelLayout->addWidget(m_spansLabel);
    m_spanList = new QListWidget(m_panel);
    m_spanList->setObjectName(QStringLiteral("spanList"));
    m_spanList->setWordWrap(true);
    m_spanList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // long spans wrap
    m_spanList->setUniformItemSizes(false);
    m_spansLabel->setBuddy(m_spanList);
    panelLayout->addWidget(m_spanList, 1);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });

    m_message = new MediaMessage(m_widget);
    m_stack->addWidget(m_content);
    m_stack->addWidget(m_message);

    m_referenceFocus = new QAction(this);
    m_referenceFocus->setObjectName(QStringLiteral("text-reference-focus"));
    m_referenceFocus->setShortcut(QKeySequence(Qt::Key_F6));
    m_referenceFocus->setEnabled(false);
    m_referenceFocus->setVisible(false);
    connect(m_referenceFocus, &QAction::triggered, this, &TextEditor::toggleReferenceFocus);

    connect(m_view, &SpanTextView::removeRequested, this, &TextEditor::removeSpan);
    connect(m_view, &SpanTextView::acceptRequested, this, &TextEditor::acceptSpan);
    connect(m_view, &SpanTextView::edgeMoveRequested, this, &TextEditor::moveEdge);
    connect(m_view, &SpanTextView::chosenChanged, this, [this](const QString &id) {
        const QSignalBlocker block(m_spanList);
        QListWidgetItem *row = m_rows.value(id);
        if (row && !id.isEmpty())
            m_spanList->setCurrentItem(row);
        else
            m_spanList->setCurrentRow(-1);
        Q_EMIT statusTextChanged();
    });
    connect(m_view, &QTextEdit::selectionChanged, this, &TextEditor::statusTextChanged);
    connect(m_spanList, &QListWidget::itemClicked, this,
            [this](QListWidgetItem *row) { chooseFromList(row, false); });
    connect(m_spanList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *row) { chooseFromList(row, true); });
    connect(m_spanList, &QListWidget::currentItemChanged, this,
            [this](QListWidgetItem *row) { chooseFromList(row, false); });
    retranslate();
}

TextEditor::~TextEditor()
{
    delete m_widget.data();
}

QWidget *TextEditor::widget() const
{
    return m_widget;
}

QString TextEditor::text() const
{
    return m_problem.isEmpty() ? m_codePoints.text() : QString();
}

QList<QAction *> TextEditor::actions(Menu menu) const
{
    if (menu == Menu::View)
        return {m_referenceFocus};
    return menu == Menu::Tools ? m_labelActions : QList<QAction *>{};
}

void TextEditor::showDocument(ItemDocument *document)
{
    disconnect(m_changed);
    m_problem.clear();
    m_mismatched = 0;
    m_codePoints = CodePointText();
    m_view->setText(QString());
    m_spanList->clear();
    m_rows.clear();
    m_entries.clear();
    m_showOthers = false;
    m_view->setTheirSpans({});
    m_reference->clear();
    m_reference->setVisible(false);
    m_stack->setCurrentWidget(m_content);
    rebuildLabels();
    if (!document) {
        updateActions();
        return;
    }
    const QString path = mediaPath(document->item());
    const QFileInfo info(path);
    if (!info.exists())
        return showProblem(MediaMessage::missingFile(path));
    if (info.size() > kMaxTextBytes)
        return showProblem(
                tr("This text is too large to show:\n%1").arg(QDir::toNativeSeparators(path)) +
                QLatin1String("\n\n") + tr("You can flag the item or skip it."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return showProblem(MediaMessage::unreadableFile(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError())
        return showProblem(MediaMessage::unreadableFile(path, tr("the text is not valid UTF-8")));
    m_codePoints = CodePointText(text);
    m_view->setText(text);
    if (const ItemMedium *reference = document->item().medium(ReferenceDocument::role())) {
        // Found on this PC the way the item's own file is: in the media folder, else at its path.
        Item asItem = document->item();
        asItem.mediaPath = reference->mediaPath;
        asItem.sha256 = reference->sha256;
        asItem.size = reference->size;
        m_reference->showFile(mediaPath(asItem));
        m_reference->setVisible(true);
    }
    m_view->setSnapToWords(document->task().schema.spanSnap() == SpanSnap::Words);
    m_changed =
            connect(document, &ItemDocument::annotationChanged, this, &TextEditor::refreshSpans);
    refreshSpans();
    updateActions();
    const bool changedFile =
            !document->item().sha256.isEmpty() &&
            QString::fromLatin1(
                    QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()) !=
                    document->item().sha256;
    if (m_mismatched > 0)
        Q_EMIT notice(
                tr("%n span(s) no longer match this text: it was changed after they were made. "
                   "They are listed with a warning sign and not shown in the text.",
                   nullptr, m_mismatched));
    else if (changedFile)
        Q_EMIT passingNotice(
                tr("This text was changed after the task was made. Your spans still match it."));
    else if (const int suggestions = suggestionCount(); suggestions > 0)
        Q_EMIT passingNotice(tr("%n suggested span(s) to check, shown with a dashed frame. Tab goes to "
                         "one; Enter accepts it, Delete rejects it, a label key changes its "
                         "label.",
                         nullptr, suggestions));
    // Always from the top: the page may be laid out (and wrapped) again once it is shown.
    m_view->moveCursor(QTextCursor::Start);
    QTimer::singleShot(0, m_view, [this] {
        m_view->verticalScrollBar()->setValue(0);
        fitPanel();
    });
}

void TextEditor::fitPanel()
{
    // Most of the width for the text, the rest for labels and spans, until the person drags
    // the divider themselves.
    const int width = m_splitter->width();
    if (width <= 0)
        return;
    if (!m_splitterMoved && m_panel->isVisible()) {
        const int panel = std::clamp(width / 3, 200, 340);
        m_splitter->setSizes({width - panel, panel});
    }
    if (!m_reference->isVisible())
        return;
    // Side by side only when both get a readable width.
    const int column = m_panel->isVisible() ? m_splitter->sizes().value(0) : width;
    const Qt::Orientation orientation = column >= 2 * kMinSideWidth ? Qt::Horizontal : Qt::Vertical;
    if (orientation != m_textSplit->orientation()) {
        m_textSplit->setOrientation(orientation);
        m_textSplitMoved = false;
    }
    if (m_textSplitMoved)
        return;
    const int length = orientation == Qt::Horizontal ? m_textSplit->width() : m_textSplit->height();
    if (length > 0)
        m_textSplit->setSizes({length * 3 / 5, length - length * 3 / 5});
}

bool TextEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_content && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &TextEditor::fitPanel); // after the splitter's own resize
    return MediaEditor::eventFilter(watched, event);
}

void TextEditor::showProblem(const QString &text)
{
    m_problem = text;
    m_message->setText(text);
    m_stack->setCurrentWidget(m_message);
    updateActions();
}

void TextEditor::rebuildLabels()
{
    // Without a document the actions stay (hidden): the menus need not change at every switch.
    const ItemDocument *doc = document();
    if (!doc)
        return;
    QList<LabelSpec> labels;
    for (const LabelSpec &label : doc->task().schema.labels())
        if (label.kinds.contains(AnnotationKind::Span))
            labels << label;
    QString key;
    for (const LabelSpec &label : std::as_const(labels))
        key += label.name + QLatin1Char('\x1f') + label.hotkey + label.colour.name() +
               QLatin1Char('\x1e');
    if (key == m_labelsKey)
        return;
    m_labelsKey = key;
    qDeleteAll(m_labelButtons);
    m_labelButtons.clear();
    qDeleteAll(m_labelActions);
    m_labelActions.clear();
    for (const LabelSpec &label : std::as_const(labels)) {
        auto *action = new QAction(labelSwatch(label.colour), label.name, this);
        action->setObjectName(QStringLiteral("text-label-") + label.name);
        action->setData(label.name);
        if (!label.hotkey.isEmpty())
            action->setShortcut(QKeySequence(label.hotkey));
        connect(action, &QAction::triggered, this, [this, name = label.name] { tag(name); });
        m_labelActions << action;
        auto *button = new QToolButton(m_panel);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        button->setFocusPolicy(Qt::NoFocus); // the keyboard stays on the text; the keys tag
        m_labelsLayout->addWidget(button);
        m_labelButtons << button;
    }
    retranslate();
    fitLabelsWidth();
    Q_EMIT actionsChanged();
}

void TextEditor::updateActions()
{
    const bool on = document() && m_problem.isEmpty();
    for (QAction *action : std::as_const(m_labelActions)) {
        action->setEnabled(on);
        action->setVisible(on);
    }
    m_panel->setVisible(!m_labelActions.isEmpty());
    const bool reference = on && !m_reference->path().isEmpty();
    m_referenceFocus->setEnabled(reference);
    m_referenceFocus->setVisible(reference);
    Q_EMIT statusTextChanged();
}

ShownSpan TextEditor::shownSpan(const Annotation &a) const
{
    const LabelSpec *spec = document() ? document()->task().schema.label(a.label) : nullptr;
    ShownSpan s;
    s.id = a.id;
    s.label = a.label;
    s.colour = spec ? spec->colour : QColor(Qt::gray);
    s.from = m_codePoints.toUtf16(whole(a.value, "start"));
    s.to = m_codePoints.toUtf16(whole(a.value, "end"));
    s.suggested = a.suggested;
    return s;
}

void TextEditor::refreshSpans(const QString &changedId)
{
    const ItemDocument *doc = document();
    if (!doc || !m_problem.isEmpty())
        return;
    // Each change names its annotation: only that one is read and checked again (a long CV
    // has thousands of spans, and reading and checking them all took longer than a key press
    // may). An empty id (a sync brought others' work, the item opened) reads them all.
    const auto check = [&](const Annotation &a) {
        SpanEntry entry;
        entry.annotation = a;
        if (const auto fits = spanKind().checkText(a.value, m_codePoints, {a.id, a.label}); !fits) {
            entry.problem = fits.error().message();
            entry.row = tr("\u26A0 %1 \u2014 %2").arg(a.label, spanKind().summary(a.value));
        } else {
            const qsizetype from = m_codePoints.toUtf16(whole(a.value, "start"));
            const qsizetype to = m_codePoints.toUtf16(whole(a.value, "end"));
            const QString words = m_codePoints.text().mid(from, to - from).simplified();
            entry.row = a.suggested
                                ? tr("? %1 \u2014 \u201C%2\u201D (suggestion)").arg(a.label, words)
                                : tr("%1 \u2014 \u201C%2\u201D").arg(a.label, words);
        }
        return entry;
    };
    if (changedId.isEmpty()) {
        m_entries.clear();
        for (const Annotation &a : doc->annotations())
            if (a.kind == AnnotationKind::Span && !a.deleted)
                m_entries.insert(a.id, check(a));
        refreshTheirSpans();
    } else {
        const auto a = doc->store().annotation(changedId, true);
        if (a && a->kind == AnnotationKind::Span && !a->deleted && a->itemId == doc->item().id &&
            a->author == doc->user().id)
            m_entries.insert(a->id, check(*a));
        else
            m_entries.remove(changedId);
    }

    QList<ShownSpan> shown;
    QList<const SpanEntry *> mismatched;
    shown.reserve(m_entries.size());
    for (const SpanEntry &entry : std::as_const(m_entries)) {
        const Annotation &a = entry.annotation;
        if (!entry.problem.isEmpty()) {
            mismatched << &entry;
            continue;
        }
        shown << shownSpan(a);
    }
    std::sort(mismatched.begin(), mismatched.end(), [](const SpanEntry *x, const SpanEntry *y) {
        return whole(x->annotation.value, "start") < whole(y->annotation.value, "start");
    });
    m_mismatched = int(mismatched.size());
    m_view->setSpans(shown);

    // The list: the spans in text order, then those that no longer fit.
    QList<SpanRow> rows;
    rows.reserve(m_view->spans().size() + mismatched.size());
    for (const ShownSpan &s : m_view->spans())
        rows << SpanRow{s.id, s.colour, m_entries.value(s.id).row, QString(), false};
    for (const SpanEntry *entry : std::as_const(mismatched))
        rows << SpanRow{entry->annotation.id, QColor(), entry->row, entry->problem, true};
    updateList(rows);
    Q_EMIT statusTextChanged();
}

void TextEditor::updateList(const QList<SpanRow> &rows)
{
    // Changed in place, row by row: a rebuilt list of thousands of rows is laid out anew at
    // every key. A long list drops word wrap for rows of one height (the tool tip has it all).
    const QSignalBlocker block(m_spanList);
    const bool many = rows.size() > kManyRows;
    if (m_spanList->uniformItemSizes() != many) {
        m_spanList->setUniformItemSizes(many);
        m_spanList->setWordWrap(!many);
        m_spanList->setTextElideMode(Qt::ElideRight);
    }
    QSet<QString> wanted;
    wanted.reserve(rows.size());
    for (const SpanRow &r : rows)
        wanted.insert(r.id);
    int at = 0;
    for (const SpanRow &r : rows) {
        // Rows of spans that are gone, where the next one should be.
        while (at < m_spanList->count() &&
               !wanted.contains(m_spanList->item(at)->data(Qt::UserRole).toString())) {
            QListWidgetItem *gone = m_spanList->takeItem(at);
            m_rows.remove(gone->data(Qt::UserRole).toString());
            delete gone;
        }
        QListWidgetItem *row = m_rows.value(r.id);
        // item(at) rather than row(item): after an insertion QListWidget finds an item's row
        // by a linear search, which made this loop quadratic.
        if (row && m_spanList->item(at) != row) {
            m_spanList->takeItem(m_spanList->row(row)); // moved: its start moved past others
            m_spanList->insertItem(at, row);
        } else if (!row) {
            row = new QListWidgetItem;
            row->setData(Qt::UserRole, r.id);
            m_spanList->insertItem(at, row);
            m_rows.insert(r.id, row);
        }
        if (row->text() != r.text) {
            row->setText(r.text);
            row->setToolTip(r.toolTip.isEmpty() ? r.text : r.toolTip);
        } else if (!r.toolTip.isEmpty() && row->toolTip() != r.toolTip) {
            row->setToolTip(r.toolTip);
        }
        const bool hadColour = row->data(Qt::UserRole + 2).isValid();
        if (!r.mismatched && (!hadColour || row->data(Qt::UserRole + 2).value<QColor>() != r.colour)) {
            row->setIcon(labelSwatch(r.colour));
            row->setData(Qt::UserRole + 2, r.colour);
        } else if (r.mismatched && hadColour) {
            row->setIcon(QIcon());
            row->setData(Qt::UserRole + 2, QVariant());
        }
        if (row->data(Qt::UserRole + 1).toBool() != r.mismatched)
            row->setData(Qt::UserRole + 1, r.mismatched); // not in the text: nothing to jump to
        ++at;
    }
    while (m_spanList->count() > at) {
        QListWidgetItem *gone = m_spanList->takeItem(at);
        m_rows.remove(gone->data(Qt::UserRole).toString());
        delete gone;
    }
    if (QListWidgetItem *chosen = m_rows.value(m_view->chosen()))
        m_spanList->setCurrentItem(chosen);
}

void TextEditor::showOtherLayers()
{
    if (!profile() || profile()->role == Role::Annotator || m_showOthers)
        return; // annotators work blind
    m_showOthers = true;
    refreshTheirSpans();
}

void TextEditor::refreshTheirSpans()
{
    const ItemDocument *doc = document();
    QList<ShownSpan> theirs;
    if (doc && m_problem.isEmpty() && m_showOthers) {
        QHash<QString, QString> names;
        for (const Profile &p : doc->store().profiles())
            names.insert(p.id, p.name);
        for (const Annotation &a : doc->otherLayers()) {
            if (a.kind != AnnotationKind::Span || a.deleted || a.suggested
                || !spanKind().checkText(a.value, m_codePoints, {a.id, a.label}))
                continue; // a suggestion is nobody's work yet; a span that no longer fits is not drawn
            ShownSpan s = shownSpan(a);
            s.owner = names.value(a.author, a.author);
            theirs << s;
        }
    }
    m_view->setTheirSpans(theirs);
}

bool TextEditor::selectAnnotation(const QString &annotationId, const QJsonObject &place)
{
    if (!document() || !m_problem.isEmpty())
        return false;
    m_view->pointOut(QString());
    const auto range = placeRange(place);
    if (m_entries.contains(annotationId)) {
        if (m_view->span(annotationId)) {
            m_view->choose(annotationId);
            if (range)
                m_view->select(range->first, range->second);
            m_view->ensureCursorVisible();
        } else if (QListWidgetItem *row = m_rows.value(annotationId)) {
            m_spanList->setCurrentItem(row);
            m_spanList->scrollToItem(row);
        }
        return true;
    }
    // Another person's span (the work under review): its words are selected, not chosen.
    const QList<Annotation> others = document()->otherLayers();
    const auto it = std::find_if(others.cbegin(), others.cend(), [&](const Annotation &o) {
        return o.id == annotationId && !o.deleted && o.kind == AnnotationKind::Span;
    });
    if (it == others.cend() || !spanKind().checkText(it->value, m_codePoints, {it->id, it->label}))
        return false; // not theirs to show here, or it no longer fits this text
    const auto words = range ? range : placeRange(it->value);
    if (!words)
        return false; // it does not fit this text
    m_view->pointOut(annotationId); // framed, when other people's spans are shown
    m_view->select(words->first, words->second);
    return true;
}

std::optional<std::pair<qsizetype, qsizetype>> TextEditor::placeRange(const QJsonObject &place) const
{
    if (!place.value(QLatin1String("start")).isDouble() || !place.value(QLatin1String("end")).isDouble())
        return std::nullopt;
    const qint64 start = whole(place, "start");
    const qint64 end = whole(place, "end");
    if (start < 0 || end <= start || end > m_codePoints.size())
        return std::nullopt;
    return std::pair(m_codePoints.toUtf16(start), m_codePoints.toUtf16(end));
}

QJsonObject TextEditor::placeOn(const Annotation &a) const
{
    if (a.kind != AnnotationKind::Span || !m_problem.isEmpty() || !m_view->textCursor().hasSelection())
        return {};
    const auto [from, to] = m_view->selectedRange();
    const qint64 start = m_codePoints.toCodePoint(from);
    const qint64 end = m_codePoints.toCodePoint(to);
    const qint64 spanStart = whole(a.value, "start");
    const qint64 spanEnd = whole(a.value, "end");
    if (end <= start || start < spanStart || end > spanEnd || (start == spanStart && end == spanEnd))
        return {};
    return QJsonObject{{QStringLiteral("start"), start}, {QStringLiteral("end"), end}};
}

QString TextEditor::describePlace(const Annotation &a, const QJsonObject &place) const
{
    Q_UNUSED(a);
    const auto range = placeRange(place);
    if (!range)
        return {};
    QString words = m_codePoints.text().mid(range->first, range->second - range->first).simplified();
    constexpr qsizetype kLongest = 40;
    if (words.size() > kLongest) {
        qsizetype cut = kLongest - 1;
        if (words.at(cut - 1).isHighSurrogate())
            --cut; // not half a character
        words = words.left(cut).trimmed() + QChar(0x2026);
    }
    return tr("at \u201C%1\u201D", "a place on a span: the words there").arg(words);
}

void TextEditor::chooseFromList(QListWidgetItem *row, bool focusText)
{
    if (!row || row->data(Qt::UserRole + 1).toBool())
        return;
    m_view->choose(row->data(Qt::UserRole).toString());
    if (focusText)
        m_view->setFocus(Qt::OtherFocusReason);
}

void TextEditor::tag(const QString &label)
{
    ItemDocument *doc = document();
    if (!doc || !m_problem.isEmpty())
        return;
    const auto [from, to] = m_view->selectedRange();
    const QString chosen = m_view->chosen();
    const ShownSpan *current = m_view->span(chosen);
    if (current &&
        (from == to || (from == current->from && to == current->to))) {
        // A label key on the chosen span relabels it (and accepts it, if it was a suggestion).
        const bool suggestion = current->suggested;
        const qsizetype at = current->from;
        const auto relabelled = Commands::setLabel(*doc, chosen, label);
        report(relabelled);
        m_view->choose(chosen);
        if (relabelled && suggestion)
            chooseNextSuggestion(at);
        return;
    }
    if (from >= to) {
        Q_EMIT message(tr("Select one or more words first, then press the label's key."));
        return;
    }
    for (const ShownSpan &s : m_view->spans()) {
        if (s.from == from && s.to == to && s.label == label) {
            m_view->choose(s.id);
            Q_EMIT message(tr("These words are a \u201C%1\u201D already.").arg(label));
            return;
        }
    }
    const QJsonObject value = SpanKind::makeValue(m_codePoints, m_codePoints.toCodePoint(from),
                                                  m_codePoints.toCodePoint(to));
    const auto added = Commands::addAnnotation(*doc, AnnotationKind::Span, label, value);
    if (!added) {
        Q_EMIT message(added.error().message());
        return;
    }
    m_view->choose(*added);
}

void TextEditor::removeSpan(const QString &id)
{
    ItemDocument *doc = document();
    if (!doc)
        return;
    const ShownSpan *span = m_view->span(id);
    const bool suggestion = span && span->suggested;
    const qsizetype from = span ? span->from : 0;
    const auto removed = Commands::removeAnnotation(*doc, id);
    report(removed);
    if (removed && suggestion)
        chooseNextSuggestion(from);
}

void TextEditor::acceptSpan(const QString &id)
{
    ItemDocument *doc = document();
    if (!doc)
        return;
    const ShownSpan *span = m_view->span(id);
    const qsizetype from = span ? span->from : 0;
    const auto accepted = Commands::acceptSuggestion(*doc, id);
    report(accepted);
    if (accepted)
        chooseNextSuggestion(from);
}

void TextEditor::chooseNextSuggestion(qsizetype from)
{
    // Enter, Enter, Delete, Enter…: the next suggestion in reading order, else the first one
    // before; the span just dealt with stays chosen when none is left.
    const QList<ShownSpan> &spans = m_view->spans();
    auto next = std::find_if(spans.cbegin(), spans.cend(),
                             [&](const ShownSpan &s) { return s.suggested && s.from >= from; });
    if (next == spans.cend())
        next = std::find_if(spans.cbegin(), spans.cend(),
                            [](const ShownSpan &s) { return s.suggested; });
    if (next != spans.cend())
        m_view->choose(next->id);
    else
        Q_EMIT message(tr("Every suggestion on this item is checked."));
}

int TextEditor::suggestionCount() const
{
    return int(std::count_if(m_view->spans().cbegin(), m_view->spans().cend(),
                             [](const ShownSpan &s) { return s.suggested; }));
}

void TextEditor::moveEdge(const QString &id, bool startEdge, bool forward)
{
    ItemDocument *doc = document();
    const ShownSpan *span = m_view->span(id);
    if (!doc || !span)
        return;
    qsizetype from = span->from, to = span->to;
    const TextWords &words = m_view->words();
    const bool byWord = m_view->snapsToWords();
    // A character is a code point here, so an edge never lands inside a surrogate pair.
    const auto step = [&](qsizetype at, int by) {
        return m_codePoints.toUtf16(m_codePoints.toCodePoint(at) + by);
    };
    if (startEdge)
        from = byWord ? (forward ? words.nextStart(from) : words.previousStart(from))
                      : step(from, forward ? 1 : -1);
    else
        to = byWord ? (forward ? words.nextEnd(to) : words.previousEnd(to))
                    : step(to, forward ? 1 : -1);
    if (from >= to || (from == span->from && to == span->to)) {
        Q_EMIT message(tr("The span cannot get shorter than this."));
        return;
    }
    report(Commands::setValue(*doc, id,
                              SpanKind::makeValue(m_codePoints, m_codePoints.toCodePoint(from),
                                                  m_codePoints.toCodePoint(to))));
    m_view->choose(id);
}

void TextEditor::report(const Result<void> &result)
{
    if (!result)
        Q_EMIT message(result.error().message());
}

QString TextEditor::statusText() const
{
    if (!document() || !m_problem.isEmpty() || m_labelActions.isEmpty())
        return {};
    QStringList parts;
    parts << tr("%n span(s)", nullptr, int(m_view->spans().size()));
    if (const int suggestions = suggestionCount(); suggestions > 0)
        parts << tr("%n suggestion(s) to check", nullptr, suggestions);
    const auto [from, to] = m_view->selectedRange();
    if (from < to)
        parts << tr("selected: %n character(s)", nullptr,
                    int(m_codePoints.toCodePoint(to) - m_codePoints.toCodePoint(from)));
    const ShownSpan *chosen = m_view->span(m_view->chosen());
    if (!chosen)
        parts << tr("Select words and press a label's key; Tab goes to the next span");
    else if (chosen->suggested)
        parts << tr("Suggestion: Enter accepts, Delete rejects, a label key changes its label");
    else
        parts << tr("Label key: relabel, Delete: remove, Alt+\u2190/\u2192: move the end, "
                    "Esc: let go");
    return parts.join(QStringLiteral(" \u00B7 "));
}

void TextEditor::toggleReferenceFocus()
{
    if (!m_reference->isVisible())
        return;
    QWidget *focus = QApplication::focusWidget();
    if (focus && (focus == m_reference || m_reference->isAncestorOf(focus)))
        m_view->setFocus(Qt::ShortcutFocusReason);
    else
        m_reference->focusTarget()->setFocus(Qt::ShortcutFocusReason);
}

bool TextEditor::takeFocus()
{
    // A text without span labels is only read: digits keep answering the questions beside it.
    if (!document() || !m_problem.isEmpty() || m_labelActions.isEmpty())
        return false;
    m_view->setFocus(Qt::OtherFocusReason);
    return true;
}

void TextEditor::retranslate()
{
    m_labelsLabel->setText(tr("Labels: select words, then press the key"));
    m_spansLabel->setText(tr("&Spans:"));
    m_view->setAccessibleName(tr("Text of the item"));
    m_spanList->setAccessibleName(tr("Spans"));
    m_referenceFocus->setText(tr("To the source data or back to the text"));
    m_referenceFocus->setToolTip(tr("Moves the keyboard to the source data beside the text, or "
                                    "back to the text (F6)"));
    m_reference->retranslate();
    for (QAction *action : std::as_const(m_labelActions)) {
        const QString name = action->data().toString();
        const QString key = action->shortcut().toString(QKeySequence::NativeText);
        action->setText(key.isEmpty() ? name : tr("%1  [%2]").arg(name, key));
        action->setToolTip(key.isEmpty() ? tr("Tag the selected words as %1").arg(name)
                                         : tr("Tag the selected words as %1 (%2)").arg(name, key));
    }
    if (!m_problem.isEmpty() && document())
        showDocument(document());
    else if (document() && !m_entries.isEmpty())
        refreshSpans(); // the list's rows are worded in the language of the moment
}

void TextEditor::fitLabelsWidth()
{
    // The buttons scroll up and down, never sideways: the column is as wide as the widest.
    m_labelsScroll->setMinimumWidth(m_labelsScroll->widget()->minimumSizeHint().width() +
                                    m_labelsScroll->verticalScrollBar()->sizeHint().width());
}

} // namespace annostraat
