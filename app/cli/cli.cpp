// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommand.h"

#include "model/entities.h"
#include "store/migrations.h"
#include "store/store.h"
#include "store/taskbuilder.h"
#include "util/appinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace annostraat {

namespace {

struct OptionSpec
{
    const char *name;
    const char *valueName; ///< nullptr for a flag
    const char *description;
    bool global = false;
};

// The union of every command's options. A name means the same thing (and takes a value or
// not) in every command, which is what lets one parser read all command lines; each
// command then says which of them it accepts.
const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs{
            {"store", QT_TRANSLATE_NOOP("annostraat::Cli", "PATH"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "the store file (default: %1)"), true},
            {"json", nullptr,
             QT_TRANSLATE_NOOP("annostraat::Cli", "print one JSON document instead of text"), true},
            {"help", nullptr,
             QT_TRANSLATE_NOOP("annostraat::Cli", "show the usage (of a command, when given one)"),
             true},
            {"version", nullptr, QT_TRANSLATE_NOOP("annostraat::Cli", "show the version"), true},
            {"role", QT_TRANSLATE_NOOP("annostraat::Cli", "ROLE"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "annotator (default), reviewer or teamlead")},
            {"name", QT_TRANSLATE_NOOP("annostraat::Cli", "NAME"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "the task's name")},
            {"schema", QT_TRANSLATE_NOOP("annostraat::Cli", "FILE"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the label schema (JSON, see docs/schema-format.md)")},
            {"media", QT_TRANSLATE_NOOP("annostraat::Cli", "DIR"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the folder of media files; each one becomes an item")},
            {"instructions", QT_TRANSLATE_NOOP("annostraat::Cli", "FILE"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "instructions for the annotators (Markdown)")},
            {"client", QT_TRANSLATE_NOOP("annostraat::Cli", "NAME"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "who the work is for (shown in the team lead's task list)")},
            {"annotators-per-item", QT_TRANSLATE_NOOP("annostraat::Cli", "N"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "how many annotators label each item (default 1)")},
            {"author", QT_TRANSLATE_NOOP("annostraat::Cli", "PROFILE"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "a profile, by id or by name")},
            {"task", QT_TRANSLATE_NOOP("annostraat::Cli", "TASK"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "a task, by id or by its (unique) name")},
            {"item", QT_TRANSLATE_NOOP("annostraat::Cli", "ITEM"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "an item id")},
            {"kind", QT_TRANSLATE_NOOP("annostraat::Cli", "KIND"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "one of: %1")},
            {"label", QT_TRANSLATE_NOOP("annostraat::Cli", "LABEL"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "a label of the task's schema (for answers: the question id)")},
            {"value", QT_TRANSLATE_NOOP("annostraat::Cli", "JSON"),
             QT_TRANSLATE_NOOP(
                     "annostraat::Cli",
                     "the geometry or answer, e.g. {\"x\":1,\"y\":2,\"w\":30,\"h\":40} for a box")},
            {"attributes", QT_TRANSLATE_NOOP("annostraat::Cli", "JSON"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "attribute values, e.g. {\"schade\":3}")},
            {"out", QT_TRANSLATE_NOOP("annostraat::Cli", "FILE"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the package file to write; it must not exist yet, and its folder "
                               "must (folders are not created)")},
            {"pairs", nullptr,
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "A/B pairs: --media is a folder of NAME_A and NAME_B images, or a "
                               "CSV file with one \"A,B\" line per pair")},
            {"with-work", nullptr,
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "also carry everyone's annotations, submissions and reviews")},
            {"as", QT_TRANSLATE_NOOP("annostraat::Cli", "PROFILE"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "act as this profile, by id or by name (default: the store's only "
                               "team lead)")},
            {"share", QT_TRANSLATE_NOOP("annostraat::Cli", "DIR"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "the lab's shared folder")},
            {"annotators", QT_TRANSLATE_NOOP("annostraat::Cli", "P1,P2,..."),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the annotators, by id or by name, separated by commas")},
            {"per-item", QT_TRANSLATE_NOOP("annostraat::Cli", "N"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "how many of them label each item (default: the task's annotators "
                               "per item)")},
            {"from", QT_TRANSLATE_NOOP("annostraat::Cli", "PROFILE"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "the absent annotator, by id or by name")},
            {"to", QT_TRANSLATE_NOOP("annostraat::Cli", "P1,P2,..."),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "who takes over the items, by id or by name, separated by commas")},
            {"annotator", QT_TRANSLATE_NOOP("annostraat::Cli", "PROFILE"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "one annotator, by id or by name")},
            {"select", QT_TRANSLATE_NOOP("annostraat::Cli", "WHICH"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "which work a dataset export takes: all (every layer, the "
                               "default), reviewed (layers a reviewer accepted) or consensus "
                               "(what most people agree on, per item)")},
            {"suggestions", nullptr,
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "load the annotations as suggestions that the layer's person "
                               "accepts or rejects one by one (dataset formats)")},
            {"dry-run", nullptr,
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "check everything and print what the import would write, but "
                               "write nothing")},
            {"remove", nullptr,
             QT_TRANSLATE_NOOP("annostraat::Cli", "withdraw the assignment instead of making it")},
            {"frame", QT_TRANSLATE_NOOP("annostraat::Cli", "N"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "a frame of the video, counted from 0 in display order")},
            {"timecode", QT_TRANSLATE_NOOP("annostraat::Cli", "TC"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "a timecode HH:MM:SS:FF (HH:MM:SS;FF for drop-frame), counted "
                               "from the video's start timecode")},
            {"format", QT_TRANSLATE_NOOP("annostraat::Cli", "FORMAT"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "a format's id; \"formats\" lists them")},
            {"comment", QT_TRANSLATE_NOOP("annostraat::Cli", "TEXT"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "the reviewer's comment for the annotator")},
            {"quick", QT_TRANSLATE_NOOP("annostraat::Cli", "N"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the task's quick comment number N (from 1, in the schema's order)")},
            {"annotation", QT_TRANSLATE_NOOP("annostraat::Cli", "ID"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "the annotator's annotation the comment is about")},
            {"anchor", QT_TRANSLATE_NOOP("annostraat::Cli", "JSON"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "where on that annotation, e.g. {\"frame\": 120} for a video or "
                               "{\"start\": 4, \"end\": 9} for a text span")},
            {"repeat", QT_TRANSLATE_NOOP("annostraat::Cli", "N"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "for tests and benchmarks: add N annotations, each in its own "
                               "transaction, printing each id once it is saved")},
    };
    return specs;
}

/// Options whose meaning in one command is more specific than optionSpecs() says.
struct OptionNote
{
    const char *command;
    const char *option;
    const char *description;
};

const QList<OptionNote> &optionNotes()
{
    static const QList<OptionNote> notes{
            {"task create", "author",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "whose task this is, by id or by name (default: the store's only "
                               "team lead, if it has exactly one)")},
            {"task create", "media",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the folder of media files; each one becomes an item, except "
                               "NAME.ref.csv, NAME.ref.json or NAME.ref.txt beside NAME.txt: "
                               "that text's reference document, shown beside it")},
            {"package import", "media",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "where the package's media files go (default: the folder "
                               "\"media\" beside the store)")},
            {"sync", "media",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "where media files of pulled tasks go (default: the folder "
                               "\"media\" beside the store)")},
            {"sync", "as",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "sync as this profile, by id or by name; it must be in the store. "
                               "A sync always pushes the new work of every profile that works "
                               "on this PC, so this only checks the name")},
            {"export", "out",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the file to write; it must not exist yet, and its folder must "
                               "(folders are not created)")},
            {"import", "task",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the task to import into, by id or by name; for a format that "
                               "brings its own task (jsonl), the task the file must hold; for "
                               "datasets (coco, yolo, voc, labelme, cvat-images, "
                               "labelstudio-images), without it a new task is "
                               "made from the dataset's images")},
            {"export", "annotator",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "only this person's layer, by id or by name (default: every "
                               "layer; formats that keep layers apart, such as jsonl, always "
                               "write every layer)")},
            {"import", "annotator",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "for datasets (coco, yolo, voc, labelme, cvat-images, "
                               "labelstudio-images): whose layer the annotations go into, by id "
                               "or by name (default: the profile that imports; Label Studio's "
                               "annotators keep layers of their own)")},
            {"import", "as",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the profile recorded as having made the import, by id or by "
                               "name (default: the store's only team lead)")},
            {"video frame", "out",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the PNG to write; it must not exist yet, and its folder must "
                               "(folders are not created)")},
            {"task reassign", "dry-run",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "print who would get which number of items, but write nothing")},
            {"package export", "as",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the profile that signs the package, by id or by name (default: "
                               "the store's only team lead, else the first profile of this PC)")},
    };
    return notes;
}

