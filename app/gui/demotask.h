// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo tasks embedded in the program (resources/demo/<job>/): one practice task per lab
// job, each with its own schema, short instructions and media. Installing copies a job's media
// to "demo-media/<job>/" beside the store and creates its task through core's
// draftTaskFromFolder() or draftPairTaskFromFolder(), the same paths `annostraat-cli task
// create [--pairs]` takes. A job's task is recognised by where its media are, so installing
// again creates nothing new, and a task of the earlier single mixed demo (media directly in
// "demo-media/") is left as it is.

#include "model/entities.h"
#include "util/result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

namespace annostraat {

class Store;

class DemoTask
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::DemoTask)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::DemoTask)

public:
    /// The jobs, in the order their tasks are listed and opened: the folder names below
    /// resources/demo/ ("dike-cracks" first).
    static QStringList jobs();
    /// A job's task name in the person's language, e.g. "Demo 1: dike cracks".
    static QString taskName(const QString &job);

    /// A job's schema file in the program's resources (":/demo/<job>/schema.json"): the
    /// template the new task page offers for the job.
    static QString schemaFile(const QString &job);
    /// A job's instructions (Markdown), empty when it has none.
    static QString instructions(const QString &job);
    /// Whether the job's items are A/B image pairs (NAME_A with NAME_B).
    static bool isPairJob(const QString &job);

    /// The folder the demo media are copied to: "demo-media" beside the store file.
    static QString mediaFolder(const QString &storePath);
    /// The folder of one job's media: "demo-media/<job>".
    static QString mediaFolder(const QString &storePath, const QString &job);

    /// The task of \a job already in \a store, if any (found by its media folder).
    static std::optional<Task> find(const Store &store, const QString &job);
    /// The demo tasks in \a store, in job order; jobs without a task are left out.
    static QList<Task> findAll(const Store &store);

    /// Creates the task of every job the store does not have yet and returns all of them, in
    /// job order (the first is the one to open). Every missing job is copied and drafted
    /// before the first task is created, so a bad resource or a full disk creates nothing.
    static Result<QList<Task>> install(Store &store, const QString &authorId);
};

} // namespace annostraat
