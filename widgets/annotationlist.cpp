// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlist.h"

#include "document/commands.h"
#include "document/itemdocument.h"
#include "model/kinds/annotationkinds.h"
#include "store/store.h"

#include <QEvent>
#include <QHash>
#include <QLocale>
#include <QJsonArray>
#include <QKeyEvent>
#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QScopedValueRollback>

namespace annostraat {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
/// A text attribute's value is cut to this many characters in a row (the tool tip has it all).
constexpr qsizetype kMaxAttributeChars = 24;
} // namespace

AnnotationList::AnnotationList(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("annotationList"));
    setAccessibleName(tr("Annotations"));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setUniformItemSizes(false);
    connect(this, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *current) {
        if (!m_refreshing)
            Q_EMIT annotationChosen(current ? current->data(kIdRole).toString() : QString());
    });
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *row) {
        if (m_refreshing || !(row->flags() & Qt::ItemIsUserCheckable))
            return;
        const QString id = row->data(kIdRole).toString();
        const bool hide = row->checkState() != Qt::Checked;
        if (hide == m_hidden.contains(id))
            return;
        if (hide)
            m_hidden.insert(id);
        else
            m_hidden.remove(id);
        Q_EMIT hiddenChanged(m_hidden);
    });
}

void AnnotationList::setDocument(ItemDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_hidden.clear();
    if (m_document)
        connect(m_document, &ItemDocument::annotationChanged, this, &AnnotationList::refresh);
    refresh();
}

QStringList AnnotationList::annotationIds() const
{
    QStringList ids;
    for (int i = 0; i < count(); ++i)
        ids << item(i)->data(kIdRole).toString();
    return ids;
}

QString AnnotationList::currentAnnotationId() const
{
    return currentItem() ? currentItem()->data(kIdRole).toString() : QString();
}

void AnnotationList::setCurrentAnnotation(const QString &annotationId)
{
    const QScopedValueRollback guard(m_refreshing, true);
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(kIdRole).toString() == annotationId) {
            setCurrentRow(i);
            scrollToItem(item(i));
            return;
        }
    }
    setCurrentRow(-1);
}

void AnnotationList::setHiddenAnnotations(const QSet<QString> &hidden)
{
    if (hidden == m_hidden)
        return;
    m_hidden = hidden;
    refresh();
}

QString AnnotationList::describe(const Annotation &a) const
{
    const AnnotationKindInfo &kind = AnnotationKinds::get(a.kind);
    if (kind.answersQuestion()) {
        const QuestionSpec *question =
                m_document ? m_document->task().schema.question(a.label) : nullptr;
        const QString what = question && !question->text.isEmpty() ? question->text : a.label;
        return tr("%1 \u2014 %2").arg(what, kind.summary(a.value));
    }
    // The attributes the label declares, in the schema's order, so two boxes of one label
    // read apart ("Box · Buffer · schade 3").
    QString name = a.label;
    const LabelSpec *label = m_document ? m_document->task().schema.label(a.label) : nullptr;
    for (const AttributeSpec &spec : label ? label->attributes : QList<AttributeSpec>()) {
        const QJsonValue value = a.attributes.value(spec.name);
        if (value.isUndefined() || value.isNull())
            continue;
        if (spec.type == AttributeSpec::Type::Bool) {
            if (value.toBool())
                name = tr("%1 \u00B7 %2").arg(name, spec.name);
            continue;
        }
        QString text = value.isString() ? value.toString().simplified()
                                        : QLocale().toString(value.toDouble(), 'g', 6);
        if (text.isEmpty())
            continue;
        if (text.size() > kMaxAttributeChars)
            text = text.left(kMaxAttributeChars - 1) + QChar(0x2026);
        name = tr("%1 \u00B7 %2 %3", "label or attributes so far, attribute name, its value")
                       .arg(name, spec.name, text);
    }
    if (a.suggested) // "?" and the word: not the colour, not the line style alone
        return tr("? %1 \u00B7 %2 (suggestion)").arg(kind.displayName(), name);
    return tr("%1 \u00B7 %2").arg(kind.displayName(), name);
}

