// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON Lines dump: its description and its writer. The reader is jsonlinesreader.cpp.

#include "jsonlines.h"

#include "store/store.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <climits>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

QJsonObject profileLine(const Profile &p)
{
    return {{QStringLiteral("type"), QStringLiteral("profile")},
            {QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("role"), toId(p.role)}};
}

QJsonObject taskLine(const Task &t)
{
    return {{QStringLiteral("type"), QStringLiteral("task")},
            {QStringLiteral("id"), t.id},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("instructions"), t.instructions},
            {QStringLiteral("mediaKind"), toId(t.mediaKind)},
            {QStringLiteral("version"), t.version},
            {QStringLiteral("annotatorsPerItem"), t.annotatorsPerItem},
            {QStringLiteral("schema"), t.schema.toJson()}};
}

QJsonObject itemLine(const Item &item, const QStringList &assigned)
{
    // An array, so that items with several media (an image pair) and each file's facts
    // (pixel size, duration) fit without a new line type.
    const QJsonObject media{{QStringLiteral("path"), item.mediaPath},
                            {QStringLiteral("name"), QFileInfo(item.mediaPath).fileName()},
                            {QStringLiteral("sha256"), item.sha256},
                            {QStringLiteral("size"), double(item.size)},
                            {QStringLiteral("facts"), QJsonObject()}};
    return {{QStringLiteral("type"), QStringLiteral("item")},
            {QStringLiteral("id"), item.id},
            {QStringLiteral("order"), item.order},
            {QStringLiteral("kind"), toId(item.kind)},
            {QStringLiteral("media"), QJsonArray{media}},
            {QStringLiteral("assigned"), QJsonArray::fromStringList(assigned)}};
}

QJsonObject annotationLine(const Annotation &a)
{
    QJsonObject line{{QStringLiteral("type"), QStringLiteral("annotation")},
                     {QStringLiteral("id"), a.id},
                     {QStringLiteral("item"), a.itemId},
                     {QStringLiteral("author"), a.author},
                     {QStringLiteral("kind"), toId(a.kind)},
                     {QStringLiteral("label"), a.label},
                     {QStringLiteral("value"), a.value},
                     {QStringLiteral("attributes"), a.attributes}};
    if (a.suggested) // only then, so files of ordinary work keep the shape version 1 readers know
        line.insert(QStringLiteral("suggested"), true);
    return line;
}

QJsonObject submissionLine(const Submission &s)
{
    return {{QStringLiteral("type"), QStringLiteral("submission")},
            {QStringLiteral("item"), s.itemId},
            {QStringLiteral("annotator"), s.annotator},
            {QStringLiteral("status"), toId(s.status)},
            {QStringLiteral("reason"), s.reason},
            {QStringLiteral("timeSpentMs"), double(s.timeSpentMs)}};
}

QJsonObject reviewLine(const Review &r)
{
    return {{QStringLiteral("type"), QStringLiteral("review")},
            {QStringLiteral("item"), r.itemId},
            {QStringLiteral("annotator"), r.annotator},
            {QStringLiteral("reviewer"), r.reviewer},
            {QStringLiteral("verdict"), toId(r.verdict)},
            {QStringLiteral("comment"), r.comment}};
}

} // namespace

Format jsonLinesFormat()
{
    Format f;
    f.id = QStringLiteral("jsonl");
    f.name = QT_TRANSLATE_NOOP("annostraat::Formats", "Annostraat JSON Lines (everything)");
    f.summary = QT_TRANSLATE_NOOP(
            "annostraat::Formats",
            "The whole task: items with their media, every person's annotations, submissions "
            "and reviews, one JSON object per line. Imports back into a store unchanged.");
    f.version = kJsonLinesVersion;
    f.extension = QStringLiteral("jsonl");
    f.mediaKinds = {MediaKind::Image, MediaKind::Video, MediaKind::Text, MediaKind::ImagePair,
                    MediaKind::Mixed};
    f.annotationKinds = allAnnotationKinds();
    f.importTarget = ImportTarget::NewTask;
    // Every layer, always: the dump is the whole task.
    f.exporter = [](const Store &store, const QString &taskId, QIODevice &out,
                    const ExportOptions &, const FormatProgress &progress) {
        return exportJsonLines(store, taskId, out, progress);
    };
    f.importer = importJsonLines;
    return f;
}

