// SPDX-License-Identifier: GPL-3.0-or-later
// The text span formats (issue 11, point 5): CoNLL IOB2, doccano JSONL, Label Studio JSON and
// brat standoff. The CoNLL-2002 Dutch documents in brat (fixtures) in and out through every
// format; offsets past accents, emoji, a ZWJ sequence and a combining mark; Label Studio's
// annotators as layers; bad input refused whole with the store unchanged.

#include "formats/registry.h"
#include "formats/textdataset.h"
#include "imagetestutil.h"
#include "model/kinds/spankind.h"
#include "statedump.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;
using test::fixture;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

/// A list as one text, so that Catch prints it when two differ.
std::string joined(const QStringList &lines)
{
    return lines.join(QLatin1Char('\n')).toStdString();
}

const QString kNed = str("brat-conll2002-ned/example-data/corpora/CoNLL-ST_2002/ned");

void writeFile(const QString &path, const QByteArray &bytes)
{
    REQUIRE(QDir().mkpath(QFileInfo(path).absolutePath()));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(bytes) == bytes.size());
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

const Format &format(const char *id)
{
    return test::imageFormat(id);
}

QString exportOk(const char *formatId, const Store &store, const QString &taskId,
                 const QString &path, const ExportOptions &options = {})
{
    auto written =
            exportToFile(format(formatId), store, taskId, path, ExistingFile::Refuse, {}, options);
    INFO((written.ok() ? QString() : written.error().message()).toStdString());
    REQUIRE(written.ok());
    return path;
}

/// The file to import for \a formatId from an export at \a path: brat's ZIP is unpacked first.
QString importable(const char *formatId, const QString &path)
{
    if (QString::fromUtf8(formatId) != QLatin1String("brat"))
        return path;
    const QString folder = path + str(".d");
    const QMap<QString, QByteArray> entries = test::readZip(path);
    QString any;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        writeFile(QDir(folder).filePath(it.key()), it.value());
        if (it.key().endsWith(str(".ann")))
            any = QDir(folder).filePath(it.key());
    }
    REQUIRE_FALSE(any.isEmpty());
    return any;
}

/// Every live span of \a taskId as "<file name> <start> <end> <label> <text>", sorted; only
/// \a layer's when given.
QStringList spanLines(const Store &store, const QString &taskId, const QString &layer = {})
{
    QHash<QString, QString> names;
    for (const Item &item : store.items(taskId))
        names.insert(item.id, QFileInfo(item.mediaPath).fileName());
    QStringList out;
    for (const Annotation &a : store.taskAnnotations(taskId)) {
        if (!layer.isEmpty() && a.author != layer)
            continue;
        out << str("%1 %2 %3 %4 %5")
                        .arg(names.value(a.itemId))
                        .arg(a.value.value(str("start")).toInteger())
                        .arg(a.value.value(str("end")).toInteger())
                        .arg(a.label, a.value.value(str("text")).toString());
    }
    out.sort();
    return out;
}

/// The same without offsets and with the covered text's white space removed: what survives
/// CoNLL's rebuilt texts.
QStringList labelTexts(const Store &store, const QString &taskId)
{
    QStringList out;
    for (const Annotation &a : store.taskAnnotations(taskId))
        out << a.label + QLatin1Char(' ') +
                        a.value.value(str("text"))
                                .toString()
                                .remove(QRegularExpression(str("\\s")));
    out.sort();
    return out;
}

/// Imports \a path, which must fail; checks that the message names \a file (and \a line when
/// not 0) and that the store is unchanged.
Error refused(const char *formatId, Store &store, const QString &path, const QString &file,
              qint64 line, const ImportOptions &options = {{}, str("lead")})
{
    const QString before = test::dumpLiveState(store.path());
    const qint64 ops = store.opCount();
    auto imported = importFromFile(format(formatId), store, path, options);
    REQUIRE_FALSE(imported.ok());
    INFO(imported.error().message().toStdString());
    CHECK(imported.error().file() == file);
    CHECK(imported.error().message().startsWith(file));
    if (line > 0) {
        CHECK(imported.error().line() == line);
        CHECK(imported.error().message().startsWith(file + str(":%1: ").arg(line)));
    }
    CHECK(store.opCount() == ops);
    CHECK(test::dumpLiveState(store.path()) == before);
    return imported.error();
}

