// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: one reader whose checks stay in the order a package meets them, top to bottom.
#include "packagereader.h"

#include "ziparchive.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Package)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Package)
};

// Unix file types in the high 16 bits of an entry's external attributes (st_mode layout);
// spelled out because Windows has no S_IFLNK.
constexpr quint32 kTypeMask = 0170000;
constexpr quint32 kTypeLink = 0120000;
constexpr quint32 kTypeFile = 0100000;
constexpr quint32 kTypeDir = 0040000;

QString hex(const QByteArray &digest)
{
    return QString::fromLatin1(digest.toHex());
}

bool isMediaName(const QString &name)
{
    return name.startsWith(QLatin1String(package::kMediaFolder));
}

/// Splits JSON Lines into lines: "\n" ends a line (a final one may lack it), "\r\n" is
/// accepted. \a each gets (line number from 1, bytes); a false return stops.
template<typename F>
void forEachLine(const QByteArray &data, F each)
{
    qsizetype start = 0;
    int number = 0;
    while (start < data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QByteArrayView line(data.constData() + start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (!each(++number, line))
            return;
        start = end + 1;
    }
}

} // namespace

Result<Package> readPackage(const QString &path, const Limits &limits,
                            const PackageProgress &progress)
{
    PackageReader reader(path, limits);
    return reader.read(MediaCheck::Hash, progress);
}

PackageReader::PackageReader(QString path, Limits limits)
    : m_path(std::move(path))
    , m_limits(limits)
{}

PackageReader::~PackageReader() = default;

Error PackageReader::entryReadError(int outcome, const QString &name, qint64 declared,
                                    const QString &why) const
{
    switch (ZipArchive::ReadOutcome(outcome)) {
    case ZipArchive::ReadOutcome::LongerThanDeclared:
        return Error(Tr::msg("%1: the entry \"%2\" inflates to more than the %3 bytes its ZIP header "
                        "declares; "
                        "refused as a possible decompression bomb")
                             .arg(m_path, name)
                             .arg(declared));
    case ZipArchive::ReadOutcome::ShorterThanDeclared:
        return Error(Tr::msg("%1: the entry \"%2\" holds fewer bytes than the %3 its ZIP header "
                        "declares; the "
                        "package is damaged")
                             .arg(m_path, name)
                             .arg(declared));
    case ZipArchive::ReadOutcome::AccessFailed:
        return Error(Tr::msg("%1: reading the entry \"%2\" failed: %3").arg(m_path, name, why),
                     Error::Fault::Access);
    default:
        return Error(Tr::msg("%1: reading the entry \"%2\" failed: %3").arg(m_path, name, why));
    }
}

Result<void> PackageReader::openArchive()
{
    const QFileInfo info(m_path);
    if (!info.exists()) // moved away, or the share is gone: nothing is known about its contents
        return Error(Tr::msg("%1: no such file").arg(m_path), Error::Fault::Access);
    if (!info.isFile())
        return Error(Tr::msg("%1: is not a file").arg(m_path));
    if (info.size() == 0)
        return Error(Tr::msg("%1: the file is empty; it is not a package").arg(m_path));

    m_zip = std::make_unique<ZipArchive>();
    QString why;
    const int code = m_zip->openRead(m_path, true, &why);
    if (code == ZIP_ER_OK)
        return {};
    m_zip.reset();
    switch (code) {
    case ZIP_ER_NOZIP: {
        // A file that starts like a ZIP but has no central directory at its end was cut off
        // (a copy that did not finish, a share that vanished): say so rather than "not a ZIP".
        QFile file(m_path);
        const bool looksLikeZip =
                file.open(QIODevice::ReadOnly) && file.read(4) == QByteArrayLiteral("PK\x03\x04");
        if (looksLikeZip)
            return Error(Tr::msg("%1: the ZIP file is truncated or damaged: its central directory (the "
                            "list of "
                            "entries at its end) is missing")
                                 .arg(m_path));
        return Error(Tr::msg("%1: not a ZIP file, so not a package").arg(m_path));
    }
    case ZIP_ER_EXISTS: {
        // libzip refuses duplicate names under ZIP_CHECKCONS without naming them: open once
        // more without the check to find which name it is.
        ZipArchive lax;
        if (lax.openRead(m_path, false, nullptr) == ZIP_ER_OK) {
            QSet<QByteArray> seen;
            for (qint64 i = 0; i < lax.entryCount(); ++i) {
                ZipArchive::Entry e;
                if (lax.entry(i, &e, nullptr) && seen.contains(e.rawName))
                    return Error(Tr::msg("%1: the entry \"%2\" occurs more than once; a package holds "
                                    "each name "
                                    "once")
                                         .arg(m_path, e.name));
                seen.insert(e.rawName);
            }
        }
        return Error(Tr::msg("%1: an entry name occurs more than once; a package holds each name once")
                             .arg(m_path));
    }
    case ZIP_ER_INCONS:
    case ZIP_ER_MULTIDISK:
    case ZIP_ER_EOF:
        return Error(Tr::msg("%1: the ZIP file is damaged (%2)").arg(m_path, why));
    case ZIP_ER_OPEN:
    case ZIP_ER_READ:
    case ZIP_ER_SEEK:
    case ZIP_ER_TELL:
    case ZIP_ER_MEMORY:
        // Permission denied, a sharing violation, an I/O error: not the package's fault.
        return Error(Tr::msg("%1: cannot read the file: %2").arg(m_path, why), Error::Fault::Access);
    default:
        return Error(Tr::msg("%1: not a valid ZIP file (%2)").arg(m_path, why));
    }
}

