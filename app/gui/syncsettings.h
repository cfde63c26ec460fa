// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where this PC syncs and how often. A property of the lab PC, not of a person: kept in the
// PC's QSettings (never in the store), so every profile on the PC shares the same folder.

#include <QDateTime>
#include <QString>

class QSettings;

namespace annostraat {

struct SyncSettings
{
    static constexpr int kDefaultIntervalMinutes = 5;
    static constexpr int kMaxIntervalMinutes = 240;

    QString shareFolder;                           ///< empty: no shared folder (working offline)
    int intervalMinutes = kDefaultIntervalMinutes; ///< 0: only at start and on demand

    static SyncSettings fromSettings(const QSettings &settings);
    void save(QSettings &settings) const;
    bool isSetUp() const { return !shareFolder.isEmpty(); }
    bool operator==(const SyncSettings &) const = default;

    /// When this PC last finished a sync with the share reachable (invalid: never).
    static QDateTime lastSync(const QSettings &settings);
    static void setLastSync(QSettings &settings, const QDateTime &when);
};

} // namespace annostraat
