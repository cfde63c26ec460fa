// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <concepts>
#include <vector>

namespace annostraat {

/// A text for a person, kept as its code (the catalogue context and the English source text,
/// as Qt Linguist keys it) and its arguments, and put into the user's language only when it is
/// shown: text(). So an error made before the language was chosen, or stored and read back
/// next week, is shown in the language of the moment, and nothing has to parse translated
/// prose. Arguments are texts that are not ours to translate (a path, a label, a number) or
/// messages themselves (translated when the whole is shown).
///
/// Translatable messages come from `msg()`, declared next to `tr()` by
/// ANNOSTRAAT_DECLARE_MESSAGES; lupdate reads `msg("…")` as `tr("…")`
/// (`-tr-function-alias tr+=msg`).
class Message
{
public:
    Message() = default;
    /// A catalogue text: translated with QCoreApplication::translate(context, source,
    /// disambiguation, n) when shown.
    Message(const char *context, const char *source, const char *disambiguation = nullptr, int n = -1);

    /// A text shown as it is (a path, an answer from the operating system, a value from a file).
    static Message plain(const QString &text);
    /// A pattern with %1, %2… that is not translated (punctuation such as "%1: %2").
    static Message pattern(const QString &pattern);

    /// The next argument: it fills the lowest-numbered %N not filled yet, as QString::arg does.
    /// All are filled in one pass when shown, so a path with "%1" in it stays as it is.
    Message arg(const QString &value) const;
    Message arg(const char *value) const { return arg(QString::fromUtf8(value)); }
    Message arg(QLatin1StringView value) const { return arg(QString(value)); }
    Message arg(const Message &value) const;
    template<std::integral T>
    Message arg(T value) const
    {
        if constexpr (std::same_as<T, bool>)
            return arg(QString(value ? QStringLiteral("true") : QStringLiteral("false")));
        else if constexpr (std::same_as<T, char>)
            return arg(QString(QChar::fromLatin1(value)));
        else
            return arg(QString::number(value));
    }
    Message arg(double value, char format = 'g', int precision = -1) const
    {
        return arg(QString::number(value, format, precision));
    }
    /// arg(a, b, c…): one argument after the other.
    template<typename... A>
        requires(sizeof...(A) >= 2 &&
                 ((std::convertible_to<A, QString> || std::same_as<std::decay_t<A>, Message>) && ...))
    Message arg(const A &...values) const
    {
        Message message = *this;
        ((message = message.arg(values)), ...);
        return message;
    }

    bool isEmpty() const { return m_source.isEmpty(); }
    bool isTranslatable() const { return !m_context.isEmpty(); }

    /// The text in the language of the installed translators (English when there is none).
    QString text() const;
    /// The text with the English source, whatever the language.
    QString english() const;

    /// The catalogue key ("context/source"); empty for plain texts and patterns.
    QString code() const;
    const QString &context() const { return m_context; }
    const QString &source() const { return m_source; }
    const std::vector<Message> &arguments() const { return m_args; }

    /// For storing: {"c": context, "s": source, "d": disambiguation, "n": n, "a": [args]}.
    QJsonObject toJson() const;
    /// Reads toJson(); anything else gives an empty message.
    static Message fromJson(const QJsonObject &json);

    friend bool operator==(const Message &, const Message &) = default;

private:
    QString render(bool translate) const;

    QString m_context;        ///< empty: not translated
    QString m_source;
    QString m_disambiguation;
    int m_n = -1;
    std::vector<Message> m_args;
};

/// The texts of \a messages in the language of the moment, one each.
QStringList texts(const QList<Message> &messages);

} // namespace annostraat

/// Next to Q_DECLARE_TR_FUNCTIONS(context): declares msg(), which makes a Message of the same
/// catalogue context (translated when shown) where tr() makes a QString (translated now).
#define ANNOSTRAAT_DECLARE_MESSAGES(context)                                                      \
public:                                                                                           \
    static ::annostraat::Message msg(const char *source, const char *disambiguation = nullptr,    \
                                     int n = -1)                                                  \
    {                                                                                             \
        return ::annostraat::Message(#context, source, disambiguation, n);                        \
    }                                                                                             \
                                                                                                  \
private:
