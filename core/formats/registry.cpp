// SPDX-License-Identifier: GPL-3.0-or-later
#include "registry.h"

#include "answerscsv.h"
#include "brat.h"
#include "coco.h"
#include "conll.h"
#include "cvatimages.h"
#include "doccano.h"
#include "eaf.h"
#include "edl.h"
#include "geojson.h"
#include "geopackage.h"
#include "jsonlines.h"
#include "labelme.h"
#include "labelstudioimages.h"
#include "labelstudiotext.h"
#include "locatorsheet.h"
#include "pascalvoc.h"
#include "store/op.h"
#include "store/store.h"
#include "subtitles.h"
#include "timecodecsv.h"
#include "yolo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

QString idList(const QList<Format> &formats, bool (Format::*can)() const)
{
    QStringList ids;
    for (const Format &f : formats)
        if ((f.*can)())
            ids << f.id;
    ids.sort();
    return ids.join(QStringLiteral(", "));
}

} // namespace

QString Format::displayName() const
{
    return QCoreApplication::translate("annostraat::Formats", name);
}

QString Format::displaySummary() const
{
    return QCoreApplication::translate("annostraat::Formats", summary);
}

bool Format::carries(MediaKind kind) const
{
    return mediaKinds.contains(kind);
}

const FormatRegistry &FormatRegistry::builtin()
{
    // One line per format; the format itself is all in its own file.
    static const FormatRegistry registry = [] {
        FormatRegistry r;
        (void)r.add(jsonLinesFormat());
        (void)r.add(answersCsvFormat());
        (void)r.add(cocoFormat());
        (void)r.add(yoloFormat());
        (void)r.add(pascalVocFormat());
        (void)r.add(labelmeFormat());
        (void)r.add(cvatImagesFormat());
        (void)r.add(labelStudioImagesFormat());
        (void)r.add(conllFormat());
        (void)r.add(doccanoFormat());
        (void)r.add(labelStudioTextFormat());
        (void)r.add(bratFormat());
        (void)r.add(geoJsonFormat());
        (void)r.add(geoPackageFormat());
        (void)r.add(timecodeCsvFormat());
        (void)r.add(webVttFormat());
        (void)r.add(srtFormat());
        (void)r.add(edlFormat());
        (void)r.add(eafFormat());
        (void)r.add(locatorSheetFormat());
        return r;
    }();
    return registry;
}

Result<void> FormatRegistry::add(Format format)
{
    if (!isValidId(format.id) || format.id != format.id.toLower())
        return Error(
                Tr::msg("\"%1\" is not a valid format id (lower-case letters, digits, '-' or '_')")
                        .arg(format.id));
    if (find(format.id))
        return Error(Tr::msg("there is already a format \"%1\"").arg(format.id));
    if (!format.canExport() && !format.canImport())
        return Error(Tr::msg("format \"%1\" can neither export nor import").arg(format.id));
    m_formats << std::move(format);
    return {};
}

const Format *FormatRegistry::find(const QString &id) const
{
    for (const Format &f : m_formats)
        if (f.id.compare(id.trimmed(), Qt::CaseInsensitive) == 0)
            return &f;
    return nullptr;
}

QString FormatRegistry::exportIds() const
{
    return idList(m_formats, &Format::canExport);
}

QString FormatRegistry::importIds() const
{
    return idList(m_formats, &Format::canImport);
}

Result<ExportSummary> exportToFile(const Format &format, const Store &store, const QString &taskId,
                                   const QString &path, ExistingFile existing,
                                   const FormatProgress &progress, const ExportOptions &options)
{
    if (!format.canExport())
        return Error(Tr::msg("the format \"%1\" cannot be exported; formats that can: %2")
                             .arg(format.id, FormatRegistry::builtin().exportIds()));
    const auto task = store.task(taskId);
    if (!task)
        return Error(Tr::msg("%1: there is no task \"%2\"").arg(store.path(), taskId));
    if (!format.carries(task->mediaKind))
        return Error(Tr::msg("task \"%1\" holds %2 items, which the format \"%3\" does not carry")
                             .arg(task->name, toId(task->mediaKind), format.id));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return Error(Tr::msg("%1: the folder does not exist").arg(info.absolutePath()));
    if (info.exists() && (existing == ExistingFile::Refuse || !info.isFile()))
        return Error(Tr::msg("%1: the file already exists").arg(path));

    // QSaveFile writes beside the target and renames only on commit(): a failed or
    // interrupted export leaves no half-written file under the final name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Tr::msg("%1: cannot write the file: %2").arg(path, file.errorString()));
    auto written = format.exporter(store, task->id, file, options, progress);
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (store.hasReadError()) {
        file.cancelWriting();
        return store.readError();
    }
    if (!file.commit())
        return Error(Tr::msg("%1: cannot write the file: %2").arg(path, file.errorString()));
    written->path = path;
    return written;
}

Result<ImportSummary> importFromFile(const Format &format, Store &store, const QString &path,
                                     const ImportOptions &options, const FormatProgress &progress)
{
    if (!format.canImport())
        return Error(Tr::msg("the format \"%1\" cannot be imported; formats that can: %2")
                             .arg(format.id, FormatRegistry::builtin().importIds()));
    if (options.suggestions && !format.importsSuggestions)
        return Error(Tr::msg("the format \"%1\" cannot be loaded as suggestions: it carries "
                             "its own layers; load a dataset format as suggestions instead")
                             .arg(format.id));
    const QFileInfo info(path);
    if (!info.exists())
        return Error(Tr::msg("%1: there is no such file").arg(path));
    if (!info.isFile())
        return Error(Tr::msg("%1: is not a file").arg(path));
    if (info.size() > kMaxImportBytes)
        return Error(Tr::msg("%1: the file is %2 MB; at most %3 MB can be imported at once")
                             .arg(path)
                             .arg(info.size() >> 20)
                             .arg(kMaxImportBytes >> 20));
    if (!options.taskId.isEmpty() && format.importTarget == ImportTarget::NewOrExistingTask &&
        !store.task(options.taskId))
        return Error(Tr::msg("there is no task \"%1\" to import into").arg(options.taskId));
    if (format.importTarget == ImportTarget::ExistingTask && !store.task(options.taskId))
        return Error(Tr::msg("the format \"%1\" imports into a task that is already in the store; "
                             "name it (there is no task \"%2\")")
                             .arg(format.id, options.taskId));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::msg("%1: cannot read the file: %2").arg(path, file.errorString()));
    auto imported = format.importer(store, file, path, options, progress);
    // Every refusal names a file: a problem of the dataset as a whole (no labels at all, say)
    // is this file's.
    if (!imported && imported.error().file().isEmpty())
        return Error::at(path, 0, imported.error().what(), imported.error().fault());
    return imported;
}

} // namespace annostraat
