// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's export dialog driven as a person does: choose the format, type the file's
// name, press Export; the export runs in a worker thread, so the test waits for its signal.

#include "exportdialog.h"
#include "formats/countwords.h"
#include "formats/registry.h"
#include "guifixture.h"
#include "guisteps.h"
#include "store/store.h"
#include "testutil.h"
#include "workpage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include "catchqt.h"

using namespace annostraat;

TEST_CASE("export dialog: choose jsonl, type a file name, press Export - the file is written",
          "[widgets][formats]")
{
    test::Fixture lab(3);
    REQUIRE(lab.store->addProfile(QStringLiteral("Tessa"), Role::TeamLead).ok());
    Annotation box;
    box.itemId = lab.items[1].id;
    box.author = lab.annotator.id;
    box.kind = AnnotationKind::Box;
    box.label = QStringLiteral("Buffer");
    box.value = test::sampleValue(AnnotationKind::Box);
    REQUIRE(lab.store->addAnnotation(box).ok());

    ExportDialog dialog(*lab.store, FormatRegistry::builtin(), lab.task.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK(dialog.taskBox()->currentData().toString() == lab.task.id);

    // Every format that can export is offered; pick the JSON Lines dump.
    QComboBox *formats = dialog.formatBox();
    // jsonl, csv-answers, the six image datasets and the two GIS formats
    REQUIRE(formats->count() == 10);
    const int jsonl = formats->findData(QStringLiteral("jsonl"));
    REQUIRE(jsonl >= 0);
    formats->setFocus();
    while (formats->currentIndex() != jsonl)
        QTest::keyClick(formats, formats->currentIndex() < jsonl ? Qt::Key_Down : Qt::Key_Up);
    CHECK(dialog.pathEdit()->text().endsWith(QStringLiteral(".jsonl")));

    const QString path = lab.dir.filePath(QStringLiteral("buffers.jsonl"));
    dialog.pathEdit()->setFocus();
    dialog.pathEdit()->selectAll();
    QTest::keyClicks(dialog.pathEdit(), path);
    CHECK(dialog.pathEdit()->text() == path);

    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    REQUIRE(dialog.exportButton()->isEnabled());
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    CHECK_FALSE(dialog.exportButton()->isEnabled()); // until the worker is done
    REQUIRE(finished.wait(30000));
    CHECK(finished.first().at(0).toBool());
    CHECK(finished.first().at(1).toString() == path);
    CHECK(dialog.progressBar()->value() == dialog.progressBar()->maximum());
    CHECK(dialog.resultLabel()->text().contains(path));
    CHECK(dialog.exportButton()->isEnabled());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    const QJsonObject header = QJsonDocument::fromJson(lines.first()).object();
    CHECK(header.value(QStringLiteral("format")).toString() == QStringLiteral("annostraat-jsonl"));
    CHECK(header.value(QStringLiteral("task")).toString() == lab.task.id);
    // header, Anna, the task, three items, the box; and the final line break
    CHECK(lines.size() == 1 + 1 + 1 + 3 + 1 + 1);
    CHECK(lines.at(lines.size() - 2).contains(box.label.toUtf8()));

    SECTION("a second export to the same name asks first; saying no writes nothing")
    {
        const QByteArray before = [&] {
            QFile again(path);
            REQUIRE(again.open(QIODevice::ReadOnly));
            return again.readAll();
        }();
        // Answer the question box with Escape as soon as it shows.
        QTimer::singleShot(0, [] {
            if (QWidget *box = QApplication::activeModalWidget())
                QTest::keyClick(box, Qt::Key_Escape);
        });
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        CHECK_FALSE(dialog.isRunning()); // "No": no export was started
        CHECK(finished.size() == 1);
        QFile again(path);
        REQUIRE(again.open(QIODevice::ReadOnly));
        CHECK(again.readAll() == before);
    }
}

TEST_CASE("export dialog: opened from the team lead's Team menu, on the open task",
          "[widgets][formats]")
{
    test::GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    QAction *action = f.window().action(QStringLiteral("actionExportTask"));
    REQUIRE(action);
    CHECK_FALSE(action->isVisible()); // nobody chosen yet: no team lead

    test::firstStartAsTeamLead(f);
    REQUIRE(f.window().workPage()->task());
    REQUIRE(action->isVisible());
    REQUIRE(action->isEnabled());

    action->trigger();
    ExportDialog *dialog = nullptr;
    REQUIRE(test::GuiFixture::waitFor([&] {
        dialog = f.window().findChild<ExportDialog *>();
        return dialog && dialog->isVisible();
    }));
    CHECK(dialog->taskBox()->currentData().toString() == f.window().workPage()->task()->id);
    // The open task holds images: the two formats of every task, the six image datasets and
    // the two GIS formats.
    QStringList ids;
    for (int i = 0; i < dialog->formatBox()->count(); ++i)
        ids << dialog->formatBox()->itemData(i).toString();
    ids.sort();
    CHECK(ids == QStringList{QStringLiteral("coco"), QStringLiteral("csv-answers"),
                             QStringLiteral("cvat-images"), QStringLiteral("geojson"),
                             QStringLiteral("gpkg"), QStringLiteral("jsonl"),
                             QStringLiteral("labelme"), QStringLiteral("labelstudio-images"),
                             QStringLiteral("voc"), QStringLiteral("yolo")});
    dialog->reject();
}

TEST_CASE("export dialog: whose work is chosen by keys, the preview says what the export will "
          "hold, and the export holds just that",
          "[widgets][formats]")
{
    test::Fixture lab(2);
    REQUIRE(lab.store->addProfile(QStringLiteral("Tessa"), Role::TeamLead).ok());
    // Real images, so COCO knows their sizes.
    for (const Item &item : lab.items) {
        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::gray);
        REQUIRE(image.save(item.mediaPath, "PNG"));
    }
    Annotation box;
    box.itemId = lab.items[1].id;
    box.author = lab.annotator.id;
    box.kind = AnnotationKind::Box;
    box.label = QStringLiteral("Buffer");
    box.value = QJsonObject{{QStringLiteral("x"), 2}, {QStringLiteral("y"), 3},
                            {QStringLiteral("w"), 10}, {QStringLiteral("h"), 5}};
    REQUIRE(lab.store->addAnnotation(box).ok());

    ExportDialog dialog(*lab.store, FormatRegistry::builtin(), lab.task.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    QSignalSpy ready(&dialog, &ExportDialog::previewReady);
    QComboBox *formats = dialog.formatBox();
    const int coco = formats->findData(QStringLiteral("coco"));
    REQUIRE(coco >= 0);
    formats->setFocus();
    while (formats->currentIndex() != coco)
        QTest::keyClick(formats, formats->currentIndex() < coco ? Qt::Key_Down : Qt::Key_Up);
    REQUIRE(test::GuiFixture::waitFor([&] { return !dialog.isPreviewing() && ready.size() > 0; }));

    // Everyone, reviewed, consensus, then each person with work in the task.
    QComboBox *whose = dialog.whoseBox();
    REQUIRE(whose->isEnabled());
    QStringList data;
    for (int i = 0; i < whose->count(); ++i)
        data << whose->itemData(i).toString();
    CHECK(data == QStringList{QStringLiteral("all"), QStringLiteral("reviewed"),
                              QStringLiteral("consensus"),
                              QStringLiteral("layer:") + lab.annotator.id});
    const QString everyone = dialog.previewLabel()->text();
    INFO(everyone.toStdString());
    CHECK(everyone.contains(countMessage(QStringLiteral("image"), 2).text()));
    CHECK(everyone.contains(countMessage(QStringLiteral("annotation"), 1).text()));

    // Only reviewed work: nobody reviewed, so no annotation.
    ready.clear();
    whose->setFocus();
    QTest::keyClick(whose, Qt::Key_Down);
    REQUIRE(whose->currentData().toString() == QStringLiteral("reviewed"));
    REQUIRE(test::GuiFixture::waitFor([&] { return !dialog.isPreviewing() && ready.size() > 0; }));
    const QString reviewed = dialog.previewLabel()->text();
    CHECK(reviewed.contains(countMessage(QStringLiteral("image"), 2).text()));
    CHECK_FALSE(reviewed.contains(countMessage(QStringLiteral("annotation"), 1).text()));

    const QString path = lab.dir.filePath(QStringLiteral("reviewed.json"));
    dialog.pathEdit()->setFocus();
    dialog.pathEdit()->selectAll();
    QTest::keyClicks(dialog.pathEdit(), path);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
    REQUIRE(finished.wait(30000));
    REQUIRE(finished.first().at(0).toBool());
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    CHECK(json.value(QStringLiteral("images")).toArray().size() == 2);
    CHECK(json.value(QStringLiteral("annotations")).toArray().isEmpty());

    // JSON Lines keeps the whole task: whose work is not a choice there.
    const int jsonl = formats->findData(QStringLiteral("jsonl"));
    formats->setFocus();
    while (formats->currentIndex() != jsonl)
        QTest::keyClick(formats, formats->currentIndex() < jsonl ? Qt::Key_Down : Qt::Key_Up);
    CHECK_FALSE(whose->isEnabled());
}
