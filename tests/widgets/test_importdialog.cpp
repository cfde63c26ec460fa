// SPDX-License-Identifier: GPL-3.0-or-later
// The team lead's import dialog driven as a person does: type the file's name (the format is
// guessed), choose what it goes into, press Check (a dry run: the store must not change), read
// what will happen, press Import. Bad input is refused at the check with the file named, and
// Import is only offered for the choice that was checked.

#include "formats/countwords.h"
#include "formats/registry.h"
#include "guifixture.h"
#include "guisteps.h"
#include "importdialog.h"
#include "store/store.h"
#include "testutil.h"
#include "workpage.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

/// Copies \a from (a folder) to \a to, files and subfolders.
void copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QFileInfo &info :
         source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const QString target = QDir(to).filePath(info.fileName());
        if (info.isDir())
            copyTree(info.filePath(), target);
        else
            REQUIRE(QFile::copy(info.filePath(), target));
    }
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClicks(edit, text);
    REQUIRE(edit->text() == text);
}

/// Moves \a box to the entry with \a data by the arrow keys.
void chooseByKeys(QComboBox *box, const QString &data)
{
    const int wanted = box->findData(data);
    REQUIRE(wanted >= 0);
    box->setFocus();
    while (box->currentIndex() != wanted)
        QTest::keyClick(box, box->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
}

} // namespace

TEST_CASE("import dialog: a COCO file checked, then imported as a new task",
          "[widgets][formats][import]")
{
    test::Fixture lab(2);
    const auto lead = lab.store->addProfile(str("Tessa"), Role::TeamLead);
    REQUIRE(lead.ok());
    const QString coco = lab.dir.filePath(str("coco"));
    copyTree(str(ANNOSTRAAT_FIXTURES) + str("/datumaro/coco_instances"), coco);
    const QString file = coco + str("/annotations/instances_val.json");

    ImportDialog dialog(*lab.store, FormatRegistry::builtin(), lead->id, lab.task.id);
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    CHECK_FALSE(dialog.checkButton()->isEnabled()); // no file yet
    CHECK_FALSE(dialog.importButton()->isEnabled());

    typeInto(dialog.pathEdit(), file);
    CHECK(dialog.formatBox()->currentData().toString() == str("coco")); // guessed
    // The open task holds images, so it is offered (and chosen first); a new task too.
    CHECK(dialog.targetBox()->currentData().toString() == lab.task.id);
    CHECK(dialog.targetBox()->findData(QString()) == 0);
    CHECK(dialog.layerBox()->currentData().toString() == lead->id);
    CHECK(dialog.suggestionsBox()->isEnabled());
    chooseByKeys(dialog.targetBox(), QString());
    REQUIRE(dialog.checkButton()->isEnabled());
    CHECK_FALSE(dialog.importButton()->isEnabled()); // not before a check

    // Check: a dry run. Nothing is written.
    const qint64 ops = lab.store->opCount();
    const int tasks = int(lab.store->tasks().size());
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    QTest::keyClick(&dialog, Qt::Key_Return); // Check is the default button
    REQUIRE(checked.wait(30000));
    REQUIRE(checked.first().at(0).toBool());
    CHECK(lab.store->opCount() == ops);
    CHECK(lab.store->tasks().size() == tasks);
    const QString preview = dialog.previewLabel()->text();
    INFO(preview.toStdString());
    CHECK(preview.contains(str("\"instances_val\"")));
    CHECK(preview.contains(countMessage(str("item"), 1).text()));
    CHECK(preview.contains(countMessage(str("annotation"), 2).text()));
    CHECK(preview.contains(countMessage(str("mask-traced"), 1).text()));
    REQUIRE(dialog.importButton()->isEnabled());
    CHECK(dialog.importButton()->isDefault());

    SECTION("the import writes what the check said")
    {
        QSignalSpy imported(&dialog, &ImportDialog::imported);
        QTest::keyClick(&dialog, Qt::Key_Return); // now Import is the default button
        REQUIRE(imported.wait(30000));
        REQUIRE(imported.first().at(0).toBool());
        const QString taskId = imported.first().at(1).toString();
        const auto task = lab.store->task(taskId);
        REQUIRE(task);
        CHECK(task->name == str("instances_val"));
        CHECK(lab.store->items(taskId).size() == 1);
        const QList<Annotation> annotations = lab.store->taskAnnotations(taskId);
        CHECK(annotations.size() == 2);
        for (const Annotation &a : annotations)
            CHECK(a.author == lead->id);
        CHECK(dialog.resultLabel()->text().contains(str("\"instances_val\"")));
        CHECK(dialog.progressBar()->value() == dialog.progressBar()->maximum());
        // The new task can now take more work, and the same file needs a new check.
        CHECK(dialog.targetBox()->findData(taskId) >= 0);
        CHECK_FALSE(dialog.importButton()->isEnabled());
    }

    SECTION("a changed choice after the check needs a new check")
    {
        chooseByKeys(dialog.targetBox(), lab.task.id);
        CHECK_FALSE(dialog.importButton()->isEnabled());
        dialog.suggestionsBox()->setFocus();
        QTest::keyClick(dialog.suggestionsBox(), Qt::Key_Space);
        CHECK(dialog.suggestionsBox()->isChecked());
        CHECK_FALSE(dialog.importButton()->isEnabled());
        CHECK(lab.store->opCount() == ops);
    }
}