Result<ExportSummary> exportJsonLines(const Store &store, const QString &taskId, QIODevice &out,
                                      const FormatProgress &progress)
{
    const auto task = store.task(taskId);
    if (!task)
        return Error(Tr::msg("%1: there is no task \"%2\"").arg(store.path(), taskId));
    const QList<Item> items = store.items(taskId);
    const QHash<QString, QStringList> assigned = store.assignments(taskId);
    // Only the live layers: a deleted annotation is history (the op log's), not state.
    const QList<Annotation> annotations = store.taskAnnotations(taskId);
    const QList<Submission> submissions = store.submissions(taskId);
    const QList<Review> reviews = store.reviews(taskId);
    if (store.hasReadError())
        return store.readError();

    // Everyone the task's data names, so the file stands on its own.
    QSet<QString> named;
    for (const QStringList &people : assigned)
        for (const QString &id : people)
            named.insert(id);
    for (const Annotation &a : annotations)
        named.insert(a.author);
    for (const Submission &s : submissions)
        named.insert(s.annotator);
    for (const Review &r : reviews)
        named << r.annotator << r.reviewer;
    QList<Profile> profiles = store.profiles();
    profiles.removeIf([&](const Profile &p) { return !named.contains(p.id); });

    // Each item's lines together, in the task's order.
    QHash<QString, int> position;
    for (qsizetype i = 0; i < items.size(); ++i)
        position.insert(items.at(i).id, int(i));
    auto byItem = [&](const auto &a, const auto &b) {
        return position.value(a.itemId, INT_MAX) < position.value(b.itemId, INT_MAX);
    };
    QList<Annotation> sortedAnnotations = annotations;
    std::stable_sort(sortedAnnotations.begin(), sortedAnnotations.end(), byItem);
    QList<Submission> sortedSubmissions = submissions;
    std::stable_sort(sortedSubmissions.begin(), sortedSubmissions.end(), byItem);
    QList<Review> sortedReviews = reviews;
    std::stable_sort(sortedReviews.begin(), sortedReviews.end(), byItem);

    ExportSummary summary;
    summary.counts = {{QStringLiteral("profile"), int(profiles.size())},
                      {QStringLiteral("item"), int(items.size())},
                      {QStringLiteral("annotation"), int(annotations.size())},
                      {QStringLiteral("submission"), int(submissions.size())},
                      {QStringLiteral("review"), int(reviews.size())}};
    QJsonObject counts;
    for (auto it = summary.counts.cbegin(); it != summary.counts.cend(); ++it)
        counts.insert(it.key(), it.value());

    const qint64 total = 2 + profiles.size() + items.size() + annotations.size() +
                         submissions.size() + reviews.size();
    qint64 done = 0;
    bool failed = false;
    auto write = [&](const QJsonObject &line) {
        if (failed)
            return;
        QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
        bytes += '\n';
        failed = out.write(bytes) != bytes.size();
        ++done;
        if (progress && (done % 256 == 0 || done == total))
            progress(FormatStage::Writing, done, total);
    };

    if (progress)
        progress(FormatStage::Writing, 0, total);
    write({{QStringLiteral("type"), QStringLiteral("header")},
           {QStringLiteral("format"), QLatin1String(kJsonLinesFormatName)},
           {QStringLiteral("version"), kJsonLinesVersion},
           {QStringLiteral("program"), QStringLiteral("Annostraat %1").arg(versionString())},
           {QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)},
           {QStringLiteral("task"), task->id},
           {QStringLiteral("counts"), counts}});
    for (const Profile &p : std::as_const(profiles))
        write(profileLine(p));
    write(taskLine(*task));
    for (const Item &item : items) {
        QStringList people = assigned.value(item.id);
        people.sort();
        write(itemLine(item, people));
    }
    for (const Annotation &a : std::as_const(sortedAnnotations))
        write(annotationLine(a));
    for (const Submission &s : std::as_const(sortedSubmissions))
        write(submissionLine(s));
    for (const Review &r : std::as_const(sortedReviews))
        write(reviewLine(r));
    if (failed)
        return Error(Tr::msg("cannot write the export: %1").arg(out.errorString()));
    return summary;
}

} // namespace annostraat
