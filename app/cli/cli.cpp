// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

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

const QString kProgram = QStringLiteral("annostraat-cli");

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
            {"annotator", QT_TRANSLATE_NOOP("annostraat::Cli", "PROFILE"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "one annotator, by id or by name")},
            {"remove", nullptr,
             QT_TRANSLATE_NOOP("annostraat::Cli", "withdraw the assignment instead of making it")},
            {"format", QT_TRANSLATE_NOOP("annostraat::Cli", "FORMAT"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "a format's id; \"formats\" lists them")},
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
                               "brings its own task (jsonl), the task the file must hold")},
            {"import", "as",
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "the profile recorded as having made the import, by id or by "
                               "name (default: the store's only team lead)")},
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

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> parseObject(const QString &text, const QString &optionName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(
                QCoreApplication::translate("annostraat::Cli", "%1: not valid JSON at byte %2: %3")
                        .arg(optionName)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return Error(
                QCoreApplication::translate("annostraat::Cli", "%1: must be a JSON object ({…})")
                        .arg(optionName));
    return doc.object();
}

QJsonObject profileJson(const Profile &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("role"), toId(p.role)}};
}

QJsonObject annotationJson(const Annotation &a, const QString &authorName)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("task"), a.taskId},
            {QStringLiteral("item"), a.itemId},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("authorName"), authorName},
            {QStringLiteral("kind"), toId(a.kind)},
            {QStringLiteral("label"), a.label},
            {QStringLiteral("value"), a.value},
            {QStringLiteral("attributes"), a.attributes}};
}

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

} // namespace

