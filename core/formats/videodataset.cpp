// SPDX-License-Identifier: GPL-3.0-or-later
#include "videodataset.h"

#include "exportselection.h"
#include "model/kinds/locatorkind.h"
#include "registry.h"
#include "store/op.h"
#include "store/store.h"
#include "textdataset.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

QString fileNameOf(const QString &name)
{
    return QFileInfo(QString(name).replace(QLatin1Char('\\'), QLatin1Char('/'))).fileName();
}

QString stemOf(const QString &name)
{
    return QFileInfo(fileNameOf(name)).completeBaseName();
}

FrameRate rateOf(const Item &item)
{
    return FrameRate{item.facts.frameRateNumerator, item.facts.frameRateDenominator};
}

/// The start timecode that counts for \a item: the task's when \a schema sets one, else the
/// video's own; a ";" the item's rate cannot have is read as ":" (a drop-frame house start in a
/// task that also has 25 fps videos).
QString startLabelOf(const Item &item, const Schema &schema)
{
    const QString &label = schema.startTimecodeFor(item.facts);
    return label.isEmpty() || rateOf(item).isDropFrameRate() ? label
                                                             : Timecode::withSeparator(label, false);
}

/// The item's start frame (0 without a start timecode).
Result<qint64> startFrameOf(const Item &item, const Schema &schema)
{
    const QString label = startLabelOf(item, schema);
    if (label.isEmpty())
        return qint64(0);
    auto frame = Timecode::startFrameOf(label, rateOf(item));
    if (!frame)
        return Error(Tr::msg("the start timecode of video \"%1\": %2")
                             .arg(fileNameOf(item.mediaPath), frame.error().what()));
    return frame;
}

/// Whether the item's timecodes are written drop-frame: as its start timecode is, or, without
/// one, at the rates broadcast writes drop-frame (29.97, 59.94).
bool dropFrameOf(const Item &item, const Schema &schema)
{
    const QString label = startLabelOf(item, schema);
    return rateOf(item).isDropFrameRate() &&
           (label.isEmpty() || Timecode::isDropFrameLabel(label));
}

/// The frame \a time names on \a item (whose start timecode comes from \a schema when it sets
/// one). The start timecode is read only for a timecode label.
Result<qint64> frameOf(const VideoTime &time, const Item &item, const Schema &schema)
{
    const FrameRate rate = rateOf(item);
    switch (time.unit) {
    case VideoTime::Unit::None:
        return Error(Tr::msg("a time is missing"));
    case VideoTime::Unit::Frame:
        return time.value;
    case VideoTime::Unit::Millisecond:
        if (!rate.isValid())
            break;
        if (time.value < 0)
            return Error(Tr::msg("the time %1 ms is negative").arg(time.value));
        return Timecode::msToFrame(time.value, rate);
    case VideoTime::Unit::Timecode: {
        if (!rate.isValid())
            break;
        const auto start = startFrameOf(item, schema);
        if (!start)
            return start.error();
        return Timecode::parse(time.separatorFollowsVideo
                                       ? Timecode::withSeparator(time.label, dropFrameOf(item, schema))
                                       : time.label,
                               rate, *start);
    }
    }
    return Error(Tr::msg("the video \"%1\" has no frame rate, so times cannot be made into "
                         "frames; probe the video first")
                         .arg(fileNameOf(item.mediaPath)));
}

/// \a text as a value of \a spec's type, or nullopt when it is not one.
std::optional<QJsonValue> attributeValue(const AttributeSpec &spec, const QString &text)
{
    switch (spec.type) {
    case AttributeSpec::Type::Bool: {
        const QString t = text.trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1"))
            return QJsonValue(true);
        if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0"))
            return QJsonValue(false);
        return std::nullopt;
    }
    case AttributeSpec::Type::Int:
    case AttributeSpec::Type::Number: {
        bool ok = false;
        const double d = text.trimmed().toDouble(&ok);
        if (!ok)
            return std::nullopt;
        return QJsonValue(d);
    }
    case AttributeSpec::Type::Text:
    case AttributeSpec::Type::Choice:
        return QJsonValue(text);
    }
    return std::nullopt;
}