Result<void> PackageReader::checkEntries()
{
    const qint64 count = m_zip->entryCount();
    if (count > m_limits.maxEntries)
        return Error(Tr::msg("%1: holds %2 entries, more than the limit of %3")
                             .arg(m_path)
                             .arg(count)
                             .arg(m_limits.maxEntries));
    for (qint64 i = 0; i < count; ++i) {
        ZipArchive::Entry e;
        QString why;
        if (!m_zip->entry(i, &e, &why))
            return Error(Tr::msg("%1: cannot read entry %2 of the ZIP directory: %3")
                                 .arg(m_path)
                                 .arg(i)
                                 .arg(why));
        const QString &name = e.name;

        // Names first: whatever else is wrong, a name that could escape the folder it is
        // extracted to is the problem to report.
        if (e.rawName.isEmpty())
            return Error(Tr::msg("%1: an entry has an empty name").arg(m_path));
        if (name.toUtf8() != e.rawName)
            return Error(Tr::msg("%1: the entry name \"%2\" is not valid UTF-8").arg(m_path, name));
        if (name.contains(QLatin1Char('\\')))
            return Error(
                    Tr::msg("%1: the entry name \"%2\" contains a backslash; package paths use \"/\"")
                            .arg(m_path, name));
        if (name.startsWith(QLatin1Char('/')))
            return Error(Tr::msg("%1: the entry \"%2\" has an absolute path; package paths are relative")
                                 .arg(m_path, name));
        if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
            return Error(Tr::msg("%1: the entry \"%2\" starts with a drive letter; package paths are "
                            "relative")
                                 .arg(m_path, name));
        const QStringList parts = name.split(QLatin1Char('/'));
        if (parts.contains(QLatin1String("..")))
            return Error(Tr::msg("%1: the entry \"%2\" contains \"..\", which would lead outside the "
                            "folder it is "
                            "extracted to")
                                 .arg(m_path, name));
        for (QChar c : name)
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return Error(Tr::msg("%1: the entry name \"%2\" contains a control character")
                                     .arg(m_path, name));
        if (name.contains(QLatin1Char(':')))
            return Error(
                    Tr::msg("%1: the entry name \"%2\" contains \":\" (a drive or a Windows stream)")
                            .arg(m_path, name));
        const bool isFolder = name.endsWith(QLatin1Char('/'));
        for (qsizetype p = 0; p < parts.size() - (isFolder ? 1 : 0); ++p)
            if (parts.at(p).isEmpty() || parts.at(p) == QLatin1String("."))
                return Error(Tr::msg("%1: the entry \"%2\" has an empty or \".\" path component")
                                     .arg(m_path, name));

        const quint32 type = (e.attributes >> 16) & kTypeMask;
        if (e.opsys == ZIP_OPSYS_UNIX && type == kTypeLink)
            return Error(
                    Tr::msg("%1: the entry \"%2\" is a symbolic link; packages hold only plain files")
                            .arg(m_path, name));
        if (e.opsys == ZIP_OPSYS_UNIX && type != 0 && type != kTypeFile && type != kTypeDir)
            return Error(Tr::msg("%1: the entry \"%2\" is not a plain file (Unix file type %3)")
                                 .arg(m_path, name, QString::number(type, 8)));
        if (isFolder || (e.opsys == ZIP_OPSYS_UNIX && type == kTypeDir)) {
            // Some zip tools add an entry for the media folder; it carries nothing.
            if (name == QLatin1String(package::kMediaFolder) && e.size == 0)
                continue;
            return Error(
                    Tr::msg("%1: the entry \"%2\" is a folder; a package holds no folder but \"media/\"")
                            .arg(m_path, name));
        }
        if (e.encryption != ZIP_EM_NONE)
            return Error(Tr::msg("%1: the entry \"%2\" is encrypted; packages are never encrypted")
                                 .arg(m_path, name));
        if (e.method != ZIP_CM_STORE && e.method != ZIP_CM_DEFLATE)
            return Error(Tr::msg("%1: the entry \"%2\" uses compression method %3; packages use only "
                            "stored (0) or "
                            "deflate (8)")
                                 .arg(m_path, name)
                                 .arg(e.method));
        if (e.size < 0)
            return Error(Tr::msg("%1: the ZIP directory gives no size for the entry \"%2\"")
                                 .arg(m_path, name));
        m_index.insert(name, i);
        m_zipSizes.insert(name, e.size);
    }
    return {};
}

