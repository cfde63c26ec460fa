// SPDX-License-Identifier: GPL-3.0-or-later
// The review queue and verdicts (issue 12, point 8; decision 0018): "review list TASK" shows
// the work a reviewer looks at and why; "review accept|reject|fix TASK ITEM ANNOTATOR" gives a
// verdict as a reviewer or team lead (--as). The rules are core/quality's; this file only reads
// the command line and prints.

#include "clicommand.h"

#include "quality/reviewqueue.h"
#include "quality/verdicts.h"
#include "store/store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace annostraat {

using namespace cli;

namespace {

QJsonObject reviewJson(const Review &r)
{
    QJsonObject json{{QStringLiteral("reviewer"), r.reviewer},
                     {QStringLiteral("verdict"), toId(r.verdict)},
                     {QStringLiteral("comment"), r.comment}};
    if (!r.annotationId.isEmpty())
        json.insert(QStringLiteral("annotation"), r.annotationId);
    if (!r.anchor.isEmpty())
        json.insert(QStringLiteral("anchor"), r.anchor);
    return json;
}

} // namespace

QList<CliCommand> CliCommand::reviewCommands()
{
    const QStringList verdictArguments{QStringLiteral("TASK"), QStringLiteral("ITEM"), QStringLiteral("ANNOTATOR")};
    return {{{QStringLiteral("review"), QStringLiteral("list")},
             {QStringLiteral("TASK")},
             {},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "The task's review queue: each person's work on an item that the "
                               "task's review policy picks (sample, first items, disagreement, "
                               "flagged) or that had a verdict, with why, and where it stands: "
                               "pending, feedback (rejected, with its author again), accepted "
                               "or corrected."),
             &Cli::reviewList},
            {{QStringLiteral("review"), QStringLiteral("accept")},
             verdictArguments,
             {QStringLiteral("as"), QStringLiteral("comment")},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK ITEM ANNOTATOR [--as REVIEWER] [--comment TEXT]"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "Accepts ANNOTATOR's work on ITEM, as a reviewer or team lead."),
             &Cli::reviewAccept},
            {{QStringLiteral("review"), QStringLiteral("reject")},
             verdictArguments,
             {QStringLiteral("as"), QStringLiteral("comment"), QStringLiteral("quick"),
              QStringLiteral("annotation"), QStringLiteral("anchor")},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "TASK ITEM ANNOTATOR (--comment TEXT | --quick N) [--annotation ID] "
                               "[--anchor JSON] [--as REVIEWER]"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "Rejects ANNOTATOR's work on ITEM with a comment (free text, or "
                               "the task's quick comment number N), about one of their "
                               "annotations when --annotation names it. The item goes back to "
                               "its author with the comment."),
             &Cli::reviewReject},
            {{QStringLiteral("review"), QStringLiteral("fix")},
             verdictArguments,
             {QStringLiteral("as"), QStringLiteral("comment")},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK ITEM ANNOTATOR [--as REVIEWER] [--comment TEXT]"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "Fix and accept: the reviewer's correction is their own layer, "
                               "ANNOTATOR's stays as it is. When the reviewer has no layer on ITEM "
                               "yet, ANNOTATOR's annotations are copied into it to be corrected; "
                               "their ids are printed."),
             &Cli::reviewFix}};
}

