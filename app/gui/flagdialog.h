// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks why an item is flagged: the task's own reasons (the schema's "flagReasons", in the team
// lead's words) or, when the task names none, a calm general set; or free text. Opens only
// when the person asks for it (Ctrl+F); Enter flags, Esc goes back without a change.

#include <QDialog>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace annostraat {

class FlagDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a taskReasons: the task's own reasons; empty: generalReasons().
    explicit FlagDialog(const QStringList &taskReasons, QWidget *parent = nullptr);

    /// The reason as chosen or typed (empty when "other" is chosen without text).
    QString reason() const;
    /// The reasons offered when a task names none, in the current language: about the item,
    /// never about the person.
    static QStringList generalReasons();
    /// The reasons this dialog offers, in order.
    QStringList presetReasons() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QStringList m_taskReasons;
    QLabel *m_intro = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_presets;
    QRadioButton *m_other = nullptr;
    QLineEdit *m_otherText = nullptr;
    QPushButton *m_flag = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace annostraat
