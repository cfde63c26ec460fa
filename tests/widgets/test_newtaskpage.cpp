// SPDX-License-Identifier: GPL-3.0-or-later
// The new task page (widgets/teamlead/newtaskpage.h; issue 14, point 1) on a real store file,
// driven with QTest keys and clicks: each lab job's task made from a copy of its folder with
// its template, the stored schema compared with the template; the folder scan shown before
// anything is written; nothing written until Create, then the task, its items and its
// assignments in one go; and Team → New task… (Ctrl+N) in the real main window.

#include "guifixture.h"
#include "guisteps.h"

#include "demotask.h"
#include "store/store.h"
#include "teamlead/newtaskpage.h"
#include "teamlead/schemaeditor.h"
#include "teamleaddesk.h"
#include "workpage.h"
#include "testutil.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextFragment>
#include <QTextImageFormat>
#include <QTreeWidget>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

/// A copy of a job's folder (media, schema.json and instructions.md) from the sources.
QString copyJob(const QTemporaryDir &dir, const QString &job)
{
    const QDir from(QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/resources/demo/") + job);
    const QString to = dir.filePath(job);
    REQUIRE(QDir().mkpath(to));
    for (const QString &name : from.entryList(QDir::Files))
        REQUIRE(QFile::copy(from.filePath(name), QDir(to).filePath(name)));
    return to;
}

Schema templateOf(const QString &job)
{
    QFile file(DemoTask::schemaFile(job));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto schema = Schema::fromJson(file.readAll(), file.fileName());
    REQUIRE(schema.ok());
    return *schema;
}

bool waitScanned(NewTaskPage &page)
{
    return QTest::qWaitFor([&] { return !page.isScanning(); }, 60000);
}

void click(QWidget *widget)
{
    REQUIRE(widget->isVisible());
    REQUIRE(widget->isEnabled());
    QTest::mouseClick(widget, Qt::LeftButton);
}

QStringList topRows(const QTreeWidget *tree)
{
    QStringList rows;
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        rows << tree->topLevelItem(i)->text(0);
    return rows;
}

} // namespace

