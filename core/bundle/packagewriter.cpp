// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagewriter.h"

#include "packageimport.h"

#include "atomicfile.h"
#include "ziparchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <memory>
#include <vector>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Package)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Package)
};

struct MediaFile
{
    QString entryName;
    QString path;
    QString sha256;
    qint64 size = 0;
};

/// Everything that goes into one package, before it is written.
struct Content
{
    Manifest manifest; ///< entries are filled in by writePackage()
    QByteArray schema;
    QList<PackageItem> items;
    QList<Op> ops;
    QList<MediaFile> media;
};

/// A libzip source that copies one media file into the archive and checks, in the same
/// pass, that it still has the size and SHA-256 the item recorded: reading every media file
/// twice (hash, then copy) would double the time a big task takes to publish, and a file
/// changed in between would slip through.
struct MediaSource
{
    MediaFile media;
    QFile file;
    QCryptographicHash hash{QCryptographicHash::Sha256};
    qint64 read = 0;
    zip_error_t error;
    Message failure; ///< our message when the copy fails, read after zip_close()
    std::function<void(qint64)> bytes;

    MediaSource() { zip_error_init(&error); }
    ~MediaSource() { zip_error_fini(&error); }

    zip_int64_t fail(const Message &message, int zipError)
    {
        failure = message;
        zip_error_set(&error, zipError, 0);
        return -1;
    }

    zip_int64_t command(void *data, zip_uint64_t length, zip_source_cmd_t cmd)
    {
        switch (cmd) {
        case ZIP_SOURCE_OPEN:
            file.setFileName(media.path);
            if (!file.open(QIODevice::ReadOnly))
                return fail(Tr::msg("%1: cannot read the media file: %2")
                                    .arg(media.path, file.errorString()),
                            ZIP_ER_OPEN);
            hash.reset();
            read = 0;
            return 0;
        case ZIP_SOURCE_READ: {
            const qint64 n = file.read(static_cast<char *>(data),
                                       qint64(std::min<zip_uint64_t>(length, 1 << 20)));
            if (n < 0)
                return fail(Tr::msg("%1: reading the media file failed: %2")
                                    .arg(media.path, file.errorString()),
                            ZIP_ER_READ);
            read += n;
            if (read > media.size)
                return fail(Tr::msg("%1: the media file has changed since the task was created (it is "
                               "now larger than "
                               "%2 bytes); the package was not written")
                                    .arg(media.path)
                                    .arg(media.size),
                            ZIP_ER_INCONS);
            hash.addData(QByteArrayView(static_cast<const char *>(data), n));
            if (n == 0) {
                if (read != media.size)
                    return fail(Tr::msg("%1: the media file has changed since the task was created (%2 "
                                   "bytes instead of "
                                   "%3); the package was not written")
                                        .arg(media.path)
                                        .arg(read)
                                        .arg(media.size),
                                ZIP_ER_INCONS);
                const QString found = QString::fromLatin1(hash.result().toHex());
                if (found != media.sha256)
                    return fail(Tr::msg("%1: the media file has changed since the task was created "
                                   "(SHA-256 %2 instead "
                                   "of %3); the package was not written")
                                        .arg(media.path, found, media.sha256),
                                ZIP_ER_INCONS);
            }
            if (bytes && n > 0)
                bytes(n);
            return n;
        }
        case ZIP_SOURCE_CLOSE:
            file.close();
            return 0;
        case ZIP_SOURCE_STAT: {
            auto *st = ZIP_SOURCE_GET_ARGS(zip_stat_t, data, length, &error);
            if (!st)
                return -1;
            zip_stat_init(st);
            st->size = zip_uint64_t(media.size);
            st->mtime = time_t(QFileInfo(media.path).lastModified().toSecsSinceEpoch());
            st->valid |= ZIP_STAT_SIZE | ZIP_STAT_MTIME;
            return sizeof(zip_stat_t);
        }
        case ZIP_SOURCE_ERROR:
            return zip_error_to_data(&error, data, length);
        case ZIP_SOURCE_FREE:
            return 0; // owned by writePackage(), which outlives the archive
        case ZIP_SOURCE_SUPPORTS:
            return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ,
                                                  ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                                  ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
        default:
            zip_error_set(&error, ZIP_ER_OPNOTSUPP, 0);
            return -1;
        }
    }

