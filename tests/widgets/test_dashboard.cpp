// SPDX-License-Identifier: GPL-3.0-or-later
// The dashboard (issue 12, point 7; decision 0023) in the real main window, opened with F8:
// a team lead sees progress, review outcomes, agreement and the items with the most
// disagreement as the store holds them, and Enter on such an item opens it in the work page;
// an annotator sees only their own progress and feedback, speed figures only when the task
// allows it, and the window closes when someone else takes over the PC.

#include "guifixture.h"
#include "guisteps.h"

#include "dashboard.h"
#include "store/taskbuilder.h"
#include "theme.h"
#include "workpage.h"

#include <QAction>
#include <QApplication>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHorizontalStackedBarSeries>
#include <QImage>
#include <QJsonObject>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

struct Lab
{
    Lab(Store &store, bool annotatorsSeePace)
    {
        REQUIRE(mediaDir.isValid());
        lotte = *store.findProfile(QStringLiteral("Lotte"));
        anna = *store.addProfile(QStringLiteral("Anna"), Role::Annotator);
        bram = *store.addProfile(QStringLiteral("Bram"), Role::Annotator);
        const QString media = mediaDir.filePath(QStringLiteral("photos"));
        REQUIRE(QDir().mkpath(media));
        for (int i = 0; i < 3; ++i) {
            QImage image(400, 300, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 90, 120, 200));
            REQUIRE(image.save(QStringLiteral("%1/lamp-%2.png").arg(media).arg(i)));
        }
        QByteArray schema = R"({
  "format": 1,
  "labels": [{"name": "Lamp", "colour": "#1f77b4", "hotkey": "1", "kinds": ["box"]}],
  "questions": [{"id": "schade", "text": "Schade?", "type": "choice", "choices": ["ja", "nee"]}])";
        schema += annotatorsSeePace ? R"(, "dashboard": {"annotatorsSeePace": true}})" : "}";
        QFile file(mediaDir.filePath(QStringLiteral("schema.json")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(schema);
        file.close();
        auto draft = draftTaskFromFolder(QStringLiteral("Lampen"), file.fileName(), media);
        REQUIRE(draft.ok());
        auto created = store.createTask(draft->task, draft->items, lotte.id);
        REQUIRE(created.ok());
        task = *created;
        items = store.items(task.id);
        REQUIRE(store.assignRoundRobin(task.id, {anna.id, bram.id}, 2, lotte.id).ok());

        // Both draw a lamp on items 0 and 1 at one place; on item 2 far apart. All done,
        // Anna in 20 minutes an item, Bram in 10.
        for (int i = 0; i < 3; ++i)
            for (const Profile *who : {&anna, &bram}) {
                const double x = (i == 2 && who == &bram) ? 250 : 10;
                Annotation a{QString(), task.id, items[i].id, who->id, AnnotationKind::Box, QStringLiteral("Lamp"),
                             QJsonObject{{QStringLiteral("x"), x}, {QStringLiteral("y"), 10},
                                         {QStringLiteral("w"), 50}, {QStringLiteral("h"), 50}},
                             {}, false};
                REQUIRE(store.addAnnotation(a).ok());
                REQUIRE(store.setSubmission({task.id, items[i].id, who->id, SubmissionStatus::Done, {},
                                             who == &anna ? 1'200'000 : 600'000},
                                            who->id)
                                .ok());
            }
        // Lotte sends item 0 back to Anna.
        REQUIRE(store.setReview({task.id, items[0].id, anna.id, lotte.id, Verdict::Rejected,
                                 QStringLiteral("Neem de paal mee")}, lotte.id).ok());
    }

    QTemporaryDir mediaDir;
    Profile lotte, anna, bram;
    Task task;
    QList<Item> items;
};

QTreeWidgetItem *rowOf(QTreeWidget *table, const QString &person)
{
    for (int i = 0; i < table->topLevelItemCount(); ++i)
        if (table->topLevelItem(i)->text(0) == person)
            return table->topLevelItem(i);
    return nullptr;
}

Dashboard *openByKey(GuiFixture &f)
{
    REQUIRE(f.activate());
    f.press(Qt::Key_F8);
    Dashboard *dashboard = f.window().dashboard();
    REQUIRE(dashboard);
    REQUIRE(GuiFixture::waitFor([&] { return dashboard->isVisible(); }));
    // The figures are computed in a worker thread: the window is there before them.
    REQUIRE(GuiFixture::waitFor([&] { return !dashboard->isComputing(); }, 20000));
    dashboard->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dashboard));
    return dashboard;
}

} // namespace

