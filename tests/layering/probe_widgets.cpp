// SPDX-License-Identifier: GPL-3.0-or-later
// Must not compile: see CMakeLists.txt beside this file.
#include <QPushButton>

int probe() { return 0; }
