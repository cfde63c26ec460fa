// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Packages move a task and people's work between PCs through the lab's shared folder. A
// package is one ZIP file (docs/package-format.md):
//
//   manifest.json   what the package is (kind, task, producer) and every other entry's size
//                   and SHA-256
//   schema.json     the task's label schema (docs/schema-format.md)
//   items.jsonl     one line per item: id, sha256, size, kind, order, name (+ media)
//   ops.jsonl       one op per line, exactly as the op log holds it (docs/store.md)
//   media/<sha256>.<ext>   task packages only: the media files, stored uncompressed
//
// Packages carry ops, never tables: importing one is Store::merge(), so it is idempotent and
// order-free. packagewriter.h writes them, packagereader.h validates them, packageimport.h
// applies them.

#include "model/kinds.h"
#include "model/schema.h"
#include "store/op.h"
#include "util/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace annostraat {

enum class PackageKind { Task, Results, Reviews };

/// "task", "results", "reviews": the manifest's "kind".
QString toId(PackageKind kind);
std::optional<PackageKind> packageKindFromId(QStringView id);

/// Reports (bytes done, bytes in total) while a package is written, validated or imported.
using PackageProgress = std::function<void(qint64 done, qint64 total)>;

/// Who wrote a package.
struct Producer
{
    QString profileId;
    QString profileName;
    QString deviceId; ///< the writing store's device id
};

/// One entry of the ZIP (other than manifest.json itself), as the manifest lists it.
struct PackageEntry
{
    QString name;
    qint64 size = 0; ///< uncompressed bytes
    QString sha256;  ///< lower-case hex of the uncompressed bytes
};

struct Manifest
{
    /// The only package format this version reads and writes.
    static constexpr int kFormatVersion = 1;

    int formatVersion = kFormatVersion;
    PackageKind kind = PackageKind::Task;
    QString taskId;
    int taskVersion = 1;
    Producer producer;
    QDateTime created; ///< UTC
    int itemCount = 0; ///< lines in items.jsonl
    int opCount = 0;   ///< lines in ops.jsonl
    QList<PackageEntry> entries;

    const PackageEntry *entry(const QString &name) const;

    QJsonObject toJson() const;
    /// Parses and checks the shape; \a where ("<package>: manifest.json") starts every message.
    /// An unsupported formatVersion is reported before anything else is looked at.
    static Result<Manifest> fromJson(const QByteArray &json, const Message &where);
};

/// One line of items.jsonl.
/// A further media file of an item (an A/B pair's B, a reference document), as items.jsonl
/// lists it.
struct PackageMedium
{
    QString role;
    QString sha256;
    qint64 size = 0;
    QString media; ///< "media/<sha256>.<ext>" in task packages, empty otherwise
    QString name;  ///< the original file name
};

struct PackageItem
{
    QString id;
    QString sha256;
    qint64 size = 0;
    MediaKind kind = MediaKind::Image;
    int order = 0;
    QString media; ///< "media/<sha256>.<ext>" in task packages, empty otherwise
    QString name;  ///< the original file name (no folder), for people and exporters
    QList<PackageMedium> extraMedia; ///< absent in packages of format 1 before issue 9

    QJsonObject toJson() const;
    static Result<PackageItem> fromJson(const QJsonObject &json, const Message &where);
};

/// Upper bounds a reader enforces before it inflates anything, so a hostile package cannot
/// exhaust memory or disk. Sizes are uncompressed bytes.
struct Limits
{
    qint64 maxMediaEntry = qint64(8) << 30;  ///< one media/ entry: 8 GiB
    qint64 maxJsonEntry = qint64(512) << 20; ///< manifest.json, schema.json, *.jsonl each: 512 MiB
    qint64 maxTotal = qint64(1) << 40;       ///< all entries together: 1 TiB
    qint64 maxEntries = 1000000;
};

/// A package that passed every check in readPackage().
struct Package
{
    QString path;
    Manifest manifest;
    Schema schema;
    QList<PackageItem> items;
    QList<Op> ops;
};

/// What a writer produced.
struct PackageInfo
{
    QString path;
    Manifest manifest;
    qint64 fileSize = 0;
    int mediaCount = 0; ///< media entries (distinct files)
};

namespace package {
inline constexpr char kManifest[] = "manifest.json";
inline constexpr char kSchema[] = "schema.json";
inline constexpr char kItems[] = "items.jsonl";
inline constexpr char kOps[] = "ops.jsonl";
inline constexpr char kMediaFolder[] = "media/";

/// The extension media of \a mediaPath get inside packages and media folders: its suffix in
/// lower case if that is 1–10 letters or digits, else "bin".
QString mediaExtension(const QString &mediaPath);
/// "media/<sha256>.<ext>".
QString mediaEntryName(const QString &sha256, const QString &extension);
/// Whether \a text is 64 lower-case hex digits.
bool isSha256(const QString &text);
/// Whether \a name is "media/<sha256>.<ext>"; sets the parts when it is.
bool parseMediaEntryName(const QString &name, QString *sha256 = nullptr,
                         QString *extension = nullptr);
} // namespace package

} // namespace annostraat