int folderCount(const Store &store)
{
    return int(QDir(QFileInfo(store.path()).absoluteDir().filePath(str("imported")))
                       .entryList(QDir::Dirs | QDir::NoDotAndDotDot)
                       .size());
}

/// A store with a text task of one item holding \a text, and \a spans (start, end, label in
/// code points) in Anna's layer.
struct TextLab
{
    TextLab(const QString &text, const QList<std::tuple<qint64, qint64, QString>> &spans,
            const QStringList &labels)
    {
        store = test::openStore(dir.filePath(str("store.sqlite")));
        auto lead = store->addProfile(str("lead"), Role::TeamLead);
        REQUIRE(lead.ok());
        auto a = store->addProfile(str("Anna"), Role::Annotator);
        REQUIRE(a.ok());
        anna = a->id;
        const QString path = dir.filePath(str("teksten/cv-1.txt"));
        writeFile(path, text.toUtf8());
        QJsonArray list;
        for (const QString &l : labels)
            list << QJsonObject{{str("name"), l},
                                {str("colour"), str("#1f77b4")},
                                {str("kinds"), QJsonArray{str("span")}}};
        auto schema = Schema::fromJsonObject(
                QJsonObject{{str("format"), Schema::kFormatVersion}, {str("labels"), list}},
                str("test"));
        REQUIRE(schema.ok());
        Task t;
        t.name = str("CVs");
        t.mediaKind = MediaKind::Text;
        t.schema = *schema;
        Item item;
        item.kind = MediaKind::Text;
        item.mediaPath = path;
        item.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
        item.size = text.toUtf8().size();
        auto created = store->createTask(t, {item}, lead->id);
        REQUIRE(created.ok());
        task = *created;
        itemId = store->items(task.id).first().id;
        const CodePointText cp(text);
        for (const auto &[s, e, label] : spans) {
            Annotation an;
            an.taskId = task.id;
            an.itemId = itemId;
            an.author = anna;
            an.kind = AnnotationKind::Span;
            an.label = label;
            an.value = SpanKind::makeValue(cp, s, e);
            auto added = store->addAnnotation(an);
            INFO((added.ok() ? QString() : added.error().message()).toStdString());
            REQUIRE(added.ok());
        }
    }
    QString path(const QString &name) const { return dir.filePath(name); }

    QTemporaryDir dir;
    std::unique_ptr<Store> store;
    QString anna;
    Task task;
    QString itemId;
};

const char *const kTextFormats[] = {"conll", "doccano", "labelstudio-text", "brat"};

} // namespace

TEST_CASE("text formats: the four are registered for text spans, new or existing task",
          "[formats][text]")
{
    for (const char *id : kTextFormats) {
        const Format &f = format(id);
        CHECK(f.canExport());
        CHECK(f.canImport());
        CHECK(f.importTarget == ImportTarget::NewOrExistingTask);
        CHECK(f.mediaKinds == QList<MediaKind>{MediaKind::Text});
        CHECK(f.annotationKinds == QList<AnnotationKind>{AnnotationKind::Span});
    }
}

