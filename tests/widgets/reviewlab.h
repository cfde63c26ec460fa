// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A lab for the review tests: three people and a box task whose every item is reviewed.

#include "store/store.h"
#include "store/taskbuilder.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace annostraat::test {

/// The lead's PC, which is Rik's too (as in decision 0018's flow: the profiles are made there):
/// Lotte (team lead), Rik (reviewer) and Anna (annotator), made in core on the GUI's store; a
/// task whose every item is reviewed (a box task of two images with one quick comment, or a
/// demo job's), published to the share.
struct ReviewLab
{
    ReviewLab(Store &store, const QString &shareFolder)
        : share(shareFolder)
    {
        REQUIRE(mediaDir.isValid());
        const QString media = mediaDir.filePath(QStringLiteral("photos"));
        REQUIRE(QDir().mkpath(media));
        for (int i = 0; i < 2; ++i) {
            QImage image(800, 600, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 90, 120, 200));
            REQUIRE(image.save(QStringLiteral("%1/buffer-%2.png").arg(media).arg(i)));
        }
        const QByteArray schema = R"({
  "format": 1,
  "labels": [{"name": "Buffer", "colour": "#1f77b4", "hotkey": "1", "kinds": ["box"]}],
  "review": {"sample": 100, "quickComments": ["The box is too loose"]}
})";
        create(store, QStringLiteral("Buffers"), schema, media);
    }

    /// The same lab with a task of demo job \a job's media \a files (from the program's
    /// resources) and its schema, every item reviewed.
    ReviewLab(Store &store, const QString &shareFolder, const QString &job, const QStringList &files)
        : share(shareFolder)
    {
        REQUIRE(mediaDir.isValid());
        const QString media = mediaDir.filePath(job);
        REQUIRE(QDir().mkpath(media));
        const QString demo = QStringLiteral(":/demo/%1/").arg(job);
        for (const QString &name : files)
            REQUIRE(QFile::copy(demo + name, QDir(media).filePath(name)));
        QFile demoSchema(demo + QStringLiteral("schema.json"));
        REQUIRE(demoSchema.open(QIODevice::ReadOnly));
        QJsonObject schema = QJsonDocument::fromJson(demoSchema.readAll()).object();
        REQUIRE(schema.contains(QStringLiteral("labels")));
        schema.insert(QStringLiteral("review"), QJsonObject{{QStringLiteral("sample"), 100}});
        create(store, job, QJsonDocument(schema).toJson(), media);
    }

    /// Anna's work as if it came from her PC: \a value as her \a kind annotation with \a label
    /// on item \a itemId, and the item marked done.
    Annotation markDone(Store &store, const QString &itemId, AnnotationKind kind,
                        const QString &label, const QJsonObject &value) const
    {
        Annotation a;
        a.taskId = task.id;
        a.itemId = itemId;
        a.author = anna.id;
        a.kind = kind;
        a.label = label;
        a.value = value;
        const auto added = store.addAnnotation(a);
        REQUIRE(added);
        REQUIRE(store.setSubmission(Submission{task.id, itemId, anna.id, SubmissionStatus::Done, {}, 30000},
                                    anna.id)
                        .ok());
        return *added;
    }

    /// One box on Anna's first item, marked done.
    Annotation boxDone(Store &store) const
    {
        const QList<Item> queue = store.queue(task.id, anna.id);
        REQUIRE_FALSE(queue.isEmpty());
        return markDone(store, queue.first().id, AnnotationKind::Box, QStringLiteral("Buffer"),
                        QJsonObject{{QStringLiteral("x"), 100}, {QStringLiteral("y"), 120},
                                    {QStringLiteral("w"), 200}, {QStringLiteral("h"), 150}});
    }

    QTemporaryDir mediaDir;
    QString share;
    Profile lotte, rik, anna;
    Task task;

private:
    /// The three people; the task of \a media with \a schema, Anna's, published to the share.
    void create(Store &store, const QString &name, const QByteArray &schema, const QString &media)
    {
        lotte = *store.addProfile(QStringLiteral("Lotte"), Role::TeamLead);
        rik = *store.addProfile(QStringLiteral("Rik"), Role::Reviewer);
        anna = *store.addProfile(QStringLiteral("Anna"), Role::Annotator);
        QFile file(mediaDir.filePath(QStringLiteral("schema.json")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(schema);
        file.close();
        auto draft = draftTaskFromFolder(name, file.fileName(), media);
        REQUIRE(draft.ok());
        auto created = store.createTask(draft->task, draft->items, lotte.id);
        REQUIRE(created.ok());
        task = *created;
        REQUIRE(store.assignRoundRobin(task.id, {anna.id}, 1, lotte.id).ok());
        SyncEngine engine(store, share, mediaDir.filePath(QStringLiteral("media")));
        REQUIRE(engine.publishTask(task.id, lotte).ok());
    }
};

} // namespace annostraat::test
