// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How an action names itself and its keys, the same in every menu, tool bar and the
// shortcut sheet.

#include <QString>

class QAction;

namespace annostraat {

class ActionText
{
public:
    /// The shortcuts of \a action as people read them, e.g. "Ctrl+Z or Ctrl+Y".
    static QString keys(const QAction *action);
    /// Gives \a action its \a text and a tooltip "\a what (its keys)".
    static void describe(QAction *action, const QString &text, const QString &what);
};

} // namespace annostraat
