// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: the one import and export path every text format shares (checks, matching,
// the texts written beside the store, one transaction); the formats themselves stay small.
#include "textdataset.h"

#include "exportselection.h"
#include "model/kinds/annotationkinds.h"
#include "model/kinds/spankind.h"
#include "model/palette.h"
#include "store/op.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QStringDecoder>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <tuple>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

/// The most one text of a task may be when it is read for an export or a match.
constexpr qint64 kMaxTextBytes = qint64(256) << 20;

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

QString fileNameOf(const QString &name)
{
    return QFileInfo(QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
}

/// A file name that is safe in any folder: no folders, no control or reserved characters,
/// ending in ".txt".
QString safeTextName(const QString &name, int index)
{
    QString base = QFileInfo(fileNameOf(name)).completeBaseName();
    QString out;
    for (const QChar c : std::as_const(base))
        out += (c.unicode() < 32 || QStringLiteral("<>:\"/\\|?*").contains(c)) ? QLatin1Char('_')
                                                                               : c;
    out = out.trimmed();
    while (out.startsWith(QLatin1Char('.')))
        out.remove(0, 1);
    if (out.isEmpty())
        out = QStringLiteral("document-%1").arg(index + 1, 4, 10, QLatin1Char('0'));
    return out.left(120) + QStringLiteral(".txt");
}

Result<Schema> schemaFor(const TextDataset &dataset)
{
    QStringList labels = dataset.labels;
    for (const TextDocument &d : dataset.documents)
        for (const TextSpan &s : d.spans)
            if (!labels.contains(s.label))
                labels << s.label;
    QJsonArray list;
    for (qsizetype i = 0; i < labels.size(); ++i)
        list << QJsonObject{{QStringLiteral("name"), labels.at(i)},
                            {QStringLiteral("colour"), paletteColour(i)},
                            {QStringLiteral("kinds"), QJsonArray{toId(AnnotationKind::Span)}}};
    return Schema::fromJsonObject(QJsonObject{{QStringLiteral("format"), Schema::kFormatVersion},
                                              {QStringLiteral("labels"), list}},
                                  Tr::msg("the labels of the dataset"));
}

/// Reads item \a item's text.
Result<QString> itemText(const Item &item)
{
    auto bytes = readWholeFile(item.mediaPath, kMaxTextBytes);
    if (!bytes)
        return bytes.error();
    return decodeUtf8(*bytes, item.mediaPath);
}

/// The text's white space normalised as brat writes a span's text (tabs and line ends as
/// spaces), so that a span over a line end compares equal.
QString flattened(QString text)
{
    for (QChar &c : text)
        if (c == QLatin1Char('\n') || c == QLatin1Char('\r') || c == QLatin1Char('\t'))
            c = QLatin1Char(' ');
    return text;
}

/// Removes the folder the import wrote its texts to unless the import got through.
class WrittenFolder
{
public:
    ~WrittenFolder()
    {
        if (!m_path.isEmpty() && !m_keep)
            QDir(m_path).removeRecursively();
    }
    void set(const QString &path) { m_path = path; }
    void keep() { m_keep = true; }

private:
    QString m_path;
    bool m_keep = false;
};

bool isWordCluster(const QString &cluster)
{
    const QChar c = cluster.at(0);
    const uint cp = c.isHighSurrogate() && cluster.size() > 1
                            ? QChar::surrogateToUcs4(c, cluster.at(1))
                            : c.unicode();
    return QChar::isLetterOrNumber(cp) || QChar::isMark(cp);
}

bool isJoiner(const QString &cluster)
{
    static const QString kJoiners = QStringLiteral(".,-'\u2019");
    return cluster.size() == 1 && kJoiners.contains(cluster.at(0));
}

} // namespace

