// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundle/atomicfile.h"
#include "bundle/packageimport.h"
#include "bundle/packagereader.h"
#include "bundle/packagewriter.h"
#include "bundletestutil.h"
#include "statedump.h"
#include "store/taskbuilder.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <catch2/catch.hpp>
#include <zip.h>

#include <cstdio>

using namespace annostraat;

namespace {

template<typename T>
T require(Result<T> r)
{
    INFO((r.ok() ? QString() : r.error().message()).toStdString());
    REQUIRE(r.ok());
    return std::move(r).value();
}

void require(Result<void> r)
{
    INFO((r.ok() ? QString() : r.error().message()).toStdString());
    REQUIRE(r.ok());
}

QString errorOf(const auto &result)
{
    REQUIRE_FALSE(result.ok());
    return result.error().message();
}

QSet<QString> opIds(const QList<Op> &ops)
{
    QSet<QString> ids;
    for (const Op &op : ops)
        ids.insert(op.id);
    return ids;
}

QSet<QString> opEntities(const QList<Op> &ops)
{
    QSet<QString> kinds;
    for (const Op &op : ops)
        kinds.insert(op.entity);
    return kinds;
}

QString exportTask(test::Lab &lab, IncludeWork work,
                   const QString &name = QStringLiteral("task-v1.zip"))
{
    const QString out = lab.path(QStringLiteral("share/tasks/%1/%2").arg(lab.task.id, name));
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    const PackageInfo info =
            require(writeTaskPackage(*lab.store, lab.task.id, out, lab.lead, work));
    CHECK(info.path == QFileInfo(out).absoluteFilePath());
    CHECK(info.fileSize == QFileInfo(out).size());
    return out;
}

} // namespace

TEST_CASE("A task package with everyone's work round-trips into a fresh store", "[package]")
{
    test::Lab lab;
    lab.addWork();
    const QString out = exportTask(lab, IncludeWork::Yes);
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));

    SECTION("the package is laid out as docs/package-format.md says")
    {
        const QStringList names = test::zipNames(out);
        CHECK(names.first() == QStringLiteral("manifest.json"));
        for (const char *n : {"schema.json", "items.jsonl", "ops.jsonl"}) {
            CHECK(names.contains(QLatin1String(n)));
            CHECK(test::zipMethod(out, QLatin1String(n)) == ZIP_CM_DEFLATE);
        }
        int media = 0;
        for (const Item &item : lab.items) {
            const QString ext = QFileInfo(item.mediaPath).suffix().toLower();
            const QString entry = QStringLiteral("media/%1.%2").arg(item.sha256, ext);
            INFO(entry.toStdString());
            REQUIRE(names.contains(entry));
            CHECK(test::zipMethod(out, entry) == ZIP_CM_STORE);
            QFile source(item.mediaPath);
            REQUIRE(source.open(QIODevice::ReadOnly));
            CHECK(test::zipEntry(out, entry) == source.readAll());
            ++media;
        }
        CHECK(names.size() == 4 + media);

        const Package package = require(readPackage(out));
        CHECK(package.manifest.formatVersion == 1);
        CHECK(package.manifest.kind == PackageKind::Task);
        CHECK(package.manifest.taskId == lab.task.id);
        CHECK(package.manifest.taskVersion == lab.task.version);
        CHECK(package.manifest.producer.profileId == lab.lead.id);
        CHECK(package.manifest.producer.profileName == QStringLiteral("Lotte"));
        CHECK(package.manifest.producer.deviceId == lab.store->deviceId());
        CHECK(package.manifest.created.timeSpec() == Qt::UTC);
        CHECK(qAbs(package.manifest.created.secsTo(QDateTime::currentDateTimeUtc())) < 600);
        CHECK(package.manifest.entries.size() == 3 + media);
        CHECK(package.manifest.itemCount == 4);
        CHECK(package.items.size() == 4);
        CHECK(package.items.at(2).name == QStringLiteral("c-lantaarnpaal.PNG"));
        CHECK(package.items.at(2).media.endsWith(QLatin1String(".png")));
        CHECK(package.schema.toJson() == lab.task.schema.toJson());
        // Every op of the store belongs to this task or to a profile it names.
        CHECK(opIds(package.ops) == opIds(lab.store->ops()));
    }

    SECTION("importing gives the same state, the same op log and the media by hash")
    {
        test::Pc pc;
        const ImportResult result = require(importPackage(*pc.store, out, pc.mediaDir));
        CHECK(result.manifest.taskId == lab.task.id);
        CHECK(result.received == int(lab.store->opCount()));
        CHECK(result.applied == result.received);
        CHECK(result.mediaExtracted == 4);
        CHECK(result.mediaPresent == 0);

        CHECK(test::dumpEntities(pc.storePath()) == test::dumpEntities(lab.storePath()));
        CHECK(opIds(pc.store->ops()) == opIds(lab.store->ops()));
        CHECK(pc.store->integrityCheck() == QStringLiteral("ok"));

        QStringList expected;
        for (const Item &item : pc.store->items(lab.task.id)) {
            const QString path = require(resolveMedia(item, pc.mediaDir));
            CHECK(QFileInfo(path).absolutePath() == QFileInfo(pc.mediaDir).absoluteFilePath());
            CHECK(QFileInfo(path).fileName().startsWith(item.sha256 + QLatin1Char('.')));
            CHECK(require(sha256OfFile(path)) == item.sha256);
            // The ops keep the team lead's paths: nothing was rewritten.
            CHECK(item.mediaPath.startsWith(lab.sourceDir));
            expected << QFileInfo(path).fileName() + QLatin1Char(' ') + QString::number(item.size);
        }
        expected.sort();
        // Nothing but the media landed in the media folder (no temporary files).
        CHECK(test::fileListing(pc.mediaDir) == expected);
    }
}