    static zip_int64_t callback(void *userdata, void *data, zip_uint64_t length,
                                zip_source_cmd_t cmd)
    {
        return static_cast<MediaSource *>(userdata)->command(data, length, cmd);
    }
};

QByteArray jsonLine(const QJsonObject &o)
{
    QByteArray line = QJsonDocument(o).toJson(QJsonDocument::Compact);
    line += '\n';
    return line;
}

QString sha256Of(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

/// Removes the temporary file unless the package was published.
struct TempFileGuard
{
    QString path;
    ~TempFileGuard()
    {
        if (!path.isEmpty())
            QFile::remove(path);
    }
};

Result<PackageInfo> writePackage(Content content, const QString &outFile,
                                 const PackageProgress &progress)
{
    const QString finalPath = QFileInfo(outFile).absoluteFilePath();
    if (QFileInfo::exists(finalPath))
        return Error(Tr::msg("%1: the file already exists; a package is written once and never replaced")
                             .arg(finalPath));
    // Never create the folder: on a share that has just gone away, that would quietly make a
    // local folder under the mount point and put the package there.
    const QString folder = QFileInfo(finalPath).absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error(Tr::msg("%1: the folder does not exist").arg(folder));
    for (const MediaFile &m : std::as_const(content.media)) {
        const QFileInfo info(m.path);
        if (!info.isFile())
            return Error(
                    Tr::msg("%1: the media file is missing; the package was not written").arg(m.path));
        if (info.size() != m.size)
            return Error(Tr::msg("%1: the media file has changed since the task was created (%2 bytes "
                            "instead of %3); "
                            "the package was not written")
                                 .arg(m.path)
                                 .arg(info.size())
                                 .arg(m.size));
    }

    QByteArray items;
    for (const PackageItem &item : std::as_const(content.items))
        items += jsonLine(item.toJson());
    QByteArray ops;
    for (const Op &op : std::as_const(content.ops))
        ops += jsonLine(op.toJson());

    Manifest &manifest = content.manifest;
    manifest.itemCount = int(content.items.size());
    manifest.opCount = int(content.ops.size());
    manifest.entries = {
            {QLatin1String(package::kSchema), content.schema.size(), sha256Of(content.schema)},
            {QLatin1String(package::kItems), items.size(), sha256Of(items)},
            {QLatin1String(package::kOps), ops.size(), sha256Of(ops)}};
    qint64 mediaTotal = 0;
    for (const MediaFile &m : std::as_const(content.media)) {
        manifest.entries << PackageEntry{m.entryName, m.size, m.sha256};
        mediaTotal += m.size;
    }
    const QByteArray manifestJson =
            QJsonDocument(manifest.toJson()).toJson(QJsonDocument::Indented);

    TempFileGuard temp{temporaryPathFor(finalPath)};
    // Declared before the archive, so the archive (which calls into them) goes first.
    std::vector<std::unique_ptr<MediaSource>> sources;
    ZipArchive zip;
    QString why;
    if (!zip.create(temp.path, &why))
        return Error(Tr::msg("%1: cannot create the package: %2").arg(temp.path, why));
    // manifest.json first: a reader streaming the file meets it before anything else.
    bool ok = zip.addBuffer(QLatin1String(package::kManifest), manifestJson, true, &why) &&
              zip.addBuffer(QLatin1String(package::kSchema), content.schema, true, &why) &&
              zip.addBuffer(QLatin1String(package::kItems), items, true, &why) &&
              zip.addBuffer(QLatin1String(package::kOps), ops, true, &why);
    qint64 done = 0;
    for (qsizetype i = 0; ok && i < content.media.size(); ++i) {
        auto source = std::make_unique<MediaSource>();
        source->media = content.media.at(i);
        source->bytes = [&](qint64 n) {
            done += n;
            if (progress)
                progress(done, mediaTotal);
        };
        zip_source_t *zs = zip_source_function(zip.handle(), &MediaSource::callback, source.get());
        if (!zs) {
            why = QString::fromUtf8(zip_error_strerror(zip_get_error(zip.handle())));
            ok = false;
            break;
        }
        sources.push_back(std::move(source));
        ok = zip.addSource(content.media.at(i).entryName, zs, false, &why);
    }
    if (!ok)
        return Error(Tr::msg("%1: cannot build the package: %2").arg(finalPath, why));
    if (!zip.close(&why)) {
        for (const auto &s : sources)
            if (!s->failure.isEmpty())
                return Error(s->failure, Error::Fault::Access);
        return Error(Tr::msg("%1: writing the package failed: %2").arg(finalPath, why));
    }
    if (auto r = syncFile(temp.path); !r)
        return r.error();
    if (auto r = renameNoReplace(temp.path, finalPath); !r)
        return r.error();
    temp.path.clear();

    PackageInfo info;
    info.path = finalPath;
    info.manifest = manifest;
    info.fileSize = QFileInfo(finalPath).size();
    info.mediaCount = int(content.media.size());
    return info;
}

Content baseContent(const Store &store, const Task &task, const Profile &producer, PackageKind kind)
{
    Content c;
    c.manifest.kind = kind;
    c.manifest.taskId = task.id;
    c.manifest.taskVersion = task.version;
    c.manifest.producer = {producer.id, producer.name, store.deviceId()};
    c.manifest.created = QDateTime::currentDateTimeUtc();
    c.schema = QJsonDocument(task.schema.toJson()).toJson(QJsonDocument::Indented);
    return c;
}

PackageItem packageItem(const Item &item, bool withMedia)
{
    PackageItem p;
    p.id = item.id;
    p.sha256 = item.sha256;
    p.size = item.size;
    p.kind = item.kind;
    p.order = item.order;
    p.name = QFileInfo(item.mediaPath).fileName();
    if (withMedia)
        p.media = package::mediaEntryName(item.sha256, package::mediaExtension(item.mediaPath));
    for (const ItemMedium &m : item.extraMedia) {
        PackageMedium e{m.role, m.sha256, m.size, {}, QFileInfo(m.mediaPath).fileName()};
        if (withMedia)
            e.media = package::mediaEntryName(m.sha256, package::mediaExtension(m.mediaPath));
        p.extraMedia << e;
    }
    return p;
}

/// The profiles an op names: its author, and the layer owner, annotator or reviewer.
void collectProfiles(const Op &op, QSet<QString> *ids)
{
    ids->insert(op.author);
    for (const char *k : {"author", "annotator"})
        if (op.key.contains(QLatin1String(k)))
            ids->insert(op.key.value(QLatin1String(k)).toString());
    if (op.fields.contains(QStringLiteral("reviewer")))
        ids->insert(op.fields.value(QStringLiteral("reviewer")).toString());
}

} // namespace

