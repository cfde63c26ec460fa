// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicrename.h"

#include <QFile>
#include <QFileInfo>

#ifdef Q_OS_WIN
#include <QDir>

#include <string>

#include <windows.h>
#else
#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>
#endif

namespace annostraat::platform {

namespace {

#ifdef Q_OS_WIN

std::wstring nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path).toStdWString();
}

RenameAttempt moveFile(const QString &from, const QString &to, DWORD flags)
{
    if (MoveFileExW(nativePath(from).c_str(), nativePath(to).c_str(), flags))
        return {RenameStatus::Done, {}};
    const DWORD error = GetLastError();
    const QString why = QStringLiteral("Windows error %1").arg(error);
    if (error == ERROR_ALREADY_EXISTS || error == ERROR_FILE_EXISTS)
        return {RenameStatus::TargetExists, why};
    if (error == ERROR_SHARING_VIOLATION || error == ERROR_LOCK_VIOLATION ||
        error == ERROR_ACCESS_DENIED || error == ERROR_NETWORK_BUSY || error == ERROR_UNEXP_NET_ERR)
        return {RenameStatus::Retry, why};
    return {RenameStatus::Failed, why};
}

#else

RenameAttempt classify(int error)
{
    const QString why = QString::fromLocal8Bit(std::strerror(error));
    if (error == EEXIST)
        return {RenameStatus::TargetExists, why};
    if (error == EBUSY || error == EAGAIN || error == EACCES || error == EIO || error == ETXTBSY ||
        error == EINTR)
        return {RenameStatus::Retry, why};
    return {RenameStatus::Failed, why};
}

#endif

} // namespace

RenameAttempt renameNoReplaceOnce(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    // Without MOVEFILE_REPLACE_EXISTING the move fails when the target exists: no replace.
    return moveFile(from, to, MOVEFILE_WRITE_THROUGH);
#else
    const QByteArray f = QFile::encodeName(from);
    const QByteArray t = QFile::encodeName(to);
#ifdef Q_OS_LINUX
    // renameat2(RENAME_NOREPLACE) is atomic; file systems without it (CIFS, older NFS) say
    // EINVAL or ENOSYS and we fall through to link().
    if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
        return {RenameStatus::Done, {}};
    if (errno != EINVAL && errno != ENOSYS && errno != ENOTSUP)
        return classify(errno);
#endif
    // link() fails with EEXIST instead of replacing, atomically, where hard links exist.
    if (::link(f.constData(), t.constData()) == 0) {
        ::unlink(f.constData());
        return {RenameStatus::Done, {}};
    }
    if (errno == EEXIST)
        return classify(errno);
    if (errno != EPERM && errno != ENOTSUP && errno != EOPNOTSUPP && errno != EXDEV &&
        errno != ENOSYS && errno != EMLINK)
        return classify(errno);
    // Last resort (SMB without hard links): check, then rename. The window between the two
    // only matters if two PCs write the same name, which the share layout rules out.
    if (QFileInfo::exists(to))
        return classify(EEXIST);
    if (::rename(f.constData(), t.constData()) == 0)
        return {RenameStatus::Done, {}};
    return classify(errno);
#endif
}

RenameAttempt renameReplacingOnce(const QString &from, const QString &to)
{
#ifdef Q_OS_WIN
    return moveFile(from, to, MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
#else
    // rename() replaces atomically: a reader sees the old file or the new one, never neither.
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return {RenameStatus::Done, {}};
    return classify(errno);
#endif
}

} // namespace annostraat::platform