/// The value of locator \a m on \a item: its edges in frames, or skipped; an edge before
/// the video or past its end refused.
Result<QJsonObject> locatorValue(const VideoMark &m, const Item &item, const Schema &schema)
{
    if (m.skipped || (!m.start.isSet() && !m.end.isSet()))
        return QJsonObject{{QStringLiteral("skipped"), true}};
    QJsonObject value;
    const qint64 frames = item.facts.frameCount;
    for (const auto &[time, key] : {std::pair{&m.start, "start"}, std::pair{&m.end, "end"}}) {
        if (!time->isSet())
            continue;
        const bool isEnd = time == &m.end;
        const DatasetPlace &place = isEnd && m.endPlace.line > 0 ? m.endPlace : m.place;
        auto frame = frameOf(*time, item, schema);
        if (!frame)
            return placedError(place, frame.error().what());
        if (*frame < 0)
            return placedError(place,
                               Tr::msg("frame %1 is before the start of the video").arg(*frame));
        if (frames > 0 && (isEnd ? *frame : *frame + 1) > frames)
            return placedError(place,
                               Tr::msg("frame %1 lies past the end of the video \"%2\" (%3 "
                                       "frames)")
                                       .arg(*frame)
                                       .arg(fileNameOf(item.mediaPath))
                                       .arg(frames));
        value.insert(QLatin1String(key), double(*frame));
    }
    return value;
}

} // namespace

QString ExportedVideo::labelOf(qint64 frame) const
{
    return Timecode::label(frame, rate, dropFrame, startFrame);
}

Result<QString> readVideoText(QIODevice &in, const QString &file)
{
    if (in.size() > kMaxImportBytes)
        return Error::at(file, 0,
                         Tr::msg("the file is %1 MB; at most %2 MB can be imported at once")
                                 .arg(in.size() >> 20)
                                 .arg(kMaxImportBytes >> 20));
    const QByteArray bytes = in.read(kMaxImportBytes);
    return decodeUtf8(bytes, file);
}

