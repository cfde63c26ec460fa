// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading one JSON object of an import file field by field, with the checks every JSON-based
// importer needs (text, ids, whole numbers in a range, objects, arrays, one of a set of ids),
// keeping the first problem as a message, and refusing fields the object may not have. The
// importer adds the file and the line.

#include "util/message.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace annostraat {

/// \a text cut to 80 characters, for quoting input in a message.
QString shownInMessage(const QString &text);

class JsonFields
{
public:
    /// \a known: fields the object may have that no reader function below asks for.
    explicit JsonFields(const QJsonObject &object, const QStringList &known = {});

    QString text(const char *name, bool required = true);
    /// Text that is a valid id (isValidId()).
    QString id(const char *name);
    qint64 integer(const char *name, qint64 min, qint64 max, bool required = true);
    QJsonObject object(const char *name, bool required = true);
    QJsonArray array(const char *name, bool required = true);
    /// true or false; a missing optional field is false.
    bool boolean(const char *name, bool required = true);

    /// Text that \a parse turns into a value; \a known lists the accepted ids for the message.
    template<typename E>
    E choice(const char *name, std::optional<E> (*parse)(QStringView), const QString &known)
    {
        const QString value = text(name);
        if (failed())
            return E{};
        const auto parsed = parse(value);
        if (!parsed) {
            fail(unknownValue(name, value, known));
            return E{};
        }
        return *parsed;
    }

    /// Records \a problem unless one was recorded before.
    void fail(const Message &problem);
    bool failed() const { return m_problem.has_value(); }

    /// The first problem, or else a field that no reader function asked for.
    std::optional<Message> finish() const;

private:
    QJsonValue take(const char *name, bool required);
    static Message unknownValue(const char *name, const QString &value, const QString &known);

    QJsonObject m_object;
    QSet<QString> m_known;
    std::optional<Message> m_problem;
};

} // namespace annostraat