TEST_CASE("Importing the same package twice changes nothing", "[package]")
{
    test::Lab lab;
    lab.addWork();
    const QString out = exportTask(lab, IncludeWork::Yes);
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    test::Pc pc;
    const ImportResult first = require(importPackage(*pc.store, out, pc.mediaDir));
    CHECK(first.applied > 0);
    const QString state = test::dumpEntities(pc.storePath());
    const qint64 ops = pc.store->opCount();
    const QStringList files = test::fileListing(pc.dir.path());
    QHash<QString, QDateTime> mtimes;
    for (const QFileInfo &f : QDir(pc.mediaDir).entryInfoList(QDir::Files))
        mtimes.insert(f.fileName(), f.lastModified());

    const ImportResult again = require(importPackage(*pc.store, out, pc.mediaDir));
    CHECK(again.received == first.received);
    CHECK(again.applied == 0);
    CHECK(again.mediaExtracted == 0);
    CHECK(again.mediaPresent == 4);
    CHECK(pc.store->opCount() == ops);
    CHECK(test::dumpEntities(pc.storePath()) == state);
    CHECK(test::fileListing(pc.dir.path()) == files);
    for (const QFileInfo &f : QDir(pc.mediaDir).entryInfoList(QDir::Files))
        CHECK(f.lastModified() == mtimes.value(f.fileName()));
}

TEST_CASE("A damaged media file in the media folder is replaced on import", "[package]")
{
    test::Lab lab;
    const QString out = exportTask(lab, IncludeWork::No);
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    test::Pc pc;
    require(importPackage(*pc.store, out, pc.mediaDir));
    const Item item = pc.store->items(lab.task.id).first();
    const QString path = require(resolveMedia(item, pc.mediaDir));
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(10);
        file.write("XX"); // same size, different bytes: bit rot
    }
    const ImportResult again = require(importPackage(*pc.store, out, pc.mediaDir));
    CHECK(again.mediaExtracted == 1);
    CHECK(again.mediaPresent == 3);
    CHECK(require(sha256OfFile(path)) == item.sha256);
}

