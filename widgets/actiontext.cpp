// SPDX-License-Identifier: GPL-3.0-or-later
#include "actiontext.h"

#include <QAction>
#include <QCoreApplication>

namespace annostraat {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::ShortcutSheet)
};
} // namespace

QString ActionText::keys(const QAction *action)
{
    QStringList keys;
    const QList<QKeySequence> shortcuts = action->shortcuts();
    for (const QKeySequence &key : shortcuts)
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(Tr::tr(" or "));
}

void ActionText::describe(QAction *action, const QString &text, const QString &what)
{
    action->setText(text);
    const QString keys = ActionText::keys(action);
    action->setToolTip(keys.isEmpty() ? what : Tr::tr("%1 (%2)").arg(what, keys));
    action->setStatusTip(QString());
}

} // namespace annostraat
