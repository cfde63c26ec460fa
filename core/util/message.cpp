// SPDX-License-Identifier: GPL-3.0-or-later
#include "message.h"

#include <QJsonArray>

#include <algorithm>

namespace annostraat {

namespace {

/// The number of the placeholder "%N" (1–99) that starts at \a i, and its length; 0 if none.
int placeholderAt(const QString &text, qsizetype i, qsizetype *length)
{
    if (text.at(i) != QLatin1Char('%') || i + 1 >= text.size() || !text.at(i + 1).isDigit())
        return 0;
    int number = text.at(i + 1).digitValue();
    *length = 2;
    if (i + 2 < text.size() && text.at(i + 2).isDigit()) {
        number = number * 10 + text.at(i + 2).digitValue();
        *length = 3;
    }
    return number;
}

/// Fills the placeholders of \a text in one pass: the lowest-numbered with the first argument,
/// the next with the second, as QString::arg(a, b, …) does. Placeholders without an argument
/// stay as they are.
QString fill(const QString &text, const QStringList &args)
{
    if (args.isEmpty())
        return text;
    QList<int> numbers;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = 0;
        if (const int number = placeholderAt(text, i, &length); number > 0 && !numbers.contains(number))
            numbers << number;
    }
    std::sort(numbers.begin(), numbers.end());
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        qsizetype length = 0;
        const int number = placeholderAt(text, i, &length);
        const qsizetype index = number > 0 ? numbers.indexOf(number) : -1;
        if (index >= 0 && index < args.size()) {
            out += args.at(index);
            i += length;
        } else {
            out += text.at(i);
            ++i;
        }
    }
    return out;
}

} // namespace

Message::Message(const char *context, const char *source, const char *disambiguation, int n)
    : m_context(QString::fromUtf8(context)),
      m_source(QString::fromUtf8(source)),
      m_disambiguation(disambiguation ? QString::fromUtf8(disambiguation) : QString()),
      m_n(n)
{}

Message Message::plain(const QString &text)
{
    Message message;
    message.m_source = text;
    message.m_n = -2; // marks a plain text: no placeholders filled, shown verbatim
    return message;
}

Message Message::pattern(const QString &pattern)
{
    Message message;
    message.m_source = pattern;
    return message;
}

Message Message::arg(const QString &value) const
{
    return arg(plain(value));
}

Message Message::arg(const Message &value) const
{
    Message copy = *this;
    copy.m_args.push_back(value);
    return copy;
}

QString Message::render(bool translate) const
{
    if (m_n == -2)
        return m_source;
    QString base;
    if (translate && !m_context.isEmpty()) {
        const QByteArray context = m_context.toUtf8();
        const QByteArray source = m_source.toUtf8();
        const QByteArray disambiguation = m_disambiguation.toUtf8();
        base = QCoreApplication::translate(context.constData(), source.constData(),
                                           m_disambiguation.isNull() ? nullptr : disambiguation.constData(),
                                           m_n);
    } else {
        base = m_source;
        if (m_n >= 0)
            base.replace(QStringLiteral("%n"), QString::number(m_n));
    }
    QStringList args;
    args.reserve(qsizetype(m_args.size()));
    for (const Message &a : m_args)
        args << a.render(translate);
    return fill(base, args);
}

QString Message::text() const
{
    return render(true);
}

QString Message::english() const
{
    return render(false);
}

QString Message::code() const
{
    return m_context.isEmpty() ? QString() : m_context + QLatin1Char('/') + m_source;
}

QJsonObject Message::toJson() const
{
    QJsonObject json;
    if (m_n == -2) {
        json.insert(QStringLiteral("p"), m_source);
        return json;
    }
    if (!m_context.isEmpty())
        json.insert(QStringLiteral("c"), m_context);
    json.insert(QStringLiteral("s"), m_source);
    if (!m_disambiguation.isNull())
        json.insert(QStringLiteral("d"), m_disambiguation);
    if (m_n >= 0)
        json.insert(QStringLiteral("n"), m_n);
    if (!m_args.empty()) {
        QJsonArray args;
        for (const Message &a : m_args)
            args.append(a.toJson());
        json.insert(QStringLiteral("a"), args);
    }
    return json;
}

Message Message::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("p")).isString())
        return plain(json.value(QStringLiteral("p")).toString());
    if (!json.value(QStringLiteral("s")).isString())
        return {};
    Message message;
    message.m_context = json.value(QStringLiteral("c")).toString();
    message.m_source = json.value(QStringLiteral("s")).toString();
    if (json.value(QStringLiteral("d")).isString())
        message.m_disambiguation = json.value(QStringLiteral("d")).toString();
    message.m_n = json.value(QStringLiteral("n")).toInt(-1);
    if (message.m_n < -1)
        message.m_n = -1;
    const QJsonArray args = json.value(QStringLiteral("a")).toArray();
    for (const QJsonValue &a : args)
        message.m_args.push_back(fromJson(a.toObject()));
    return message;
}

QStringList texts(const QList<Message> &messages)
{
    QStringList out;
    out.reserve(messages.size());
    for (const Message &m : messages)
        out << m.text();
    return out;
}

} // namespace annostraat