TEST_CASE("New task page: each lab job's task made from its folder by keyboard and mouse stores "
          "its template's schema",
          "[widgets][newtask]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
    const Profile lead = *store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    const Profile anna = *store->addProfile(QStringLiteral("Anna"), Role::Annotator);
    const Profile bram = *store->addProfile(QStringLiteral("Bram"), Role::Annotator);
    const QList<SchemaStart> templates = TeamLeadDesk::jobTemplates();
    const QStringList jobs = DemoTask::jobs();
    REQUIRE(templates.size() == jobs.size());

    for (int j = 0; j < jobs.size(); ++j) {
        const QString &job = jobs.at(j);
        INFO(job.toStdString());
        const QString folder = copyJob(dir, job);
        const qint64 opsBefore = store->opCount();

        NewTaskPage page(*store, lead, templates);
        page.resize(1200, 850);
        page.show();
        QApplication::setActiveWindow(&page);
        REQUIRE(QTest::qWaitForWindowActive(&page));
        REQUIRE(page.step() == NewTaskPage::MediaStep);
        CHECK_FALSE(page.createButton()->isEnabled());

        // 1. The folder, typed, Enter: what it will give shows before anything is written.
        QTest::mouseClick(page.folderEdit(), Qt::LeftButton);
        QTest::keyClicks(page.folderEdit(), folder);
        QTest::keyClick(page.folderEdit(), Qt::Key_Return);
        REQUIRE(waitScanned(page));
        REQUIRE(page.folderScan());
        const QStringList rows = topRows(page.scanView());
        CHECK(rows.filter(QStringLiteral("Left out: 2 file")).size() ==
              1); // schema and instructions
        CHECK(page.scanView()
                      ->topLevelItem(rows.size() - 1)
                      ->child(0)
                      ->text(0)
                      .contains(QStringLiteral("not an image, video or .txt text")));

        // 2. The name.
        click(page.nextButton());
        REQUIRE(page.step() == NewTaskPage::TaskStep);
        QTest::mouseClick(page.nameEdit(), Qt::LeftButton);
        QTest::keyClicks(page.nameEdit(), QStringLiteral("Klus ") + job);

        // 3. The job's template, chosen with the arrow keys; its instructions come along, and
        // an A/B job's folder is read again as pairs.
        click(page.nextButton());
        REQUIRE(page.step() == NewTaskPage::SchemaStep);
        SchemaEditor *editor = page.schemaEditor();
        editor->startBox()->setFocus();
        REQUIRE(editor->startBox()->currentIndex() == 0);
        for (int k = 0; k < j; ++k)
            QTest::keyClick(editor->startBox(), Qt::Key_Down);
        REQUIRE(editor->startBox()->currentIndex() == j);
        click(editor->startButton());
        REQUIRE(waitScanned(page));
        REQUIRE(page.folderScan());
        CHECK(page.pairsBox()->isChecked() == DemoTask::isPairJob(job));
        CHECK(page.instructionsEdit()->toPlainText() == DemoTask::instructions(job));
        CHECK_FALSE(page.preview()->toPlainText().isEmpty());
        const QStringList scanned = topRows(page.scanView());
        if (DemoTask::isPairJob(job))
            CHECK(scanned.contains(QStringLiteral("A/B pairs: 3")));
        const auto videos = page.folderScan()->items(MediaKind::Video);
        for (const Item *video : videos)
            CHECK(FolderScan::hasVideoFacts(*video));

        // 4. Anna and Bram, ticked with Space, two per item.
        click(page.nextButton());
        REQUIRE(page.step() == NewTaskPage::PeopleStep);
        QListWidget *people = page.peopleList();
        REQUIRE(people->count() == 2); // the annotators, not the team lead
        people->setFocus();
        people->setCurrentRow(0);
        QTest::keyClick(people, Qt::Key_Space);
        QTest::keyClick(people, Qt::Key_Down);
        QTest::keyClick(people, Qt::Key_Space);
        page.perItemBox()->setFocus();
        QTest::keyClick(page.perItemBox(), Qt::Key_Up);
        CHECK(page.perItemBox()->value() == 2);

        // Nothing is written before Create.
        CHECK(store->opCount() == opsBefore);
        INFO(page.status()->text().toStdString());
        REQUIRE(page.createButton()->isEnabled());
        QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
        REQUIRE_FALSE(page.createdTaskId().isEmpty());
        CHECK_FALSE(page.createButton()->isEnabled()); // made once

        const auto task = store->task(page.createdTaskId());
        REQUIRE(task);
        CHECK(task->name == QStringLiteral("Klus ") + job);
        CHECK(QJsonDocument(task->schema.toJson()).toJson() ==
              QJsonDocument(templateOf(job).toJson()).toJson());
        CHECK(task->instructions == DemoTask::instructions(job));
        CHECK(task->annotatorsPerItem == 2);
        const QList<Item> items = store->items(task->id);
        CHECK(items.size() == page.folderScan()->itemCount());
        const auto assigned = store->assignments(task->id);
        for (const Item &item : items) {
            CHECK(assigned.value(item.id).size() == 2);
            CHECK(item.kind == (DemoTask::isPairJob(job) ? MediaKind::ImagePair : item.kind));
        }
        CHECK(store->opCount() == opsBefore + 1 + items.size() + 2 * items.size());
    }
}

