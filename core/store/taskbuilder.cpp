// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskbuilder.h"

#include "media/imagesource.h"
#include "media/referencedocument.h"
#include "media/videosource.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>
#include <QHash>
#include <QSet>

#include <map>

namespace annostraat {

namespace {
// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::TaskBuilder)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::TaskBuilder)
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
        return Error(Tr::msg("%1: cannot read the file: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(block.data(), block.size());
        if (n < 0)
            return Error(Tr::msg("%1: reading failed: %2").arg(path, file.errorString()));
        if (n == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), n));
    }
    return QString::fromLatin1(hash.result().toHex());
}

MediaFacts mediaFactsOf(const QString &path, MediaKind kind)
{
    MediaFacts facts;
    if (kind == MediaKind::Image) {
        QImageReader reader(path);
        reader.setAutoTransform(true);
        QSize size = reader.size();
        // The header's size is before the EXIF orientation; a quarter turn swaps the sides.
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            size.transpose();
        if (!size.isValid()) {
            // A raster Qt has no reader for (a BigTIFF, JPEG 2000) may be one GDAL reads.
            if (auto info = ImageSource::probe(path))
                size = info->size;
        }
        if (size.isValid()) {
            facts.width = size.width();
            facts.height = size.height();
        }
    } else if (kind == MediaKind::Video) {
        // The packet index (cached, so the editor's first open of the item is quick too).
        if (auto info = probeVideo(path)) {
            facts.width = info->width;
            facts.height = info->height;
            facts.durationMs = info->durationMs;
            if (info->rate.isValid()) {
                facts.frameRateNumerator = info->rate.num;
                facts.frameRateDenominator = info->rate.den;
            }
            // Only a label the facts accept (FFmpeg passes the file's tag on as it is).
            if (isTimecodeLabel(info->startTimecode))
                facts.startTimecode = info->startTimecode;
            facts.frameCount = info->frameCount;
        }
    }
    return facts;
}

namespace {

/// Reads and checks the schema of a new task named \a name (its media kind is set later).
Result<TaskDraft> startDraft(const QString &name, const QString &schemaFile)
{
    TaskDraft draft;
    draft.task.name = name.trimmed();
    if (draft.task.name.isEmpty())
        return Error(Tr::msg("the task needs a name"));
    QFile file(schemaFile);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Tr::msg("%1: cannot read the schema: %2").arg(schemaFile, file.errorString()));
    auto schema = Schema::fromJson(file.readAll(), schemaFile);
    if (!schema)
        return schema.error();
    draft.task.schema = *schema;
    return draft;
}

/// Hashes the files of \a pairs (A, B) into image-pair items of \a draft.
Result<TaskDraft> finishPairs(TaskDraft draft, const QList<std::pair<QString, QString>> &pairs,
                              const std::function<void(int, int)> &progress)
{
    draft.task.mediaKind = MediaKind::ImagePair;
    for (qsizetype i = 0; i < pairs.size(); ++i) {
        const auto &[a, b] = pairs.at(i);
        auto hashA = sha256OfFile(a);
        if (!hashA)
            return Error(Message::pattern(QStringLiteral("%1%2")).arg(hashA.error().what(), Tr::msg("; nothing was created")), hashA.error().fault());
        auto hashB = sha256OfFile(b);
        if (!hashB)
            return Error(Message::pattern(QStringLiteral("%1%2")).arg(hashB.error().what(), Tr::msg("; nothing was created")), hashB.error().fault());
        Item item;
        item.mediaPath = QFileInfo(a).absoluteFilePath();
        item.sha256 = *hashA;
        item.size = QFileInfo(a).size();
        item.kind = MediaKind::ImagePair;
        item.order = int(i);
        item.facts = mediaFactsOf(a, MediaKind::Image);
        item.extraMedia << ItemMedium{QStringLiteral("B"), QFileInfo(b).absoluteFilePath(), *hashB,
                                      QFileInfo(b).size(), mediaFactsOf(b, MediaKind::Image)};
        draft.items << item;
        if (progress)
            progress(int(i + 1), int(pairs.size()));
    }
    return draft;
}

/// \a started (name and schema) with the items, skipped files and media kind of \a items.
TaskDraft withItems(TaskDraft started, TaskDraft items)
{
    started.items = std::move(items.items);
    started.skipped = std::move(items.skipped);
    started.task.mediaKind = items.task.mediaKind;
    return started;
}

} // namespace

