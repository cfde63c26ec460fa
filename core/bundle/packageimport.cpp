// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageimport.h"

#include "atomicfile.h"
#include "store/taskbuilder.h"
#include "util/platform/atomicrename.h"
#include "util/platform/process.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSet>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Package)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Package)
};

/// A media file this import placed or is placing; removed again if the import fails.
struct Placement
{
    QString temp;
    QString final;
    bool renamed = false;
};

/// Removes every file and folder the import created unless it completed.
struct Rollback
{
    QList<Placement> placements;
    QStringList createdFolders; ///< innermost first
    bool committed = false;
    ~Rollback()
    {
        if (committed)
            return;
        for (const Placement &p : std::as_const(placements))
            QFile::remove(p.renamed ? p.final : p.temp);
        for (const QString &folder : std::as_const(createdFolders))
            QDir().rmdir(folder); // only if empty: never removes anything it did not create
    }
};

/// The folders mkpath(\a path) would create, innermost first.
QStringList missingFolders(const QString &path)
{
    QStringList missing;
    for (QString p = QDir::cleanPath(QFileInfo(path).absoluteFilePath()); !QFileInfo::exists(p);) {
        missing << p;
        const QString parent = QFileInfo(p).absolutePath();
        if (parent == p)
            break;
        p = parent;
    }
    return missing;
}

/// ".<name>.<pid>-<random>.part" beside \a finalPath: the pid tells a later import whether the
/// process that writes it still runs.
QString partialPathFor(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    const QString random = QString::number(QRandomGenerator::global()->generate64(), 36);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2-%3.part")
                                               .arg(info.fileName())
                                               .arg(QCoreApplication::applicationPid())
                                               .arg(random));
}

/// Whether the process that named a partial file \a fileName may still be writing it.
bool writerMayRun(const QString &fileName, const QFileInfo &info)
{
    // ".<sha>.<ext>.<pid>-<random>.part"; older builds wrote ".<sha>.<ext>.<random>.part".
    const QStringList parts = fileName.chopped(5).split(QLatin1Char('.'));
    const QString last = parts.isEmpty() ? QString() : parts.last();
    const qsizetype dash = last.indexOf(QLatin1Char('-'));
    bool ok = false;
    const qint64 pid = dash > 0 ? last.left(dash).toLongLong(&ok) : 0;
    if (!ok || pid <= 0) // no pid: an older build's file; give it an hour in case it still runs
        return info.lastModified().secsTo(QDateTime::currentDateTime()) < 3600;
    if (pid == QCoreApplication::applicationPid())
        return true; // another import of this very process (the GUI's sync thread)
    if (const auto running = platform::isProcessRunning(pid))
        return *running;
    return info.lastModified().secsTo(QDateTime::currentDateTime()) < 3600;
}

bool hasMedia(const QString &path, qint64 size, const QString &sha256)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() != size)
        return false;
    const auto hash = sha256OfFile(path);
    return hash.ok() && *hash == sha256;
}

} // namespace

int removePartialMedia(const QString &mediaDir)
{
    if (mediaDir.isEmpty())
        return 0;
    const QDir dir(mediaDir);
    int removed = 0;
    const QFileInfoList partials = dir.entryInfoList({QStringLiteral(".*.part")},
                                                     QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QFileInfo &info : partials)
        if (!writerMayRun(info.fileName(), info) && QFile::remove(info.filePath()))
            ++removed;
    return removed;
}

