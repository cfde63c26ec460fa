// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The demo task embedded in the program (resources/demo): images for every drawing tool,
// a Dutch CV for span tagging, form questions and instructions. Installing it copies the
// media next to the store and creates the task through core's draftTaskFromFolder(), the
// same path `annostraat-cli task create` takes.

#include "model/entities.h"
#include "util/result.h"

#include <QCoreApplication>

#include <optional>

namespace annostraat {

class Store;

class DemoTask
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::DemoTask)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::DemoTask)

public:
    /// The folder the demo media are copied to: "demo-media" beside the store file.
    static QString mediaFolder(const QString &storePath);
    /// The demo task already in \a store, if any (found by its media folder).
    static std::optional<Task> find(const Store &store);
    /// Returns the demo task, creating it (and its media folder) when the store has none.
    static Result<Task> install(Store &store, const QString &authorId);
};

} // namespace annostraat
