// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the author of work sees about its review (issue 12, point 3; decision 0020), above the
// open item in any editor: calmly, "There is feedback on this item", the reviewer's comment
// and the annotation it is about, with the place on it when the reviewer named one (a click
// selects it in the editor and goes there); or, while the work waits
// for a verdict, that the item is being reviewed and why it cannot be changed now. Hidden
// when there is nothing to say. Reads the document only.

#include "model/entities.h"

#include <QFrame>
#include <QJsonObject>
#include <QPointer>

#include <functional>
#include <optional>

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
    /// A place on an annotation in words (MediaEditor::describePlace); set by the work page.
    using PlaceWords = std::function<QString(const Annotation &a, const QJsonObject &place)>;
    void setPlaceWords(PlaceWords words) { m_placeWords = std::move(words); }
    /// Words the place if it has no words yet: the editor may say more now (its media is shown).
    void updatePlace();

    /// What the box says, its title and text (empty when hidden).
    QString text() const;
    /// The annotation the feedback is about (empty: none, or the whole item).
    QString annotationId() const { return m_annotationId; }
    /// Where on it (the verdict's anchor; empty: anywhere).
    QJsonObject place() const { return m_place; }
    QPushButton *annotationButton() const { return m_about; }

Q_SIGNALS:
    /// The person clicked the annotation the feedback is about: show and select it, at
    /// \a place on it when that is not empty.
    void annotationChosen(const QString &annotationId, const QJsonObject &place);

protected:
    void changeEvent(QEvent *event) override;

private:
    /// The about button's text: the annotation, and its place when the editor can word it.
    void wordAbout();

    QPointer<ItemDocument> m_document;
    QString m_annotationId;
    std::optional<Annotation> m_annotation;
    QJsonObject m_place;
    bool m_placeWorded = false; ///< the about button names the place in words
    PlaceWords m_placeWords;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QPushButton *m_about = nullptr;
};

} // namespace annostraat
