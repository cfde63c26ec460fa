// SPDX-License-Identifier: GPL-3.0-or-later
// What is in a task: "item list", "annotation add", "annotation list" and "stats".

#include "clicommand.h"

#include "model/entities.h"
#include "store/store.h"

#include <QDir>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace annostraat {

using namespace cli;

namespace {

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

Result<QJsonObject> parseObject(const QString &text, const QString &optionName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(
                Cli::msg("%1: not valid JSON at byte %2: %3")
                        .arg(optionName)
                        .arg(parseError.offset)
                        .arg(parseError.errorString()));
    if (!doc.isObject())
        return Error(
                Cli::msg("%1: must be a JSON object ({…})")
                        .arg(optionName));
    return doc.object();
}

QJsonObject annotationJson(const Annotation &a, const QString &authorName)
{
    return {{QStringLiteral("id"), a.id},
            {QStringLiteral("task"), a.taskId},
            {QStringLiteral("item"), a.itemId},
            {QStringLiteral("author"), a.author},
            {QStringLiteral("authorName"), authorName},
            {QStringLiteral("kind"), toId(a.kind)},
            {QStringLiteral("label"), a.label},
            {QStringLiteral("value"), a.value},
            {QStringLiteral("attributes"), a.attributes}};
}

} // namespace

QList<CliCommand> CliCommand::annotationCommands()
{
    return {{{QStringLiteral("item"), QStringLiteral("list")},
             {QStringLiteral("TASK")},
             {},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "Lists the items of a task (by id or by name)."),
             &Cli::itemList},
            {{QStringLiteral("annotation"), QStringLiteral("add")},
             {},
             {QStringLiteral("task"), QStringLiteral("item"), QStringLiteral("kind"),
              QStringLiteral("label"), QStringLiteral("value"), QStringLiteral("attributes"),
              QStringLiteral("author"), QStringLiteral("repeat")},
             {QStringLiteral("task"), QStringLiteral("item"), QStringLiteral("kind"),
              QStringLiteral("label"), QStringLiteral("value"), QStringLiteral("author")},
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "--task TASK --item ITEM --kind KIND --label LABEL --value JSON "
                               "[--attributes JSON] --author PROFILE [--repeat N]"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "Adds an annotation to an item and prints its id once it is saved."),
             &Cli::annotationAdd},
            {{QStringLiteral("annotation"), QStringLiteral("list")},
             {},
             {QStringLiteral("task"), QStringLiteral("item"), QStringLiteral("author")},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "[--task TASK] [--item ITEM] [--author PROFILE]"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "Lists annotations, all or those matching every filter given."),
             &Cli::annotationList},
            {{QStringLiteral("stats")},
             {QStringLiteral("TASK")},
             {},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "Shows items per status and annotations per label and per author."),
             &Cli::stats}};
}

int Cli::itemList()
{
    const auto scope = openTask(m_arguments.first());
    if (!scope)
        return fail(scope.error().message());
    const Store &s = *scope->store;
    const Task &task = scope->task;
    const QList<Item> items = s.items(task.id);
    if (s.hasReadError())
        return fail(s.readError().message());
    if (m_json) {
        QJsonArray list;
        for (const Item &item : items)
            list << QJsonObject{{QStringLiteral("id"), item.id},
                                {QStringLiteral("order"), item.order},
                                {QStringLiteral("kind"), toId(item.kind)},
                                {QStringLiteral("media"), item.mediaPath},
                                {QStringLiteral("sha256"), item.sha256},
                                {QStringLiteral("size"), double(item.size)}};
        printJson({{QStringLiteral("task"), task.id}, {QStringLiteral("items"), list}});
        return CliOk;
    }
    QList<QStringList> rows;
    for (const Item &item : items)
        rows << QStringList{QString::number(item.order), item.id, toId(item.kind),
                            QString::number(item.size), QDir::toNativeSeparators(item.mediaPath)};
    printTable({tr("ORDER"), tr("ID"), tr("KIND"), tr("SIZE"), tr("MEDIA")}, rows);
    return CliOk;
}

int Cli::annotationAdd()
{
    QString problem;
    const auto repeat = positiveOption("repeat", 1, &problem);
    if (!repeat)
        return usageError(problem);
    const auto kind = annotationKindFromId(option("kind"));
    if (!kind)
        return usageError(tr("--kind: unknown kind \"%1\"; known kinds: %2")
                                  .arg(option("kind"), annotationKindIdList()));
    auto value = parseObject(option("value"), QStringLiteral("--value"));
    if (!value)
        return fail(value.error().message());
    QJsonObject attributes;
    if (isSet("attributes")) {
        auto parsed = parseObject(option("attributes"), QStringLiteral("--attributes"));
        if (!parsed)
            return fail(parsed.error().message());
        attributes = *parsed;
    }

    auto scope = openTask(option("task"));
    if (!scope)
        return fail(scope.error().message());
    Store &s = *scope->store;
    const Task &task = scope->task;
    const auto item = s.item(option("item"));
    if (!item || item->taskId != task.id)
        return fail(tr("%1: task \"%2\" has no item \"%3\"; \"item list\" shows them")
                            .arg(m_storePath, task.name, option("item")));
    const auto author = s.findProfile(option("author"));
    if (!author)
        return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                            .arg(m_storePath, option("author")));

    Annotation annotation;
    annotation.taskId = task.id;
    annotation.itemId = item->id;
    annotation.author = author->id;
    annotation.kind = *kind;
    annotation.label = option("label");
    annotation.value = *value;
    annotation.attributes = attributes;

    QJsonArray added;
    for (int i = 0; i < *repeat; ++i) {
        annotation.id.clear();
        auto result = s.addAnnotation(annotation);
        if (!result) {
            // Earlier rounds of --repeat are saved: say which, then fail.
            if (m_json && !added.isEmpty())
                printJson({{QStringLiteral("annotations"), added}});
            const Error &e = result.error();
            return fail(e.what().english().startsWith(m_storePath)
                                ? e.message()
                                : tr("the annotation was not added: %1").arg(e.message()));
        }
        if (m_json) {
            added << annotationJson(*result, author->name);
        } else {
            // Printed only now that the transaction has committed, and flushed at once: a
            // script (or the crash test) may rely on every id it has read being stored.
            m_out << result->id << QStringLiteral("\n");
            m_out.flush();
        }
    }
    if (m_json)
        printJson({{QStringLiteral("annotations"), added}});
    return CliOk;
}

