// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the author of work sees about its review (issue 12, point 3; decision 0020), above the
// open item in any editor: calmly, "There is feedback on this item", the reviewer's comment
// and the annotation it is about (a click selects it in the editor); or, while the work waits
// for a verdict, that the item is being reviewed and why it cannot be changed now. Hidden
// when there is nothing to say. Reads the document only.

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace annostraat {

class ItemDocument;

class FeedbackBox : public QFrame
{
    Q_OBJECT

public:
    explicit FeedbackBox(QWidget *parent = nullptr);

    void setDocument(ItemDocument *document);
    /// Reads the document again (after a sync).
    void refresh();

    /// What the box says, its title and text (empty when hidden).
    QString text() const;
    /// The annotation the feedback is about (empty: none, or the whole item).
    QString annotationId() const { return m_annotationId; }
    QPushButton *annotationButton() const { return m_about; }

Q_SIGNALS:
    /// The person clicked the annotation the feedback is about: show and select it.
    void annotationChosen(const QString &annotationId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QPointer<ItemDocument> m_document;
    QString m_annotationId;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_about = nullptr;
};

} // namespace annostraat