Result<QString> decodeUtf8(const QByteArray &bytes, const QString &file)
{
    // As the text editor decodes (widgets/text/texteditor.cpp): an initial byte order mark is
    // dropped by the decoder, so offsets count the same characters in both.
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (decoder.hasError()) {
        // Find the first bad byte for the message: decode growing prefixes by line.
        qint64 line = 1;
        qsizetype from = 0;
        while (from < bytes.size()) {
            qsizetype end = bytes.indexOf('\n', from);
            if (end < 0)
                end = bytes.size();
            QStringDecoder probe(QStringDecoder::Utf8);
            const QString decoded = probe(bytes.mid(from, end - from));
            Q_UNUSED(decoded)
            if (probe.hasError())
                break;
            from = end + 1;
            ++line;
        }
        return Error::at(file, line, Tr::msg("the text is not valid UTF-8"));
    }
    return text;
}

Result<QByteArray> readWholeFile(const QString &path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(path, 0, Tr::msg("cannot read the file: %1").arg(file.errorString()),
                         Error::Fault::Access);
    if (file.size() > maxBytes)
        return Error::at(path, 1,
                         Tr::msg("the file is %1 MB; at most %2 MB is read")
                                 .arg(file.size() >> 20)
                                 .arg(maxBytes >> 20));
    return file.readAll();
}

QList<TextToken> tokenize(const CodePointText &text)
{
    const QString &s = text.text();
    // Grapheme clusters with their kind: 0 space, 1 word, 2 punctuation or symbol.
    struct Cluster
    {
        qsizetype from, to;
        int kind;
        bool joiner;
    };
    QList<Cluster> clusters;
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, s);
    qsizetype at = 0;
    while (at < s.size()) {
        qsizetype next = finder.toNextBoundary();
        if (next <= at)
            next = s.size();
        const QString c = s.mid(at, next - at);
        const int kind = c.at(0).isSpace() ? 0 : isWordCluster(c) ? 1 : 2;
        clusters.append({at, next, kind, isJoiner(c)});
        at = next;
    }
    QList<TextToken> tokens;
    qsizetype start = -1, end = -1;
    const auto flush = [&] {
        if (start >= 0) {
            TextToken t;
            t.text = s.mid(start, end - start);
            t.start = text.toCodePoint(start);
            t.end = text.toCodePoint(end);
            tokens << t;
        }
        start = -1;
    };
    for (qsizetype i = 0; i < clusters.size(); ++i) {
        const Cluster &c = clusters.at(i);
        if (c.kind == 0) {
            flush();
        } else if (c.kind == 1) {
            if (start < 0)
                start = c.from;
            end = c.to;
        } else if (c.joiner && start >= 0 && i + 1 < clusters.size() &&
                   clusters.at(i + 1).kind == 1) {
            end = c.to; // inside a word or number: "3.99", "SWOT-analyse"
        } else {
            flush();
            start = c.from;
            end = c.to;
            flush();
        }
    }
    flush();
    return tokens;
}

std::optional<QList<std::pair<qint64, qint64>>> alignTokens(const CodePointText &text,
                                                            const QList<TextToken> &tokens)
{
    const QString &s = text.text();
    QList<std::pair<qint64, qint64>> ranges;
    ranges.reserve(tokens.size());
    qsizetype at = 0;
    for (const TextToken &t : tokens) {
        while (at < s.size() && s.at(at).isSpace())
            ++at;
        if (QStringView(s).mid(at, t.text.size()) != t.text)
            return std::nullopt;
        ranges.append({text.toCodePoint(at), text.toCodePoint(at + t.text.size())});
        at += t.text.size();
    }
    while (at < s.size() && s.at(at).isSpace())
        ++at;
    if (at != s.size())
        return std::nullopt;
    return ranges;
}

Change spanAnnotationChange(const Task &task, const QString &itemId, const QString &layer,
                            const QString &label, const CodePointText &text, qint64 start,
                            qint64 end, const QString &author, bool suggested)
{
    Annotation a;
    a.id = newId();
    a.taskId = task.id;
    a.itemId = itemId;
    a.author = layer;
    a.kind = AnnotationKind::Span;
    a.label = label;
    a.value = SpanKind::makeValue(text, start, end);
    a.suggested = suggested;
    Change c = Store::annotationChange(a);
    c.author = author;
    return c;
}

