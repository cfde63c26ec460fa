// SPDX-License-Identifier: GPL-3.0-or-later
#include "referencedocument.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringDecoder>

#include <algorithm>

namespace annostraat {

namespace {

/// The text of \a bytes without a UTF-8 byte order mark; an error names the first bad line.
Result<QString> decodeUtf8(QByteArray bytes, const QString &file)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(bytes);
    if (!decoder.hasError())
        return text;
    // Find the line: decode line by line until one fails.
    qint64 line = 1;
    for (const QByteArray &part : bytes.split('\n')) {
        QStringDecoder probe(QStringDecoder::Utf8);
        const QString decoded = probe(part); // EncodedData: decodes on conversion
        Q_UNUSED(decoded);
        if (probe.hasError())
            break;
        ++line;
    }
    return Error::at(file, line, ReferenceDocument::msg("the file is not valid UTF-8 text"));
}

Result<void> checkSize(const ReferenceDocument &doc, const QString &file)
{
    const qint64 cells = qint64(doc.rows.size() + 1) * std::max<qsizetype>(doc.header.size(), 1);
    if (cells > ReferenceDocument::kMaxCells)
        return Error::at(file, 0,
                         ReferenceDocument::msg("the table is too large to show (%1 cells, at most %2)")
                                 .arg(cells)
                                 .arg(ReferenceDocument::kMaxCells));
    return {};
}

QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // As JSON writes it: 12 stays "12", 3.5 stays "3.5".
        const QJsonArray one{value};
        const QByteArray json = QJsonDocument(one).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2));
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

/// Rows of objects: columns in the order keys first appear (QJsonObject sorts its keys, so
/// the order is read from the file's own text where it can be: see keyOrder()).
struct RowBuilder
{
    QStringList header;
    QList<QJsonObject> objects;

    void add(const QJsonObject &object, const QStringList &keysInFileOrder)
    {
        for (const QString &key : keysInFileOrder)
            if (object.contains(key) && !header.contains(key))
                header << key;
        for (auto it = object.begin(); it != object.end(); ++it)
            if (!header.contains(it.key()))
                header << it.key();
        objects << object;
    }
};

/// The keys of the JSON object that starts at \a pos of \a text, in file order (QJsonObject
/// keeps them sorted). A light scan: strings are skipped as strings, nesting is counted.
QStringList keyOrder(const QString &text, qsizetype pos)
{
    QStringList keys;
    if (pos < 0 || pos >= text.size() || text.at(pos) != QLatin1Char('{'))
        return keys;
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = pos; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            QString s;
            while (j < text.size() && text.at(j) != QLatin1Char('"')) {
                if (text.at(j) == QLatin1Char('\\') && j + 1 < text.size())
                    ++j;
                s += text.at(j);
                ++j;
            }
            if (depth == 1 && expectKey) {
                // Escapes were kept as their letter; exact keys come from QJsonDocument below.
                keys << s;
                expectKey = false;
            }
            i = j;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            ++depth;
            if (depth == 1)
                expectKey = true;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (--depth == 0)
                break;
        } else if (c == QLatin1Char(',') && depth == 1) {
            expectKey = true;
        }
    }
    return keys;
}

/// Where each element of the top-level array or object of \a text starts (its first
/// character after white space and, for an object, after "key":).
QList<qsizetype> elementStarts(const QString &text)
{
    QList<qsizetype> starts;
    qsizetype i = 0;
    while (i < text.size() && text.at(i).isSpace())
        ++i;
    if (i >= text.size())
        return starts;
    const bool object = text.at(i) == QLatin1Char('{');
    int depth = 0;
    bool waiting = false; // for the next element's first character
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (waiting && !c.isSpace() && !(object && c == QLatin1Char(':'))) {
            if (object && depth == 1 && c == QLatin1Char('"')) {
                // The key: skip it, the value comes after the colon.
                qsizetype j = i + 1;
                while (j < text.size() && text.at(j) != QLatin1Char('"'))
                    j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
                i = j;
                continue;
            }
            starts << i;
            waiting = false;
        }
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < text.size() && text.at(j) != QLatin1Char('"'))
                j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
            i = j;
        } else if (c == QLatin1Char('{') || c == QLatin1Char('[')) {
            if (++depth == 1)
                waiting = true;
        } else if (c == QLatin1Char('}') || c == QLatin1Char(']')) {
            if (--depth == 0)
                break;
        } else if (c == QLatin1Char(',') && depth == 1) {
            waiting = true;
        }
    }
    return starts;
}

qint64 lineOf(const QString &text, qsizetype offset)
{
    return 1 + text.left(offset).count(QLatin1Char('\n'));
}

} // namespace

