// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QThread>

#include <cerrno>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

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

enum class RenameStatus { Done, TargetExists, Retry, Failed };

#ifdef Q_OS_WIN
RenameStatus renameOnce(const QString &from, const QString &to, QString *why)
{
    // Without MOVEFILE_REPLACE_EXISTING the move fails when the target exists: no replace.
    const std::wstring f = QDir::toNativeSeparators(from).toStdWString();
    const std::wstring t = QDir::toNativeSeparators(to).toStdWString();
    if (MoveFileExW(f.c_str(), t.c_str(), MOVEFILE_WRITE_THROUGH))
        return RenameStatus::Done;
    const DWORD error = GetLastError();
    *why = QStringLiteral("Windows error %1").arg(error);
    if (error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS)
        return RenameStatus::TargetExists;
    if (error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION ||
        error == ERROR_ACCESS_DENIED || error == ERROR_NETWORK_BUSY || error == ERROR_UNEXP_NET_ERR)
        return RenameStatus::Retry;
    return RenameStatus::Failed;
}
#else
RenameStatus classify(int error, QString *why)
{
    *why = QString::fromLocal8Bit(std::strerror(error));
    if (error == EEXIST)
        return RenameStatus::TargetExists;
    if (error == EBUSY || error == EAGAIN || error == EACCES || error == EIO || error == ETXTBSY ||
        error == EINTR)
        return RenameStatus::Retry;
    return RenameStatus::Failed;
}

RenameStatus renameOnce(const QString &from, const QString &to, QString *why)
{
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
#ifdef Q_OS_LINUX
    // renameat2(RENAME_NOREPLACE) is atomic; file systems without it (CIFS, older NFS) say
    // EINVAL or ENOSYS and we fall through to link().
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return RenameStatus::Done;
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return classify(errno, why);
#endif
    // link() fails with EEXIST instead of replacing, atomically, where hard links exist.
    if (::link(f.constData(), t.constData()) == 0) {
        ::unlink(f.constData());
        return RenameStatus::Done;
    }
    if (errno == EEXIST)
        return classify(errno, why);
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EXDEV &&
        errno != ENOSYS && errno != EMLINK)
        return classify(errno, why);
    // Last resort (SMB without hard links): check, then rename. The window between the two
    // only matters if two PCs write the same name, which the share layout rules out.
    if (QFileInfo::exists(to))
        return classify(EEXIST, why);
    if (::rename(f.constData(), t.constData()) == 0)
        return RenameStatus::Done;
    return classify(errno, why);
}

#endif

} // namespace

void syncFolder(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder); // NTFS and SMB commit the directory entry with the rename
#else
    // Where a folder cannot be opened or synced (some network file systems), the server
    // commits the rename on its own.
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#endif
}

Result<void> syncFiles(const QStringList &paths)
{
    if (paths.isEmpty())
        return {};
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(paths.first()).constData(), O_RDONLY);
    if (fd < 0)
        return Error(Tr::msg("%1: cannot open the file to flush it: %2")
                             .arg(paths.first(), QString::fromLocal8Bit(std::strerror(errno))));
    const int rc = ::syncfs(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return Error(Tr::msg("%1: flushing the files to disk failed: %2")
                             .arg(QFileInfo(paths.first()).absolutePath(),
                                  QString::fromLocal8Bit(std::strerror(error))));
    return {};
#else
    for (const QString &path : paths)
        if (auto r = syncFile(path); !r)
            return r;
    return {};
#endif
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
        return Error(Tr::msg("%1: cannot open the file to flush it: %2").arg(path, file.errorString()));
#ifdef Q_OS_WIN
    const bool ok = ::_commit(file.handle()) == 0;
#else
    const bool ok = ::fsync(file.handle()) == 0;
#endif
    if (!ok)
        return Error(Tr::msg("%1: flushing the file to disk failed: %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    return {};
}

Result<void> renameNoReplace(const QString &tempPath, const QString &finalPath)
{
    QString why;
    for (int attempt = 1;; ++attempt) {
        switch (renameOnce(tempPath, finalPath, &why)) {
        case RenameStatus::Done:
            syncFolder(QFileInfo(finalPath).absolutePath());
            return {};
        case RenameStatus::TargetExists:
            return Error(
                    Tr::msg("%1: the file already exists; a package is written once and never replaced")
                            .arg(finalPath));
        case RenameStatus::Retry:
            if (attempt < kRenameAttempts) {
                QThread::msleep(kRenameRetryMs);
                continue;
            }
            break;
        case RenameStatus::Failed:
            break;
        }
        return Error(Tr::msg("%1: cannot rename the finished file to this name (tried %2 times): %3")
                             .arg(finalPath)
                             .arg(attempt)
                             .arg(why));
    }
}

} // namespace annostraat