TEST_CASE("brat: the CoNLL-2002 Dutch documents import as a new task of 10 texts with 276 spans",
          "[formats][text][brat]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString ann = fixture(kNed + str("/ned.train-doc-123.ann"));
    REQUIRE(QFileInfo::exists(ann));
    const ImportSummary s = test::importOk(format("brat"), *store, ann, {{}, str("lead")});
    CHECK(s.taskName == str("ned"));
    CHECK(s.counts.value(str("item")) == 10);
    CHECK(s.counts.value(str("annotation")) == 276);
    const auto task = store->task(s.taskId);
    REQUIRE(task);
    CHECK(task->mediaKind == MediaKind::Text);
    QStringList labels;
    for (const LabelSpec &l : task->schema.labels())
        labels << l.name;
    labels.sort();
    CHECK(labels == QStringList{str("LOC"), str("MISC"), str("ORG"), str("PER")});

    const QList<Item> items = store->items(s.taskId);
    REQUIRE(items.size() == 10);
    for (const Item &item : items) {
        CHECK(item.kind == MediaKind::Text);
        // The texts were written beside the store, byte for byte the brat .txt files.
        CHECK(item.mediaPath.startsWith(dir.filePath(str("imported/")) + s.taskId + str("/")));
        CHECK(readFile(item.mediaPath) ==
              readFile(fixture(kNed + str("/") + QFileInfo(item.mediaPath).fileName())));
    }
    const QStringList lines = spanLines(*store, s.taskId);
    CHECK(lines.size() == 276);
    CHECK(lines.contains(str("ned.train-doc-118.txt 65 83 PER Douglas De Coninck")));
    CHECK(lines.contains(str("ned.train-doc-123.txt 237 257 MISC De Financiële Morgen")));
    CHECK(lines.contains(str("ned.train-doc-123.txt 1385 1401 LOC Groot-Brittannië")));
    CHECK(lines.contains(str("ned.train-doc-123.txt 0 10 ORG Hoverspeed")));
    // Every span is the lead's layer (the importer), made through SpanKind with its text.
    for (const Annotation &a : store->taskAnnotations(s.taskId)) {
        CHECK(a.author == str("lead"));
        CHECK(a.kind == AnnotationKind::Span);
    }

    SECTION("out through every other format and back into a fresh store: the same 276 spans")
    {
        for (const char *id : {"doccano", "labelstudio-text", "brat"}) {
            INFO(id);
            const QString out =
                    exportOk(id, *store, s.taskId,
                             dir.filePath(str("out-%1.%2").arg(str(id), format(id).extension)));
            QTemporaryDir other;
            auto fresh = test::openStore(other.filePath(str("store.sqlite")));
            const ImportSummary back =
                    test::importOk(format(id), *fresh, importable(id, out), {{}, str("lead")});
            CHECK(back.counts.value(str("item")) == 10);
            CHECK(joined(spanLines(*fresh, back.taskId)) == joined(lines));
        }
    }

    SECTION("CoNLL: back onto the same task nothing moved, into a new task the same words")
    {
        const QString out = exportOk("conll", *store, s.taskId, dir.filePath(str("ned.conll")));
        const QString conll = QString::fromUtf8(readFile(out));
        CHECK(conll.startsWith(str("-DOCSTART- O\n\n")));
        CHECK(conll.contains(str("Douglas B-PER\nDe I-PER\nConinck I-PER\n")));
        CHECK(conll.contains(str("Groot-Brittannië B-LOC\n")));
        // Onto the task: the tokens are found in the items' texts, every span at its offsets.
        const ImportSummary onto = test::importOk(format("conll"), *store, out,
                                                  {s.taskId, str("lead"), str("conll-back")});
        CHECK(onto.counts.value(str("annotation")) == 276);
        QStringList back = spanLines(*store, s.taskId, str("conll-back"));
        CHECK(joined(back) == joined(lines));
        // A new task from the rebuilt texts: the same labels over the same words.
        QTemporaryDir other;
        auto fresh = test::openStore(other.filePath(str("store.sqlite")));
        const ImportSummary created =
                test::importOk(format("conll"), *fresh, out, {{}, str("lead")});
        CHECK(created.counts.value(str("item")) == 10);
        QStringList expected;
        for (const QString &x : lines)
            expected << x.section(QLatin1Char(' '), 3, 3) + QLatin1Char(' ') +
                                x.section(QLatin1Char(' '), 4)
                                        .remove(QRegularExpression(str("\\s")));
        expected.sort();
        CHECK(joined(labelTexts(*fresh, created.taskId)) == joined(expected));
        // And from there out again as brat: the rebuilt texts hold the spans where they say.
        const QString bratOut =
                exportOk("brat", *fresh, created.taskId, other.filePath(str("b.zip")));
        QTemporaryDir third;
        auto again = test::openStore(third.filePath(str("store.sqlite")));
        const ImportSummary last = test::importOk(format("brat"), *again,
                                                  importable("brat", bratOut), {{}, str("lead")});
        CHECK(joined(spanLines(*again, last.taskId)) == joined(spanLines(*fresh, created.taskId)));
    }
}