Result<QByteArray> PackageReader::readSmallEntry(const QString &name, qint64 size,
                                                 const std::function<void(qint64)> &bytes)
{
    QByteArray data;
    // Reserve from the declared size only up to a point: the header may lie.
    data.reserve(qsizetype(std::min<qint64>(size, qint64(64) << 20)));
    QString why;
    const auto outcome = m_zip->readEntry(
            m_index.value(name), size,
            [&](const char *block, qint64 n) {
                data.append(block, qsizetype(n));
                if (bytes)
                    bytes(n);
                return true;
            },
            &why);
    if (outcome != ZipArchive::ReadOutcome::Ok)
        return entryReadError(int(outcome), name, size, why);
    return data;
}

Result<void> PackageReader::checkManifestAgainstZip(const Manifest &manifest)
{
    // By name: a task package of 10 000 images must not cost 10 000 × 10 000 comparisons.
    m_listed.clear();
    for (const PackageEntry &e : manifest.entries)
        m_listed.insert(e.name, e);
    for (auto it = m_index.constBegin(); it != m_index.constEnd(); ++it)
        if (it.key() != QLatin1String(package::kManifest) && !m_listed.contains(it.key()))
            return Error(Tr::msg("%1: the entry \"%2\" is not listed in manifest.json")
                                 .arg(m_path, it.key()));
    for (const PackageEntry &e : manifest.entries)
        if (!m_index.contains(e.name))
            return Error(Tr::msg("%1: manifest.json lists \"%2\", but the package does not contain it")
                                 .arg(m_path, e.name));

    qint64 total = m_zipSizes.value(QLatin1String(package::kManifest));
    for (const PackageEntry &e : manifest.entries) {
        const qint64 zipSize = m_zipSizes.value(e.name);
        if (zipSize != e.size)
            return Error(Tr::msg("%1: the entry \"%2\" holds %3 bytes according to the ZIP directory, "
                            "but manifest.json "
                            "says %4")
                                 .arg(m_path, e.name)
                                 .arg(zipSize)
                                 .arg(e.size));
        const bool media = isMediaName(e.name);
        const qint64 limit = media ? m_limits.maxMediaEntry : m_limits.maxJsonEntry;
        if (e.size > limit)
            return Error(Tr::msg("%1: the entry \"%2\" declares %3 bytes, more than the limit of %4 "
                            "bytes for %5")
                                 .arg(m_path, e.name)
                                 .arg(e.size)
                                 .arg(limit)
                                 .arg(media ? Tr::msg("a media file") : Tr::msg("a JSON entry")));
        total += e.size;
        if (total > m_limits.maxTotal)
            return Error(
                    Tr::msg("%1: the entries add up to more than the limit of %2 bytes for one package")
                            .arg(m_path)
                            .arg(m_limits.maxTotal));
    }

    for (const char *required : {package::kSchema, package::kItems, package::kOps})
        if (!m_listed.contains(QLatin1String(required)))
            return Error(Tr::msg("%1: the package lacks \"%2\", which every package has")
                                 .arg(m_path, QLatin1String(required)));
    for (const PackageEntry &e : manifest.entries) {
        if (e.name == QLatin1String(package::kSchema) || e.name == QLatin1String(package::kItems) ||
            e.name == QLatin1String(package::kOps))
            continue;
        QString sha;
        if (!package::parseMediaEntryName(e.name, &sha))
            return Error(Tr::msg("%1: the entry \"%2\" has no place in a version %3 package (it holds "
                            "manifest.json, "
                            "schema.json, items.jsonl, ops.jsonl and media/<sha256>.<ext> only)")
                                 .arg(m_path, e.name)
                                 .arg(Manifest::kFormatVersion));
        if (manifest.kind != PackageKind::Task)
            return Error(
                    Tr::msg("%1: the entry \"%2\" is a media file, but a %3 package carries no media")
                            .arg(m_path, e.name, toId(manifest.kind)));
        if (sha != e.sha256)
            return Error(
                    Tr::msg("%1: the entry \"%2\" is named after SHA-256 %3, but manifest.json gives %4")
                            .arg(m_path, e.name, sha, e.sha256));
    }
    return {};
}

