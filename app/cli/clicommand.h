// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Inside the CLI (not installed, not for tests): the command registry and what the command
// groups share. Every command is a CliCommand, registered by its group's file
// (cliprofiles.cpp, clitasks.cpp, cliannotations.cpp, clishare.cpp, cliformats.cpp,
// clivideo.cpp, cliquality.cpp, clireview.cpp); cli.cpp
// parses the command line, finds the command and prints the help from these descriptions.

#include "cli.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace annostraat {

class Store;
struct Producer;

inline const QString kCliProgram = QStringLiteral("annostraat-cli");

/// One command: its words, what it takes, its help text and the Cli member that runs it.
struct CliCommand
{
    QStringList words;
    QStringList arguments; ///< names of the positional arguments, all required
    QStringList options;   ///< accepted besides the global ones
    QStringList required;
    const char *synopsis; ///< what follows the command words in the usage line
    const char *summary;
    int (Cli::*run)();

    QString name() const { return words.join(QLatin1Char(' ')); }
    QString usageLine() const;

    /// Every command, in the order the help lists them.
    static const QList<CliCommand> &all();
    /// The command \a positional starts with, and how many words it took.
    static const CliCommand *find(const QStringList &positional);

    // The groups, each defined in its own file.
    static QList<CliCommand> profileCommands();
    static QList<CliCommand> taskCommands();
    static QList<CliCommand> annotationCommands();
    static QList<CliCommand> shareCommands();
    static QList<CliCommand> formatCommands();
    static QList<CliCommand> videoCommands();
    static QList<CliCommand> qualityCommands();
    static QList<CliCommand> reviewCommands();
};

namespace cli {

QString native(const QString &path);
QString megabytes(qint64 bytes);
QJsonObject countsJson(const QMap<QString, int> &counts);
QJsonObject producerJson(const Producer &p);
/// Each profile's name by its id, for listings that name people (read errors: the store's).
QHash<QString, QString> profileNames(const Store &store);

/// Removes a store file this command created, with SQLite's side files, after a failure
/// (a failed command changes nothing, and that includes leaving no new store behind).
void removeNewStore(std::unique_ptr<Store> &store, const QString &path);

/// One line of progress on a terminal, rewritten in place at most ten times a second and
/// wiped when done; silent when the error stream is no terminal (scripts, logs, tests).
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, bool enabled);
    ~ProgressLine() { clear(); }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    void show(const QString &text, bool force = false);
    void bytes(const QString &what, qint64 done, qint64 total);
    void clear();

private:
    static constexpr qsizetype kWidth = 79;
    QTextStream &m_err;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_timer;
};

} // namespace cli
} // namespace annostraat