int Cli::annotationList()
{
    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    const Store &s = **store;
    std::optional<Task> task;
    if (isSet("task")) {
        auto found = findTask(s, option("task"));
        if (!found)
            return fail(found.error().message());
        task = *found;
    }
    std::optional<Item> item;
    if (isSet("item")) {
        item = s.item(option("item"));
        if (!item || (task && item->taskId != task->id))
            return fail(task ? tr("%1: task \"%2\" has no item \"%3\"")
                                        .arg(m_storePath, task->name, option("item"))
                             : tr("%1: there is no item \"%2\"").arg(m_storePath, option("item")));
    }
    QString authorId;
    if (isSet("author")) {
        const auto profile = s.findProfile(option("author"));
        if (!profile)
            return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                .arg(m_storePath, option("author")));
        authorId = profile->id;
    }

    QList<Annotation> annotations;
    if (item) {
        annotations = s.annotations(item->id, authorId);
    } else {
        const QList<Task> tasks = task ? QList<Task>{*task} : s.tasks();
        for (const Task &t : tasks)
            for (const Annotation &a : s.taskAnnotations(t.id))
                if (authorId.isEmpty() || a.author == authorId)
                    annotations << a;
    }
    const QHash<QString, QString> names = profileNames(s);
    if (s.hasReadError())
        return fail(s.readError().message());

    if (m_json) {
        QJsonArray list;
        for (const Annotation &a : annotations)
            list << annotationJson(a, names.value(a.author, a.author));
        printJson({{QStringLiteral("annotations"), list}});
        return CliOk;
    }
    QList<QStringList> rows;
    for (const Annotation &a : annotations)
        rows << QStringList{a.id,
                            a.itemId,
                            names.value(a.author, a.author),
                            toId(a.kind),
                            a.label,
                            compactJson(a.value),
                            a.attributes.isEmpty() ? QString() : compactJson(a.attributes)};
    printTable({tr("ID"), tr("ITEM"), tr("AUTHOR"), tr("KIND"), tr("LABEL"), tr("VALUE"),
                tr("ATTRIBUTES")},
               rows);
    return CliOk;
}

int Cli::stats()
{
    const auto scope = openTask(m_arguments.first());
    if (!scope)
        return fail(scope.error().message());
    const Store &s = *scope->store;
    const Task &task = scope->task;
    TaskStats stats = s.stats(task.id);
    if (s.hasReadError())
        return fail(s.readError().message());
    // Every status, also those no item has, so scripts need not test for missing keys.
    for (SubmissionStatus status :
         {SubmissionStatus::Todo, SubmissionStatus::InProgress, SubmissionStatus::Done,
          SubmissionStatus::Flagged, SubmissionStatus::Skipped})
        stats.itemsPerStatus[toId(status)] += 0;
    int total = 0;
    for (int n : std::as_const(stats.annotationsPerLabel))
        total += n;

    if (m_json) {
        printJson(
                {{QStringLiteral("task"), QJsonObject{{QStringLiteral("id"), task.id},
                                                      {QStringLiteral("name"), task.name}}},
                 {QStringLiteral("items"), stats.items},
                 {QStringLiteral("annotations"), total},
                 {QStringLiteral("itemsPerStatus"), countsJson(stats.itemsPerStatus)},
                 {QStringLiteral("annotationsPerLabel"), countsJson(stats.annotationsPerLabel)},
                 {QStringLiteral("annotationsPerAuthor"), countsJson(stats.annotationsPerAuthor)}});
        return CliOk;
    }
    m_out << tr("Task: %1 (%2)").arg(task.name, task.id) << QStringLiteral("\n")
          << tr("Items: %1").arg(stats.items) << QStringLiteral("\n")
          << tr("Annotations: %1").arg(total) << QStringLiteral("\n");
    auto section = [&](const QString &title, const QString &column,
                       const QMap<QString, int> &counts) {
        m_out << QStringLiteral("\n") << title << QStringLiteral("\n");
        QList<QStringList> rows;
        for (auto it = counts.begin(); it != counts.end(); ++it)
            rows << QStringList{it.key(), QString::number(it.value())};
        printTable({column, tr("COUNT")}, rows);
    };
    section(tr("Items per status"), tr("STATUS"), stats.itemsPerStatus);
    section(tr("Annotations per label"), tr("LABEL"), stats.annotationsPerLabel);
    section(tr("Annotations per author"), tr("AUTHOR"), stats.annotationsPerAuthor);
    return CliOk;
}

} // namespace annostraat
