// SPDX-License-Identifier: GPL-3.0-or-later
// Label Studio JSON for text: tasks with several annotators' annotations as layers.

#include "labelstudiotext.h"

#include "labelstudiojson.h"
#include "textdataset.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

Result<ExportSummary> exportLabelStudio(const Store &store, const QString &taskId, QIODevice &out,
                                        const ExportOptions &options,
                                        const FormatProgress &progress)
{
    auto data = collectTextExport(store, taskId, options);
    if (!data)
        return data.error();
    const QHash<QString, int> users = labelStudioUserNumbers(data->layers);
    QJsonArray tasks;
    int n = 0, annotationId = 0;
    for (const ExportedText &doc : std::as_const(data->documents)) {
        QJsonArray annotations;
        for (const QString &layer : std::as_const(data->layers)) {
            QJsonArray result;
            int k = 0;
            for (const ExportedSpan &s : doc.spans) {
                if (s.layer != layer)
                    continue;
                result << QJsonObject{
                        {QStringLiteral("id"), QStringLiteral("s%1").arg(++k)},
                        {QStringLiteral("type"), QStringLiteral("labels")},
                        {QStringLiteral("from_name"), QStringLiteral("label")},
                        {QStringLiteral("to_name"), QStringLiteral("text")},
                        {QStringLiteral("origin"), QStringLiteral("manual")},
                        {QStringLiteral("value"),
                         QJsonObject{{QStringLiteral("start"), s.start},
                                     {QStringLiteral("end"), s.end},
                                     {QStringLiteral("text"), doc.text.slice(s.start, s.end)},
                                     {QStringLiteral("labels"), QJsonArray{s.label}}}}};
            }
            if (result.isEmpty())
                continue;
            annotations << QJsonObject{{QStringLiteral("id"), ++annotationId},
                                       {QStringLiteral("completed_by"), users.value(layer)},
                                       {QStringLiteral("was_cancelled"), false},
                                       {QStringLiteral("result"), result}};
        }
        tasks << QJsonObject{
                {QStringLiteral("id"), ++n},
                {QStringLiteral("data"),
                 QJsonObject{{QStringLiteral("text"), doc.text.text()},
                             {QStringLiteral("name"), doc.stem + QStringLiteral(".txt")}}},
                {QStringLiteral("annotations"), annotations},
                {QStringLiteral("predictions"), QJsonArray{}}};
        if (progress)
            progress(FormatStage::Writing, n, data->documents.size());
    }
    const QByteArray bytes = QJsonDocument(tasks).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size())
        return Error::plain(out.errorString(), Error::Fault::Access);
    return textExportSummary(*data);
}

Result<ImportSummary> importLabelStudio(Store &store, QIODevice &in, const QString &fileName,
                                        const ImportOptions &options,
                                        const FormatProgress &progress)
{
    auto read = readLabelStudioTasks(in, fileName);
    if (!read)
        return read.error();
    const QJsonArray &tasks = read->tasks;
    const QList<qint64> &lines = read->lines;
    TextDataset dataset;
    dataset.name = QFileInfo(fileName).completeBaseName();
    for (qsizetype i = 0; i < tasks.size(); ++i) {
        const qint64 line = i < lines.size() ? lines.at(i) : 1;
        const auto place = [&](const QString &entry) {
            return DatasetPlace{fileName, line, Message::plain(entry)};
        };
        const QString where = QStringLiteral("[%1]").arg(i);
        const QJsonObject task = tasks.at(i).toObject();
        const QJsonValue text =
                task.value(QStringLiteral("data")).toObject().value(QStringLiteral("text"));
        if (!tasks.at(i).isObject() || !text.isString())
            return placedError(place(where), Tr::msg("a task needs \"data\": {\"text\": \"…\"}"));
        TextDocument doc;
        doc.text = text.toString();
        doc.place = place(where);
        const QJsonValue name =
                task.value(QStringLiteral("data")).toObject().value(QStringLiteral("name"));
        doc.name = name.isString() ? name.toString()
                   : task.value(QStringLiteral("id")).isDouble()
                           ? QStringLiteral("task-%1.txt")
                                     .arg(qint64(task.value(QStringLiteral("id")).toDouble()))
                           : QStringLiteral("%1-%2.txt")
                                     .arg(dataset.name)
                                     .arg(i + 1, 4, 10, QLatin1Char('0'));
        if (!task.value(QStringLiteral("predictions")).toArray().isEmpty())
            dataset.notes[QStringLiteral("prediction-skipped")] +=
                    int(task.value(QStringLiteral("predictions")).toArray().size());
        const QJsonArray annotations = task.value(QStringLiteral("annotations")).toArray();
        for (qsizetype a = 0; a < annotations.size(); ++a) {
            const QString at = QStringLiteral("%1.annotations[%2]").arg(where).arg(a);
            const QJsonObject annotation = annotations.at(a).toObject();
            if (annotation.value(QStringLiteral("was_cancelled")).toBool()) {
                ++dataset.notes[QStringLiteral("annotation-cancelled-skipped")];
                continue;
            }
            const auto layer = labelStudioLayer(annotation.value(QStringLiteral("completed_by")));
            if (!layer)
                return placedError(place(at), layer.error().what());
            const QJsonArray result = annotation.value(QStringLiteral("result")).toArray();
            for (qsizetype r = 0; r < result.size(); ++r) {
                const QString rat = QStringLiteral("%1.result[%2]").arg(at).arg(r);
                const QJsonObject item = result.at(r).toObject();
                if (item.value(QStringLiteral("type")).toString() != QLatin1String("labels")) {
                    ++dataset.notes[QStringLiteral("result-skipped")];
                    continue;
                }
                const QJsonObject value = item.value(QStringLiteral("value")).toObject();
                const QJsonValue start = value.value(QStringLiteral("start"));
                const QJsonValue end = value.value(QStringLiteral("end"));
                if (!isWholeNumber(start) || !isWholeNumber(end))
                    return placedError(place(rat),
                                       Tr::msg("\"start\" and \"end\" are whole numbers, 0 or "
                                               "more"));
                const QJsonArray labels = value.value(QStringLiteral("labels")).toArray();
                if (labels.isEmpty())
                    return placedError(place(rat), Tr::msg("\"labels\" is missing or empty"));
                for (const QJsonValue &label : labels) {
                    TextSpan s;
                    s.start = qint64(start.toDouble());
                    s.end = qint64(end.toDouble());
                    s.label = label.toString();
                    s.hasText = value.value(QStringLiteral("text")).isString();
                    s.text = value.value(QStringLiteral("text")).toString();
                    s.layer = *layer;
                    s.place = place(rat);
                    doc.spans << s;
                    if (!dataset.labels.contains(s.label))
                        dataset.labels << s.label;
                }
            }
        }
        dataset.documents << doc;
        if (progress)
            progress(FormatStage::Reading, i + 1, tasks.size());
    }
    if (dataset.documents.isEmpty())
        return Error::at(fileName, 1, Tr::msg("the file holds no tasks"));
    return importTextDataset(store, std::move(dataset), options, progress);
}

} // namespace

Format labelStudioTextFormat()
{
    return textDatasetFormat(
            QStringLiteral("labelstudio-text"),
            QT_TRANSLATE_NOOP("annostraat::Formats", "Label Studio JSON (text spans)"),
            QT_TRANSLATE_NOOP("annostraat::Formats",
                              "A JSON array of tasks with each annotator's spans in code points; "
                              "every annotator is a layer."),
            QStringLiteral("json"), exportLabelStudio, importLabelStudio);
}

} // namespace annostraat