// ---- the commands ------------------------------------------------------------------------

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

    static const QList<CliCommand> &all()
    {
        static const QList<CliCommand> commands{
                {{QStringLiteral("profile"), QStringLiteral("add")},
                 {QStringLiteral("NAME")},
                 {QStringLiteral("role")},
                 {},
                 QT_TRANSLATE_NOOP("annostraat::Cli", "NAME [--role annotator|reviewer|teamlead]"),
                 QT_TRANSLATE_NOOP("annostraat::Cli", "Adds a user profile and prints its id."),
                 &Cli::profileAdd},
                {{QStringLiteral("profile"), QStringLiteral("list")},
                 {},
                 {},
                 {},
                 "",
                 QT_TRANSLATE_NOOP("annostraat::Cli", "Lists the profiles."),
                 &Cli::profileList},
                {{QStringLiteral("task"), QStringLiteral("create")},
                 {},
                 {QStringLiteral("name"), QStringLiteral("schema"), QStringLiteral("media"),
                  QStringLiteral("instructions"), QStringLiteral("annotators-per-item"),
                  QStringLiteral("author")},
                 {QStringLiteral("name"), QStringLiteral("schema"), QStringLiteral("media")},
                 QT_TRANSLATE_NOOP("annostraat::Cli",
                                   "--name NAME --schema FILE --media DIR [--instructions FILE.md] "
                                   "[--annotators-per-item N] [--author PROFILE]"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Creates a task from a label schema and a folder of media and prints "
                         "its id. Files that are no media are skipped, each with a note on "
                         "stderr. Every file is checked before anything is written."),
                 &Cli::taskCreate},
                {{QStringLiteral("task"), QStringLiteral("list")},
                 {},
                 {},
                 {},
                 "",
                 QT_TRANSLATE_NOOP("annostraat::Cli", "Lists the tasks."),
                 &Cli::taskList},
                {{QStringLiteral("task"), QStringLiteral("assign")},
                 {QStringLiteral("TASK")},
                 {QStringLiteral("annotators"), QStringLiteral("per-item"), QStringLiteral("item"),
                  QStringLiteral("annotator"), QStringLiteral("remove"), QStringLiteral("as")},
                 {},
                 QT_TRANSLATE_NOOP("annostraat::Cli",
                                   "TASK --annotators P1,P2,... [--per-item N] [--as PROFILE]"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Assigns the annotators to the task's items in turn (round-robin), N "
                         "per item; assignments made before are kept. Or, with --item ITEM "
                         "--annotator PROFILE [--remove] instead of --annotators, assigns one "
                         "item to one annotator (or withdraws it). Done by the team lead: --as, "
                         "else the store's only team lead."),
                 &Cli::taskAssign},
                {{QStringLiteral("task"), QStringLiteral("publish")},
                 {QStringLiteral("TASK")},
                 {QStringLiteral("share"), QStringLiteral("as")},
                 {QStringLiteral("share")},
                 QT_TRANSLATE_NOOP("annostraat::Cli", "TASK --share DIR [--as PROFILE]"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Publishes the task as its next version, tasks/<task>/task-v<N>.zip on "
                         "the shared folder, as the team lead (--as, else the store's only team "
                         "lead), and prints the path of the file written."),
                 &Cli::taskPublish},
                {{QStringLiteral("item"), QStringLiteral("list")},
                 {QStringLiteral("TASK")},
                 {},
                 {},
                 QT_TRANSLATE_NOOP("annostraat::Cli", "TASK"),
                 QT_TRANSLATE_NOOP("annostraat::Cli",
                                   "Lists the items of a task (by id or by name)."),
                 &Cli::itemList},
                {{QStringLiteral("annotation"), QStringLiteral("add")},
                 {},
                 {QStringLiteral("task"), QStringLiteral("item"), QStringLiteral("kind"),
                  QStringLiteral("label"), QStringLiteral("value"), QStringLiteral("attributes"),
                  QStringLiteral("author"), QStringLiteral("repeat")},
                 {QStringLiteral("task"), QStringLiteral("item"), QStringLiteral("kind"),
                  QStringLiteral("label"), QStringLiteral("value"), QStringLiteral("author")},
                 QT_TRANSLATE_NOOP("annostraat::Cli",
                                   "--task TASK --item ITEM --kind KIND --label LABEL --value JSON "
                                   "[--attributes JSON] --author PROFILE [--repeat N]"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Adds an annotation to an item and prints its id once it is saved."),
                 &Cli::annotationAdd},
                {{QStringLiteral("annotation"), QStringLiteral("list")},
                 {},
                 {QStringLiteral("task"), QStringLiteral("item"), QStringLiteral("author")},
                 {},
                 QT_TRANSLATE_NOOP("annostraat::Cli",
                                   "[--task TASK] [--item ITEM] [--author PROFILE]"),
                 QT_TRANSLATE_NOOP("annostraat::Cli",
                                   "Lists annotations, all or those matching every filter given."),
                 &Cli::annotationList},
                {{QStringLiteral("stats")},
                 {QStringLiteral("TASK")},
                 {},
                 {},
                 QT_TRANSLATE_NOOP("annostraat::Cli", "TASK"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Shows items per status and annotations per label and per author."),
                 &Cli::stats},
                {{QStringLiteral("package"), QStringLiteral("export")},
                 {QStringLiteral("TASK")},
                 {QStringLiteral("out"), QStringLiteral("with-work"), QStringLiteral("as")},
                 {QStringLiteral("out")},
                 QT_TRANSLATE_NOOP("annostraat::Cli",
                                   "TASK --out FILE [--with-work] [--as PROFILE]"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Writes the task's package (schema, items, assignments and media) to "
                         "FILE and prints its path. FILE must not exist yet and its folder must: "
                         "folders are not created. With --with-work it also carries everyone's "
                         "work."),
                 &Cli::packageExport},
                {{QStringLiteral("package"), QStringLiteral("import")},
                 {QStringLiteral("FILE")},
                 {QStringLiteral("media")},
                 {},
                 QT_TRANSLATE_NOOP("annostraat::Cli", "FILE [--media DIR]"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Checks a package completely, then applies it to the store in one "
                         "transaction: all of it or nothing. Importing it again applies nothing."),
                 &Cli::packageImport},
                {{QStringLiteral("package"), QStringLiteral("validate")},
                 {QStringLiteral("FILE")},
                 {},
                 {},
                 QT_TRANSLATE_NOOP("annostraat::Cli", "FILE"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Checks a package without changing anything and prints what it holds. "
                         "Checking stops at the first problem, which is printed with the file's "
                         "name (exit status 1)."),
                 &Cli::packageValidate},
                {{QStringLiteral("sync")},
                 {},
                 {QStringLiteral("share"), QStringLiteral("as"), QStringLiteral("media")},
                 {QStringLiteral("share")},
                 QT_TRANSLATE_NOOP("annostraat::Cli", "--share DIR [--as PROFILE] [--media DIR]"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Pulls new task versions and others' work from the shared folder, then "
                         "pushes the new work of every profile that works on this PC, and prints "
                         "what it did. A share that cannot be reached is not an error: it prints "
                         "\"share not reachable: DIR (offline)\" and exits with 0. Files that "
                         "fail their checks are skipped, each listed as a problem. On a new PC "
                         "the first sync creates the store."),
                 &Cli::syncShare},
                {{QStringLiteral("formats")},
                 {},
                 {},
                 {},
                 "",
                 QT_TRANSLATE_NOOP("annostraat::Cli",
                                   "Lists the formats a task can be exported to or imported "
                                   "from, with their versions and the annotation kinds they "
                                   "carry (docs/formats.md)."),
                 &Cli::formatsList},
                {{QStringLiteral("export")},
                 {QStringLiteral("TASK")},
                 {QStringLiteral("format"), QStringLiteral("out")},
                 {QStringLiteral("format"), QStringLiteral("out")},
                 QT_TRANSLATE_NOOP("annostraat::Cli", "TASK --format FORMAT --out FILE"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Writes the task in a format (see \"formats\") to FILE and prints its "
                         "path. FILE appears complete or not at all; it must not exist yet."),
                 &Cli::formatExport},
                {{QStringLiteral("import")},
                 {QStringLiteral("FILE")},
                 {QStringLiteral("format"), QStringLiteral("task"), QStringLiteral("as")},
                 {QStringLiteral("format")},
                 QT_TRANSLATE_NOOP("annostraat::Cli",
                                   "FILE --format FORMAT [--task TASK] [--as PROFILE]"),
                 QT_TRANSLATE_NOOP(
                         "annostraat::Cli",
                         "Checks the whole file, then imports it in one transaction, and "
                         "prints the task's id. A problem is printed as \"FILE:LINE: problem\" "
                         "(exit status 1) and nothing is imported."),
                 &Cli::formatImport},
        };
        return commands;
    }

    /// The command \a positional starts with, and how many words it took.
    static const CliCommand *find(const QStringList &positional)
    {
        for (const CliCommand &c : all())
            if (positional.size() >= c.words.size() && positional.mid(0, c.words.size()) == c.words)
                return &c;
        return nullptr;
    }

    QString usageLine() const
    {
        QString line = Cli::tr("Usage: %1 [--store PATH] [--json] %2").arg(kProgram, name());
        const QString rest = QLatin1String(synopsis).isEmpty() ? QString() : translated(synopsis);
        if (!rest.isEmpty())
            line += QLatin1Char(' ') + rest;
        return line;
    }
};

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
    m_err << kProgram << QStringLiteral(": ") << line << Qt::endl;
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
    if (!m_parser.parse(QStringList{kProgram} + args)) {
        const QStringList unknown = m_parser.unknownOptionNames();
        if (!unknown.isEmpty())
            return usageError(tr("unknown option \"%1%2\"; see \"%3 --help\"")
                                      .arg(unknown.first().size() == 1 ? QStringLiteral("-")
                                                                       : QStringLiteral("--"),
                                           unknown.first(), kProgram));
        QString text = m_parser.errorText().trimmed();
        if (text.endsWith(QLatin1Char('.')))
            text.chop(1);
        if (!text.isEmpty())
            text[0] = text.at(0).toLower();
        return usageError(tr("%1; see \"%2 --help\"").arg(text, kProgram));
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
        return usageError(tr("no command given; see \"%1 --help\"").arg(kProgram));

    const CliCommand *command = CliCommand::find(positional);
    if (!command) {
        bool group = false;
        for (const CliCommand &c : CliCommand::all())
            group = group || (c.words.size() > 1 && c.words.first() == positional.first());
        const QString given = group && positional.size() > 1
                                      ? positional.mid(0, 2).join(QLatin1Char(' '))
                                      : positional.first();
        return usageError(tr("unknown command \"%1\"; see \"%2 --help\"").arg(given, kProgram));
    }
    const QString hint = tr("see \"%1 help %2\"").arg(kProgram, command->name());

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
        printJson({{QStringLiteral("program"), kProgram},
                   {QStringLiteral("version"), versionString()},
                   {QStringLiteral("storeVersion"), migrations::kCurrentVersion}});
    } else {
        m_out << tr("%1 %2 (store version %3)")
                         .arg(kProgram, versionString())
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
                                          .arg(topic.join(QLatin1Char(' ')), kProgram));
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

    m_out << tr("Usage: %1 [--store PATH] [--json] COMMAND [ARGUMENTS]").arg(kProgram)
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
                             .arg(kProgram),
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

Result<std::unique_ptr<Store>> Cli::openStore(bool mayCreate) const
{
    // Commands that only read (or need an existing task) must not leave an empty store
    // behind when the path has a typo.
    if (!mayCreate && !QFileInfo::exists(m_storePath))
        return Error(tr("%1: there is no store here yet (\"profile add\" and \"task create\" "
                        "create one)")
                             .arg(m_storePath));
    return Store::open(m_storePath);
}

Error Cli::inStore(const Error &error) const
{
    if (error.message().startsWith(m_storePath))
        return error;
    return error.prefixed(m_storePath);
}

Result<Task> Cli::findTask(const Store &store, const QString &idOrName) const
{
    if (auto task = store.task(idOrName))
        return *task;
    QList<Task> matches;
    for (const Task &task : store.tasks())
        if (task.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            matches << task;
    if (!store.lastReadError().isEmpty())
        return Error(store.lastReadError());
    if (matches.isEmpty())
        return Error(tr("%1: there is no task \"%2\"; \"task list\" shows them")
                             .arg(m_storePath, idOrName));
    if (matches.size() > 1)
        return Error(tr("%1: %2 tasks are named \"%3\"; give the task id instead")
                             .arg(m_storePath)
                             .arg(matches.size())
                             .arg(idOrName));
    return matches.first();
}

int Cli::profileAdd()
{
    Role role = Role::Annotator;
    if (isSet("role")) {
        const auto parsed = roleFromId(option("role"));
        if (!parsed)
            return usageError(tr("--role: unknown role \"%1\"; known roles: %2")
                                      .arg(option("role"), roleIdList()));
        role = *parsed;
    }
    auto store = openStore(true);
    if (!store)
        return fail(store.error().message());
    auto profile = (*store)->addProfile(m_arguments.first(), role);
    if (!profile)
        return fail(inStore(profile.error()).message());
    if (m_json)
        printJson(profileJson(*profile));
    else
        m_out << profile->id << Qt::endl;
    return CliOk;
}

int Cli::profileList()
{
    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    const QList<Profile> profiles = (*store)->profiles();
    if (!(*store)->lastReadError().isEmpty())
        return fail((*store)->lastReadError());
    if (m_json) {
        QJsonArray list;
        for (const Profile &p : profiles)
            list << profileJson(p);
        printJson({{QStringLiteral("profiles"), list}});
        return CliOk;
    }
    QList<QStringList> rows;
    for (const Profile &p : profiles)
        rows << QStringList{p.id, p.name, toId(p.role)};
    printTable({tr("ID"), tr("NAME"), tr("ROLE")}, rows);
    return CliOk;
}

int Cli::taskCreate()
{
    QString problem;
    const auto perItem = positiveOption("annotators-per-item", 1, &problem);
    if (!perItem)
        return usageError(problem);

    // Read and check every input file before the store is even opened: bad input must not
    // leave a new or changed store behind.
    // Absolute, so that skipped files are named relative to the media folder (the core names
    // them relative to the working directory when given a relative folder).
    auto draft = draftTaskFromFolder(option("name"), option("schema"),
                                     QFileInfo(option("media")).absoluteFilePath());
    if (!draft)
        return fail(draft.error().message());
    if (isSet("instructions")) {
        QFile file(option("instructions"));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1: cannot read the instructions: %2")
                                .arg(file.fileName(), file.errorString()));
        draft->task.instructions = QString::fromUtf8(file.readAll());
    }
    draft->task.annotatorsPerItem = *perItem;

    // An unknown author in a store that does not exist yet would otherwise create the store.
    auto store = openStore(!isSet("author"));
    if (!store)
        return fail(store.error().message());
    // Without --author the task is the store's only team lead's; failing that, "cli" (then
    // task packages of it name no team lead, see "task create --help").
    QString author = QStringLiteral("cli");
    QList<Profile> leads = (*store)->profiles();
    leads.removeIf([](const Profile &p) { return p.role != Role::TeamLead; });
    if (leads.size() == 1)
        author = leads.first().id;
    if (isSet("author")) {
        const auto profile = (*store)->findProfile(option("author"));
        if (!profile)
            return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                .arg(m_storePath, option("author")));
        author = profile->id;
    }
    auto task = (*store)->createTask(draft->task, draft->items, author);
    if (!task)
        return fail(inStore(task.error()).message());

    for (const QString &skipped : draft->skipped)
        m_err << kProgram << QStringLiteral(": ")
              << tr("note: skipped \"%1\" (not an image, video or .txt text)").arg(skipped)
              << Qt::endl;
    if (m_json) {
        printJson({{QStringLiteral("id"), task->id},
                   {QStringLiteral("name"), task->name},
                   {QStringLiteral("mediaKind"), toId(task->mediaKind)},
                   {QStringLiteral("items"), int(draft->items.size())},
                   {QStringLiteral("skipped"), QJsonArray::fromStringList(draft->skipped)}});
    } else {
        m_out << task->id << Qt::endl;
    }
    return CliOk;
}

int Cli::taskList()
{
    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    const Store &s = **store;
    const QList<Task> tasks = s.tasks();
    QList<qsizetype> itemCounts;
    for (const Task &t : tasks)
        itemCounts << s.items(t.id).size();
    if (!s.lastReadError().isEmpty())
        return fail(s.lastReadError());
    if (m_json) {
        QJsonArray list;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const Task &t = tasks.at(i);
            list << QJsonObject{{QStringLiteral("id"), t.id},
                                {QStringLiteral("name"), t.name},
                                {QStringLiteral("mediaKind"), toId(t.mediaKind)},
                                {QStringLiteral("version"), t.version},
                                {QStringLiteral("annotatorsPerItem"), t.annotatorsPerItem},
                                {QStringLiteral("items"), double(itemCounts.at(i))}};
        }
        printJson({{QStringLiteral("tasks"), list}});
        return CliOk;
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < tasks.size(); ++i)
        rows << QStringList{tasks.at(i).id, tasks.at(i).name, toId(tasks.at(i).mediaKind),
                            QString::number(itemCounts.at(i))};
    printTable({tr("ID"), tr("NAME"), tr("MEDIA"), tr("ITEMS")}, rows);
    return CliOk;
}

