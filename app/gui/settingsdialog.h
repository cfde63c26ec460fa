// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Language, theme, text size and break reminder (the person's), and the shared folder and
// sync interval (the PC's). Every change applies and is kept at once (there is no "OK" to forget); "Close"
// only closes. A typed folder counts once the field is left, Enter is pressed or the dialog
// closes.

#include "preferences.h"
#include "syncsettings.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace annostraat {

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const Preferences &preferences, const SyncSettings &sync,
                   QWidget *parent = nullptr);

    const Preferences &preferences() const { return m_preferences; }
    const SyncSettings &syncSettings() const { return m_sync; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *themeBox() const { return m_theme; }
    QSpinBox *sizeBox() const { return m_size; }
    QLineEdit *shareFolderEdit() const { return m_shareFolder; }
    QPushButton *browseButton() const { return m_browse; }
    QPushButton *offlineButton() const { return m_offline; }
    QSpinBox *intervalBox() const { return m_interval; }
    QGroupBox *breakGroup() const { return m_breakGroup; }
    QSpinBox *breakEveryBox() const { return m_breakEvery; }
    QSpinBox *breakLengthBox() const { return m_breakLength; }
    /// Says whether the shared folder can be reached right now.
    QLabel *shareStatusLabel() const { return m_shareStatus; }
    /// True once the last reachability check has answered.
    bool shareChecked() const { return m_checkedFolder == m_sync.shareFolder && !m_checking; }

    void done(int result) override;

Q_SIGNALS:
    void preferencesChanged(const annostraat::Preferences &preferences);
    void syncSettingsChanged(const annostraat::SyncSettings &sync);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Grows the dialog when its wrapped texts need more height than it has (never shrinks
    /// it under the person's hands).
    void fitHeight();
    void retranslate();
    void readControls();
    void readSyncControls();
    void browse();
    void checkShare();
    void showShareStatus();

    Preferences m_preferences;
    SyncSettings m_sync;
    QString m_checkedFolder;
    bool m_checking = false;
    bool m_reachable = false;
    int m_checkSerial = 0;

    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QGroupBox *m_breakGroup = nullptr;
    QLabel *m_breakEveryLabel = nullptr;
    QSpinBox *m_breakEvery = nullptr;
    QLabel *m_breakLengthLabel = nullptr;
    QSpinBox *m_breakLength = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_themeLabel = nullptr;
    QComboBox *m_theme = nullptr;
    QLabel *m_sizeLabel = nullptr;
    QSpinBox *m_size = nullptr;
    QGroupBox *m_shareGroup = nullptr;
    QLabel *m_shareIntro = nullptr;
    QLabel *m_shareLabel = nullptr;
    QLineEdit *m_shareFolder = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_offline = nullptr;
    QLabel *m_shareStatus = nullptr;
    QLabel *m_intervalLabel = nullptr;
    QSpinBox *m_interval = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace annostraat
