// SPDX-License-Identifier: GPL-3.0-or-later
#include "process.h"

#if defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_UNIX)
#include <cerrno>
#include <csignal>
#endif

namespace annostraat::platform {

std::optional<bool> isProcessRunning(qint64 pid)
{
    if (pid <= 0)
        return false;
#if defined(Q_OS_WIN)
    HANDLE process = OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, FALSE, DWORD(pid));
    if (!process)
        return GetLastError() == ERROR_ACCESS_DENIED; // another user's process is running
    DWORD code = 0;
    const BOOL known = GetExitCodeProcess(process, &code);
    CloseHandle(process);
    if (!known)
        return std::nullopt;
    return code == STILL_ACTIVE;
#elif defined(Q_OS_UNIX)
    // Signal 0 only checks; EPERM means the process exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    return std::nullopt;
#endif
}

} // namespace annostraat::platform
