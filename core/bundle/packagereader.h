// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reading a package from an untrusted source. Every check runs before any caller acts on
// the package, and each problem has its own message that starts with the package's path.
// Memory stays bounded: sizes are checked against Limits before anything is inflated,
// inflating stops one byte past the declared size, and media are hashed in blocks.

#include "package.h"

#include <QFile>
#include <QHash>

#include <memory>

namespace annostraat {

class ZipArchive;

/// Opens \a path and validates everything (ZIP structure, entry names and types, manifest,
/// sizes, limits, the SHA-256 of every entry, schema.json, items.jsonl, ops.jsonl). The
/// package is only returned when every check passed. \a progress reports bytes hashed.
Result<Package> readPackage(const QString &path, const Limits &limits = {},
                            const PackageProgress &progress = {});

/// Whether read() hashes media entries, or leaves that to copyMedia() (import, which would
/// otherwise read every media file twice).
enum class MediaCheck { Hash, Defer };

/// The reader behind readPackage(), kept open so that importPackage() extracts media from
/// the very archive it validated.
class PackageReader
{
public:
    explicit PackageReader(QString path, Limits limits = {});
    ~PackageReader();
    PackageReader(const PackageReader &) = delete;
    PackageReader &operator=(const PackageReader &) = delete;

    /// All checks of readPackage(); with MediaCheck::Defer, media contents are not read.
    Result<Package> read(MediaCheck mediaCheck, const PackageProgress &progress = {});

    /// Streams the media entry \a entry of the package read() accepted into \a out, checking
    /// its size and SHA-256 on the way; \a bytes gets the number of bytes of each block.
    Result<void> copyEntry(const PackageEntry &entry, QFile &out,
                           const std::function<void(qint64 bytes)> &bytes = {});

private:
    Result<void> openArchive();
    Result<void> checkEntries();
    Result<QByteArray> readSmallEntry(const QString &name, qint64 size,
                                      const std::function<void(qint64)> &bytes);
    Result<void> checkManifestAgainstZip(const Manifest &manifest);
    Result<void> hashEntries(const Manifest &manifest, MediaCheck mediaCheck,
                             const PackageProgress &progress, QHash<QString, QByteArray> *json);
    Result<void> readItems(const QByteArray &data, Package *package) const;
    Result<void> readOps(const QByteArray &data, Package *package) const;
    Result<void> crossCheck(const Package &package) const;
    Error entryReadError(int outcome, const QString &name, qint64 declared,
                         const QString &why) const;

    QString m_path;
    Limits m_limits;
    std::unique_ptr<ZipArchive> m_zip;
    QHash<QString, qint64> m_index;        ///< entry name → index in the ZIP
    QHash<QString, qint64> m_zipSizes;     ///< entry name → uncompressed size in the ZIP
    QHash<QString, PackageEntry> m_listed; ///< the manifest's entries by name
};

} // namespace annostraat
