// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerscsv.h"

#include "store/store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

const QStringList kFixedColumns{QStringLiteral("item"),           QStringLiteral("order"),
                                QStringLiteral("media"),          QStringLiteral("annotator"),
                                QStringLiteral("annotator_name"), QStringLiteral("status"),
                                QStringLiteral("reason"),         QStringLiteral("verdict")};

/// An answer as a client's spreadsheet wants it: text as it is, whole numbers without ".0".
QString answerText(const QJsonValue &answer)
{
    switch (answer.type()) {
    case QJsonValue::String:
        return answer.toString();
    case QJsonValue::Double: {
        const double d = answer.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return answer.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(answer.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(answer.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

} // namespace

QString csvField(const QString &text)
{
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')) ||
                       text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '));
    if (!quote)
        return text;
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Format answersCsvFormat()
{
    Format f;
    f.id = QStringLiteral("csv-answers");
    f.name = QT_TRANSLATE_NOOP("annostraat::Formats", "CSV of answers");
    f.summary = QT_TRANSLATE_NOOP(
            "annostraat::Formats",
            "The answers to the task's questions: one row per item and annotator, one column "
            "per question, with the item's status and review verdict.");
    f.version = 1;
    f.extension = QStringLiteral("csv");
    f.mediaKinds = {MediaKind::Image, MediaKind::Video, MediaKind::Text, MediaKind::ImagePair,
                    MediaKind::Mixed};
    f.annotationKinds = {AnnotationKind::Answer};
    // Every layer, always: the dump is the whole task.
    f.exporter = [](const Store &store, const QString &taskId, QIODevice &out,
                    const ExportOptions &, const FormatProgress &progress) {
        return exportAnswersCsv(store, taskId, out, progress);
    };
    return f;
}

Result<ExportSummary> exportAnswersCsv(const Store &store, const QString &taskId, QIODevice &out,
                                       const FormatProgress &progress)
{
    const auto task = store.task(taskId);
    if (!task)
        return Error(Tr::msg("%1: there is no task \"%2\"").arg(store.path(), taskId));
    const QList<Item> items = store.items(taskId);
    const QHash<QString, QStringList> assigned = store.assignments(taskId);
    const QList<Submission> submissions = store.submissions(taskId);
    const QList<Annotation> annotations = store.taskAnnotations(taskId);
    QHash<QString, Verdict> verdicts; // "<item>/<annotator>"
    for (const Review &r : store.reviews(taskId))
        verdicts.insert(r.id(), r.verdict);
    QHash<QString, QString> names;
    for (const Profile &p : store.profiles())
        names.insert(p.id, p.name);
    if (store.hasReadError())
        return store.readError();

    // Who has a row for which item: assigned, submitted or answered.
    QHash<QString, QSet<QString>> people; // item id → annotator ids
    for (auto it = assigned.cbegin(); it != assigned.cend(); ++it)
        for (const QString &annotator : it.value())
            people[it.key()].insert(annotator);
    QHash<QString, const Submission *> submissionOf; // "<item>/<annotator>"
    for (const Submission &s : submissions) {
        people[s.itemId].insert(s.annotator);
        submissionOf.insert(s.id(), &s);
    }
    // The layer's answer per question; a later one (in the store's order) wins.
    QHash<QString, QHash<QString, QJsonValue>> answers; // "<item>/<annotator>" → question → answer
    for (const Annotation &a : annotations) {
        if (a.kind != AnnotationKind::Answer || a.suggested) // a suggestion is nobody's answer yet
            continue;
        people[a.itemId].insert(a.author);
        answers[Submission::submissionId(a.itemId, a.author)].insert(
                a.label, a.value.value(QStringLiteral("answer")));
    }

    QStringList header = kFixedColumns;
    QStringList questions;
    for (const QuestionSpec &q : task->schema.questions()) {
        questions << q.id;
        // A question named like a fixed column gets a prefix, so every column name is unique.
        header << (kFixedColumns.contains(q.id) ? QStringLiteral("question:") + q.id : q.id);
    }

    ExportSummary summary;
    bool failed = false;
    auto writeRow = [&](const QStringList &cells) {
        QStringList fields;
        for (const QString &cell : cells)
            fields << csvField(cell);
        const QByteArray bytes = (fields.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
        failed = failed || out.write(bytes) != bytes.size();
    };
    writeRow(header);
    const qint64 total = items.size();
    if (progress)
        progress(FormatStage::Writing, 0, total);
    int rows = 0;
    for (qsizetype i = 0; i < items.size() && !failed; ++i) {
        const Item &item = items.at(i);
        QStringList annotators = people.value(item.id).values();
        std::sort(annotators.begin(), annotators.end(), [&](const QString &a, const QString &b) {
            const int byName = names.value(a).compare(names.value(b), Qt::CaseInsensitive);
            return byName != 0 ? byName < 0 : a < b;
        });
        for (const QString &annotator : std::as_const(annotators)) {
            const QString pair = Submission::submissionId(item.id, annotator);
            const Submission *s = submissionOf.value(pair);
            QStringList cells{item.id,
                              QString::number(item.order),
                              QFileInfo(item.mediaPath).fileName(),
                              annotator,
                              names.value(annotator),
                              toId(s ? s->status : SubmissionStatus::Todo),
                              s ? s->reason : QString(),
                              verdicts.contains(pair) ? toId(verdicts.value(pair)) : QString()};
            const QHash<QString, QJsonValue> given = answers.value(pair);
            for (const QString &q : std::as_const(questions))
                cells << answerText(given.value(q));
            writeRow(cells);
            ++rows;
        }
        if (progress)
            progress(FormatStage::Writing, i + 1, total);
    }
    if (failed)
        return Error(Tr::msg("cannot write the export: %1").arg(out.errorString()));
    summary.counts = {{QStringLiteral("item"), int(items.size())}, {QStringLiteral("row"), rows}};
    return summary;
}

} // namespace annostraat
