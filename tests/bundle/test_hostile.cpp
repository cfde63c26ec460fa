// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines on purpose: one self-contained case for each way a package can be broken.
// Hostile packages: each case takes a fresh copy of a valid package, breaks one thing, and
// checks that the package is refused, by readPackage() and by importPackage(), with its own
// message (starting with the package's path), that the store is unchanged and that no file
// was written anywhere.
#include "bundle/packageimport.h"
#include "bundle/packagereader.h"
#include "bundle/packagewriter.h"
#include "bundletestutil.h"
#include "statedump.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <catch2/catch.hpp>
#include <zip.h>

using namespace annostraat;

namespace {

/// A team lead's PC whose task package (with everyone's work) is the valid original, and a
/// second PC that already holds the task and its items (but not the work, nor the media), so
/// that a hostile package that got through would change its store.
struct Hostile
{
    Hostile()
    {
        auto merged = pc.store->merge(lab.store->ops());
        REQUIRE(merged.ok());
        lab.addWork();
        valid = lab.path(QStringLiteral("valid/task-v1.zip"));
        REQUIRE(QDir().mkpath(QFileInfo(valid).absolutePath()));
        auto written = writeTaskPackage(*lab.store, lab.task.id, valid, lab.lead, IncludeWork::Yes);
        INFO((written.ok() ? QString() : written.error().message()).toStdString());
        REQUIRE(written.ok());
        REQUIRE(QDir().mkpath(lab.path(QStringLiteral("hostile"))));
    }

    /// A fresh copy of the valid package.
    QString copy(const QString &name) const
    {
        const QString path = lab.path(QStringLiteral("hostile/%1.zip").arg(name));
        QFile::remove(path);
        REQUIRE(QFile::copy(valid, path));
        QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        return path;
    }

    QString mediaEntry(int item) const
    {
        const Item &i = lab.items.at(item);
        return package::mediaEntryName(i.sha256, package::mediaExtension(i.mediaPath));
    }

    test::Lab lab;
    test::Pc pc;
    QString valid;
};

using Mutation = std::function<void(Hostile &, const QString &path)>;
using Extra = std::function<void(Hostile &, const QString &path)>;

struct Case
{
    const char *id;
    Mutation mutate;
    const char *expected; ///< part of the message
    Limits limits = {};
    Extra extra = {}; ///< further checks, after the refusal
};

QByteArray lines(const QByteArray &jsonl, const std::function<void(QList<QByteArray> &)> &edit)
{
    QList<QByteArray> list = jsonl.split('\n');
    if (list.last().isEmpty())
        list.removeLast();
    edit(list);
    return list.join('\n') + '\n';
}

quint32 u32(const QByteArray &d, qsizetype at)
{
    return quint32(quint8(d[at])) | quint32(quint8(d[at + 1])) << 8 |
           quint32(quint8(d[at + 2])) << 16 | quint32(quint8(d[at + 3])) << 24;
}

void setU32(QByteArray &d, qsizetype at, quint32 v)
{
    for (int i = 0; i < 4; ++i)
        d[at + i] = char((v >> (8 * i)) & 0xff);
}

/// Makes the ZIP headers of \a name claim \a size uncompressed bytes (a lying header), in the
/// central directory and in the local header, so libzip's consistency check still passes.
void lieAboutSize(const QString &zipPath, const QString &name, quint32 size)
{
    QFile file(zipPath);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray d = file.readAll();
    file.close();
    bool patched = false;
    for (qsizetype pos = d.indexOf("PK\x01\x02"); pos >= 0;
         pos = d.indexOf("PK\x01\x02", pos + 4)) {
        if (pos + 46 > d.size())
            break;
        const quint16 nameLength = quint16(quint8(d[pos + 28]) | quint8(d[pos + 29]) << 8);
        if (d.mid(pos + 46, nameLength) != name.toUtf8())
            continue;
        REQUIRE(u32(d, pos + 24) != 0xffffffffu); // not a ZIP64 size
        setU32(d, pos + 24, size);
        const quint32 local = u32(d, pos + 42);
        REQUIRE(d.mid(local, 4) == QByteArrayLiteral("PK\x03\x04"));
        REQUIRE(u32(d, local + 22) != 0); // sizes in the local header, not in a data descriptor
        setU32(d, local + 22, size);
        patched = true;
    }
    REQUIRE(patched);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(d) == d.size());
}

