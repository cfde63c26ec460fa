// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The user-interface languages (Qt Linguist .qm files embedded under ":/i18n/") and the one
// translator object a program installs. Linked by the GUI and by core-only programs such as
// the CLI, so this library needs nothing but QtCore.

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace annostraat {

class TranslationLoader
{
public:
    TranslationLoader();
    ~TranslationLoader();
    TranslationLoader(const TranslationLoader &) = delete;
    TranslationLoader &operator=(const TranslationLoader &) = delete;

    /// Language codes we ship, Dutch first: {"nl", "en"}.
    static QStringList languages();
    /// "nl" on a Dutch system, "en" otherwise.
    static QString systemLanguage();
    /// The language's own name ("Nederlands", "English"), never translated.
    static QString nativeName(const QString &code);
    /// The embedded catalogue of a language, e.g. ":/i18n/annostraat_nl.qm".
    static QString resourcePath(const QString &code);

    /// Installs the catalogue of \a code into the application (replacing the previous one);
    /// Qt then sends QEvent::LanguageChange to every widget. Unknown codes fall back to
    /// English. Returns the language now in use.
    QString setLanguage(const QString &code);
    const QString &language() const { return m_language; }

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_language;
};

} // namespace annostraat
