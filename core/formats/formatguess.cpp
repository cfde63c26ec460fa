// SPDX-License-Identifier: GPL-3.0-or-later
#include "formatguess.h"

#include "jsonlines.h"
#include "registry.h"

#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QRegularExpression>

namespace annostraat {

namespace {

/// The first 64 KiB of \a path: enough to see a JSON file's first keys without reading a
/// 2 GB COCO file.
QByteArray head(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.read(64 * 1024);
}

/// For .json files: which of the candidates the file's first keys point at.
QString jsonFlavour(const QByteArray &bytes)
{
    const QByteArray start = bytes.trimmed();
    auto has = [&](const char *key) { return bytes.contains(QByteArray("\"") + key + "\""); };
    if (start.startsWith('[')) {
        // Label Studio: a list of tasks, each with "data" holding the image (a path or URL,
        // perhaps after other fields of its own) or the text.
        static const QRegularExpression image(QStringLiteral(R"("image"\s*:\s*")"));
        if (has("data") && image.match(QString::fromUtf8(bytes)).hasMatch())
            return QStringLiteral("labelstudio-images");
        if (has("data"))
            return QStringLiteral("labelstudio-text");
        return {};
    }
    if (has("shapes") && has("imagePath"))
        return QStringLiteral("labelme");
    if (has("images") || has("categories") || has("annotations"))
        return QStringLiteral("coco");
    return {};
}

} // namespace

const Format *guessImportFormat(const FormatRegistry &registry, const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    const QString name = info.fileName().toLower();
    // Formats that are a folder of files are imported from one file of it (docs/formats.md).
    if (suffix == QLatin1String("ann")) // brat's pair: the .ann beside its .txt
        return registry.find(QStringLiteral("brat"));
    if (name == QLatin1String("obj.data") || name == QLatin1String("data.yaml") ||
        name == QLatin1String("classes.txt"))
        return registry.find(QStringLiteral("yolo"));
    if (suffix == QLatin1String("txt") &&
        QFileInfo(info.absolutePath()).fileName() == QLatin1String("Main"))
        return registry.find(QStringLiteral("voc")); // ImageSets/Main/<subset>.txt
    if (suffix == QLatin1String("xml")) {
        const QByteArray bytes = head(path);
        if (bytes.contains("<annotations"))
            return registry.find(QStringLiteral("cvat-images"));
        if (bytes.contains("<annotation"))
            return registry.find(QStringLiteral("voc"));
    }
    QList<const Format *> candidates;
    for (const Format &f : registry.formats())
        if (f.canImport() && f.extension.compare(suffix, Qt::CaseInsensitive) == 0)
            candidates << &f;
    if (suffix == QLatin1String("json")) // labelme writes a .zip but reads its .json files
        if (const Format *labelme = registry.find(QStringLiteral("labelme")))
            candidates << labelme;
    if (suffix == QLatin1String("json")) {
        const QString id = jsonFlavour(head(path));
        for (const Format *f : std::as_const(candidates))
            if (f->id == id)
                return f;
    }
    if (suffix == QLatin1String("jsonl")) {
        // Our own dump starts with its header line; doccano's lines are documents.
        const QByteArray bytes = head(path);
        const bool ours = bytes.left(bytes.indexOf('\n'))
                                  .contains(QByteArray("\"format\":\"") + kJsonLinesFormatName);
        for (const Format *f : std::as_const(candidates))
            if ((f->id == QLatin1String("jsonl")) == ours)
                return f;
    }
    // Several formats share the extension and nothing above decided (a .zip, which only
    // our exports are, or JSON of another kind): no guess, rather than a wrong one.
    return candidates.size() == 1 ? candidates.first() : nullptr;
}

} // namespace annostraat
