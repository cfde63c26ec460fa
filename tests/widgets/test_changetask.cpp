// SPDX-License-Identifier: GPL-3.0-or-later
// Changing a running task (widgets/teamlead/changetaskview.h; issue 14, point 3) on a real
// store, with QTest keys and clicks: a label renamed takes its annotations along; a label taken
// out is listed with how many annotations it has, and they move to the label chosen; Apply is
// one undo step that Undo takes back and Redo makes again.

#include "store/store.h"
#include "teamlead/changetaskview.h"
#include "teamlead/schemaeditor.h"
#include "testutil.h"

#include <QApplication>
#include <QComboBox>
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
