// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that move a task's data out to a client's format and back in (issue 9):
// "formats", "export" and "import", all through the formats registry (core/formats), so a
// new format needs nothing here.

#include "clicommand.h"

#include "formats/countwords.h"
#include "formats/exportselection.h"
#include "formats/registry.h"
#include "model/entities.h"
#include "store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>

namespace annostraat {

using namespace cli;

namespace {

template<typename Kind>
QJsonArray idsJson(const QList<Kind> &kinds)
{
    QJsonArray ids;
    for (Kind k : kinds)
        ids << toId(k);
    return ids;
}

template<typename Kind>
QString idsText(const QList<Kind> &kinds)
{
    QStringList ids;
    for (Kind k : kinds)
        ids << toId(k);
    return ids.join(QLatin1Char(','));
}

} // namespace

QList<CliCommand> CliCommand::formatCommands()
{
    return {{{QStringLiteral("formats")},
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
             {QStringLiteral("format"), QStringLiteral("out"), QStringLiteral("annotator"),
              QStringLiteral("select")},
             {QStringLiteral("format"), QStringLiteral("out")},
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "TASK --format FORMAT --out FILE [--annotator PROFILE | --select "
                               "all|reviewed|consensus]"),
             QT_TRANSLATE_NOOP(
                     "annostraat::Cli",
                     "Writes the task in a format (see \"formats\") to FILE and prints its "
                     "path. FILE appears complete or not at all; it must not exist yet."),
             &Cli::formatExport},
            {{QStringLiteral("import")},
             {QStringLiteral("FILE")},
             {QStringLiteral("format"), QStringLiteral("task"), QStringLiteral("as"),
              QStringLiteral("annotator"), QStringLiteral("suggestions"),
              QStringLiteral("dry-run")},
             {QStringLiteral("format")},
             QT_TRANSLATE_NOOP("annostraat::Cli", "FILE --format FORMAT [--task TASK] [--as "
                                                  "PROFILE] [--annotator PROFILE] [--suggestions] "
                                                  "[--dry-run]"),
             QT_TRANSLATE_NOOP(
                     "annostraat::Cli",
                     "Checks the whole file, then imports it in one transaction, and "
                     "prints the task's id. A problem is printed as \"FILE:LINE: problem\" "
                     "(exit status 1) and nothing is imported."),
             &Cli::formatImport}};
}

int Cli::formatsList()
{
    const QList<Format> &formats = FormatRegistry::builtin().formats();
    if (m_json) {
        QJsonArray list;
        for (const Format &f : formats)
            list << QJsonObject{{QStringLiteral("id"), f.id},
                                {QStringLiteral("name"), f.displayName()},
                                {QStringLiteral("summary"), f.displaySummary()},
                                {QStringLiteral("version"), f.version},
                                {QStringLiteral("extension"), f.extension},
                                {QStringLiteral("export"), f.canExport()},
                                {QStringLiteral("import"), f.canImport()},
                                {QStringLiteral("importsInto"),
                                 !f.canImport() ? QJsonValue()
                                 : f.importTarget == ImportTarget::NewTask
                                         ? QStringLiteral("new-task")
                                 : f.importTarget == ImportTarget::ExistingTask
                                         ? QStringLiteral("existing-task")
                                         : QStringLiteral("new-or-existing-task")},
                                {QStringLiteral("mediaKinds"), idsJson(f.mediaKinds)},
                                {QStringLiteral("annotationKinds"), idsJson(f.annotationKinds)}};
        printJson({{QStringLiteral("formats"), list}});
        return CliOk;
    }
    QList<QStringList> rows;
    for (const Format &f : formats) {
        QStringList can;
        if (f.canExport())
            can << QStringLiteral("export");
        if (f.canImport())
            can << QStringLiteral("import");
        rows << QStringList{f.id,
                            QString::number(f.version),
                            f.extension,
                            can.join(QLatin1Char(',')),
                            idsText(f.annotationKinds),
                            f.displayName()};
    }
    printTable({tr("ID"), tr("VERSION"), tr("EXTENSION"), tr("DOES"), tr("ANNOTATION KINDS"),
                tr("NAME")},
               rows);
    return CliOk;
}