TEST_CASE("New task page: a folder without media and a missing name say what is missing; nothing "
          "is written",
          "[widgets][newtask]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
    const Profile lead = *store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    const qint64 opsBefore = store->opCount();
    const QString empty = dir.filePath(QStringLiteral("leeg"));
    REQUIRE(QDir().mkpath(empty));
    {
        QFile file(QDir(empty).filePath(QStringLiteral("notities.md")));
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("# niets");
    }
    NewTaskPage page(*store, lead, TeamLeadDesk::jobTemplates());
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    CHECK(page.status()->text().contains(QStringLiteral("media folder")));
    // Before a start is chosen the page says what to do, not that "label 1 has no name".
    CHECK(page.status()->text().contains(QStringLiteral("start from a template, or add your own")));
    CHECK_FALSE(page.status()->text().contains(QStringLiteral("no name")));
    page.setFolder(empty);
    REQUIRE(waitScanned(page));
    CHECK_FALSE(page.folderScan());
    CHECK(page.scanStatus()->text().contains(QStringLiteral("cannot become a task")));
    CHECK(page.scanStatus()->text().contains(QStringLiteral("leeg")));
    CHECK(page.status()->text().contains(QStringLiteral("a name")));
    CHECK_FALSE(page.createButton()->isEnabled());
    CHECK_FALSE(page.create().ok());
    CHECK(store->opCount() == opsBefore);
    CHECK(store->tasks().isEmpty());

    // A folder typed but not read yet is not the one read before.
    page.setFolder(QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/resources/demo/erosion"));
    REQUIRE(waitScanned(page));
    REQUIRE(page.folderScan());
    page.folderEdit()->setFocus();
    QTest::keyClick(page.folderEdit(), Qt::Key_Backspace);
    CHECK_FALSE(page.folderScan());
    CHECK(page.status()->text().contains(QStringLiteral("media folder")));

    // With media and a name, but a schema with a problem: still nothing.
    page.setFolder(QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/resources/demo/lamp-posts"));
    REQUIRE(waitScanned(page));
    REQUIRE(page.folderScan());
    CHECK(page.folderScan()->counts.value(MediaKind::Image) == 2);
    page.nameEdit()->setText(QStringLiteral("Lantaarnpalen"));
    page.setStep(NewTaskPage::SchemaStep);
    page.schemaEditor()->setCurrentLabel(0);
    page.schemaEditor()->labelNameEdit()->selectAll();
    QTest::keyClick(page.schemaEditor()->labelNameEdit(), Qt::Key_Backspace);
    CHECK(page.status()->text().contains(QStringLiteral("start from a template")));
    CHECK_FALSE(page.createButton()->isEnabled());
    // Once the team lead edits the schema, its own problem is named.
    QTest::keyClicks(page.schemaEditor()->labelNameEdit(), QStringLiteral("P"));
    QTest::keyClick(page.schemaEditor()->labelNameEdit(), Qt::Key_Backspace);
    CHECK(page.status()->text().contains(QStringLiteral("complete schema")));
    CHECK(page.status()->text().contains(QStringLiteral("no name")));
    CHECK_FALSE(page.createButton()->isEnabled());
    QTest::keyClicks(page.schemaEditor()->labelNameEdit(), QStringLiteral("Paal"));
    CHECK(page.createButton()->isEnabled());
    // The review step writes the schema's review block.
    page.setStep(NewTaskPage::ReviewStep);
    page.sampleBox()->setValue(10);
    page.flaggedBox()->setChecked(true);
    const auto created = page.create();
    REQUIRE(created.ok());
    const auto task = store->task(created->id);
    REQUIRE(task);
    CHECK(task->schema.review().samplePercent == 10);
    CHECK(task->schema.review().flagged);
    CHECK(task->schema.labels().first().name == QStringLiteral("Paal"));
    // Nobody ticked: the task is for everyone.
    CHECK(store->assignments(task->id).isEmpty());
}

TEST_CASE("New task page: the client and a picture in the instructions are saved in the task; a "
          "picture that is not there stops Create",
          "[widgets][newtask]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
    const Profile lead = *store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    // A picture on the team lead's PC, outside the media folder (it is no item).
    const QString pictureFolder = dir.filePath(QStringLiteral("mijn plaatjes"));
    REQUIRE(QDir().mkpath(pictureFolder));
    const QString picture = QDir(pictureFolder).filePath(QStringLiteral("voorbeeld.png"));
    const QColor pictureColour(200, 30, 30);
    QImage image(120, 90, QImage::Format_RGB32);
    image.fill(pictureColour);
    REQUIRE(image.save(picture));
    QFile pictureFile(picture);
    REQUIRE(pictureFile.open(QIODevice::ReadOnly));
    const QByteArray pictureBytes = pictureFile.readAll();

    NewTaskPage page(*store, lead, TeamLeadDesk::jobTemplates());
    page.resize(1200, 850);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
    page.setFolder(QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/resources/demo/lamp-posts"));
    REQUIRE(waitScanned(page));
    REQUIRE(page.folderScan());
    const qint64 opsBefore = store->opCount();
    // The lamp-post job's template (it brings its instructions, written over below).
    page.setStep(NewTaskPage::SchemaStep);
    page.schemaEditor()->startFrom(int(DemoTask::jobs().indexOf(QStringLiteral("lamp-posts"))));
    REQUIRE(page.schemaEditor()->result().ok());

    page.setStep(NewTaskPage::TaskStep);
    page.nameEdit()->setFocus();
    QTest::keyClicks(page.nameEdit(), QStringLiteral("Lantaarnpalen"));
    // Alt+C goes to the client; it is typed like any field.
    QTest::keyClick(&page, Qt::Key_C, Qt::AltModifier);
    REQUIRE(QApplication::focusWidget() == page.clientEdit());
    QTest::keyClicks(page.clientEdit(), QStringLiteral("Gemeente Utrecht"));

    // Insert picture (its file dialog cannot be driven here: insertPicture() is what it calls).
    REQUIRE(page.insertPictureButton()->isVisible());
    CHECK(page.insertPictureButton()->text().contains(QStringLiteral("picture")));
    page.instructionsEdit()->setFocus();
    QTest::keyClick(page.instructionsEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(page.instructionsEdit(), Qt::Key_Delete);
    QTest::keyClicks(page.instructionsEdit(), QStringLiteral("Zo ziet een kapotte paal eruit:"));
    QTest::keyClick(page.instructionsEdit(), Qt::Key_Return);
    QTest::keyClick(page.instructionsEdit(), Qt::Key_Return);
    page.insertPicture(picture);
    CHECK(page.instructionsEdit()->toPlainText().endsWith(
            QStringLiteral("![voorbeeld](<%1>)").arg(QDir::fromNativeSeparators(picture))));
    // The preview shows it.
    CHECK(QTest::qWaitFor(
            [&] {
                const QImage shown = page.preview()->viewport()->grab().toImage();
                int same = 0;
                for (int y = 0; y < shown.height(); ++y)
                    for (int x = 0; x < shown.width(); ++x)
                        same += shown.pixelColor(x, y) == pictureColour ? 1 : 0;
                return same >= 100 * 80;
            },
            5000));
    test::screenshots(QStringLiteral("new-task-picture"), &page);
    INFO(page.status()->text().toStdString());
    REQUIRE(page.createButton()->isEnabled());

    // A second picture that is not there: the status names it, Create waits.
    const QString gone = QDir(pictureFolder).filePath(QStringLiteral("weg.png"));
    QTest::keyClick(page.instructionsEdit(), Qt::Key_Return);
    QTest::keyClick(page.instructionsEdit(), Qt::Key_Return);
    page.insertPicture(gone);
    CHECK(page.status()->text().contains(QStringLiteral("weg.png")));
    CHECK(page.status()->text().contains(QStringLiteral("not there")));
    CHECK_FALSE(page.createButton()->isEnabled());
    CHECK_FALSE(page.create().ok());
    CHECK(store->opCount() == opsBefore);
    // Undo takes it out again.
    QTest::keyClick(page.instructionsEdit(), Qt::Key_Z, Qt::ControlModifier);
    CHECK_FALSE(page.instructionsEdit()->toPlainText().contains(QStringLiteral("weg.png")));
    INFO(page.status()->text().toStdString());
    INFO(page.instructionsEdit()->toPlainText().toStdString());
    REQUIRE(page.createButton()->isEnabled());

    QTest::keyClick(&page, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE_FALSE(page.createdTaskId().isEmpty());
    const auto task = store->task(page.createdTaskId());
    REQUIRE(task);
    CHECK(task->client == QStringLiteral("Gemeente Utrecht"));
    CHECK(task->instructions.startsWith(QStringLiteral("Zo ziet een kapotte paal eruit:\n\n![voorbeeld](data:image/png;base64,")));
    CHECK_FALSE(task->instructions.contains(pictureFolder));
    const QString prefix = QStringLiteral("data:image/png;base64,");
    const qsizetype start = task->instructions.indexOf(prefix) + prefix.size();
    CHECK(QByteArray::fromBase64(task->instructions.mid(start, task->instructions.indexOf(QLatin1Char(')'), start) - start).toLatin1()) ==
          pictureBytes);
    // The picture is in the task itself: its file can go.
    REQUIRE(QFile::remove(picture));
    CHECK(store->task(page.createdTaskId())->instructions == task->instructions);
}

TEST_CASE("New task page: Team > New task (Ctrl+N) in the main window makes a task the task list "
          "shows",
          "[gui][teamlead][newtask]")
{
    GuiFixture f;
    REQUIRE(f.start());
    test::firstStartAsTeamLead(f, QStringLiteral("Lotte"));
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString folder = copyJob(dir, QStringLiteral("dike-cracks"));
    const int tasksBefore = int(f.store().tasks().size());

    QAction *action = f.window().action(QStringLiteral("actionNewTask"));
    REQUIRE(action);
    REQUIRE(action->isVisible());
    REQUIRE(action->isEnabled());
    CHECK(action->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_N));
    CHECK(action->toolTip().contains(QStringLiteral("Ctrl+N")));
    REQUIRE(f.activate());
    f.press(Qt::Key_N, Qt::ControlModifier);
    NewTaskPage *page = nullptr;
    REQUIRE(GuiFixture::waitFor([&] {
        page = f.window().findChild<NewTaskPage *>();
        return page && page->isVisible();
    }));
    QApplication::setActiveWindow(page);
    REQUIRE(QTest::qWaitForWindowActive(page));
    // Not modal: the main window stays usable beside it.
    CHECK_FALSE(page->isModal());
    // The lab jobs' templates and the store's tasks (the demo tasks) to start from.
    CHECK(page->schemaEditor()->startBox()->count() == DemoTask::jobs().size() + tasksBefore);

    page->setFolder(folder);
    REQUIRE(waitScanned(*page));
    test::screenshots(f, QStringLiteral("new-task-media"), page);
    page->setStep(NewTaskPage::TaskStep);
    page->nameEdit()->setFocus();
    QTest::keyClicks(page->nameEdit(), QStringLiteral("Dijken Zeeland"));
    test::screenshots(f, QStringLiteral("new-task-name"), page);
    page->setStep(NewTaskPage::SchemaStep);
    page->schemaEditor()->startFrom(0); // dike cracks
    test::screenshots(f, QStringLiteral("new-task-schema"), page);
    // A photo of the job under the template's instructions, from outside the media folder.
    const QString photo = dir.filePath(QStringLiteral("voorbeeld scheur.jpg"));
    REQUIRE(QFile::copy(QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/resources/demo/dike-cracks/dike-crack-1.jpg"), photo));
    page->setStep(NewTaskPage::TaskStep);
    page->instructionsEdit()->moveCursor(QTextCursor::End);
    page->insertPicture(photo);
    QTest::keyClick(page, Qt::Key_Return, Qt::ControlModifier);
    REQUIRE_FALSE(page->createdTaskId().isEmpty());
    CHECK(f.store().tasks().size() == tasksBefore + 1);
    const auto task = f.store().task(page->createdTaskId());
    REQUIRE(task);
    CHECK(QJsonDocument(task->schema.toJson()).toJson() ==
          QJsonDocument(templateOf(QStringLiteral("dike-cracks")).toJson()).toJson());
    // The work page lists it at once.
    CHECK_FALSE(f.window()
                        .workPage()
                        ->taskList()
                        ->findItems(QStringLiteral("Dijken Zeeland"), Qt::MatchExactly)
                        .isEmpty());
    CHECK(task->instructions.contains(QStringLiteral("data:image/jpeg;base64,")));

    // Opened in the work page, as an annotator sees it: the photo in the instructions, whole,
    // as wide as their column at most.
    page->close();
    REQUIRE(f.activate());
    WorkPage *work = f.window().workPage();
    QListWidget *list = work->taskList();
    const auto rows = list->findItems(QStringLiteral("Dijken Zeeland"), Qt::MatchExactly);
    REQUIRE(rows.size() == 1);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, list->visualItemRect(rows.first()).center());
    REQUIRE(work->task());
    REQUIRE(work->task()->id == task->id);
    QTextBrowser *instructions = work->instructions();
    double pictureWidth = 0;
    for (QTextBlock block = instructions->document()->begin(); block.isValid(); block = block.next())
        for (auto it = block.begin(); !it.atEnd(); ++it)
            if (it.fragment().charFormat().isImageFormat())
                pictureWidth = it.fragment().charFormat().toImageFormat().width();
    CHECK(pictureWidth > 100);
    CHECK(pictureWidth <= instructions->viewport()->width());
    CHECK_FALSE(instructions->horizontalScrollBar()->isVisible());
    test::screenshots(f, QStringLiteral("work-page-instructions-picture"));
}

TEST_CASE("New task page: narrower than it asks for, its list of steps still shows each step's "
          "whole name",
          "[widgets][newtask]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    auto store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
    const Profile lead = *store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    NewTaskPage page(*store, lead, TeamLeadDesk::jobTemplates());
    // As on a small screen (or the screenshot tour's window): the page gets less than its size
    // hint; the step pages give way, not the names of the steps.
    page.resize(page.minimumSizeHint().width(), 600);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    QListWidget *steps = page.stepList();
    for (const int step : {int(NewTaskPage::MediaStep), int(NewTaskPage::SchemaStep)}) {
        page.setStep(step);
        QCoreApplication::processEvents();
        INFO("step " << step << ": list " << steps->viewport()->width() << " px, widest name "
                     << steps->sizeHintForColumn(0) << " px");
        CHECK(steps->viewport()->width() >= steps->sizeHintForColumn(0));
        CHECK_FALSE(steps->horizontalScrollBar()->isVisible());
    }
}