int Cli::itemList()
{
    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    const Store &s = **store;
    const auto task = findTask(s, m_arguments.first());
    if (!task)
        return fail(task.error().message());
    const QList<Item> items = s.items(task->id);
    if (!s.lastReadError().isEmpty())
        return fail(s.lastReadError());
    if (m_json) {
        QJsonArray list;
        for (const Item &item : items)
            list << QJsonObject{{QStringLiteral("id"), item.id},
                                {QStringLiteral("order"), item.order},
                                {QStringLiteral("kind"), toId(item.kind)},
                                {QStringLiteral("media"), item.mediaPath},
                                {QStringLiteral("sha256"), item.sha256},
                                {QStringLiteral("size"), double(item.size)}};
        printJson({{QStringLiteral("task"), task->id}, {QStringLiteral("items"), list}});
        return CliOk;
    }
    QList<QStringList> rows;
    for (const Item &item : items)
        rows << QStringList{QString::number(item.order), item.id, toId(item.kind),
                            QString::number(item.size), QDir::toNativeSeparators(item.mediaPath)};
    printTable({tr("ORDER"), tr("ID"), tr("KIND"), tr("SIZE"), tr("MEDIA")}, rows);
    return CliOk;
}

int Cli::annotationAdd()
{
    QString problem;
    const auto repeat = positiveOption("repeat", 1, &problem);
    if (!repeat)
        return usageError(problem);
    const auto kind = annotationKindFromId(option("kind"));
    if (!kind)
        return usageError(tr("--kind: unknown kind \"%1\"; known kinds: %2")
                                  .arg(option("kind"), annotationKindIdList()));
    auto value = parseObject(option("value"), QStringLiteral("--value"));
    if (!value)
        return fail(value.error().message());
    QJsonObject attributes;
    if (isSet("attributes")) {
        auto parsed = parseObject(option("attributes"), QStringLiteral("--attributes"));
        if (!parsed)
            return fail(parsed.error().message());
        attributes = *parsed;
    }

    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    Store &s = **store;
    const auto task = findTask(s, option("task"));
    if (!task)
        return fail(task.error().message());
    const auto item = s.item(option("item"));
    if (!item || item->taskId != task->id)
        return fail(tr("%1: task \"%2\" has no item \"%3\"; \"item list\" shows them")
                            .arg(m_storePath, task->name, option("item")));
    const auto author = s.findProfile(option("author"));
    if (!author)
        return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                            .arg(m_storePath, option("author")));

    Annotation annotation;
    annotation.taskId = task->id;
    annotation.itemId = item->id;
    annotation.author = author->id;
    annotation.kind = *kind;
    annotation.label = option("label");
    annotation.value = *value;
    annotation.attributes = attributes;

    QJsonArray added;
    for (int i = 0; i < *repeat; ++i) {
        annotation.id.clear();
        auto result = s.addAnnotation(annotation);
        if (!result) {
            // Earlier rounds of --repeat are saved: say which, then fail.
            if (m_json && !added.isEmpty())
                printJson({{QStringLiteral("annotations"), added}});
            const Error &e = result.error();
            return fail(e.message().startsWith(m_storePath)
                                ? e.message()
                                : tr("the annotation was not added: %1").arg(e.message()));
        }
        if (m_json) {
            added << annotationJson(*result, author->name);
        } else {
            // Printed only now that the transaction has committed, and flushed at once: a
            // script (or the crash test) may rely on every id it has read being stored.
            m_out << result->id << QStringLiteral("\n");
            m_out.flush();
        }
    }
    if (m_json)
        printJson({{QStringLiteral("annotations"), added}});
    return CliOk;
}