Result<ImportSummary> importVideoDataset(Store &store, const VideoDataset &dataset,
                                         const ImportOptions &options,
                                         const FormatProgress &progress)
{
    if (!isValidId(options.author))
        return Error(Tr::msg("an import needs a profile id as its author"));
    const auto found = store.task(options.taskId);
    if (!found)
        return Error(Tr::msg("there is no task \"%1\" to import into").arg(options.taskId));
    const Task task = *found;
    QList<Item> videos;
    for (const Item &item : store.items(task.id))
        if (item.kind == MediaKind::Video)
            videos << item;
    const QString defaultLayer = options.layer.isEmpty() ? options.author : options.layer;

    QList<Change> changes;
    QList<DatasetPlace> places;
    ImportSummary summary;
    QHash<QString, QString> layerIds; // as named → profile id
    int newProfiles = 0;
    const auto layerOf = [&](const QString &named) -> Result<QString> {
        const QString wanted = named.isEmpty() ? defaultLayer : named;
        if (layerIds.contains(wanted))
            return layerIds.value(wanted);
        if (const auto person = store.findProfile(wanted)) {
            layerIds.insert(wanted, person->id);
            return person->id;
        }
        // A layer named by a person who is not in the store yet: a new annotator of that
        // name (files name people, not our ids).
        const QString id = isValidId(wanted) ? wanted : newId();
        changes.insert(newProfiles,
                       Store::profileChange(Profile{id, wanted, Role::Annotator}, options.author));
        places.insert(newProfiles, DatasetPlace{});
        ++newProfiles;
        layerIds.insert(wanted, id);
        return id;
    };

    int written = 0;
    qsizetype done = 0;
    QSet<QString> seenLocators; // item, layer, name
    for (const VideoDocument &doc : dataset.documents) {
        if (doc.marks.isEmpty())
            continue;
        // ---- the item: the media it names, else the file's own name, else the only video
        const Item *item = nullptr;
        const QString named = fileNameOf(doc.media);
        for (const Item &v : std::as_const(videos))
            if (!named.isEmpty() &&
                fileNameOf(v.mediaPath).compare(named, Qt::CaseInsensitive) == 0)
                item = &v;
        if (!item && !named.isEmpty())
            for (const Item &v : std::as_const(videos))
                if (stemOf(v.mediaPath).compare(stemOf(named), Qt::CaseInsensitive) == 0)
                    item = &v;
        const bool fallBack = !doc.mediaMustMatch || named.isEmpty();
        if (!item && fallBack)
            for (const Item &v : std::as_const(videos))
                if (stemOf(v.mediaPath).compare(stemOf(doc.place.file), Qt::CaseInsensitive) == 0)
                    item = &v;
        if (!item && fallBack && videos.size() == 1)
            item = &videos.first();
        if (!item)
            return placedError(
                    doc.place,
                    videos.isEmpty()
                            ? Tr::msg("task \"%1\" has no videos to load markers and segments "
                                      "onto")
                                      .arg(task.name)
                            : Tr::msg("task \"%1\" has no video \"%2\"; name the file after its "
                                      "video")
                                      .arg(task.name,
                                           named.isEmpty() ? stemOf(doc.place.file) : named));

        for (const VideoMark &m : doc.marks) {
            if (m.kind == AnnotationKind::Locator) {
                auto value = locatorValue(m, *item, task.schema);
                if (!value)
                    return value.error();
                Annotation a;
                a.taskId = task.id;
                a.itemId = item->id;
                a.kind = m.kind;
                a.label = m.label.trimmed();
                a.value = *value;
                a.suggested = options.suggestions;
                if (auto r = task.schema.checkAnnotation(a.kind, a.label, a.value, {}); !r)
                    return placedError(m.place, r.error().what());
                auto layer = layerOf(m.layer);
                if (!layer)
                    return placedError(m.place, layer.error().what());
                a.author = *layer;
                // One locator per name and person: the one the layer has already is replaced
                // (same id, so it is an edit that syncs and undoes as one).
                const QString key = item->id + QLatin1Char('\n') + a.author + QLatin1Char('\n') + a.label;
                if (seenLocators.contains(key))
                    return placedError(m.place, Tr::msg("locator \"%1\" is in the file twice")
                                                        .arg(a.label));
                seenLocators.insert(key);
                a.id = newId();
                for (const Annotation &old : store.annotations(item->id, a.author))
                    if (old.kind == AnnotationKind::Locator && old.label == a.label && !old.deleted)
                        a.id = old.id;
                Change c = Store::annotationChange(a);
                c.author = options.author;
                changes << c;
                places << m.place;
                ++written;
                continue;
            }
            const bool segment = m.kind == AnnotationKind::Segment;
            auto start = frameOf(m.start, *item, task.schema);
            if (!start)
                return placedError(m.place, start.error().what());
            qint64 end = *start + 1;
            if (segment) {
                auto e = frameOf(m.end, *item, task.schema);
                if (!e)
                    return placedError(m.place, e.error().what());
                end = *e;
            }
            if (*start < 0)
                return placedError(
                        m.place, Tr::msg("frame %1 is before the start of the video").arg(*start));
            if (segment && end <= *start)
                return placedError(m.place,
                                   Tr::msg("the segment from frame %1 to %2 is empty or reversed; "
                                           "it must end after it starts")
                                           .arg(*start)
                                           .arg(end));
            // The video's frame count (its packet index), when the item facts have one.
            const qint64 frames = item->facts.frameCount;
            if (frames > 0 && (segment ? end : *start + 1) > frames)
                return placedError(m.place,
                                   Tr::msg("frame %1 lies past the end of the video \"%2\" (%3 "
                                           "frames)")
                                           .arg(segment ? end : *start)
                                           .arg(fileNameOf(item->mediaPath))
                                           .arg(frames));
            if (m.label.trimmed().isEmpty())
                return placedError(m.place, Tr::msg("it has no label"));
            QJsonObject attributes;
            if (const LabelSpec *spec = task.schema.label(m.label)) {
                for (auto it = m.attributes.cbegin(); it != m.attributes.cend(); ++it) {
                    if (it.value().isEmpty())
                        continue;
                    const AttributeSpec *a = spec->attribute(it.key());
                    if (!a) {
                        ++summary.counts[QStringLiteral("attribute-not-in-schema")];
                        continue;
                    }
                    const auto value = attributeValue(*a, it.value());
                    if (!value)
                        return placedError(m.place,
                                           Tr::msg("\"%1\" is not a value of attribute \"%2\"")
                                                   .arg(it.value(), it.key()));
                    attributes.insert(it.key(), *value);
                }
            }
            Annotation a;
            a.id = newId();
            a.taskId = task.id;
            a.itemId = item->id;
            a.kind = m.kind;
            a.label = m.label;
            a.value = segment ? QJsonObject{{QStringLiteral("start"), double(*start)},
                                            {QStringLiteral("end"), double(end)}}
                              : QJsonObject{{QStringLiteral("frame"), double(*start)}};
            a.attributes = attributes;
            a.suggested = options.suggestions;
            if (auto r = task.schema.checkAnnotation(a.kind, a.label, a.value, a.attributes); !r)
                return placedError(m.place, r.error().what());
            auto layer = layerOf(m.layer);
            if (!layer)
                return placedError(m.place, layer.error().what());
            a.author = *layer;
            Change c = Store::annotationChange(a);
            c.author = options.author;
            changes << c;
            places << m.place;
            ++written;
        }
        if (progress)
            progress(FormatStage::Reading, ++done, dataset.documents.size());
    }
    if (newProfiles)
        summary.counts[QStringLiteral("profile")] = newProfiles;
    summary.counts[QStringLiteral("annotation")] = written;
    for (auto it = dataset.notes.cbegin(); it != dataset.notes.cend(); ++it)
        if (it.value())
            summary.counts[it.key()] += it.value();
    if (auto r = writeImportChanges(store, changes, places, options.author, progress,
                                    options.dryRun);
        !r)
        return r.error();
    summary.taskId = task.id;
    summary.taskName = task.name;
    return summary;
}