TEST_CASE("A task package without work carries the task, its items and their author only",
          "[package]")
{
    test::Lab lab;
    lab.addWork();
    const QString out = exportTask(lab, IncludeWork::No);
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    const Package package = require(readPackage(out));
    CHECK(opEntities(package.ops) ==
          QSet<QString>{QStringLiteral("profile"), QStringLiteral("task"), QStringLiteral("item")});
    for (const Op &op : package.ops)
        if (op.entity == QLatin1String("profile"))
            CHECK(op.entityId == lab.lead.id); // Anna's profile travels only with her work

    test::Pc pc;
    require(importPackage(*pc.store, out, pc.mediaDir));
    REQUIRE(pc.store->task(lab.task.id));
    CHECK(pc.store->task(lab.task.id)->name == QStringLiteral("Buffers"));
    CHECK(pc.store->items(lab.task.id).size() == 4);
    CHECK(pc.store->taskAnnotations(lab.task.id).isEmpty());
    CHECK(pc.store->submissions(lab.task.id).isEmpty());
}

TEST_CASE("An annotator's results package merges at the team lead", "[package]")
{
    test::Lab lab;
    const QString taskPackage = exportTask(lab, IncludeWork::No);
    test::Pc pc;
    require(importPackage(*pc.store, taskPackage, pc.mediaDir));

    const qint64 seen = pc.store->opCount(); // a fresh store numbers its ops 1, 2, …
    const Profile bea = require(pc.store->addProfile(QStringLiteral("Bea"), Role::Annotator));
    const Item item = pc.store->items(lab.task.id).at(1);
    require(pc.store->addAnnotation({QString(),
                                     lab.task.id,
                                     item.id,
                                     bea.id,
                                     AnnotationKind::Crack,
                                     QStringLiteral("Scheur"),
                                     test::sampleValue(AnnotationKind::Crack, 2),
                                     {},
                                     false}));
    require(pc.store->setSubmission(
            {lab.task.id, item.id, bea.id, SubmissionStatus::Done, {}, 1500}, bea.id));
    const QList<Op> mine = pc.store->ops(seen);
    REQUIRE(mine.size() == 3);

    const QString out = lab.path(QStringLiteral("share/results/%1/%2/%3-000001.zip")
                                         .arg(lab.task.id, bea.id, pc.store->deviceId()));
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    const PackageInfo info = require(writeResultPackage(*pc.store, lab.task.id, mine, out, bea));
    CHECK(info.manifest.kind == PackageKind::Results);
    CHECK(info.mediaCount == 0);
    CHECK_FALSE(test::zipNames(out).join(QLatin1Char(',')).contains(QLatin1String("media/")));

    const Package package = require(readPackage(out));
    CHECK(package.manifest.producer.profileId == bea.id);
    REQUIRE(package.items.size() == 1);
    CHECK(package.items.first().id == item.id);
    CHECK(package.items.first().media.isEmpty());

    const ImportResult result = require(importPackage(*lab.store, out, QString()));
    CHECK(result.applied == 3);
    const QList<Annotation> hers = lab.store->annotations(item.id, bea.id);
    REQUIRE(hers.size() == 1);
    CHECK(hers.first().value == test::sampleValue(AnnotationKind::Crack, 2));
    REQUIRE(lab.store->findProfile(QStringLiteral("Bea")));
    CHECK(lab.store->submission(item.id, bea.id)->status == SubmissionStatus::Done);

    // Both PCs now hold the same work, row for row (timestamps included).
    const auto work = [](const QString &dump) {
        QStringList rows;
        for (const QString &row : dump.split(QLatin1Char('\n')))
            if (row.startsWith(QLatin1String("annotations|")) ||
                row.startsWith(QLatin1String("submissions|")))
                rows << row;
        return rows;
    };
    CHECK(work(test::dumpEntities(lab.storePath())) == work(test::dumpEntities(pc.storePath())));
    CHECK(work(test::dumpEntities(lab.storePath())).size() == 2);
}