Result<void> PackageReader::hashEntries(const Manifest &manifest, MediaCheck mediaCheck,
                                        const PackageProgress &progress,
                                        QHash<QString, QByteArray> *json)
{
    // Read in ZIP order, so a package on a slow share is read front to back once.
    QList<QPair<qint64, const PackageEntry *>> order;
    qint64 total = 0;
    for (const PackageEntry &e : manifest.entries) {
        const bool media = isMediaName(e.name);
        if (media && mediaCheck == MediaCheck::Defer)
            continue;
        order << qMakePair(m_index.value(e.name), &e);
        total += e.size;
    }
    std::sort(order.begin(), order.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });

    qint64 done = 0;
    const auto bytes = [&](qint64 n) {
        done += n;
        if (progress)
            progress(done, total);
    };
    for (const auto &[index, entry] : order) {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (isMediaName(entry->name)) {
            QString why;
            const auto outcome = m_zip->readEntry(
                    index, entry->size,
                    [&](const char *block, qint64 n) {
                        hash.addData(QByteArrayView(block, n));
                        bytes(n);
                        return true;
                    },
                    &why);
            if (outcome != ZipArchive::ReadOutcome::Ok)
                return entryReadError(int(outcome), entry->name, entry->size, why);
        } else {
            auto data = readSmallEntry(entry->name, entry->size, bytes);
            if (!data)
                return data.error();
            hash.addData(*data);
            json->insert(entry->name, *data);
        }
        const QString found = hex(hash.result());
        if (found != entry->sha256)
            return Error(Tr::msg("%1: the entry \"%2\" does not match its SHA-256 in manifest.json "
                            "(expected %3, found "
                            "%4); the package is damaged or was changed")
                                 .arg(m_path, entry->name, entry->sha256, found));
    }
    return {};
}

namespace {
/// One line of a JSON Lines entry as an object; \a where names the file and line.
Result<QJsonObject> jsonLineObject(QByteArrayView line, const Message &where)
{
    if (line.trimmed().isEmpty())
        return Error(Tr::msg("%1: the line is empty").arg(where));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Tr::msg("%1: not valid JSON (%2 at byte %3)")
                             .arg(where, parseError.errorString())
                             .arg(parseError.offset));
    if (!doc.isObject())
        return Error(Tr::msg("%1: not a JSON object").arg(where));
    return doc.object();
}
} // namespace

