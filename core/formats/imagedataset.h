// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the image dataset formats (COCO, YOLO, Pascal VOC, labelme, …) share. A format's own
// file only parses its files into an ImageDataset (images, and shapes in our annotation
// kinds, each with the place it was read from) or writes an ImageExport; everything else is
// done once here:
//
// - importImageDataset() checks every shape (its value by its kind, inside its image, a
//   label), then either creates a task from the dataset's images (hashed, measured; the
//   schema made from the dataset's labels) or matches the images to the items of an existing
//   task (by file name, else by SHA-256) and checks the shapes against that task's schema;
//   then it writes everything in one transaction, into one person's layer (or, for formats
//   with layers of their own, each shape's).
// - collectImageExport() reads a task's image items, their pixel sizes and the live box,
//   polygon and crack annotations that exportedAnnotations() chooses (every layer, one person,
//   the reviewed layers or the consensus), each fitted inside its image, so that exporters
//   never write a shape outside the image.

#include "format.h"
#include "model/entities.h"
#include "quality/geometry.h"
#include "store/op.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace annostraat {

/// Where a thing was read: the file, and its line (text and XML formats) or 0 and an entry
/// ("annotations[3] (id 17)") for JSON, where the parser gives no lines.
struct DatasetPlace
{
    QString file;
    qint64 line = 0;
    Message entry;
};

/// \a problem at \a place: "<file>:<line>: <entry>: <problem>".
Error placedError(const DatasetPlace &place, const Message &problem);

/// Writes an import's \a changes (each from the place at the same index of \a places) in one
/// transaction, after checking each as an op by \a author: all of them, or none with the
/// refused change's place named. Reports FormatStage::Writing. With \a dryRun only the
/// checks run, and no transaction is begun (ImportOptions::dryRun).
Result<void> writeImportChanges(Store &store, const QList<Change> &changes,
                                const QList<DatasetPlace> &places, const QString &author,
                                const FormatProgress &progress, bool dryRun = false);

struct DatasetImage
{
    QString name;  ///< as the dataset names it: a file name, perhaps with folders
    QString path;  ///< the file on this PC when it was found; empty otherwise
    int width = 0; ///< pixels; 0: the dataset does not say
    int height = 0;
    DatasetPlace place;
};

struct DatasetShape
{
    int image = -1; ///< index into ImageDataset::images
    AnnotationKind kind = AnnotationKind::Box;
    QString label;
    QJsonObject value; ///< in our value shape (docs/schema-format.md)
    QJsonObject attributes;
    DatasetPlace place;
    /// Whose layer (a profile id) when the format has layers (Label Studio's "ls-<user>");
    /// empty: ImportOptions::layer, else the author's.
    QString layer = {};
};

struct ImageDataset
{
    QString name;       ///< the new task's name
    QStringList labels; ///< the labels the dataset declares, in its order (more may be used)
    QList<DatasetImage> images;
    QList<DatasetShape> shapes;
    /// What the format could not carry over, counted into ImportSummary::counts
    /// ("mask-traced", "point-skipped", …).
    QMap<QString, int> notes;
};

/// How far (pixels) a shape may reach beyond its image and still be taken (pulled inside):
/// datasets round coordinates, and a box to x = width + 0.4 is one that ends at the edge.
inline constexpr double kImageEdgeTolerance = 1.0;

/// Checks \a dataset whole and writes it in one transaction (see the note above); on any
/// problem nothing is written and the error names the file, the line or entry, the problem.
Result<ImportSummary> importImageDataset(Store &store, ImageDataset dataset,
                                         const ImportOptions &options,
                                         const FormatProgress &progress);

struct ExportedImage
{
    Item item;
    QString fileName; ///< unique within the export
    int width = 0;
    int height = 0;
    QList<Annotation> annotations; ///< box, polygon and crack, inside the image
};

struct ImageExport
{
    Task task;
    /// The task's labels that can be drawn on images, in schema order, then any other label
    /// an exported annotation has.
    QStringList labels;
    QList<ExportedImage> images;
    int annotationCount = 0;
};

/// The task's image items with their sizes (from the item's facts, else read from the file's
/// header) and the annotations exportedAnnotations() chooses with \a options.
Result<ImageExport> collectImageExport(const Store &store, const QString &taskId,
                                       const ExportOptions &options);

/// A number as short as it can be written and read back the same ("12", "0.5").
QString numberText(double value);
/// The points of a polygon or crack value.
Polyline valuePoints(const QJsonObject &value);
/// [[x, y], …] value of a polygon or crack.
QJsonObject pointsValue(const Polyline &points);
/// The bounding box of \a points.
Box pointsBounds(const Polyline &points);

/// The box a crack goes out as where a format has no lines (YOLO, Pascal VOC): its bounding
/// box, at least one pixel high and wide (a straight crack has none), inside \a width × \a height.
Box crackBox(const Polyline &points, double width, double height);

/// Where the elements of the root object's arrays begin in a JSON text (already known to be
/// valid): "annotations" → the line (1-based) of each element, so an entry's problem names
/// its line although Qt's JSON parser gives none.
QHash<QString, QList<qint64>> jsonElementLines(const QByteArray &json);
/// The line (1-based) of byte \a offset in \a bytes.
qint64 lineOfOffset(const QByteArray &bytes, qint64 offset);

/// Writes \a files (name → bytes) as a ZIP archive to \a out; for formats that are a folder
/// of files (YOLO, Pascal VOC, labelme). Names use '/' between folders.
Result<void> writeZip(const QList<std::pair<QString, QByteArray>> &files, QIODevice &out);

/// The description every image dataset format shares: version 1, image tasks, boxes, polygons
/// and cracks, into a new or an existing task. \a name and \a summary are untranslated
/// (QT_TRANSLATE_NOOP in "annostraat::Formats").
Format imageDatasetFormat(QString id, const char *name, const char *summary, QString extension,
                          ExportFunction exporter, ImportFunction importer);

} // namespace annostraat