const char *optionDescription(const QString &command, const QString &option, const char *fallback)
{
    for (const OptionNote &note : optionNotes())
        if (command == QLatin1String(note.command) && option == QLatin1String(note.option))
            return note.description;
    return fallback;
}

const OptionSpec *optionSpec(const QString &name)
{
    for (const OptionSpec &spec : optionSpecs())
        if (name == QLatin1String(spec.name))
            return &spec;
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("annostraat::Cli", text);
}

/// The words of a usage line, keeping "[--option VALUE]" and "--option VALUE" together.
QStringList usageWords(const QString &text)
{
    QStringList words;
    bool open = false;
    bool valueNext = false;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const bool isValue =
                !word.startsWith(QLatin1Char('-')) && !word.startsWith(QLatin1Char('['));
        if (!words.isEmpty() && (open || (valueNext && isValue)))
            words.last() += QLatin1Char(' ') + word;
        else
            words << word;
        open = words.last().count(QLatin1Char('[')) > words.last().count(QLatin1Char(']'));
        valueNext = word.startsWith(QLatin1String("--")) && !open;
    }
    return words;
}

/// \a text broken at spaces into lines of at most \a width columns; every line but the first
/// is indented by \a hanging spaces. Usage lines (\a usage) break only between options.
QString wrapped(const QString &text, qsizetype firstIndent, qsizetype hanging, bool usage = false,
                qsizetype width = 80)
{
    QString result = QString(firstIndent, QLatin1Char(' '));
    qsizetype column = firstIndent;
    bool lineEmpty = true;
    const QStringList words =
            usage ? usageWords(text) : text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &word : words) {
        if (!lineEmpty && column + 1 + word.size() > width) {
            result += QLatin1Char('\n') + QString(hanging, QLatin1Char(' '));
            column = hanging;
            lineEmpty = true;
        }
        if (!lineEmpty) {
            result += QLatin1Char(' ');
            ++column;
        }
        result += word;
        column += word.size();
        lineEmpty = false;
    }
    return result + QLatin1Char('\n');
}

} // namespace

