// SPDX-License-Identifier: GPL-3.0-or-later
// The schema editor (widgets/teamlead/schemaeditor.h; issue 14, point 2) driven with QTest
// keys and clicks: a hotkey used twice, a program key and a colour too close to another show
// beside their fields at once; each demo template taken in through the editor, every label and
// question shown, gives the same schema JSON back; a malformed file changes nothing and says
// which file and what is wrong; a schema made from nothing with the keyboard is what
// Schema::fromJson reads. And the program's one-key shortcuts (core/model/programkeys.h) are
// every one-key shortcut the editors really have.

#include "canvas/imageeditor.h"
#include "model/programkeys.h"
#include "model/schemachecks.h"
#include "pair/paireditor.h"
#include "teamlead/schemaeditor.h"
#include "testutil.h"
#include "video/videoeditor.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;

namespace {

QString demoFolder()
{
    return QDir::cleanPath(QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/resources/demo"));
}

QStringList demoJobs()
{
    return QDir(demoFolder()).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QString templatePath(const QString &job)
{
    return QDir(demoFolder()).filePath(job + QStringLiteral("/schema.json"));
}

Schema readTemplate(const QString &job)
{
    QFile file(templatePath(job));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto schema = Schema::fromJson(file.readAll(), file.fileName());
    REQUIRE(schema.ok());
    return *schema;
}

/// \a object as compact JSON text (numbers compare as they are written, 0 and 0.0 alike).
QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// Types \a text into the cell or list editor that has the keyboard, and Enter.
void typeInEditor(const QString &text)
{
    QWidget *cell = QApplication::focusWidget();
    INFO((cell ? cell->metaObject()->className() : "no focus") << " " << text.toStdString());
    REQUIRE(qobject_cast<QLineEdit *>(cell));
    QTest::keyClicks(cell, text);
    QPointer<QWidget> open(cell);
    QTest::keyClick(cell, Qt::Key_Return);
    // The view writes the text and closes the editor once the key is handled (queued).
    REQUIRE(QTest::qWaitFor([&] { return open.isNull(); }));
}

/// Clicks row \a row of \a list, as a person chooses a label or a question.
void clickRow(QListWidget *list, int row)
{
    const QRect rect = list->visualItemRect(list->item(row));
    REQUIRE(rect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    REQUIRE(list->currentRow() == row);
}

/// Replaces the text of \a edit by typing, as a person does: click, select all, type.
void typeInto(QLineEdit *edit, const QString &text)
{
    QTest::mouseClick(edit, Qt::LeftButton);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

struct ShownEditor
{
    ShownEditor()
    {
        editor.resize(1100, 800);
        editor.show();
        // Offscreen, no window manager hands it the keyboard.
        QApplication::setActiveWindow(&editor);
        REQUIRE(QTest::qWaitForWindowActive(&editor));
    }
    SchemaEditor editor;
};

} // namespace

TEST_CASE("Schema editor: a hotkey used twice, a program key and a colour too close show at once",
          "[widgets][schemaeditor]")
{
    ShownEditor shown;
    SchemaEditor &editor = shown.editor;
    editor.setSchema(readTemplate(QStringLiteral("lamp-posts"))); // one box label "Schade", key 1

    // A second label, with the mouse; it gets the next free key and colour: nothing to warn.
    QTest::mouseClick(editor.addLabelButton(), Qt::LeftButton);
    REQUIRE(editor.schema().labels().size() == 2);
    CHECK(editor.labelNameEdit()->hasFocus());
    QTest::keyClicks(editor.labelNameEdit(), QStringLiteral("Roest"));
    CHECK(editor.schema().labels().at(1).name == QStringLiteral("Roest"));
    CHECK(editor.hotkeyWarning()->isHidden());
    CHECK(editor.colourWarning()->isHidden());

    // The key of the first label: the warning is there before the field is left.
    typeInto(editor.hotkeyEdit(), QStringLiteral("1"));
    CHECK(editor.schema().labels().at(1).hotkey == QStringLiteral("1"));
    CHECK(editor.hotkeyWarning()->isVisible());
    CHECK(editor.hotkeyWarning()->text().contains(QStringLiteral("Schade")));
    CHECK(editor.hotkeyWarning()->text().contains(QStringLiteral("Roest")));
    // The list says which labels to look at; the first label's own field says it too.
    CHECK(editor.labelList()->item(0)->text().contains(QStringLiteral("warnings")));
    clickRow(editor.labelList(), 0);
    CHECK(editor.hotkeyWarning()->isVisible());
    CHECK(editor.hotkeyWarning()->text().contains(QStringLiteral("Roest")));
    clickRow(editor.labelList(), 1);

    // B is the box tool's key in the image editor.
    typeInto(editor.hotkeyEdit(), QStringLiteral("b"));
    CHECK(editor.hotkeyWarning()->text().contains(QStringLiteral("Box tool")));
    CHECK_FALSE(editor.hotkeyWarning()->text().contains(QStringLiteral("Schade")));
    // A free key: the warning goes at once.
    typeInto(editor.hotkeyEdit(), QStringLiteral("2"));
    CHECK(editor.hotkeyWarning()->isHidden());

    // The colour of the first label (#ff7f0e), a shade off.
    const QColor first = editor.schema().labels().at(0).colour;
    CHECK(first == QColor(0xff, 0x7f, 0x0e));
    typeInto(editor.colourEdit(), QStringLiteral("#fa8012"));
    CHECK(editor.schema().labels().at(1).colour == QColor(0xfa, 0x80, 0x12));
    CHECK(editor.colourWarning()->isVisible());
    CHECK(editor.colourWarning()->text().contains(QStringLiteral("too close")));
    CHECK(editor.colourWarning()->text().contains(QStringLiteral("Schade")));
    // A colour that is half typed changes nothing; a clear one ends the warning.
    typeInto(editor.colourEdit(), QStringLiteral("#2c"));
    CHECK(editor.schema().labels().at(1).colour == QColor(0xfa, 0x80, 0x12));
    QTest::keyClicks(editor.colourEdit(), QStringLiteral("a02c"));
    CHECK(editor.schema().labels().at(1).colour == QColor(0x2c, 0xa0, 0x2c));
    CHECK(editor.colourWarning()->isHidden());
    // Yellow vanishes into the high-contrast theme's highlight.
    typeInto(editor.colourEdit(), QStringLiteral("#fff176"));
    CHECK(editor.colourWarning()->isVisible());
    CHECK(editor.colourWarning()->text().contains(QStringLiteral("high-contrast")));

    // Warnings warn: the schema is complete all the same, and says how many there are.
    CHECK(editor.result().ok());
    CHECK(editor.status()->text().contains(QStringLiteral("complete")));
    CHECK(editor.status()->text().contains(QStringLiteral("warning")));
}

TEST_CASE("Schema editor: each demo template through the editor gives the same schema JSON",
          "[widgets][schemaeditor]")
{
    ShownEditor shown;
    SchemaEditor &editor = shown.editor;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QStringList jobs = demoJobs();
    REQUIRE(jobs.size() >= 11);

    // As the new task page does: the templates are passed in, and chosen in the list.
    QList<SchemaStart> starts;
    for (const QString &job : jobs)
        starts << SchemaStart{job, readTemplate(job), {}, false};
    editor.setStartingPoints(starts);
    REQUIRE(editor.startBox()->count() == jobs.size());

    for (int j = 0; j < jobs.size(); ++j) {
        const QString &job = jobs.at(j);
        INFO(job.toStdString());
        const QJsonObject expected = readTemplate(job).toJson();

        // Imported from the file, every label and question shown in its fields, exported.
        REQUIRE(editor.importFile(templatePath(job)).ok());
        for (int i = 0; i < editor.labelList()->count(); ++i) {
            editor.tabs()->setCurrentIndex(0);
            clickRow(editor.labelList(), i);
        }
        for (int i = 0; i < editor.questionList()->count(); ++i) {
            editor.tabs()->setCurrentIndex(1);
            clickRow(editor.questionList(), i);
        }
        editor.tabs()->setCurrentIndex(2);
        const QString out = dir.filePath(job + QStringLiteral(".json"));
        REQUIRE(editor.exportFile(out).ok());
        QFile written(out);
        REQUIRE(written.open(QIODevice::ReadOnly));
        const QByteArray bytes = written.readAll();
        CHECK(compact(QJsonDocument::fromJson(bytes).object()) == compact(expected));
        // And what was written is a schema the command line reads.
        CHECK(Schema::fromJson(bytes, out).ok());

        // Chosen as a starting point with the keyboard: the same.
        editor.setSchema(Schema());
        editor.startBox()->setFocus();
        editor.startBox()->setCurrentIndex(j);
        QTest::mouseClick(editor.startButton(), Qt::LeftButton);
        CHECK(compact(editor.schema().toJson()) == compact(expected));
        CHECK(editor.result().ok());
    }
}

TEST_CASE(
        "Schema editor: a malformed schema file changes nothing and names the file and the problem",
        "[widgets][schemaeditor]")
{
    ShownEditor shown;
    SchemaEditor &editor = shown.editor;
    REQUIRE(editor.importFile(templatePath(QStringLiteral("news"))).ok());
    const QJsonObject before = editor.schema().toJson();
    QTemporaryDir dir;
    REQUIRE(dir.isValid());

    const QString broken = dir.filePath(QStringLiteral("kapot.json"));
    {
        QFile file(broken);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write(
                R"({"format": 1, "labels": [{"name": "Scheur", "colour": "rood", "kinds": ["crack"]}]})");
    }
    const auto refused = editor.importFile(broken);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(broken));
    CHECK(refused.error().message().contains(QStringLiteral("rood")));
    CHECK(editor.schema().toJson() == before);
    CHECK(editor.status()->text().contains(QStringLiteral("Nothing was changed")));
    CHECK(editor.status()->text().contains(QStringLiteral("kapot.json")));

    const QString notJson = dir.filePath(QStringLiteral("geen-json.json"));
    {
        QFile file(notJson);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("{\"format\": 1, \"labels\": [");
    }
    const auto refusedToo = editor.importFile(notJson);
    REQUIRE_FALSE(refusedToo.ok());
    CHECK(refusedToo.error().message().contains(notJson));
    CHECK(editor.schema().toJson() == before);

    // A schema with a problem is not exported: nothing is written.
    editor.setCurrentQuestion(0);
    typeInto(editor.questionIdEdit(), QString());
    CHECK_FALSE(editor.result().ok());
    CHECK(editor.status()->text().contains(QStringLiteral("Not complete")));
    CHECK_FALSE(editor.exportButton()->isEnabled());
    const QString out = dir.filePath(QStringLiteral("uit.json"));
    CHECK_FALSE(editor.exportFile(out).ok());
    CHECK_FALSE(QFile::exists(out));
}

TEST_CASE("Schema editor: a schema made with the keyboard is what Schema::fromJson reads",
          "[widgets][schemaeditor]")
{
    ShownEditor shown;
    SchemaEditor &editor = shown.editor;
    // The one new label: name it, draw it as a box and a polygon, give it an attribute.
    editor.setCurrentLabel(0);
    typeInto(editor.labelNameEdit(), QStringLiteral("Buffer"));
    QCheckBox *polygon = editor.findChild<QCheckBox *>(QStringLiteral("schemaKind-polygon"));
    REQUIRE(polygon);
    polygon->setFocus();
    QTest::keyClick(polygon, Qt::Key_Space);
    REQUIRE(polygon->isChecked());
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("schemaAddAttribute")),
                      Qt::LeftButton);
    QTableWidget *attributes = editor.attributeTable();
    REQUIRE(attributes->rowCount() == 1);
    typeInEditor(QStringLiteral("schade")); // its name, in the cell that opened for it
    qobject_cast<QComboBox *>(attributes->cellWidget(0, 1))->setCurrentIndex(1); // whole number
    attributes->item(0, 4)->setText(QStringLiteral("0"));
    attributes->item(0, 5)->setText(QStringLiteral("5"));
    attributes->item(0, 3)->setText(QStringLiteral("0"));

    // A question with two answers and a rating asked only on one of them.
    editor.tabs()->setCurrentIndex(1);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("schemaAddQuestion")),
                      Qt::LeftButton);
    QTest::keyClicks(editor.questionTextEdit(), QStringLiteral("Is er schade?"));
    typeInto(editor.questionIdEdit(), QStringLiteral("schade"));
    for (const QString &answer : {QStringLiteral("ja"), QStringLiteral("nee")}) {
        QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("schemaAddAnswer")),
                          Qt::LeftButton);
        typeInEditor(answer);
    }
    CHECK(editor.answerTable()->item(0, 0)->text() == QStringLiteral("1"));
    CHECK(editor.answerTable()->item(1, 0)->text() == QStringLiteral("2"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("schemaAddQuestion")),
                      Qt::LeftButton);
    typeInto(editor.questionIdEdit(), QStringLiteral("ernst"));
    editor.questionTypeBox()->setCurrentIndex(int(QuestionSpec::Type::Rating));
    QComboBox *when = editor.findChild<QComboBox *>(QStringLiteral("schemaWhenQuestion"));
    REQUIRE(when->count() == 2);
    when->setCurrentIndex(1);
    QListWidget *whenAnswers = editor.findChild<QListWidget *>(QStringLiteral("schemaWhenAnswers"));
    REQUIRE(whenAnswers->count() == 2);
    CHECK_FALSE(editor.result().ok()); // a condition without answers is not complete
    whenAnswers->item(0)->setCheckState(Qt::Checked);

    // A flag reason.
    editor.tabs()->setCurrentIndex(2);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("schemaFlagReasonsAdd")),
                      Qt::LeftButton);
    typeInEditor(QStringLiteral("Geen buffer te zien"));
    REQUIRE(editor.flagReasonList()->count() == 1);

    const auto made = editor.result();
    INFO((made.ok() ? std::string() : made.error().message().toStdString()));
    REQUIRE(made.ok());
    const QJsonObject expected = QJsonDocument::fromJson(R"({
        "format": 1,
        "labels": [{"name": "Buffer", "colour": "#1f77b4", "hotkey": "1", "kinds": ["box", "polygon"],
                    "attributes": [{"name": "schade", "type": "int", "min": 0, "max": 5, "default": 0}]}],
        "questions": [
            {"id": "schade", "text": "Is er schade?", "type": "choice", "choices": ["ja", "nee"]},
            {"id": "ernst", "text": "", "type": "rating", "min": 1, "max": 5,
             "when": {"question": "schade", "answers": ["ja"]}}],
        "flagReasons": ["Geen buffer te zien"]})")
                                         .object();
    CHECK(QString::fromUtf8(compact(made->toJson())) ==
          QString::fromUtf8(
                  compact(Schema::fromJsonObject(expected, QStringLiteral("expected"))->toJson())));
}

