// SPDX-License-Identifier: GPL-3.0-or-later
// Adding items to a running task (core/store/additems.h; issue 14, point 3) on a real store
// file and real media: what the task has already and what is of another kind is left out, the
// new items come after the last, in one transaction; the inverse takes them out again, and is
// refused whole once someone worked on one of them.
#include "store/additems.h"
#include "store/folderscan.h"
#include "store/store.h"
#include "store/taskbuilder.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

void writeImage(const QString &path, int hue)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(hue, 200, 200));
    REQUIRE(image.save(path));
}

void writeText(const QString &path, const QByteArray &text)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(text);
}

} // namespace

TEST_CASE("Items added to a running task: new media only, after the last, one transaction; "
          "taken out again until someone works on them",
          "[additems]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
    const Profile lead = *store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    const Profile anna = *store->addProfile(QStringLiteral("Anna"), Role::Annotator);
    const QString photos = dir.filePath(QStringLiteral("photos"));
    REQUIRE(QDir().mkpath(photos));
    for (int i = 0; i < 3; ++i)
        writeImage(QStringLiteral("%1/paal-%2.png").arg(photos).arg(i), i * 40);
    QFile schema(dir.filePath(QStringLiteral("schema.json")));
    REQUIRE(schema.open(QIODevice::WriteOnly));
    schema.write(QJsonDocument(test::demoSchema().toJson()).toJson());
    schema.close();
    auto draft = draftTaskFromFolder(QStringLiteral("Palen"), schema.fileName(), photos);
    REQUIRE(draft.ok());
    const auto task = store->createTask(draft->task, draft->items, lead.id);
    REQUIRE(task.ok());
    REQUIRE(task->mediaKind == MediaKind::Image);

    // The new folder: one photo the task has (another name, the same bytes), two new ones, a
    // text (not an image: this task is of images) and a note (no media at all).
    const QString extra = dir.filePath(QStringLiteral("extra"));
    REQUIRE(QDir().mkpath(extra));
    REQUIRE(QFile::copy(QStringLiteral("%1/paal-1.png").arg(photos), extra + QStringLiteral("/kopie.png")));
    writeImage(extra + QStringLiteral("/nieuw-a.png"), 200);
    writeImage(extra + QStringLiteral("/nieuw-b.png"), 260);
    writeText(extra + QStringLiteral("/verslag.txt"), "Een tekst.");
    writeText(extra + QStringLiteral("/notities.md"), "# notities");
    const auto scan = scanMediaFolder(extra, FolderScan::Mode::Items);
    REQUIRE(scan.ok());

    const qint64 opsBefore = store->opCount();
    const auto plan = planAddItems(*store, task->id, scan->draft.items, lead.id);
    REQUIRE(plan.ok());
    CHECK(store->opCount() == opsBefore); // planning writes nothing
    REQUIRE(plan->count() == 2);
    REQUIRE(plan->alreadyIn.size() == 1);
    CHECK(plan->alreadyIn.first().mediaPath.endsWith(QStringLiteral("kopie.png")));
    REQUIRE(plan->otherKind.size() == 1);
    CHECK(plan->otherKind.first().kind == MediaKind::Text);

    const auto added = applyAddItems(*store, *plan);
    REQUIRE(added.ok());
    CHECK(*added == 2);
    CHECK(store->opCount() == opsBefore + 2);
    QList<Item> items = store->items(task->id);
    REQUIRE(items.size() == 5);
    CHECK(items.at(3).mediaPath.endsWith(QStringLiteral("nieuw-a.png")));
    CHECK(items.at(3).order == 3);
    CHECK(items.at(4).mediaPath.endsWith(QStringLiteral("nieuw-b.png")));
    CHECK(items.at(4).order == 4);
    CHECK(items.at(4).facts.width == 64);
    // The same plan twice is refused whole.
    CHECK_FALSE(applyAddItems(*store, *plan).ok());
    CHECK(store->items(task->id).size() == 5);

    // Taken out again, and back.
    const AddItemsPlan back = plan->inverse();
    REQUIRE(applyAddItems(*store, back).ok());
    CHECK(store->items(task->id).size() == 3);
    REQUIRE(applyAddItems(*store, back.inverse()).ok());
    items = store->items(task->id);
    REQUIRE(items.size() == 5);
    CHECK(items.at(3).id == plan->items.at(0).id);

    // Once Anna worked on a new item, taking them out is refused whole.
    Annotation box{QString(), task->id, items.at(4).id, anna.id, AnnotationKind::Box,
                   QStringLiteral("Buffer"), test::sampleValue(AnnotationKind::Box, 0), {}, false};
    REQUIRE(store->addAnnotation(box).ok());
    const auto refused = applyAddItems(*store, back);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("nieuw-b.png")));
    CHECK(store->items(task->id).size() == 5);

    // A folder with nothing new adds nothing, and says what it left out.
    const auto again = planAddItems(*store, task->id, scan->draft.items, lead.id);
    REQUIRE(again.ok());
    CHECK(again->count() == 0);
    CHECK(again->alreadyIn.size() == 3);
}