QString evilAbsolutePath()
{
    static const QString path = QStringLiteral("/tmp/annostraat-evil-%1")
                                        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    return path;
}

const QList<Case> &cases()
{
    static const QList<Case> list = {
            {"zip slip",
             [](Hostile &, const QString &p) {
                 test::zipPut(p, QStringLiteral("../evil.txt"), "pwned");
             },
             "the entry \"../evil.txt\" contains \"..\", which would lead outside the folder"},
            {"zip slip inside media",
             [](Hostile &, const QString &p) {
                 test::zipPut(p, QStringLiteral("media/../../evil.txt"), "pwned");
             },
             "the entry \"media/../../evil.txt\" contains \"..\""},
            {"absolute path",
             [](Hostile &, const QString &p) { test::zipPut(p, evilAbsolutePath(), "pwned"); },
             "has an absolute path; package paths are relative"},
            {"drive letter",
             [](Hostile &, const QString &p) {
                 test::zipPut(p, QStringLiteral("C:/evil.txt"), "pwned");
             },
             "the entry \"C:/evil.txt\" starts with a drive letter"},
            {"backslash",
             [](Hostile &, const QString &p) {
                 test::zipPut(p, QStringLiteral("..\\evil.txt"), "pwned");
             },
             "contains a backslash"},
            {"empty path component",
             [](Hostile &, const QString &p) {
                 test::zipPut(p, QStringLiteral("media//evil.txt"), "pwned");
             },
             "has an empty or \".\" path component"},
            {"symlink entry",
             [](Hostile &, const QString &p) {
                 // What `zip --symlinks` stores for a link: Unix mode S_IFLNK, the target as
                 // content.
                 test::zipSetAttributes(p, QStringLiteral("schema.json"), ZIP_OPSYS_UNIX,
                                        (0120777u << 16));
             },
             "the entry \"schema.json\" is a symbolic link"},
            {"duplicate entry",
             [](Hostile &, const QString &p) {
                 // libzip will not write two entries of one name: write "schema.jsoX", then rename
                 // it in the local and central headers.
                 test::zipPut(p, QStringLiteral("schema.jsoX"), "{\"format\": 1}");
                 test::patchBytes(p, "schema.jsoX", "schema.json");
             },
             "the entry \"schema.json\" occurs more than once"},
            {"hash mismatch in an entry",
             [](Hostile &h, const QString &p) {
                 // Same size, one byte different, manifest untouched.
                 QByteArray media = test::zipEntry(p, h.mediaEntry(1));
                 media[media.size() / 2] = char(media[media.size() / 2] ^ 0x01);
                 test::zipPut(p, h.mediaEntry(1), media, false);
             },
             "does not match its SHA-256 in manifest.json"},
            {"hash mismatch in the manifest",
             [](Hostile &, const QString &p) {
                 test::editManifest(p, [](QJsonObject &m) {
                     QJsonArray entries = m.value(QStringLiteral("entries")).toArray();
                     QJsonObject e = entries.at(0).toObject();
                     REQUIRE(e.value(QStringLiteral("name")).toString() ==
                             QStringLiteral("schema.json"));
                     e.insert(QStringLiteral("sha256"), QString(64, QLatin1Char('0')));
                     entries.replace(0, e);
                     m.insert(QStringLiteral("entries"), entries);
                 });
             },
             "the entry \"schema.json\" does not match its SHA-256 in manifest.json (expected "
             "0000"},
            {"truncated file",
             [](Hostile &, const QString &p) {
                 QFile file(p);
                 REQUIRE(file.open(QIODevice::ReadWrite));
                 REQUIRE(file.resize(file.size() / 2));
             },
             "the ZIP file is truncated or damaged"},
            {"decompression bomb",
             [](Hostile &h, const QString &p) {
                 // 200 MB of zeros (a sparse file: no memory, little disk) deflate to ~200 KB; the
                 // headers and the manifest then claim 1 KB.
                 const QString zeros = h.lab.path(QStringLiteral("zeros.bin"));
                 {
                     QFile file(zeros);
                     REQUIRE(file.open(QIODevice::WriteOnly));
                     REQUIRE(file.resize(qint64(200) << 20));
                 }
                 int error = 0;
                 zip_t *za = zip_open(QFile::encodeName(p).constData(), 0, &error);
                 REQUIRE(za);
                 zip_source_t *src =
                         zip_source_file(za, QFile::encodeName(zeros).constData(), 0, -1);
                 REQUIRE(src);
                 REQUIRE(zip_file_add(za, "ops.jsonl", src, ZIP_FL_OVERWRITE) >= 0);
                 REQUIRE(zip_close(za) == 0);
                 QFile::remove(zeros);
                 test::editManifest(p, [](QJsonObject &m) {
                     QJsonArray entries = m.value(QStringLiteral("entries")).toArray();
                     for (qsizetype i = 0; i < entries.size(); ++i) {
                         QJsonObject e = entries.at(i).toObject();
                         if (e.value(QStringLiteral("name")).toString() ==
                             QStringLiteral("ops.jsonl")) {
                             e.insert(QStringLiteral("size"), 1024);
                             e.insert(QStringLiteral("sha256"),
                                      test::sha256Hex(QByteArray(1024, '\0')));
                             entries.replace(i, e);
                         }
                     }
                     m.insert(QStringLiteral("entries"), entries);
                 });
                 lieAboutSize(p, QStringLiteral("ops.jsonl"), 1024);
                 REQUIRE(QFileInfo(p).size() < (qint64(2) << 20));
             },
             "the entry \"ops.jsonl\" inflates to more than the 1024 bytes its ZIP header "
             "declares; refused as a "
             "possible decompression bomb",
             {},
             [](Hostile &, const QString &p) {
                 // The reader stopped at the declared size: it never handled more bytes than the
                 // manifest declares in total, let alone 200 MB.
                 qint64 most = 0;
                 qint64 declared = 0;
                 auto r = readPackage(p, {}, [&](qint64 done, qint64 total) {
                     most = std::max(most, done);
                     declared = total;
                 });
                 REQUIRE_FALSE(r.ok());
                 CHECK(declared < 100000);
                 CHECK(most <= declared);
             }},
            {"declared size above the media limit", [](Hostile &, const QString &) {},
             "more than the limit of 100 bytes for a media file",
             Limits{100, qint64(512) << 20, qint64(1) << 40, 1000000}},
            {"declared total above the limit", [](Hostile &, const QString &) {},
             "the entries add up to more than the limit of 5000 bytes for one package",
             Limits{qint64(8) << 30, qint64(512) << 20, 5000, 1000000}},
            {"too many entries", [](Hostile &, const QString &) {},
             "holds 8 entries, more than the limit of 5",
             Limits{qint64(8) << 30, qint64(512) << 20, qint64(1) << 40, 5}},
            {"bad JSON in ops.jsonl",
             [](Hostile &, const QString &p) {
                 test::replaceListed(
                         p, QStringLiteral("ops.jsonl"),
                         lines(test::zipEntry(p, QStringLiteral("ops.jsonl")),
                               [](QList<QByteArray> &l) { l[1] = "{\"id\": \"x\", \"hlc\": "; }));
             },
             "ops.jsonl line 2: not valid JSON"},
            {"invalid op in ops.jsonl",
             [](Hostile &, const QString &p) {
                 test::replaceListed(p, QStringLiteral("ops.jsonl"),
                                     lines(test::zipEntry(p, QStringLiteral("ops.jsonl")),
                                           [](QList<QByteArray> &l) {
                                               l[2].replace("\"entity\":\"",
                                                            "\"entity\":\"spaceship-");
                                           }));
             },
             "ops.jsonl line 3: op "},
            {"op of another task",
             [](Hostile &h, const QString &p) {
                 test::replaceListed(p, QStringLiteral("ops.jsonl"),
                                     lines(test::zipEntry(p, QStringLiteral("ops.jsonl")),
                                           [&](QList<QByteArray> &l) {
                                               l.last().replace(h.lab.task.id.toUtf8(),
                                                                "another-task");
                                           }));
             },
             "not to this package's task"},
            {"wrong format version",
             [](Hostile &, const QString &p) {
                 test::editManifest(
                         p, [](QJsonObject &m) { m.insert(QStringLiteral("formatVersion"), 2); });
             },
             "manifest.json: package format version 2 is not supported; this version of Annostraat "
             "reads format "
             "version 1 only"},
            {"missing manifest",
             [](Hostile &, const QString &p) {
                 test::zipRemove(p, QStringLiteral("manifest.json"));
             },
             "has no manifest.json, so it is not an Annostraat package"},
            {"manifest is not JSON",
             [](Hostile &, const QString &p) {
                 test::zipPut(p, QStringLiteral("manifest.json"), "{\"formatVersion\": 1,");
             },
             "manifest.json: not valid JSON"},
            {"manifest of the wrong shape",
             [](Hostile &, const QString &p) {
                 test::editManifest(p, [](QJsonObject &m) {
                     m.insert(QStringLiteral("kind"), QStringLiteral("banana"));
                 });
             },
             "manifest.json: \"kind\" must be \"task\", \"results\" or \"reviews\""},
            {"entry not listed in the manifest",
             [](Hostile &, const QString &p) {
                 test::zipPut(p, QStringLiteral("notes.txt"), "hello");
             },
             "the entry \"notes.txt\" is not listed in manifest.json"},
            {"listed entry missing",
             [](Hostile &h, const QString &p) { test::zipRemove(p, h.mediaEntry(2)); },
             "but the package does not contain it"},
            {"declared size differs from the ZIP's",
             [](Hostile &, const QString &p) {
                 test::editManifest(p, [](QJsonObject &m) {
                     QJsonArray entries = m.value(QStringLiteral("entries")).toArray();
                     QJsonObject e = entries.at(0).toObject();
                     e.insert(QStringLiteral("size"),
                              e.value(QStringLiteral("size")).toDouble() + 1);
                     entries.replace(0, e);
                     m.insert(QStringLiteral("entries"), entries);
                 });
             },
             "according to the ZIP directory, but manifest.json says"},
            {"unexpected listed entry",
             [](Hostile &, const QString &p) {
                 test::zipPut(p, QStringLiteral("extra.json"), "{}");
                 test::editManifest(p, [](QJsonObject &m) {
                     QJsonArray entries = m.value(QStringLiteral("entries")).toArray();
                     entries << QJsonObject{{QStringLiteral("name"), QStringLiteral("extra.json")},
                                            {QStringLiteral("size"), 2},
                                            {QStringLiteral("sha256"), test::sha256Hex("{}")}};
                     m.insert(QStringLiteral("entries"), entries);
                 });
             },
             "the entry \"extra.json\" has no place in a version 1 package"},
            {"bad line in items.jsonl",
             [](Hostile &, const QString &p) {
                 test::replaceListed(
                         p, QStringLiteral("items.jsonl"),
                         lines(test::zipEntry(p, QStringLiteral("items.jsonl")),
                               [](QList<QByteArray> &l) {
                                   QJsonObject o = QJsonDocument::fromJson(l[0]).object();
                                   o.insert(QStringLiteral("sha256"), QStringLiteral("ABC"));
                                   l[0] = QJsonDocument(o).toJson(QJsonDocument::Compact);
                               }));
             },
             "items.jsonl line 1: \"sha256\" must be 64 lower-case hexadecimal digits"},
            {"invalid schema.json",
             [](Hostile &, const QString &p) {
                 test::replaceListed(p, QStringLiteral("schema.json"),
                                     "{\"format\": 1, \"colour\": 3}");
             },
             "schema.json: "},
            {"not a ZIP file",
             [](Hostile &, const QString &p) {
                 QFile file(p);
                 REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
                 file.write("manifest.json: trust me, I am a package\n");
             },
             "not a ZIP file, so not a package"},
            {"empty file",
             [](Hostile &, const QString &p) {
                 QFile file(p);
                 REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
             },
             "the file is empty"},
    };
    return list;
}

