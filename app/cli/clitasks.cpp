// SPDX-License-Identifier: GPL-3.0-or-later
// The task commands: "task create", "task list", and the team lead's "task assign",
// "task reassign" and "task publish".

#include "clicommand.h"

#include "model/entities.h"
#include "store/assignmentplan.h"
#include "store/instructionpictures.h"
#include "store/store.h"
#include "store/taskbuilder.h"
#include "sync/syncengine.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSet>

namespace annostraat {

using namespace cli;

QList<CliCommand> CliCommand::taskCommands()
{
    return {{{QStringLiteral("task"), QStringLiteral("create")},
             {},
             {QStringLiteral("name"), QStringLiteral("schema"), QStringLiteral("media"),
              QStringLiteral("instructions"), QStringLiteral("client"),
              QStringLiteral("annotators-per-item"), QStringLiteral("author"), QStringLiteral("pairs")},
             {QStringLiteral("name"), QStringLiteral("schema"), QStringLiteral("media")},
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "--name NAME --schema FILE --media DIR [--pairs] [--instructions FILE.md] "
                               "[--client NAME] [--annotators-per-item N] [--author PROFILE]"),
             QT_TRANSLATE_NOOP(
                     "annostraat::Cli",
                     "Creates a task from a label schema and a folder of media and prints "
                     "its id. Files that are no media are skipped, each with a note on "
                     "stderr. Pictures in the instructions are taken into the task, so "
                     "annotators see them on their own PCs. Every file is checked before "
                     "anything is written."),
             &Cli::taskCreate},
            {{QStringLiteral("task"), QStringLiteral("list")},
             {},
             {},
             {},
             "",
             QT_TRANSLATE_NOOP("annostraat::Cli", "Lists the tasks."),
             &Cli::taskList},
            {{QStringLiteral("task"), QStringLiteral("assign")},
             {QStringLiteral("TASK")},
             {QStringLiteral("annotators"), QStringLiteral("per-item"), QStringLiteral("item"),
              QStringLiteral("annotator"), QStringLiteral("remove"), QStringLiteral("as")},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "TASK --annotators P1,P2,... [--per-item N] [--as PROFILE]"),
             QT_TRANSLATE_NOOP(
                     "annostraat::Cli",
                     "Assigns the annotators to the task's items in turn (round-robin), N "
                     "per item; assignments made before are kept. Or, with --item ITEM "
                     "--annotator PROFILE [--remove] instead of --annotators, assigns one "
                     "item to one annotator (or withdraws it). Done by the team lead: --as, "
                     "else the store's only team lead."),
             &Cli::taskAssign},
            {{QStringLiteral("task"), QStringLiteral("reassign")},
             {QStringLiteral("TASK")},
             {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("dry-run"), QStringLiteral("as")},
             {QStringLiteral("from"), QStringLiteral("to")},
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "TASK --from PROFILE --to P1,P2,... [--dry-run] [--as PROFILE]"),
             QT_TRANSLATE_NOOP(
                     "annostraat::Cli",
                     "Moves an absent annotator's unfinished items (not marked done, flagged "
                     "or skipped) to the others in turn, never to someone who has the item "
                     "already, in one transaction, and prints each person's items before and "
                     "after. Their finished work stays theirs. Done by the team lead: --as, "
                     "else the store's only team lead."),
             &Cli::taskReassign},
            {{QStringLiteral("task"), QStringLiteral("publish")},
             {QStringLiteral("TASK")},
             {QStringLiteral("share"), QStringLiteral("as")},
             {QStringLiteral("share")},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK --share DIR [--as PROFILE]"),
             QT_TRANSLATE_NOOP(
                     "annostraat::Cli",
                     "Publishes the task as its next version, tasks/<task>/task-v<N>.zip on "
                     "the shared folder, as the team lead (--as, else the store's only team "
                     "lead), and prints the path of the file written."),
             &Cli::taskPublish}};
}

