// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The label and the attributes of the selected annotation (e.g. the damage rating of a
// buffer), as a small form beside the image: a combo box for the label, then one field per
// attribute of that label in the schema. Every change is one undoable Commands call; the
// form follows the document's change signals, so undo shows at once. Others' annotations
// are shown read-only. Text typed into a text attribute and not yet kept is written to the
// store as a draft (Store::setDraft, key "attribute/<annotation>/<name>") at most
// kDraftDelayMs after the first key, and comes back in its field when the annotation is shown
// again, after a crash too.

#include "document/itemdocument.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QTimer;

namespace annostraat {

class AttributeEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AttributeEditor(QWidget *parent = nullptr);

    void setDocument(ItemDocument *document);
    /// The annotation to show; empty shows a hint.
    void setAnnotation(const QString &annotationId);
    QString annotationId() const { return m_annotationId; }
    /// Puts the keyboard on the first field (the label), for the "edit attributes" shortcut.
    void focusFirstField();
    /// Writes what is typed but not yet confirmed (a text, a number being typed). Called
    /// before another annotation or item is shown, so nothing typed is lost.
    void commitPending();

    /// How long typed text waits at most before it is kept as a draft.
    static constexpr int kDraftDelayMs = 500;

Q_SIGNALS:
    /// A change could not be written; the message says why.
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /// Builds the fields for the annotation's label. Never called from a field's own signal:
    /// that field would be deleted under its feet (see onAnnotationChanged).
    void rebuild();
    /// Shows the stored values in the fields that are there, without emitting edits.
    void refreshValues();
    void onAnnotationChanged(const QString &annotationId);
    void report(const Result<void> &result);
    QString draftKey(const QString &attribute) const;
    void setDraft(const QString &attribute, const QString &text);
    void saveDrafts();
    /// Puts the drafts of the annotation shown back in their fields, as typed.
    void restoreDrafts();

    QPointer<ItemDocument> m_document;
    QString m_annotationId;
    QLabel *m_hint = nullptr;
    QWidget *m_fields = nullptr;
    QFormLayout *m_form = nullptr;
    QComboBox *m_label = nullptr;
    QHash<QString, QWidget *> m_attributeFields;
    QTimer *m_draftTimer = nullptr;
    QString m_shownLabel; ///< the label whose fields are built
    bool m_shownOwn = false;
    bool m_rebuilding = false;
    bool m_rebuildQueued = false;
};

} // namespace annostraat
