// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace annostraat {

/// The heading above a pane ("Tasks", "Labels", …): a label in the theme's subheading role,
/// named \a objectName for tests and style sheets. Its text is set by the owner's retranslate.
inline QLabel *sectionLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setProperty("role", QStringLiteral("subheading"));
    return label;
}

} // namespace annostraat