int Cli::taskCreate()
{
    QString problem;
    const auto perItem = positiveOption("annotators-per-item", 1, &problem);
    if (!perItem)
        return usageError(problem);

    // Read and check every input file before the store is even opened: bad input must not
    // leave a new or changed store behind.
    // Absolute, so that skipped files are named relative to the media folder (the core names
    // them relative to the working directory when given a relative folder).
    const QString media = QFileInfo(option("media")).absoluteFilePath();
    auto draft = !isSet("pairs") ? draftTaskFromFolder(option("name"), option("schema"), media)
                 : QFileInfo(media).isDir() ? draftPairTaskFromFolder(option("name"), option("schema"), media)
                                            : draftPairTaskFromCsv(option("name"), option("schema"), media);
    if (!draft)
        return fail(draft.error().message());
    if (isSet("instructions")) {
        QFile file(option("instructions"));
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("%1: cannot read the instructions: %2")
                                .arg(file.fileName(), file.errorString()));
        // Pictures travel inside the instructions (decision 0028), read from beside the file.
        auto instructions = embedInstructionPictures(QString::fromUtf8(file.readAll()),
                                                     QFileInfo(file.fileName()).absolutePath());
        if (!instructions)
            return fail(instructions.error().message());
        draft->task.instructions = *instructions;
    }
    draft->task.client = option("client").trimmed();
    draft->task.annotatorsPerItem = *perItem;

    // An unknown author in a store that does not exist yet would otherwise create the store.
    auto store = openStore(!isSet("author"));
    if (!store)
        return fail(store.error().message());
    // Without --author the task is the store's only team lead's; failing that, "cli" (then
    // task packages of it name no team lead, see "task create --help").
    QString author = QStringLiteral("cli");
    QList<Profile> leads = (*store)->profiles();
    leads.removeIf([](const Profile &p) { return p.role != Role::TeamLead; });
    if (leads.size() == 1)
        author = leads.first().id;
    if (isSet("author")) {
        const auto profile = (*store)->findProfile(option("author"));
        if (!profile)
            return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                .arg(m_storePath, option("author")));
        author = profile->id;
    }
    auto task = (*store)->createTask(draft->task, draft->items, author);
    if (!task)
        return fail(inStore(task.error()).message());

    for (const QString &skipped : draft->skipped)
        m_err << kCliProgram << QStringLiteral(": ")
              << tr("note: skipped \"%1\" (not an image, video or .txt text)").arg(skipped)
              << Qt::endl;
    if (m_json) {
        printJson({{QStringLiteral("id"), task->id},
                   {QStringLiteral("name"), task->name},
                   {QStringLiteral("mediaKind"), toId(task->mediaKind)},
                   {QStringLiteral("items"), int(draft->items.size())},
                   {QStringLiteral("skipped"), QJsonArray::fromStringList(draft->skipped)}});
    } else {
        m_out << task->id << Qt::endl;
    }
    return CliOk;
}

int Cli::taskList()
{
    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    const Store &s = **store;
    const QList<Task> tasks = s.tasks();
    QList<qsizetype> itemCounts;
    for (const Task &t : tasks)
        itemCounts << s.items(t.id).size();
    if (s.hasReadError())
        return fail(s.readError().message());
    if (m_json) {
        QJsonArray list;
        for (qsizetype i = 0; i < tasks.size(); ++i) {
            const Task &t = tasks.at(i);
            QJsonObject task{{QStringLiteral("id"), t.id},
                             {QStringLiteral("name"), t.name},
                             {QStringLiteral("mediaKind"), toId(t.mediaKind)},
                             {QStringLiteral("version"), t.version},
                             {QStringLiteral("annotatorsPerItem"), t.annotatorsPerItem},
                             {QStringLiteral("items"), double(itemCounts.at(i))}};
            if (!t.client.isEmpty())
                task.insert(QStringLiteral("client"), t.client);
            list << task;
        }
        printJson({{QStringLiteral("tasks"), list}});
        return CliOk;
    }
    QList<QStringList> rows;
    for (qsizetype i = 0; i < tasks.size(); ++i)
        rows << QStringList{tasks.at(i).id, tasks.at(i).name, tasks.at(i).client, toId(tasks.at(i).mediaKind),
                            QString::number(itemCounts.at(i))};
    printTable({tr("ID"), tr("NAME"), tr("CLIENT"), tr("MEDIA"), tr("ITEMS")}, rows);
    return CliOk;
}

