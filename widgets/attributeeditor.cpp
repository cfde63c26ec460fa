// SPDX-License-Identifier: GPL-3.0-or-later
#include "attributeeditor.h"

#include "document/commands.h"
#include "model/kinds/annotationkinds.h"
#include "store/store.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace annostraat {

AttributeEditor::AttributeEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("attributeEditor"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("attributeHint"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_fields = new QWidget(this);
    m_form = new QFormLayout(m_fields);
    m_form->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_fields);
    // Not restarted by every key: while someone types on, the draft is kept all the same.
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(kDraftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &AttributeEditor::saveDrafts);
    rebuild();
}

void AttributeEditor::setDocument(ItemDocument *document)
{
    commitPending();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_annotationId.clear();
    if (m_document) {
        connect(m_document, &ItemDocument::annotationChanged, this,
                &AttributeEditor::onAnnotationChanged);
    }
    rebuild();
}

void AttributeEditor::setAnnotation(const QString &annotationId)
{
    if (annotationId == m_annotationId)
        return;
    commitPending();
    m_annotationId = annotationId;
    rebuild();
}

void AttributeEditor::focusFirstField()
{
    if (m_label && m_label->isEnabled())
        m_label->setFocus(Qt::ShortcutFocusReason);
}

void AttributeEditor::onAnnotationChanged(const QString &annotationId)
{
    if (!annotationId.isEmpty() && annotationId != m_annotationId)
        return;
    std::optional<Annotation> annotation;
    if (m_document && !m_annotationId.isEmpty())
        annotation = m_document->store().annotation(m_annotationId);
    const bool sameFields = annotation && m_label && annotation->label == m_shownLabel &&
            (annotation->author == m_document->user().id) == m_shownOwn;
    if (sameFields) {
        refreshValues();
        return;
    }
    // Deleted, or another label with other attributes: build anew once the signal that
    // brought us here (perhaps from one of our own fields) has returned.
    if (!m_rebuildQueued) {
        m_rebuildQueued = true;
        QMetaObject::invokeMethod(this, [this] {
            m_rebuildQueued = false;
            rebuild();
        }, Qt::QueuedConnection);
    }
}

void AttributeEditor::refreshValues()
{
    const QScopedValueRollback guard(m_rebuilding, true);
    const auto annotation = m_document->store().annotation(m_annotationId);
    if (!annotation)
        return;
    m_label->setCurrentText(annotation->label);
    const LabelSpec *label = m_document->task().schema.label(annotation->label);
    if (!label)
        return;
    for (const AttributeSpec &spec : label->attributes) {
        QWidget *field = m_attributeFields.value(spec.name);
        const QJsonValue v = annotation->attributes.contains(spec.name)
                ? annotation->attributes.value(spec.name)
                : spec.defaultValue;
        if (auto *box = qobject_cast<QCheckBox *>(field))
            box->setChecked(v.toBool());
        else if (auto *spin = qobject_cast<QSpinBox *>(field))
            spin->setValue(v.toInt());
        else if (auto *dspin = qobject_cast<QDoubleSpinBox *>(field))
            dspin->setValue(v.toDouble());
        else if (auto *edit = qobject_cast<QLineEdit *>(field); edit && !edit->hasFocus())
            edit->setText(v.toString());
        else if (auto *combo = qobject_cast<QComboBox *>(field))
            combo->setCurrentIndex(qMax(0, combo->findData(v.toString())));
    }
}

void AttributeEditor::commitPending()
{
    if (!m_document || m_annotationId.isEmpty() || m_rebuilding)
        return;
    m_draftTimer->stop();
    for (auto it = m_attributeFields.cbegin(); it != m_attributeFields.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()); edit && edit->isModified()) {
            edit->setModified(false);
            report(Commands::setAttribute(*m_document, m_annotationId, it.key(), edit->text()));
            setDraft(it.key(), QString());
        } else if (auto *spin = qobject_cast<QAbstractSpinBox *>(it.value())) {
            spin->interpretText(); // emits valueChanged, which writes, when the text changed
        }
    }
}