bool isRelabel(const Op &op)
{
    return op.entity == QLatin1String("annotation") && op.fields.size() == 1
        && op.fields.contains(QStringLiteral("label"))
        && op.key.value(QStringLiteral("author")).toString() != op.author;
}

Result<PackageInfo> writeTaskPackage(const Store &store, const QString &taskId,
                                     const QString &outFile, const Profile &producer,
                                     IncludeWork work, const PackageProgress &progress,
                                     const QString &mediaDir)
{
    const auto task = store.task(taskId);
    if (!task)
        return Error(Tr::msg("%1: there is no task \"%2\"").arg(store.path(), taskId));
    const QList<Item> items = store.items(taskId);
    const QList<Op> all = store.ops();
    if (all.isEmpty() && store.hasReadError())
        return store.readError();

    Content content = baseContent(store, *task, producer, PackageKind::Task);
    QSet<QString> profiles;
    for (const Op &op : all) {
        if (op.taskId() != taskId)
            continue;
        // The team lead's part of a task: its definition, its items and who works on what, and
        // the labels given to people's annotations when a label was renamed, moved or merged
        // (a schema change, decision 0028): those must reach the annotators' PCs with the
        // schema that no longer has the old label.
        const bool own = op.entity == QLatin1String("task") || op.entity == QLatin1String("item")
            || op.entity == QLatin1String("assignment") || isRelabel(op);
        if (!own && work == IncludeWork::No)
            continue;
        content.ops << op;
        collectProfiles(op, &profiles);
    }
    // Profile ops go first, so that a reader sees who people are before their work.
    QList<Op> profileOps;
    for (const Op &op : all)
        if (op.entity == QLatin1String("profile") && profiles.contains(op.entityId))
            profileOps << op;
    content.ops = profileOps + content.ops;

    QSet<QString> entries;
    for (const Item &item : items) {
        const PackageItem p = packageItem(item, true);
        content.items << p;
        if (!entries.contains(p.media)) {
            entries.insert(p.media);
            const auto resolved = mediaDir.isEmpty() ? Result<QString>(Error()) : resolveMedia(item, mediaDir);
            content.media << MediaFile{p.media, resolved ? *resolved : item.mediaPath, item.sha256, item.size};
        }
        for (qsizetype i = 0; i < item.extraMedia.size(); ++i) {
            const ItemMedium &m = item.extraMedia.at(i);
            const QString entry = p.extraMedia.at(i).media;
            if (entries.contains(entry))
                continue;
            entries.insert(entry);
            const auto resolved = mediaDir.isEmpty() ? Result<QString>(Error()) : resolveMedia(m, mediaDir);
            content.media << MediaFile{entry, resolved ? *resolved : m.mediaPath, m.sha256, m.size};
        }
    }
    return writePackage(std::move(content), outFile, progress);
}