Result<void> PackageReader::readItems(const QByteArray &data, Package *package) const
{
    const Manifest &manifest = package->manifest;
    QSet<QString> ids;
    Result<void> result;
    forEachLine(data, [&](int number, QByteArrayView line) {
        const Message where = Tr::msg("%1: items.jsonl line %2").arg(m_path).arg(number);
        const auto object = jsonLineObject(line, where);
        if (!object) {
            result = object.error();
            return false;
        }
        auto item = PackageItem::fromJson(*object, where);
        if (!item) {
            result = item.error();
            return false;
        }
        if (ids.contains(item->id)) {
            result = Error(Tr::msg("%1: the item \"%2\" appears twice").arg(where, item->id));
            return false;
        }
        ids.insert(item->id);
        if (manifest.kind == PackageKind::Task) {
            // Every media file of the item: its entry is named after its hash, and is listed
            // with the size the item gives.
            auto checkEntry = [&](const QString &media, const QString &sha256, qint64 size,
                                  const Message &at) -> bool {
                QString sha;
                if (media.isEmpty()) {
                    result = Error(Tr::msg("%1: \"media\" is missing; a task package carries every item's media")
                                           .arg(at));
                    return false;
                }
                if (!package::parseMediaEntryName(media, &sha) || sha != sha256) {
                    result = Error(Tr::msg("%1: \"media\" must be \"media/%2.<ext>\"").arg(at, sha256));
                    return false;
                }
                const auto entry = m_listed.constFind(media);
                if (entry == m_listed.constEnd()) {
                    result = Error(Tr::msg("%1: the media entry \"%2\" is not in the package").arg(at, media));
                    return false;
                }
                if (entry->size != size) {
                    result = Error(Tr::msg("%1: the item is %2 bytes, but its media entry \"%3\" holds %4")
                                           .arg(at)
                                           .arg(size)
                                           .arg(media)
                                           .arg(entry->size));
                    return false;
                }
                return true;
            };
            if (!checkEntry(item->media, item->sha256, item->size, where))
                return false;
            for (const PackageMedium &m : item->extraMedia)
                if (!checkEntry(m.media, m.sha256, m.size, Message::pattern(QStringLiteral("%1: %2")).arg(where, m.role)))
                    return false;
        } else if (!item->media.isEmpty()
                   || std::any_of(item->extraMedia.cbegin(), item->extraMedia.cend(),
                                  [](const PackageMedium &m) { return !m.media.isEmpty(); })) {
            result = Error(Tr::msg("%1: a %2 package carries no media, so \"media\" must be absent")
                                   .arg(where, toId(manifest.kind)));
            return false;
        }
        package->items << *item;
        return true;
    });
    if (!result)
        return result;
    if (package->items.size() != manifest.itemCount)
        return Error(Tr::msg("%1: manifest.json counts %2 items, but items.jsonl holds %3")
                             .arg(m_path)
                             .arg(manifest.itemCount)
                             .arg(package->items.size()));
    return {};
}

Result<void> PackageReader::readOps(const QByteArray &data, Package *package) const
{
    const Manifest &manifest = package->manifest;
    Result<void> result;
    forEachLine(data, [&](int number, QByteArrayView line) {
        const Message where = Tr::msg("%1: ops.jsonl line %2").arg(m_path).arg(number);
        const auto object = jsonLineObject(line, where);
        if (!object) {
            result = object.error();
            return false;
        }
        auto op = Op::fromJson(*object, where);
        if (!op) {
            result = op.error();
            return false;
        }
        const QString task = op->taskId();
        if (!task.isEmpty() && task != manifest.taskId) {
            result = Error(Tr::msg("%1: the op belongs to task %2, not to this package's task %3")
                                   .arg(where, task, manifest.taskId));
            return false;
        }
        // Only the team lead's task packages define tasks and items; people's results and
        // reviews add work to them.
        if (manifest.kind != PackageKind::Task &&
            (op->entity == QLatin1String("task") || op->entity == QLatin1String("item")
             || op->entity == QLatin1String("assignment"))) {
            result = Error(Tr::msg("%1: a %2 package may not change tasks, items or assignments, only annotations, "
                              "submissions, "
                              "reviews and profiles")
                                   .arg(where, toId(manifest.kind)));
            return false;
        }
        package->ops << *op;
        return true;
    });
    if (!result)
        return result;
    if (package->ops.size() != manifest.opCount)
        return Error(Tr::msg("%1: manifest.json counts %2 ops, but ops.jsonl holds %3")
                             .arg(m_path)
                             .arg(manifest.opCount)
                             .arg(package->ops.size()));
    return {};
}

