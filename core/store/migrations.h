// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace annostraat::migrations {

/// The schema version this build writes (PRAGMA user_version).
constexpr int kCurrentVersion = 11;
/// "ANNO": marks a SQLite file as an Annostraat store (PRAGMA application_id).
constexpr int kApplicationId = 0x414E4E4F;

/// The SQL that takes a store from version \a toVersion - 1 to \a toVersion.
/// Forward only: a script is never changed once released; a change is a new script.
QString script(int toVersion);

} // namespace annostraat::migrations
