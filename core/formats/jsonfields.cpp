// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfields.h"

#include "store/op.h"

#include <QCoreApplication>

#include <cmath>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

} // namespace

QString shownInMessage(const QString &text)
{
    return text.size() > 80 ? text.left(79) + QStringLiteral("…") : text;
}

JsonFields::JsonFields(const QJsonObject &object, const QStringList &known)
    : m_object(object)
    , m_known(known.begin(), known.end())
{}

QString JsonFields::text(const char *name, bool required)
{
    const QJsonValue v = take(name, required);
    if (v.isUndefined())
        return {};
    if (!v.isString()) {
        fail(Tr::msg("\"%1\" must be text").arg(QLatin1String(name)));
        return {};
    }
    return v.toString();
}

QString JsonFields::id(const char *name)
{
    const QString value = text(name);
    if (!failed() && !isValidId(value))
        fail(Tr::msg("\"%1\" is not a valid id (1 to 64 letters, digits, '-' or '_'): \"%2\"")
                     .arg(QLatin1String(name), shownInMessage(value)));
    return value;
}

qint64 JsonFields::integer(const char *name, qint64 min, qint64 max, bool required)
{
    const QJsonValue v = take(name, required);
    if (v.isUndefined())
        return std::max<qint64>(min, 0);
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || d < double(min) || d > double(max)) {
        fail(Tr::msg("\"%1\" must be a whole number from %2 to %3")
                     .arg(QLatin1String(name))
                     .arg(min)
                     .arg(max));
        return std::max<qint64>(min, 0);
    }
    return qint64(d);
}

QJsonObject JsonFields::object(const char *name, bool required)
{
    const QJsonValue v = take(name, required);
    if (!v.isUndefined() && !v.isObject())
        fail(Tr::msg("\"%1\" must be a JSON object ({…})").arg(QLatin1String(name)));
    return v.toObject();
}

QJsonArray JsonFields::array(const char *name, bool required)
{
    const QJsonValue v = take(name, required);
    if (!v.isUndefined() && !v.isArray())
        fail(Tr::msg("\"%1\" must be a JSON array ([…])").arg(QLatin1String(name)));
    return v.toArray();
}

bool JsonFields::boolean(const char *name, bool required)
{
    const QJsonValue v = take(name, required);
    if (!v.isUndefined() && !v.isBool())
        fail(Tr::msg("\"%1\" must be true or false").arg(QLatin1String(name)));
    return v.toBool();
}

void JsonFields::fail(const Message &problem)
{
    if (!m_problem)
        m_problem = problem;
}

std::optional<Message> JsonFields::finish() const
{
    if (m_problem)
        return m_problem;
    for (auto it = m_object.begin(); it != m_object.end(); ++it)
        if (!m_known.contains(it.key()))
            return Tr::msg("unknown field \"%1\"").arg(shownInMessage(it.key()));
    return std::nullopt;
}

QJsonValue JsonFields::take(const char *name, bool required)
{
    const QString key = QLatin1String(name);
    m_known.insert(key);
    if (m_problem)
        return QJsonValue(QJsonValue::Undefined);
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() && required)
        fail(Tr::msg("\"%1\" is missing").arg(key));
    return v;
}

Message JsonFields::unknownValue(const char *name, const QString &value, const QString &known)
{
    return Tr::msg("\"%1\" has the unknown value \"%2\"; known values: %3")
            .arg(QLatin1String(name), shownInMessage(value), known);
}

} // namespace annostraat
