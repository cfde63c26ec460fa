// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationloader.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace annostraat {

TranslationLoader::TranslationLoader() = default;

TranslationLoader::~TranslationLoader()
{
    if (m_translator && QCoreApplication::instance())
        QCoreApplication::removeTranslator(m_translator.get());
}

QStringList TranslationLoader::languages()
{
    return {QStringLiteral("nl"), QStringLiteral("en")};
}

QString TranslationLoader::systemLanguage()
{
    return QLocale::system().language() == QLocale::Dutch ? QStringLiteral("nl")
                                                          : QStringLiteral("en");
}

QString TranslationLoader::nativeName(const QString &code)
{
    if (code == QLatin1String("nl"))
        return QStringLiteral("Nederlands");
    return QStringLiteral("English");
}

QString TranslationLoader::resourcePath(const QString &code)
{
    return QStringLiteral(":/i18n/annostraat_%1.qm").arg(code);
}

QString TranslationLoader::setLanguage(const QString &code)
{
    const QString language = languages().contains(code) ? code : QStringLiteral("en");
    if (language == m_language && m_translator)
        return m_language;
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    // English is the source language, but its catalogue is loaded too: it holds the plural
    // forms of "%n" texts ("1 change", "2 changes").
    auto translator = std::make_unique<QTranslator>();
    if (translator->load(resourcePath(language))) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    }
    // Installing or removing a translator sends QEvent::LanguageChange to the application.
    m_language = language;
    return m_language;
}

} // namespace annostraat
