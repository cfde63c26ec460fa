// SPDX-License-Identifier: GPL-3.0-or-later
#include "demotask.h"

#include "store/store.h"
#include "store/taskbuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace annostraat {

namespace {

struct DemoJob
{
    const char *folder; ///< below ":/demo/" and "demo-media/"
    const char *name;   ///< the task name, translated when the task is created
    bool pairs;         ///< NAME_A / NAME_B images make one A/B item
};

// The number in each name keeps the task list (sorted by name) in this order.
constexpr DemoJob kJobs[] = {
        {"dike-cracks", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 1: dike cracks"), false},
        {"train-buffers", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 2: train buffers"),
         false},
        {"lamp-posts", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 3: lamp posts"), false},
        {"erosion", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 4: erosion"), false},
        {"thumbnails", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 5: thumbnails"), false},
        {"thumbnail-pairs", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 6: A/B thumbnails"),
         true},
        {"news", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 7: news"), false},
        {"cv", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 8: CVs"), false},
        {"weather-reports", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 9: weather reports"),
         false},
        {"program-parts", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 10: program parts"), false},
        {"ad-breaks", QT_TRANSLATE_NOOP("annostraat::DemoTask", "Demo 11: ad breaks"), false},
};

const QString kSchemaFile = QStringLiteral("schema.json");
const QString kInstructionsFile = QStringLiteral("instructions.md");

const DemoJob *jobNamed(const QString &job)
{
    for (const DemoJob &j : kJobs)
        if (job == QLatin1String(j.folder))
            return &j;
    return nullptr;
}

QString resourceFolder(const DemoJob &job)
{
    return QStringLiteral(":/demo/") + QLatin1String(job.folder);
}

/// The media files of a job in the program's resources: everything but schema and instructions.
QStringList mediaFiles(const DemoJob &job)
{
    QStringList files = QDir(resourceFolder(job)).entryList(QDir::Files, QDir::Name);
    files.removeAll(kSchemaFile);
    files.removeAll(kInstructionsFile);
    return files;
}

bool sameContent(const QString &a, const QString &b)
{
    QFile fa(a), fb(b);
    if (!fa.open(QIODevice::ReadOnly) || !fb.open(QIODevice::ReadOnly) || fa.size() != fb.size())
        return false;
    return fa.readAll() == fb.readAll();
}

bool isUnder(const QString &path, const QString &folder)
{
    return QFileInfo(path).absoluteFilePath().startsWith(QDir(folder).absolutePath() +
                                                         QLatin1Char('/'));
}

} // namespace

QStringList DemoTask::jobs()
{
    QStringList result;
    for (const DemoJob &job : kJobs)
        result << QLatin1String(job.folder);
    return result;
}

QString DemoTask::taskName(const QString &job)
{
    const DemoJob *j = jobNamed(job);
    return j ? tr(j->name) : QString();
}

QString DemoTask::schemaFile(const QString &job)
{
    const DemoJob *j = jobNamed(job);
    return j ? resourceFolder(*j) + QLatin1Char('/') + kSchemaFile : QString();
}

QString DemoTask::instructions(const QString &job)
{
    const DemoJob *j = jobNamed(job);
    if (!j)
        return {};
    QFile file(resourceFolder(*j) + QLatin1Char('/') + kInstructionsFile);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool DemoTask::isPairJob(const QString &job)
{
    const DemoJob *j = jobNamed(job);
    return j && j->pairs;
}

QString DemoTask::mediaFolder(const QString &storePath)
{
    return QFileInfo(storePath).absoluteDir().filePath(QStringLiteral("demo-media"));
}

QString DemoTask::mediaFolder(const QString &storePath, const QString &job)
{
    return QDir(mediaFolder(storePath)).filePath(job);
}

std::optional<Task> DemoTask::find(const Store &store, const QString &job)
{
    const QString folder = mediaFolder(store.path(), job);
    const QList<Task> tasks = store.tasks();
    for (const Task &task : tasks) {
        const QList<Item> items = store.items(task.id);
        if (!items.isEmpty() && isUnder(items.first().mediaPath, folder))
            return task;
    }
    return std::nullopt;
}

QList<Task> DemoTask::findAll(const Store &store)
{
    QList<Task> result;
    for (const DemoJob &job : kJobs)
        if (auto task = find(store, QLatin1String(job.folder)))
            result << *task;
    return result;
}

Result<QList<Task>> DemoTask::install(Store &store, const QString &authorId)
{
    struct Missing
    {
        int job;
        TaskDraft draft;
    };
    QList<std::optional<Task>> found;
    QList<Missing> missing;
    for (const DemoJob &job : kJobs) {
        found << find(store, QLatin1String(job.folder));
        if (found.last())
            continue;

        // The folder is the program's own while no task uses it: it gets exactly the job's
        // files, so a file left from an earlier version cannot become an item.
        const QString folder = mediaFolder(store.path(), QLatin1String(job.folder));
        if (!QDir().mkpath(folder))
            return Error(msg("%1: cannot create the folder for the demo media")
                                 .arg(QDir::toNativeSeparators(folder)),
                         Error::Fault::Access);
        const QStringList files = mediaFiles(job);
        const QSet<QString> wanted(files.begin(), files.end());
        const QStringList present = QDir(folder).entryList(QDir::Files);
        for (const QString &name : present)
            if (!wanted.contains(name))
                QFile::remove(QDir(folder).filePath(name));
        for (const QString &name : files) {
            const QString source = resourceFolder(job) + QLatin1Char('/') + name;
            const QString target = QDir(folder).filePath(name);
            if (QFileInfo::exists(target)) {
                if (sameContent(source, target))
                    continue;
                QFile::remove(target);
            }
            if (!QFile::copy(source, target))
                return Error(
                        msg("%1: cannot copy the demo file").arg(QDir::toNativeSeparators(target)),
                        Error::Fault::Access);
            // Files copied out of the program's resources are read-only; the user owns the copy.
            QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup |
                                                  QFile::ReadOther);
        }

        const QString schema = resourceFolder(job) + QLatin1Char('/') + kSchemaFile;
        auto draft = job.pairs ? draftPairTaskFromFolder(tr(job.name), schema, folder)
                               : draftTaskFromFolder(tr(job.name), schema, folder);
        if (!draft)
            return draft.error();
        QFile instructions(resourceFolder(job) + QLatin1Char('/') + kInstructionsFile);
        if (instructions.open(QIODevice::ReadOnly))
            draft->task.instructions = QString::fromUtf8(instructions.readAll());
        missing.append(Missing{int(found.size()) - 1, std::move(*draft)});
    }

    for (Missing &m : missing) {
        auto created = store.createTask(m.draft.task, m.draft.items, authorId);
        if (!created)
            return created.error();
        found[m.job] = *created;
    }
    QList<Task> result;
    for (const std::optional<Task> &task : std::as_const(found))
        result << *task;
    return result;
}

} // namespace annostraat
