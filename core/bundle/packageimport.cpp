// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageimport.h"

#include "atomicfile.h"
#include "store/taskbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <filesystem>
#include <system_error>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Package)
};

std::filesystem::path fsPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

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

bool hasMedia(const QString &path, qint64 size, const QString &sha256)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() != size)
        return false;
    const auto hash = sha256OfFile(path);
    return hash.ok() && *hash == sha256;
}

} // namespace

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
    for (const PackageItem &item : std::as_const(package->items)) {
        if (item.media.isEmpty() || seen.contains(item.media))
            continue;
        seen.insert(item.media);
        media << listed.value(item.media); // the reader checked that it is listed
        total += media.last()->size;
    }

    Rollback rollback;
    if (!media.isEmpty()) {
        if (mediaDir.isEmpty())
            return Error(Tr::tr("%1: the package carries media, but no media folder was given to put "
                            "them in")
                                 .arg(path));
        rollback.createdFolders = missingFolders(mediaDir);
        if (!QDir().mkpath(mediaDir))
            return Error(Tr::tr("%1: cannot create the media folder").arg(mediaDir));
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
            Placement placement{temporaryPathFor(final), final};
            QFile out(placement.temp);
            if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                return Error(Tr::tr("%1: cannot create the file: %2")
                                     .arg(placement.temp, out.errorString()));
            rollback.placements << placement;
            auto copied = reader.copyEntry(*entry, out, [&](qint64 n) {
                done += n;
                if (progress)
                    progress(done, total);
            });
            if (!copied)
                return copied.error();
            if (!out.flush())
                return Error(
                        Tr::tr("%1: cannot write the file: %2").arg(placement.temp, out.errorString()));
            out.close();
        }
        // The store commit below is durable; the media it refers to must be too.
        QStringList temps;
        for (const Placement &p : std::as_const(rollback.placements))
            temps << p.temp;
        if (auto r = syncFiles(temps); !r)
            return r.error();
        for (Placement &p : rollback.placements) {
            std::error_code error;
            // Replaces a damaged file of the same name (hasMedia() said it was wrong).
            std::filesystem::rename(fsPath(p.temp), fsPath(p.final), error);
            if (error)
                return Error(
                        Tr::tr("%1: cannot rename the extracted media file to this name: %2")
                                .arg(p.final, QString::fromLocal8Bit(error.message().c_str())));
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
        return Error(Tr::tr("%1: the media file of item %2 is missing or has changed")
                             .arg(item.mediaPath, item.id));
    return Error(Tr::tr("the media file of item %1 is not on this PC: neither %2 nor %3 exists with %4 "
                    "bytes")
                         .arg(item.id, extracted, item.mediaPath)
                         .arg(item.size));
}

} // namespace annostraat