Result<VideoExport> collectVideoExport(const Store &store, const QString &taskId,
                                       const ExportOptions &options, bool needsRate)
{
    const auto task = store.task(taskId);
    if (!task)
        return Error(Tr::msg("%1: there is no task \"%2\"").arg(store.path(), taskId));
    VideoExport out;
    out.task = *task;
    for (const LabelSpec &label : task->schema.labels())
        if (label.kinds.contains(AnnotationKind::Segment) ||
            label.kinds.contains(AnnotationKind::Marker))
            out.labels << label.name;
    const auto annotations = exportedAnnotations(store, taskId, options);
    if (!annotations)
        return annotations.error();
    QHash<QString, QList<Annotation>> byItem;
    QHash<QString, QList<Annotation>> locatorsByItem;
    for (const Annotation &a : *annotations)
        if (a.kind == AnnotationKind::Segment || a.kind == AnnotationKind::Marker)
            byItem[a.itemId] << a;
        else if (a.kind == AnnotationKind::Locator)
            locatorsByItem[a.itemId] << a;

    QSet<QString> stems;
    QSet<QString> layers;
    for (const Item &item : store.items(taskId)) {
        if (item.kind != MediaKind::Video)
            continue;
        ExportedVideo v;
        v.item = item;
        v.stem = stemOf(item.mediaPath);
        if (v.stem.isEmpty() || stems.contains(v.stem.toLower()))
            v.stem = QStringLiteral("%1_%2").arg(item.order, 5, 10, QLatin1Char('0')).arg(v.stem);
        stems.insert(v.stem.toLower());
        v.rate = rateOf(item);
        const QList<Annotation> marks = byItem.value(item.id);
        if (needsRate && !v.rate.isValid() && !marks.isEmpty())
            return Error(Tr::msg("item %1 (%2) has no frame rate, so its frames cannot be "
                                 "written as times; probe the video first")
                                 .arg(item.order + 1)
                                 .arg(item.mediaPath));
        if (v.rate.isValid()) {
            auto start = startFrameOf(item, task->schema);
            if (!start)
                return Error(Tr::msg("item %1 (%2): %3")
                                     .arg(item.order + 1)
                                     .arg(item.mediaPath, start.error().what()));
            v.startFrame = *start;
            // Drop-frame labels when the start timecode is written so, or, without one, at
            // the rates broadcast writes drop-frame (29.97, 59.94).
            v.dropFrame = dropFrameOf(item, task->schema);
        }
        for (const Annotation &a : marks) {
            ExportedMark m;
            m.kind = a.kind;
            if (a.kind == AnnotationKind::Segment) {
                m.start = qint64(a.value.value(QStringLiteral("start")).toDouble());
                m.end = qint64(a.value.value(QStringLiteral("end")).toDouble());
            } else {
                m.start = qint64(a.value.value(QStringLiteral("frame")).toDouble());
                m.end = m.start + 1;
            }
            m.label = a.label;
            m.layer = a.author;
            const auto person = store.findProfile(a.author);
            m.layerName = person && !person->name.isEmpty() ? person->name : a.author;
            m.attributes = a.attributes;
            if (!out.labels.contains(a.label))
                out.labels << a.label;
            layers.insert(a.author);
            v.marks << m;
        }
        std::sort(v.marks.begin(), v.marks.end(), [](const ExportedMark &x, const ExportedMark &y) {
            return std::tie(x.start, x.end, x.kind, x.label, x.layer) <
                   std::tie(y.start, y.end, y.kind, y.label, y.layer);
        });
        for (const Annotation &a : locatorsByItem.value(item.id)) {
            ExportedLocator l;
            l.name = a.label;
            if (const auto start = LocatorKind::start(a.value))
                l.start = *start;
            if (const auto end = LocatorKind::end(a.value))
                l.end = *end;
            l.skipped = LocatorKind::isSkipped(a.value);
            l.layer = a.author;
            const auto person = store.findProfile(a.author);
            l.layerName = person && !person->name.isEmpty() ? person->name : a.author;
            v.locators << l;
        }
        const QStringList &names = task->schema.locators();
        std::sort(v.locators.begin(), v.locators.end(),
                  [&names](const ExportedLocator &x, const ExportedLocator &y) {
                      const auto rank = [&names](const QString &n) {
                          const qsizetype i = names.indexOf(n);
                          return i < 0 ? names.size() : i;
                      };
                      return std::tuple(x.layerName, x.layer, rank(x.name), x.name) <
                             std::tuple(y.layerName, y.layer, rank(y.name), y.name);
                  });
        out.markCount += int(v.marks.size());
        out.videos << v;
    }
    out.layers = QStringList(layers.cbegin(), layers.cend());
    out.layers.sort();
    return out;
}

