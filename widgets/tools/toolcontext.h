// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the tools of an editor share: the open document, the current label, the selection,
// which annotations are hidden and whether other people's layers are shown. Where the tools
// work (pixels, frames, code points) is their surface's business (toolsurface.h).
//
// Design note. One ToolContext per editor. It does not own the document; the editor sets it
// when an item opens. It keeps a cache of the document's
// annotations (refreshed on the document's annotationChanged signal) because hit tests on
// every pointer move and painting 500 boxes must not query the store each time. Tools and
// the AnnotationLayer read through it; writes go through core's Commands facade only.

#include "document/itemdocument.h"
#include "model/entities.h"
#include "model/schema.h"

#include <QObject>
#include <QPointer>
#include <QRectF>
#include <QSet>

namespace annostraat {

class ToolContext : public QObject
{
    Q_OBJECT

public:
    explicit ToolContext(QObject *parent = nullptr);

    /// The open item; nullptr when none. Not owned. Clears the selection and hidden set.
    void setDocument(ItemDocument *document);
    ItemDocument *document() const;

    /// The labels of the document's schema (empty without a document).
    QList<LabelSpec> labels() const;
    const LabelSpec *labelSpec(const QString &name) const;
    QString currentLabel() const { return m_currentLabel; }
    /// Chooses the label new annotations get. Unknown names are ignored.
    void setCurrentLabel(const QString &name);
    /// The label a new annotation of \a kind gets: the current one when it allows \a kind,
    /// else the first label that does (which becomes current). Empty, with a status
    /// message, when no label allows \a kind.
    QString labelFor(AnnotationKind kind);
    /// Attribute defaults of \a label, for a new annotation.
    QJsonObject defaultAttributes(const QString &label) const;

    /// The user's own layer (cached).
    const QList<Annotation> &ownAnnotations() const;
    /// Other people's layers (cached; only meaningful when otherLayersShown()).
    const QList<Annotation> &otherAnnotations() const;
    /// The own annotation with \a id, or nullptr.
    const Annotation *ownAnnotation(const QString &id) const;

    /// Rereads the annotations from the store (after writes that bypass the document).
    void reload() { refresh(QString()); }

    QString selectedId() const { return m_selectedId; }
    /// Selects an annotation of the own layer; empty for none.
    void setSelectedId(const QString &id);

    QSet<QString> hiddenIds() const { return m_hidden; }
    bool isHidden(const QString &id) const { return m_hidden.contains(id); }
    /// Hidden annotations are neither painted nor hit by the tools.
    void setHidden(const QString &id, bool hidden);
    void setHiddenIds(const QSet<QString> &ids);

    /// An annotation of another person's layer pointed out to the user (the reviewer chose it
    /// in the review panel): drawn wider, never selected or changed. Empty: none.
    QString pointedOutId() const { return m_pointedOut; }
    void setPointedOutId(const QString &id);

    /// A part of the image a review comment is about (decision 0025), in image pixels, and the
    /// annotation it belongs to: framed on the image until another annotation is chosen or
    /// the item changes. A null rectangle: none.
    QRectF placeShown() const { return m_place; }
    QString placeShownFor() const { return m_placeFor; }
    void setPlaceShown(const QString &annotationId, const QRectF &region);

    bool otherLayersShown() const { return m_showOthers; }
    /// Reviewers show or hide everyone else's layers.
    void setOtherLayersShown(bool shown);

    /// Shows \a message in the status bar (emits statusMessage).
    void showStatus(const QString &message) { Q_EMIT statusMessage(message); }

Q_SIGNALS:
    void documentChanged(ItemDocument *document);
    void currentLabelChanged(const QString &label);
    void selectionChanged(const QString &annotationId);
    void hiddenChanged();
    void otherLayersShownChanged(bool shown);
    void pointedOutChanged(const QString &annotationId);
    void placeShownChanged();
    /// The cached annotations were refreshed (an annotation was added, edited, removed).
    void annotationsChanged(const QString &annotationId);
    void statusMessage(const QString &message);

private:
    void refresh(QString changedId); // by value: it may point into the cache it refreshes

    QPointer<ItemDocument> m_document;
    QString m_currentLabel;
    QString m_selectedId;
    QString m_pointedOut;
    QString m_placeFor;
    QRectF m_place;
    QSet<QString> m_hidden;
    bool m_showOthers = false;
    mutable bool m_stale = true;
    mutable QList<Annotation> m_own;
    mutable QList<Annotation> m_others;
    QMetaObject::Connection m_docConnection;
};

} // namespace annostraat