int Cli::taskAssign()
{
    const bool roundRobin = isSet("annotators");
    const bool single = isSet("item") || isSet("annotator") || isSet("remove");
    const QString hint = tr("see \"%1 help task assign\"").arg(kCliProgram);
    if (roundRobin && single)
        return usageError(tr("\"task assign\" takes either --annotators or --item with "
                             "--annotator, not both; %1")
                                  .arg(hint));
    if (!roundRobin && !single)
        return usageError(tr("\"task assign\" needs --annotators P1,P2,... or --item ITEM "
                             "--annotator PROFILE; %1")
                                  .arg(hint));
    if (single && !(isSet("item") && isSet("annotator")))
        return usageError(
                tr("\"task assign\" needs both --item ITEM and --annotator PROFILE; %1").arg(hint));
    QString problem;
    const auto perItemOption = positiveOption("per-item", 1, &problem);
    if (!perItemOption)
        return usageError(problem);
    if (isSet("per-item") && !roundRobin)
        return usageError(tr("--per-item goes with --annotators; %1").arg(hint));

    auto scope = openTask(m_arguments.first(), Acting::TeamLead);
    if (!scope)
        return fail(scope.error().message());
    Store &s = *scope->store;
    const Task &task = scope->task;
    const Profile &lead = *scope->actor;

    if (single) {
        const auto item = s.item(option("item"));
        if (!item || item->taskId != task.id)
            return fail(tr("%1: task \"%2\" has no item \"%3\"; \"item list\" shows them")
                                .arg(m_storePath, task.name, option("item")));
        const auto annotator = s.findProfile(option("annotator"));
        if (!annotator)
            return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                .arg(m_storePath, option("annotator")));
        const bool assign = !isSet("remove");
        if (auto r = s.setAssignment(item->id, annotator->id, assign, lead.id); !r)
            return fail(inStore(r.error()).message());
        if (m_json)
            printJson({{QStringLiteral("task"), task.id},
                       {QStringLiteral("item"), item->id},
                       {QStringLiteral("annotator"), annotator->id},
                       {QStringLiteral("assigned"), assign},
                       {QStringLiteral("queue"), int(s.queue(task.id, annotator->id).size())}});
        else
            m_out << (assign ? tr("assigned item %1 to %2") : tr("withdrew item %1 from %2"))
                             .arg(item->id, annotator->name)
                  << Qt::endl;
        return CliOk;
    }

    QList<Profile> annotators;
    QSet<QString> seen;
    for (const QString &given : option("annotators").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto profile = s.findProfile(given.trimmed());
        if (!profile)
            return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                .arg(m_storePath, given.trimmed()));
        if (seen.contains(profile->id))
            return usageError(tr("--annotators: %1 is named twice").arg(profile->name));
        seen.insert(profile->id);
        annotators << *profile;
    }
    if (annotators.isEmpty())
        return usageError(tr("--annotators: name at least one annotator; %1").arg(hint));
    const int perItem = isSet("per-item") ? *perItemOption : task.annotatorsPerItem;
    if (perItem > annotators.size())
        return fail(tr("%1 annotators per item is not possible with %2 annotators%3")
                            .arg(perItem)
                            .arg(annotators.size())
                            .arg(isSet("per-item") ? QString()
                                                   : tr(" (the task's annotators per item); "
                                                        "choose fewer with --per-item N")));
    QStringList ids;
    for (const Profile &p : std::as_const(annotators))
        ids << p.id;
    const auto added = s.assignRoundRobin(task.id, ids, perItem, lead.id);
    if (!added)
        return fail(inStore(added.error()).message());

    QList<QStringList> rows;
    QJsonArray queues;
    for (const Profile &p : std::as_const(annotators)) {
        const int queued = int(s.queue(task.id, p.id).size());
        rows << QStringList{p.name, p.id, QString::number(queued)};
        queues << QJsonObject{{QStringLiteral("id"), p.id},
                              {QStringLiteral("name"), p.name},
                              {QStringLiteral("items"), queued}};
    }
    if (m_json) {
        printJson({{QStringLiteral("task"), task.id},
                   {QStringLiteral("perItem"), perItem},
                   {QStringLiteral("added"), *added},
                   {QStringLiteral("annotators"), queues}});
        return CliOk;
    }
    m_out << tr("%n new assignment(s), %1 per item", nullptr, *added).arg(perItem)
          << QStringLiteral("\n");
    printTable({tr("ANNOTATOR"), tr("ID"), tr("ITEMS")}, rows);
    return CliOk;
}

