// SPDX-License-Identifier: GPL-3.0-or-later
// The folder scan (core/store/folderscan.h; issue 14, point 1): what a media folder becomes
// before anything is written. It is the task builder's drafting, so the items are the ones
// `task create` makes; the scan adds the counts per media kind, the files left out and why,
// the A/B pairs, each video's length and frame rate and each text's size.
#include "store/assignmentplan.h"
#include "store/folderscan.h"
#include "store/store.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

QString demo(const QString &job, const QString &file = {})
{
    const QString folder = QDir(QStringLiteral(ANNOSTRAAT_TEST_DATA))
                                   .absoluteFilePath(QStringLiteral("../../resources/demo/") + job);
    return file.isEmpty() ? QDir::cleanPath(folder) : QDir(folder).filePath(file);
}

void copy(const QString &from, const QString &to)
{
    QFile::remove(to);
    REQUIRE(QFile::copy(from, to));
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

TEST_CASE("A folder scan counts items per kind, names skipped files and reads videos and texts",
          "[store][folderscan]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    // A video (25 fps, 30 s), two images (one in a subfolder), a text and two files that are
    // no media.
    copy(demo(QStringLiteral("ad-breaks"), QStringLiteral("uitzending-3.mp4")),
         dir.filePath(QStringLiteral("uitzending.mp4")));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    REQUIRE(image.save(dir.filePath(QStringLiteral("dijk.png"))));
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("meer")));
    REQUIRE(image.save(dir.filePath(QStringLiteral("meer/dijk-2.png"))));
    write(dir.filePath(QStringLiteral("bericht.txt")), QByteArray("Het regent in Zwolle.\n"));
    write(dir.filePath(QStringLiteral("notities.docx")), QByteArray("x"));
    write(dir.filePath(QStringLiteral("meer/lees mij.md")), QByteArray("# uitleg"));

    const auto scan = scanMediaFolder(dir.path(), FolderScan::Mode::Items);
    REQUIRE(scan.ok());
    CHECK(scan->itemCount() == 4);
    CHECK(scan->counts.value(MediaKind::Image) == 2);
    CHECK(scan->counts.value(MediaKind::Video) == 1);
    CHECK(scan->counts.value(MediaKind::Text) == 1);
    CHECK(scan->draft.task.mediaKind == MediaKind::Mixed);
    REQUIRE(scan->skipped.size() == 2);
    CHECK(scan->skipped.at(0).path == QStringLiteral("meer/lees mij.md"));
    CHECK(scan->skipped.at(1).path == QStringLiteral("notities.docx"));
    for (const auto &skipped : scan->skipped) {
        CHECK(skipped.reason == FolderScan::Skipped::Reason::NotMedia);
        CHECK(skipped.why.text().contains(QStringLiteral("not an image, video or .txt text")));
    }

    const auto videos = scan->items(MediaKind::Video);
    REQUIRE(videos.size() == 1);
    CHECK(FolderScan::hasVideoFacts(*videos.first()));
    CHECK(videos.first()->facts.frameRateNumerator / videos.first()->facts.frameRateDenominator ==
          25);
    CHECK(FolderScan::frameRateText(videos.first()->facts) == QStringLiteral("25 fps"));
    CHECK(FolderScan::durationText(videos.first()->facts.durationMs) == QStringLiteral("0:30"));
    const auto texts = scan->items(MediaKind::Text);
    REQUIRE(texts.size() == 1);
    CHECK(texts.first()->size == 22);

    // The items are the task builder's: hashed, in path order, with their facts.
    for (const Item &item : scan->draft.items) {
        CHECK(item.sha256.size() == 64);
        CHECK(QFileInfo(item.mediaPath).isAbsolute());
    }
    CHECK(scan->draft.items.at(0).mediaPath.endsWith(QStringLiteral("bericht.txt")));
    CHECK(scan->draft.items.at(1).facts.width == 40);
    // Nothing was written into the folder.
    CHECK(QDir(dir.path()).entryList(QDir::Files).size() == 4);
}

