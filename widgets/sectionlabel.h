// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

namespace annostraat {

/// The heading above a pane ("Tasks", "Labels", …): a label in the theme's subheading role,
/// named \a objectName for tests and style sheets. Its text is set by the owner's retranslate.
/// It wraps in a narrow pane (large text sizes) rather than being cut.
inline QLabel *sectionLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setProperty("role", QStringLiteral("subheading"));
    label->setWordWrap(true);
    return label;
}

/// A message in a dialog (what will happen, what happened, why not): word-wrapped, its text
/// selectable so a path or an error can be copied, named \a objectName for tests.
inline QLabel *messageLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// A push button in a form (Add, Remove, Up…), named \a objectName for tests; Enter in the
/// form's fields does not press it (no auto-default).
inline QPushButton *formButton(QWidget *parent, const char *objectName)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(objectName));
    b->setAutoDefault(false);
    return b;
}

/// A combo box whose long entries (formats, whose work) do not make the dialog wider than the
/// screen at large text sizes: it is about 24 characters wide at least, a longer entry is cut
/// in the box and whole in the list that opens.
inline void narrowCombo(QComboBox *box)
{
    box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    box->setMinimumContentsLength(24);
}

} // namespace annostraat
