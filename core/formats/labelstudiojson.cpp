// SPDX-License-Identifier: GPL-3.0-or-later
#include "labelstudiojson.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

/// The line (1-based) where each element of the root array begins (the text is valid JSON).
QList<qint64> rootElementLines(const QByteArray &json)
{
    QList<qint64> lines;
    int depth = 0;
    bool inString = false, escaped = false, expect = false;
    qint64 line = 1;
    for (const char c : json) {
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (expect && c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != ']') {
            lines << line;
            expect = false;
        }
        if (c == '"')
            inString = true;
        else if (c == '[' || c == '{')
            expect = (++depth == 1 && c == '[');
        else if (c == ']' || c == '}')
            --depth;
        else if (c == ',' && depth == 1)
            expect = true;
    }
    return lines;
}

} // namespace

Result<LabelStudioTasks> readLabelStudioTasks(QIODevice &in, const QString &fileName)
{
    if (in.size() > kLabelStudioMaxBytes)
        return Error::at(fileName, 1,
                         Tr::msg("the file is %1 MB; a Label Studio file is read whole, and at "
                                 "most %2 MB can be")
                                 .arg(in.size() >> 20)
                                 .arg(kLabelStudioMaxBytes >> 20));
    const QByteArray bytes = in.readAll();
    QJsonParseError parsed;
    const QJsonDocument json = QJsonDocument::fromJson(bytes, &parsed);
    if (parsed.error != QJsonParseError::NoError)
        return Error::at(fileName, lineOfOffset(bytes, parsed.offset),
                         Tr::msg("not valid JSON (%1, at character %2); is the file complete?")
                                 .arg(parsed.errorString())
                                 .arg(parsed.offset + 1));
    if (!json.isArray())
        return Error::at(fileName, 1, Tr::msg("a Label Studio export is a JSON array of tasks"));
    return LabelStudioTasks{json.array(), rootElementLines(bytes)};
}

bool isWholeNumber(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble() && v.toDouble() >= 0 &&
           v.toDouble() < 9e15;
}

Result<QString> labelStudioLayer(const QJsonValue &completedBy)
{
    QJsonValue user = completedBy;
    if (user.isObject())
        user = user.toObject().value(QStringLiteral("id"));
    if (isWholeNumber(user))
        return kLabelStudioLayerPrefix + QString::number(qint64(user.toDouble()));
    if (!user.isUndefined() && !user.isNull())
        return Error(Tr::msg("\"completed_by\" is not a user number"));
    return QString();
}

QHash<QString, int> labelStudioUserNumbers(const QStringList &layers)
{
    static const QRegularExpression kLs(QStringLiteral("^ls-(\\d{1,9})$"));
    QHash<QString, int> numbers;
    int highest = 0;
    for (const QString &layer : layers)
        if (const auto m = kLs.match(layer); m.hasMatch()) {
            numbers.insert(layer, m.captured(1).toInt());
            highest = std::max(highest, m.captured(1).toInt());
        }
    for (const QString &layer : layers)
        if (!numbers.contains(layer))
            numbers.insert(layer, ++highest);
    return numbers;
}

} // namespace annostraat