void AnnotationList::refresh()
{
    const QScopedValueRollback guard(m_refreshing, true);
    const QString selected = currentItem() ? currentItem()->data(kIdRole).toString() : QString();
    const int selectedRow = currentRow();
    clear();
    if (!m_document)
        return;
    const QList<Annotation> annotations = m_document->annotations();
    // Rows that would still read the same are numbered, so none is told apart by place alone.
    QStringList texts;
    QHash<QString, int> seen;
    for (const Annotation &a : annotations) {
        texts << describe(a);
        ++seen[texts.last()];
    }
    QHash<QString, int> numbered;
    // A reviewer's comment about one of them stands in its row (decision 0020).
    const auto feedback = m_document->feedback();
    for (qsizetype i = 0; i < annotations.size(); ++i) {
        const Annotation &a = annotations.at(i);
        QString text = texts.at(i);
        if (seen.value(text) > 1)
            text = tr("%1 (%2)", "a row's text, its number among rows that read the same")
                           .arg(text).arg(++numbered[texts.at(i)]);
        const bool commented = feedback && feedback->annotationId == a.id;
        if (commented)
            text = tr("%1 \u2014 feedback: \u201C%2\u201D").arg(text, feedback->comment);
        auto *row = new QListWidgetItem(text, this);
        row->setData(kIdRole, a.id);
        const AnnotationKindInfo &kind = AnnotationKinds::get(a.kind);
        if (kind.answersQuestion()) {
            row->setToolTip(tr("Press Delete to remove"));
        } else {
            // The label's colour as a swatch, beside the label's name (never colour alone).
            if (const LabelSpec *label = m_document->task().schema.label(a.label)) {
                QPixmap swatch(14, 14);
                swatch.fill(label->colour);
                QIcon icon(swatch);
                icon.addPixmap(swatch, QIcon::Selected); // the true colour on a chosen row too
                row->setIcon(icon);
            }
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(m_hidden.contains(a.id) ? Qt::Unchecked : Qt::Checked);
            // The kind's one-line summary (size, points) first: the row names only kind and label.
            row->setToolTip(kind.summary(a.value) + QLatin1Char('\n') +
                            (a.suggested ? tr("A suggestion: Enter accepts it, Delete rejects it; "
                                              "changing it accepts it too")
                                         : tr("Space shows or hides it on the image; Delete "
                                              "removes it")));
        }
        if (commented)
            row->setToolTip(tr("The reviewer's comment: %1").arg(feedback->comment) +
                            QLatin1Char('\n') + row->toolTip());
        if (a.id == selected)
            setCurrentItem(row);
    }
    // After a delete, keep the keyboard where it was, so Delete can be pressed again.
    if (!currentItem() && count() > 0 && selectedRow >= 0)
        setCurrentRow(qMin(selectedRow, count() - 1));
    // Hidden annotations that were deleted are forgotten.
    QSet<QString> live;
    for (const Annotation &a : annotations)
        if (m_hidden.contains(a.id))
            live.insert(a.id);
    if (live != m_hidden) {
        // Said aloud, so the image agrees: an undo that brings one back shows it again.
        m_hidden = live;
        Q_EMIT hiddenChanged(m_hidden);
    }
    viewport()->update();
}

void AnnotationList::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        event->modifiers() == Qt::NoModifier && m_document && currentItem()) {
        const QString id = currentItem()->data(kIdRole).toString();
        const auto a = m_document->store().annotation(id);
        if (a && a->suggested) {
            if (auto r = Commands::acceptSuggestion(*m_document, id); !r)
                Q_EMIT failed(r.error().message());
            event->accept();
            return;
        }
    }
    if ((event->key() == Qt::Key_Delete || event->key() == Qt::Key_Backspace) && m_document &&
        currentItem()) {
        const QString id = currentItem()->data(kIdRole).toString();
        if (auto r = Commands::removeAnnotation(*m_document, id); !r)
            Q_EMIT failed(r.error().message());
        event->accept();
        return;
    }
    QListWidget::keyPressEvent(event);
}

void AnnotationList::paintEvent(QPaintEvent *event)
{
    QListWidget::paintEvent(event);
    if (count() > 0)
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::Text));
    QFont italic = font();
    italic.setItalic(true);
    painter.setFont(italic);
    painter.drawText(viewport()->rect().adjusted(8, 8, -8, -8),
                     Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     m_document ? tr("No annotations on this item yet.") : QString());
}

void AnnotationList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        setAccessibleName(tr("Annotations"));
        refresh();
    }
    QListWidget::changeEvent(event);
}

} // namespace annostraat
