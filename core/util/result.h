// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "message.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace annostraat {

/// A problem a user or a script can meet: what is wrong (a Message: a code and its arguments,
/// put into words when shown), where (the file, and the line or entry where it applies), and
/// whose fault it is. message() words it in the language of the moment; toJson() keeps it
/// for showing later, never as translated prose.
class Error
{
public:
    /// Whose fault the problem is. Data: the file or value itself is wrong, and reading it again
    /// gives the same answer until it changes. Access: something around it failed (the file
    /// could not be opened or read, the disk is full, the share went away); trying again later
    /// may work, so nothing may remember the file as bad.
    enum class Fault { Data, Access };

    Error() = default;
    Error(Message problem, Fault fault = Fault::Data)
        : m_message(problem), m_problem(std::move(problem)), m_fault(fault)
    {}
    /// A problem told by something that is not ours to translate (the operating system,
    /// SQLite, a library), shown as it is.
    static Error plain(const QString &text, Fault fault = Fault::Data)
    {
        return Error(Message::plain(text), fault);
    }

    /// A problem at \a line (1-based; 0: the file as a whole) of \a file: shown as
    /// "<file>:<line>: <problem>", and the parts stay apart for callers that show them in
    /// their own way.
    static Error at(const QString &file, qint64 line, const Message &problem, Fault fault = Fault::Data)
    {
        Error error(problem, fault);
        error.m_message = line > 0 ? Message::pattern(QStringLiteral("%1:%2: %3")).arg(file).arg(line).arg(problem)
                                   : Message::pattern(QStringLiteral("%1: %2")).arg(file, problem);
        error.m_file = file;
        error.m_line = line;
        return error;
    }

    /// The whole problem in the language of the moment, its place in front.
    QString message() const { return m_message.text(); }
    /// The same, as a Message (to keep, or to put into another message).
    const Message &what() const { return m_message; }
    Fault fault() const { return m_fault; }
    bool isAccess() const { return m_fault == Fault::Access; }
    /// Where the problem is, when the error was made with at(); empty and 0 otherwise.
    const QString &file() const { return m_file; }
    qint64 line() const { return m_line; }
    /// The problem without its place, in the language of the moment.
    QString problem() const { return m_problem.text(); }
    /// The code of the problem ("context/English source"); empty for a plain text.
    QString code() const { return m_problem.code(); }
    /// The same error with "context: " in front, e.g. the file it came from.
    Error prefixed(const QString &context) const { return prefixed(Message::plain(context)); }
    Error prefixed(const Message &context) const
    {
        Error error = *this;
        error.m_message = Message::pattern(QStringLiteral("%1: %2")).arg(context, m_message);
        return error;
    }

    /// For storing: {"message": …, "problem": …, "file": …, "line": …, "fault": "data"|"access"}.
    QJsonObject toJson() const
    {
        QJsonObject json{{QStringLiteral("message"), m_message.toJson()},
                         {QStringLiteral("problem"), m_problem.toJson()},
                         {QStringLiteral("fault"), m_fault == Fault::Access ? QStringLiteral("access")
                                                                            : QStringLiteral("data")}};
        if (!m_file.isEmpty()) {
            json.insert(QStringLiteral("file"), m_file);
            json.insert(QStringLiteral("line"), m_line);
        }
        return json;
    }
    static Error fromJson(const QJsonObject &json)
    {
        Error error(Message::fromJson(json.value(QStringLiteral("problem")).toObject()),
                    json.value(QStringLiteral("fault")).toString() == QStringLiteral("access") ? Fault::Access
                                                                                           : Fault::Data);
        error.m_message = Message::fromJson(json.value(QStringLiteral("message")).toObject());
        error.m_file = json.value(QStringLiteral("file")).toString();
        error.m_line = json.value(QStringLiteral("line")).toInteger();
        return error;
    }

private:
    Message m_message; ///< the problem with its place and context in front
    Message m_problem;
    Fault m_fault = Fault::Data;
    QString m_file;
    qint64 m_line = 0;
};

/// A value or an Error (std::expected is C++23; this is the small part of it we need).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace annostraat
