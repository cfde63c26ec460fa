// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotask.h"

#include "store/store.h"
#include "store/taskbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace annostraat {

namespace {

struct DemoFile
{
    const char *resource; ///< in ":/demo/"
    const char *copyAs;   ///< in the media folder; the number gives the queue order
};

constexpr DemoFile kMedia[] = {
        {"dike-crack.jpg", "01-dike-crack.jpg"}, {"train-buffer.jpg", "02-train-buffer.jpg"},
        {"lamp-post.jpg", "03-lamp-post.jpg"},   {"dike-erosion.jpg", "04-dike-erosion.jpg"},
        {"thumbnail.jpg", "05-thumbnail.jpg"},   {"cv-demo.txt", "06-cv-demo.txt"},
};

QString resourcePath(const char *name)
{
    return QStringLiteral(":/demo/") + QLatin1String(name);
}

bool sameContent(const QString &a, const QString &b)
{
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    return fa.readAll() == fb.readAll();
}

} // namespace

QString DemoTask::mediaFolder(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("demo-media"));
}

std::optional<Task> DemoTask::find(const Store &store)
{
    const QString folder = QDir(mediaFolder(store.path())).absolutePath() + QLatin1Char('/');
    const QList<Task> tasks = store.tasks();
    for (const Task &task : tasks) {
        const QList<Item> items = store.items(task.id);
        if (!items.isEmpty() &&
            QFileInfo(items.first().mediaPath).absoluteFilePath().startsWith(folder))
            return task;
    }
    return std::nullopt;
}

Result<Task> DemoTask::install(Store &store, const QString &authorId)
{
    if (auto existing = find(store))
        return *existing;

    const QString folder = mediaFolder(store.path());
    if (!QDir().mkpath(folder))
        return Error(msg("%1: cannot create the folder for the demo media")
                             .arg(QDir::toNativeSeparators(folder)));
    for (const DemoFile &file : kMedia) {
        const QString source = resourcePath(file.resource);
        const QString target = QDir(folder).filePath(QLatin1String(file.copyAs));
        if (QFileInfo::exists(target)) {
            if (sameContent(source, target))
                continue;
            QFile::remove(target);
        }
        if (!QFile::copy(source, target))
            return Error(msg("%1: cannot copy the demo file").arg(QDir::toNativeSeparators(target)));
        // Files copied out of the program's resources are read-only; the user owns the copy.
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                              QFile::ReadOther);
    }

    auto draft = draftTaskFromFolder(tr("Demo task"), resourcePath("schema.json"), folder);
    if (!draft)
        return draft.error();
    QFile instructions(resourcePath("instructions.md"));
    if (instructions.open(QIODevice::ReadOnly))
        draft->task.instructions = QString::fromUtf8(instructions.readAll());
    return store.createTask(draft->task, draft->items, authorId);
}

} // namespace annostraat
