// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A team lead's PC with a real task (real PNG, JPEG and text files on disk), fresh PCs to
// import into, and libzip-based tools to take a valid package apart.

#include "bundle/package.h"
#include "store/store.h"

#include <QJsonObject>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace annostraat::test {

/// The team lead's PC: profiles Lotte (team lead) and Anna (annotator), and the task
/// "Buffers" built by draftTaskFromFolder() from four real media files.
struct Lab
{
    Lab();
    /// Anna annotates, submits, and Lotte reviews: every kind of work op.
    void addWork();
    QString path(const QString &name) const { return root.filePath(name); }
    QString storePath() const { return path(QStringLiteral("lead.sqlite")); }

    QTemporaryDir root;
    QString sourceDir;
    std::unique_ptr<Store> store;
    Profile lead;
    Profile anna;
    Task task;
    QList<Item> items;
};

/// Another PC: an empty store and a media folder.
struct Pc
{
    Pc();
    QString storePath() const { return dir.filePath(QStringLiteral("pc.sqlite")); }
    QTemporaryDir dir;
    QString mediaDir;
    std::unique_ptr<Store> store;
};

/// Every file below \a dir as "relative/path size", sorted; store files are left out (their
/// state is compared with dumpEntities()).
QStringList fileListing(const QString &dir);

QString sha256Hex(const QByteArray &data);

// ---- taking packages apart (libzip) -------------------------------------------------------
QByteArray zipEntry(const QString &zipPath, const QString &name);
QStringList zipNames(const QString &zipPath);
/// Adds or replaces entry \a name; \a compress false stores it.
void zipPut(const QString &zipPath, const QString &name, const QByteArray &data,
            bool compress = true);
void zipRemove(const QString &zipPath, const QString &name);
void zipSetAttributes(const QString &zipPath, const QString &name, quint8 opsys,
                      quint32 attributes);
/// The compression method of entry \a name.
int zipMethod(const QString &zipPath, const QString &name);
/// Rewrites manifest.json after \a edit changed its JSON.
void editManifest(const QString &zipPath, const std::function<void(QJsonObject &)> &edit);
/// Replaces entry \a name and updates its size and SHA-256 in the manifest, so only the
/// content itself can be wrong.
void replaceListed(const QString &zipPath, const QString &name, const QByteArray &data);
/// Replaces every occurrence of \a from by \a to (same length) in the file's bytes.
void patchBytes(const QString &path, const QByteArray &from, const QByteArray &to);

} // namespace annostraat::test
