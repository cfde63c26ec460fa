// SPDX-License-Identifier: GPL-3.0-or-later
// Changing a running task (widgets/teamlead/changetaskview.h; issue 14, point 3) on a real
// store, with QTest keys and clicks: a label renamed takes its annotations along; a label taken
// out is listed with how many annotations it has, and they move to the label chosen; Apply is
// one undo step that Undo takes back and Redo makes again.

#include "guisteps.h"
#include "store/store.h"
#include "store/taskbuilder.h"
#include "teamlead/changetaskview.h"
#include "teamlead/schemaeditor.h"
#include "testutil.h"
#include "translationloader.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

#include "catchqt.h"

using namespace annostraat;

namespace {

LabelSpec label(const QString &name, const QString &colour, QList<AnnotationKind> kinds)
{
    LabelSpec l;
    l.name = name;
    l.colour = QColor::fromString(colour);
    l.kinds = kinds;
    return l;
}

} // namespace

TEST_CASE("Change task: a rename and a label taken out move the annotations as chosen, in one undo "
          "step",
          "[widgets][changetask]")
{
    test::Fixture fx(1);
    Store &store = *fx.store;
    const Profile lead = *store.addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    Schema schema;
    schema.setLabels(
            {label(QStringLiteral("Buffer"), QStringLiteral("#1f77b4"), {AnnotationKind::Box}),
             label(QStringLiteral("Lamp"), QStringLiteral("#ff7f0e"), {AnnotationKind::Box}),
             label(QStringLiteral("Scheur"), QStringLiteral("#d62728"), {AnnotationKind::Crack})});
    const Task task = test::createTask(store, lead, schema, QList<MediaKind>(2, MediaKind::Image),
                                       fx.dir.path());
    const QList<Item> items = store.items(task.id);
    auto add = [&](int item, AnnotationKind kind, const QString &name) {
        Annotation a{QString(),
                     task.id,
                     items[item].id,
                     fx.annotator.id,
                     kind,
                     name,
                     test::sampleValue(kind, item),
                     {},
                     false};
        auto added = store.addAnnotation(a);
        REQUIRE(added.ok());
        return added->id;
    };
    const QString buffer = add(0, AnnotationKind::Box, QStringLiteral("Buffer"));
    const QString lamp = add(1, AnnotationKind::Box, QStringLiteral("Lamp"));
    const QString crack = add(1, AnnotationKind::Crack, QStringLiteral("Scheur"));
    auto labelOf = [&](const QString &id) { return store.annotation(id)->label; };

    QUndoStack stack;
    ChangeTaskView view(store, task, lead, &stack);
    view.resize(1100, 900);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    SchemaEditor *editor = view.schemaEditor();
    CHECK_FALSE(view.applyButton()->isEnabled()); // nothing changed yet
    CHECK(view.removedTable()->isHidden());

    // Buffer becomes Stootblok, typed.
    editor->setCurrentLabel(0);
    QTest::mouseClick(editor->labelNameEdit(), Qt::LeftButton);
    QTest::keyClick(editor->labelNameEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor->labelNameEdit(), QStringLiteral("Stootblok"));
    CHECK(editor->renames() ==
          QMap<QString, QString>{{QStringLiteral("Buffer"), QStringLiteral("Stootblok")}});
    // Lamp taken out: it has one annotation, which is said.
    editor->setCurrentLabel(1);
    QTest::mouseClick(editor->removeLabelButton(), Qt::LeftButton);
    QTableWidget *removed = view.removedTable();
    REQUIRE(removed->isVisible());
    REQUIRE(removed->rowCount() == 1);
    CHECK(removed->item(0, 0)->text() == QStringLiteral("Lamp"));
    CHECK(removed->item(0, 1)->text() == QStringLiteral("1"));
    REQUIRE(view.plan());
    CHECK(view.plan()->annotationsKept() == 1); // kept as they are unless chosen otherwise

    // Moved to Stootblok, chosen with the keyboard.
    auto *choice = qobject_cast<QComboBox *>(removed->cellWidget(0, 2));
    REQUIRE(choice);
    choice->setFocus();
    QTest::keyClick(choice, Qt::Key_Down);
    REQUIRE(QTest::qWaitFor([&] { return view.plan() && view.plan()->annotationsKept() == 0; }));
    CHECK(view.plan()->moveTo.value(QStringLiteral("Lamp")) == QStringLiteral("Stootblok"));
    CHECK(view.summary()->text().contains(QStringLiteral("2 annotation")));

    const qint64 opsBefore = store.opCount();
    REQUIRE(view.applyButton()->isEnabled());
    QTest::mouseClick(view.applyButton(), Qt::LeftButton);
    CHECK(store.opCount() == opsBefore + 1 + 2); // the schema, two annotations: one transaction
    CHECK(stack.count() == 1);
    const Schema stored = store.task(task.id)->schema;
    REQUIRE(stored.labels().size() == 2);
    CHECK(stored.labels().at(0).name == QStringLiteral("Stootblok"));
    CHECK(stored.labels().at(1).name == QStringLiteral("Scheur"));
    CHECK(labelOf(buffer) == QStringLiteral("Stootblok"));
    CHECK(labelOf(lamp) == QStringLiteral("Stootblok"));
    CHECK(labelOf(crack) == QStringLiteral("Scheur"));
    CHECK_FALSE(view.applyButton()->isEnabled()); // the editor starts from what is stored now

    // One step back, and forward again.
    REQUIRE(view.undoButton()->isEnabled());
    QTest::mouseClick(view.undoButton(), Qt::LeftButton);
    CHECK(QJsonDocument(store.task(task.id)->schema.toJson()) == QJsonDocument(schema.toJson()));
    CHECK(labelOf(buffer) == QStringLiteral("Buffer"));
    CHECK(labelOf(lamp) == QStringLiteral("Lamp"));
    CHECK(editor->schema().labels().size() == 3);
    REQUIRE(view.redoButton()->isEnabled());
    QTest::mouseClick(view.redoButton(), Qt::LeftButton);
    CHECK(labelOf(buffer) == QStringLiteral("Stootblok"));
    CHECK(labelOf(lamp) == QStringLiteral("Stootblok"));
    CHECK(stack.count() == 1);
}

