// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include "bundle/atomicfile.h"
#include "bundle/packageimport.h"
#include "bundle/packagewriter.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <limits>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Sync)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Sync)
};

QString folderName(PackageKind kind)
{
    return kind == PackageKind::Reviews ? QStringLiteral("reviews") : QStringLiteral("results");
}

/// Folders of the share that can be ids of ours; anything else (a stray "New folder", a link)
/// is not looked into.
QStringList subfolders(const QString &path)
{
    QStringList names = QDir(path).entryList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    names.removeIf([](const QString &name) { return !isValidId(name); });
    return names;
}

/// Package files in \a path that readers may look at (temporary names are skipped).
QStringList packageFiles(const QString &path)
{
    QStringList files = QDir(path).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    files.removeIf([](const QString &name) { return isTemporaryFileName(name); });
    return files;
}

/// Creates \a rel below \a root one level at a time, never \a root itself: when the share is
/// gone, its mount point must not fill up with folders on the local disk.
bool makeFoldersBelow(const QString &root, const QString &rel)
{
    QDir dir(root);
    if (!dir.exists())
        return false;
    for (const QString &part : rel.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
        if (part == QLatin1String(".") || part == QLatin1String("..")
            || QFileInfo(dir.filePath(part)).isSymLink())
            return false;
        if (!dir.exists(part) && !dir.mkdir(part))
            return false;
        if (!dir.cd(part))
            return false;
    }
    return true;
}

const QString kRefused = QStringLiteral("refused");

SeenFile seenNow(const QFileInfo &info, const QString &outcome, const Message &problem = {})
{
    return {info.size(), info.lastModified().toMSecsSinceEpoch(), outcome, problem, 0, versionString()};
}

/// Whether \a path is still the file \a size and \a mtime describe, and can be opened: if not, a
/// failure to read it says nothing about its contents (it was being written, or was locked).
bool sameAndReadable(const QString &path, qint64 size, qint64 mtime)
{
    const QFileInfo now(path);
    if (!now.isFile() || now.size() != size || now.lastModified().toMSecsSinceEpoch() != mtime)
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly);
}

/// Whether \a op is \a profileId's own work of the kind a results or reviews file may carry.
bool isOwnWork(const Op &op, PackageKind kind, const QString &profileId)
{
    if (op.entity == QLatin1String("profile"))
        return op.entityId == profileId;
    if (op.entity == QLatin1String("annotation"))
        return op.key.value(QStringLiteral("author")).toString() == profileId;
    if (op.entity == QLatin1String("submission"))
        return kind == PackageKind::Results && op.key.value(QStringLiteral("annotator")).toString() == profileId;
    if (op.entity == QLatin1String("review")) // a review always names its reviewer
        return kind == PackageKind::Reviews && op.fields.value(QStringLiteral("reviewer")).toString() == profileId;
    if (op.entity == QLatin1String("gold")) // a team lead's gold mark, their own layer the reference
        return kind == PackageKind::Reviews && op.author == profileId
            && (!op.fields.contains(QStringLiteral("reference"))
                || op.fields.value(QStringLiteral("reference")).toString() == profileId);
    return false;
}

/// Where a profile's op goes on push: submissions with results, reviews with reviews, and
/// annotations with the profile's role (a reviewer's layer is their corrections).
PackageKind pushKind(const Op &op, Role role)
{
    // Gold marks go with reviews: an annotator's PC takes from reviews/ only the verdicts on
    // its own people's work, so it never learns which items are gold (decision 0021).
    if (op.entity == QLatin1String("review") || op.entity == QLatin1String("gold"))
        return PackageKind::Reviews;
    if (op.entity == QLatin1String("submission"))
        return PackageKind::Results;
    return role == Role::Reviewer ? PackageKind::Reviews : PackageKind::Results;
}

/// A results or reviews file may name its person, but not make them a team lead: such ops are
/// left out, and each is named in \a notes.
void dropRoleChanges(const Store &store, Package &package, PackageKind kind, const QString &rel,
                     QList<Message> &notes)
{
    const QString allowed = toId(kind == PackageKind::Reviews ? Role::Reviewer : Role::Annotator);
    package.ops.removeIf([&](const Op &op) {
        if (op.entity != QLatin1String("profile") || !op.fields.contains(QStringLiteral("role")))
            return false;
        // Nor may a person this PC knows as an annotator name themself a reviewer: that is the
        // team lead's to do, in a task package (decision 0018).
        const auto known = store.findProfile(op.entityId);
        const bool promotes = kind == PackageKind::Reviews && known && known->id == op.entityId
                           && known->role == Role::Annotator;
        // A team lead's own results or reviews (their reference layer, gold marks) name them
        // with the role this PC already knows: that changes nothing and is kept (decision 0021).
        const bool unchanged = known && known->id == op.entityId
                            && toId(known->role) == op.fields.value(QStringLiteral("role")).toString();
        const bool drop = !unchanged && (op.fields.value(QStringLiteral("role")).toString() != allowed || promotes);
        if (drop)
            notes << Tr::msg("%1: op %2 would give %3 the role \"%4\", which only a team lead's task "
                            "package may; the rest of the file was taken in without it")
                             .arg(rel, op.id, op.entityId, op.fields.value(QStringLiteral("role")).toString());
        return drop;
    });
}

