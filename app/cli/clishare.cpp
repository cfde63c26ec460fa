// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that move work between PCs: packages (export, import, validate) and sync with
// the lab's shared folder (DESIGN.md, "Task packages and sync"). Assigning and publishing a
// task are with the task commands (clitasks.cpp).

#include "clicommand.h"

#include "bundle/packageimport.h"
#include "bundle/packagereader.h"
#include "bundle/packagewriter.h"
#include "model/entities.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QFileInfo>
#include <QJsonArray>

namespace annostraat {

using namespace cli;

QList<CliCommand> CliCommand::shareCommands()
{
    return {{{QStringLiteral("package"), QStringLiteral("export")},
             {QStringLiteral("TASK")},
             {QStringLiteral("out"), QStringLiteral("with-work"), QStringLiteral("as")},
             {QStringLiteral("out")},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK --out FILE [--with-work] [--as PROFILE]"),
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
             &Cli::syncShare}};
}

// ---- package export / import / validate ---------------------------------------------------

int Cli::packageExport()
{
    const QString out = QFileInfo(option("out")).absoluteFilePath();
    const QString folder = QFileInfo(out).absolutePath();
    // Checked here too, before the store is opened, so the message can say what to do.
    if (!QFileInfo(folder).isDir())
        return fail(tr("%1: the folder does not exist; \"package export\" does not create "
                       "folders, make it first")
                            .arg(native(folder)));
    if (QFileInfo::exists(out))
        return fail(tr("%1: the file already exists; a package is written once and never "
                       "replaced")
                            .arg(native(out)));

    const auto scope = openTask(m_arguments.first(), Acting::Anyone);
    if (!scope)
        return fail(scope.error().message());
    const Store &s = *scope->store;
    const Task &task = scope->task;
    const Profile &producer = *scope->actor;

    ProgressLine progress(m_err, errIsTerminal());
    auto written = writeTaskPackage(
            s, task.id, out, producer, isSet("with-work") ? IncludeWork::Yes : IncludeWork::No,
            [&](qint64 done, qint64 total) { progress.bytes(tr("writing media"), done, total); },
            mediaDir());
    progress.clear();
    if (!written)
        return fail(written.error().message());

    if (m_json) {
        printJson({{QStringLiteral("path"), written->path},
                   {QStringLiteral("kind"), toId(written->manifest.kind)},
                   {QStringLiteral("task"), written->manifest.taskId},
                   {QStringLiteral("taskVersion"), written->manifest.taskVersion},
                   {QStringLiteral("producer"), producerJson(written->manifest.producer)},
                   {QStringLiteral("items"), written->manifest.itemCount},
                   {QStringLiteral("ops"), written->manifest.opCount},
                   {QStringLiteral("media"), written->mediaCount},
                   {QStringLiteral("withWork"), isSet("with-work")},
                   {QStringLiteral("size"), double(written->fileSize)}});
    } else {
        m_out << native(written->path) << Qt::endl;
    }
    return CliOk;
}

int Cli::packageImport()
{
    const QString file = m_arguments.first();
    if (!QFileInfo(file).isFile())
        return fail(tr("%1: no such file").arg(native(file)));
    // A fresh PC may start from a package, so the store is created when needed; but a
    // package that is refused must not leave a new, empty store behind.
    const bool storeExisted = QFileInfo::exists(m_storePath);
    auto opened = openStore(true);
    if (!opened)
        return fail(opened.error().message());
    std::unique_ptr<Store> store = std::move(*opened);

    const QString media = mediaDir();
    ProgressLine progress(m_err, errIsTerminal());
    auto imported = importPackage(*store, file, media, [&](qint64 done, qint64 total) {
        progress.bytes(tr("importing media"), done, total);
    });
    progress.clear();
    if (!imported) {
        if (!storeExisted)
            removeNewStore(store, m_storePath);
        return fail(imported.error().message());
    }

    const Manifest &m = imported->manifest;
    if (m_json) {
        printJson({{QStringLiteral("path"), QFileInfo(file).absoluteFilePath()},
                   {QStringLiteral("kind"), toId(m.kind)},
                   {QStringLiteral("task"), m.taskId},
                   {QStringLiteral("taskVersion"), m.taskVersion},
                   {QStringLiteral("producer"), producerJson(m.producer)},
                   {QStringLiteral("received"), imported->received},
                   {QStringLiteral("applied"), imported->applied},
                   {QStringLiteral("mediaExtracted"), imported->mediaExtracted},
                   {QStringLiteral("mediaPresent"), imported->mediaPresent},
                   {QStringLiteral("mediaDir"), media}});
        return CliOk;
    }
    m_out << tr("imported: %1 (%2 package of task %3, version %4)")
                     .arg(native(file), toId(m.kind), m.taskId)
                     .arg(m.taskVersion)
          << QStringLiteral("\n")
          << tr("ops: %1 received, %2 applied").arg(imported->received).arg(imported->applied)
          << QStringLiteral("\n")
          << tr("media: %1 extracted, %2 already present (in %3)")
                     .arg(imported->mediaExtracted)
                     .arg(imported->mediaPresent)
                     .arg(native(media))
          << Qt::endl;
    return CliOk;
}

int Cli::packageValidate()
{
    const QString file = m_arguments.first();
    ProgressLine progress(m_err, errIsTerminal());
    auto package = readPackage(file, {}, [&](qint64 done, qint64 total) {
        progress.bytes(tr("checking"), done, total);
    });
    progress.clear();
    if (!package) {
        // readPackage() stops at the first problem; its message starts with the file's path.
        QString message = package.error().message();
        if (!message.startsWith(file))
            message = package.error().prefixed(native(file)).message();
        if (m_json)
            printJson({{QStringLiteral("path"), QFileInfo(file).absoluteFilePath()},
                       {QStringLiteral("valid"), false},
                       {QStringLiteral("problems"), QJsonArray{message}}});
        return fail(message);
    }

    const Manifest &m = package->manifest;
    qint64 bytes = 0;
    int media = 0;
    for (const PackageEntry &e : m.entries) {
        bytes += e.size;
        media += e.name.startsWith(QLatin1String(package::kMediaFolder)) ? 1 : 0;
    }
    const QString created = m.created.toString(Qt::ISODateWithMs);
    if (m_json) {
        printJson({{QStringLiteral("path"), QFileInfo(file).absoluteFilePath()},
                   {QStringLiteral("valid"), true},
                   {QStringLiteral("formatVersion"), m.formatVersion},
                   {QStringLiteral("kind"), toId(m.kind)},
                   {QStringLiteral("task"), m.taskId},
                   {QStringLiteral("taskVersion"), m.taskVersion},
                   {QStringLiteral("producer"), producerJson(m.producer)},
                   {QStringLiteral("created"), created},
                   {QStringLiteral("items"), m.itemCount},
                   {QStringLiteral("ops"), m.opCount},
                   {QStringLiteral("entries"), int(m.entries.size())},
                   {QStringLiteral("media"), media},
                   {QStringLiteral("bytes"), double(bytes)},
                   {QStringLiteral("fileSize"), double(QFileInfo(file).size())}});
        return CliOk;
    }
    const QString nl = QStringLiteral("\n");
    m_out << tr("valid: %1").arg(native(file)) << nl
          << tr("kind: %1 (format version %2)").arg(toId(m.kind)).arg(m.formatVersion) << nl
          << tr("task: %1, version %2").arg(m.taskId).arg(m.taskVersion) << nl
          << tr("producer: %1 (%2) on device %3")
                     .arg(m.producer.profileName, m.producer.profileId, m.producer.deviceId)
          << nl << tr("created: %1").arg(created) << nl << tr("items: %1").arg(m.itemCount) << nl
          << tr("ops: %1").arg(m.opCount) << nl
          << tr("entries: %1 (%2 media), %3 uncompressed")
                     .arg(m.entries.size())
                     .arg(media)
                     .arg(megabytes(bytes))
          << Qt::endl;
    return CliOk;
}
// ---- sync ---------------------------------------------------------------------------------

int Cli::syncShare()
{
    const QString shareGiven = option("share");
    const QString share = QFileInfo(shareGiven).absoluteFilePath();
    const QFileInfo shareInfo(share);
    const bool reachable = shareInfo.isDir() && shareInfo.isReadable();

    auto offline = [&]() {
        if (m_json)
            printJson({{QStringLiteral("share"), share},
                       {QStringLiteral("reachable"), false},
                       {QStringLiteral("filesImported"), 0},
                       {QStringLiteral("filesRefused"), 0},
                       {QStringLiteral("filesStillRefused"), 0},
                       {QStringLiteral("filesToRetry"), 0},
                       {QStringLiteral("opsApplied"), 0},
                       {QStringLiteral("filesWritten"), 0},
                       {QStringLiteral("opsPushed"), 0},
                       {QStringLiteral("elapsedMs"), 0},
                       {QStringLiteral("problems"), QJsonArray()}});
        else
            m_out << tr("share not reachable: %1 (offline)").arg(native(shareGiven)) << Qt::endl;
        return CliOk;
    };

    // A new lab PC starts with a sync, so the store is created when needed, but not for an
    // unreachable share (nothing to fill it with) nor with --as (the profile cannot be in it).
    if (!QFileInfo::exists(m_storePath) && !reachable && !isSet("as"))
        return offline();
    auto store = openStore(!isSet("as"));
    if (!store)
        return fail(store.error().message());
    Store &s = **store;
    if (isSet("as") && !s.findProfile(option("as")))
        return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                            .arg(m_storePath, option("as")));

