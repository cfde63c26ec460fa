// SPDX-License-Identifier: GPL-3.0-or-later
#include "instructionpictures.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QRegularExpression>
#include <QUrl>

#include <functional>

namespace annostraat {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::InstructionPictures)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::InstructionPictures)
};

/// `![alt](destination "title")`: the alt text may hold escaped brackets, the destination is
/// `<…>` or has no spaces, the title is optional (CommonMark's inline image).
const QRegularExpression &imagePattern()
{
    static const QRegularExpression pattern(QStringLiteral(
            R"re(!\[((?:[^\]\\\n]|\\.)*)\]\(\s*(<[^>\n]*>|[^\s()]+)((?:\s+(?:"[^"\n]*"|'[^'\n]*'))?)\s*\))re"));
    return pattern;
}

/// The local file a picture's destination names, or empty for a web address or a data: URL.
QString localFile(QString destination, const QString &folder)
{
    if (destination.startsWith(QLatin1Char('<')))
        destination = destination.mid(1, destination.size() - 2);
    destination = QUrl::fromPercentEncoding(destination.toUtf8());
    if (destination.isEmpty())
        return {};
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]+):"));
    if (const auto m = scheme.match(destination); m.hasMatch()) {
        if (m.captured(1).compare(QLatin1String("file"), Qt::CaseInsensitive) != 0)
            return {}; // http:, data:, …: not a file on this PC
        destination = QUrl(destination).toLocalFile();
    }
    return QDir::cleanPath(QDir(folder).absoluteFilePath(destination));
}

/// Calls \a visit for each picture outside fenced code blocks, in order; \a visit gives the text
/// that replaces the match (or the match itself to keep it), or an error that stops the walk.
Result<QString> rewritePictures(const QString &markdown,
                                const std::function<Result<QString>(const QRegularExpressionMatch &)> &visit)
{
    QString out;
    out.reserve(markdown.size());
    bool inFence = false;
    QString fence;
    const QStringList lines = markdown.split(QLatin1Char('\n'));
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString &line = lines.at(n);
        const QString trimmed = line.trimmed();
        const bool fenceLine = trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~"));
        if (fenceLine && (!inFence || trimmed.startsWith(fence))) {
            inFence = !inFence;
            fence = trimmed.left(3);
        }
        if (inFence || fenceLine) {
            out += line;
        } else {
            qsizetype from = 0;
            auto it = imagePattern().globalMatch(line);
            while (it.hasNext()) {
                const auto m = it.next();
                out += QStringView(line).mid(from, m.capturedStart() - from);
                auto replaced = visit(m);
                if (!replaced)
                    return replaced.error();
                out += *replaced;
                from = m.capturedEnd();
            }
            out += QStringView(line).mid(from);
        }
        if (n + 1 < lines.size())
            out += QLatin1Char('\n');
    }
    return out;
}

Result<QString> dataUrl(const QString &path)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    if (!QFileInfo(path).isFile())
        return Error(Tr::msg("%1: the picture in the instructions is not there").arg(path));
    if (!reader.canRead())
        return Error(Tr::msg("%1: the picture in the instructions cannot be read as an image (%2)")
                             .arg(path, reader.errorString()));
    const QByteArray format = reader.format().toLower();
    const QSize size = reader.size();
    const bool small = size.isValid() && qMax(size.width(), size.height()) <= instructionpictures::kMaxSide
                    && QFileInfo(path).size() <= instructionpictures::kMaxBytes;
    const QByteArray mime = format == "png" ? QByteArray("image/png")
                          : format == "jpeg" || format == "jpg" ? QByteArray("image/jpeg")
                          : format == "gif" ? QByteArray("image/gif")
                                            : QByteArray();
    QByteArray bytes;
    QByteArray type = mime;
    if (small && !mime.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(Tr::msg("%1: the picture in the instructions cannot be read: %2").arg(path, file.errorString()));
        bytes = file.readAll();
    } else {
        QImage image = reader.read();
        if (image.isNull())
            return Error(Tr::msg("%1: the picture in the instructions cannot be read as an image (%2)")
                                 .arg(path, reader.errorString()));
        if (qMax(image.width(), image.height()) > instructionpictures::kMaxSide)
            image = image.scaled(instructionpictures::kMaxSide, instructionpictures::kMaxSide, Qt::KeepAspectRatio,
                                 Qt::SmoothTransformation);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const bool alpha = image.hasAlphaChannel();
        type = alpha ? QByteArray("image/png") : QByteArray("image/jpeg");
        if (!image.save(&buffer, alpha ? "PNG" : "JPEG", alpha ? -1 : 88))
            return Error(Tr::msg("%1: the picture in the instructions could not be encoded").arg(path));
    }
    return QStringLiteral("data:%1;base64,%2").arg(QString::fromLatin1(type), QString::fromLatin1(bytes.toBase64()));
}

} // namespace

QStringList instructionPictureFiles(const QString &markdown, const QString &folder)
{
    QStringList files;
    (void)rewritePictures(markdown, [&](const QRegularExpressionMatch &m) -> Result<QString> {
        if (const QString file = localFile(m.captured(2), folder); !file.isEmpty() && !files.contains(file))
            files << file;
        return m.captured(0);
    });
    return files;
}

Result<QString> embedInstructionPictures(const QString &markdown, const QString &folder)
{
    QHash<QString, QString> done; // one picture used twice is read once
    return rewritePictures(markdown, [&](const QRegularExpressionMatch &m) -> Result<QString> {
        const QString file = localFile(m.captured(2), folder);
        if (file.isEmpty())
            return m.captured(0);
        if (!done.contains(file)) {
            auto url = dataUrl(file);
            if (!url)
                return url.error();
            done.insert(file, *url);
        }
        return QStringLiteral("![%1](%2%3)").arg(m.captured(1), done.value(file), m.captured(3));
    });
}

} // namespace annostraat