ExportSummary videoExportSummary(const VideoExport &data)
{
    ExportSummary summary;
    summary.counts[QStringLiteral("item")] = int(data.videos.size());
    summary.counts[QStringLiteral("annotation")] = data.markCount;
    for (auto it = data.notes.cbegin(); it != data.notes.cend(); ++it)
        summary.counts[it.key()] += it.value();
    return summary;
}

Result<void> writeVideoFiles(const VideoExport &data, const QString &extension,
                             const std::function<QByteArray(const ExportedVideo &)> &write,
                             QIODevice &out, const FormatProgress &progress)
{
    if (data.videos.size() == 1) {
        const QByteArray bytes = write(data.videos.first());
        if (out.write(bytes) != bytes.size())
            return Error(Tr::msg("cannot write the export: %1").arg(out.errorString()));
        if (progress)
            progress(FormatStage::Writing, 1, 1);
        return {};
    }
    QList<std::pair<QString, QByteArray>> files;
    qint64 n = 0;
    for (const ExportedVideo &v : data.videos) {
        files.append({v.stem + QLatin1Char('.') + extension, write(v)});
        if (progress)
            progress(FormatStage::Writing, ++n, data.videos.size());
    }
    return writeZip(files, out);
}

Format videoDatasetFormat(QString id, const char *name, const char *summary, QString extension,
                          ExportFunction exporter, ImportFunction importer)
{
    Format f;
    f.id = std::move(id);
    f.name = name;
    f.summary = summary;
    f.version = 1;
    f.extension = std::move(extension);
    f.mediaKinds = {MediaKind::Video};
    f.annotationKinds = {AnnotationKind::Marker, AnnotationKind::Segment};
    f.importTarget = ImportTarget::ExistingTask;
    f.exporter = std::move(exporter);
    f.importer = std::move(importer);
    f.exportsSelection = true; // collected through exportedAnnotations()
    return f;
}

} // namespace annostraat
