// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Chooses the label new annotations get: one button per label the image tools can draw
// (box, polygon, crack), with colour swatch, name and hotkey. The current label is shown
// by a check mark, a bold name and a thick frame, never by colour alone.
//
// Each label is a checkable QAction with the schema's hotkey as its shortcut; the main
// window adds labelActions() to itself (and to its shortcut sheet) so the keys work
// wherever the focus is in the window. The actions are rebuilt when the document's task
// changes (labelActionsChanged). Label hotkeys win over tool shortcuts (ToolManager).

#include <QWidget>

class QAction;
class QActionGroup;
class QVBoxLayout;

namespace annostraat {

class ToolContext;

class LabelPicker : public QWidget
{
    Q_OBJECT

public:
    explicit LabelPicker(ToolContext *context, QWidget *parent = nullptr);

    /// One checkable action per drawable label, shortcut = the schema's hotkey.
    QList<QAction *> labelActions() const { return m_actions; }

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    /// The actions were rebuilt (another task's schema); re-add them to the window.
    void labelActionsChanged();

private:
    void rebuild();
    void showCurrent(const QString &label);

    ToolContext *m_context;
    QVBoxLayout *m_layout;
    QActionGroup *m_group = nullptr;
    QList<QAction *> m_actions;
    QList<QWidget *> m_buttons;
    QString m_schemaKey; ///< labels the actions were built for; skip needless rebuilds
};

} // namespace annostraat
