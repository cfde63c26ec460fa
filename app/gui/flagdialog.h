// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Asks why an item is flagged: a few reasons that come up in the lab, or free text. Opens
// only when the person asks for it (Ctrl+F); Enter flags, Esc goes back without a change.

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
    explicit FlagDialog(QWidget *parent = nullptr);

    /// The reason as chosen or typed (empty when "other" is chosen without text).
    QString reason() const;
    /// The preset reasons, in the current language.
    static QStringList presetReasons();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    QLabel *m_intro = nullptr;
    QButtonGroup *m_group = nullptr;
    QList<QRadioButton *> m_presets;
    QRadioButton *m_other = nullptr;
    QLineEdit *m_otherText = nullptr;
    QPushButton *m_flag = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace annostraat
