// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The user's own annotations on the open item. Select one and press Delete to remove it
// (an undoable command); the list follows the document's change signals.

#include "document/itemdocument.h"

#include <QListWidget>
#include <QPointer>

namespace annostraat {

class AnnotationList : public QListWidget
{
    Q_OBJECT

public:
    explicit AnnotationList(QWidget *parent = nullptr);

    void setDocument(ItemDocument *document);
    /// The annotation id of each row, in order.
    QStringList annotationIds() const;

Q_SIGNALS:
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
};

} // namespace annostraat
