// SPDX-License-Identifier: GPL-3.0-or-later
// How well people agree in a task (issue 12, point 8): "agreement TASK [--kind K]", per pair of
// people and overall, per kind and per question. The numbers come from
// core/quality/taskagreement.h; this file only prints them.

#include "clicommand.h"

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
             &Cli::agreement}};
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
    QHash<QString, QString> names;
    for (const Profile &p : s.profiles())
        names.insert(p.id, p.name);
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

} // namespace annostraat