// ---- the commands ------------------------------------------------------------------------

const QList<CliCommand> &CliCommand::all()
{
    static const QList<CliCommand> commands = profileCommands() + taskCommands() +
                                              annotationCommands() + shareCommands() +
                                              formatCommands() + videoCommands() +
                                              qualityCommands() + reviewCommands();
    return commands;
}

const CliCommand *CliCommand::find(const QStringList &positional)
{
    for (const CliCommand &c : all())
        if (positional.size() >= c.words.size() && positional.mid(0, c.words.size()) == c.words)
            return &c;
    return nullptr;
}

QString CliCommand::usageLine() const
{
    QString line = Cli::tr("Usage: %1 [--store PATH] [--json] %2").arg(kCliProgram, name());
    const QString rest = QLatin1String(synopsis).isEmpty() ? QString() : translated(synopsis);
    if (!rest.isEmpty())
        line += QLatin1Char(' ') + rest;
    return line;
}

// ---- Cli ----------------------------------------------------------------------------------

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    Cli cli(out, err);
    return cli.run(args);
}

Cli::Cli(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{}

Cli::~Cli()
{
    m_out.flush();
    m_err.flush();
}

int Cli::fail(const QString &message)
{
    // Scripts read the first line of stderr; keep the message on exactly one.
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1String("; "));
    m_err << kCliProgram << QStringLiteral(": ") << line << Qt::endl;
    return CliFailed;
}

int Cli::usageError(const QString &message)
{
    fail(message);
    return CliUsage;
}

QString Cli::option(const char *name) const
{
    return m_parser.value(QLatin1String(name));
}

bool Cli::isSet(const char *name) const
{
    return m_parser.isSet(QLatin1String(name));
}

