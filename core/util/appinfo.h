// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace annostraat {

/// Sets organisation and application names, so the GUI and the CLI find the same store.
void setApplicationIdentity();
/// The store the GUI and the CLI use when no --store is given.
QString defaultStorePath();
/// Where media that packages bring go on this PC: "media" beside the store.
QString defaultMediaDir(const QString &storePath);
/// A new random id (UUID without braces).
QString newId();
QString versionString();

} // namespace annostraat
