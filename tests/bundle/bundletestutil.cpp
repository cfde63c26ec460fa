// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundletestutil.h"

#include "store/taskbuilder.h"
#include "testutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>

#include <catch2/catch.hpp>
#include <zip.h>

namespace annostraat::test {

namespace {

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    REQUIRE(file.write(data) == data.size());
}

zip_t *openZip(const QString &zipPath, int flags = 0)
{
    int error = 0;
    zip_t *za = zip_open(QFile::encodeName(zipPath).constData(), flags, &error);
    INFO("zip_open " << zipPath.toStdString() << " error " << error);
    REQUIRE(za);
    return za;
}

void closeZip(zip_t *za)
{
    const int rc = zip_close(za);
    INFO(zip_strerror(za));
    REQUIRE(rc == 0);
}

zip_int64_t locate(zip_t *za, const QString &name)
{
    const zip_int64_t index = zip_name_locate(za, name.toUtf8().constData(), 0);
    INFO("entry " << name.toStdString());
    REQUIRE(index >= 0);
    return index;
}

} // namespace

Lab::Lab()
{
    REQUIRE(root.isValid());
    sourceDir = root.filePath(QStringLiteral("source"));
    REQUIRE(QDir().mkpath(sourceDir));

    QImage red(64, 48, QImage::Format_RGB32);
    red.fill(Qt::red);
    REQUIRE(red.save(sourceDir + QStringLiteral("/a-buffer.png")));
    QImage photo(80, 60, QImage::Format_RGB32);
    for (int y = 0; y < photo.height(); ++y)
        for (int x = 0; x < photo.width(); ++x)
            photo.setPixel(x, y, qRgb(x * 3, y * 4, (x + y) % 256));
    REQUIRE(photo.save(sourceDir + QStringLiteral("/b-dijk.jpg"), "JPEG", 90));
    QImage blue(32, 32, QImage::Format_RGB32);
    blue.fill(Qt::blue);
    REQUIRE(blue.save(sourceDir + QStringLiteral("/c-lantaarnpaal.PNG")));
    writeFile(sourceDir + QStringLiteral("/d-cv.txt"),
              QByteArrayLiteral("Jan Jansen werkt bij Rijkswaterstaat.\n"));

    const QString schemaFile = root.filePath(QStringLiteral("schema.json"));
    writeFile(schemaFile, QJsonDocument(demoSchema().toJson()).toJson());

    store = openStore(storePath());
    auto lotte = store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    REQUIRE(lotte.ok());
    lead = *lotte;
    auto a = store->addProfile(QStringLiteral("Anna"), Role::Annotator);
    REQUIRE(a.ok());
    anna = *a;

    auto draft = draftTaskFromFolder(QStringLiteral("Buffers"), schemaFile, sourceDir);
    INFO((draft.ok() ? QString() : draft.error().message()).toStdString());
    REQUIRE(draft.ok());
    REQUIRE(draft->items.size() == 4);
    auto created = store->createTask(draft->task, draft->items, lead.id);
    REQUIRE(created.ok());
    task = *created;
    items = store->items(task.id);
    REQUIRE(items.size() == 4);
}

void Lab::addWork()
{
    auto add = [&](int item, AnnotationKind kind, const QString &label, const QJsonObject &value) {
        auto a = store->addAnnotation(
                {QString(), task.id, items[item].id, anna.id, kind, label, value, {}, false});
        INFO((a.ok() ? QString() : a.error().message()).toStdString());
        REQUIRE(a.ok());
        return *a;
    };
    const Annotation box =
            add(0, AnnotationKind::Box, QStringLiteral("Buffer"), sampleValue(AnnotationKind::Box));
    add(1, AnnotationKind::Crack, QStringLiteral("Scheur"), sampleValue(AnnotationKind::Crack));
    add(2, AnnotationKind::Answer, QStringLiteral("kwaliteit"), {{QStringLiteral("answer"), 4}});
    add(3, AnnotationKind::Span, QStringLiteral("Naam"),
        {{QStringLiteral("start"), 0},
         {QStringLiteral("end"), 10},
         {QStringLiteral("text"), QStringLiteral("Jan Jansen")}});
    const Annotation removed = add(1, AnnotationKind::Polygon, QStringLiteral("Buffer"),
                                   sampleValue(AnnotationKind::Polygon));
    REQUIRE(store->updateAnnotation(box.id,
                                    {{QStringLiteral("attributes"),
                                      QJsonObject{{QStringLiteral("schade"), 3}}}},
                                    anna.id)
                    .ok());
    REQUIRE(store->updateAnnotation(removed.id, {{QStringLiteral("deleted"), true}}, anna.id).ok());
    REQUIRE(store->setSubmission({task.id, items[0].id, anna.id, SubmissionStatus::Done, {}, 4200},
                                 anna.id)
                    .ok());
    REQUIRE(store->setSubmission({task.id, items[1].id, anna.id, SubmissionStatus::Flagged,
                                  QStringLiteral("schaap op de scheur"), 900},
                                 anna.id)
                    .ok());
    REQUIRE(store->setReview({task.id, items[0].id, anna.id, lead.id, Verdict::Rejected,
                              QStringLiteral("box te klein")},
                             lead.id)
                    .ok());
}

