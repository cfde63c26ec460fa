// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace annostraat::platform {

bool isTerminal(int fd)
{
    if (fd < 0)
        return false;
#ifdef Q_OS_WIN
    return ::_isatty(fd) != 0;
#else
    return ::isatty(fd) != 0;
#endif
}

} // namespace annostraat::platform