TEST_CASE("text formats: offsets past accents, emoji, a ZWJ sequence and a combining mark land "
          "on the same words",
          "[formats][text]")
{
    // "René" with e + U+0301, a family emoji (man ZWJ woman ZWJ girl), an emoji outside the BMP.
    const QString text = str("Jan de Vries (Noë) werkte bij Café Ëik \U0001F600 in Zwolle. "
                             "\U0001F468\u200D\U0001F469\u200D\U0001F467 Rene\u0301 Smit woont "
                             "in Délft, \U0001F600 naast Ömer.\nTweede regel: Utrecht.");
    const CodePointText cp(text);
    const auto at = [&](const QString &word) {
        const qsizetype i = text.indexOf(word);
        REQUIRE(i >= 0);
        return std::tuple<qint64, qint64, QString>(cp.toCodePoint(i),
                                                   cp.toCodePoint(i + word.size()), QString());
    };
    QList<std::tuple<qint64, qint64, QString>> spans;
    const QList<std::pair<QString, QString>> words{{str("Jan de Vries"), str("Naam")},
                                                   {str("Noë"), str("Naam")},
                                                   {str("Café Ëik"), str("Organisatie")},
                                                   {str("Zwolle"), str("Lokatie")},
                                                   {str("Rene\u0301 Smit"), str("Naam")},
                                                   {str("Délft"), str("Lokatie")},
                                                   {str("Ömer"), str("Naam")},
                                                   {str("Utrecht"), str("Lokatie")}};
    for (const auto &[word, label] : words) {
        auto t = at(word);
        std::get<2>(t) = label;
        spans << t;
    }
    TextLab lab(text, spans, {str("Naam"), str("Organisatie"), str("Lokatie")});
    const QStringList original = spanLines(*lab.store, lab.task.id, lab.anna);
    REQUIRE(original.size() == 8);
    CHECK(original.contains(str("cv-1.txt 58 68 Naam Rene\u0301 Smit")));
    CHECK(original.contains(str("cv-1.txt 113 120 Lokatie Utrecht")));

    for (const char *id : kTextFormats) {
        INFO(id);
        const QString out =
                exportOk(id, *lab.store, lab.task.id,
                         lab.path(str("out-%1.%2").arg(str(id), format(id).extension)), {lab.anna});
        // Back onto the same item as another layer: the very same offsets. (Label Studio's
        // layers are its annotators: Anna's layer went out as user 1.)
        const bool ls = QString::fromUtf8(id) == str("labelstudio-text");
        const QString layer = ls ? str("ls-1") : str("back-") + QString::fromUtf8(id);
        test::importOk(format(id), *lab.store, importable(id, out),
                       {lab.task.id, str("lead"), layer});
        QStringList back = spanLines(*lab.store, lab.task.id, layer);
        CHECK(joined(back) == joined(original));
        if (QString::fromUtf8(id) == str("conll"))
            continue; // its texts are rebuilt: checked on the fixture above
        // Into a fresh store: the same text, the same offsets.
        QTemporaryDir other;
        auto fresh = test::openStore(other.filePath(str("store.sqlite")));
        const ImportSummary created =
                test::importOk(format(id), *fresh, importable(id, out), {{}, str("lead")});
        CHECK(joined(spanLines(*fresh, created.taskId)) == joined(original));
    }

    SECTION("doccano counts UTF-16 units: an emoji is two")
    {
        const QString out =
                exportOk("doccano", *lab.store, lab.task.id, lab.path(str("d.jsonl")), {lab.anna});
        const QJsonObject line = QJsonDocument::fromJson(readFile(out)).object();
        const QJsonArray labels = line.value(str("label")).toArray();
        const qsizetype utrecht = text.indexOf(str("Utrecht"));
        CHECK(labels.contains(QJsonArray{qint64(utrecht), qint64(utrecht + 7), str("Lokatie")}));
        CHECK(utrecht == 113 + 5); // five code points before it take two UTF-16 units each
    }
}

TEST_CASE("conll: a span on part of a token tags the whole token, spaces at its ends are trimmed",
          "[formats][text][conll]")
{
    // Label Studio's converter's cases: "ane" in "Jane", and "$3.99" as two tokens.
    const QString text = str("Jane paid $3.99 for a cup of tea in Amsterdam.");
    TextLab lab(text,
                {{1, 4, str("PER")},     // "ane"
                 {10, 15, str("MONEY")}, // "$3.99"
                 {35, 46, str("LOC")}},  // " Amsterdam." with the space before and the full stop
                {str("PER"), str("MONEY"), str("LOC")});
    const QString out = exportOk("conll", *lab.store, lab.task.id, lab.path(str("x.conll")));
    INFO(readFile(out).toStdString());
    CHECK(QString::fromUtf8(readFile(out)) == str("-DOCSTART- O\n\n"
                                                  "Jane B-PER\n"
                                                  "paid O\n"
                                                  "$ B-MONEY\n"
                                                  "3.99 I-MONEY\n"
                                                  "for O\n"
                                                  "a O\n"
                                                  "cup O\n"
                                                  "of O\n"
                                                  "tea O\n"
                                                  "in O\n"
                                                  "Amsterdam B-LOC\n"
                                                  ". I-LOC\n"));
    const QList<TextToken> tokens =
            tokenize(CodePointText(str("SWOT-analyse, d'r 1,5 km (zie: x)")));
    QStringList words;
    for (const TextToken &t : tokens)
        words << t.text;
    CHECK(joined(words) ==
          joined(QStringList{str("SWOT-analyse"), str(","), str("d'r"), str("1,5"), str("km"),
                             str("("), str("zie"), str(":"), str("x"), str(")")}));
}

