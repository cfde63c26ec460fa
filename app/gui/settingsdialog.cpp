// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "synccontroller.h"
#include "translationloader.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QScreen>
#include <QScrollArea>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace annostraat {

SettingsDialog::SettingsDialog(const Preferences &preferences, const SyncSettings &sync,
                               QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("settingsDialog"));
    // The sections scroll inside the dialog when they do not fit the screen (the largest
    // text size on a 1280 × 800 screen); the Close button stays in view.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 20);
    m_scroll = new QScrollArea(this);
    // No stop of its own: what is inside takes the keyboard, and the area scrolls to it.
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->setObjectName(QStringLiteral("settingsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_content = new QWidget(m_scroll);
    m_scroll->setWidget(m_content);
    outer->addWidget(m_scroll, 1);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(24, 20, 24, 8);
    layout->setSpacing(14);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setHorizontalSpacing(16);
    form->setVerticalSpacing(12);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    const QStringList languages = TranslationLoader::languages();
    for (const QString &code : languages)
        m_language->addItem(TranslationLoader::nativeName(code), code);
    m_theme = new QComboBox(this);
    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->addItem(QString(), Theme::toId(Theme::Kind::Normal));
    m_theme->addItem(QString(), Theme::toId(Theme::Kind::HighContrast));
    m_size = new QSpinBox(this);
    m_size->setObjectName(QStringLiteral("settingsFontSize"));
    m_size->setRange(Theme::kMinPointSize, Theme::kMaxPointSize);
    m_languageLabel = new QLabel(this);
    m_languageLabel->setBuddy(m_language);
    m_themeLabel = new QLabel(this);
    m_themeLabel->setBuddy(m_theme);
    m_sizeLabel = new QLabel(this);
    m_sizeLabel->setBuddy(m_size);
    form->addRow(m_languageLabel, m_language);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_sizeLabel, m_size);
    layout->addLayout(form);

    // --- the PC's shared folder ------------------------------------------------------------
    m_shareGroup = new QGroupBox(this);
    m_shareGroup->setObjectName(QStringLiteral("settingsShareGroup"));
    auto *share = new QVBoxLayout(m_shareGroup);
    share->setSpacing(10);
    m_shareIntro = new QLabel(m_shareGroup);
    m_shareIntro->setWordWrap(true);
    m_shareIntro->setProperty("role", QStringLiteral("muted"));
    m_shareLabel = new QLabel(m_shareGroup);
    m_shareFolder = new QLineEdit(m_shareGroup);
    m_shareFolder->setObjectName(QStringLiteral("settingsShareFolder"));
    m_shareFolder->setClearButtonEnabled(false);
    m_shareFolder->setMinimumWidth(m_shareFolder->fontMetrics().averageCharWidth() * 36);
    m_shareLabel->setBuddy(m_shareFolder);
    m_browse = new QPushButton(m_shareGroup);
    m_browse->setObjectName(QStringLiteral("settingsShareBrowse"));
    m_browse->setAutoDefault(false);
    m_offline = new QPushButton(m_shareGroup);
    m_offline->setObjectName(QStringLiteral("settingsShareNone"));
    m_offline->setAutoDefault(false);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_shareFolder, 1);
    folderRow->addWidget(m_browse);
    auto *noneRow = new QHBoxLayout;
    noneRow->addWidget(m_offline);
    noneRow->addStretch(1);
    m_shareStatus = new QLabel(m_shareGroup);
    m_shareStatus->setObjectName(QStringLiteral("settingsShareStatus"));
    m_shareStatus->setWordWrap(true);
    m_shareStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Two lines kept free, so the answer of the reachability check does not make it jump.
    m_shareStatus->setMinimumHeight(m_shareStatus->fontMetrics().lineSpacing() * 2 + 4);
    m_interval = new QSpinBox(m_shareGroup);
    m_interval->setObjectName(QStringLiteral("settingsSyncInterval"));
    m_interval->setRange(0, SyncSettings::kMaxIntervalMinutes);
    m_intervalLabel = new QLabel(m_shareGroup);
    m_intervalLabel->setBuddy(m_interval);
    auto *intervalRow = new QHBoxLayout;
    intervalRow->addWidget(m_intervalLabel);
    intervalRow->addWidget(m_interval);
    intervalRow->addStretch(1);
    share->addWidget(m_shareIntro);
    share->addWidget(m_shareLabel);
    share->addLayout(folderRow);
    share->addLayout(noneRow);
    share->addWidget(m_shareStatus);
    share->addSpacing(4);
    share->addLayout(intervalRow);
    layout->addWidget(m_shareGroup);

    // --- the person's breaks (off until they ask for them) ---------------------------------
    m_breakGroup = new QGroupBox(this);
    m_breakGroup->setObjectName(QStringLiteral("settingsBreaks"));
    m_breakGroup->setCheckable(true);
    auto *breaks = new QFormLayout(m_breakGroup);
    breaks->setHorizontalSpacing(16);
    m_breakEvery = new QSpinBox(m_breakGroup);
    m_breakEvery->setObjectName(QStringLiteral("settingsBreakEvery"));
    m_breakEvery->setRange(Preferences::kMinBreakEvery, Preferences::kMaxBreakEvery);
    m_breakEvery->setSingleStep(5);
    m_breakLength = new QSpinBox(m_breakGroup);
    m_breakLength->setObjectName(QStringLiteral("settingsBreakLength"));
    m_breakLength->setRange(Preferences::kMinBreakLength, Preferences::kMaxBreakLength);
    m_breakEveryLabel = new QLabel(m_breakGroup);
    m_breakEveryLabel->setBuddy(m_breakEvery);
    m_breakLengthLabel = new QLabel(m_breakGroup);
    m_breakLengthLabel->setBuddy(m_breakLength);
    breaks->addRow(m_breakEveryLabel, m_breakEvery);
    breaks->addRow(m_breakLengthLabel, m_breakLength);
    layout->addWidget(m_breakGroup);
    layout->addStretch(1);

    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Theme::toId(preferences.theme))));
    m_size->setValue(preferences.pointSize);
    m_shareFolder->setText(QDir::toNativeSeparators(sync.shareFolder));
    m_interval->setValue(sync.intervalMinutes);
    m_breakGroup->setChecked(preferences.breakEveryMinutes > 0);
    m_breakEvery->setValue(preferences.breakEveryMinutes > 0 ? preferences.breakEveryMinutes
                                                             : Preferences::kDefaultBreakEvery);
    m_breakLength->setValue(preferences.breakLengthMinutes);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("settingsClose"));
    m_close->setDefault(true);
    buttons->addWidget(m_close);
    buttons->setContentsMargins(24, 8, 24, 0);
    outer->addLayout(buttons);

    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::readControls);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::readControls);
    connect(m_size, &QSpinBox::valueChanged, this, &SettingsDialog::readControls);
    connect(m_breakGroup, &QGroupBox::toggled, this, &SettingsDialog::readControls);
    connect(m_breakEvery, &QSpinBox::valueChanged, this, &SettingsDialog::readControls);
    connect(m_breakLength, &QSpinBox::valueChanged, this, &SettingsDialog::readControls);
    connect(m_shareFolder, &QLineEdit::editingFinished, this, &SettingsDialog::readSyncControls);
    connect(m_interval, &QSpinBox::valueChanged, this, &SettingsDialog::readSyncControls);
    connect(m_browse, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_offline, &QPushButton::clicked, this, [this] {
        m_shareFolder->clear();
        readSyncControls();
    });
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    retranslate();
    checkShare();
    m_language->setFocus();
}

void SettingsDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitHeight();
}

void SettingsDialog::fitHeight()
{
    // Word-wrapped labels and style-sheet fonts settle only once the dialog is polished and
    // shown; look again after the layout has caught up.
    QTimer::singleShot(0, this, [this] {
        if (!layout())
            return;
        m_content->layout()->activate();
        const int chrome = height() - m_scroll->viewport()->height();
        const int needed = m_content->layout()->totalHeightForWidth(m_scroll->viewport()->width()) + chrome;
        // Never taller than the screen: the rest scrolls.
        const QScreen *screen = this->screen();
        const int room = screen ? screen->availableGeometry().height() - 40 : needed;
        const int wanted = qMin(needed, room);
        if (wanted > height())
            resize(width(), wanted);
    });
}

void SettingsDialog::readControls()
{
    Preferences p = m_preferences;
    p.language = m_language->currentData().toString();
    p.theme = Theme::kindFromId(m_theme->currentData().toString());
    p.pointSize = m_size->value();
    p.breakEveryMinutes = m_breakGroup->isChecked() ? m_breakEvery->value() : 0;
    p.breakLengthMinutes = m_breakLength->value();
    if (p == m_preferences)
        return;
    m_preferences = p;
    Q_EMIT preferencesChanged(m_preferences);
}

