// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncsettings.h"

#include <QDir>
#include <QSettings>

namespace annostraat {

namespace {
const QString kShareFolder = QStringLiteral("sync/shareFolder");
const QString kInterval = QStringLiteral("sync/intervalMinutes");
const QString kLastSync = QStringLiteral("sync/lastSync");
} // namespace

SyncSettings SyncSettings::fromSettings(const QSettings &settings)
{
    SyncSettings s;
    s.shareFolder = settings.value(kShareFolder).toString().trimmed();
    bool ok = false;
    const int minutes = settings.value(kInterval, kDefaultIntervalMinutes).toInt(&ok);
    s.intervalMinutes = ok ? qBound(0, minutes, int(kMaxIntervalMinutes)) : kDefaultIntervalMinutes;
    return s;
}

void SyncSettings::save(QSettings &settings) const
{
    settings.setValue(kShareFolder, QDir::fromNativeSeparators(shareFolder.trimmed()));
    settings.setValue(kInterval, intervalMinutes);
}

QDateTime SyncSettings::lastSync(const QSettings &settings)
{
    bool ok = false;
    const qint64 ms = settings.value(kLastSync).toLongLong(&ok);
    return ok && ms > 0 ? QDateTime::fromMSecsSinceEpoch(ms) : QDateTime();
}

void SyncSettings::setLastSync(QSettings &settings, const QDateTime &when)
{
    settings.setValue(kLastSync, when.toMSecsSinceEpoch());
}

} // namespace annostraat