Result<void> PackageReader::crossCheck(const Package &package) const
{
    if (package.manifest.kind != PackageKind::Task)
        return {};
    QSet<QString> itemOps;
    bool hasTask = false;
    for (const Op &op : package.ops) {
        if (op.entity == QLatin1String("item"))
            itemOps.insert(op.entityId);
        hasTask = hasTask ||
                  (op.entity == QLatin1String("task") && op.entityId == package.manifest.taskId);
    }
    if (!hasTask)
        return Error(Tr::msg("%1: ops.jsonl holds no op for the task %2 itself")
                             .arg(m_path, package.manifest.taskId));
    QSet<QString> usedMedia;
    for (qsizetype i = 0; i < package.items.size(); ++i) {
        const PackageItem &item = package.items.at(i);
        if (!itemOps.contains(item.id))
            return Error(Tr::msg("%1: items.jsonl line %2: no op in ops.jsonl creates the item \"%3\"")
                                 .arg(m_path)
                                 .arg(i + 1)
                                 .arg(item.id));
        usedMedia.insert(item.media);
        for (const PackageMedium &m : item.extraMedia)
            usedMedia.insert(m.media);
    }
    for (const PackageEntry &e : package.manifest.entries)
        if (isMediaName(e.name) && !usedMedia.contains(e.name))
            return Error(Tr::msg("%1: the entry \"%2\" belongs to no item in items.jsonl")
                                 .arg(m_path, e.name));
    return {};
}

Result<Package> PackageReader::read(MediaCheck mediaCheck, const PackageProgress &progress)
{
    m_index.clear();
    m_zipSizes.clear();
    if (auto r = openArchive(); !r)
        return r.error();
    if (auto r = checkEntries(); !r)
        return r.error();

    const QString manifestName = QLatin1String(package::kManifest);
    if (!m_index.contains(manifestName))
        return Error(
                Tr::msg("%1: has no manifest.json, so it is not an Annostraat package").arg(m_path));
    const qint64 manifestSize = m_zipSizes.value(manifestName);
    if (manifestSize > m_limits.maxJsonEntry)
        return Error(
                Tr::msg("%1: the entry \"%2\" declares %3 bytes, more than the limit of %4 bytes for %5")
                        .arg(m_path, manifestName)
                        .arg(manifestSize)
                        .arg(m_limits.maxJsonEntry)
                        .arg(Tr::msg("a JSON entry")));
    auto manifestData = readSmallEntry(manifestName, manifestSize, {});
    if (!manifestData)
        return manifestData.error();

    Package package;
    package.path = m_path;
    auto manifest = Manifest::fromJson(*manifestData, Tr::msg("%1: manifest.json").arg(m_path));
    if (!manifest)
        return manifest.error();
    package.manifest = *manifest;
    if (auto r = checkManifestAgainstZip(package.manifest); !r)
        return r.error();

    QHash<QString, QByteArray> json;
    if (auto r = hashEntries(package.manifest, mediaCheck, progress, &json); !r)
        return r.error();

    auto schema = Schema::fromJson(json.value(QLatin1String(package::kSchema)),
                                   Tr::msg("%1: schema.json").arg(m_path));
    if (!schema)
        return schema.error();
    package.schema = *schema;
    if (auto r = readItems(json.value(QLatin1String(package::kItems)), &package); !r)
        return r.error();
    json.remove(QLatin1String(package::kItems));
    if (auto r = readOps(json.value(QLatin1String(package::kOps)), &package); !r)
        return r.error();
    json.remove(QLatin1String(package::kOps));
    if (auto r = crossCheck(package); !r)
        return r.error();
    return package;
}

Result<void> PackageReader::copyEntry(const PackageEntry &entry, QFile &out,
                                      const std::function<void(qint64)> &bytes)
{
    if (!m_zip || !m_index.contains(entry.name))
        return Error(Tr::msg("%1: the entry \"%2\" is not in the package").arg(m_path, entry.name));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QString why;
    bool writeFailed = false;
    const auto outcome = m_zip->readEntry(
            m_index.value(entry.name), entry.size,
            [&](const char *block, qint64 n) {
                hash.addData(QByteArrayView(block, n));
                if (out.write(block, n) != n) {
                    writeFailed = true;
                    return false;
                }
                if (bytes)
                    bytes(n);
                return true;
            },
            &why);
    if (writeFailed)
        return Error(Tr::msg("%1: cannot write the file: %2").arg(out.fileName(), out.errorString()),
                     Error::Fault::Access);
    if (outcome != ZipArchive::ReadOutcome::Ok)
        return entryReadError(int(outcome), entry.name, entry.size, why);
    const QString found = hex(hash.result());
    if (found != entry.sha256)
        return Error(Tr::msg("%1: the entry \"%2\" does not match its SHA-256 in manifest.json "
                        "(expected %3, found %4); "
                        "the package is damaged or was changed")
                             .arg(m_path, entry.name, entry.sha256, found));
    return {};
}

} // namespace annostraat