TEST_CASE("dashboard: F8 shows a team lead progress, review outcomes, agreement and the items with "
          "the most disagreement - Enter opens the worst item in the work page",
          "[gui][dashboard]")
{
    GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    REQUIRE(f.store().addProfile(QStringLiteral("Lotte"), Role::TeamLead).ok());
    Lab lab(f.store(), false);
    REQUIRE(f.window().chooseProfile(lab.lotte.id));
    REQUIRE(f.window().workPage()->task());
    REQUIRE(f.window().workPage()->task()->id == lab.task.id);

    Dashboard *dashboard = openByKey(f);
    CHECK_FALSE(dashboard->isOwnView());
    CHECK(dashboard->taskId() == lab.task.id);
    CHECK(dashboard->windowTitle().startsWith(QLatin1String("Dashboard")));

    // Progress: as the store holds it, with the time worked and items per hour.
    QTreeWidget *progress = dashboard->progressTable();
    QTreeWidgetItem *anna = rowOf(progress, QStringLiteral("Anna"));
    REQUIRE(anna);
    CHECK(anna->text(Dashboard::AssignedColumn) == QLatin1String("3"));
    // Item 0 came back to Anna with feedback: to do again, as in her queue.
    CHECK(anna->text(Dashboard::DoneColumn) == QLatin1String("2"));
    CHECK(anna->text(Dashboard::ToDoColumn) == QLatin1String("1"));
    CHECK(anna->text(Dashboard::TimeColumn) == QLatin1String("1 h 0 min"));
    CHECK(anna->text(Dashboard::PaceColumn) == QLatin1String("2.0"));
    CHECK(rowOf(progress, QStringLiteral("Bram"))->text(Dashboard::PaceColumn) == QLatin1String("6.0"));
    CHECK(rowOf(progress, QStringLiteral("Everyone"))->text(Dashboard::DoneColumn) == QLatin1String("5"));
    CHECK_FALSE(progress->isColumnHidden(Dashboard::TimeColumn));
    // The chart holds the same figures.
    const auto series = dashboard->progressChart()->chart()->series();
    REQUIRE(series.size() == 1);
    auto *bars = qobject_cast<QHorizontalStackedBarSeries *>(series.first());
    REQUIRE(bars);
    // The bars read top-down as the table does: the first category is drawn at the bottom.
    const auto axes = dashboard->progressChart()->chart()->axes(Qt::Vertical);
    REQUIRE(axes.size() == 1);
    auto *people = qobject_cast<QBarCategoryAxis *>(axes.first());
    REQUIRE(people);
    CHECK(people->categories() == QStringList{QStringLiteral("Bram"), QStringLiteral("Anna")});
    CHECK(bars->barSets().first()->at(1) == 2.0); // Anna's done
    CHECK(progress->topLevelItem(0)->text(0) == QLatin1String("Anna"));

    // Review: Lotte's rejection is Anna's feedback.
    CHECK(rowOf(dashboard->reviewTable(), QStringLiteral("Anna"))->text(2) == QLatin1String("1"));

    // Agreement and gold: Anna and Bram agree on two of three lamps.
    QTabWidget *tabs = dashboard->tabs();
    CHECK(tabs->isTabVisible(Dashboard::QualityPage));
    QTest::keyClick(dashboard, Qt::Key_A, Qt::AltModifier);
    CHECK(tabs->currentIndex() == Dashboard::QualityPage);
    CHECK(dashboard->workBox()->currentData().toString() == QLatin1String("box"));
    QTreeWidgetItem *annaQuality = rowOf(dashboard->qualityTable(), QStringLiteral("Anna"));
    REQUIRE(annaQuality);
    CHECK(annaQuality->text(1).startsWith(QLatin1String("67 %")));
    CHECK(dashboard->trendChart()->chart()->series().size() == 4); // a line and points per person
    // Gold: none marked, and the page says how to mark them.
    dashboard->figureBox()->setFocus();
    QTest::keyClick(dashboard->figureBox(), Qt::Key_Down);
    CHECK(dashboard->figureBox()->currentData().toInt() == Dashboard::GoldFigure);
    CHECK(dashboard->qualityTable()->topLevelItemCount() == 0);

    // The items with the most disagreement: item 2 first; Enter opens it in the work page.
    QTest::keyClick(dashboard, Qt::Key_M, Qt::AltModifier);
    REQUIRE(tabs->currentIndex() == Dashboard::DisagreementPage);
    QTreeWidget *worst = dashboard->disagreementList();
    REQUIRE(worst->topLevelItemCount() == 1);
    CHECK(worst->topLevelItem(0)->text(0) == QStringLiteral("3 · lamp-2.png"));
    CHECK(worst->topLevelItem(0)->text(1) == QLatin1String("100 %"));
    CHECK(worst->topLevelItem(0)->text(2) == QLatin1String("Anna, Bram"));
    worst->setFocus();
    QTest::keyClick(worst, Qt::Key_Return);
    CHECK(f.window().workPage()->currentItemId() == lab.items[2].id);
    test::screenshots(f, QStringLiteral("dashboard-main"));
    if (!qEnvironmentVariableIsEmpty("ANNOSTRAAT_SCREENSHOTS"))
        for (int page : {int(Dashboard::ProgressPage), int(Dashboard::QualityPage)}) {
            tabs->setCurrentIndex(page);
            dashboard->grab().save(QDir(qEnvironmentVariable("ANNOSTRAAT_SCREENSHOTS"))
                                           .filePath(QStringLiteral("dashboard-%1.png").arg(page)));
        }

    // Work comes in: refresh() follows the store.
    REQUIRE(f.store().setReview({lab.task.id, lab.items[1].id, lab.bram.id, lab.lotte.id, Verdict::Accepted, {}},
                                lab.lotte.id).ok());
    QSignalSpy drawn(dashboard, &Dashboard::refreshed);
    dashboard->refresh();
    CHECK(dashboard->isComputing());
    // Meanwhile the window shows the figures it has, and says it counts again.
    CHECK(rowOf(dashboard->reviewTable(), QStringLiteral("Bram"))->text(3) == QLatin1String("0"));
    CHECK(dashboard->findChild<QLabel *>(QStringLiteral("dashboardSummary"))->text().contains(QStringLiteral("Counting again")));
    dashboard->refresh(); // asked twice: counted once more after, with the same result
    REQUIRE(GuiFixture::waitFor([&] { return !dashboard->isComputing(); }, 20000));
    CHECK(drawn.count() == 2); // the first count drawn, then the one asked for meanwhile
    CHECK(rowOf(dashboard->reviewTable(), QStringLiteral("Bram"))->text(3) == QLatin1String("1"));
    CHECK_FALSE(dashboard->findChild<QLabel *>(QStringLiteral("dashboardSummary"))->text().contains(QStringLiteral("Counting")));

    // Esc closes it, as it closes every window of the program.
    QPointer<Dashboard> open(dashboard);
    // (The work page took the keyboard when Enter opened the item; the figures came while
    // the main window was active.)
    dashboard->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dashboard));
    REQUIRE(GuiFixture::waitFor([&] { return QApplication::activeWindow() == dashboard; }));
    QTest::keyClick(dashboard, Qt::Key_Escape);
    CHECK(GuiFixture::waitFor([&] { return open.isNull(); }));
}

