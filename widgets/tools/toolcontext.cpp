// SPDX-License-Identifier: GPL-3.0-or-later
#include "toolcontext.h"

#include "document/itemdocument.h"

namespace annostraat {

ToolContext::ToolContext(QObject *parent)
    : QObject(parent)
{}

void ToolContext::setDocument(ItemDocument *document)
{
    if (m_document == document)
        return;
    disconnect(m_docConnection);
    m_document = document;
    m_selectedId.clear();
    m_pointedOut.clear();
    m_placeFor.clear();
    m_place = QRectF();
    m_hidden.clear();
    m_stale = true;
    if (document) {
        m_docConnection =
                connect(document, &ItemDocument::annotationChanged, this, &ToolContext::refresh);
        // Keep the label when the new task has it too (the next item of the same task).
        if (!labelSpec(m_currentLabel))
            m_currentLabel = labels().isEmpty() ? QString() : labels().first().name;
    }
    Q_EMIT documentChanged(document);
    Q_EMIT currentLabelChanged(m_currentLabel);
    Q_EMIT selectionChanged(m_selectedId);
    Q_EMIT pointedOutChanged(m_pointedOut);
    Q_EMIT placeShownChanged();
    Q_EMIT hiddenChanged();
}

ItemDocument *ToolContext::document() const
{
    return m_document;
}

QList<LabelSpec> ToolContext::labels() const
{
    return m_document ? m_document->task().schema.labels() : QList<LabelSpec>();
}

const LabelSpec *ToolContext::labelSpec(const QString &name) const
{
    return m_document && !name.isEmpty() ? m_document->task().schema.label(name) : nullptr;
}

void ToolContext::setCurrentLabel(const QString &name)
{
    if (name == m_currentLabel || !labelSpec(name))
        return;
    m_currentLabel = name;
    Q_EMIT currentLabelChanged(name);
}

QString ToolContext::labelFor(AnnotationKind kind)
{
    if (const LabelSpec *spec = labelSpec(m_currentLabel); spec && spec->kinds.contains(kind))
        return m_currentLabel;
    for (const LabelSpec &spec : labels()) {
        if (spec.kinds.contains(kind)) {
            setCurrentLabel(spec.name);
            return spec.name;
        }
    }
    showStatus(tr("No label of this task can be drawn with this tool."));
    return {};
}

QJsonObject ToolContext::defaultAttributes(const QString &label) const
{
    QJsonObject attributes;
    if (const LabelSpec *spec = labelSpec(label)) {
        for (const AttributeSpec &a : spec->attributes) {
            if (!a.defaultValue.isNull() && !a.defaultValue.isUndefined())
                attributes.insert(a.name, a.defaultValue);
        }
    }
    return attributes;
}

const QList<Annotation> &ToolContext::ownAnnotations() const
{
    if (m_stale) {
        m_own = m_document ? m_document->annotations() : QList<Annotation>();
        m_others = m_document ? m_document->otherLayers() : QList<Annotation>();
        m_stale = false;
    }
    return m_own;
}

const QList<Annotation> &ToolContext::otherAnnotations() const
{
    ownAnnotations();
    return m_others;
}

const Annotation *ToolContext::ownAnnotation(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (const Annotation &a : ownAnnotations()) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

void ToolContext::setSelectedId(const QString &id)
{
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    if (!m_placeFor.isEmpty() && id != m_placeFor && m_pointedOut != m_placeFor)
        setPlaceShown(QString(), QRectF()); // another annotation chosen: the place was about the last
    Q_EMIT selectionChanged(id);
}

void ToolContext::setPointedOutId(const QString &id)
{
    if (id == m_pointedOut)
        return;
    m_pointedOut = id;
    Q_EMIT pointedOutChanged(id);
}

void ToolContext::setPlaceShown(const QString &annotationId, const QRectF &region)
{
    const QRectF place = annotationId.isEmpty() ? QRectF() : region;
    if (annotationId == m_placeFor && place == m_place)
        return;
    m_placeFor = place.isNull() ? QString() : annotationId;
    m_place = place;
    Q_EMIT placeShownChanged();
}

void ToolContext::setHidden(const QString &id, bool hidden)
{
    if (hidden == m_hidden.contains(id))
        return;
    if (hidden)
        m_hidden.insert(id);
    else
        m_hidden.remove(id);
    if (hidden && id == m_selectedId)
        setSelectedId({});
    Q_EMIT hiddenChanged();
}

void ToolContext::setHiddenIds(const QSet<QString> &ids)
{
    if (ids == m_hidden)
        return;
    m_hidden = ids;
    if (m_hidden.contains(m_selectedId))
        setSelectedId({});
    Q_EMIT hiddenChanged();
}

void ToolContext::setOtherLayersShown(bool shown)
{
    if (shown == m_showOthers)
        return;
    m_showOthers = shown;
    Q_EMIT otherLayersShownChanged(shown);
}

void ToolContext::refresh(QString changedId)
{
    m_stale = true;
    // An undo can remove the selected annotation: drop a selection that points nowhere.
    if (!m_selectedId.isEmpty() && !ownAnnotation(m_selectedId))
        setSelectedId({});
    Q_EMIT annotationsChanged(changedId);
}

} // namespace annostraat