TEST_CASE("conll: I-X after O or another label begins a span, and is counted",
          "[formats][text][conll]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString file = dir.filePath(str("iob1.conll"));
    writeFile(file, "-DOCSTART- -DOCSTART- O\n\nJan N I-PER\nde N I-PER\nwoont V O\nin Prep O\n"
                    "Den N I-LOC\nHaag N I-LOC\n. Punc O\n\nPiet N B-PER\nJanssen N I-PER\n");
    const ImportSummary s = test::importOk(format("conll"), *store, file, {{}, str("lead")});
    CHECK(s.counts.value(str("iob-i-begins-span")) == 2);
    CHECK(joined(spanLines(*store, s.taskId)) ==
          joined(QStringList{str("iob1.txt 0 6 PER Jan de"), str("iob1.txt 16 24 LOC Den Haag"),
                             str("iob1.txt 27 39 PER Piet Janssen")}));
    const auto item = store->items(s.taskId).first();
    CHECK(readFile(item.mediaPath) == "Jan de woont in Den Haag .\nPiet Janssen");
}

TEST_CASE("labelstudio-text: several annotators of one task are several layers, and back",
          "[formats][text][labelstudio]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString text = str("Anouk de Wit \U0001F600 werkt bij Rijkswaterstaat in Lelystad.");
    const CodePointText cp(text);
    const auto span = [&](qint64 s, qint64 e, const char *label) {
        return QJsonObject{{str("type"), str("labels")},
                           {str("from_name"), str("label")},
                           {str("to_name"), str("text")},
                           {str("value"), QJsonObject{{str("start"), s},
                                                      {str("end"), e},
                                                      {str("text"), cp.slice(s, e)},
                                                      {str("labels"), QJsonArray{str(label)}}}}};
    };
    const QJsonArray tasks{QJsonObject{
            {str("id"), 5},
            {str("data"), QJsonObject{{str("text"), text}}},
            {str("annotations"),
             QJsonArray{QJsonObject{{str("completed_by"), 1},
                                    {str("result"),
                                     QJsonArray{span(0, 12, "Naam"), span(25, 40, "Organisatie")}}},
                        QJsonObject{{str("completed_by"), QJsonObject{{str("id"), 7}}},
                                    {str("result"),
                                     QJsonArray{span(0, 5, "Naam"), span(44, 52, "Lokatie"),
                                                QJsonObject{{str("type"), str("choices")}}}}},
                        QJsonObject{{str("completed_by"), 9},
                                    {str("was_cancelled"), true},
                                    {str("result"), QJsonArray{span(0, 5, "Naam")}}}}}}};
    REQUIRE(cp.slice(25, 40) == str("Rijkswaterstaat"));
    REQUIRE(cp.slice(44, 52) == str("Lelystad"));
    const QString file = dir.filePath(str("project-1.json"));
    writeFile(file, QJsonDocument(tasks).toJson());
    const ImportSummary s =
            test::importOk(format("labelstudio-text"), *store, file, {{}, str("lead")});
    CHECK(s.counts.value(str("profile")) == 2);
    CHECK(s.counts.value(str("annotation")) == 4);
    CHECK(s.counts.value(str("result-skipped")) == 1);
    CHECK(s.counts.value(str("annotation-cancelled-skipped")) == 1);
    CHECK(joined(spanLines(*store, s.taskId, str("ls-1"))) ==
          joined(QStringList{str("task-5.txt 0 12 Naam Anouk de Wit"),
                             str("task-5.txt 25 40 Organisatie Rijkswaterstaat")}));
    CHECK(joined(spanLines(*store, s.taskId, str("ls-7"))) ==
          joined(QStringList{str("task-5.txt 0 5 Naam Anouk"),
                             str("task-5.txt 44 52 Lokatie Lelystad")}));
    CHECK(store->findProfile(str("ls-7")));

    const QString out =
            exportOk("labelstudio-text", *store, s.taskId, dir.filePath(str("out.json")));
    const QJsonArray written = QJsonDocument::fromJson(readFile(out)).array();
    REQUIRE(written.size() == 1);
    const QJsonArray annotations = written[0].toObject().value(str("annotations")).toArray();
    REQUIRE(annotations.size() == 2); // one per layer
    CHECK(annotations[0].toObject().value(str("completed_by")).toInt() == 1);
    CHECK(annotations[1].toObject().value(str("completed_by")).toInt() == 7);
    CHECK(annotations[1].toObject().value(str("result")).toArray().size() == 2);

    QTemporaryDir other;
    auto fresh = test::openStore(other.filePath(str("store.sqlite")));
    const ImportSummary back =
            test::importOk(format("labelstudio-text"), *fresh, out, {{}, str("lead")});
    for (const char *layer : {"ls-1", "ls-7"})
        CHECK(joined(spanLines(*fresh, back.taskId, str(layer))) ==
              joined(spanLines(*store, s.taskId, str(layer))));

    SECTION("one person's layer only")
    {
        const QString one = exportOk("labelstudio-text", *store, s.taskId,
                                     dir.filePath(str("one.json")), {str("ls-7")});
        const QJsonArray only = QJsonDocument::fromJson(readFile(one))
                                        .array()[0]
                                        .toObject()
                                        .value(str("annotations"))
                                        .toArray();
        REQUIRE(only.size() == 1);
        CHECK(only[0].toObject().value(str("completed_by")).toInt() == 7);
    }
}

