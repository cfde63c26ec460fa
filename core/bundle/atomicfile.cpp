// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include "util/platform/atomicrename.h"
#include "util/platform/filesync.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Package)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Package)
};

constexpr int kRenameAttempts = 6;
constexpr int kRenameRetryMs = 250;

} // namespace

void syncFolder(const QString &folder)
{
    platform::flushFolder(folder);
}

Result<void> syncFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
    if (platform::canFlushFileSystem()) {
        QString why;
        if (platform::flushFileSystemOf(paths.first(), &why))
            return {};
        if (!QFileInfo::exists(paths.first()))
            return Error(
                    Tr::msg("%1: cannot open the file to flush it: %2").arg(paths.first(), why));
        return Error(Tr::msg("%1: flushing the files to disk failed: %2")
                             .arg(QFileInfo(paths.first()).absolutePath(), why));
    }
    for (const QString &path : paths)
        if (auto r = syncFile(path); !r)
            return r;
    return {};
}

QString temporaryPathFor(const QString &finalPath)
{
    const QFileInfo info(finalPath);
    const QString random = QString::number(QRandomGenerator::global()->generate64(), 36);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.part").arg(info.fileName(), random));
}

bool isTemporaryFileName(const QString &fileName)
{
    return fileName.startsWith(QLatin1Char('.')) || fileName.endsWith(QLatin1String(".part"));
}

Result<void> syncFile(const QString &path)
{
    QFile file(path);
    // Write access: Windows only flushes handles opened for writing.
    if (!file.open(QIODevice::ReadWrite | QIODevice::ExistingOnly))
        return Error(
                Tr::msg("%1: cannot open the file to flush it: %2").arg(path, file.errorString()));
    QString why;
    if (!platform::flushFile(file, &why))
        return Error(Tr::msg("%1: flushing the file to disk failed: %2").arg(path, why));
    return {};
}

Result<void> renameNoReplace(const QString &tempPath, const QString &finalPath)
{
    QString why;
    for (int attempt = 1;; ++attempt) {
        const platform::RenameAttempt tried = platform::renameNoReplaceOnce(tempPath, finalPath);
        why = tried.why;
        switch (tried.status) {
        case platform::RenameStatus::Done:
            syncFolder(QFileInfo(finalPath).absolutePath());
            return {};
        case platform::RenameStatus::TargetExists:
            return Error(Tr::msg("%1: the file already exists; a package is written once and never "
                                 "replaced")
                                 .arg(finalPath));
        case platform::RenameStatus::Retry:
            if (attempt < kRenameAttempts) {
                QThread::msleep(kRenameRetryMs);
                continue;
            }
            break;
        case platform::RenameStatus::Failed:
            break;
        }
        return Error(
                Tr::msg("%1: cannot rename the finished file to this name (tried %2 times): %3")
                        .arg(finalPath)
                        .arg(attempt)
                        .arg(why));
    }
}

} // namespace annostraat