TEST_CASE("A pair scan finds NAME_A and NAME_B pairs and says why other files are left out",
          "[store][folderscan]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const QString &name : QDir(demo(QStringLiteral("thumbnail-pairs"))).entryList(QDir::Files))
        copy(demo(QStringLiteral("thumbnail-pairs"), name), dir.filePath(name));
    CHECK(looksLikePairFolder(dir.path()));
    copy(demo(QStringLiteral("ad-breaks"), QStringLiteral("uitzending-3.mp4")),
         dir.filePath(QStringLiteral("clip.mp4")));
    CHECK_FALSE(looksLikePairFolder(dir.path()));

    const auto scan = scanMediaFolder(dir.path(), FolderScan::Mode::Pairs);
    REQUIRE(scan.ok());
    CHECK(scan->itemCount() == 3);
    CHECK(scan->counts.value(MediaKind::ImagePair) == 3);
    CHECK(scan->draft.task.mediaKind == MediaKind::ImagePair);
    const auto pairs = scan->items(MediaKind::ImagePair);
    REQUIRE(pairs.size() == 3);
    CHECK(QFileInfo(pairs.at(0)->mediaPath).fileName() == QStringLiteral("bos_A.jpg"));
    REQUIRE(pairs.at(0)->medium(QStringLiteral("B")));
    CHECK(QFileInfo(pairs.at(0)->medium(QStringLiteral("B"))->mediaPath).fileName() ==
          QStringLiteral("bos_B.jpg"));
    REQUIRE(scan->skipped.size() == 3);
    CHECK(scan->skipped.at(0).path == QStringLiteral("clip.mp4"));
    CHECK(scan->skipped.at(0).reason == FolderScan::Skipped::Reason::NotAnImage);
    CHECK(scan->skipped.at(1).path == QStringLiteral("instructions.md"));
    CHECK(scan->skipped.at(1).reason == FolderScan::Skipped::Reason::NotMedia);

    // An A without its B: the task builder's error, naming the file; nothing is scanned.
    QFile::remove(dir.filePath(QStringLiteral("haven_B.jpg")));
    const auto broken = scanMediaFolder(dir.path(), FolderScan::Mode::Pairs);
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message().contains(QStringLiteral("haven_A.jpg")));
    CHECK(broken.error().message().contains(QStringLiteral("no partner")));
}

TEST_CASE("A folder without media, or no folder at all, is an error that names it",
          "[store][folderscan]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    write(dir.filePath(QStringLiteral("alleen.md")), QByteArray("niets"));
    const auto empty = scanMediaFolder(dir.path(), FolderScan::Mode::Items);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.error().message().contains(dir.path()));
    const auto missing =
            scanMediaFolder(dir.filePath(QStringLiteral("weg")), FolderScan::Mode::Items);
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().message().contains(QStringLiteral("weg")));
}

TEST_CASE("A scanned folder becomes a task with its assignments in one transaction, or nothing",
          "[store][folderscan][assignment]")
{
    test::Fixture fx(1);
    Store &store = *fx.store;
    const Profile lead = *store.addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    const Profile bram = *store.addProfile(QStringLiteral("Bram"), Role::Annotator);
    const Profile cem = *store.addProfile(QStringLiteral("Cem"), Role::Annotator);
    const auto scan =
            scanMediaFolder(demo(QStringLiteral("thumbnail-pairs")), FolderScan::Mode::Pairs);
    REQUIRE(scan.ok());
    QFile schemaFile(demo(QStringLiteral("thumbnail-pairs"), QStringLiteral("schema.json")));
    REQUIRE(schemaFile.open(QIODevice::ReadOnly));
    const auto schema = Schema::fromJson(schemaFile.readAll(), schemaFile.fileName());
    REQUIRE(schema.ok());
    const int tasksBefore = int(store.tasks().size());
    const qint64 opsBefore = store.opCount();

    Task task = scan->draft.task;
    task.name = QStringLiteral("Thumbnails A/B");
    task.schema = *schema;
    task.annotatorsPerItem = 2;

    // Someone unknown among the people: the plan is refused inside the transaction, so the
    // task is not there either.
    const auto refused = createAssignedTask(store, task, scan->draft.items,
                                            {bram.id, QStringLiteral("Niemand")}, lead.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("Niemand")));
    CHECK(store.tasks().size() == tasksBefore);
    CHECK(store.opCount() == opsBefore);
    // More per item than people: refused before anything.
    task.annotatorsPerItem = 3;
    CHECK_FALSE(
            createAssignedTask(store, task, scan->draft.items, {bram.id, cem.id}, lead.id).ok());
    CHECK(store.opCount() == opsBefore);

    task.annotatorsPerItem = 2;
    const auto created =
            createAssignedTask(store, task, scan->draft.items, {bram.id, cem.id}, lead.id);
    REQUIRE(created.ok());
    CHECK(store.tasks().size() == tasksBefore + 1);
    const auto stored = store.task(created->id);
    REQUIRE(stored);
    CHECK(stored->schema.toJson() == schema->toJson());
    CHECK(stored->mediaKind == MediaKind::ImagePair);
    CHECK(stored->annotatorsPerItem == 2);
    const QList<Item> items = store.items(created->id);
    REQUIRE(items.size() == 3);
    const auto assigned = store.assignments(created->id);
    for (const Item &item : items)
        CHECK(assigned.value(item.id).size() == 2);
    // One task op, three item ops and six assignment ops.
    CHECK(store.opCount() == opsBefore + 1 + 3 + 6);

    // Nobody named: the task is for everyone, nothing assigned.
    task.name = QStringLiteral("Voor iedereen");
    task.annotatorsPerItem = 1;
    const auto open = createAssignedTask(store, task, scan->draft.items, {}, lead.id);
    REQUIRE(open.ok());
    CHECK(store.assignments(open->id).isEmpty());
    CHECK(store.queue(open->id, bram.id).size() == 3);
}
