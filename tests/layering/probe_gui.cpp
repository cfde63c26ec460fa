// SPDX-License-Identifier: GPL-3.0-or-later
// Must compile: core may use QtGui (QImage, QColor, QUndoStack).
#include <QImage>
#include <QUndoStack>

int probe() { return QImage(1, 1, QImage::Format_RGB32).width(); }
