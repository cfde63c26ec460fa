// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a person can set for themselves: language, theme and text size, and the break
// reminder. Kept per profile in the store (so a shared lab PC follows whoever is working);
// language, theme and size also as the PC's last choice in QSettings, which the welcome and
// profile pages use before anyone is chosen.

#include "theme.h"

#include <QString>

class QSettings;

namespace annostraat {

class Store;

struct Preferences
{
    QString language; ///< "nl" or "en"
    Theme::Kind theme = Theme::Kind::Normal;
    int pointSize = Theme::kDefaultPointSize;
    /// Minutes of work between break reminders; 0: no reminders (the default).
    int breakEveryMinutes = 0;
    /// How long a break is meant to be, in minutes (shown, never counted down).
    int breakLengthMinutes = kDefaultBreakLength;

    static constexpr int kDefaultBreakEvery = 50;
    static constexpr int kMinBreakEvery = 10;
    static constexpr int kMaxBreakEvery = 240;
    static constexpr int kDefaultBreakLength = 10;
    static constexpr int kMinBreakLength = 2;
    static constexpr int kMaxBreakLength = 60;

    /// The PC's last choice, or the defaults (the system's language).
    static Preferences fromSettings(const QSettings &settings);
    /// The profile's own choice; what it has not set comes from \a fallback.
    static Preferences forProfile(const Store &store, const QString &profileId,
                                  const Preferences &fallback);

    void saveToSettings(QSettings &settings) const;
    /// Writes the profile's choice; returns the store's error message, empty on success.
    QString saveForProfile(Store &store, const QString &profileId) const;

    Theme toTheme() const { return Theme{theme, pointSize}; }
    bool operator==(const Preferences &) const = default;
};

} // namespace annostraat