TEST_CASE("A results package carries only work on its own task", "[package]")
{
    test::Lab lab;
    lab.addWork();
    const QList<Op> all = lab.store->ops();
    const QString out = lab.path(QStringLiteral("results.zip"));
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));

    QList<Op> withTask = all;
    CHECK(errorOf(writeResultPackage(*lab.store, lab.task.id, withTask, out, lab.anna))
                  .contains(QLatin1String("a results package carries only annotations")));

    QList<Op> work;
    for (const Op &op : all)
        if (op.entity == QLatin1String("annotation"))
            work << op;
    CHECK(errorOf(writeResultPackage(*lab.store, QStringLiteral("another-task"), work, out,
                                     lab.anna))
                  .contains(QLatin1String("there is no task")));
    Op foreign = work.first();
    foreign.key.insert(QStringLiteral("task"), QStringLiteral("another-task"));
    CHECK(errorOf(writeResultPackage(*lab.store, lab.task.id, {foreign}, out, lab.anna))
                  .contains(QLatin1String("belongs to task another-task")));
    CHECK(errorOf(writeResultPackage(*lab.store, lab.task.id, work, out, lab.anna,
                                     PackageKind::Task))
                  .contains(QLatin1String("writeTaskPackage")));
    CHECK_FALSE(QFileInfo::exists(out));

    const PackageInfo reviews = require(
            writeResultPackage(*lab.store, lab.task.id, work, out, lab.lead, PackageKind::Reviews));
    CHECK(require(readPackage(out)).manifest.kind == PackageKind::Reviews);
    CHECK(reviews.manifest.opCount == work.size());
}

TEST_CASE("Writing never creates the target folder", "[package][writer]")
{
    // On a share that has just gone away, creating it would put the package on the local disk.
    test::Lab lab;
    const QString out = lab.path(QStringLiteral("gone/tasks/task-v1.zip"));
    auto r = writeTaskPackage(*lab.store, lab.task.id, out, lab.lead);
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().message() == QFileInfo(out).absolutePath() + QStringLiteral(": the folder does not exist"));
    CHECK_FALSE(QFileInfo::exists(lab.path(QStringLiteral("gone"))));
}

TEST_CASE("Writing refuses an existing target and leaves no temporary file", "[package][writer]")
{
    test::Lab lab;
    const QString out = lab.path(QStringLiteral("share/tasks/task-v1.zip"));
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    {
        QFile existing(out);
        REQUIRE(existing.open(QIODevice::WriteOnly));
        existing.write("someone else's package");
    }
    const QStringList before = test::fileListing(lab.path(QStringLiteral("share")));
    const QString message = errorOf(writeTaskPackage(*lab.store, lab.task.id, out, lab.lead));
    CHECK(message.startsWith(QFileInfo(out).absoluteFilePath()));
    CHECK(message.contains(QLatin1String("already exists")));
    CHECK(test::fileListing(lab.path(QStringLiteral("share"))) == before);

    // The last-moment check (another PC won the race) also refuses and cleans up.
    const QString temp = temporaryPathFor(out);
    {
        QFile file(temp);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("late package");
    }
    CHECK(errorOf(renameNoReplace(temp, out)).contains(QLatin1String("already exists")));
    QFile file(out);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.readAll() == QByteArrayLiteral("someone else's package"));
    QFile::remove(temp);
}

TEST_CASE("A missing or changed media file fails the export and leaves nothing behind",
          "[package][writer]")
{
    test::Lab lab;
    const QString share = lab.path(QStringLiteral("share"));
    REQUIRE(QDir().mkpath(share));
    const QString out = share + QStringLiteral("/task-v1.zip");
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    const Item victim = lab.items.at(1);

    SECTION("missing")
    {
        REQUIRE(QFile::remove(victim.mediaPath));
        const QString message = errorOf(writeTaskPackage(*lab.store, lab.task.id, out, lab.lead));
        CHECK(message.startsWith(victim.mediaPath));
        CHECK(message.contains(QLatin1String("missing")));
    }
    SECTION("changed, same size: found while copying")
    {
        QFile file(victim.mediaPath);
        REQUIRE(file.open(QIODevice::ReadWrite));
        file.seek(file.size() / 2);
        file.write("!!");
        file.close();
        const QString message = errorOf(writeTaskPackage(*lab.store, lab.task.id, out, lab.lead));
        CHECK(message.startsWith(victim.mediaPath));
        CHECK(message.contains(QLatin1String("has changed since the task was created (SHA-256")));
    }
    SECTION("changed size")
    {
        QFile file(victim.mediaPath);
        REQUIRE(file.open(QIODevice::Append));
        file.write("more");
        file.close();
        const QString message = errorOf(writeTaskPackage(*lab.store, lab.task.id, out, lab.lead));
        CHECK(message.startsWith(victim.mediaPath));
        CHECK(message.contains(QLatin1String("has changed since the task was created")));
    }
    CHECK_FALSE(QFileInfo::exists(out));
    CHECK(test::fileListing(share).isEmpty()); // no final file, no ".part", no libzip temporary
}

