// SPDX-License-Identifier: GPL-3.0-or-later
#include "videolab.h"

#include "statedump.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace annostraat::test {

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QJsonObject label(const QString &name, const QString &colour, const QString &kind,
                  const QJsonArray &attributes = {})
{
    QJsonObject o{{str("name"), name}, {str("colour"), colour}, {str("kinds"), QJsonArray{kind}}};
    if (!attributes.isEmpty())
        o.insert(str("attributes"), attributes);
    return o;
}

} // namespace

VideoLab::VideoLab(const QList<Video> &videos, const QStringList &extraLabels, qint64 frameCount,
                   const QJsonObject &schemaFields)
{
    REQUIRE(dir.isValid());
    store = openStore(dir.filePath(str("store.sqlite")));
    auto l = store->addProfile(str("lead"), Role::TeamLead);
    REQUIRE(l.ok());
    lead = l->id;
    auto a = store->addProfile(str("anna"), Role::Annotator);
    REQUIRE(a.ok());
    anna = a->id;
    QJsonArray labels{
            label(str("recap"), str("#d62728"), str("segment")),
            label(str("opening"), str("#2ca02c"), str("segment")),
            label(str("main"), str("#1f77b4"), str("segment")),
            label(str("credits"), str("#9467bd"), str("segment")),
            label(str("music"), str("#ff7f0e"), str("segment"),
                  QJsonArray{
                          QJsonObject{{str("name"), str("background")}, {str("type"), str("bool")}},
                          QJsonObject{{str("name"), str("note")}, {str("type"), str("text")}}}),
            label(str("ad-break"), str("#e377c2"), str("marker")),
            label(str("note"), str("#bcbd22"), str("marker")),
    };
    for (const QString &extra : extraLabels)
        labels << label(extra, str("#7f7f7f"), str("segment"));
    QJsonObject root{{str("format"), Schema::kFormatVersion}, {str("labels"), labels}};
    for (auto it = schemaFields.begin(); it != schemaFields.end(); ++it)
        root.insert(it.key(), it.value());
    auto schema = Schema::fromJsonObject(root, str("test"));
    INFO((schema.ok() ? QString() : schema.error().message()).toStdString());
    REQUIRE(schema.ok());
    Task t;
    t.name = str("Programma");
    t.schema = *schema;
    t.mediaKind = MediaKind::Video;
    QList<Item> list;
    for (int i = 0; i < videos.size(); ++i) {
        Item item;
        item.mediaPath = dir.filePath(str("media/") + videos.at(i).name);
        item.sha256 = QString(64, QLatin1Char('a' + i));
        item.size = 1000 + i;
        item.order = i;
        item.kind = MediaKind::Video;
        item.facts.frameRateNumerator = videos.at(i).num;
        item.facts.frameRateDenominator = videos.at(i).den;
        item.facts.startTimecode = videos.at(i).startTimecode;
        item.facts.frameCount = frameCount;
        item.facts.width = 1920;
        item.facts.height = 1080;
        list << item;
    }
    auto created = store->createTask(t, list, lead);
    INFO((created.ok() ? QString() : created.error().message()).toStdString());
    REQUIRE(created.ok());
    task = *created;
    items = store->items(task.id);
    REQUIRE(items.size() == videos.size());
}

void VideoLab::add(int item, const QString &label, qint64 start, qint64 end, const QString &who,
                   const QJsonObject &attributes)
{
    Annotation a;
    a.itemId = items.at(item).id;
    a.author = who.isEmpty() ? anna : who;
    a.kind = end < 0 ? AnnotationKind::Marker : AnnotationKind::Segment;
    a.label = label;
    a.value = end < 0 ? QJsonObject{{str("frame"), double(start)}}
                      : QJsonObject{{str("start"), double(start)}, {str("end"), double(end)}};
    a.attributes = attributes;
    auto added = store->addAnnotation(a);
    INFO((added.ok() ? QString() : added.error().message()).toStdString());
    REQUIRE(added.ok());
}

QStringList markLines(const Store &store, const QString &taskId, bool withLayer)
{
    QHash<QString, QString> names; // layers by their person's name: ids differ per store
    for (const Item &item : store.items(taskId))
        names.insert(item.id, QFileInfo(item.mediaPath).fileName());
    QStringList out;
    for (const Annotation &a : store.taskAnnotations(taskId)) {
        if (a.kind != AnnotationKind::Marker && a.kind != AnnotationKind::Segment)
            continue;
        const bool segment = a.kind == AnnotationKind::Segment;
        out << str("%1 %2 %3 %4 %5 %6 %7")
                        .arg(names.value(a.itemId), toId(a.kind), a.label)
                        .arg(a.value.value(segment ? str("start") : str("frame")).toInteger())
                        .arg(segment ? a.value.value(str("end")).toInteger() : -1)
                        .arg(withLayer ? store.findProfile(a.author)->name : QString(),
                             QString::fromUtf8(
                                     QJsonDocument(a.attributes).toJson(QJsonDocument::Compact)));
    }
    out.sort();
    return out;
}

QString refusedVideo(const Format &format, Store &store, const QString &path, const QString &file,
                     qint64 line, const ImportOptions &options)
{
    const QString before = dumpLiveState(store.path());
    const qint64 ops = store.opCount();
    auto imported = importFromFile(format, store, path, options);
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().message().toStdString());
    CHECK(imported.error().file() == file);
    CHECK(imported.error().message().startsWith(file));
    if (line > 0) {
        CHECK(imported.error().line() == line);
        CHECK(imported.error().message().startsWith(file + str(":%1: ").arg(line)));
    }
    CHECK(store.opCount() == ops);
    CHECK(dumpLiveState(store.path()) == before);
    return imported.error().message();
}

const Format &videoFormat(const char *id)
{
    const Format *f = FormatRegistry::builtin().find(QString::fromUtf8(id));
    REQUIRE(f);
    return *f;
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

} // namespace annostraat::test