    SyncEngine engine(s, share, mediaDir());
    ProgressLine progress(m_err, errIsTerminal());
    engine.setProgressCallback([&](const SyncProgress &p) {
        QString stage;
        switch (p.stage) {
        case SyncProgress::Stage::Looking:
            stage = tr("looking");
            break;
        case SyncProgress::Stage::Pulling:
            stage = tr("pulling");
            break;
        case SyncProgress::Stage::Pushing:
            stage = tr("pushing");
            break;
        case SyncProgress::Stage::Publishing:
            stage = tr("publishing");
            break;
        }
        progress.show(p.file.isEmpty() ? stage : stage + QLatin1Char(' ') + p.file, true);
    });
    auto report = engine.sync();
    progress.clear();
    if (!report)
        return fail(inStore(report.error()).message());
    if (!report->reachable && report->filesImported == 0 && report->filesWritten == 0)
        return offline();

    const SyncReport &r = *report;
    if (m_json) {
        printJson({{QStringLiteral("share"), share},
                   {QStringLiteral("reachable"), r.reachable},
                   {QStringLiteral("filesImported"), r.filesImported},
                   {QStringLiteral("filesRefused"), r.filesRefused},
                   {QStringLiteral("filesStillRefused"), r.filesStillRefused},
                   {QStringLiteral("filesToRetry"), r.filesToRetry},
                   {QStringLiteral("opsApplied"), r.opsApplied},
                   {QStringLiteral("filesWritten"), r.filesWritten},
                   {QStringLiteral("opsPushed"), r.opsPushed},
                   {QStringLiteral("elapsedMs"), double(r.elapsedMs)},
                   {QStringLiteral("problems"), QJsonArray::fromStringList(texts(r.problems))}});
        return CliOk;
    }
    const QString nl = QStringLiteral("\n");
    m_out << tr("share: %1").arg(native(shareGiven)) << nl
          << tr("pulled: %1 files imported, %2 refused, %3 ops applied")
                     .arg(r.filesImported)
                     .arg(r.filesRefused)
                     .arg(r.opsApplied)
          << nl;
    if (r.filesToRetry > 0 || r.filesStillRefused > 0)
        m_out << tr("not taken in: %1 to try again at the next sync, %2 refused earlier")
                         .arg(r.filesToRetry)
                         .arg(r.filesStillRefused)
              << nl;
    m_out << tr("pushed: %1 files written, %2 ops pushed").arg(r.filesWritten).arg(r.opsPushed)
          << nl << tr("elapsed: %1 ms").arg(r.elapsedMs) << nl;
    if (!r.reachable)
        m_out << tr("the share went away during the sync (offline); the next sync goes on from "
                    "here")
              << nl;
    for (const Message &problem : r.problems)
        m_out << tr("problem: %1").arg(problem.text()) << nl;
    m_out.flush();
    return CliOk;
}

} // namespace annostraat
