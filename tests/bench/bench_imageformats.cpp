// SPDX-License-Identifier: GPL-3.0-or-later
// Image dataset formats benchmark: prints timed numbers, asserts nothing about speed.
//
//   bench_imageformats [IMAGES [ANNOTATIONS]]   default 100000 images and 1000000 annotations
//                               (also ANNOSTRAAT_BENCH_IMAGES / _ANNOTATIONS);
//                               ANNOSTRAAT_BENCH_DIR: where the stores and files go.
//
// The input: a task of IMAGES items, each a real 640 × 480 PNG file (one picture written under
// every name, with the item's number appended after the PNG's end, which readers ignore, so
// that every file has its own SHA-256), and ANNOTATIONS annotations spread evenly over them, half
// boxes and half hexagons (polygons), in 5 labels, from a fixed seed, written through the store's
// bulk path (one Store::record of every change). For COCO and YOLO: the export of the whole task to
// a file, then the import of that file into a fresh store as a new task, with the images beside it
// (hard links to the task's files), which hashes every image file and, for YOLO, reads every
// image's size from its header. Each step's wall time and peak resident memory (VmHWM, reset
// through /proc/self/clear_refs); each format in a process of its own (this program with --child).

#include "benchutil.h"
#include "benchzip.h"
#include "formats/registry.h"
#include "model/entities.h"
#include "quality/geometry.h"
#include "store/op.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>
#include <zip.h>

#include <cmath>
#include <cstdio>
#include <random>

using namespace annostraat;

namespace {

using bench::check;
using bench::die;
using bench::unzip;

constexpr int kWidth = 640, kHeight = 480;

double statusMb(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

/// The 640 × 480 PNG every image file is a copy of (a soft gradient, about 10 KB).
QByteArray basePng()
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x)
            image.setPixel(x, y, qRgb(x * 255 / kWidth, y * 255 / kHeight, 90));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (!image.save(&buffer, "PNG"))
        die(QStringLiteral("cannot make the PNG"));
    return buffer.data();
}

/// Writes image \a i into \a folder: the PNG's bytes and then its number (a hard link to one
/// file would share its hash, and a task's items are told apart by it). Returns the path.
QString writeImage(const QString &folder, int i, const QByteArray &png)
{
    const QString path =
            QDir(folder).filePath(QStringLiteral("img%1.png").arg(i, 6, 10, QLatin1Char('0')));
    QFile f(path);
    const QByteArray bytes = png + QByteArray::number(i);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        die(QStringLiteral("%1: cannot write").arg(path));
    return path;
}

/// Hard-links every image of \a source into \a folder (no copying; each keeps its own bytes).
void linkImages(const QString &source, const QString &folder)
{
    QDir().mkpath(folder);
    for (const QString &name : QDir(source).entryList({QStringLiteral("*.png")}, QDir::Files))
        if (::link(QFile::encodeName(QDir(source).filePath(name)).constData(),
                   QFile::encodeName(QDir(folder).filePath(name)).constData()) != 0)
            die(QStringLiteral("cannot link %1 into %2").arg(name, folder));
}

