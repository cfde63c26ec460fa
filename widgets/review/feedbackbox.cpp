// SPDX-License-Identifier: GPL-3.0-or-later
#include "feedbackbox.h"

#include "annotationnames.h"
#include "document/itemdocument.h"
#include "store/store.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace annostraat {

FeedbackBox::FeedbackBox(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("feedbackBox"));
    setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("feedbackTitle"));
    m_title->setProperty("role", QStringLiteral("subheading"));
    m_title->setWordWrap(true);
    m_body = new QLabel(this);
    m_body->setObjectName(QStringLiteral("feedbackText"));
    m_body->setWordWrap(true);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_about = new QPushButton(this);
    m_about->setObjectName(QStringLiteral("feedbackAnnotation"));
    m_about->setFlat(true);
    auto *row = new QHBoxLayout;
    row->addWidget(m_about);
    row->addStretch(1);
    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addLayout(row);
    connect(m_about, &QPushButton::clicked, this, [this] {
        if (!m_annotationId.isEmpty())
            Q_EMIT annotationChosen(m_annotationId, m_place);
    });
    hide();
}

void FeedbackBox::setDocument(ItemDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(document, &ItemDocument::statusChanged, this, &FeedbackBox::refresh);
        connect(document, &ItemDocument::annotationChanged, this, &FeedbackBox::refresh);
    }
    refresh();
}

void FeedbackBox::refresh()
{
    m_annotationId.clear();
    m_annotation.reset();
    m_place = {};
    m_placeWorded = false;
    m_about->hide();
    if (!m_document) {
        hide();
        return;
    }
    if (const auto review = m_document->feedback()) {
        const auto reviewer = m_document->store().findProfile(review->reviewer);
        const QString who = reviewer ? reviewer->name : review->reviewer;
        m_title->setText(tr("There is feedback on this item"));
        m_body->setText(tr("%1 wrote: \u201C%2\u201D").arg(who, review->comment));
        if (!review->annotationId.isEmpty()) {
            const auto a = m_document->store().annotation(review->annotationId);
            if (a && !a->deleted) {
                m_annotationId = a->id;
                m_annotation = *a;
                m_place = review->anchor;
                wordAbout();
            } else {
                m_about->setText(tr("About an annotation you have removed since"));
                m_about->setToolTip(QString());
            }
            m_about->show();
        }
        show();
        return;
    }
    if (m_document->awaitsVerdict()) {
        m_title->setText(tr("This item is being reviewed"));
        m_body->setText(tr("Your work on it is read-only until the reviewer has given a "
                           "verdict; then you can change it again if needed."));
        show();
        return;
    }
    hide();
}

void FeedbackBox::updatePlace()
{
    // Called at every status change of the editor (each frame while a video plays): only
    // while a place still waits for its words.
    if (m_annotation && !m_place.isEmpty() && !m_placeWorded)
        wordAbout();
}

void FeedbackBox::wordAbout()
{
    const QString what = AnnotationNames::describe(*m_annotation, m_document ? &m_document->task().schema : nullptr);
    const QString where = m_place.isEmpty() || !m_placeWords ? QString() : m_placeWords(*m_annotation, m_place);
    m_placeWorded = !where.isEmpty();
    if (where.isEmpty()) {
        m_about->setText(tr("About: %1").arg(what));
        m_about->setToolTip(tr("Select this annotation on the item"));
    } else {
        m_about->setText(tr("About: %1, %2", "%1: an annotation; %2: where on it, e.g. \"at "
                                             "00:00:41:09\"")
                                 .arg(what, where));
        m_about->setToolTip(tr("Select this annotation and go to that place on it"));
    }
}

QString FeedbackBox::text() const
{
    if (isHidden())
        return {};
    QString all = m_title->text() + QLatin1Char('\n') + m_body->text();
    if (!m_about->isHidden())
        all += QLatin1Char('\n') + m_about->text();
    return all;
}

void FeedbackBox::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        refresh();
    QFrame::changeEvent(event);
}

} // namespace annostraat