const Case &findCase(const char *id)
{
    for (const Case &c : cases())
        if (QLatin1String(c.id) == QLatin1String(id))
            return c;
    FAIL("no hostile case " << id);
    return cases().first();
}

/// Breaks a copy of the valid package as \a c says and checks that it is refused with the
/// expected message and that nothing changed. Returns the message.
QString checkRefused(Hostile &h, const Case &c)
{
    INFO("case: " << c.id);
    const QString path =
            h.copy(QString::fromLatin1(c.id).replace(QLatin1Char(' '), QLatin1Char('-')));
    c.mutate(h, path);

    const QString state = test::dumpEntities(h.pc.storePath());
    const qint64 ops = h.pc.store->opCount();
    const QStringList labFiles = test::fileListing(h.lab.root.path());
    const QStringList pcFiles = test::fileListing(h.pc.dir.path());

    auto read = readPackage(path, c.limits);
    REQUIRE_FALSE(read.ok());
    const QString message = read.error().message();
    INFO("message: " << message.toStdString());
    CHECK(message.startsWith(path + QStringLiteral(": ")));
    CHECK(message.contains(QLatin1String(c.expected)));

    auto imported = importPackage(*h.pc.store, path, h.pc.mediaDir, {}, c.limits);
    REQUIRE_FALSE(imported.ok());
    CHECK(imported.error().message() == message);

    CHECK(test::dumpEntities(h.pc.storePath()) == state);
    CHECK(h.pc.store->opCount() == ops);
    INFO("after: " << test::fileListing(h.pc.dir.path()).join(QStringLiteral(", ")).toStdString());
    CHECK(test::fileListing(h.pc.dir.path()) == pcFiles); // no media extracted, no temporaries
    CHECK(test::fileListing(h.lab.root.path()) == labFiles);
    CHECK_FALSE(QFileInfo::exists(evilAbsolutePath()));
    CHECK_FALSE(QFileInfo::exists(QDir::current().filePath(QStringLiteral("../evil.txt"))));
    if (c.extra)
        c.extra(h, path);
    return message;
}