TEST_CASE("import dialog: a broken file is refused at the check, named, and nothing changes",
          "[widgets][formats][import][badinput]")
{
    test::Fixture lab(1);
    const auto lead = lab.store->addProfile(str("Tessa"), Role::TeamLead);
    REQUIRE(lead.ok());
    const QString file = lab.dir.filePath(str("truncated.json"));
    REQUIRE(QFile::copy(str(ANNOSTRAAT_FUZZ_CORPUS) + str("/coco/truncated.json"), file));

    ImportDialog dialog(*lab.store, FormatRegistry::builtin(), lead->id, QString());
    dialog.show();
    REQUIRE(QTest::qWaitForWindowExposed(&dialog));
    typeInto(dialog.pathEdit(), file);
    CHECK(dialog.formatBox()->currentData().toString() == str("coco"));
    chooseByKeys(dialog.targetBox(), QString());

    const qint64 ops = lab.store->opCount();
    QSignalSpy checked(&dialog, &ImportDialog::checked);
    QTest::mouseClick(dialog.checkButton(), Qt::LeftButton);
    REQUIRE(checked.wait(30000));
    CHECK_FALSE(checked.first().at(0).toBool());
    CHECK(dialog.previewLabel()->text().contains(file));
    CHECK_FALSE(dialog.importButton()->isEnabled());
    CHECK(lab.store->opCount() == ops);
}

TEST_CASE("import dialog: opened from the team lead's Team menu; what came in shows in the "
          "task list",
          "[widgets][formats][import]")
{
    test::GuiFixture f(str("en"));
    REQUIRE(f.start());
    QAction *action = f.window().action(str("actionImportDataset"));
    REQUIRE(action);
    CHECK_FALSE(action->isVisible()); // nobody chosen yet: no team lead

    test::firstStartAsTeamLead(f);
    REQUIRE(action->isVisible());
    REQUIRE(action->isEnabled());
    const int tasksBefore = int(f.store().tasks().size());

    action->trigger();
    ImportDialog *dialog = nullptr;
    REQUIRE(test::GuiFixture::waitFor([&] {
        dialog = f.window().findChild<ImportDialog *>();
        return dialog && dialog->isVisible();
    }));
    const QString file = str(ANNOSTRAAT_FIXTURES) +
                         str("/brat-conll2002-ned/example-data/corpora/CoNLL-ST_2002/ned/"
                             "ned.train-doc-123.ann");
    typeInto(dialog->pathEdit(), file);
    CHECK(dialog->formatBox()->currentData().toString() == str("brat"));
    chooseByKeys(dialog->targetBox(), QString());
    QSignalSpy checked(dialog, &ImportDialog::checked);
    QTest::mouseClick(dialog->checkButton(), Qt::LeftButton);
    REQUIRE(checked.wait(30000));
    REQUIRE(checked.first().at(0).toBool());
    CHECK(dialog->previewLabel()->text().contains(str("276 annotations"))); // English here
    QSignalSpy imported(dialog, &ImportDialog::imported);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    REQUIRE(imported.wait(30000));
    REQUIRE(imported.first().at(0).toBool());
    CHECK(f.store().tasks().size() == tasksBefore + 1);
    // The work page's task list shows the new task at once.
    CHECK(f.window().workPage()->taskList()->count() == tasksBefore + 1);
    CHECK_FALSE(
            f.window().workPage()->taskList()->findItems(str("ned"), Qt::MatchExactly).isEmpty());
    dialog->reject();
}
