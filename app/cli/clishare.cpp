// SPDX-License-Identifier: GPL-3.0-or-later
// The commands that move work between PCs: packages (export, import, validate), assigning
// and publishing a task, and sync with the lab's shared folder (DESIGN.md, "Task packages
// and sync"). The command table and the shared helpers are in cli.cpp.

#include "cli.h"

#include "bundle/packageimport.h"
#include "bundle/packagereader.h"
#include "bundle/packagewriter.h"
#include "model/entities.h"
#include "store/store.h"
#include "sync/syncengine.h"
#include "util/appinfo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace annostraat {

namespace {

const QString kProgram = QStringLiteral("annostraat-cli");

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString megabytes(qint64 bytes)
{
    return QCoreApplication::translate("annostraat::Cli", "%1 MB")
            .arg(double(bytes) / 1e6, 0, 'f', bytes < 10'000'000 ? 2 : 1);
}

QJsonObject producerJson(const Producer &p)
{
    return {{QStringLiteral("profileId"), p.profileId},
            {QStringLiteral("profileName"), p.profileName},
            {QStringLiteral("deviceId"), p.deviceId}};
}

/// One line of progress on a terminal, rewritten in place at most ten times a second and
/// wiped when done; silent when the error stream is no terminal (scripts, logs, tests).
class ProgressLine
{
public:
    ProgressLine(QTextStream &err, bool enabled)
        : m_err(err)
        , m_enabled(enabled)
    {
        m_timer.start();
    }
    ~ProgressLine() { clear(); }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    void show(const QString &text, bool force = false)
    {
        if (!m_enabled || (!force && m_shown && m_timer.elapsed() < 100))
            return;
        m_timer.restart();
        QString line = text;
        if (line.size() > kWidth)
            line = QStringLiteral("…") + line.right(kWidth - 1);
        m_err << QLatin1Char('\r') << line.leftJustified(kWidth) << Qt::flush;
        m_shown = true;
    }

    void bytes(const QString &what, qint64 done, qint64 total)
    {
        show(total > 0 ? QStringLiteral("%1: %2 %").arg(what).arg(done * 100 / total)
                       : QStringLiteral("%1: %2").arg(what, megabytes(done)));
    }