/// Drops other people's layers, for a PC where only annotators work (blind double annotation).
void keepOwnWork(Package &package, const QSet<QString> &localIds)
{
    package.ops.removeIf([&](const Op &op) {
        QString owner;
        if (op.entity == QLatin1String("gold")) // annotators never learn which items are gold
            return true;
        if (op.entity == QLatin1String("annotation"))
            owner = op.key.value(QStringLiteral("author")).toString();
        else if (op.entity == QLatin1String("submission") || op.entity == QLatin1String("review"))
            owner = op.key.value(QStringLiteral("annotator")).toString();
        else
            return false;
        return !localIds.contains(owner);
    });
}

} // namespace

SyncEngine::SyncEngine(Store &store, QString shareRoot, QString mediaDir)
    : m_store(store), m_root(std::move(shareRoot)), m_mediaDir(std::move(mediaDir))
{}

void SyncEngine::setProgressCallback(std::function<void(const SyncProgress &)> callback)
{
    m_progress = std::move(callback);
}

void SyncEngine::progress(SyncProgress::Stage stage, const QString &file, int done, int total)
{
    if (m_progress)
        m_progress({stage, file, done, total});
}

bool SyncEngine::shareReachable() const
{
    const QFileInfo info(m_root);
    return !m_root.isEmpty() && info.isDir() && info.isReadable();
}

QString SyncEngine::taskPackagePath(const QString &taskId, int version)
{
    return QStringLiteral("tasks/%1/task-v%2.zip").arg(taskId).arg(version);
}

QString SyncEngine::workFolder(PackageKind kind, const QString &taskId, const QString &profileId)
{
    return QStringLiteral("%1/%2/%3").arg(folderName(kind), taskId, profileId);
}

Result<SyncReport> SyncEngine::sync()
{
    auto pulled = pull();
    if (!pulled || !pulled->reachable)
        return pulled;
    auto pushed = push();
    if (!pushed)
        return pushed;
    SyncReport report = *pulled;
    report.reachable = pushed->reachable;
    report.filesWritten = pushed->filesWritten;
    report.opsPushed = pushed->opsPushed;
    report.problems << pushed->problems;
    report.elapsedMs += pushed->elapsedMs;
    return report;
}