QString ReferenceDocument::textFileFor(const QString &fileName)
{
    const QString lower = fileName.toLower();
    for (const char *suffix : {".ref.csv", ".ref.json", ".ref.txt"}) {
        const qsizetype n = qsizetype(qstrlen(suffix));
        if (lower.endsWith(QLatin1String(suffix)) && fileName.size() > n)
            return fileName.left(fileName.size() - n) + QStringLiteral(".txt");
    }
    return {};
}

Result<ReferenceDocument> ReferenceDocument::read(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Error::at(path, 0, msg("the file is not there"), Error::Fault::Access);
    if (info.size() > kMaxBytes)
        return Error::at(path, 0,
                         msg("the file is too large to show (%1 MB, at most %2 MB)")
                                 .arg(QString::number(double(info.size()) / (1024 * 1024), 'f', 1))
                                 .arg(kMaxBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::at(path, 0, msg("cannot read the file: %1").arg(file.errorString()),
                         Error::Fault::Access);
    const QByteArray bytes = file.readAll();
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return parseCsv(bytes, path);
    if (suffix == QLatin1String("json"))
        return parseJson(bytes, path);
    if (suffix == QLatin1String("txt"))
        return parseText(bytes, path);
    return Error::at(path, 0, msg("a reference document must be a .csv, .json or .txt file"));
}

Result<ReferenceDocument> ReferenceDocument::parseText(const QByteArray &bytes, const QString &file)
{
    auto text = decodeUtf8(bytes, file);
    if (!text)
        return text.error();
    ReferenceDocument doc;
    doc.kind = Kind::Text;
    doc.text = *text;
    return doc;
}

Result<ReferenceDocument> ReferenceDocument::parseCsv(const QByteArray &bytes, const QString &file)
{
    auto decoded = decodeUtf8(bytes, file);
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;

    // The separator: whichever of , and ; the first line holds more often outside quotes.
    QChar separator = QLatin1Char(',');
    {
        int commas = 0, semicolons = 0;
        bool quoted = false;
        for (const QChar c : text) {
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
                break;
            else if (!quoted && c == QLatin1Char(','))
                ++commas;
            else if (!quoted && c == QLatin1Char(';'))
                ++semicolons;
        }
        if (semicolons > commas)
            separator = QLatin1Char(';');
    }

    QList<QStringList> records;
    QList<qint64> recordLines; // where each record starts
    QStringList record;
    QString cell;
    qint64 line = 1;
    qint64 recordLine = 1;
    bool recordHasContent = false;
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto endRecord = [&] {
        record << cell;
        cell.clear();
        // A line with nothing at all on it is no record (a blank line at the end, say).
        if (recordHasContent || record.size() > 1) {
            records << record;
            recordLines << recordLine;
        }
        record.clear();
        recordHasContent = false;
    };
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"') && cell.isEmpty()) {
            // A quoted field: up to the quote that is not doubled.
            const qint64 opened = line;
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar q = text.at(i);
                if (q == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        cell += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (q == QLatin1Char('\n'))
                    ++line;
                cell += q;
                ++i;
            }
            if (!closed)
                return Error::at(file, opened, msg("a quoted field is not closed"));
            recordHasContent = true;
            // After the closing quote only a separator or the line's end may follow.
            if (i < n && text.at(i) != separator && text.at(i) != QLatin1Char('\n') &&
                text.at(i) != QLatin1Char('\r'))
                return Error::at(file, line,
                                 msg("after a closing quote comes \"%1\" instead of the separator "
                                     "\"%2\" or the line's end")
                                         .arg(QString(text.at(i)), QString(separator)));
            continue;
        }
        if (c == separator) {
            record << cell;
            cell.clear();
            recordHasContent = true;
            ++i;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            endRecord();
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            ++i;
            ++line;
            recordLine = line;
            continue;
        }
        if (c == QLatin1Char('"'))
            return Error::at(file, line,
                             msg("a quote inside a field that does not start with one (write the "
                                 "whole field in quotes and the quote twice)"));
        cell += c;
        recordHasContent = true;
        ++i;
        if (qint64(records.size()) * std::max<qsizetype>(record.size(), 1) > kMaxCells)
            break; // checkSize() below says so
    }
    if (!cell.isEmpty() || !record.isEmpty() || recordHasContent)
        endRecord();

    if (records.isEmpty())
        return Error::at(file, 0, msg("the table is empty: it needs a header line"));
    ReferenceDocument doc;
    doc.kind = Kind::Table;
    doc.header = records.takeFirst();
    recordLines.removeFirst();
    for (qsizetype r = 0; r < records.size(); ++r) {
        if (records.at(r).size() != doc.header.size())
            return Error::at(file, recordLines.at(r),
                             msg("this line has %1 cells, the header has %2")
                                     .arg(records.at(r).size())
                                     .arg(doc.header.size()));
    }
    doc.rows = std::move(records);
    if (auto ok = checkSize(doc, file); !ok)
        return ok.error();
    return doc;
}

