// SPDX-License-Identifier: GPL-3.0-or-later
// How well people agree in a task (issue 12, point 8): "agreement TASK [--kind K]", per pair of
// people and overall, per kind and per question; gold items (point 5, decision 0021): "gold
// mark|unmark TASK ITEM" and "quality TASK", each person's score against gold. The numbers
// come from core/quality/taskagreement.h and goldscore.h; this file only prints them.

#include "clicommand.h"

#include "quality/goldscore.h"
#include "quality/taskagreement.h"
#include "store/store.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

namespace annostraat {

using namespace cli;

namespace {

QJsonValue orNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonObject kindJson(const KindAgreement &k)
{
    return {{QStringLiteral("kind"), toId(k.kind)},
            {QStringLiteral("matched"), k.matched},
            {QStringLiteral("onlyA"), k.onlyA},
            {QStringLiteral("onlyB"), k.onlyB},
            {QStringLiteral("f1"), k.f1()},
            {QStringLiteral("labelAgreement"), orNull(k.labelAgreement())},
            {QStringLiteral("meanMetric"), orNull(k.meanMetric())}};
}

QJsonObject questionJson(const QuestionAgreement &q)
{
    QJsonObject metrics, undefined;
    for (const Coefficient &c : q.coefficients) {
        metrics.insert(c.metric, orNull(c.value));
        if (!c.value)
            undefined.insert(c.metric, c.undefined.text());
    }
    QJsonObject json{{QStringLiteral("question"), q.question},
                     {QStringLiteral("units"), q.units},
                     {QStringLiteral("metrics"), metrics}};
    if (!undefined.isEmpty())
        json.insert(QStringLiteral("undefined"), undefined);
    return json;
}

QString number(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 3) : QStringLiteral("\u2014"); // —
}

} // namespace

QList<CliCommand> CliCommand::qualityCommands()
{
    return {{{QStringLiteral("agreement")},
             {QStringLiteral("TASK")},
             {QStringLiteral("kind")},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK [--kind KIND]"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "How well the task's people agree, per pair and overall. Drawn "
                               "work is matched per kind (boxes and polygons by IoU, other kinds "
                               "by their own measure, with the schema's \"agreement\" threshold "
                               "and tolerances): matched, only one person's, F1 and label "
                               "agreement. Answers: Cohen's kappa per pair (weighted too for "
                               "ratings), Fleiss' kappa and Krippendorff's alpha over everyone. "
                               "--kind limits it to one kind (\"answer\" for the questions)."),
             &Cli::agreement},
            {{QStringLiteral("gold"), QStringLiteral("mark")},
             {QStringLiteral("TASK"), QStringLiteral("ITEM")},
             {QStringLiteral("as")},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK ITEM [--as TEAMLEAD]"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "Marks ITEM as a gold item, with the team lead's own layer on it "
                               "as the reference (draw it, or import it, first). Annotators are "
                               "never shown that an item is gold."),
             &Cli::goldMark},
            {{QStringLiteral("gold"), QStringLiteral("unmark")},
             {QStringLiteral("TASK"), QStringLiteral("ITEM")},
             {QStringLiteral("as")},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK ITEM [--as TEAMLEAD]"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "Makes ITEM an ordinary item again."),
             &Cli::goldUnmark},
            {{QStringLiteral("quality")},
             {QStringLiteral("TASK")},
             {},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "TASK"),
             QT_TRANSLATE_NOOP("annostraat::Cli",
                               "Each person's score against the task's gold items, per kind of "
                               "drawn work (2 x correct / (theirs + the reference's); a match with "
                               "another label is not correct) and per question (the share answered "
                               "as the reference)."),
             &Cli::quality}};
}