std::optional<int> Cli::positiveOption(const char *name, int fallback, QString *problem) const
{
    if (!isSet(name))
        return fallback;
    bool ok = false;
    const int n = option(name).toInt(&ok);
    if (!ok || n < 1) {
        *problem = tr("--%1: \"%2\" is not a whole number of 1 or more")
                           .arg(QLatin1String(name), option(name));
        return std::nullopt;
    }
    return n;
}

int Cli::run(const QStringList &args)
{
    // Only 'help' and 'version' have short forms; "-json" is read like "--json".
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    for (const OptionSpec &spec : optionSpecs()) {
        QStringList names{QLatin1String(spec.name)};
        if (qstrcmp(spec.name, "help") == 0)
            names << QStringLiteral("h");
        m_parser.addOption(
                spec.valueName ? QCommandLineOption(names, QString(), translated(spec.valueName))
                               : QCommandLineOption(names));
    }
    if (!m_parser.parse(QStringList{kCliProgram} + args)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty())
            return usageError(tr("unknown option \"%1%2\"; see \"%3 --help\"")
                                      .arg(unknown.first().size() == 1 ? QStringLiteral("-")
                                                                       : QStringLiteral("--"),
                                           unknown.first(), kCliProgram));
        QString text = m_parser.errorText().trimmed();
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        if (!text.isEmpty())
            text[0] = text.at(0).toLower();
        return usageError(tr("%1; see \"%2 --help\"").arg(text, kCliProgram));
    }
    m_json = isSet("json");
    m_storePath = isSet("store") ? option("store") : defaultStorePath();

    QStringList positional = m_parser.positionalArguments();
    if (!positional.isEmpty() && positional.first() == QLatin1String("help"))
        return printHelp(positional.mid(1));
    if (isSet("version"))
        return printVersion();
    if (isSet("help"))
        return printHelp(positional);
    if (positional.isEmpty())
        return usageError(tr("no command given; see \"%1 --help\"").arg(kCliProgram));

    const CliCommand *command = CliCommand::find(positional);
    if (!command) {
        bool group = false;
        for (const CliCommand &c : CliCommand::all())
            group = group || (c.words.size() > 1 && c.words.first() == positional.first());
        const QString given = group && positional.size() > 1
                                      ? positional.mid(0, 2).join(QLatin1Char(' '))
                                      : positional.first();
        return usageError(tr("unknown command \"%1\"; see \"%2 --help\"").arg(given, kCliProgram));
    }
    const QString hint = tr("see \"%1 help %2\"").arg(kCliProgram, command->name());

    for (const OptionSpec &spec : optionSpecs()) {
        const QString name = QLatin1String(spec.name);
        if (!spec.global && isSet(spec.name) && !command->options.contains(name))
            return usageError(tr("\"%1\" has no option --%2; %3").arg(command->name(), name, hint));
    }
    for (const QString &name : command->required)
        if (!m_parser.isSet(name))
            return usageError(tr("\"%1\" needs --%2 %3; %4")
                                      .arg(command->name(), name,
                                           translated(optionSpec(name)->valueName), hint));
    m_arguments = positional.mid(command->words.size());
    if (m_arguments.size() < command->arguments.size())
        return usageError(
                tr("\"%1\" needs %2; %3")
                        .arg(command->name(), command->arguments.at(m_arguments.size()), hint));
    if (m_arguments.size() > command->arguments.size())
        return usageError(
                tr("\"%1\": unexpected argument \"%2\"; %3")
                        .arg(command->name(), m_arguments.at(command->arguments.size()), hint));
    return (this->*command->run)();
}

int Cli::printVersion()
{
    if (m_json) {
        printJson({{QStringLiteral("program"), kCliProgram},
                   {QStringLiteral("version"), versionString()},
                   {QStringLiteral("storeVersion"), migrations::kCurrentVersion}});
    } else {
        m_out << tr("%1 %2 (store version %3)")
                         .arg(kCliProgram, versionString())
                         .arg(migrations::kCurrentVersion)
              << Qt::endl;
    }
    return CliOk;
}