void refused(const char *id)
{
    Hostile h;
    checkRefused(h, findCase(id));
}

} // namespace

TEST_CASE("The valid original is accepted", "[hostile]")
{
    Hostile h;
    auto package = readPackage(h.valid);
    INFO((package.ok() ? QString() : package.error().message()).toStdString());
    CHECK(package.ok());
}

TEST_CASE("Hostile: zip slip (../evil.txt)", "[hostile]")
{
    refused("zip slip");
}
TEST_CASE("Hostile: zip slip inside media/", "[hostile]")
{
    refused("zip slip inside media");
}
TEST_CASE("Hostile: absolute path", "[hostile]")
{
    refused("absolute path");
}
TEST_CASE("Hostile: drive letter", "[hostile]")
{
    refused("drive letter");
}
TEST_CASE("Hostile: backslash in a name", "[hostile]")
{
    refused("backslash");
}
TEST_CASE("Hostile: empty path component", "[hostile]")
{
    refused("empty path component");
}
TEST_CASE("Hostile: symlink entry", "[hostile]")
{
    refused("symlink entry");
}
TEST_CASE("Hostile: duplicate entry", "[hostile]")
{
    refused("duplicate entry");
}
TEST_CASE("Hostile: entry content does not match its hash", "[hostile]")
{
    refused("hash mismatch in an entry");
}
TEST_CASE("Hostile: manifest hash does not match", "[hostile]")
{
    refused("hash mismatch in the manifest");
}
TEST_CASE("Hostile: truncated file", "[hostile]")
{
    refused("truncated file");
}
TEST_CASE("Hostile: decompression bomb with lying headers", "[hostile]")
{
    refused("decompression bomb");
}
TEST_CASE("Hostile: declared media size above the limit", "[hostile]")
{
    refused("declared size above the media limit");
}
TEST_CASE("Hostile: declared total above the limit", "[hostile]")
{
    refused("declared total above the limit");
}
TEST_CASE("Hostile: too many entries", "[hostile]")
{
    refused("too many entries");
}
TEST_CASE("Hostile: bad JSON in ops.jsonl", "[hostile]")
{
    refused("bad JSON in ops.jsonl");
}
TEST_CASE("Hostile: invalid op in ops.jsonl", "[hostile]")
{
    refused("invalid op in ops.jsonl");
}
TEST_CASE("Hostile: op of another task", "[hostile]")
{
    refused("op of another task");
}
TEST_CASE("Hostile: wrong format version", "[hostile]")
{
    refused("wrong format version");
}
TEST_CASE("Hostile: missing manifest", "[hostile]")
{
    refused("missing manifest");
}
TEST_CASE("Hostile: manifest is not JSON", "[hostile]")
{
    refused("manifest is not JSON");
}
TEST_CASE("Hostile: manifest of the wrong shape", "[hostile]")
{
    refused("manifest of the wrong shape");
}
TEST_CASE("Hostile: entry not listed in the manifest", "[hostile]")
{
    refused("entry not listed in the manifest");
}
TEST_CASE("Hostile: listed entry missing", "[hostile]")
{
    refused("listed entry missing");
}
TEST_CASE("Hostile: declared size differs from the ZIP's", "[hostile]")
{
    refused("declared size differs from the ZIP's");
}
TEST_CASE("Hostile: unexpected listed entry", "[hostile]")
{
    refused("unexpected listed entry");
}
TEST_CASE("Hostile: bad line in items.jsonl", "[hostile]")
{
    refused("bad line in items.jsonl");
}
TEST_CASE("Hostile: invalid schema.json", "[hostile]")
{
    refused("invalid schema.json");
}
TEST_CASE("Hostile: not a ZIP file", "[hostile]")
{
    refused("not a ZIP file");
}
TEST_CASE("Hostile: empty file", "[hostile]")
{
    refused("empty file");
}

