// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace annostraat::test {

Schema demoSchema()
{
    const QByteArray json = R"({
      "format": 1,
      "labels": [
        {"name": "Buffer", "colour": "#1f77b4", "hotkey": "1", "kinds": ["box", "polygon"],
         "attributes": [{"name": "schade", "type": "int", "min": 0, "max": 5, "default": 0},
                        {"name": "soort", "type": "choice", "choices": ["roest", "deuk"]}]},
        {"name": "Scheur", "colour": "#d62728", "hotkey": "2", "kinds": ["crack"]},
        {"name": "Reclame", "colour": "#2ca02c", "hotkey": "3", "kinds": ["marker", "segment"]},
        {"name": "Naam", "colour": "#9467bd", "hotkey": "4", "kinds": ["span"]}
      ],
      "questions": [
        {"id": "kwaliteit", "text": "Hoe goed is de foto?", "type": "rating", "min": 1, "max": 5},
        {"id": "genre", "text": "Genre", "type": "choice", "choices": ["nieuws", "sport"]},
        {"id": "opmerking", "text": "Opmerking", "type": "text"},
        {"id": "beste", "text": "Welke is beter?", "type": "ab"}
      ]
    })";
    auto schema = Schema::fromJson(json, QStringLiteral("demo-schema.json"));
    REQUIRE(schema.ok());
    return *schema;
}

namespace {

// The lab's news job, a thumbnail rating for images only and a label-bound question.
const char kNewsSchema[] = R"({
  "format": 1,
  "labels": [{"name": "Buffer", "colour": "#1f77b4", "kinds": ["box"]}],
  "questions": [
    {"id": "sentiment", "text": "Positief, negatief of neutraal?", "type": "choice",
     "choices": ["positief", "negatief", "neutraal"], "required": true},
    {"id": "sterkte", "text": "Hoe positief of negatief?", "type": "rating", "min": 1, "max": 5,
     "required": true, "when": {"question": "sentiment", "answers": ["positief", "negatief"]}},
    {"id": "waarom", "text": "Waarom zo sterk?", "type": "text",
     "when": {"question": "sterkte", "answers": [4, 5]}},
    {"id": "emotie", "text": "Welke emotie?", "type": "choice", "choices": ["blij", "boos", "geen"]},
    {"id": "emotiesterkte", "text": "Hoe sterk?", "type": "rating", "min": 1, "max": 3,
     "when": {"question": "emotie", "answers": ["blij", "boos"]}},
    {"id": "mis", "text": "Wat is er mis met de afbeelding?", "type": "multichoice",
     "choices": ["wazig", "te licht", "te donker"], "min": 1, "max": 2, "mediaKinds": ["image"]},
    {"id": "thumbnail", "text": "Hoe goed is de thumbnail?", "type": "rating",
     "mediaKinds": ["image", "image-pair"], "required": true},
    {"id": "roest", "text": "Zit er roest op de buffer?", "type": "ab", "labels": ["Buffer"],
     "required": true}
  ]
})";

} // namespace

Schema newsSchema()
{
    auto schema = Schema::fromJson(kNewsSchema, QStringLiteral("news.json"));
    INFO((schema.ok() ? QString() : schema.error().message()).toStdString());
    REQUIRE(schema.ok());
    return *schema;
}

Task createTask(Store &store, const Profile &author, const Schema &schema,
                const QList<MediaKind> &kinds, const QString &folder)
{
    Task t;
    t.name = QStringLiteral("Nieuws");
    t.mediaKind = MediaKind::Mixed;
    t.schema = schema;
    QList<Item> list;
    for (int i = 0; i < kinds.size(); ++i) {
        Item item;
        item.mediaPath = folder + QStringLiteral("/item%1").arg(i);
        item.sha256 = QString(64, QLatin1Char('a' + i % 6));
        item.size = 10 + i;
        item.kind = kinds.at(i);
        item.order = i;
        list << item;
    }
    auto created = store.createTask(t, list, author.id);
    INFO((created.ok() ? QString() : created.error().message()).toStdString());
    REQUIRE(created.ok());
    return *created;
}

QJsonObject sampleValue(AnnotationKind kind, int variant)
{
    const double v = variant;
    switch (kind) {
    case AnnotationKind::Box:
        return {{QStringLiteral("x"), 10 + v}, {QStringLiteral("y"), 20.0}, {QStringLiteral("w"), 30.0}, {QStringLiteral("h"), 40.0}};
    case AnnotationKind::Polygon:
        return {{QStringLiteral("points"), QJsonArray{QJsonArray{0, 0}, QJsonArray{10 + v, 0}, QJsonArray{10, 10}}}};
    case AnnotationKind::Crack:
        return {{QStringLiteral("points"), QJsonArray{QJsonArray{1, 1}, QJsonArray{5 + v, 7}}}};
    case AnnotationKind::Marker:
        return {{QStringLiteral("frame"), 100 + v}};
    case AnnotationKind::Segment:
        return {{QStringLiteral("start"), 10 + v}, {QStringLiteral("end"), 50 + v}};
    case AnnotationKind::Span:
        return {{QStringLiteral("start"), 0 + v}, {QStringLiteral("end"), 4 + v}};
    case AnnotationKind::Answer:
        return {{QStringLiteral("answer"), 3}};
    case AnnotationKind::Locator:
        return {{QStringLiteral("start"), 10 + v}, {QStringLiteral("end"), 90 + v}};
    }
    return {};
}

std::unique_ptr<Store> openStore(const QString &path)
{
    auto store = Store::open(path);
    INFO((store.ok() ? QString() : store.error().message()).toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

Fixture::Fixture(int itemCount)
{
    REQUIRE(dir.isValid());
    store = openStore(storePath());
    auto profile = store->addProfile(QStringLiteral("Anna"), Role::Annotator);
    REQUIRE(profile.ok());
    annotator = *profile;
    Task t;
    t.name = QStringLiteral("Buffers");
    t.schema = demoSchema();
    QList<Item> list;
    for (int i = 0; i < itemCount; ++i) {
        Item item;
        item.mediaPath = dir.filePath(QStringLiteral("img%1.jpg").arg(i));
        item.sha256 = QString(64, QLatin1Char('a' + i % 6));
        item.size = 1000 + i;
        item.order = i;
        list << item;
    }
    auto created = store->createTask(t, list, annotator.id);
    REQUIRE(created.ok());
    task = *created;
    items = store->items(task.id);
    REQUIRE(items.size() == itemCount);
}

void Fixture::reopen()
{
    store.reset();
    store = openStore(storePath());
}

} // namespace annostraat::test