Result<ReferenceDocument> ReferenceDocument::parseJson(const QByteArray &bytes, const QString &file)
{
    auto decoded = decodeUtf8(bytes, file);
    if (!decoded)
        return decoded.error();
    const QString &text = *decoded;
    const QByteArray utf8 = text.toUtf8(); // without the byte order mark
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qint64 line = 1 + utf8.left(parseError.offset).count('\n');
        return Error::at(file, line,
                         msg("not valid JSON: %1").arg(parseError.errorString()));
    }
    const QList<qsizetype> starts = elementStarts(text);
    const auto elementLine = [&](qsizetype index) {
        return index < starts.size() ? lineOf(text, starts.at(index)) : qint64(0);
    };
    ReferenceDocument doc;
    doc.kind = Kind::Table;
    if (json.isArray()) {
        const QJsonArray array = json.array();
        RowBuilder rows;
        for (qsizetype i = 0; i < array.size(); ++i) {
            if (!array.at(i).isObject())
                return Error::at(file, elementLine(i),
                                 msg("entry %1 of the array is not an object; a table in JSON is "
                                     "an array of objects, an object of arrays or an object of "
                                     "objects")
                                         .arg(i + 1));
            rows.add(array.at(i).toObject(),
                     keyOrder(text, i < starts.size() ? starts.at(i) : -1));
        }
        doc.header = rows.header;
        for (const QJsonObject &object : std::as_const(rows.objects)) {
            QStringList row;
            for (const QString &key : std::as_const(doc.header))
                row << cellText(object.value(key));
            doc.rows << row;
        }
    } else if (json.isObject()) {
        const QJsonObject object = json.object();
        // The keys in file order (QJsonObject sorts them).
        qsizetype first = 0;
        while (first < text.size() && text.at(first).isSpace())
            ++first;
        QStringList keys = keyOrder(text, first);
        if (keys.size() != object.size() ||
            !std::all_of(keys.cbegin(), keys.cend(),
                         [&](const QString &key) { return object.contains(key); }))
            keys = object.keys(); // escapes in a key: sorted rather than wrong
        bool allArrays = true, allObjects = true;
        for (const QString &key : std::as_const(keys)) {
            allArrays = allArrays && object.value(key).isArray();
            allObjects = allObjects && object.value(key).isObject();
        }
        if (object.isEmpty() || (!allArrays && !allObjects)) {
            return Error::at(file, 1,
                             msg("a table in JSON is an array of objects, an object of arrays "
                                 "(one per column) or an object of objects (one per row)"));
        }
        if (allArrays) {
            doc.header = keys;
            qsizetype length = object.value(keys.first()).toArray().size();
            for (qsizetype k = 0; k < keys.size(); ++k) {
                const qsizetype n = object.value(keys.at(k)).toArray().size();
                if (n != length)
                    return Error::at(file, elementLine(k),
                                     msg("column \"%1\" has %2 values, column \"%3\" has %4")
                                             .arg(keys.at(k))
                                             .arg(n)
                                             .arg(keys.first())
                                             .arg(length));
            }
            for (qsizetype r = 0; r < length; ++r) {
                QStringList row;
                for (const QString &key : std::as_const(keys))
                    row << cellText(object.value(key).toArray().at(r));
                doc.rows << row;
            }
        } else {
            RowBuilder rows;
            for (qsizetype k = 0; k < keys.size(); ++k)
                rows.add(object.value(keys.at(k)).toObject(),
                         keyOrder(text, k < starts.size() ? starts.at(k) : -1));
            doc.header = QStringList{QString()} + rows.header;
            for (qsizetype k = 0; k < keys.size(); ++k) {
                QStringList row{keys.at(k)};
                for (const QString &key : std::as_const(rows.header))
                    row << cellText(rows.objects.at(k).value(key));
                doc.rows << row;
            }
        }
    } else {
        return Error::at(file, 1,
                         msg("a table in JSON is an array of objects, an object of arrays "
                             "(one per column) or an object of objects (one per row)"));
    }
    if (auto ok = checkSize(doc, file); !ok)
        return ok.error();
    return doc;
}

} // namespace annostraat
