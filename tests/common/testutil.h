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
/// The lab's news job as form questions (issue 9.6): sentiment, then its strength when not
/// neutral, then a reason when strong; an emotion and its strength; a multichoice "what is
/// wrong with the image" and a required thumbnail rating for images only; a rust question
/// once a "Buffer" box is drawn.
Schema newsSchema();
/// A task with \a schema and one item per entry of \a kinds (media paths in \a folder,
/// which need not exist), created by \a author.
Task createTask(Store &store, const Profile &author, const Schema &schema,
                const QList<MediaKind> &kinds, const QString &folder);
/// A valid value for each kind.
QJsonObject sampleValue(AnnotationKind kind, int variant = 0);

/// Opens a store or fails the test with the error message.
std::unique_ptr<Store> openStore(const QString &path);

} // namespace annostraat::test