TEST_CASE("Export reports progress in media bytes", "[package][writer]")
{
    test::Lab lab;
    qint64 mediaBytes = 0;
    for (const Item &item : lab.items)
        mediaBytes += item.size;
    qint64 last = 0;
    bool monotonic = true;
    const QString out = lab.path(QStringLiteral("task.zip"));
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    require(writeTaskPackage(*lab.store, lab.task.id, out, lab.lead, IncludeWork::No,
                             [&](qint64 done, qint64 total) {
                                 monotonic = monotonic && done >= last && total == mediaBytes;
                                 last = done;
                             }));
    CHECK(monotonic);
    CHECK(last == mediaBytes);
}

TEST_CASE("Readers skip temporary names, and temporaries live beside their target", "[package][writer]")
{
    CHECK(isTemporaryFileName(QStringLiteral(".task-v2.zip.k3j9.part")));
    CHECK(isTemporaryFileName(
            QStringLiteral(".task-v2.zip.k3j9.part.Xa81bc"))); // libzip's own while it writes
    CHECK(isTemporaryFileName(QStringLiteral("task-v2.zip.part")));
    CHECK_FALSE(isTemporaryFileName(QStringLiteral("task-v2.zip")));
    CHECK_FALSE(isTemporaryFileName(QStringLiteral("device-000001.zip")));
    const QString temp = temporaryPathFor(QStringLiteral("/share/tasks/t/task-v2.zip"));
    CHECK(QFileInfo(temp).absolutePath() == QStringLiteral("/share/tasks/t"));
    CHECK(isTemporaryFileName(QFileInfo(temp).fileName()));
    CHECK(temp != temporaryPathFor(QStringLiteral("/share/tasks/t/task-v2.zip")));
}

TEST_CASE("resolveMedia prefers the media folder and falls back to the item's own path",
          "[package]")
{
    test::Lab lab;
    const Item item = lab.items.first();
    // The team lead's PC: no media folder copy, the original file is used.
    CHECK(require(resolveMedia(item, lab.path(QStringLiteral("media")))) == item.mediaPath);
    CHECK(require(resolveMedia(item, QString())) == item.mediaPath);

    const QString out = exportTask(lab, IncludeWork::No);
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    test::Pc pc;
    require(importPackage(*pc.store, out, pc.mediaDir));
    const QString extracted = QDir(pc.mediaDir).filePath(item.sha256 + QStringLiteral(".png"));
    CHECK(require(resolveMedia(item, pc.mediaDir)) == extracted);

    // Neither present: one message naming both places.
    REQUIRE(QFile::remove(extracted));
    REQUIRE(QFile::remove(item.mediaPath));
    const QString message = errorOf(resolveMedia(item, pc.mediaDir));
    CHECK(message.contains(extracted));
    CHECK(message.contains(item.mediaPath));
}

TEST_CASE("A results package for a task this store lacks is refused whole", "[package]")
{
    test::Lab lab;
    lab.addWork();
    QList<Op> work;
    for (const Op &op : lab.store->ops())
        if (op.entity == QLatin1String("annotation"))
            work << op;
    const QString out = lab.path(QStringLiteral("results.zip"));
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    require(writeResultPackage(*lab.store, lab.task.id, work, out, lab.anna));
    test::Pc pc;
    const QString before = test::dumpEntities(pc.storePath());
    const QString message = errorOf(importPackage(*pc.store, out, pc.mediaDir));
    CHECK(message.startsWith(out));
    CHECK(message.contains(QLatin1String("refer to a task or item this store does not have")));
    CHECK(test::dumpEntities(pc.storePath()) == before);
    CHECK(pc.store->opCount() == 0);
    CHECK_FALSE(QFileInfo::exists(pc.mediaDir));
}