Pc::Pc()
{
    REQUIRE(dir.isValid());
    mediaDir = dir.filePath(QStringLiteral("media"));
    store = openStore(storePath());
}

QStringList fileListing(const QString &dir)
{
    QStringList out;
    const QDir root(dir);
    QDirIterator it(dir, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString rel = root.relativeFilePath(path);
        if (rel.contains(QLatin1String(".sqlite")))
            continue;
        const QFileInfo info(path);
        out << rel + QLatin1Char(' ') +
                        (info.isDir() ? QStringLiteral("dir") : QString::number(info.size()));
    }
    out.sort();
    return out;
}

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray zipEntry(const QString &zipPath, const QString &name)
{
    zip_t *za = openZip(zipPath, ZIP_RDONLY);
    const zip_int64_t index = locate(za, name);
    zip_stat_t st;
    REQUIRE(zip_stat_index(za, zip_uint64_t(index), 0, &st) == 0);
    QByteArray data(qsizetype(st.size), Qt::Uninitialized);
    zip_file_t *f = zip_fopen_index(za, zip_uint64_t(index), 0);
    REQUIRE(f);
    REQUIRE(zip_fread(f, data.data(), st.size) == zip_int64_t(st.size));
    zip_fclose(f);
    zip_discard(za);
    return data;
}

QStringList zipNames(const QString &zipPath)
{
    zip_t *za = openZip(zipPath, ZIP_RDONLY);
    QStringList names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(za, 0); ++i)
        names << QString::fromUtf8(zip_get_name(za, zip_uint64_t(i), 0));
    zip_discard(za);
    return names;
}

void zipPut(const QString &zipPath, const QString &name, const QByteArray &data, bool compress)
{
    zip_t *za = openZip(zipPath);
    // The buffer is read at zip_close(); keep it alive until then.
    const QByteArray copy = data;
    zip_source_t *src = zip_source_buffer(za, copy.constData(), zip_uint64_t(copy.size()), 0);
    REQUIRE(src);
    const zip_int64_t index =
            zip_file_add(za, name.toUtf8().constData(), src, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8);
    INFO("adding " << name.toStdString() << ": " << zip_strerror(za));
    REQUIRE(index >= 0);
    REQUIRE(zip_set_file_compression(za, zip_uint64_t(index),
                                     compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) == 0);
    closeZip(za);
}

void zipRemove(const QString &zipPath, const QString &name)
{
    zip_t *za = openZip(zipPath);
    REQUIRE(zip_delete(za, zip_uint64_t(locate(za, name))) == 0);
    closeZip(za);
}

void zipSetAttributes(const QString &zipPath, const QString &name, quint8 opsys, quint32 attributes)
{
    zip_t *za = openZip(zipPath);
    REQUIRE(zip_file_set_external_attributes(za, zip_uint64_t(locate(za, name)), 0, opsys,
                                             attributes) == 0);
    closeZip(za);
}

int zipMethod(const QString &zipPath, const QString &name)
{
    zip_t *za = openZip(zipPath, ZIP_RDONLY);
    zip_stat_t st;
    REQUIRE(zip_stat_index(za, zip_uint64_t(locate(za, name)), 0, &st) == 0);
    zip_discard(za);
    return st.comp_method;
}

void editManifest(const QString &zipPath, const std::function<void(QJsonObject &)> &edit)
{
    QJsonObject manifest =
            QJsonDocument::fromJson(zipEntry(zipPath, QStringLiteral("manifest.json"))).object();
    REQUIRE(!manifest.isEmpty());
    edit(manifest);
    zipPut(zipPath, QStringLiteral("manifest.json"), QJsonDocument(manifest).toJson());
}

void replaceListed(const QString &zipPath, const QString &name, const QByteArray &data)
{
    zipPut(zipPath, name, data);
    editManifest(zipPath, [&](QJsonObject &m) {
        QJsonArray entries = m.value(QStringLiteral("entries")).toArray();
        bool found = false;
        for (qsizetype i = 0; i < entries.size(); ++i) {
            QJsonObject e = entries.at(i).toObject();
            if (e.value(QStringLiteral("name")).toString() == name) {
                e.insert(QStringLiteral("size"), double(data.size()));
                e.insert(QStringLiteral("sha256"), sha256Hex(data));
                entries.replace(i, e);
                found = true;
            }
        }
        REQUIRE(found);
        m.insert(QStringLiteral("entries"), entries);
    });
}

void patchBytes(const QString &path, const QByteArray &from, const QByteArray &to)
{
    REQUIRE(from.size() == to.size());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray data = file.readAll();
    file.close();
    REQUIRE(data.contains(from));
    data.replace(from, to);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(data) == data.size());
}

} // namespace annostraat::test
