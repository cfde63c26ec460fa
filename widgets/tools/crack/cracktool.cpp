// SPDX-License-Identifier: GPL-3.0-or-later
// The tool is all in its header (the CreateShapeTool template does the work); this file
// gives the plugin target a translation unit for moc's plugin metadata.
#include "cracktool.h"