Result<ImportSummary> importTextDataset(Store &store, TextDataset dataset,
                                        const ImportOptions &options,
                                        const FormatProgress &progress)
{
    if (!isValidId(options.author))
        return Error(Tr::msg("an import needs a profile id as its author"));
    const QString defaultLayer = options.layer.isEmpty() ? options.author : options.layer;

    // ---- every span against its own document
    QList<CodePointText> texts;
    texts.reserve(dataset.documents.size());
    for (const TextDocument &d : std::as_const(dataset.documents)) {
        texts << CodePointText(d.text);
        const CodePointText &text = texts.last();
        for (const TextSpan &s : d.spans) {
            if (s.label.trimmed().isEmpty())
                return placedError(s.place, Tr::msg("the span has no label"));
            if (s.start < 0 || s.end <= s.start)
                return placedError(s.place, Tr::msg("the span %1–%2 is empty or reversed; a span "
                                                    "needs start < end")
                                                    .arg(s.start)
                                                    .arg(s.end));
            if (s.end > text.size())
                return placedError(s.place,
                                   Tr::msg("the span %1–%2 lies past the end of the text of "
                                           "\"%3\" (%4 characters)")
                                           .arg(s.start)
                                           .arg(s.end)
                                           .arg(d.name)
                                           .arg(text.size()));
            if (s.hasText) {
                const QString there = text.slice(s.start, s.end);
                if (flattened(there) != flattened(s.text))
                    return placedError(s.place,
                                       Tr::msg("the span %1–%2 says it covers \u201C%3\u201D, but "
                                               "the text there is \u201C%4\u201D")
                                               .arg(s.start)
                                               .arg(s.end)
                                               .arg(s.text, there));
            }
        }
    }

    // ---- where the spans go: new items from the texts, or an existing task's items
    QList<Change> changes;
    QList<DatasetPlace> places;
    ImportSummary summary;
    Task task;
    QList<QString> itemOf(dataset.documents.size());
    // The text each document's spans are placed on, and how its offsets move there (CoNLL
    // documents matched by their tokens).
    QList<CodePointText> targetTexts = texts;
    QList<QList<std::pair<qint64, qint64>>> tokenMoves(dataset.documents.size());
    WrittenFolder written;
    const bool newTask = options.taskId.isEmpty();
    if (newTask) {
        task.id = newId();
        task.name = dataset.name.trimmed().isEmpty() ? QStringLiteral("Import") : dataset.name;
        task.mediaKind = MediaKind::Text;
        if (dataset.documents.isEmpty())
            return Error(Tr::msg("there are no texts to import"));
        auto schema = schemaFor(dataset);
        if (!schema && dataset.labels.isEmpty() &&
            std::all_of(dataset.documents.cbegin(), dataset.documents.cend(),
                        [](const TextDocument &d) { return d.spans.isEmpty(); }))
            return placedError(dataset.documents.first().place,
                               Tr::msg("there is not one span in it; a new task needs at least "
                                       "one label (to load texts without spans, import them "
                                       "onto a task)"));
        if (!schema) {
            // Name the first span whose label the schema refuses (too long, a control
            // character, …), so that the error has its file and line.
            for (const TextDocument &d : std::as_const(dataset.documents))
                for (const TextSpan &s : d.spans) {
                    TextDataset one;
                    one.labels = {s.label};
                    if (auto r = schemaFor(one); !r)
                        return placedError(s.place, r.error().what());
                }
            return placedError(dataset.documents.first().place, schema.error().what());
        }
        task.schema = *schema;
        changes << Store::taskChange(task, options.author);
        places << DatasetPlace{};
        // The texts become files beside the store, complete before the transaction starts.
        const QString folder = QFileInfo(store.path())
                                       .absoluteDir()
                                       .filePath(QStringLiteral("imported/") + task.id);
        // A dry run writes no texts: the item changes need only their path and hash.
        if (!options.dryRun && !QDir().mkpath(folder))
            return Error::at(folder, 0, Tr::msg("cannot make the folder for the imported texts"),
                             Error::Fault::Access);
        if (!options.dryRun)
            written.set(folder);
        QSet<QString> names;
        for (qsizetype i = 0; i < dataset.documents.size(); ++i) {
            const TextDocument &d = dataset.documents.at(i);
            QString name = safeTextName(d.name, int(i));
            for (int n = 2; names.contains(name.toLower()); ++n)
                name = QStringLiteral("%1-%2.txt")
                               .arg(QFileInfo(safeTextName(d.name, int(i))).completeBaseName())
                               .arg(n);
            names.insert(name.toLower());
            const QString path = QDir(folder).filePath(name);
            const QByteArray bytes = d.text.toUtf8();
            // A plain file, not QSaveFile: the folder is new and goes as a whole when the
            // import fails, so nothing half-written can outlive it.
            QFile file(path);
            if (!options.dryRun &&
                (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
                 file.write(bytes) != bytes.size() || !file.flush()))
                return Error::at(
                        path, 0,
                        Tr::msg("cannot write the imported text: %1").arg(file.errorString()),
                        Error::Fault::Access);
            Item item;
            item.id = newId();
            item.taskId = task.id;
            item.mediaPath = path;
            item.sha256 = sha256Hex(bytes);
            item.size = bytes.size();
            item.kind = MediaKind::Text;
            item.order = int(i);
            itemOf[i] = item.id;
            changes << Store::itemChange(item, options.author);
            places << d.place;
            if (progress)
                progress(FormatStage::Reading, i + 1, dataset.documents.size());
        }
        summary.counts[QStringLiteral("item")] = int(dataset.documents.size());
    } else {
        const auto found = store.task(options.taskId);
        if (!found)
            return Error(Tr::msg("there is no task \"%1\" to import into").arg(options.taskId));
        task = *found;
        QList<Item> items;
        for (const Item &item : store.items(task.id))
            if (item.kind == MediaKind::Text)
                items << item;
        // The items' texts are read only when a document needs them.
        QHash<QString, CodePointText> itemTexts;
        const auto textOf = [&](const Item &item) -> Result<CodePointText> {
            if (!itemTexts.contains(item.id)) {
                auto text = itemText(item);
                if (!text)
                    return text.error();
                itemTexts.insert(item.id, CodePointText(*text));
            }
            return itemTexts.value(item.id);
        };
        QMultiHash<QString, qsizetype> byName;
        QMultiHash<QString, qsizetype> byHash;
        for (qsizetype k = 0; k < items.size(); ++k) {
            byName.insert(fileNameOf(items.at(k).mediaPath).toLower(), k);
            if (!items.at(k).sha256.isEmpty())
                byHash.insert(items.at(k).sha256, k);
        }
        for (qsizetype i = 0; i < dataset.documents.size(); ++i) {
            const TextDocument &d = dataset.documents.at(i);
            if (d.spans.isEmpty()) {
                ++summary.counts[QStringLiteral("document-without-spans")];
                continue;
            }
            qsizetype match = -1;
            const QList<qsizetype> named = byName.values(fileNameOf(d.name).toLower());
            if (named.size() == 1 && d.tokens.isEmpty())
                match = named.first();
            if (match < 0 && d.tokens.isEmpty()) {
                const QList<qsizetype> same = byHash.values(sha256Hex(d.text.toUtf8()));
                if (same.size() >= 1)
                    match = same.first();
            }
            if (match < 0 && !d.tokens.isEmpty()) {
                // Rebuilt from tokens: the item whose text holds the same tokens in order.
                QList<qsizetype> order = named;
                for (qsizetype k = 0; k < items.size(); ++k)
                    if (!order.contains(k))
                        order << k;
                for (qsizetype k : std::as_const(order)) {
                    auto text = textOf(items.at(k));
                    if (!text)
                        return placedError(d.place, text.error().what());
                    if (auto moves = alignTokens(*text, d.tokens)) {
                        match = k;
                        tokenMoves[i] = *moves;
                        break;
                    }
                }
            }
            if (match < 0)
                return placedError(
                        d.place,
                        named.size() > 1
                                ? Tr::msg("task \"%1\" has %2 items named \"%3\", and none has "
                                          "this text")
                                          .arg(task.name)
                                          .arg(named.size())
                                          .arg(fileNameOf(d.name))
                                : Tr::msg("task \"%1\" has no text item \"%2\" or with this text")
                                          .arg(task.name, fileNameOf(d.name)));
            const Item &item = items.at(match);
            auto text = textOf(item);
            if (!text)
                return placedError(d.place, text.error().what());
            if (d.tokens.isEmpty() && text->text() != d.text)
                return placedError(d.place,
                                   Tr::msg("the text of \"%1\" is not the text of the task's item "
                                           "\"%2\"; its spans would land on other words")
                                           .arg(d.name, item.mediaPath));
            itemOf[i] = item.id;
            targetTexts[i] = *text;
        }
        for (qsizetype i = 0; i < dataset.documents.size(); ++i)
            for (const TextSpan &s : dataset.documents.at(i).spans)
                if (auto r = task.schema.checkAnnotation(
                            AnnotationKind::Span, s.label,
                            QJsonObject{{QStringLiteral("start"), 0}, {QStringLiteral("end"), 1}},
                            {});
                    !r)
                    return placedError(s.place, r.error().what());
    }

    // ---- whose layers: each one named that is no profile yet becomes an annotator
    QHash<QString, QString> layerIds; // as named → profile id
    int newProfiles = 0;
    const auto layerOf = [&](const QString &named) -> Result<QString> {
        const QString wanted = named.isEmpty() ? defaultLayer : named;
        if (layerIds.contains(wanted))
            return layerIds.value(wanted);
        const auto person = store.findProfile(wanted);
        if (person) {
            layerIds.insert(wanted, person->id);
            return person->id;
        }
        if (!isValidId(wanted))
            return Error(Tr::msg("there is no profile \"%1\" whose layer the annotations could "
                                 "be")
                                 .arg(wanted));
        changes.insert(newProfiles, Store::profileChange(Profile{wanted, wanted, Role::Annotator},
                                                         options.author));
        places.insert(newProfiles, DatasetPlace{});
        ++newProfiles;
        layerIds.insert(wanted, wanted);
        return wanted;
    };

    int spans = 0;
    for (qsizetype i = 0; i < dataset.documents.size(); ++i) {
        const TextDocument &d = dataset.documents.at(i);
        if (itemOf.at(i).isEmpty())
            continue;
        for (const TextSpan &s : d.spans) {
            auto layer = layerOf(s.layer);
            if (!layer)
                return placedError(s.place, layer.error().what());
            qint64 start = s.start, end = s.end;
            if (!tokenMoves.at(i).isEmpty()) {
                // Token-aligned by construction: the first and the last token it covers.
                const auto &moves = tokenMoves.at(i);
                qsizetype first = -1, last = -1;
                for (qsizetype t = 0; t < d.tokens.size(); ++t)
                    if (d.tokens.at(t).start < end && d.tokens.at(t).end > start) {
                        if (first < 0)
                            first = t;
                        last = t;
                    }
                if (first < 0)
                    return placedError(s.place, Tr::msg("the span covers no token"));
                start = moves.at(first).first;
                end = moves.at(last).second;
            }
            changes << spanAnnotationChange(task, itemOf.at(i), *layer, s.label, targetTexts.at(i),
                                            start, end, options.author, options.suggestions);
            places << s.place;
            ++spans;
        }
    }
    if (newProfiles)
        summary.counts[QStringLiteral("profile")] = newProfiles;
    summary.counts[QStringLiteral("annotation")] = spans;
    for (auto it = dataset.notes.cbegin(); it != dataset.notes.cend(); ++it)
        if (it.value())
            summary.counts[it.key()] = it.value();

    if (auto r = writeImportChanges(store, changes, places, options.author, progress,
                                      options.dryRun);
        !r)
        return r.error();
    written.keep();
    summary.taskId = task.id;
    summary.taskName = task.name;
    return summary;
}