void SettingsDialog::readSyncControls()
{
    SyncSettings s = m_sync;
    s.shareFolder = QDir::fromNativeSeparators(m_shareFolder->text().trimmed());
    s.intervalMinutes = m_interval->value();
    if (s == m_sync)
        return;
    const bool folderChanged = s.shareFolder != m_sync.shareFolder;
    m_sync = s;
    if (folderChanged)
        checkShare();
    Q_EMIT syncSettingsChanged(m_sync);
}

void SettingsDialog::browse()
{
    const QString start = m_sync.shareFolder.isEmpty() ? QDir::homePath() : m_sync.shareFolder;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Choose the shared folder"),
                                                             start, QFileDialog::ShowDirsOnly);
    if (folder.isEmpty())
        return; // cancelled: nothing changes
    m_shareFolder->setText(QDir::toNativeSeparators(folder));
    readSyncControls();
}

void SettingsDialog::checkShare()
{
    const int serial = ++m_checkSerial;
    m_checking = !m_sync.shareFolder.isEmpty();
    m_checkedFolder = m_sync.shareFolder;
    showShareStatus();
    if (!m_checking)
        return;
    SyncController::checkReachable(m_sync.shareFolder, this, [this, serial](bool reachable) {
        if (serial != m_checkSerial)
            return; // an older folder's answer
        m_checking = false;
        m_reachable = reachable;
        showShareStatus();
    });
}

void SettingsDialog::showShareStatus()
{
    if (m_sync.shareFolder.isEmpty())
        m_shareStatus->setText(tr("No shared folder: this PC works offline. Everything works, "
                                  "except exchanging tasks and work with the others."));
    else if (m_checking)
        m_shareStatus->setText(tr("Looking whether the folder can be reached…"));
    else if (m_reachable)
        m_shareStatus->setText(tr("\u2713 The folder can be reached: this PC syncs with it."));
    else
        m_shareStatus->setText(tr("The folder cannot be reached right now. That is fine: work is "
                                  "kept on this PC and goes along once the folder is back."));
    if (isVisible())
        fitHeight();
}

void SettingsDialog::done(int result)
{
    // A folder typed but not yet confirmed counts, however the dialog is closed.
    readSyncControls();
    QDialog::done(result);
}

void SettingsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslate()
{
    setWindowTitle(tr("Settings"));
    m_intro->setText(tr("Changes take effect at once. Language, theme, text size and breaks are "
                        "kept for your profile; the shared folder is kept for this PC."));
    m_languageLabel->setText(tr("&Language"));
    m_themeLabel->setText(tr("&Theme"));
    m_sizeLabel->setText(tr("Text &size"));
    {
        const QSignalBlocker block(m_theme);
        m_theme->setItemText(0, tr("Normal"));
        m_theme->setItemText(1, tr("High contrast"));
    }
    m_size->setSuffix(tr(" pt"));
    m_shareGroup->setTitle(tr("Syncing (for everyone on this PC)"));
    m_shareIntro->setText(tr("Tasks and finished work are exchanged through a shared folder on "
                             "the lab's network. Without one, this PC simply works offline."));
    m_shareLabel->setText(tr("Shared &folder"));
    m_shareFolder->setPlaceholderText(tr("None: work offline"));
    m_shareFolder->setToolTip(tr("Type the folder's path, or choose it with Browse"));
    m_browse->setText(tr("&Browse…"));
    m_browse->setToolTip(tr("Choose the shared folder"));
    m_offline->setText(tr("&None (work offline)"));
    m_offline->setToolTip(tr("Stop syncing on this PC; all work stays here"));
    m_intervalLabel->setText(tr("How &often"));
    m_interval->setPrefix(tr("every "));
    m_interval->setSuffix(tr(" min"));
    m_interval->setSpecialValueText(tr("only at start and on request"));
    m_interval->setToolTip(tr("0: only when Annostraat starts and when you ask for it"));
    m_breakGroup->setTitle(tr("&Remind me to take a break"));
    m_breakGroup->setToolTip(tr("A quiet notice after a stretch of work; never a window that "
                                "interrupts you. Off unless you turn it on."));
    m_breakEveryLabel->setText(tr("After &working"));
    m_breakEvery->setSuffix(tr(" min"));
    m_breakLengthLabel->setText(tr("Brea&k length"));
    m_breakLength->setSuffix(tr(" min"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the settings (Enter or Esc)"));
    showShareStatus();
}

} // namespace annostraat
