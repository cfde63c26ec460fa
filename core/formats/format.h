// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A format is how a task's data leaves the lab for a client, or comes in from elsewhere
// (DESIGN.md, core/formats/). Each format lives in its own file and describes itself with a
// Format value: id, name, version, file extension, the media and annotation kinds it carries,
// and an exporter and/or an importer. registry.cpp registers each with one line; nothing
// else in the program branches on the format (STYLE 12, after CVAT's
// dataset_manager/formats/registry.py and Datumaro's one-plugin-per-format layout).
//
// Exporters only read the store. Importers parse and check the whole input first and then
// write through the store in one transaction: an import fully succeeds or changes nothing
// (STYLE 9). Both report progress through a callback and never touch a widget.

#include "model/kinds.h"
#include "util/result.h"

#include <QList>
#include <QMap>
#include <QString>

#include <functional>

class QIODevice;

namespace annostraat {

class Store;

/// What an export or import is doing while it reports progress.
enum class FormatStage {
    Reading, ///< import: bytes of the input read (done, total in bytes)
    Writing, ///< export: items written; import: records written to the store
};

/// Reports progress; \a total may be 0 when it is not known.
using FormatProgress = std::function<void(FormatStage stage, qint64 done, qint64 total)>;

/// What an import writes into.
enum class ImportTarget {
    NewTask,      ///< the input carries its own task, which the import creates
    ExistingTask, ///< the input holds work for a task that is already in the store
    /// A dataset of media and annotations (COCO, YOLO, …): without a task, the import creates
    /// one from the dataset's images; with one, it loads the annotations onto that task's
    /// items, matched by file name or SHA-256.
    NewOrExistingTask,
};

struct ImportOptions
{
    /// For ExistingTask formats: the task to import into (id). For NewTask formats: when
    /// set, the task the input must carry (by id or name), else the import is refused.
    QString taskId;
    /// The profile id recorded as the author of every op the import makes (who imported).
    QString author;
    /// Formats without layers of their own (COCO, YOLO, …): whose layer the annotations go
    /// into (a profile id); empty: the author's. (Initialised, so that {task, author} stays a
    /// complete initialiser.)
    QString layer = {};
    /// Load the annotations as suggestions (pre-annotations) that the layer's person accepts
    /// or rejects one by one; only formats with Format::importsSuggestions take it.
    bool suggestions = false;
    /// Check everything and count what the import would write (ImportSummary), but write
    /// nothing, not even a file beside the store: the import dialog's "what will happen"
    /// before it happens. The parsing, the matching and every change's check as an op are
    /// the real ones; no transaction is begun, so the store stays free for other writers
    /// (the checks SQLite makes at commit, such as foreign keys, run only in the real import,
    /// and the importers check those references themselves first).
    bool dryRun = false;
};

/// Which work an export of a dataset format takes (exportedAnnotations()).
enum class ExportSelection {
    Everyone,  ///< every layer (or ExportOptions::layer's only)
    Reviewed,  ///< only layers a reviewer accepted (or accepted with corrections) on that item
    Consensus, ///< per item, what most of its people agree on (quality/consensus.h)
};

struct ExportOptions
{
    /// Only this person's layer (a profile id); empty: every layer. Formats that keep
    /// layers apart (jsonl) always write everything.
    QString layer;
    ExportSelection selection = ExportSelection::Everyone;
};

struct ImportSummary
{
    QString taskId;
    QString taskName;
    QMap<QString, int> counts; ///< records written per kind ("item", "annotation", …)
};

struct ExportSummary
{
    QString path;
    QMap<QString, int> counts; ///< records written per kind ("item", "annotation", "row", …)
};

/// Writes task \a taskId of \a store to \a out (already open for writing).
using ExportFunction = std::function<Result<ExportSummary>(
        const Store &store, const QString &taskId, QIODevice &out, const ExportOptions &options,
        const FormatProgress &progress)>;
/// Reads \a in (open for reading; \a fileName names it in messages) and writes it to \a store.
using ImportFunction = std::function<Result<ImportSummary>(
        Store &store, QIODevice &in, const QString &fileName, const ImportOptions &options,
        const FormatProgress &progress)>;

struct Format
{
    QString id;            ///< stable, on the command line and in files: "jsonl"
    const char *name = ""; ///< English, translated by displayName() (context annostraat::Formats)
    const char *summary = ""; ///< one sentence, translated by displaySummary()
    int version = 1;          ///< of the format as this program writes and reads it
    QString extension;        ///< of its files, without the dot: "jsonl"
    QList<MediaKind> mediaKinds;
    QList<AnnotationKind> annotationKinds;
    ImportTarget importTarget = ImportTarget::NewTask;
    ExportFunction exporter; ///< empty when the format cannot be written
    ImportFunction importer; ///< empty when the format cannot be read
    /// Whether its importer can load annotations as suggestions (ImportOptions::suggestions):
    /// only where an editor lets a person accept them (image shapes, text spans).
    bool importsSuggestions = false;
    /// Whether its exporter takes ExportOptions (whose work: every layer, one person, the
    /// reviewed layers, the consensus) through exportedAnnotations(); formats that are the
    /// whole task (jsonl) write everything.
    bool exportsSelection = false;

    bool canExport() const { return bool(exporter); }
    bool canImport() const { return bool(importer); }
    QString displayName() const;
    QString displaySummary() const;
    /// Whether tasks of \a kind can be exported in this format.
    bool carries(MediaKind kind) const;
};

} // namespace annostraat