int Cli::printHelp(const QStringList &topic)
{
    auto describeOption = [&](const QString &name, const QString &command = {}) {
        const OptionSpec *spec = optionSpec(name);
        QString left = QStringLiteral("--") + name;
        if (spec->valueName)
            left += QLatin1Char(' ') + translated(spec->valueName);
        QString text = translated(optionDescription(command, name, spec->description));
        if (name == QLatin1String("store"))
            text = text.arg(QDir::toNativeSeparators(defaultStorePath()));
        else if (name == QLatin1String("kind"))
            text = text.arg(annotationKindIdList());
        return QStringLiteral("  ") + left + QLatin1Char('\n') + wrapped(text, 6, 6);
    };

    if (!topic.isEmpty()) {
        const CliCommand *command = CliCommand::find(topic);
        if (!command || topic.size() > command->words.size()) {
            // "help task" lists the task commands; anything else is unknown.
            QStringList lines;
            for (const CliCommand &c : CliCommand::all())
                if (c.words.first() == topic.first() && topic.size() == 1)
                    lines << c.usageLine();
            if (lines.isEmpty())
                return usageError(tr("unknown command \"%1\"; see \"%2 --help\"")
                                          .arg(topic.join(QLatin1Char(' ')), kCliProgram));
            for (const QString &line : std::as_const(lines))
                m_out << wrapped(line, 0, 4, true);
            m_out.flush();
            return CliOk;
        }
        m_out << wrapped(command->usageLine(), 0, 4, true) << QStringLiteral("\n")
              << wrapped(translated(command->summary), 0, 0);
        if (!command->options.isEmpty()) {
            m_out << QStringLiteral("\n") << tr("Options:") << QStringLiteral("\n");
            for (const QString &name : command->options)
                m_out << describeOption(name, command->name());
        }
        m_out << QStringLiteral("\n") << tr("Global options (before or after the command):")
              << QStringLiteral("\n");
        for (const OptionSpec &spec : optionSpecs())
            if (spec.global)
                m_out << describeOption(QLatin1String(spec.name));
        m_out.flush();
        return CliOk;
    }

    m_out << tr("Usage: %1 [--store PATH] [--json] COMMAND [ARGUMENTS]").arg(kCliProgram)
          << QStringLiteral("\n\n")
          << wrapped(tr("Annostraat from the command line: profiles, tasks, annotations and "
                        "statistics in "
                        "the store; task and results packages; sync with the lab's shared "
                        "folder; export and import in other formats."),
                     0, 0)
          << QStringLiteral("\n") << tr("Commands:") << QStringLiteral("\n");
    for (const CliCommand &c : CliCommand::all()) {
        QString line = c.name();
        if (!QLatin1String(c.synopsis).isEmpty())
            line += QLatin1Char(' ') + translated(c.synopsis);
        m_out << wrapped(line, 2, 2 + c.name().size() + 1, true)
              << wrapped(translated(c.summary), 6, 6);
    }
    m_out << QStringLiteral("  help [COMMAND]\n")
          << wrapped(tr("Shows this text, or the usage of one command."), 6, 6)
          << QStringLiteral("\n") << tr("Global options (before or after the command):")
          << QStringLiteral("\n");
    for (const OptionSpec &spec : optionSpecs())
        if (spec.global)
            m_out << describeOption(QLatin1String(spec.name));
    m_out << QStringLiteral("\n") << tr("Advanced option of \"annotation add\":")
          << QStringLiteral("\n") << describeOption(QStringLiteral("repeat"))
          << QStringLiteral("\n")
          << wrapped(tr("Exit status: 0 success; 1 the work failed (bad file, bad store, invalid "
                        "input) and "
                        "nothing was changed; 2 the command line is wrong (unknown command or "
                        "option, missing "
                        "or malformed argument). A failure prints one line on stderr: \"%1: "
                        "<message>\". A shared folder that cannot be reached is no failure for "
                        "\"sync\": it exits with 0 and says \"(offline)\".")
                             .arg(kCliProgram),
                     0, 0);
    m_out.flush();
    return CliOk;
}

void Cli::printJson(const QJsonObject &object)
{
    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
}

void Cli::printTable(const QStringList &header, const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QString &h : header)
        widths << h.size();
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths.at(i), row.at(i).size());
    auto print = [&](const QStringList &cells) {
        QString line;
        for (qsizetype i = 0; i < cells.size(); ++i)
            line += i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2)
                                         : cells.at(i);
        m_out << line << QStringLiteral("\n");
    };
    print(header);
    for (const QStringList &row : rows)
        print(row);
    m_out.flush();
}

} // namespace annostraat