int Cli::formatExport()
{
    const FormatRegistry &registry = FormatRegistry::builtin();
    const Format *format = registry.find(option("format"));
    if (!format || !format->canExport())
        return usageError(tr("--format: \"%1\" is no format to export to; formats that can: %2")
                                  .arg(option("format"), registry.exportIds()));
    const QString out = QFileInfo(option("out")).absoluteFilePath();
    const QString folder = QFileInfo(out).absolutePath();
    // Checked before the store is opened, so the message can say what to do.
    if (!QFileInfo(folder).isDir())
        return fail(tr("%1: the folder does not exist; \"export\" does not create folders, make "
                       "it first")
                            .arg(native(folder)));
    if (QFileInfo::exists(out))
        return fail(tr("%1: the file already exists; \"export\" never replaces a file, choose "
                       "another name or remove it first")
                            .arg(native(out)));

    const auto scope = openTask(m_arguments.first());
    if (!scope)
        return fail(scope.error().message());
    const Store &s = *scope->store;
    const Task &task = scope->task;
    ExportOptions options;
    if (isSet("annotator")) {
        const auto profile = s.findProfile(option("annotator"));
        if (!profile)
            return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                .arg(m_storePath, option("annotator")));
        options.layer = profile->id;
    }
    if (isSet("select")) {
        const auto selection = exportSelectionFromId(option("select"));
        if (!selection)
            return usageError(tr("--select: \"%1\" is not one of: all, reviewed, consensus")
                                      .arg(option("select")));
        options.selection = *selection;
    }
    auto written = exportToFile(*format, s, task.id, out, ExistingFile::Refuse, {}, options);
    if (!written)
        return fail(written.error().message());
    if (m_json) {
        printJson({{QStringLiteral("path"), native(written->path)},
                   {QStringLiteral("format"), format->id},
                   {QStringLiteral("formatVersion"), format->version},
                   {QStringLiteral("task"), task.id},
                   {QStringLiteral("counts"), countsJson(written->counts)}});
    } else {
        m_out << native(written->path) << Qt::endl;
    }
    return CliOk;
}

int Cli::formatImport()
{
    const FormatRegistry &registry = FormatRegistry::builtin();
    const Format *format = registry.find(option("format"));
    if (!format || !format->canImport())
        return usageError(tr("--format: \"%1\" is no format to import from; formats that can: %2")
                                  .arg(option("format"), registry.importIds()));
    if (format->importTarget == ImportTarget::ExistingTask && !isSet("task"))
        return usageError(tr("\"import --format %1\" needs --task TASK: the task to import into")
                                  .arg(format->id));
    const QString file = m_arguments.first();
    if (!QFileInfo(file).isFile())
        return fail(tr("%1: there is no such file").arg(native(file)));

    // A dump brings its own task, so importing one may create the store; a failed import
    // removes it again.
    const bool storeExisted = QFileInfo::exists(m_storePath);
    const bool dryRun = isSet("dry-run");
    // A dry run into a store that is not there yet checks against an empty store in a
    // temporary folder: nothing is created where --store points.
    QTemporaryDir scratch;
    const bool scratchStore = dryRun && !storeExisted &&
                              format->importTarget != ImportTarget::ExistingTask;
    if (scratchStore && !scratch.isValid())
        return fail(tr("cannot make a temporary folder for the dry run"));
    auto opened = scratchStore
                          ? Store::open(scratch.filePath(QStringLiteral("dry-run.sqlite")))
                          : openStore(format->importTarget != ImportTarget::ExistingTask);
    if (!opened)
        return fail(opened.error().message());
    std::unique_ptr<Store> store = std::move(opened).value();
    auto failed = [&](const QString &message) {
        if (!storeExisted && !scratchStore)
            removeNewStore(store, m_storePath);
        return fail(message);
    };

    ImportOptions options;
    if (isSet("task")) {
        if (format->importTarget != ImportTarget::NewTask) {
            const auto task = findTask(*store, option("task"));
            if (!task)
                return failed(task.error().message());
            options.taskId = task->id;
        } else {
            options.taskId = option("task"); // checked against the file's own task
        }
    }
    // Who imports: --as, else the store's only team lead, else "cli" (as "task create" does).
    options.author = QStringLiteral("cli");
    QList<Profile> leads = store->profiles();
    leads.removeIf([](const Profile &p) { return p.role != Role::TeamLead; });
    if (leads.size() == 1)
        options.author = leads.first().id;
    if (isSet("as")) {
        const auto profile = store->findProfile(option("as"));
        if (!profile)
            return failed(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                  .arg(m_storePath, option("as")));
        options.author = profile->id;
    }

    // Whose layer the annotations of a dataset go into: --annotator, else whoever imports.
    if (isSet("annotator")) {
        const auto profile = store->findProfile(option("annotator"));
        if (!profile)
            return failed(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                  .arg(m_storePath, option("annotator")));
        options.layer = profile->id;
    }
    options.suggestions = isSet("suggestions");
    options.dryRun = dryRun;

    auto imported = importFromFile(*format, *store, file, options);
    if (!imported)
        return failed(imported.error().message());
    if (m_json) {
        QJsonObject out{{QStringLiteral("task"), imported->taskId},
                        {QStringLiteral("name"), imported->taskName},
                        {QStringLiteral("format"), format->id},
                        {QStringLiteral("counts"), countsJson(imported->counts)}};
        if (options.dryRun)
            out.insert(QStringLiteral("dryRun"), true);
        printJson(out);
    } else if (options.dryRun) {
        // What would happen, in words; nothing was written.
        m_out << tr("Would import into \"%1\" (nothing was written):").arg(imported->taskName)
              << Qt::endl;
        for (const Message &m : countMessages(imported->counts))
            m_out << "  " << m.text() << Qt::endl;
    } else {
        m_out << imported->taskId << Qt::endl;
    }
    return CliOk;
}

} // namespace annostraat