TEST_CASE("dashboard: an annotator's F8 is My progress - only their own row and feedback, no speed "
          "unless the task allows it - it closes when someone else takes over",
          "[gui][dashboard]")
{
    const bool pace = GENERATE(false, true);
    GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    REQUIRE(f.store().addProfile(QStringLiteral("Lotte"), Role::TeamLead).ok());
    Lab lab(f.store(), pace);
    REQUIRE(f.window().chooseProfile(lab.anna.id));
    REQUIRE(f.window().workPage()->task());
    REQUIRE(f.window().workPage()->task()->id == lab.task.id);
    CHECK(f.window().action(QStringLiteral("actionDashboard"))->text() == QLatin1String("My pro&gress"));

    Dashboard *dashboard = openByKey(f);
    CHECK(dashboard->isOwnView());
    CHECK(dashboard->windowTitle().startsWith(QLatin1String("My progress")));
    QTabWidget *tabs = dashboard->tabs();
    for (int page : {int(Dashboard::ReviewPage), int(Dashboard::QualityPage), int(Dashboard::DisagreementPage)})
        CHECK_FALSE(tabs->isTabVisible(page));
    QTreeWidget *progress = dashboard->progressTable();
    REQUIRE(progress->topLevelItemCount() == 1); // no one else, no "Everyone"
    CHECK(progress->topLevelItem(0)->text(0) == QLatin1String("Anna"));
    CHECK(progress->topLevelItem(0)->text(Dashboard::DoneColumn) == QLatin1String("2"));
    CHECK(progress->topLevelItem(0)->text(Dashboard::ToDoColumn) == QLatin1String("1"));
    CHECK(progress->isColumnHidden(Dashboard::TimeColumn) == !pace);
    CHECK(progress->isColumnHidden(Dashboard::PaceColumn) == !pace);
    CHECK(dashboard->figures().agreement.isEmpty());
    CHECK(dashboard->figures().mostDisagreement.isEmpty());

    // The feedback, with its comment; Enter opens the item.
    QTreeWidget *feedback = dashboard->feedbackList();
    REQUIRE(feedback->isVisible());
    REQUIRE(feedback->topLevelItemCount() == 1);
    CHECK(feedback->topLevelItem(0)->text(1) == QLatin1String("Neem de paal mee"));
    QTest::keyClick(dashboard, Qt::Key_F, Qt::AltModifier); // the label's mnemonic
    CHECK(feedback->hasFocus());
    feedback->setCurrentItem(feedback->topLevelItem(0));
    QTest::keyClick(feedback, Qt::Key_Return);
    CHECK(f.window().workPage()->currentItemId() == lab.items[0].id);

    // She marks it done again (Ctrl+Enter): the open window follows a moment later.
    REQUIRE(f.activate());
    f.press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(f.store().submission(lab.items[0].id, lab.anna.id)->status == SubmissionStatus::Done);
    CHECK(GuiFixture::waitFor([&] {
        return progress->topLevelItemCount() == 1
            && progress->topLevelItem(0)->text(Dashboard::DoneColumn) == QLatin1String("3");
    }));
    CHECK(feedback->topLevelItemCount() == 1);
    CHECK(feedback->topLevelItem(0)->data(0, Qt::UserRole).toString().isEmpty()); // "No feedback waiting."
    if (!qEnvironmentVariableIsEmpty("ANNOSTRAAT_SCREENSHOTS"))
        dashboard->grab().save(QDir(qEnvironmentVariable("ANNOSTRAAT_SCREENSHOTS"))
                                       .filePath(QStringLiteral("dashboard-own-%1.png").arg(pace ? 1 : 0)));

    // Bram takes over the PC: Anna's figures go away with her.
    QPointer<Dashboard> open(dashboard);
    REQUIRE(f.window().chooseProfile(lab.bram.id));
    CHECK(GuiFixture::waitFor([&] { return open.isNull(); }));
}