bool AttributeEditor::eventFilter(QObject *watched, QEvent *event)
{
    // A plain letter or digit in a field of this form belongs to the field (a combo box
    // jumps to the choice that starts with it), not to the window's one-key shortcuts
    // (tool and label keys).
    if (event->type() == QEvent::ShortcutOverride) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (!(key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier)) && !key->text().isEmpty() &&
            key->text().at(0).isPrint()) {
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttributeEditor::report(const Result<void> &result)
{
    if (!result)
        Q_EMIT failed(result.error().message());
}

QString AttributeEditor::draftKey(const QString &attribute) const
{
    return QStringLiteral("attribute/%1/%2").arg(m_annotationId, attribute);
}

void AttributeEditor::setDraft(const QString &attribute, const QString &text)
{
    if (!m_document || m_annotationId.isEmpty())
        return;
    report(m_document->store().setDraft(m_document->item().id, m_document->user().id,
                                        draftKey(attribute), text));
}

void AttributeEditor::saveDrafts()
{
    for (auto it = m_attributeFields.cbegin(); it != m_attributeFields.cend(); ++it)
        if (auto *edit = qobject_cast<QLineEdit *>(it.value()); edit && edit->isModified())
            setDraft(it.key(), edit->text());
}

void AttributeEditor::restoreDrafts()
{
    if (!m_document || m_annotationId.isEmpty())
        return;
    const QHash<QString, QString> drafts =
            m_document->store().drafts(m_document->item().id, m_document->user().id);
    for (auto it = m_attributeFields.cbegin(); it != m_attributeFields.cend(); ++it) {
        auto *edit = qobject_cast<QLineEdit *>(it.value());
        const auto draft = drafts.constFind(draftKey(it.key()));
        if (!edit || !edit->isEnabled() || draft == drafts.constEnd())
            continue;
        if (draft.value() == edit->text()) { // kept as the value after all
            setDraft(it.key(), QString());
            continue;
        }
        // Back in its field as typed, not yet the value: Enter or leaving the field keeps it.
        const QSignalBlocker block(edit);
        edit->setText(draft.value());
        edit->setModified(true);
    }
}

void AttributeEditor::rebuild()
{
    commitPending(); // the fields are about to go
    const QScopedValueRollback guard(m_rebuilding, true);
    // Keep the keyboard on the same field across a rebuild (undo, or the edit itself).
    int focusedRow = -1;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        QLayoutItem *field = m_form->itemAt(row, QFormLayout::FieldRole);
        if (field && field->widget() && field->widget()->hasFocus())
            focusedRow = row;
    }
    while (m_form->rowCount() > 0)
        m_form->removeRow(0);
    m_label = nullptr;
    m_attributeFields.clear();
    m_shownLabel.clear();

    std::optional<Annotation> annotation;
    if (m_document && !m_annotationId.isEmpty())
        annotation = m_document->store().annotation(m_annotationId);
    if (!annotation || annotation->itemId != m_document->item().id ||
        AnnotationKinds::get(annotation->kind).answersQuestion()) {
        m_hint->setText(tr("Select an annotation to see its label and attributes."));
        m_hint->show();
        m_fields->hide();
        return;
    }
    const bool own = annotation->author == m_document->user().id;
    m_shownLabel = annotation->label;
    m_shownOwn = own;
    m_hint->setText(own ? QString() : tr("This annotation is in another person's layer; you can look but not change it."));
    m_hint->setVisible(!own);
    m_fields->show();

    const Schema &schema = m_document->task().schema;
    const QString id = annotation->id;
    m_label = new QComboBox(m_fields);
    m_label->setObjectName(QStringLiteral("attributeLabel"));
    for (const LabelSpec &spec : schema.labels()) {
        if (spec.kinds.contains(annotation->kind) || spec.name == annotation->label)
            m_label->addItem(spec.name);
    }
    m_label->setCurrentText(annotation->label);
    m_label->setEnabled(own);
    m_label->installEventFilter(this);
    m_label->setToolTip(
            tr("The label of this %1")
                    .arg(AnnotationKinds::get(annotation->kind).displayName().toLower()));
    connect(m_label, &QComboBox::currentTextChanged, this, [this, id](const QString &text) {
        if (!m_rebuilding && m_document)
            report(Commands::setLabel(*m_document, id, text));
    });
    m_form->addRow(tr("&Label"), m_label);

    const LabelSpec *label = schema.label(annotation->label);
    if (!label)
        return;
    for (const AttributeSpec &spec : label->attributes) {
        const QJsonValue current = annotation->attributes.contains(spec.name)
                ? annotation->attributes.value(spec.name)
                : spec.defaultValue;
        const QString name = spec.name;
        QWidget *field = nullptr;
        switch (spec.type) {
        case AttributeSpec::Type::Bool: {
            auto *box = new QCheckBox(m_fields);
            box->setChecked(current.toBool());
            connect(box, &QCheckBox::toggled, this, [this, id, name](bool on) {
                if (!m_rebuilding && m_document)
                    report(Commands::setAttribute(*m_document, id, name, on));
            });
            field = box;
            break;
        }
        case AttributeSpec::Type::Int: {
            auto *spin = new QSpinBox(m_fields);
            spin->setRange(spec.min ? int(*spec.min) : std::numeric_limits<int>::min(),
                           spec.max ? int(*spec.max) : std::numeric_limits<int>::max());
            spin->setValue(current.toInt());
            spin->setKeyboardTracking(false);
            connect(spin, &QSpinBox::valueChanged, this, [this, id, name](int value) {
                if (!m_rebuilding && m_document)
                    report(Commands::setAttribute(*m_document, id, name, value));
            });
            field = spin;
            break;
        }
        case AttributeSpec::Type::Number: {
            auto *spin = new QDoubleSpinBox(m_fields);
            spin->setDecimals(2);
            spin->setRange(spec.min ? *spec.min : -1e9, spec.max ? *spec.max : 1e9);
            spin->setValue(current.toDouble());
            spin->setKeyboardTracking(false);
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this, id, name](double value) {
                if (!m_rebuilding && m_document)
                    report(Commands::setAttribute(*m_document, id, name, value));
            });
            field = spin;
            break;
        }
        case AttributeSpec::Type::Text: {
            auto *edit = new QLineEdit(current.toString(), m_fields);
            connect(edit, &QLineEdit::editingFinished, this, [this, id, name, edit] {
                if (!m_rebuilding && m_document && edit->isModified()) {
                    edit->setModified(false);
                    report(Commands::setAttribute(*m_document, id, name, edit->text()));
                    setDraft(name, QString());
                }
            });
            connect(edit, &QLineEdit::textEdited, this, [this] {
                if (!m_draftTimer->isActive())
                    m_draftTimer->start();
            });
            field = edit;
            break;
        }
        case AttributeSpec::Type::Choice: {
            auto *combo = new QComboBox(m_fields);
            if (current.isNull() || current.isUndefined())
                combo->addItem(tr("(none)"), QString());
            for (const QString &choice : spec.choices)
                combo->addItem(choice, choice);
            combo->setCurrentIndex(qMax(0, combo->findData(current.toString())));
            connect(combo, &QComboBox::activated, this, [this, id, name, combo](int index) {
                const QString value = combo->itemData(index).toString();
                if (!m_rebuilding && m_document && !value.isEmpty())
                    report(Commands::setAttribute(*m_document, id, name, value));
            });
            field = combo;
            break;
        }
        }
        field->setObjectName(QStringLiteral("attribute_") + name);
        field->installEventFilter(this);
        m_attributeFields.insert(name, field);
        field->setEnabled(own);
        m_form->addRow(name, field);
    }
    restoreDrafts();
    if (focusedRow >= 0 && focusedRow < m_form->rowCount()) {
        if (QLayoutItem *field = m_form->itemAt(focusedRow, QFormLayout::FieldRole); field && field->widget())
            field->widget()->setFocus(Qt::OtherFocusReason);
    }
}

void AttributeEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rebuild();
    QWidget::changeEvent(event);
}

} // namespace annostraat