TEST_CASE("Hostile: every case has its own message", "[hostile]")
{
    Hostile h;
    QHash<QString, QString> seen; // message without the path → case
    for (const Case &c : cases()) {
        const QString path = h.lab.path(QStringLiteral("hostile/%1.zip")
                                                .arg(QString::fromLatin1(c.id).replace(
                                                        QLatin1Char(' '), QLatin1Char('-'))));
        const QString message = checkRefused(h, c).mid(path.size());
        INFO(c.id << " and " << seen.value(message).toStdString() << ": " << message.toStdString());
        CHECK_FALSE(seen.contains(message));
        seen.insert(message, QString::fromLatin1(c.id));
    }
}

TEST_CASE("Hostile: a results package may not change tasks or items, nor carry media", "[hostile]")
{
    Hostile h;
    QList<Op> work;
    Op taskOp;
    for (const Op &op : h.lab.store->ops()) {
        if (op.entity == QLatin1String("annotation"))
            work << op;
        if (op.entity == QLatin1String("task"))
            taskOp = op;
    }
    const QString results = h.lab.path(QStringLiteral("results.zip"));
    REQUIRE(writeResultPackage(*h.lab.store, h.lab.task.id, work, results, h.lab.anna).ok());

    const QString renaming = h.lab.path(QStringLiteral("renaming.zip"));
    REQUIRE(QFile::copy(results, renaming));
    taskOp.fields = {{QStringLiteral("name"), QStringLiteral("Gekaapt")}};
    test::replaceListed(renaming, QStringLiteral("ops.jsonl"),
                        test::zipEntry(renaming, QStringLiteral("ops.jsonl")) +
                                QJsonDocument(taskOp.toJson()).toJson(QJsonDocument::Compact) +
                                '\n');
    test::editManifest(renaming, [&](QJsonObject &m) {
        QJsonObject counts = m.value(QStringLiteral("counts")).toObject();
        counts.insert(QStringLiteral("ops"), work.size() + 1);
        m.insert(QStringLiteral("counts"), counts);
    });
    auto r = readPackage(renaming);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(
            QStringLiteral("ops.jsonl line %1: a results package may not change tasks, items or assignments")
                    .arg(work.size() + 1)));

    const QString withMedia = h.lab.path(QStringLiteral("with-media.zip"));
    REQUIRE(QFile::copy(results, withMedia));
    const QString entry = h.mediaEntry(0);
    test::zipPut(withMedia, entry, test::zipEntry(h.valid, entry), false);
    test::editManifest(withMedia, [&](QJsonObject &m) {
        QJsonArray entries = m.value(QStringLiteral("entries")).toArray();
        entries << QJsonObject{{QStringLiteral("name"), entry},
                               {QStringLiteral("size"), double(h.lab.items.at(0).size)},
                               {QStringLiteral("sha256"), h.lab.items.at(0).sha256}};
        m.insert(QStringLiteral("entries"), entries);
    });
    r = readPackage(withMedia);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(
            QLatin1String("is a media file, but a results package carries no media")));
}

TEST_CASE("Hostile: a compression method other than stored or deflate is refused", "[hostile]")
{
    if (!zip_compression_method_supported(ZIP_CM_BZIP2, 1)) {
        WARN("this libzip cannot write bzip2; case skipped");
        return;
    }
    Hostile h;
    const QString path = h.copy(QStringLiteral("bzip2"));
    int error = 0;
    zip_t *za = zip_open(QFile::encodeName(path).constData(), 0, &error);
    REQUIRE(za);
    REQUIRE(zip_set_file_compression(za, zip_uint64_t(zip_name_locate(za, "schema.json", 0)),
                                     ZIP_CM_BZIP2, 0) == 0);
    REQUIRE(zip_close(za) == 0);
    auto r = readPackage(path);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message().contains(QLatin1String("uses compression method 12")));
}
