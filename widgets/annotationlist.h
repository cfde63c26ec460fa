// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The user's own annotations on the open item. Select one and press Delete to remove it
// (an undoable command); the list follows the document's change signals. Drawn annotations
// (boxes, polygons, cracks, …) have a check box: unchecked ones are hidden on the canvas
// (Space toggles). Hiding is a view setting of this session, not a change to the work.

#include "document/itemdocument.h"

#include <QListWidget>
#include <QPointer>
#include <QSet>

namespace annostraat {

class AnnotationList : public QListWidget
{
    Q_OBJECT

public:
    explicit AnnotationList(QWidget *parent = nullptr);

    void setDocument(ItemDocument *document);
    /// The annotation id of each row, in order.
    QStringList annotationIds() const;
    /// The annotation of the current row; empty when none.
    QString currentAnnotationId() const;
    /// Makes \a annotationId the current row (empty: none) without emitting annotationChosen.
    void setCurrentAnnotation(const QString &annotationId);
    /// Annotations whose check box is off.
    QSet<QString> hiddenAnnotations() const { return m_hidden; }
    void setHiddenAnnotations(const QSet<QString> &hidden);

Q_SIGNALS:
    /// The person chose a row (click or keyboard); empty when the list lost its current row.
    void annotationChosen(const QString &annotationId);
    /// A check box was switched: the set of hidden annotations changed.
    void hiddenChanged(const QSet<QString> &hidden);
    /// A change could not be written; the message says why.
    void failed(const QString &message);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    QString describe(const Annotation &annotation) const;

    QPointer<ItemDocument> m_document;
    QSet<QString> m_hidden;
    bool m_refreshing = false;
};

} // namespace annostraat