Result<PackageInfo> writeResultPackage(const Store &store, const QString &taskId,
                                       const QList<Op> &ops, const QString &outFile,
                                       const Profile &producer, PackageKind kind)
{
    if (kind == PackageKind::Task)
        return Error(Tr::msg("%1: a task package is written with writeTaskPackage()").arg(outFile));
    const auto task = store.task(taskId);
    if (!task)
        return Error(Tr::msg("%1: there is no task \"%2\"").arg(store.path(), taskId));

    Content content = baseContent(store, *task, producer, kind);
    QSet<QString> itemIds;
    for (const Op &op : ops) {
        if (auto r = op.validate(); !r)
            return r.error().prefixed(outFile);
        const QString opTask = op.taskId();
        if (!opTask.isEmpty() && opTask != taskId)
            return Error(Tr::msg("%1: op %2 belongs to task %3, not to %4")
                                 .arg(outFile, op.id, opTask, taskId));
        if (op.entity == QLatin1String("task") || op.entity == QLatin1String("item")
            || op.entity == QLatin1String("assignment"))
            return Error(Tr::msg("%1: op %2 changes a %3; a %4 package carries only annotations, "
                            "submissions, reviews "
                            "and profiles")
                                 .arg(outFile, op.id, op.entity, toId(kind)));
        if (op.key.contains(QStringLiteral("item")))
            itemIds.insert(op.key.value(QStringLiteral("item")).toString());
        content.ops << op;
    }
    for (const Item &item : store.items(taskId))
        if (itemIds.contains(item.id))
            content.items << packageItem(item, false);
    return writePackage(std::move(content), outFile, {});
}

} // namespace annostraat
