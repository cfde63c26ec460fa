// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskbuilder.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace annostraat {

namespace {
// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::TaskBuilder)
};
} // namespace

std::optional<MediaKind> mediaKindForFile(const QString &fileName)
{
    static const QStringList images{QStringLiteral("jpg"), QStringLiteral("jpeg"), QStringLiteral("png"),
                                    QStringLiteral("tif"), QStringLiteral("tiff"), QStringLiteral("bmp"),
                                    QStringLiteral("webp")};
    static const QStringList videos{QStringLiteral("mp4"), QStringLiteral("mov"), QStringLiteral("mkv"),
                                    QStringLiteral("avi"), QStringLiteral("mxf"), QStringLiteral("webm"),
                                    QStringLiteral("ts"), QStringLiteral("m4v")};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (images.contains(suffix))
        return MediaKind::Image;
    if (videos.contains(suffix))
        return MediaKind::Video;
    if (suffix == QLatin1String("txt"))
        return MediaKind::Text;
    return std::nullopt;
}

Result<QString> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("%1: cannot read the file: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return Error(Tr::tr("%1: reading failed: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<TaskDraft> draftTaskFromFolder(const QString &name, const QString &schemaFile,
                                      const QString &mediaDir, const std::function<void(int, int)> &progress)
{
    TaskDraft draft;
    draft.task.name = name.trimmed();
    if (draft.task.name.isEmpty())
        return Error(Tr::tr("the task needs a name"));

    QFile file(schemaFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::tr("%1: cannot read the schema: %2").arg(schemaFile, file.errorString()));
    auto schema = Schema::fromJson(file.readAll(), schemaFile);
    if (!schema)
        return schema.error();
    draft.task.schema = *schema;

    const QFileInfo dirInfo(mediaDir);
    if (!dirInfo.isDir())
        return Error(Tr::tr("%1: is not a folder").arg(mediaDir));
    if (!dirInfo.isReadable())
        return Error(Tr::tr("%1: the folder cannot be read").arg(mediaDir));

    const QString rootPath = dirInfo.absoluteFilePath();
    QSet<QString> readable;
    QDirIterator it(rootPath, QDir::Files | QDir::Readable | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext())
        readable.insert(it.next());
    // Files without read permission are not listed by QDir::Readable: find them to name them.
    QDirIterator all(rootPath, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (all.hasNext()) {
        const QString path = all.next();
        if (!readable.contains(path) && mediaKindForFile(path))
            return Error(Tr::tr("%1: the file cannot be read (permission denied); nothing was created").arg(path));
    }
    QStringList files(readable.begin(), readable.end());
    files.sort();

    const QDir root(rootPath);
    QList<QString> mediaFiles;
    for (const QString &path : files) {
        if (mediaKindForFile(path))
            mediaFiles << path;
        else
            draft.skipped << root.relativeFilePath(path);
    }
    if (mediaFiles.isEmpty())
        return Error(Tr::tr("%1: no media files (images, videos or .txt texts) in this folder").arg(mediaDir));

    QSet<MediaKind> kinds;
    for (qsizetype i = 0; i < mediaFiles.size(); ++i) {
        const QString &path = mediaFiles.at(i);
        auto hash = sha256OfFile(path);
        if (!hash)
            return Error(hash.error().message() + Tr::tr("; nothing was created"));
        Item item;
        item.mediaPath = QFileInfo(path).absoluteFilePath();
        item.sha256 = *hash;
        item.size = QFileInfo(path).size();
        item.kind = *mediaKindForFile(path);
        item.order = int(i);
        kinds.insert(item.kind);
        draft.items << item;
        if (progress)
            progress(int(i + 1), int(mediaFiles.size()));
    }
    draft.task.mediaKind = kinds.size() == 1 ? *kinds.begin() : MediaKind::Mixed;
    return draft;
}

} // namespace annostraat
