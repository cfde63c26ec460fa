// SPDX-License-Identifier: GPL-3.0-or-later
#include "appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUuid>

namespace annostraat {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Annostraat"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("annostraat.nl"));
    QCoreApplication::setApplicationName(QStringLiteral("Annostraat"));
    QCoreApplication::setApplicationVersion(versionString());
}

QString defaultStorePath()
{
    // Both executables share one identity, whatever argv[0] was.
    const QString base = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(base).filePath(QStringLiteral("Annostraat/store.sqlite"));
}

QString defaultMediaDir(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("media"));
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString versionString()
{
    return QStringLiteral(ANNOSTRAAT_VERSION);
}

} // namespace annostraat