TEST_CASE("Change task: Add new items reads a folder, says what is new and what is left out, and "
          "adds it in one undo step without losing an edit of the labels",
          "[widgets][changetask]")
{
    test::Fixture fx(1);
    Store &store = *fx.store;
    const Profile lead = *store.addProfile(QStringLiteral("Lotte"), Role::TeamLead);
    // A task of two real photos.
    const QString photos = fx.dir.filePath(QStringLiteral("photos"));
    REQUIRE(QDir().mkpath(photos));
    for (int i = 0; i < 2; ++i) {
        QImage image(80, 60, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(i * 50, 180, 200));
        REQUIRE(image.save(QStringLiteral("%1/buffer-%2.png").arg(photos).arg(i)));
    }
    QFile schemaFile(fx.dir.filePath(QStringLiteral("schema.json")));
    REQUIRE(schemaFile.open(QIODevice::WriteOnly));
    schemaFile.write(R"({"format": 1, "labels": [{"name": "Buffer", "colour": "#1f77b4", "kinds": ["box"]}]})");
    schemaFile.close();
    auto draft = draftTaskFromFolder(QStringLiteral("Buffers"), schemaFile.fileName(), photos);
    REQUIRE(draft.ok());
    const auto created = store.createTask(draft->task, draft->items, lead.id);
    REQUIRE(created.ok());
    const Task task = *created;
    const QList<Item> before = store.items(task.id);
    REQUIRE(before.size() == 2);

    // The new folder: one photo the task has already, two new ones.
    QTemporaryDir extra;
    REQUIRE(extra.isValid());
    REQUIRE(QFile::copy(before.at(0).mediaPath, extra.filePath(QStringLiteral("dubbel.png"))));
    for (int i = 0; i < 2; ++i) {
        QImage image(80, 60, QImage::Format_RGB32);
        image.fill(QColor::fromHsv(100 + i * 50, 180, 200));
        REQUIRE(image.save(extra.filePath(QStringLiteral("nieuw-%1.png").arg(i))));
    }

    TranslationLoader translations;
    translations.setLanguage(QStringLiteral("en")); // the English plurals
    QUndoStack stack;
    ChangeTaskView view(store, task, lead, &stack);
    view.resize(1100, 900);
    view.show();
    QApplication::setActiveWindow(&view);
    REQUIRE(QTest::qWaitForWindowActive(&view));
    REQUIRE(view.chooseItemsButton()->isVisible());
    CHECK(view.chooseItemsButton()->text() == QStringLiteral("Add &new items\u2026"));
    CHECK(view.addItemsButton()->isHidden()); // nothing read yet

    // An edit of the labels, not applied: adding items must leave it alone.
    SchemaEditor *editor = view.schemaEditor();
    editor->setCurrentLabel(0);
    QTest::mouseClick(editor->labelNameEdit(), Qt::LeftButton);
    QTest::keyClick(editor->labelNameEdit(), Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(editor->labelNameEdit(), QStringLiteral("Stootblok"));
    REQUIRE(view.applyButton()->isEnabled());

    // The folder dialog cannot be driven here: scanItems() is what it calls.
    const qint64 opsBefore = store.opCount();
    view.scanItems(extra.path());
    CHECK(view.itemsStatus()->text().startsWith(QStringLiteral("Reading")));
    REQUIRE(QTest::qWaitFor([&] { return !view.isScanningItems(); }, 30000));
    REQUIRE(view.itemsPlan());
    CHECK(view.itemsStatus()->text().contains(QStringLiteral("2 new items")));
    CHECK(view.itemsStatus()->text().contains(QStringLiteral("1 already in the task, left out")));
    CHECK(store.opCount() == opsBefore); // read, not written
    REQUIRE(view.addItemsButton()->isVisible());
    REQUIRE(view.addItemsButton()->isEnabled());
    CHECK(view.addItemsButton()->text() == QStringLiteral("Add 2 items"));
    test::screenshots(QStringLiteral("change-task-add-items"), &view);

    view.addItemsButton()->setFocus();
    QTest::keyClick(view.addItemsButton(), Qt::Key_Space);
    CHECK(store.opCount() == opsBefore + 2);
    QList<Item> items = store.items(task.id);
    REQUIRE(items.size() == 4);
    CHECK(items.at(2).mediaPath.endsWith(QStringLiteral("nieuw-0.png")));
    CHECK(items.at(3).mediaPath.endsWith(QStringLiteral("nieuw-1.png")));
    CHECK(stack.count() == 1);
    CHECK(view.itemsStatus()->text().contains(QStringLiteral("2 items added")));
    CHECK(view.addItemsButton()->isHidden());
    // The label edit is still there, still to apply; the stored schema did not change.
    CHECK(editor->labelNameEdit()->text() == QStringLiteral("Stootblok"));
    CHECK(view.applyButton()->isEnabled());
    CHECK(store.task(task.id)->schema.labels().first().name == QStringLiteral("Buffer"));

    // Ctrl+Z takes the items out again, Ctrl+Shift+Z brings them back.
    // (A button's shortcut clicks it the way a press looks: a moment later.)
    REQUIRE(view.undoButton()->isEnabled());
    QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier);
    CHECK(QTest::qWaitFor([&] { return store.items(task.id).size() == 2; }, 3000));
    CHECK(view.itemsStatus()->text().contains(QStringLiteral("2 items now")));
    QTest::keyClick(&view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(QTest::qWaitFor([&] { return store.items(task.id).size() == 4; }, 3000));
    items = store.items(task.id);
    REQUIRE(items.size() == 4);
    CHECK(items.at(3).mediaPath.endsWith(QStringLiteral("nieuw-1.png")));
    CHECK(editor->labelNameEdit()->text() == QStringLiteral("Stootblok"));
}
