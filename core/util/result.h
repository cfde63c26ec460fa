// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace annostraat {

/// A problem a user or a script can meet; the message names the file and the problem.
class Error
{
public:
    /// Whose fault the problem is. Data: the file or value itself is wrong, and reading it again
    /// gives the same answer until it changes. Access: something around it failed (the file
    /// could not be opened or read, the disk is full, the share went away); trying again later
    /// may work, so nothing may remember the file as bad.
    enum class Fault { Data, Access };

    Error() = default;
    explicit Error(QString message, Fault fault = Fault::Data)
        : m_message(std::move(message)), m_fault(fault)
    {}

    /// A problem at \a line (1-based) of \a file: the message reads "<file>:<line>: <problem>",
    /// and the parts stay apart for callers that show them in their own way.
    static Error at(const QString &file, qint64 line, const QString &problem)
    {
        Error error(file + QLatin1Char(':') + QString::number(line) + QStringLiteral(": ") + problem);
        error.m_file = file;
        error.m_line = line;
        error.m_problem = problem;
        return error;
    }

    const QString &message() const { return m_message; }
    Fault fault() const { return m_fault; }
    bool isAccess() const { return m_fault == Fault::Access; }
    /// Where the problem is, when the error was made with at(); empty and 0 otherwise.
    const QString &file() const { return m_file; }
    qint64 line() const { return m_line; }
    /// The message without its location (the whole message when there is none).
    const QString &problem() const { return m_file.isEmpty() ? m_message : m_problem; }
    /// The same error with "context: " in front, e.g. the file it came from.
    Error prefixed(const QString &context) const
    {
        Error error = *this;
        error.m_message = context + QStringLiteral(": ") + m_message;
        return error;
    }

private:
    QString m_message;
    Fault m_fault = Fault::Data;
    QString m_file;
    qint64 m_line = 0;
    QString m_problem;
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