Result<SyncReport> SyncEngine::pull()
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    // Leftovers of an import that was killed go whether or not the share is there.
    removePartialMedia(m_mediaDir);
    report.reachable = shareReachable();
    if (report.reachable) {
        Result<void> r = pullTasks(report);
        if (r && report.reachable)
            r = pullWork(PackageKind::Results, report);
        if (r && report.reachable)
            r = pullWork(PackageKind::Reviews, report);
        if (!r)
            return r.error();
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<void> SyncEngine::pullTasks(SyncReport &report)
{
    QSet<QString> localIds;
    bool seesAll = false;
    for (const Profile &p : m_store.localProfiles()) {
        localIds.insert(p.id);
        seesAll = seesAll || p.role != Role::Annotator;
    }
    static const QRegularExpression versionPattern(QStringLiteral("^task-v(\\d{1,9})\\.zip$"));
    const QString tasksRoot = m_root + QStringLiteral("/tasks");
    const QStringList taskIds = subfolders(tasksRoot);
    for (int t = 0; t < taskIds.size(); ++t) {
        const QString &taskId = taskIds.at(t);
        QList<std::pair<int, QString>> versions;
        for (const QString &name : packageFiles(tasksRoot + QLatin1Char('/') + taskId))
            if (const auto m = versionPattern.match(name); m.hasMatch())
                versions << std::pair{m.captured(1).toInt(), name};
        std::sort(versions.begin(), versions.end());
        for (const auto &[version, name] : versions) {
            const QString rel = QStringLiteral("tasks/%1/%2").arg(taskId, name);
            const QFileInfo info(m_root + QLatin1Char('/') + rel);
            if (seenBefore(rel, info, report))
                continue;
            progress(SyncProgress::Stage::Pulling, rel, t, int(taskIds.size()));
            const int expectedVersion = version;
            auto vet = [&](Package &package) -> Result<void> {
                if (package.manifest.kind != PackageKind::Task)
                    return Error(Tr::msg("%1: a %2 package does not belong in tasks/").arg(rel, toId(package.manifest.kind)));
                if (package.manifest.taskId != taskId)
                    return Error(Tr::msg("%1: the package is for task %2, not %3").arg(rel, package.manifest.taskId, taskId));
                if (package.manifest.taskVersion != expectedVersion)
                    return Error(Tr::msg("%1: the package says it is version %2").arg(rel).arg(package.manifest.taskVersion));
                // A task package with people's work in it (exported "with work") must not break
                // blind double annotation on an annotator's PC.
                if (!seesAll)
                    keepOwnWork(package, localIds);
                return {};
            };
            if (auto r = importFile(rel, info, vet, {}, report); !r)
                return r;
            if (!report.reachable)
                return {};
        }
    }
    return {};
}

bool SyncEngine::seenBefore(const QString &rel, const QFileInfo &info, SyncReport &report) const
{
    const auto seen = m_store.seenFile(rel);
    if (!seen || seen->size != info.size() || seen->mtime != info.lastModified().toMSecsSinceEpoch())
        return false;
    if (seen->outcome != kRefused)
        return true;
    if (seen->program != versionString())
        return false; // a newer reader may accept what an older one refused
    ++report.filesStillRefused;
    report.problems << Tr::msg("%1 (refused earlier; looked at again when the file changes)").arg(seen->problem);
    return true;
}

Result<void> SyncEngine::importFile(const QString &rel, const QFileInfo &info, const PackageCheck &vet,
                                    const QList<Message> &notes, SyncReport &report)
{
    // Only a package at fault is remembered as refused. Anything else is tried again at the next
    // sync and reported until it goes through: the file could not be opened or read (a virus
    // scanner or the writer holds it, permissions, an I/O error), it changed while it was read,
    // or it validated and failed on this PC's side afterwards (disk full, store busy).
    const qint64 size = info.size();
    const qint64 mtime = info.lastModified().toMSecsSinceEpoch();
    bool validated = false;
    bool accepted = false;
    auto check = [&](Package &package) -> Result<void> {
        validated = true;
        auto r = vet(package);
        accepted = r.ok();
        return r;
    };
    auto imported = importPackage(m_store, info.filePath(), m_mediaDir, {}, {}, check);
    if (!imported) {
        if (!shareReachable()) { // the share went away mid-file: not the file's fault
            report.reachable = false;
            return {};
        }
        const Error &error = imported.error();
        const bool fileAtFault = !error.isAccess() && !(validated && accepted)
                              && sameAndReadable(info.filePath(), size, mtime);
        if (!fileAtFault) {
            ++report.filesToRetry;
            report.problems << Tr::msg("%1 (tried again at the next sync)").arg(error.what());
            return {};
        }
        ++report.filesRefused;
        report.problems << error.what();
        return m_store.markSeen(rel, {size, mtime, kRefused, error.what(), 0, versionString()});
    }
    ++report.filesImported;
    report.opsApplied += imported->applied;
    report.problems << notes;
    return m_store.markSeen(rel, {size, mtime, QStringLiteral("imported"), {}, 0, versionString()});
}

Result<void> SyncEngine::pullWork(PackageKind kind, SyncReport &report)
{
    QSet<QString> localIds;
    bool seesAll = false;
    for (const Profile &p : m_store.localProfiles()) {
        localIds.insert(p.id);
        seesAll = seesAll || p.role != Role::Annotator;
    }
    const QString base = m_root + QLatin1Char('/') + folderName(kind);
    for (const QString &taskId : subfolders(base)) {
        if (!m_store.task(taskId))
            continue; // its task package has not arrived yet: try again next time
        for (const QString &profileId : subfolders(base + QLatin1Char('/') + taskId)) {
            // Blind double annotation: an annotator's PC never reads another annotator's layer.
            if (kind == PackageKind::Results && !seesAll && !localIds.contains(profileId))
                continue;
            const QString folder = workFolder(kind, taskId, profileId);
            for (const QString &name : packageFiles(m_root + QLatin1Char('/') + folder)) {
                // This PC's own files are remembered as seen when written; one it wrote but could
                // not record (killed right after the rename) is applied again, which is harmless.
                const QString rel = folder + QLatin1Char('/') + name;
                const QFileInfo info(m_root + QLatin1Char('/') + rel);
                if (seenBefore(rel, info, report))
                    continue;
                progress(SyncProgress::Stage::Pulling, rel, report.filesImported, 0);
                QList<Message> notes;
                auto vet = [&](Package &package) -> Result<void> {
                    notes.clear();
                    if (package.manifest.kind != kind)
                        return Error(Tr::msg("%1: a %2 package does not belong in %3/").arg(rel, toId(package.manifest.kind), folderName(kind)));
                    if (package.manifest.taskId != taskId)
                        return Error(Tr::msg("%1: the package is for task %2, not %3").arg(rel, package.manifest.taskId, taskId));
                    for (const Op &op : package.ops) {
                        if (op.author != profileId)
                            return Error(Tr::msg("%1: op %2 is by %3, but this folder holds only the work of %4")
                                             .arg(rel, op.id, op.author, profileId));
                        if (!isOwnWork(op, kind, profileId))
                            return Error(Tr::msg("%1: op %2 changes a %3 that is not %4's own work")
                                             .arg(rel, op.id, op.entity, profileId));
                        if (op.entity != QLatin1String("profile") && op.taskId() != taskId)
                            return Error(Tr::msg("%1: op %2 belongs to another task").arg(rel, op.id));
                    }
                    // A verdict by someone this PC knows as an annotator is forged: the whole
                    // file is refused (Store::merge() would refuse it too, decision 0018).
                    if (kind == PackageKind::Reviews)
                        for (const Op &op : package.ops)
                            if (op.entity == QLatin1String("review"))
                                if (const auto p = m_store.findProfile(profileId); p && p->id == profileId && p->role == Role::Annotator)
                                    return Error(Tr::msg("%1: op %2 gives a verdict, but %3 is an annotator; only "
                                                        "reviewers and team leads give verdicts")
                                                         .arg(rel, op.id, p->name));
                    // Only a team lead marks gold (Store::merge() refuses it too, decision 0021).
                    for (const Op &op : package.ops)
                        if (op.entity == QLatin1String("gold"))
                            if (const auto p = m_store.findProfile(profileId); p && p->id == profileId && p->role != Role::TeamLead)
                                return Error(Tr::msg("%1: op %2 marks a gold item, but %3 is not a team lead")
                                                     .arg(rel, op.id, p->name));
                    dropRoleChanges(m_store, package, kind, rel, notes);
                    // An annotator's PC takes from reviews only what concerns its own people.
                    if (!seesAll && kind == PackageKind::Reviews)
                        package.ops.removeIf([&](const Op &op) {
                            return op.entity != QLatin1String("profile")
                                && !(op.entity == QLatin1String("review")
                                     && localIds.contains(op.key.value(QStringLiteral("annotator")).toString()));
                        });
                    return {};
                };
                if (auto r = importFile(rel, info, vet, notes, report); !r)
                    return r;
                if (!report.reachable)
                    return {};
            }
        }
    }
    return {};
}

Result<SyncReport> SyncEngine::push()
{
    QElapsedTimer timer;
    timer.start();
    SyncReport report;
    report.reachable = shareReachable();
    if (report.reachable) {
        for (const Profile &profile : m_store.localProfiles()) {
            if (auto r = pushFor(profile, report); !r)
                return r.error();
            if (!report.reachable)
                break;
        }
    }
    report.elapsedMs = timer.elapsed();
    return report;
}

Result<void> SyncEngine::pushFor(const Profile &profile, SyncReport &report)
{
    const QList<Task> tasks = m_store.tasks();
    QHash<QString, std::pair<qint64, int>> state;
    qint64 from = std::numeric_limits<qint64>::max();
    for (const Task &task : tasks) {
        state.insert(task.id, m_store.pushed(task.id, profile.id));
        from = std::min(from, state.value(task.id).first);
    }
    if (tasks.isEmpty())
        return {};
    const QList<Op> ops = m_store.ownOps(profile.id, from);
    if (ops.isEmpty())
        return {};
    const qint64 newest = ops.last().seq;

    // Per task, what goes to results/ and what to reviews/. Each op is routed by what it is,
    // not only by the person's role today, so a role change never strands unpushed work.
    QHash<QString, QMap<PackageKind, QList<Op>>> perTask;
    QList<Op> profileOps;
    for (const Op &op : ops) {
        if (op.entity == QLatin1String("profile")) {
            if (op.entityId == profile.id)
                profileOps << op;
            continue;
        }
        const QString taskId = op.taskId();
        const PackageKind kind = pushKind(op, profile.role);
        if (state.contains(taskId) && op.seq > state.value(taskId).first && isOwnWork(op, kind, profile.id))
            perTask[taskId][kind] << op;
    }
    if (!perTask.isEmpty() && profileOps.isEmpty()) {
        // People are named in every file, so that a reader knows whose work it is.
        for (const Op &op : m_store.ownOps(profile.id, 0))
            if (op.entity == QLatin1String("profile") && op.entityId == profile.id)
                profileOps << op;
    }

    for (const Task &task : tasks) {
        auto [lastSeq, fileSeq] = state.value(task.id);
        const QMap<PackageKind, QList<Op>> work = perTask.value(task.id);
        for (auto it = work.begin(); it != work.end(); ++it) {
            const PackageKind kind = it.key();
            const QString folder = workFolder(kind, task.id, profile.id);
            if (!makeFoldersBelow(m_root, folder)) {
                report.reachable = shareReachable();
                if (report.reachable)
                    report.problems << Tr::msg("%1: cannot create this folder on the share").arg(folder);
                return {};
            }
            QString rel;
            do {
                ++fileSeq;
                rel = QStringLiteral("%1/%2-%3.zip").arg(folder, m_store.deviceId()).arg(fileSeq, 6, 10, QLatin1Char('0'));
            } while (QFileInfo::exists(m_root + QLatin1Char('/') + rel));
            progress(SyncProgress::Stage::Pushing, rel, report.filesWritten, int(perTask.size()));
            auto written = writeResultPackage(m_store, task.id, profileOps + it.value(), m_root + QLatin1Char('/') + rel,
                                              profile, kind);
            if (!written) {
                report.reachable = shareReachable();
                if (report.reachable)
                    report.problems << written.error().what();
                return {}; // nothing recorded: the same ops go out next time
            }
            ++report.filesWritten;
            report.opsPushed += int(it.value().size());
            if (auto r = m_store.markSeen(rel, seenNow(QFileInfo(m_root + QLatin1Char('/') + rel), QStringLiteral("own"))); !r)
                return r;
        }
        // Everything of this profile up to `newest` is now on the share or not this task's.
        if (newest > lastSeq || !work.isEmpty())
            if (auto r = m_store.setPushed(task.id, profile.id, std::max(newest, lastSeq), fileSeq); !r)
                return r;
    }
    return {};
}

Result<PackageInfo> SyncEngine::publishTask(const QString &taskId, const Profile &teamLead)
{
    // A share that is not there is an error here, unlike for sync: publishing is asked for
    // explicitly, and a script must not go on as if annotators could now pull the task.
    const auto unreachable = [this] {
        return Error(Tr::msg("%1: the shared folder cannot be reached (offline); the task was not published")
                             .arg(m_root),
                     Error::Fault::Access);
    };
    if (!shareReachable())
        return unreachable();
    const auto task = m_store.task(taskId);
    if (!task)
        return Error(Tr::msg("there is no task \"%1\"").arg(taskId));
    const QString folder = m_root + QStringLiteral("/tasks/") + taskId;
    if (!makeFoldersBelow(m_root, QStringLiteral("tasks/") + taskId))
        return shareReachable() ? Error(Tr::msg("%1: cannot create this folder on the share").arg(folder))
                                : unreachable();

    static const QRegularExpression versionPattern(QStringLiteral("^task-v(\\d{1,9})\\.zip$"));
    int published = 0;
    for (const QString &name : packageFiles(folder))
        if (const auto m = versionPattern.match(name); m.hasMatch())
            published = std::max(published, m.captured(1).toInt());
    int version = std::max(published + 1, task->version);

    for (int attempt = 0; attempt < 5; ++attempt, ++version) {
        if (task->version != version) {
            Change change{teamLead.id, QStringLiteral("task"), taskId, {}, {{QStringLiteral("version"), version}}};
            if (auto r = m_store.record({change}); !r)
                return r.error();
        }
        const QString rel = taskPackagePath(taskId, version);
        progress(SyncProgress::Stage::Publishing, rel, 0, 1);
        auto written = writeTaskPackage(m_store, taskId, m_root + QLatin1Char('/') + rel, teamLead,
                                        IncludeWork::No, {}, m_mediaDir);
        if (written) {
            if (auto r = m_store.markSeen(rel, seenNow(QFileInfo(written->path), QStringLiteral("own"))); !r)
                return r.error();
            progress(SyncProgress::Stage::Publishing, rel, 1, 1);
            return written;
        }
        // The version op stays in the store; publishing again reuses that version number.
        if (!shareReachable())
            return unreachable();
        // Another team lead published this version at the same moment: take the next one.
        if (!QFileInfo::exists(m_root + QLatin1Char('/') + rel))
            return written.error();
    }
    return Error(Tr::msg("%1: could not find a free version number to publish").arg(folder));
}

} // namespace annostraat