int runFormat(const QString &storePath, const QString &taskId, const char *id, const QDir &dir)
{
    auto opened = check(Store::open(storePath), "open");
    const Format *format = FormatRegistry::builtin().find(QLatin1String(id));
    if (!format)
        die(QStringLiteral("no format %1").arg(QLatin1String(id)));
    const QString outDir = dir.filePath(QStringLiteral("out-%1").arg(QLatin1String(id)));
    QDir().mkpath(outDir);
    const QString out = QDir(outDir).filePath(QStringLiteral("export.") + format->extension);
    resetPeak();
    QElapsedTimer timer;
    timer.start();
    const ExportSummary written = check(exportToFile(*format, *opened, taskId, out), "export");
    const double exportSeconds = timer.nsecsElapsed() / 1e9;
    const double exportPeak = statusMb("VmHWM:");
    opened.reset();

    // The dataset as a client hands it over: its files with the images where they belong.
    QString input = out;
    if (QLatin1String(id) == QLatin1String("yolo")) {
        unzip(out, outDir);
        linkImages(dir.filePath(QStringLiteral("images")),
                   QDir(outDir).filePath(QStringLiteral("obj_train_data")));
        input = QDir(outDir).filePath(QStringLiteral("obj.data"));
    } else {
        linkImages(dir.filePath(QStringLiteral("images")), outDir);
    }
    const QString freshDir = dir.filePath(QStringLiteral("import-%1").arg(QLatin1String(id)));
    QDir().mkpath(freshDir);
    auto fresh = check(Store::open(freshDir + QStringLiteral("/store.sqlite")), "open");
    resetPeak();
    timer.restart();
    const ImportSummary s =
            check(importFromFile(*format, *fresh, input, {{}, QStringLiteral("bench")}), "import");
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    const double importPeak = statusMb("VmHWM:");
    std::printf("%-6s %9.1f %9.1f %9.0f MB %9.1f %9.0f MB %8d %9d\n", id,
                double(QFileInfo(out).size()) / (1 << 20), exportSeconds, exportPeak, importSeconds,
                importPeak, s.counts.value(QStringLiteral("item")),
                s.counts.value(QStringLiteral("annotation")));
    if (written.counts.value(QStringLiteral("annotation")) !=
        s.counts.value(QStringLiteral("annotation")))
        std::printf("       (exported %d annotations)\n",
                    written.counts.value(QStringLiteral("annotation")));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 6 && QLatin1String(argv[1]) == QLatin1String("--child"))
        return runFormat(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), argv[4],
                         QDir(QString::fromLocal8Bit(argv[5])));
    int images = qEnvironmentVariableIntValue("ANNOSTRAAT_BENCH_IMAGES");
    int annotations = qEnvironmentVariableIntValue("ANNOSTRAAT_BENCH_ANNOTATIONS");
    if (argc > 1)
        images = QString::fromLocal8Bit(argv[1]).toInt();
    if (argc > 2)
        annotations = QString::fromLocal8Bit(argv[2]).toInt();
    if (images <= 0)
        images = 100000;
    if (annotations <= 0)
        annotations = images * 10;
    const QString base = qEnvironmentVariable("ANNOSTRAAT_BENCH_DIR");
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-images-XXXXXX")
                                     : base + QStringLiteral("/bench-images-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("cannot make a temporary folder"));

    QElapsedTimer setup;
    setup.start();
    auto store = check(Store::open(dir.filePath(QStringLiteral("source.sqlite"))), "open");
    const Profile lead =
            check(store->addProfile(QStringLiteral("lead"), Role::TeamLead), "profile");
    const QStringList labelNames{QStringLiteral("scheur"), QStringLiteral("gat"),
                                 QStringLiteral("begroeiing"), QStringLiteral("mol"),
                                 QStringLiteral("afval")};
    QJsonArray labels;
    for (const QString &l : labelNames)
        labels << QJsonObject{{QStringLiteral("name"), l},
                              {QStringLiteral("colour"), QStringLiteral("#1f77b4")},
                              {QStringLiteral("kinds"),
                               QJsonArray{QStringLiteral("box"), QStringLiteral("polygon")}}};
    Task task;
    task.name = QStringLiteral("Dijk");
    task.mediaKind = MediaKind::Image;
    task.schema = check(
            Schema::fromJsonObject(QJsonObject{{QStringLiteral("format"), Schema::kFormatVersion},
                                               {QStringLiteral("labels"), labels}},
                                   QStringLiteral("bench")),
            "schema");
    const QByteArray png = basePng();
    const QString imageDir = dir.filePath(QStringLiteral("images"));
    QDir().mkpath(imageDir);
    QList<Item> items;
    for (int i = 0; i < images; ++i) {
        const QString path = writeImage(imageDir, i, png);
        Item item;
        item.kind = MediaKind::Image;
        item.mediaPath = path;
        const QByteArray bytes = png + QByteArray::number(i);
        item.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        item.size = bytes.size();
        item.order = i;
        item.facts.width = kWidth;
        item.facts.height = kHeight;
        items << item;
    }
    task = check(store->createTask(task, items, lead.id), "task");
    items = store->items(task.id);
    std::mt19937 rng(20261130);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    QList<Change> changes;
    changes.reserve(annotations);
    for (int n = 0; n < annotations; ++n) {
        Annotation a;
        a.id = newId();
        a.taskId = task.id;
        a.itemId = items.at(int(qint64(n) * images / annotations)).id;
        a.author = lead.id;
        a.label = labelNames.at(n % labelNames.size());
        const double w = 8 + unit(rng) * 120, h = 8 + unit(rng) * 90;
        const double x = unit(rng) * (kWidth - w), y = unit(rng) * (kHeight - h);
        if (n % 2 == 0) {
            a.kind = AnnotationKind::Box;
            a.value = boxToValue(Box{x, y, w, h});
        } else {
            a.kind = AnnotationKind::Polygon;
            Polyline hexagon;
            for (int k = 0; k < 6; ++k)
                hexagon << QPointF(x + w / 2 + w / 2 * std::cos(k * M_PI / 3),
                                   y + h / 2 + h / 2 * std::sin(k * M_PI / 3));
            a.value = polylineToValue(hexagon);
        }
        Change c = Store::annotationChange(a);
        c.author = lead.id;
        changes << c;
    }
    (void)check(store->record(changes), "annotations");
    changes.clear();

    std::printf("input: %d images (640x480 PNG, %.1f KB each, hard-linked into each dataset), "
                "%d annotations (%.1f per image; half boxes, half 6-point polygons; 5 labels), "
                "seed 20261130; made in %.0f s\n",
                images, png.size() / 1024.0, annotations, double(annotations) / images,
                setup.nsecsElapsed() / 1e9);
    std::printf("import: as a new task from the dataset's images (every image file hashed; "
                "YOLO also reads each image's size from its header)\n");
    std::printf("each format in a process of its own; peak: its highest resident memory during "
                "the step\n");
    std::printf("%-6s %9s %9s %12s %9s %12s %8s %9s\n", "format", "file MB", "export s",
                "export peak", "import s", "import peak", "images", "annots");
    std::fflush(stdout);
    const QString storePath = store->path();
    store.reset();
    const QString program = QCoreApplication::applicationFilePath();
    for (const char *id : {"coco", "yolo"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(program,
                    {QStringLiteral("--child"), storePath, task.id, QLatin1String(id), dir.path()});
        if (!child.waitForFinished(4 * 3600 * 1000) || child.exitCode() != 0)
            die(QStringLiteral("%1 failed").arg(QLatin1String(id)));
    }
    return 0;
}