int Cli::annotationList()
{
    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    const Store &s = **store;
    std::optional<Task> task;
    if (isSet("task")) {
        auto found = findTask(s, option("task"));
        if (!found)
            return fail(found.error().message());
        task = *found;
    }
    std::optional<Item> item;
    if (isSet("item")) {
        item = s.item(option("item"));
        if (!item || (task && item->taskId != task->id))
            return fail(task ? tr("%1: task \"%2\" has no item \"%3\"")
                                        .arg(m_storePath, task->name, option("item"))
                             : tr("%1: there is no item \"%2\"").arg(m_storePath, option("item")));
    }
    QString authorId;
    if (isSet("author")) {
        const auto profile = s.findProfile(option("author"));
        if (!profile)
            return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                .arg(m_storePath, option("author")));
        authorId = profile->id;
    }

    QList<Annotation> annotations;
    if (item) {
        annotations = s.annotations(item->id, authorId);
    } else {
        const QList<Task> tasks = task ? QList<Task>{*task} : s.tasks();
        for (const Task &t : tasks)
            for (const Annotation &a : s.taskAnnotations(t.id))
                if (authorId.isEmpty() || a.author == authorId)
                    annotations << a;
    }
    QHash<QString, QString> names;
    for (const Profile &p : s.profiles())
        names.insert(p.id, p.name);
    if (!s.lastReadError().isEmpty())
        return fail(s.lastReadError());

    if (m_json) {
        QJsonArray list;
        for (const Annotation &a : annotations)
            list << annotationJson(a, names.value(a.author, a.author));
        printJson({{QStringLiteral("annotations"), list}});
        return CliOk;
    }
    QList<QStringList> rows;
    for (const Annotation &a : annotations)
        rows << QStringList{a.id,
                            a.itemId,
                            names.value(a.author, a.author),
                            toId(a.kind),
                            a.label,
                            compactJson(a.value),
                            a.attributes.isEmpty() ? QString() : compactJson(a.attributes)};
    printTable({tr("ID"), tr("ITEM"), tr("AUTHOR"), tr("KIND"), tr("LABEL"), tr("VALUE"),
                tr("ATTRIBUTES")},
               rows);
    return CliOk;
}