int Cli::reviewList()
{
    const auto scope = openTask(m_arguments.first());
    if (!scope)
        return fail(scope.error().message());
    const Store &s = *scope->store;
    const Task &task = scope->task;
    s.clearReadError();
    const QList<ReviewEntry> entries = ReviewQueue::build(s, task);
    const QHash<QString, QString> names = profileNames(s);
    if (s.hasReadError())
        return fail(s.readError().message());
    const auto nameOf = [&](const QString &id) { return names.value(id, id); };

    if (m_json) {
        QJsonArray list;
        for (const ReviewEntry &e : entries) {
            QJsonArray reasons, details;
            for (ReviewReason r : e.reasons)
                reasons << ReviewQueue::toId(r);
            for (const Message &m : e.details)
                details << m.text();
            QJsonObject entry{{QStringLiteral("item"), e.item.id},
                              {QStringLiteral("order"), e.item.order},
                              {QStringLiteral("annotator"), QJsonObject{{QStringLiteral("id"), e.annotator},
                                                                        {QStringLiteral("name"), nameOf(e.annotator)}}},
                              {QStringLiteral("status"), toId(e.submission.status)},
                              {QStringLiteral("state"), ReviewQueue::toId(e.state)},
                              {QStringLiteral("reasons"), reasons},
                              {QStringLiteral("details"), details}};
            if (e.review)
                entry.insert(QStringLiteral("review"), reviewJson(*e.review));
            list << entry;
        }
        printJson({{QStringLiteral("task"), QJsonObject{{QStringLiteral("id"), task.id},
                                                        {QStringLiteral("name"), task.name}}},
                   {QStringLiteral("policy"), task.schema.review().toJson()},
                   {QStringLiteral("queue"), list}});
        return CliOk;
    }

    m_out << tr("Task: %1 (%2)").arg(task.name, task.id) << QStringLiteral("\n");
    if (task.schema.review().selectsNothing())
        m_out << tr("The task's schema has no review policy: only work that had a verdict is listed.")
              << QStringLiteral("\n");
    if (entries.isEmpty()) {
        m_out << tr("Nothing to review.") << QStringLiteral("\n");
        m_out.flush();
        return CliOk;
    }
    QList<QStringList> rows;
    for (const ReviewEntry &e : entries) {
        QStringList details;
        for (const Message &m : e.details)
            details << m.text();
        rows << QStringList{e.item.id, nameOf(e.annotator), ReviewQueue::toId(e.state),
                            details.join(QStringLiteral("; "))};
    }
    printTable({tr("ITEM"), tr("PERSON"), tr("STATE"), tr("WHY")}, rows);
    m_out.flush();
    return CliOk;
}

int Cli::giveVerdict(Verdict verdict)
{
    auto scope = openTask(m_arguments.at(0), Acting::Anyone);
    if (!scope)
        return fail(scope.error().message());
    Store &s = *scope->store;
    const Task &task = scope->task;
    const auto annotator = s.findProfile(m_arguments.at(2));
    if (!annotator)
        return fail(tr("%1: there is no profile \"%2\"; \"profile list\" shows them")
                            .arg(m_storePath, m_arguments.at(2)));
    VerdictRequest request{m_arguments.at(1), annotator->id, verdict, option("comment"), option("annotation"), {}};
    if (isSet("quick")) {
        const QStringList quick = task.schema.review().quickComments;
        bool ok = false;
        const int n = option("quick").toInt(&ok);
        if (quick.isEmpty())
            return usageError(tr("--quick: task \"%1\" has no quick comments (the schema's \"review\": "
                                 "{\"quickComments\": [...]})").arg(task.name));
        if (!ok || n < 1 || n > quick.size())
            return usageError(tr("--quick: a number from 1 to %1 (the task's quick comments)").arg(quick.size()));
        request.comment = request.comment.isEmpty() ? quick.at(n - 1) : quick.at(n - 1) + QStringLiteral(" ") + request.comment;
    }
    if (verdict == Verdict::Rejected && request.comment.trimmed().isEmpty())
        return usageError(tr("review reject needs --comment TEXT (or --quick N): what the annotator should change"));
    if (isSet("anchor")) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(option("anchor").toUtf8(), &error);
        if (!doc.isObject())
            return usageError(tr("--anchor: not a JSON object, e.g. {\"frame\": 120} or {\"start\": 4, \"end\": 9}"));
        if (request.annotationId.isEmpty())
            return usageError(tr("--anchor needs --annotation: the anchor is a place on that annotation"));
        request.anchor = doc.object();
    }
    auto given = Verdicts::give(s, task, *scope->actor, request, verdict == Verdict::Corrected);
    if (!given)
        return fail(inStore(given.error()).message());
    if (m_json) {
        printJson({{QStringLiteral("item"), given->review.itemId},
                   {QStringLiteral("annotator"), given->review.annotator},
                   {QStringLiteral("review"), reviewJson(given->review)},
                   {QStringLiteral("copied"), QJsonArray::fromStringList(given->copied)}});
        return CliOk;
    }
    m_out << tr("%1: %2's work on item %3 is %4 by %5")
                     .arg(task.name, annotator->name, given->review.itemId, toId(verdict), scope->actor->name)
          << QStringLiteral("\n");
    for (const QString &id : given->copied)
        m_out << id << QStringLiteral("\n");
    m_out.flush();
    return CliOk;
}

int Cli::reviewAccept()
{
    return giveVerdict(Verdict::Accepted);
}

int Cli::reviewReject()
{
    return giveVerdict(Verdict::Rejected);
}

int Cli::reviewFix()
{
    return giveVerdict(Verdict::Corrected);
}

} // namespace annostraat