    void clear()
    {
        if (!m_shown)
            return;
        m_err << QLatin1Char('\r') << QString(kWidth, QLatin1Char(' ')) << QLatin1Char('\r')
              << Qt::flush;
        m_shown = false;
    }

private:
    static constexpr qsizetype kWidth = 79;
    QTextStream &m_err;
    bool m_enabled;
    bool m_shown = false;
    QElapsedTimer m_timer;
};

/// Removes a store file this command created, with SQLite's side files, after a failure
/// (a failed command changes nothing, and that includes leaving no new store behind).
void removeNewStore(std::unique_ptr<Store> &store, const QString &path)
{
    store.reset();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

bool Cli::errIsTerminal() const
{
    const auto *file = qobject_cast<QFile *>(m_err.device());
    if (!file || file->handle() < 0)
        return false;
#ifdef Q_OS_WIN
    return _isatty(file->handle()) != 0;
#else
    return ::isatty(file->handle()) != 0;
#endif
}

QString Cli::mediaDir() const
{
    if (isSet("media"))
        return QFileInfo(option("media")).absoluteFilePath();
    return defaultMediaDir(m_storePath);
}

Result<Profile> Cli::actingProfile(const Store &store, bool teamLeadOnly) const
{
    if (isSet("as")) {
        const auto profile = store.findProfile(option("as"));
        if (!profile)
            return Error(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                 .arg(m_storePath, option("as")));
        if (teamLeadOnly && profile->role != Role::TeamLead)
            return Error(tr("%1: %2 is a profile with the role %3; only a team lead publishes "
                            "and assigns tasks")
                                 .arg(m_storePath, profile->name, toId(profile->role)));
        return *profile;
    }
    QList<Profile> leads = store.profiles();
    leads.removeIf([](const Profile &p) { return p.role != Role::TeamLead; });
    if (leads.size() == 1)
        return leads.first();
    if (teamLeadOnly) {
        if (leads.isEmpty())
            return Error(tr("%1: the store has no team lead profile; add one with \"profile add "
                            "NAME --role teamlead\"")
                                 .arg(m_storePath));
        return Error(tr("%1: the store has %2 team lead profiles; choose one with --as PROFILE")
                             .arg(m_storePath)
                             .arg(leads.size()));
    }
    const QList<Profile> local = store.localProfiles();
    if (local.isEmpty())
        return Error(tr("%1: no profile works on this PC yet to sign the package; choose one "
                        "with --as PROFILE")
                             .arg(m_storePath));
    return local.first();
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

    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    const Store &s = **store;
    const auto task = findTask(s, m_arguments.first());
    if (!task)
        return fail(task.error().message());
    const auto producer = actingProfile(s, false);
    if (!producer)
        return fail(producer.error().message());

    ProgressLine progress(m_err, errIsTerminal());
    auto written = writeTaskPackage(
            s, task->id, out, *producer, isSet("with-work") ? IncludeWork::Yes : IncludeWork::No,
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

// ---- task assign / publish ----------------------------------------------------------------

int Cli::taskAssign()
{
    const bool roundRobin = isSet("annotators");
    const bool single = isSet("item") || isSet("annotator") || isSet("remove");
    const QString hint = tr("see \"%1 help task assign\"").arg(kProgram);
    if (roundRobin && single)
        return usageError(tr("\"task assign\" takes either --annotators or --item with "
                             "--annotator, not both; %1")
                                  .arg(hint));
    if (!roundRobin && !single)
        return usageError(tr("\"task assign\" needs --annotators P1,P2,... or --item ITEM "
                             "--annotator PROFILE; %1")
                                  .arg(hint));
    if (single && !(isSet("item") && isSet("annotator")))
        return usageError(
                tr("\"task assign\" needs both --item ITEM and --annotator PROFILE; %1").arg(hint));
    QString problem;
    const auto perItemOption = positiveOption("per-item", 1, &problem);
    if (!perItemOption)
        return usageError(problem);
    if (isSet("per-item") && !roundRobin)
        return usageError(tr("--per-item goes with --annotators; %1").arg(hint));

    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    Store &s = **store;
    const auto task = findTask(s, m_arguments.first());
    if (!task)
        return fail(task.error().message());
    const auto lead = actingProfile(s, true);
    if (!lead)
        return fail(lead.error().message());

    if (single) {
        const auto item = s.item(option("item"));
        if (!item || item->taskId != task->id)
            return fail(tr("%1: task \"%2\" has no item \"%3\"; \"item list\" shows them")
                                .arg(m_storePath, task->name, option("item")));
        const auto annotator = s.findProfile(option("annotator"));
        if (!annotator)
            return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                .arg(m_storePath, option("annotator")));
        const bool assign = !isSet("remove");
        if (auto r = s.setAssignment(item->id, annotator->id, assign, lead->id); !r)
            return fail(inStore(r.error()).message());
        if (m_json)
            printJson({{QStringLiteral("task"), task->id},
                       {QStringLiteral("item"), item->id},
                       {QStringLiteral("annotator"), annotator->id},
                       {QStringLiteral("assigned"), assign},
                       {QStringLiteral("queue"), int(s.queue(task->id, annotator->id).size())}});
        else
            m_out << (assign ? tr("assigned item %1 to %2") : tr("withdrew item %1 from %2"))
                             .arg(item->id, annotator->name)
                  << Qt::endl;
        return CliOk;
    }

    QList<Profile> annotators;
    QSet<QString> seen;
    for (const QString &given : option("annotators").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto profile = s.findProfile(given.trimmed());
        if (!profile)
            return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                .arg(m_storePath, given.trimmed()));
        if (seen.contains(profile->id))
            return usageError(tr("--annotators: %1 is named twice").arg(profile->name));
        seen.insert(profile->id);
        annotators << *profile;
    }
    if (annotators.isEmpty())
        return usageError(tr("--annotators: name at least one annotator; %1").arg(hint));
    const int perItem = isSet("per-item") ? *perItemOption : task->annotatorsPerItem;
    if (perItem > annotators.size())
        return fail(tr("%1 annotators per item is not possible with %2 annotators%3")
                            .arg(perItem)
                            .arg(annotators.size())
                            .arg(isSet("per-item") ? QString()
                                                   : tr(" (the task's annotators per item); "
                                                        "choose fewer with --per-item N")));
    QStringList ids;
    for (const Profile &p : std::as_const(annotators))
        ids << p.id;
    const auto added = s.assignRoundRobin(task->id, ids, perItem, lead->id);
    if (!added)
        return fail(inStore(added.error()).message());

    QList<QStringList> rows;
    QJsonArray queues;
    for (const Profile &p : std::as_const(annotators)) {
        const int queued = int(s.queue(task->id, p.id).size());
        rows << QStringList{p.name, p.id, QString::number(queued)};
        queues << QJsonObject{{QStringLiteral("id"), p.id},
                              {QStringLiteral("name"), p.name},
                              {QStringLiteral("items"), queued}};
    }
    if (m_json) {
        printJson({{QStringLiteral("task"), task->id},
                   {QStringLiteral("perItem"), perItem},
                   {QStringLiteral("added"), *added},
                   {QStringLiteral("annotators"), queues}});
        return CliOk;
    }
    m_out << tr("%n new assignment(s), %1 per item", nullptr, *added).arg(perItem)
          << QStringLiteral("\n");
    printTable({tr("ANNOTATOR"), tr("ID"), tr("ITEMS")}, rows);
    return CliOk;
}

int Cli::taskPublish()
{
    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    Store &s = **store;
    const auto task = findTask(s, m_arguments.first());
    if (!task)
        return fail(task.error().message());
    const auto lead = actingProfile(s, true);
    if (!lead)
        return fail(lead.error().message());

    SyncEngine engine(s, QFileInfo(option("share")).absoluteFilePath(), mediaDir());
    ProgressLine progress(m_err, errIsTerminal());
    engine.setProgressCallback(
            [&](const SyncProgress &p) { progress.show(tr("publishing %1").arg(p.file), true); });
    auto published = engine.publishTask(task->id, *lead);
    progress.clear();
    if (!published)
        return fail(published.error().message());
    if (m_json) {
        printJson({{QStringLiteral("path"), published->path},
                   {QStringLiteral("task"), published->manifest.taskId},
                   {QStringLiteral("taskVersion"), published->manifest.taskVersion},
                   {QStringLiteral("producer"), producerJson(published->manifest.producer)},
                   {QStringLiteral("items"), published->manifest.itemCount},
                   {QStringLiteral("ops"), published->manifest.opCount},
                   {QStringLiteral("media"), published->mediaCount},
                   {QStringLiteral("size"), double(published->fileSize)}});
    } else {
        m_out << native(published->path) << Qt::endl;
    }
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
                   {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)}});
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
    m_out
          << tr("pushed: %1 files written, %2 ops pushed").arg(r.filesWritten).arg(r.opsPushed)
          << nl << tr("elapsed: %1 ms").arg(r.elapsedMs) << nl;
    if (!r.reachable)
        m_out << tr("the share went away during the sync (offline); the next sync goes on from "
                    "here")
              << nl;
    for (const QString &problem : r.problems)
        m_out << tr("problem: %1").arg(problem) << nl;
    m_out.flush();
    return CliOk;
}

} // namespace annostraat