TEST_CASE("dashboard: Ctrl+Shift+G marks the open item gold with the team lead's layer as reference - "
          "the dashboard scores people against it - Ctrl+Z takes the mark back",
          "[gui][dashboard][gold]")
{
    GuiFixture f(QStringLiteral("en"));
    REQUIRE(f.start());
    REQUIRE(f.store().addProfile(QStringLiteral("Lotte"), Role::TeamLead).ok());
    Lab lab(f.store(), false);
    // Lotte's reference on item 2: the lamp where Anna drew it.
    Annotation reference{QString(), lab.task.id, lab.items[2].id, lab.lotte.id, AnnotationKind::Box,
                         QStringLiteral("Lamp"),
                         QJsonObject{{QStringLiteral("x"), 10}, {QStringLiteral("y"), 10},
                                     {QStringLiteral("w"), 50}, {QStringLiteral("h"), 50}},
                         {}, false};
    REQUIRE(f.store().addAnnotation(reference).ok());
    REQUIRE(f.window().chooseProfile(lab.lotte.id));
    WorkPage *work = f.window().workPage();
    work->openItem(lab.items[2].id);
    REQUIRE(work->currentItemId() == lab.items[2].id);
    QAction *gold = f.window().action(QStringLiteral("actionGoldItem"));
    REQUIRE(gold);
    CHECK(gold->isVisible());
    CHECK_FALSE(gold->isChecked());

    REQUIRE(f.activate());
    f.press(Qt::Key_G, Qt::ControlModifier | Qt::ShiftModifier);
    QList<GoldMark> marks = f.store().goldMarks(lab.task.id);
    REQUIRE(marks.size() == 1);
    CHECK(marks[0].itemId == lab.items[2].id);
    CHECK(marks[0].reference == lab.lotte.id);
    CHECK(gold->isChecked());

    // Anna drew the lamp where the reference is, Bram did not.
    Dashboard *dashboard = openByKey(f);
    dashboard->figureBox()->setCurrentIndex(dashboard->figureBox()->findData(int(Dashboard::GoldFigure)));
    QTreeWidget *scores = dashboard->qualityTable();
    REQUIRE(rowOf(scores, QStringLiteral("Anna")));
    CHECK(rowOf(scores, QStringLiteral("Anna"))->text(1).startsWith(QLatin1String("100 %")));
    CHECK(rowOf(scores, QStringLiteral("Bram"))->text(1).startsWith(QLatin1String("0 %")));
    CHECK_FALSE(rowOf(scores, QStringLiteral("Lotte")));
    dashboard->close();

    // Ctrl+Z in the main window takes the mark back.
    REQUIRE(f.activate());
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(f.store().goldMarks(lab.task.id).isEmpty());
    CHECK_FALSE(gold->isChecked());
}
