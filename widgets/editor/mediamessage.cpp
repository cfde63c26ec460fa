// SPDX-License-Identifier: GPL-3.0-or-later
#include "mediamessage.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace annostraat {

MediaMessage::MediaMessage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("itemMessage"));
    m_label->setProperty("role", QStringLiteral("message"));
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addStretch();
    layout->addWidget(m_label);
    layout->addStretch();
}

void MediaMessage::setText(const QString &text)
{
    m_label->setText(text);
}

QString MediaMessage::text() const
{
    return m_label->text();
}

QString MediaMessage::missingFile(const QString &path)
{
    return tr("The file of this item is not on this computer:\n%1").arg(QDir::toNativeSeparators(path))
         + QLatin1String("\n\n") + tr("You can flag the item or skip it.");
}

QString MediaMessage::unreadableFile(const QString &path, const QString &why)
{
    return tr("This file cannot be shown:\n%1\n(%2)").arg(QDir::toNativeSeparators(path), why)
         + QLatin1String("\n\n") + tr("You can flag the item or skip it.");
}

} // namespace annostraat