int Cli::agreement()
{
    std::optional<AnnotationKind> only;
    if (isSet("kind")) {
        only = annotationKindFromId(option("kind"));
        if (!only)
            return usageError(tr("--kind: unknown kind \"%1\"; known kinds: %2")
                                      .arg(option("kind"), annotationKindIdList()));
    }
    const auto scope = openTask(m_arguments.first());
    if (!scope)
        return fail(scope.error().message());
    const Store &s = *scope->store;
    const Task &task = scope->task;
    const QList<Item> items = s.items(task.id);
    const QList<Annotation> annotations = s.taskAnnotations(task.id);
    QHash<QString, QStringList> finished;
    for (const Submission &sub : s.submissions(task.id))
        if (sub.status == SubmissionStatus::Done)
            finished[sub.itemId] << sub.annotator;
    const QHash<QString, QString> names = profileNames(s);
    if (s.hasReadError())
        return fail(s.readError().message());
    const TaskAgreementReport report =
            TaskAgreement::compute(task, items, finished, annotations, only);
    const auto nameOf = [&](const QString &id) { return names.value(id, id); };

    if (m_json) {
        const auto person = [&](const QString &id) {
            return QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("name"), nameOf(id)}};
        };
        QJsonArray people, pairs, kinds, questions;
        for (const QString &id : report.people)
            people << person(id);
        for (const PairAgreement &pair : report.pairs) {
            QJsonArray pairKinds, pairQuestions;
            for (const KindAgreement &k : pair.kinds)
                pairKinds << kindJson(k);
            for (const QuestionAgreement &q : pair.questions)
                pairQuestions << questionJson(q);
            pairs << QJsonObject{{QStringLiteral("a"), person(pair.a)},
                                 {QStringLiteral("b"), person(pair.b)},
                                 {QStringLiteral("items"), pair.items},
                                 {QStringLiteral("kinds"), pairKinds},
                                 {QStringLiteral("questions"), pairQuestions}};
        }
        for (const KindAgreement &k : report.kinds)
            kinds << kindJson(k);
        for (const QuestionAgreement &q : report.questions)
            questions << questionJson(q);
        printJson({{QStringLiteral("task"), QJsonObject{{QStringLiteral("id"), task.id},
                                                        {QStringLiteral("name"), task.name}}},
                   {QStringLiteral("settings"), report.settings.toJson()},
                   {QStringLiteral("kind"), only ? QJsonValue(toId(*only)) : QJsonValue()},
                   {QStringLiteral("people"), people},
                   {QStringLiteral("pairs"), pairs},
                   {QStringLiteral("overall"),
                    QJsonObject{{QStringLiteral("kinds"), kinds},
                                {QStringLiteral("questions"), questions}}}});
        return CliOk;
    }

    const QLocale locale;
    m_out << tr("Task: %1 (%2)").arg(task.name, task.id) << QStringLiteral("\n")
          << tr("A match needs an agreement of at least %1 (IoU for boxes and polygons); "
                "tolerance %2 px, %3 frames")
                     .arg(locale.toString(report.settings.minAgreement))
                     .arg(locale.toString(report.settings.tolerances.tolerancePx))
                     .arg(report.settings.tolerances.toleranceFrames)
          << QStringLiteral("\n");
    if (report.pairs.isEmpty()) {
        m_out << tr("Fewer than two people have work on the same item: there is nothing to "
                    "compare.")
              << QStringLiteral("\n");
        m_out.flush();
        return CliOk;
    }
    const QString everyone = tr("everyone");
    const auto pairName = [&](const PairAgreement &p) {
        return QStringLiteral("%1 / %2").arg(nameOf(p.a), nameOf(p.b));
    };
    const auto kindRow = [&](const QString &who, const QString &items, const KindAgreement &k) {
        return QStringList{who,
                           items,
                           toId(k.kind),
                           QString::number(k.matched),
                           QString::number(k.onlyA),
                           QString::number(k.onlyB),
                           number(k.f1()),
                           number(k.labelAgreement())};
    };
    QList<QStringList> rows;
    for (const PairAgreement &pair : report.pairs)
        for (const KindAgreement &k : pair.kinds)
            rows << kindRow(pairName(pair), QString::number(pair.items), k);
    for (const KindAgreement &k : report.kinds)
        rows << kindRow(everyone, QString(), k);
    if (!rows.isEmpty()) {
        m_out << QStringLiteral("\n") << tr("Drawn work") << QStringLiteral("\n");
        printTable({tr("PEOPLE"), tr("ITEMS"), tr("KIND"), tr("MATCHED"), tr("ONLY FIRST"),
                    tr("ONLY SECOND"), tr("F1"), tr("SAME LABEL")},
                   rows);
    }
    rows.clear();
    const auto questionRows = [&](const QString &who, const QuestionAgreement &q) {
        for (const Coefficient &c : q.coefficients)
            rows << QStringList{who, q.question, QString::number(q.units), c.metric,
                                c.value ? number(c.value) : c.undefined.text()};
    };
    for (const PairAgreement &pair : report.pairs)
        for (const QuestionAgreement &q : pair.questions)
            questionRows(pairName(pair), q);
    for (const QuestionAgreement &q : report.questions)
        questionRows(everyone, q);
    if (!rows.isEmpty()) {
        m_out << QStringLiteral("\n") << tr("Answers") << QStringLiteral("\n");
        printTable({tr("PEOPLE"), tr("QUESTION"), tr("ITEMS"), tr("MEASURE"), tr("VALUE")}, rows);
    }
    m_out.flush();
    return CliOk;
}

int Cli::goldMark()
{
    return setGold(true);
}

int Cli::goldUnmark()
{
    return setGold(false);
}

