// SPDX-License-Identifier: GPL-3.0-or-later
// The A/B pair editor in the real main window: both images at one zoom and position, the
// choice by key and by mouse, undoable and in the store; and an undo walk that crosses an
// image item, an A/B item and an item of a kind without an editor (questions only).

#include "guifixture.h"
#include "guisteps.h"

#include "canvas/imagecanvas.h"
#include "canvas/imageeditor.h"
#include "document/commands.h"
#include "document/itemdocument.h"
#include "pair/paireditor.h"
#include "store/taskbuilder.h"
#include "video/videoeditor.h"
#include "workpage.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QWheelEvent>
#include <QImage>
#include <QJsonDocument>
#include <QPushButton>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

const char kPairSchema[] = R"({
  "format": 1,
  "labels": [{"name": "Buffer", "colour": "#1f77b4", "hotkey": "2", "kinds": ["box"]}],
  "questions": [
    {"id": "beter", "text": "Welke thumbnail is beter?", "type": "ab", "noDifference": true,
     "mediaKinds": ["image-pair"]},
    {"id": "kwaliteit", "text": "Hoe goed is het beeld?", "type": "rating", "min": 1, "max": 5}
  ]
})";

QString writeImage(const QString &path, int width, int height, QColor colour)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    for (int x = 0; x < width; x += 7) // some texture, so the two are told apart
        image.setPixelColor(x, (x * 3) % height, Qt::white);
    REQUIRE(image.save(path));
    return path;
}

QString storedAnswer(Store &store, const QString &itemId, const QString &author, const QString &question)
{
    for (const Annotation &a : store.annotations(itemId, author))
        if (a.label == question)
            return a.value.value(QStringLiteral("answer")).toVariant().toString();
    return {};
}

/// A task of A/B pairs in Anna's store, opened after a restart.
struct PairTask
{
    explicit PairTask(GuiFixture &f)
    {
        test::startAsAnnotator(f);
        anna = f.store().profiles().first();
        const QString folder = f.folder() + QStringLiteral("/pairs");
        REQUIRE(QDir().mkpath(folder));
        writeImage(folder + QStringLiteral("/poster_A.png"), 800, 600, QColor(200, 60, 60));
        writeImage(folder + QStringLiteral("/poster_B.png"), 800, 600, QColor(60, 60, 200));
        writeImage(folder + QStringLiteral("/banner_A.png"), 400, 300, QColor(60, 160, 60));
        writeImage(folder + QStringLiteral("/banner_B.png"), 400, 300, QColor(160, 160, 60));
        const QString schema = f.folder() + QStringLiteral("/ab.json");
        QFile file(schema);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(kPairSchema);
        file.close();
        auto draft = draftPairTaskFromFolder(QStringLiteral("Thumbnails A/B"), schema, folder);
        REQUIRE(draft.ok());
        auto task = f.store().createTask(draft->task, draft->items, anna.id);
        REQUIRE(task.ok());
        taskId = task->id;
        items = f.store().items(taskId);
        REQUIRE(f.store().setSetting(anna.id, QStringLiteral("work/lastTask"), taskId).ok());
        REQUIRE(f.restart());
        if (f.window().page() != MainWindow::Page::Work)
            f.press(Qt::Key_Return);
        REQUIRE(f.window().page() == MainWindow::Page::Work);
        work = f.window().workPage();
        REQUIRE(work->task());
        REQUIRE(work->task()->id == taskId);
        editor = qobject_cast<PairEditor *>(work->editor());
        REQUIRE(editor);
        REQUIRE(GuiFixture::waitFor([this] {
            return editor->canvasA()->state() == ImageCanvas::State::Ready
                && editor->canvasB()->state() == ImageCanvas::State::Ready;
        }, 10000));
    }
    Profile anna;
    QString taskId;
    QList<Item> items;
    WorkPage *work = nullptr;
    PairEditor *editor = nullptr;
};

} // namespace