TEST_CASE("text formats: bad input names the file and the line and changes nothing",
          "[formats][text][badinput]")
{
    TextLab lab(str("Jan de Vries woont in Zwolle."), {{0, 12, str("Naam")}},
                {str("Naam"), str("Lokatie")});
    Store &store = *lab.store;
    const int folders = folderCount(store);

    SECTION("conll: a tag that is not O, B-X or I-X")
    {
        const QString f = lab.path(str("bad.conll"));
        writeFile(f, "Jan B-Naam\nde I-Naam\nVries X-Naam\n");
        const Error e = refused("conll", store, f, f, 3);
        CHECK(e.problem().contains(str("X-Naam")));
    }
    SECTION("conll: a line without a tag")
    {
        const QString f = lab.path(str("bad.conll"));
        writeFile(f, "Jan B-Naam\n\nwoont\n");
        refused("conll", store, f, f, 3);
    }
    SECTION("conll: not UTF-8")
    {
        const QString f = lab.path(str("bad.conll"));
        writeFile(f, "Jan B-Naam\nZ\xe9 O\n");
        refused("conll", store, f, f, 2);
    }
    SECTION("conll: onto a task that has no item with these tokens")
    {
        const QString f = lab.path(str("other.conll"));
        writeFile(f, "Piet B-Naam\nwoont O\n");
        refused("conll", store, f, f, 1, {lab.task.id, str("lead")});
    }
    SECTION("doccano: a span past the end of its text")
    {
        const QString f = lab.path(str("bad.jsonl"));
        writeFile(f, "{\"text\": \"Jan de Vries\", \"label\": [[0, 3, \"Naam\"]]}\n"
                     "{\"text\": \"Zwolle\", \"label\": [[0, 7, \"Lokatie\"]]}\n");
        const Error e = refused("doccano", store, f, f, 2);
        CHECK(e.problem().contains(str("past the end")));
    }
    SECTION("doccano: an offset inside an emoji")
    {
        const QString f = lab.path(str("bad.jsonl"));
        writeFile(f,
                  "{\"text\": \"\xF0\x9F\x98\x80 Zwolle\", \"labels\": [[1, 9, \"Lokatie\"]]}\n");
        refused("doccano", store, f, f, 1);
    }
    SECTION("doccano: malformed JSON")
    {
        const QString f = lab.path(str("bad.jsonl"));
        writeFile(f, "{\"text\": \"a\", \"label\": []}\n\n{\"text\": \"b\", \"label\": [\n");
        refused("doccano", store, f, f, 3);
    }
    SECTION("labelstudio-text: malformed JSON")
    {
        const QString f = lab.path(str("bad.json"));
        writeFile(f, "[\n  {\"data\": {\"text\": \"a\"}},\n  {\"data\": {\"text\": \"b\"\n]\n");
        refused("labelstudio-text", store, f, f, 4);
    }
    SECTION("labelstudio-text: a span whose text is not the text at its offsets")
    {
        const QString f = lab.path(str("bad.json"));
        writeFile(f,
                  "[\n{\"data\": {\"text\": \"Jan de Vries\"}, \"annotations\": []},\n"
                  "{\"data\": {\"text\": \"Piet Smit\"}, \"annotations\": [{\"completed_by\": 1, "
                  "\"result\": [{\"type\": \"labels\", \"value\": {\"start\": 0, \"end\": 4, "
                  "\"text\": \"Jan\", \"labels\": [\"Naam\"]}}]}]}\n]\n");
        const Error e = refused("labelstudio-text", store, f, f, 3);
        CHECK(e.problem().contains(str("Piet")));
    }
    SECTION("brat: a span whose text does not match the .txt")
    {
        const QString folder = lab.path(str("brat"));
        writeFile(folder + str("/a.txt"), "Jan de Vries woont in Zwolle.");
        writeFile(folder + str("/a.ann"), "T1\tNaam 0 12\tJan de Vries\n");
        writeFile(folder + str("/b.txt"), "Piet woont in Delft.");
        writeFile(folder + str("/b.ann"), "T1\tNaam 0 4\tPiet\nT2\tLokatie 14 19\tDelf\n");
        const Error e = refused("brat", store, folder + str("/a.ann"), folder + str("/b.ann"), 2);
        CHECK(e.problem().contains(str("Delf")));
    }
    SECTION("brat: a discontinuous span is refused")
    {
        const QString folder = lab.path(str("brat"));
        writeFile(folder + str("/a.txt"), "Jan de Vries woont in Zwolle.");
        writeFile(folder + str("/a.ann"), "T1\tNaam 0 3;7 12\tJan Vries\n");
        const Error e = refused("brat", store, folder + str("/a.txt"), folder + str("/a.ann"), 1);
        CHECK(e.problem().contains(str("discontinuous")));
    }
    SECTION("a file above the registry's bound is refused before it is read")
    {
        const QString f = lab.path(str("huge.conll"));
        QFile big(f);
        REQUIRE(big.open(QIODevice::WriteOnly));
        REQUIRE(big.resize(kMaxImportBytes + 1)); // sparse: no disk used
        big.close();
        const QString before = test::dumpLiveState(store.path());
        auto imported = importFromFile(format("conll"), store, f, {{}, str("lead")});
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().message().startsWith(f));
        CHECK(test::dumpLiveState(store.path()) == before);
    }
    SECTION("a failure after the texts were written removes them again")
    {
        const QString f = lab.path(str("ok.conll"));
        writeFile(f, "Piet B-Naam\nwoont O\n");
        // The layer is no profile and cannot be one: found only after the texts are written.
        auto imported = importFromFile(format("conll"), store, f,
                                       {{}, str("lead"), str("no such person!")});
        REQUIRE_FALSE(imported.ok());
        CHECK(imported.error().file() == f);
    }
    CHECK(folderCount(store) == folders);
}

