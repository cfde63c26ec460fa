// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Language, theme and text size. Every change applies and is kept at once (there is no
// "OK" to forget); "Close" only closes.

#include "preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;

namespace annostraat {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(const Preferences &preferences, QWidget *parent = nullptr);

    const Preferences &preferences() const { return m_preferences; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *sizeBox() const { return m_size; }

Q_SIGNALS:
    void preferencesChanged(const annostraat::Preferences &preferences);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void readControls();

    Preferences m_preferences;
    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QSpinBox *m_size = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace annostraat