int Cli::stats()
{
    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    const Store &s = **store;
    const auto task = findTask(s, m_arguments.first());
    if (!task)
        return fail(task.error().message());
    TaskStats stats = s.stats(task->id);
    if (!s.lastReadError().isEmpty())
        return fail(s.lastReadError());
    // Every status, also those no item has, so scripts need not test for missing keys.
    for (SubmissionStatus status :
         {SubmissionStatus::Todo, SubmissionStatus::InProgress, SubmissionStatus::Done,
          SubmissionStatus::Flagged, SubmissionStatus::Skipped})
        stats.itemsPerStatus[toId(status)] += 0;
    int total = 0;
    for (int n : std::as_const(stats.annotationsPerLabel))
        total += n;

    if (m_json) {
        printJson(
                {{QStringLiteral("task"), QJsonObject{{QStringLiteral("id"), task->id},
                                                      {QStringLiteral("name"), task->name}}},
                 {QStringLiteral("items"), stats.items},
                 {QStringLiteral("annotations"), total},
                 {QStringLiteral("itemsPerStatus"), countsJson(stats.itemsPerStatus)},
                 {QStringLiteral("annotationsPerLabel"), countsJson(stats.annotationsPerLabel)},
                 {QStringLiteral("annotationsPerAuthor"), countsJson(stats.annotationsPerAuthor)}});
        return CliOk;
    }
    m_out << tr("Task: %1 (%2)").arg(task->name, task->id) << QStringLiteral("\n")
          << tr("Items: %1").arg(stats.items) << QStringLiteral("\n")
          << tr("Annotations: %1").arg(total) << QStringLiteral("\n");
    auto section = [&](const QString &title, const QString &column,
                       const QMap<QString, int> &counts) {
        m_out << QStringLiteral("\n") << title << QStringLiteral("\n");
        QList<QStringList> rows;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            rows << QStringList{it.key(), QString::number(it.value())};
        printTable({column, tr("COUNT")}, rows);
    };
    section(tr("Items per status"), tr("STATUS"), stats.itemsPerStatus);
    section(tr("Annotations per label"), tr("LABEL"), stats.annotationsPerLabel);
    section(tr("Annotations per author"), tr("AUTHOR"), stats.annotationsPerAuthor);
    return CliOk;
}

} // namespace annostraat
