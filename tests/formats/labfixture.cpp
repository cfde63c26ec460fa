// SPDX-License-Identifier: GPL-3.0-or-later
#include "labfixture.h"

#include "testutil.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

namespace annostraat::test {

namespace {

Profile addProfile(Store &store, const QString &name, Role role)
{
    auto p = store.addProfile(name, role);
    REQUIRE(p.ok());
    return *p;
}

QString annotate(Store &store, const Item &item, const Profile &who, AnnotationKind kind,
                 const QString &label, const QJsonObject &value, const QJsonObject &attributes = {})
{
    Annotation a;
    a.itemId = item.id;
    a.author = who.id;
    a.kind = kind;
    a.label = label;
    a.value = value;
    a.attributes = attributes;
    auto added = store.addAnnotation(a);
    INFO((added.ok() ? QString() : added.error().message()).toStdString());
    REQUIRE(added.ok());
    return added->id;
}

QJsonObject answer(const QJsonValue &value)
{
    return {{QStringLiteral("answer"), value}};
}

} // namespace

QString awkwardAnswer()
{
    return QStringLiteral("Roest, \"veel\"\nen deuken é");
}

FormatLab::FormatLab()
{
    REQUIRE(dir.isValid());
    store = openStore(storePath());
    Store &s = *store;
    lead = addProfile(s, QStringLiteral("Tessa"), Role::TeamLead);
    anna = addProfile(s, QStringLiteral("Anna"), Role::Annotator);
    bram = addProfile(s, QStringLiteral("Bram"), Role::Annotator);
    rik = addProfile(s, QStringLiteral("Rik"), Role::Reviewer);

    Task t;
    t.name = QStringLiteral("Buffers en schade");
    t.instructions = QStringLiteral("# Let op\nTeken elke **buffer**.");
    t.schema = demoSchema();
    t.annotatorsPerItem = 2;
    QList<Item> list;
    for (int i = 0; i < 3; ++i) {
        Item item;
        item.mediaPath = dir.filePath(QStringLiteral("img%1.jpg").arg(i));
        item.sha256 = QString(64, QLatin1Char('a' + i));
        item.size = 1000 + i;
        item.order = i;
        list << item;
    }
    auto created = s.createTask(t, list, lead.id);
    REQUIRE(created.ok());
    task = *created;
    items = s.items(task.id);
    REQUIRE(items.size() == 3);
    REQUIRE(s.assignRoundRobin(task.id, {anna.id, bram.id}, 2, lead.id).ok());

    const QJsonObject box{{QStringLiteral("x"), 10},
                          {QStringLiteral("y"), 20},
                          {QStringLiteral("w"), 30.5},
                          {QStringLiteral("h"), 40}};
    editedBox = annotate(
            s, items[0], anna, AnnotationKind::Box, QStringLiteral("Buffer"), box,
            {{QStringLiteral("schade"), 3}, {QStringLiteral("soort"), QStringLiteral("roest")}});
    REQUIRE(s.updateAnnotation(
                     editedBox,
                     {{QStringLiteral("value"), QJsonObject{{QStringLiteral("x"), 12},
                                                            {QStringLiteral("y"), 20},
                                                            {QStringLiteral("w"), 30.5},
                                                            {QStringLiteral("h"), 44}}},
                      {QStringLiteral("attributes"), QJsonObject{{QStringLiteral("schade"), 4}}}},
                     anna.id)
                    .ok());
    annotate(s, items[0], anna, AnnotationKind::Crack, QStringLiteral("Scheur"),
             {{QStringLiteral("points"),
               QJsonArray{QJsonArray{1, 1}, QJsonArray{5.25, 7}, QJsonArray{9, 12}}}});
    annotate(s, items[0], anna, AnnotationKind::Answer, QStringLiteral("kwaliteit"), answer(4));
    annotate(s, items[0], anna, AnnotationKind::Answer, QStringLiteral("genre"),
             answer(QStringLiteral("nieuws")));
    annotate(s, items[0], anna, AnnotationKind::Answer, QStringLiteral("opmerking"),
             answer(awkwardAnswer()));
    annotate(s, items[1], anna, AnnotationKind::Polygon, QStringLiteral("Buffer"),
             {{QStringLiteral("points"),
               QJsonArray{QJsonArray{0, 0}, QJsonArray{10, 0}, QJsonArray{10, 10}}}});
    annotate(s, items[1], anna, AnnotationKind::Answer, QStringLiteral("kwaliteit"), answer(2));

    annotate(s, items[0], bram, AnnotationKind::Box, QStringLiteral("Buffer"), box);
    annotate(s, items[0], bram, AnnotationKind::Answer, QStringLiteral("kwaliteit"), answer(5));
    annotate(s, items[0], bram, AnnotationKind::Answer, QStringLiteral("beste"),
             answer(QStringLiteral("A")));
    deletedBox = annotate(s, items[1], bram, AnnotationKind::Polygon, QStringLiteral("Buffer"),
                          {{QStringLiteral("points"),
                            QJsonArray{QJsonArray{1, 1}, QJsonArray{8, 1}, QJsonArray{8, 8}}}});
    REQUIRE(s.updateAnnotation(deletedBox, {{QStringLiteral("deleted"), true}}, bram.id).ok());
    annotate(s, items[2], bram, AnnotationKind::Span, QStringLiteral("Naam"),
             {{QStringLiteral("start"), 0},
              {QStringLiteral("end"), 4},
              {QStringLiteral("text"), QStringLiteral("Anna")}});

    // The reviewer's correction is a layer of its own.
    annotate(s, items[1], rik, AnnotationKind::Box, QStringLiteral("Buffer"), box,
             {{QStringLiteral("schade"), 1}});

    auto submit = [&](const Item &item, const Profile &who, SubmissionStatus status,
                      const QString &reason, qint64 ms) {
        Submission sub;
        sub.itemId = item.id;
        sub.annotator = who.id;
        sub.status = status;
        sub.reason = reason;
        sub.timeSpentMs = ms;
        REQUIRE(s.setSubmission(sub, who.id).ok());
    };
    submit(items[0], anna, SubmissionStatus::Done, {}, 42000);
    submit(items[1], anna, SubmissionStatus::Flagged, QStringLiteral("schaap op de scheur"), 5000);
    submit(items[0], bram, SubmissionStatus::Done, {}, 61000);
    submit(items[2], bram, SubmissionStatus::InProgress, {}, 1200);

    auto review = [&](const Item &item, const Profile &annotator, const Profile &reviewer,
                      Verdict verdict, const QString &comment) {
        REQUIRE(s.setReview({task.id, item.id, annotator.id, reviewer.id, verdict, comment},
                            reviewer.id)
                        .ok());
    };
    review(items[0], anna, lead, Verdict::Accepted, {});
    review(items[1], anna, rik, Verdict::Rejected,
           QStringLiteral("Kijk nog eens, de buffer zit links"));
    review(items[0], bram, rik, Verdict::Corrected, {});
}

} // namespace annostraat::test
