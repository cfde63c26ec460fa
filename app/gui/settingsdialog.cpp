// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "translationloader.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace annostraat {

SettingsDialog::SettingsDialog(const Preferences &preferences, QWidget *parent)
    : QDialog(parent)
    , m_preferences(preferences)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
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

    m_language->setCurrentIndex(qMax(0, m_language->findData(preferences.language)));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(Theme::toId(preferences.theme))));
    m_size->setValue(preferences.pointSize);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("settingsClose"));
    m_close->setDefault(true);
    buttons->addWidget(m_close);
    layout->addSpacing(8);
    layout->addLayout(buttons);

    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::readControls);
    connect(m_theme, &QComboBox::currentIndexChanged, this, &SettingsDialog::readControls);
    connect(m_size, &QSpinBox::valueChanged, this, &SettingsDialog::readControls);
    retranslate();
    m_language->setFocus();
}

void SettingsDialog::readControls()
{
    Preferences p = m_preferences;
    p.language = m_language->currentData().toString();
    p.theme = Theme::kindFromId(m_theme->currentData().toString());
    p.pointSize = m_size->value();
    if (p == m_preferences)
        return;
    m_preferences = p;
    Q_EMIT preferencesChanged(m_preferences);
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
    m_intro->setText(tr("Changes take effect at once and are kept for your profile."));
    m_languageLabel->setText(tr("&Language"));
    m_themeLabel->setText(tr("&Theme"));
    m_sizeLabel->setText(tr("Text &size"));
    {
        const QSignalBlocker block(m_theme);
        m_theme->setItemText(0, tr("Normal"));
        m_theme->setItemText(1, tr("High contrast"));
    }
    m_size->setSuffix(tr(" pt"));
    m_close->setText(tr("Close"));
    m_close->setToolTip(tr("Close the settings (Enter or Esc)"));
}

} // namespace annostraat