TEST_CASE("A caller's check refuses a valid package before anything changes", "[package]")
{
    test::Lab lab;
    lab.addWork();
    const QString out = exportTask(lab, IncludeWork::Yes);
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    test::Pc pc;
    // What sync does for results/<task>/<profile>/: every op must be by that profile.
    const auto onlyBy = [](const QString &profileId) {
        return [profileId](const Package &package) -> Result<void> {
            for (const Op &op : package.ops)
                if (op.author != profileId)
                    return Error::plain(QStringLiteral("%1: op %2 is by %3, not by %4")
                                         .arg(package.path, op.id, op.author, profileId));
            return {};
        };
    };
    const QString message =
            errorOf(importPackage(*pc.store, out, pc.mediaDir, {}, {}, onlyBy(lab.anna.id)));
    CHECK(message.startsWith(out));
    CHECK(pc.store->opCount() == 0);
    CHECK(test::fileListing(pc.dir.path()).isEmpty());
}

// Not run by ctest (hidden): `bundle_tests "[.bench]"` prints how export, validation and
// import scale with the number of items, so a quadratic step shows up.
TEST_CASE("Package timings for many small items", "[.bench]")
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("source"));
    REQUIRE(QDir().mkpath(source));
    const int count = 5000;
    for (int i = 0; i < count; ++i) {
        QFile file(QStringLiteral("%1/doc-%2.txt").arg(source).arg(i, 5, 10, QLatin1Char('0')));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("Tekst nummer ") + QByteArray::number(i));
    }
    const QString schemaFile = dir.filePath(QStringLiteral("schema.json"));
    {
        QFile file(schemaFile);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(QJsonDocument(test::demoSchema().toJson()).toJson());
    }
    auto lead = test::openStore(dir.filePath(QStringLiteral("lead.sqlite")));
    const Profile lotte = require(lead->addProfile(QStringLiteral("Lotte"), Role::TeamLead));
    auto draft = require(draftTaskFromFolder(QStringLiteral("Teksten"), schemaFile, source));
    const Task task = require(lead->createTask(draft.task, draft.items, lotte.id));

    QElapsedTimer timer;
    timer.start();
    const QString out = dir.filePath(QStringLiteral("task-v1.zip"));
    REQUIRE(QDir().mkpath(QFileInfo(out).absolutePath()));
    const PackageInfo info = require(writeTaskPackage(*lead, task.id, out, lotte));
    const qint64 writeMs = timer.restart();
    require(readPackage(out));
    const qint64 readMs = timer.restart();
    test::Pc pc;
    require(importPackage(*pc.store, out, pc.mediaDir));
    const qint64 importMs = timer.restart();
    const ImportResult again = require(importPackage(*pc.store, out, pc.mediaDir));
    const qint64 againMs = timer.restart();
    CHECK(again.applied == 0);
    std::printf("%d items, package %lld bytes: write %lld ms, validate %lld ms, import %lld ms, "
                "import again %lld ms\n",
                count, info.fileSize, writeMs, readMs, importMs, againMs);
}

TEST_CASE("A PC that received a task can export it again from its media folder", "[package][writer]")
{
    test::Lab lab;
    const QString first = lab.path(QStringLiteral("first/task-v1.zip"));
    REQUIRE(QDir().mkpath(QFileInfo(first).absolutePath()));
    require(writeTaskPackage(*lab.store, lab.task.id, first, lab.lead));

    // Another PC imports it; the team lead's own files are not there.
    QTemporaryDir other;
    auto pc = test::openStore(other.filePath(QStringLiteral("pc.sqlite")));
    const QString media = other.filePath(QStringLiteral("media"));
    require(importPackage(*pc, first, media));
    for (const Item &item : lab.items)
        REQUIRE(QFile::remove(item.mediaPath));

    const QString again = other.filePath(QStringLiteral("out/task-v1.zip"));
    REQUIRE(QDir().mkpath(QFileInfo(again).absolutePath()));
    CHECK_FALSE(writeTaskPackage(*pc, lab.task.id, again, lab.lead).ok()); // without the media folder
    const PackageInfo info = require(writeTaskPackage(*pc, lab.task.id, again, lab.lead, IncludeWork::No, {}, media));
    CHECK(info.mediaCount == int(lab.items.size()));
    CHECK(readPackage(again).ok());
}