Result<ImportResult> importPackage(Store &store, const QString &path, const QString &mediaDir,
                                   const PackageProgress &progress, const Limits &limits,
                                   const PackageCheck &accept)
{
    PackageReader reader(path, limits);
    auto package = reader.read(MediaCheck::Defer);
    if (!package)
        return package.error();
    if (accept)
        if (auto r = accept(*package); !r)
            return r.error();

    // What an import killed earlier left behind goes first, whether or not this one brings media.
    removePartialMedia(mediaDir);

    ImportResult result;
    result.manifest = package->manifest;
    result.received = int(package->ops.size());

    // The media this package brings, once per entry.
    QHash<QString, const PackageEntry *> listed;
    for (const PackageEntry &e : std::as_const(package->manifest.entries))
        listed.insert(e.name, &e);
    QList<const PackageEntry *> media;
    QSet<QString> seen;
    qint64 total = 0;
    auto take = [&](const QString &entry) {
        if (entry.isEmpty() || seen.contains(entry))
            return;
        seen.insert(entry);
        media << listed.value(entry); // the reader checked that it is listed
        total += media.last()->size;
    };
    for (const PackageItem &item : std::as_const(package->items)) {
        take(item.media);
        for (const PackageMedium &m : item.extraMedia)
            take(m.media);
    }

    Rollback rollback;
    if (!media.isEmpty()) {
        if (mediaDir.isEmpty())
            return Error(Tr::msg("%1: the package carries media, but no media folder was given to put "
                            "them in")
                                 .arg(path));
        rollback.createdFolders = missingFolders(mediaDir);
        if (!QDir().mkpath(mediaDir))
            return Error(Tr::msg("%1: cannot create the media folder").arg(mediaDir), Error::Fault::Access);
        const QDir dir(mediaDir);
        qint64 done = 0;
        if (progress)
            progress(0, total);
        for (const PackageEntry *entry : std::as_const(media)) {
            QString sha;
            QString extension;
            package::parseMediaEntryName(entry->name, &sha, &extension); // checked by the reader
            // The target is built from the hash, never from a name in the package.
            const QString final = dir.filePath(sha + QLatin1Char('.') + extension);
            if (hasMedia(final, entry->size, entry->sha256)) {
                ++result.mediaPresent;
                done += entry->size;
                if (progress)
                    progress(done, total);
                continue;
            }
            Placement placement{partialPathFor(final), final};
            QFile out(placement.temp);
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return Error(Tr::msg("%1: cannot create the file: %2")
                                     .arg(placement.temp, out.errorString()),
                             Error::Fault::Access);
            rollback.placements << placement;
            auto copied = reader.copyEntry(*entry, out, [&](qint64 n) {
                done += n;
                if (progress)
                    progress(done, total);
            });
            if (!copied)
                return copied.error();
            if (!out.flush())
                return Error(Tr::msg("%1: cannot write the file: %2").arg(placement.temp, out.errorString()),
                             Error::Fault::Access);
            out.close();
        }
        // The store commit below is durable; the media it refers to must be too.
        QStringList temps;
        for (const Placement &p : std::as_const(rollback.placements))
            temps << p.temp;
        if (auto r = syncFiles(temps); !r)
            return r.error();
        for (Placement &p : rollback.placements) {
            // Replaces a damaged file of the same name (hasMedia() said it was wrong).
            const auto renamed = platform::renameReplacingOnce(p.temp, p.final);
            if (renamed.status != platform::RenameStatus::Done)
                return Error(Tr::msg("%1: cannot rename the extracted media file to this name: %2")
                                     .arg(p.final, renamed.why),
                             Error::Fault::Access);
            p.renamed = true;
            ++result.mediaExtracted;
        }
        if (!rollback.placements.isEmpty())
            syncFolder(mediaDir);
    }

    auto merged = store.merge(package->ops);
    if (!merged)
        return merged.error().prefixed(path);
    result.applied = merged->applied;
    rollback.committed = true;
    return result;
}

Result<QString> resolveMedia(const ItemMedium &medium, const QString &mediaDir)
{
    Item asItem;
    asItem.id = medium.role;
    asItem.mediaPath = medium.mediaPath;
    asItem.sha256 = medium.sha256;
    asItem.size = medium.size;
    return resolveMedia(asItem, mediaDir);
}

Result<QString> resolveMedia(const Item &item, const QString &mediaDir)
{
    QString extracted;
    if (!mediaDir.isEmpty()) {
        extracted = QDir(mediaDir).filePath(item.sha256 + QLatin1Char('.') +
                                            package::mediaExtension(item.mediaPath));
        const QFileInfo info(extracted);
        if (info.isFile() && info.size() == item.size)
            return extracted;
    }
    const QFileInfo own(item.mediaPath);
    if (own.isFile() && own.size() == item.size)
        return item.mediaPath;
    if (extracted.isEmpty())
        return Error(Tr::msg("%1: the media file of item %2 is missing or has changed")
                             .arg(item.mediaPath, item.id));
    return Error(Tr::msg("the media file of item %1 is not on this PC: neither %2 nor %3 exists with %4 "
                    "bytes")
                         .arg(item.id, extracted, item.mediaPath)
                         .arg(item.size));
}

} // namespace annostraat
