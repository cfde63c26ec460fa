// SPDX-License-Identifier: GPL-3.0-or-later
// An orthophoto in the whole program: a GeoTIFF item opens in the image editor like any
// image, and the status line shows the map coordinates under the pointer.

#include "guifixture.h"
#include "guisteps.h"

#include "canvas/imagecanvas.h"
#include "canvas/imageeditor.h"
#include "document/itemdocument.h"
#include "geotestutil.h"
#include "mediatestutil.h"
#include "testutil.h"
#include "workpage.h"

#include <QApplication>
#include <QLabel>
#include <QMouseEvent>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

TEST_CASE("orthophoto: the status line shows map coordinates under the pointer", "[gui][image]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    const Profile anna = f.store().profiles().first();
    // 600 × 400 pixels of 0.25 m from (155000, 463100) in RD New.
    const QString ortho = f.folder() + QStringLiteral("/dijk.tif");
    const QString made = test::writeGeoTiff(test::quadrants(600, 400), ortho, 28992);
    INFO(made.toStdString());
    REQUIRE(made.isEmpty());
    Task task;
    task.name = QStringLiteral("Dijkvak 12");
    task.schema = test::demoSchema();
    Item image;
    image.mediaPath = ortho;
    image.sha256 = QString(64, QLatin1Char('d'));
    image.size = 1;
    image.kind = MediaKind::Image;
    const auto created = f.store().createTask(task, {image}, anna.id);
    REQUIRE(created.ok());
    REQUIRE(f.store().setSetting(anna.id, QStringLiteral("work/lastTask"), created->id).ok());
    QString problem;
    INFO(problem.toStdString());
    REQUIRE(f.restart(&problem));
    if (f.window().page() != MainWindow::Page::Work)
        f.press(Qt::Key_Return);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
    WorkPage *work = f.window().workPage();
    REQUIRE(work->task());
    REQUIRE(work->task()->id == created->id);

    ImageCanvas *canvas = test::imageEditor(work)->canvas();
    REQUIRE(GuiFixture::waitFor([&] { return canvas->state() == ImageCanvas::State::Ready; },
                                10000));
    auto *status = work->findChild<QLabel *>(QStringLiteral("editorStatus"));
    REQUIRE(status);
    CHECK_FALSE(status->text().contains(QStringLiteral("EPSG")));

    // Pixel (100.4, 50.4) is at X 155025.10, Y 463087.40.
    const QPointF p = canvas->mapFromImage(QPointF(100.4, 50.4));
    QMouseEvent move(QEvent::MouseMove, p, canvas->mapToGlobal(p), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QApplication::sendEvent(canvas, &move);
    REQUIRE(GuiFixture::waitFor(
            [&] { return status->text().contains(QStringLiteral("EPSG:28992")); }));
    INFO(status->text().toStdString());
    CHECK(status->text().contains(QStringLiteral("X 155025.10 m, Y 463087.40 m (EPSG:28992)")));
    CHECK(status->text().contains(QStringLiteral("x 100, y 50 px")));
    test::screenshots(f, QStringLiteral("orthophoto"));
}
