// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagetestutil.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>
#include <zip.h>

#include <cmath>

namespace annostraat::test {

namespace {

QJsonValue rounded(const QJsonValue &v)
{
    if (v.isDouble())
        return std::round(v.toDouble() * 1000) / 1000;
    if (v.isArray()) {
        QJsonArray out;
        for (const QJsonValue &e : v.toArray())
            out << rounded(e);
        return out;
    }
    if (v.isObject()) {
        QJsonObject out;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            out.insert(it.key(), rounded(it.value()));
        return out;
    }
    return v;
}

} // namespace

QString fixture(const QString &relative)
{
    const QString path = QDir(QStringLiteral(ANNOSTRAAT_FIXTURES)).filePath(relative);
    INFO("fixture " << path.toStdString());
    REQUIRE(QFileInfo::exists(path));
    return path;
}

void copyFolder(const QString &from, const QString &to)
{
    REQUIRE(QDir().mkpath(to));
    QDirIterator it(from, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(file));
        REQUIRE(QDir().mkpath(QFileInfo(target).absolutePath()));
        REQUIRE(QFile::copy(file, target));
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
}

const Format &imageFormat(const char *id)
{
    const Format *f = FormatRegistry::builtin().find(QString::fromUtf8(id));
    REQUIRE(f);
    return *f;
}

ImportSummary importOk(const Format &format, Store &store, const QString &path,
                       const ImportOptions &options)
{
    auto imported = importFromFile(format, store, path, options);
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    return *imported;
}

QStringList shapeLines(const Store &store, const QString &taskId, const QString &layer)
{
    QHash<QString, QString> names;
    for (const Item &item : store.items(taskId))
        names.insert(item.id, QFileInfo(item.mediaPath).fileName());
    QStringList lines;
    for (const Annotation &a : store.taskAnnotations(taskId)) {
        if (!layer.isEmpty() && a.author != layer)
            continue;
        lines << QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(names.value(a.itemId), toId(a.kind), a.label,
                              QString::fromUtf8(QJsonDocument(rounded(a.value).toObject())
                                                        .toJson(QJsonDocument::Compact)),
                              QString::fromUtf8(QJsonDocument(rounded(a.attributes).toObject())
                                                        .toJson(QJsonDocument::Compact)));
    }
    lines.sort();
    return lines;
}

QMap<QString, QByteArray> readZip(const QString &path)
{
    QMap<QString, QByteArray> entries;
    int error = 0;
    zip_t *zip = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    REQUIRE(zip);
    const zip_int64_t n = zip_get_num_entries(zip, 0);
    for (zip_int64_t i = 0; i < n; ++i) {
        zip_stat_t st;
        REQUIRE(zip_stat_index(zip, zip_uint64_t(i), 0, &st) == 0);
        zip_file_t *file = zip_fopen_index(zip, zip_uint64_t(i), 0);
        REQUIRE(file);
        QByteArray data(qsizetype(st.size), Qt::Uninitialized);
        REQUIRE(zip_fread(file, data.data(), st.size) == zip_int64_t(st.size));
        zip_fclose(file);
        entries.insert(QString::fromUtf8(st.name), data);
    }
    zip_close(zip);
    return entries;
}

} // namespace annostraat::test