TEST_CASE("The program's one-key shortcuts list every one-key shortcut of the editors",
          "[widgets][schemaeditor]")
{
    test::Fixture data;
    EditorEnvironment environment;
    environment.store = data.store.get();
    ImageEditor image(environment);
    VideoEditor video(environment);
    PairEditor pair(environment);
    const std::pair<MediaEditor *, ProgramKey::Where> editors[] = {
            {&image, ProgramKey::Where::ImageEditor},
            {&video, ProgramKey::Where::VideoEditor},
            {&pair, ProgramKey::Where::PairEditor}};
    int checked = 0;
    for (const auto &[editor, where] : editors) {
        QList<QAction *> actions;
        for (auto menu : {MediaEditor::Menu::View, MediaEditor::Menu::Item, MediaEditor::Menu::Edit,
                          MediaEditor::Menu::Tools})
            actions += editor->actions(menu);
        actions += editor->widget()->findChildren<QAction *>();
        for (const QAction *action : std::as_const(actions))
            for (const QKeySequence &key : action->shortcuts()) {
                if (key.count() != 1 || key[0].keyboardModifiers() != Qt::NoModifier)
                    continue;
                const QString text = key.toString(QKeySequence::PortableText).toLower();
                // Keys a one-character label hotkey can be: a letter, digit or sign, or Space.
                const QString character =
                        text == QLatin1String("space") ? QStringLiteral(" ") : text;
                if (character.size() != 1)
                    continue;
                bool listed = false;
                for (const ProgramKey &programKey : programKeys())
                    listed = listed || (programKey.key == character && programKey.where == where);
                INFO(action->objectName().toStdString() << " " << text.toStdString());
                CHECK(listed);
                ++checked;
            }
    }
    CHECK(checked >= 15);
}