TEST_CASE("text formats: an export of one person's layer, and of every layer merged",
          "[formats][text]")
{
    TextLab lab(str("Jan de Vries woont in Zwolle."), {{0, 12, str("Naam")}},
                {str("Naam"), str("Lokatie")});
    Annotation a;
    a.taskId = lab.task.id;
    a.itemId = lab.itemId;
    a.author = lab.store->findProfile(str("lead"))->id;
    a.kind = AnnotationKind::Span;
    a.label = str("Lokatie");
    a.value = SpanKind::makeValue(CodePointText(str("Jan de Vries woont in Zwolle.")), 22, 28);
    REQUIRE(lab.store->addAnnotation(a).ok());
    const QString all = exportOk("doccano", *lab.store, lab.task.id, lab.path(str("all.jsonl")));
    CHECK(QJsonDocument::fromJson(readFile(all)).object().value(str("label")).toArray().size() ==
          2);
    const QString one =
            exportOk("doccano", *lab.store, lab.task.id, lab.path(str("one.jsonl")), {str("Anna")});
    CHECK(QJsonDocument::fromJson(readFile(one)).object().value(str("label")).toArray() ==
          QJsonArray{QJsonArray{0, 12, str("Naam")}});
}

TEST_CASE("text formats: documents match a task's items by file name, else by the text's SHA-256",
          "[formats][text]")
{
    const QString text = str("Jan de Vries woont in Zwolle.");
    TextLab lab(text, {{0, 12, str("Naam")}}, {str("Naam"), str("Lokatie")});
    const auto line = [&](const char *name, const QString &body) {
        QJsonObject o{{str("text"), body},
                      {str("label"), QJsonArray{QJsonArray{22, 28, str("Lokatie")}}}};
        if (name)
            o.insert(str("name"), str(name));
        return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
    };
    SECTION("by name")
    {
        const QString f = lab.path(str("named.jsonl"));
        writeFile(f, line("CV-1.TXT", text));
        test::importOk(format("doccano"), *lab.store, f, {lab.task.id, str("lead"), str("Anna")});
        CHECK(joined(spanLines(*lab.store, lab.task.id, lab.anna)) ==
              joined({str("cv-1.txt 0 12 Naam Jan de Vries"),
                      str("cv-1.txt 22 28 Lokatie Zwolle")}));
    }
    SECTION("renamed: by the text's SHA-256")
    {
        const QString f = lab.path(str("renamed.jsonl"));
        writeFile(f, line("iets-anders.txt", text));
        test::importOk(format("doccano"), *lab.store, f, {lab.task.id, str("lead"), str("Anna")});
        CHECK(spanLines(*lab.store, lab.task.id, lab.anna).size() == 2);
    }
    SECTION("the same name with another text is refused: its spans would land on other words")
    {
        const QString f = lab.path(str("changed.jsonl"));
        // The first line has no spans (not matched, counted); the second is refused.
        writeFile(f, QByteArray("{\"text\": \"Iets anders.\", \"label\": []}\n") +
                             line("cv-1.txt", str("Piet de Vries woont in Zwolle.")));
        const Error e = refused("doccano", *lab.store, f, f, 2, {lab.task.id, str("lead")});
        CHECK(e.problem().contains(str("other words")));
    }
}