int Cli::setGold(bool gold)
{
    auto scope = openTask(m_arguments.at(0), Acting::Anyone);
    if (!scope)
        return fail(scope.error().message());
    Store &s = *scope->store;
    const Task &task = scope->task;
    const auto item = s.item(m_arguments.at(1));
    if (!item || item->taskId != task.id)
        return fail(tr("%1: task \"%2\" has no item \"%3\"; \"item list %4\" shows them")
                            .arg(m_storePath, task.name, m_arguments.at(1), task.id));
    const Profile &lead = *scope->actor;
    if (gold && lead.role == Role::TeamLead && s.annotations(item->id, lead.id).isEmpty())
        return fail(tr("%1: %2 has no annotations on item %3 yet; the reference of a gold item is "
                       "the team lead's own layer: draw or import it first")
                            .arg(m_storePath, lead.name, item->id));
    if (auto r = s.setGold(item->id, lead.id, gold); !r)
        return fail(inStore(r.error()).message());
    if (m_json) {
        printJson({{QStringLiteral("item"), item->id},
                   {QStringLiteral("gold"), gold},
                   {QStringLiteral("reference"), lead.id}});
        return CliOk;
    }
    m_out << (gold ? tr("%1: item %2 is a gold item, with %3's layer as the reference")
                   : tr("%1: item %2 is no longer a gold item"))
                     .arg(task.name, item->id, lead.name)
          << QStringLiteral("\n");
    m_out.flush();
    return CliOk;
}

int Cli::quality()
{
    const auto scope = openTask(m_arguments.first());
    if (!scope)
        return fail(scope.error().message());
    const Store &s = *scope->store;
    const Task &task = scope->task;
    s.clearReadError();
    const GoldReport report = GoldScore::ofTask(s, task);
    const QHash<QString, QString> names = profileNames(s);
    if (s.hasReadError())
        return fail(s.readError().message());
    const auto nameOf = [&](const QString &id) { return names.value(id, id); };

    if (m_json) {
        QJsonArray people;
        for (const PersonGoldScore &p : report.people) {
            QJsonArray kinds, questions;
            for (const GoldKindScore &k : p.kinds)
                kinds << QJsonObject{{QStringLiteral("kind"), toId(k.counts.kind)},
                                     {QStringLiteral("items"), k.items},
                                     {QStringLiteral("correct"), k.correct()},
                                     {QStringLiteral("wrongLabel"), k.wrongLabel()},
                                     {QStringLiteral("missed"), k.missed()},
                                     {QStringLiteral("extra"), k.extra()},
                                     {QStringLiteral("meanMetric"), orNull(k.counts.meanMetric())},
                                     {QStringLiteral("score"), k.score()}};
            for (const GoldQuestionScore &q : p.questions)
                questions << QJsonObject{{QStringLiteral("question"), q.question},
                                         {QStringLiteral("items"), q.items},
                                         {QStringLiteral("correct"), q.correct},
                                         {QStringLiteral("score"), orNull(q.score())}};
            people << QJsonObject{{QStringLiteral("id"), p.person},
                                  {QStringLiteral("name"), nameOf(p.person)},
                                  {QStringLiteral("items"), p.items},
                                  {QStringLiteral("kinds"), kinds},
                                  {QStringLiteral("questions"), questions}};
        }
        printJson({{QStringLiteral("task"), QJsonObject{{QStringLiteral("id"), task.id},
                                                        {QStringLiteral("name"), task.name}}},
                   {QStringLiteral("settings"), report.settings.toJson()},
                   {QStringLiteral("goldItems"), report.goldItems},
                   {QStringLiteral("people"), people}});
        return CliOk;
    }

    m_out << tr("Task: %1 (%2)").arg(task.name, task.id) << QStringLiteral("\n")
          << tr("Gold items: %1").arg(report.goldItems) << QStringLiteral("\n");
    if (report.people.isEmpty()) {
        m_out << (report.goldItems == 0
                          ? tr("No item is marked gold: \"gold mark TASK ITEM\" marks one.")
                          : tr("Nobody has marked a gold item done yet: there is nothing to score."))
              << QStringLiteral("\n");
        m_out.flush();
        return CliOk;
    }
    QList<QStringList> rows;
    for (const PersonGoldScore &p : report.people) {
        for (const GoldKindScore &k : p.kinds)
            rows << QStringList{nameOf(p.person), toId(k.counts.kind), QString::number(k.items),
                                QString::number(k.correct()), QString::number(k.wrongLabel()),
                                QString::number(k.missed()), QString::number(k.extra()), number(k.score())};
        for (const GoldQuestionScore &q : p.questions)
            if (q.items > 0)
                rows << QStringList{nameOf(p.person), QStringLiteral("\"%1\"").arg(q.question),
                                    QString::number(q.items), QString::number(q.correct),
                                    QString::number(q.items - q.correct), QString(), QString(), number(q.score())};
    }
    printTable({tr("PERSON"), tr("WORK"), tr("ITEMS"), tr("CORRECT"), tr("WRONG"), tr("MISSED"),
                tr("EXTRA"), tr("SCORE")},
               rows);
    m_out.flush();
    return CliOk;
}

} // namespace annostraat