Result<TaskDraft> draftPairTaskFromFolder(const QString &name, const QString &schemaFile,
                                          const QString &mediaDir, const std::function<void(int, int)> &progress)
{
    auto draft = startDraft(name, schemaFile);
    if (!draft)
        return draft;
    auto items = draftPairItemsFromFolder(mediaDir, progress);
    if (!items)
        return items;
    return withItems(std::move(*draft), std::move(*items));
}

Result<TaskDraft> draftPairItemsFromFolder(const QString &mediaDir, const std::function<void(int, int)> &progress)
{
    TaskDraft draft;
    const QFileInfo dirInfo(mediaDir);
    if (!dirInfo.isDir())
        return Error(Tr::msg("%1: is not a folder").arg(mediaDir));
    // NAME_A.jpg and NAME_B.png make a pair; the letter may be lower case.
    static const QRegularExpression pattern(QStringLiteral("^(.+)_([AaBb])\\.[^.]+$"));
    std::map<QString, std::pair<QString, QString>> byName;
    const QFileInfoList files = QDir(dirInfo.absoluteFilePath()).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        if (mediaKindForFile(file.fileName()) != MediaKind::Image) {
            draft.skipped << file.fileName();
            continue;
        }
        const auto m = pattern.match(file.fileName());
        if (!m.hasMatch())
            return Error(Tr::msg("%1: an image in a pair folder must be named NAME_A or NAME_B; nothing was created")
                                 .arg(file.filePath()));
        auto &pair = byName[m.captured(1)];
        QString &slot = m.captured(2).compare(QLatin1String("A"), Qt::CaseInsensitive) == 0 ? pair.first : pair.second;
        if (!slot.isEmpty())
            return Error(Tr::msg("%1: \"%2\" has two files for the same side; nothing was created")
                                 .arg(file.filePath(), m.captured(1)));
        slot = file.absoluteFilePath();
    }
    QList<std::pair<QString, QString>> pairs;
    for (const auto &[base, pair] : byName) {
        if (pair.first.isEmpty() || pair.second.isEmpty())
            return Error(Tr::msg("%1: has no partner (%2_A and %2_B belong together); nothing was created")
                                 .arg(pair.first.isEmpty() ? pair.second : pair.first, base));
        pairs << pair;
    }
    if (pairs.isEmpty())
        return Error(Tr::msg("%1: no image pairs (NAME_A and NAME_B) in this folder").arg(mediaDir));
    return finishPairs(std::move(draft), pairs, progress);
}