Result<TextExport> collectTextExport(const Store &store, const QString &taskId,
                                     const ExportOptions &options)
{
    const auto task = store.task(taskId);
    if (!task)
        return Error(Tr::msg("%1: there is no task \"%2\"").arg(store.path(), taskId));
    TextExport out;
    out.task = *task;
    for (const LabelSpec &label : task->schema.labels())
        if (label.kinds.contains(AnnotationKind::Span))
            out.labels << label.name;
    const QList<Item> items = store.items(taskId);
    const auto annotations = exportedAnnotations(store, taskId, options);
    if (!annotations)
        return annotations.error();
    QHash<QString, QList<Annotation>> byItem;
    QSet<QString> layers;
    for (const Annotation &a : *annotations)
        if (a.kind == AnnotationKind::Span)
            byItem[a.itemId] << a;

    QSet<QString> stems;
    const SpanKind &kind =
            static_cast<const SpanKind &>(AnnotationKinds::get(AnnotationKind::Span));
    for (const Item &item : items) {
        if (item.kind != MediaKind::Text)
            continue;
        ExportedText doc;
        doc.item = item;
        doc.stem = QFileInfo(fileNameOf(item.mediaPath)).completeBaseName();
        // Two items with one file name (from different folders) stay apart by their order.
        if (doc.stem.isEmpty() || stems.contains(doc.stem.toLower()))
            doc.stem =
                    QStringLiteral("%1_%2").arg(item.order, 5, 10, QLatin1Char('0')).arg(doc.stem);
        stems.insert(doc.stem.toLower());
        auto text = itemText(item);
        if (!text)
            return Error(Tr::msg("item %1 (%2): its text cannot be read: %3")
                                 .arg(item.order + 1)
                                 .arg(item.mediaPath, text.error().what()));
        doc.text = CodePointText(*text);
        for (const Annotation &a : byItem.value(item.id)) {
            if (!kind.checkText(a.value, doc.text)) {
                ++out.notes[QStringLiteral("span-not-on-text")];
                continue;
            }
            ExportedSpan s;
            s.start = qint64(a.value.value(QStringLiteral("start")).toDouble());
            s.end = qint64(a.value.value(QStringLiteral("end")).toDouble());
            s.label = a.label;
            s.layer = a.author;
            if (!out.labels.contains(a.label))
                out.labels << a.label;
            layers.insert(a.author);
            doc.spans << s;
        }
        std::sort(doc.spans.begin(), doc.spans.end(),
                  [](const ExportedSpan &x, const ExportedSpan &y) {
                      return std::tie(x.start, x.end, x.label, x.layer) <
                             std::tie(y.start, y.end, y.label, y.layer);
                  });
        out.spanCount += int(doc.spans.size());
        out.documents << doc;
    }
    out.layers = QStringList(layers.cbegin(), layers.cend());
    out.layers.sort();
    return out;
}

ExportSummary textExportSummary(const TextExport &data)
{
    ExportSummary summary;
    summary.counts[QStringLiteral("item")] = int(data.documents.size());
    summary.counts[QStringLiteral("span")] = data.spanCount;
    for (auto it = data.notes.cbegin(); it != data.notes.cend(); ++it)
        summary.counts[it.key()] += it.value();
    return summary;
}

Format textDatasetFormat(QString id, const char *name, const char *summary, QString extension,
                         ExportFunction exporter, ImportFunction importer)
{
    Format f;
    f.id = std::move(id);
    f.name = name;
    f.summary = summary;
    f.version = 1;
    f.extension = std::move(extension);
    f.mediaKinds = {MediaKind::Text};
    f.annotationKinds = {AnnotationKind::Span};
    f.importTarget = ImportTarget::NewOrExistingTask;
    f.exporter = std::move(exporter);
    f.importer = std::move(importer);
    f.exportsSelection = true; // collected through exportedAnnotations()
    f.importsSuggestions = true; // the text editor accepts them (Enter) one by one
    return f;
}

} // namespace annostraat