int Cli::taskReassign()
{
    auto scope = openTask(m_arguments.first(), Acting::TeamLead);
    if (!scope)
        return fail(scope.error().message());
    Store &s = *scope->store;
    const Task &task = scope->task;
    const Profile &lead = *scope->actor;

    const auto absent = s.findProfile(option("from"));
    if (!absent)
        return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                            .arg(m_storePath, option("from")));
    QStringList to;
    for (const QString &given : option("to").split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto profile = s.findProfile(given.trimmed());
        if (!profile)
            return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                .arg(m_storePath, given.trimmed()));
        if (to.contains(profile->id))
            return usageError(tr("--to: %1 is named twice").arg(profile->name));
        to << profile->id;
    }
    if (to.isEmpty())
        return usageError(tr("--to: name at least one annotator; see \"%1 help task reassign\"").arg(kCliProgram));
    auto plan = planReassign(s, task.id, absent->id, to, lead.id);
    if (!plan)
        return fail(inStore(plan.error()).message());
    const bool dryRun = isSet("dry-run");
    if (!dryRun)
        if (auto r = applyPlan(s, *plan); !r)
            return fail(inStore(r.error()).message());

    const QHash<QString, QString> names = profileNames(s);
    QStringList order{absent->id};
    order << to;
    QList<QStringList> rows;
    QJsonArray people;
    for (const QString &id : std::as_const(order)) {
        const int before = plan->before.value(id), after = plan->after.value(id);
        rows << QStringList{names.value(id, id), id, QString::number(before), QString::number(after)};
        people << QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("name"), names.value(id, id)},
                              {QStringLiteral("before"), before},
                              {QStringLiteral("after"), after}};
    }
    if (m_json) {
        printJson({{QStringLiteral("task"), task.id},
                   {QStringLiteral("from"), absent->id},
                   {QStringLiteral("moved"), plan->withdrawn()},
                   {QStringLiteral("stayed"), QJsonArray::fromStringList(plan->unplaced)},
                   {QStringLiteral("written"), !dryRun},
                   {QStringLiteral("people"), people}});
        return CliOk;
    }
    m_out << (dryRun ? tr("%n item(s) of %1 would move (nothing written)", nullptr, plan->withdrawn())
                     : tr("%n item(s) of %1 moved", nullptr, plan->withdrawn()))
                     .arg(absent->name)
          << QStringLiteral("\n");
    if (!plan->unplaced.isEmpty())
        m_out << tr("%n item(s) stay with %1: everyone named has them already", nullptr,
                    int(plan->unplaced.size()))
                         .arg(absent->name)
              << QStringLiteral("\n");
    printTable({tr("ANNOTATOR"), tr("ID"), tr("BEFORE"), tr("AFTER")}, rows);
    return CliOk;
}

int Cli::taskPublish()
{
    auto scope = openTask(m_arguments.first(), Acting::TeamLead);
    if (!scope)
        return fail(scope.error().message());
    Store &s = *scope->store;
    const Task &task = scope->task;
    const Profile &lead = *scope->actor;

    SyncEngine engine(s, QFileInfo(option("share")).absoluteFilePath(), mediaDir());
    ProgressLine progress(m_err, errIsTerminal());
    engine.setProgressCallback(
            [&](const SyncProgress &p) { progress.show(tr("publishing %1").arg(p.file), true); });
    auto published = engine.publishTask(task.id, lead);
    progress.clear();
    if (!published)
        return fail(published.error().message());
    if (m_json) {
        printJson({{QStringLiteral("path"), published->path},
                   {QStringLiteral("task"), published->manifest.taskId},
                   {QStringLiteral("taskVersion"), published->manifest.taskVersion},
                   {QStringLiteral("producer"), producerJson(published->manifest.producer)},
                   {QStringLiteral("items"), published->manifest.itemCount},
                   {QStringLiteral("ops"), published->manifest.opCount},
                   {QStringLiteral("media"), published->mediaCount},
                   {QStringLiteral("size"), double(published->fileSize)}});
    } else {
        m_out << native(published->path) << Qt::endl;
    }
    return CliOk;
}

} // namespace annostraat
