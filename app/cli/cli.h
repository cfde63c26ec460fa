// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// annostraat-cli: the headless front end for team leads and scripts. The whole command
// implementation lives in this library without widgets, so tests run it in-process as well
// as through the real executable (main.cpp only sets up the application object). Each
// command group has its own file and registers its commands (clicommand.h).
//
// Contract for scripts: exit 0 on success; 1 when the work failed (bad file, bad store,
// validation); 2 when the command line is wrong. A failure prints exactly one line,
// "annostraat-cli: <message>", on the error stream and changes nothing.

#include "model/entities.h"
#include "util/result.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace annostraat {

class Store;
struct CliCommand;

enum CliExit { CliOk = 0, CliFailed = 1, CliUsage = 2 };

/// Runs one command line; \a args are the arguments after the program name.
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

class Cli
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Cli)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Cli)

public:
    Cli(QTextStream &out, QTextStream &err);
    ~Cli();
    Cli(const Cli &) = delete;
    Cli &operator=(const Cli &) = delete;

    /// \a args are the arguments after the program name; returns the exit code.
    int run(const QStringList &args);

private:
    int fail(const QString &message);
    int usageError(const QString &message);
    int printHelp(const QStringList &topic);
    int printVersion();

    QString option(const char *name) const;
    bool isSet(const char *name) const;
    /// A whole number >= 1 from option \a name (or \a fallback when absent).
    std::optional<int> positiveOption(const char *name, int fallback, QString *problem) const;

    /// Opens the store; a missing store file is created only when \a mayCreate.
    Result<std::unique_ptr<Store>> openStore(bool mayCreate) const;
    /// A task by id, or by name when exactly one task has it.
    Result<Task> findTask(const Store &store, const QString &idOrName) const;

    /// Who acts in openTask(): nobody asked, actingProfile(), or actingProfile() of a team lead.
    enum class Acting { Nobody, Anyone, TeamLead };
    struct TaskScope
    {
        std::unique_ptr<Store> store;
        Task task;
        std::optional<Profile> actor; ///< set unless Acting::Nobody
    };
    /// What most commands start with: the existing store, the task \a idOrName in it and,
    /// as \a acting says, who acts; the first of these that fails is the error.
    Result<TaskScope> openTask(const QString &idOrName, Acting acting = Acting::Nobody) const;
    Error inStore(const Error &error) const;
    void printJson(const QJsonObject &object);
    void printTable(const QStringList &header, const QList<QStringList> &rows);

    // Profiles (cliprofiles.cpp).
    int profileAdd();
    int profileList();
    // Tasks (clitasks.cpp).
    int taskCreate();
    int taskList();
    int taskAssign();
    int taskReassign();
    int taskPublish();
    // Items, annotations and statistics (cliannotations.cpp).
    int itemList();
    int annotationAdd();
    int annotationList();
    int stats();

    // Packages and the shared folder (clishare.cpp).
    int packageExport();
    int packageImport();
    int packageValidate();
    int syncShare();

    // Export to and import from other formats (cliformats.cpp).
    int formatsList();
    int formatExport();
    int formatImport();

    // Video files: probe and exact frames (clivideo.cpp).
    int videoProbe();
    int videoFrame();

    // Agreement between people, gold items and scores against them (cliquality.cpp).
    int agreement();
    int goldMark();
    int goldUnmark();
    int setGold(bool gold);
    int quality();

    // The review queue and verdicts (clireview.cpp).
    int reviewList();
    int reviewAccept();
    int reviewReject();
    int reviewFix();
    int giveVerdict(Verdict verdict);

    /// Who acts: --as PROFILE; else the store's only team lead; else, unless \a teamLeadOnly,
    /// the first profile that works on this PC. With \a teamLeadOnly the profile must be a
    /// team lead.
    Result<Profile> actingProfile(const Store &store, bool teamLeadOnly) const;
    /// --media, or the folder "media" beside the store.
    QString mediaDir() const;
    /// Whether the error stream is a terminal (progress lines are shown only then).
    bool errIsTerminal() const;

    friend struct CliCommand;
    QTextStream &m_out;
    QTextStream &m_err;
    QCommandLineParser m_parser;
    QStringList m_arguments; ///< positional arguments after the command words
    QString m_storePath;
    bool m_json = false;
};

} // namespace annostraat