TEST_CASE("text formats: a model's spans load onto a task as suggestions, exported only once "
          "accepted",
          "[formats][text][suggestions]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    const QString ann = fixture(kNed + str("/ned.train-doc-123.ann"));
    const ImportSummary task = test::importOk(format("brat"), *store, ann, {{}, str("lead")});
    const auto anna = store->addProfile(str("Anna"), Role::Annotator);
    REQUIRE(anna.ok());

    // The same documents as a model's output, into Anna's layer, to accept or reject.
    ImportOptions options{task.taskId, str("lead"), anna->id};
    options.suggestions = true;
    const ImportSummary loaded = test::importOk(format("brat"), *store, ann, options);
    CHECK(loaded.counts.value(str("annotation")) == 276);
    int suggested = 0;
    QString one;
    for (const Annotation &a : store->taskAnnotations(task.taskId))
        if (a.author == anna->id) {
            CHECK(a.suggested);
            suggested += a.suggested ? 1 : 0;
            one = a.id;
        }
    CHECK(suggested == 276);

    // Nothing of Anna's goes out until she accepts; then exactly what she accepted.
    const auto annaSpans = [&](const char *name) {
        const QString out = exportOk("doccano", *store, task.taskId, dir.filePath(str(name)),
                                     {anna->id});
        int spans = 0;
        for (const QByteArray &line : readFile(out).split('\n'))
            if (!line.trimmed().isEmpty())
                spans += int(QJsonDocument::fromJson(line).object().value(str("label")).toArray().size());
        return spans;
    };
    CHECK(annaSpans("open.jsonl") == 0);
    REQUIRE(store->updateAnnotation(one, {{str("suggested"), false}}, anna->id).ok());
    CHECK(annaSpans("accepted.jsonl") == 1);
}

TEST_CASE("labelstudio-text: Label Studio's own image exports are refused, naming the task that "
          "has no text",
          "[formats][text][labelstudio]")
{
    // The converter's test exports (two tasks, two annotators) are image tasks: the reader takes
    // their shape (annotations, completed_by, result) and says which task lacks data.text.
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(str("store.sqlite")));
    for (const char *file : {"label-studio-converter/tests/data/test_export_yolo/data.json",
                             "label-studio-converter/tests/data/test_export_json_min/data.json"}) {
        const QString path = fixture(str(file));
        REQUIRE(QFileInfo::exists(path));
        const Error error = refused("labelstudio-text", *store, path, path, 2);
        CHECK(error.message().contains(str("[0]")));
        CHECK(error.message().contains(str("\"text\"")));
    }
}
