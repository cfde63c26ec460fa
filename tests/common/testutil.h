// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/entities.h"
#include "store/store.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace annostraat::test {

/// A store in a fresh temporary folder, with one annotator and one image task of \a items items.
struct Fixture
{
    Fixture(int items = 3);
    QString storePath() const { return dir.filePath(QStringLiteral("store.sqlite")); }
    /// Closes and reopens the store (what a restart does).
    void reopen();

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    Profile annotator;
    Task task;
    QList<Item> items;
};

/// A schema with a label for every drawing kind and one question of each type.
Schema demoSchema();
/// A valid value for each kind.
QJsonObject sampleValue(AnnotationKind kind, int variant = 0);

/// Opens a store or fails the test with the error message.
std::unique_ptr<Store> openStore(const QString &path);

} // namespace annostraat::test
