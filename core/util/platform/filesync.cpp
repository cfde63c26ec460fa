// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesync.h"

#include <QFile>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <unistd.h>
#endif

namespace annostraat::platform {

bool flushFile(QFile &file, QString *why)
{
#ifdef Q_OS_WIN
    // Windows only flushes handles opened for writing.
    const auto handle = reinterpret_cast<HANDLE>(::_get_osfhandle(file.handle()));
    if (handle != INVALID_HANDLE_VALUE && FlushFileBuffers(handle))
        return true;
    *why = QStringLiteral("Windows error %1").arg(GetLastError());
    return false;
#else
    if (::fsync(file.handle()) == 0)
        return true;
    *why = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#endif
}

bool canFlushFileSystem()
{
#ifdef Q_OS_LINUX
    return true;
#else
    return false;
#endif
}

bool flushFileSystemOf(const QString &path, QString *why)
{
#ifdef Q_OS_LINUX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    const int rc = ::syncfs(fd);
    const int error = errno;
    ::close(fd);
    if (rc == 0)
        return true;
    *why = QString::fromLocal8Bit(std::strerror(error));
    return false;
#else
    Q_UNUSED(path);
    *why = QStringLiteral("not available on this platform");
    return false;
#endif
}

void flushFolder(const QString &folder)
{
#ifdef Q_OS_WIN
    Q_UNUSED(folder);
#else
    const int fd =
            ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
#endif
}

} // namespace annostraat::platform