Result<TaskDraft> draftPairTaskFromCsv(const QString &name, const QString &schemaFile, const QString &csvFile,
                                       const std::function<void(int, int)> &progress)
{
    auto draft = startDraft(name, schemaFile);
    if (!draft)
        return draft;
    QFile csv(csvFile);
    if (!csv.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error(Tr::msg("%1: cannot read the file: %2").arg(csvFile, csv.errorString()));
    const QDir base = QFileInfo(csvFile).absoluteDir();
    QList<std::pair<QString, QString>> pairs;
    int lineNumber = 0;
    while (!csv.atEnd()) {
        ++lineNumber;
        const QString line = QString::fromUtf8(csv.readLine()).trimmed();
        if (line.isEmpty())
            continue;
        QStringList cells = line.split(QLatin1Char(','));
        for (QString &cell : cells) {
            cell = cell.trimmed();
            if (cell.size() >= 2 && cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"')))
                cell = cell.mid(1, cell.size() - 2);
        }
        if (lineNumber == 1 && cells.size() == 2 && cells.at(0).compare(QLatin1String("a"), Qt::CaseInsensitive) == 0
            && cells.at(1).compare(QLatin1String("b"), Qt::CaseInsensitive) == 0)
            continue; // the header
        if (cells.size() != 2 || cells.at(0).isEmpty() || cells.at(1).isEmpty())
            return Error::at(csvFile, lineNumber, Tr::msg("a line must hold two files, A and B, separated by a comma"));
        std::pair<QString, QString> pair{base.absoluteFilePath(cells.at(0)), base.absoluteFilePath(cells.at(1))};
        for (const QString &file : {pair.first, pair.second}) {
            if (!QFileInfo(file).isFile())
                return Error::at(csvFile, lineNumber, Tr::msg("%1: no such file").arg(file));
            if (mediaKindForFile(file) != MediaKind::Image)
                return Error::at(csvFile, lineNumber, Tr::msg("%1: not an image").arg(file));
        }
        pairs << pair;
    }
    if (pairs.isEmpty())
        return Error(Tr::msg("%1: lists no pairs").arg(csvFile));
    return finishPairs(std::move(*draft), pairs, progress);
}

Result<TaskDraft> draftTaskFromFolder(const QString &name, const QString &schemaFile,
                                      const QString &mediaDir, const std::function<void(int, int)> &progress)
{
    auto started = startDraft(name, schemaFile);
    if (!started)
        return started;
    auto items = draftItemsFromFolder(mediaDir, progress);
    if (!items)
        return items;
    return withItems(std::move(*started), std::move(*items));
}

Result<TaskDraft> draftItemsFromFolder(const QString &mediaDir, const std::function<void(int, int)> &progress)
{
    TaskDraft draft;
    const QFileInfo dirInfo(mediaDir);
    if (!dirInfo.isDir())
        return Error(Tr::msg("%1: is not a folder").arg(mediaDir));
    if (!dirInfo.isReadable())
        return Error(Tr::msg("%1: the folder cannot be read").arg(mediaDir));

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
            return Error(Tr::msg("%1: the file cannot be read (permission denied); nothing was created").arg(path));
    }
    QStringList files(readable.begin(), readable.end());
    files.sort();

    const QDir root(rootPath);
    // NAME.ref.csv, NAME.ref.json and NAME.ref.txt are the reference documents of NAME.txt
    // (docs/text.md): not items of their own. One without its text is refused.
    const QSet<QString> fileSet(files.begin(), files.end());
    QHash<QString, QString> references; // text path -> reference path
    for (const QString &path : std::as_const(files)) {
        const QString textName = ReferenceDocument::textFileFor(QFileInfo(path).fileName());
        if (textName.isEmpty())
            continue;
        const QString textPath = QFileInfo(path).dir().filePath(textName);
        if (!fileSet.contains(textPath))
            return Error(Tr::msg("%1: a reference document without its text (%2 is not in the "
                                 "folder); nothing was created")
                                 .arg(path, textName));
        if (references.contains(textPath))
            return Error(Tr::msg("%1: %2 has a reference document already (%3); nothing was created")
                                 .arg(path, textName, QFileInfo(references.value(textPath)).fileName()));
        auto readable = ReferenceDocument::read(path);
        if (!readable)
            return Error(Message::pattern(QStringLiteral("%1%2")).arg(readable.error().what(), Tr::msg("; nothing was created")), readable.error().fault());
        references.insert(textPath, path);
    }
    QList<QString> mediaFiles;
    for (const QString &path : files) {
        if (!ReferenceDocument::textFileFor(QFileInfo(path).fileName()).isEmpty())
            continue;
        if (mediaKindForFile(path))
            mediaFiles << path;
        else
            draft.skipped << root.relativeFilePath(path);
    }
    if (mediaFiles.isEmpty())
        return Error(Tr::msg("%1: no media files (images, videos or .txt texts) in this folder").arg(mediaDir));

    QSet<MediaKind> kinds;
    for (qsizetype i = 0; i < mediaFiles.size(); ++i) {
        const QString &path = mediaFiles.at(i);
        auto hash = sha256OfFile(path);
        if (!hash)
            return Error(Message::pattern(QStringLiteral("%1%2")).arg(hash.error().what(), Tr::msg("; nothing was created")), hash.error().fault());
        Item item;
        item.mediaPath = QFileInfo(path).absoluteFilePath();
        item.sha256 = *hash;
        item.size = QFileInfo(path).size();
        item.kind = *mediaKindForFile(path);
        item.order = int(i);
        item.facts = mediaFactsOf(path, item.kind);
        if (const QString reference = references.value(path); !reference.isEmpty()) {
            auto referenceHash = sha256OfFile(reference);
            if (!referenceHash)
                return Error(Message::pattern(QStringLiteral("%1%2")).arg(referenceHash.error().what(), Tr::msg("; nothing was created")), referenceHash.error().fault());
            item.extraMedia << ItemMedium{ReferenceDocument::role(), QFileInfo(reference).absoluteFilePath(),
                                          *referenceHash, QFileInfo(reference).size(), {}};
        }
        kinds.insert(item.kind);
        draft.items << item;
        if (progress)
            progress(int(i + 1), int(mediaFiles.size()));
    }
    draft.task.mediaKind = kinds.size() == 1 ? *kinds.begin() : MediaKind::Mixed;
    return draft;
}

} // namespace annostraat