TEST_CASE("A/B pairs: both images follow one zoom and position", "[gui][pair]")
{
    GuiFixture f;
    PairTask t(f);
    ImageCanvas *a = t.editor->canvasA();
    ImageCanvas *b = t.editor->canvasB();
    CHECK(a->isVisible());
    CHECK(b->isVisible());
    CHECK(t.editor->problem().isEmpty());
    // For people looking at it: ANNOSTRAAT_GRAB_DIR=folder keeps a picture of the window.
    if (const QString grabs = qEnvironmentVariable("ANNOSTRAAT_GRAB_DIR"); !grabs.isEmpty())
        f.window().grab().save(grabs + QStringLiteral("/pair-editor.png"));
    CHECK(a->zoom() == Approx(b->zoom()));
    // Both images shown first: one that arrives later is fitted to its view, whatever A did.
    REQUIRE(GuiFixture::waitFor([&] {
        return a->state() == ImageCanvas::State::Ready && b->state() == ImageCanvas::State::Ready;
    }, 10000));

    // Zoom in on A with its key: B follows.
    a->setFocus();
    const double fitted = a->zoom();
    f.press(Qt::Key_Plus);
    CHECK(a->zoom() > fitted);
    CHECK(b->zoom() == Approx(a->zoom()));
    // Larger still, so the image is larger than the view both ways (on a tall screen one step
    // can leave it fitting in height, and then there is nothing to follow downwards).
    f.press(Qt::Key_Plus);
    f.press(Qt::Key_Plus);
    REQUIRE(a->visibleImageRect().height() < a->imageSize().height());
    CHECK(b->zoom() == Approx(a->zoom()));
    // Pan A with the arrow keys: B shows the same part.
    f.press(Qt::Key_Right);
    f.press(Qt::Key_Down);
    CHECK(b->visibleImageRect().center().x() == Approx(a->visibleImageRect().center().x()).margin(1.0));
    CHECK(b->visibleImageRect().center().y() == Approx(a->visibleImageRect().center().y()).margin(1.0));
    // The wheel on B: A follows.
    const double before = b->zoom();
    QWheelEvent wheel(QPointF(b->width() / 2.0, b->height() / 2.0), b->mapToGlobal(QPointF(b->width() / 2.0, b->height() / 2.0)),
                      QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(b, &wheel);
    CHECK(b->zoom() > before);
    CHECK(a->zoom() == Approx(b->zoom()));
}

TEST_CASE("A/B pairs: the choice by key and by mouse is stored, undone and redone", "[gui][pair]")
{
    GuiFixture f;
    PairTask t(f);
    const QString item = t.work->document()->item().id;
    const QString anna = t.anna.id;
    t.editor->canvasA()->setFocus();

    f.press(Qt::Key_A);
    CHECK(storedAnswer(f.store(), item, anna, QStringLiteral("beter")) == QLatin1String("A"));
    CHECK(t.editor->choice() == QLatin1String("A"));
    f.press(Qt::Key_B);
    CHECK(storedAnswer(f.store(), item, anna, QStringLiteral("beter")) == QLatin1String("B"));
    f.press(Qt::Key_Equal);
    CHECK(storedAnswer(f.store(), item, anna, QStringLiteral("beter")) == QLatin1String("same"));

    // By mouse: the button under image A.
    auto *buttonA = t.editor->widget()->findChild<QPushButton *>(QStringLiteral("chooseAButton"));
    REQUIRE(buttonA);
    QTest::mouseClick(buttonA, Qt::LeftButton);
    CHECK(storedAnswer(f.store(), item, anna, QStringLiteral("beter")) == QLatin1String("A"));

    // Undo walks back through every choice, redo forward again.
    t.editor->canvasA()->setFocus();
    const QStringList history{QStringLiteral("same"), QStringLiteral("B"), QStringLiteral("A"), QString()};
    for (const QString &expected : history) {
        f.press(Qt::Key_Z, Qt::ControlModifier);
        CHECK(storedAnswer(f.store(), item, anna, QStringLiteral("beter")) == expected);
    }
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(storedAnswer(f.store(), item, anna, QStringLiteral("beter")) == QLatin1String("A"));
    CHECK(t.editor->choice() == QLatin1String("A"));
}

TEST_CASE("Undo walks back across an image item, an A/B item and a questions-only item", "[gui][pair][undo]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    const Profile anna = f.store().profiles().first();
    const QString folder = f.folder();
    const QString photo = writeImage(folder + QStringLiteral("/foto.png"), 300, 200, Qt::gray);
    const QString a = writeImage(folder + QStringLiteral("/x_A.png"), 200, 100, Qt::red);
    const QString b = writeImage(folder + QStringLiteral("/x_B.png"), 200, 100, Qt::blue);
    auto schema = Schema::fromJson(kPairSchema, QStringLiteral("ab.json"));
    REQUIRE(schema.ok());
    Task task;
    task.name = QStringLiteral("Gemengd");
    task.schema = *schema;
    task.mediaKind = MediaKind::Mixed;
    auto item = [](const QString &path, MediaKind kind, int order) {
        Item i;
        i.mediaPath = path;
        i.sha256 = *sha256OfFile(path);
        i.size = QFileInfo(path).size();
        i.kind = kind;
        i.order = order;
        return i;
    };
    Item image = item(photo, MediaKind::Image, 0);
    Item pair = item(a, MediaKind::ImagePair, 1);
    pair.extraMedia << ItemMedium{QStringLiteral("B"), b, *sha256OfFile(b), QFileInfo(b).size(), {}};
    Item video = item(photo, MediaKind::Video, 2); // a photo said to be a video: questions only
    auto created = f.store().createTask(task, {image, pair, video}, anna.id);
    REQUIRE(created.ok());
    const QList<Item> items = f.store().items(created->id);
    REQUIRE(f.store().setSetting(anna.id, QStringLiteral("work/lastTask"), created->id).ok());
    REQUIRE(f.restart());
    if (f.window().page() != MainWindow::Page::Work)
        f.press(Qt::Key_Return);
    WorkPage *work = f.window().workPage();
    REQUIRE(work->document());
    REQUIRE(work->document()->item().id == items.at(0).id);

    auto status = [&](int i) {
        const auto s = f.store().submission(items.at(i).id, anna.id);
        return s ? s->status : SubmissionStatus::Todo;
    };
    // Image: done. Pair: choose B, done. Video: rate it 4 (through the form's document), done.
    CHECK(work->editor() == test::imageEditor(work));
    REQUIRE(work->finish(SubmissionStatus::Done));
    auto *pairEditor = qobject_cast<PairEditor *>(work->editor());
    REQUIRE(pairEditor);
    REQUIRE(pairEditor->choose(QStringLiteral("B")));
    REQUIRE(work->finish(SubmissionStatus::Done));
    // The video editor takes it (FFmpeg reads a PNG as a video of one frame); the questions stay.
    auto *videoEditor = qobject_cast<VideoEditor *>(work->editor());
    REQUIRE(videoEditor);
    CHECK(GuiFixture::waitFor([&] { return videoEditor->isReady() || !videoEditor->problem().isEmpty(); }, 10000));
    REQUIRE(Commands::setAnswer(*work->document(), QStringLiteral("kwaliteit"), 4).ok());
    REQUIRE(work->finish(SubmissionStatus::Done));
    CHECK(status(0) == SubmissionStatus::Done);
    CHECK(status(1) == SubmissionStatus::Done);
    CHECK(status(2) == SubmissionStatus::Done);
    CHECK(storedAnswer(f.store(), items.at(1).id, anna.id, QStringLiteral("beter")) == QLatin1String("B"));

    // Back through every step, each asserted in the store.
    work->undo(); // video: done
    CHECK(status(2) != SubmissionStatus::Done);
    work->undo(); // video: the rating
    CHECK(storedAnswer(f.store(), items.at(2).id, anna.id, QStringLiteral("kwaliteit")).isEmpty());
    work->undo(); // back to the pair: done
    CHECK(work->document()->item().id == items.at(1).id);
    CHECK(work->editor() == pairEditor);
    CHECK(status(1) != SubmissionStatus::Done);
    work->undo(); // the pair: choice B
    CHECK(storedAnswer(f.store(), items.at(1).id, anna.id, QStringLiteral("beter")).isEmpty());
    work->undo(); // back to the image: done
    CHECK(work->document()->item().id == items.at(0).id);
    CHECK(work->editor() == test::imageEditor(work));
    CHECK(status(0) != SubmissionStatus::Done);
}
