// SPDX-License-Identifier: GPL-3.0-or-later
// The reference document beside a text (issue 11, point 4) in the real main window: a task
// built from a folder where NAME.ref.csv goes with NAME.txt shows the table beside the text
// with its own scroll position, F6 moves the keyboard there and back, an item without one
// shows no pane, and a broken one says so while the text stays workable. Also the two text
// demo tasks (issue 11, point 7): CVs tagged by keyboard, weather reports with their source data
// and questions.

#include "guifixture.h"
#include "guisteps.h"

#include "document/itemdocument.h"
#include "questionform.h"
#include "shortcutsheet.h"
#include "store/taskbuilder.h"
#include "text/referencepane.h"
#include "text/spantextview.h"
#include "text/texteditor.h"
#include "theme.h"
#include "workpage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

const char kSchema[] = R"({"format": 1, "labels": [
    {"name": "niet onderbouwd", "colour": "#d81b60", "hotkey": "n", "kinds": ["span"]},
    {"name": "onjuist getal", "colour": "#1e88e5", "hotkey": "g", "kinds": ["span"]}]})";

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

/// The spans of the person on \a itemId in the store, as "label: text".
QStringList storedSpans(Store &store, const QString &itemId, const QString &author)
{
    QStringList result;
    for (const Annotation &a : store.annotations(itemId, author))
        if (a.kind == AnnotationKind::Span && !a.deleted)
            result << a.label + QStringLiteral(": ") +
                              a.value.value(QStringLiteral("text")).toString();
    result.sort();
    return result;
}

/// A long report (so that it scrolls) with a long table beside it, then a text without one:
/// built from a folder as a team lead does, opened in Anna's window after a restart.
struct ReportTask
{
    explicit ReportTask(GuiFixture &f)
    {
        test::startAsAnnotator(f);
        anna = f.store().profiles().first().id;
        const QString media = f.folder() + QStringLiteral("/rapporten");
        REQUIRE(QDir().mkpath(media));
        QByteArray report = "Het wordt 30 graden in Utrecht.\n";
        for (int i = 1; i <= 150; ++i)
            report += "Regel " + QByteArray::number(i) + " van het weerbericht, zonder fouten.\n";
        writeFile(media + QStringLiteral("/a-rapport.txt"), report);
        QByteArray table = "uur;temperatuur;wind (Bft)\n";
        for (int i = 0; i < 120; ++i)
            table += QByteArray::number(i) + ":00;" + QByteArray::number(10 + i % 9) + ";3\n";
        writeFile(media + QStringLiteral("/a-rapport.ref.csv"), table);
        writeFile(media + QStringLiteral("/b-zonder.txt"), "Een tekst zonder bron.\n");
        const QString schema = f.folder() + QStringLiteral("/schema.json");
        writeFile(schema, kSchema);
        reference = media + QStringLiteral("/a-rapport.ref.csv");

        auto draft = draftTaskFromFolder(QStringLiteral("Rapporten"), schema, media);
        INFO((draft ? std::string() : draft.error().message().toStdString()));
        REQUIRE(draft.ok());
        REQUIRE(draft->items.size() == 2);
        const auto created = f.store().createTask(draft->task, draft->items, anna);
        REQUIRE(created.ok());
        REQUIRE(f.store().setSetting(anna, QStringLiteral("work/lastTask"), created->id).ok());
        items = f.store().items(created->id);
    }

    void open(GuiFixture &f)
    {
        QString problem;
        INFO(problem.toStdString());
        REQUIRE(f.restart(&problem));
        if (f.window().page() != MainWindow::Page::Work)
            f.press(Qt::Key_Return);
        REQUIRE(f.window().page() == MainWindow::Page::Work);
        work = f.window().workPage();
        REQUIRE(work->document());
        REQUIRE(work->currentItemId() == items.first().id);
        editor = qobject_cast<TextEditor *>(work->editorFor(MediaKind::Text));
        REQUIRE(editor);
        view = editor->view();
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(30, 20));
        REQUIRE(view->hasFocus());
    }

    QString anna, reference;
    QList<Item> items;
    WorkPage *work = nullptr;
    TextEditor *editor = nullptr;
    SpanTextView *view = nullptr;
};

/// Selects the first occurrence of \a words in the text (as a double-click or Shift+→ would).
void selectWords(SpanTextView *view, const QString &words)
{
    const qsizetype at = view->toPlainText().indexOf(words);
    REQUIRE(at >= 0);
    QTextCursor c(view->document());
    c.setPosition(int(at));
    c.setPosition(int(at + words.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(c);
}

} // namespace

TEST_CASE("text reference: the CSV table beside the text - its own scrolling, F6 there and back, "
          "no pane without one",
          "[gui][text][reference]")
{
    GuiFixture f;
    ReportTask task(f);
    task.open(f);
    ReferencePane *pane = task.editor->reference();

    // The table with its header and every row, beside the text.
    REQUIRE(pane->isVisible());
    CHECK(pane->problem().isEmpty());
    QTableView *table = pane->table();
    REQUIRE(table->isVisible());
    CHECK(table->horizontalHeader()->isVisible());
    QAbstractItemModel *model = table->model();
    REQUIRE(model->columnCount() == 3);
    CHECK(model->headerData(0, Qt::Horizontal).toString() == QStringLiteral("uur"));
    CHECK(model->headerData(2, Qt::Horizontal).toString() == QStringLiteral("wind (Bft)"));
    REQUIRE(model->rowCount() == 120);
    CHECK(model->index(5, 0).data().toString() == QStringLiteral("5:00"));
    CHECK(model->index(5, 1).data().toString() == QStringLiteral("15"));
    // Beside or below the text (as the width allows), never over it.
    CHECK_FALSE(pane->geometry().intersects(task.view->geometry()));
    CHECK(pane->height() > 100);
    CHECK(task.view->width() > 300);

    // Scrolling the text leaves the table where it is, and the other way round.
    QScrollBar *textBar = task.view->verticalScrollBar();
    QScrollBar *tableBar = table->verticalScrollBar();
    REQUIRE(textBar->maximum() > 0);
    REQUIRE(tableBar->maximum() > 0);
    CHECK(textBar->value() == 0);
    CHECK(tableBar->value() == 0);
    f.press(Qt::Key_End, Qt::ControlModifier);
    const int textBottom = textBar->value();
    CHECK(textBottom > textBar->maximum() / 2);
    CHECK(tableBar->value() == 0);

    // F6: the keyboard to the table, where the keys scroll it; F6 again: back to the text.
    f.press(Qt::Key_F6);
    REQUIRE(table->hasFocus());
    f.press(Qt::Key_End, Qt::ControlModifier);
    const int tableBottom = tableBar->value();
    CHECK(tableBottom > tableBar->maximum() / 2);
    CHECK(textBar->value() == textBottom);
    f.press(Qt::Key_Home, Qt::ControlModifier);
    CHECK(tableBar->value() == 0);
    CHECK(textBar->value() == textBottom);
    f.press(Qt::Key_End, Qt::ControlModifier);
    CHECK(tableBar->value() == tableBottom);
    f.press(Qt::Key_F6);
    REQUIRE(task.view->hasFocus());
    f.press(Qt::Key_Home, Qt::ControlModifier);
    CHECK(textBar->value() < textBottom / 10);
    CHECK(tableBar->value() == tableBottom);

    // Tagging works as ever beside the table.
    selectWords(task.view, QStringLiteral("30 graden"));
    f.press(Qt::Key_G);
    CHECK(storedSpans(f.store(), task.items.first().id, task.anna) ==
          QStringList{QStringLiteral("onjuist getal: 30 graden")});

    // The next item has no reference: no pane, and F6 leaves the keyboard where it is.
    f.press(Qt::Key_Escape);
    f.press(Qt::Key_Right, Qt::AltModifier);
    REQUIRE(task.work->currentItemId() == task.items.at(1).id);
    CHECK_FALSE(pane->isVisible());
    CHECK(task.view->toPlainText() == QStringLiteral("Een tekst zonder bron.\n"));
    task.view->setFocus();
    f.press(Qt::Key_F6);
    CHECK(task.view->hasFocus());
    // And back: the table again, from the top.
    f.press(Qt::Key_Left, Qt::AltModifier);
    REQUIRE(task.work->currentItemId() == task.items.first().id);
    CHECK(pane->isVisible());
    CHECK(table->model()->rowCount() == 120);
}

TEST_CASE("text reference: a broken reference shows its message naming the file and line - "
          "the text can still be tagged",
          "[gui][text][reference]")
{
    GuiFixture f;
    ReportTask task(f);
    // The file is changed after the task was made: line 4 has a cell too few.
    writeFile(task.reference, "uur;temperatuur;wind (Bft)\n08:00;11;2\n09:00;12;2\n10:00;13\n");
    task.open(f);
    ReferencePane *pane = task.editor->reference();
    REQUIRE(pane->isVisible());
    const QString problem = pane->problem();
    INFO(problem.toStdString());
    CHECK(problem.contains(QStringLiteral("a-rapport.ref.csv")));
    CHECK(problem.contains(QStringLiteral(" 4")));
    CHECK_FALSE(pane->table()->isVisible());
    CHECK(pane->focusTarget()->isVisible());
    test::screenshots(f, QStringLiteral("text-reference-broken"));
    // The text is shown and works: a span by keyboard, kept in the store.
    CHECK(task.editor->problem().isEmpty());
    CHECK(task.work->notice().isEmpty());
    selectWords(task.view, QStringLiteral("30 graden in Utrecht"));
    f.press(Qt::Key_N);
    CHECK(storedSpans(f.store(), task.items.first().id, task.anna) ==
          QStringList{QStringLiteral("niet onderbouwd: 30 graden in Utrecht")});
    // F6 reaches the message too (a screen reader can read it there), and comes back.
    f.press(Qt::Key_F6);
    CHECK(pane->focusTarget()->hasFocus());
    f.press(Qt::Key_F6);
    CHECK(task.view->hasFocus());

    // A reference that is gone: the pane says it is not on this computer.
    REQUIRE(QFile::remove(task.reference));
    task.open(f);
    CHECK(task.editor->reference()->isVisible());
    CHECK(task.editor->reference()->problem().contains(QStringLiteral("a-rapport.ref.csv")));
    CHECK(task.editor->view()->toPlainText().startsWith(QStringLiteral("Het wordt 30 graden")));
}

TEST_CASE("demo CVs: installed with all 18 labels - a span tagged by keyboard only",
          "[gui][text][demo]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    test::openDemoTask(f, QStringLiteral("cv"));
    WorkPage *work = f.window().workPage();
    REQUIRE(work->itemCount() == 3);
    int spanLabels = 0;
    for (const LabelSpec &label : work->task()->schema.labels())
        spanLabels += label.kinds.contains(AnnotationKind::Span) ? 1 : 0;
    CHECK(spanLabels == 18);
    auto *editor = qobject_cast<TextEditor *>(work->editorFor(MediaKind::Text));
    REQUIRE(editor);
    REQUIRE(work->editor() == editor);
    CHECK_FALSE(editor->reference()->isVisible());
    SpanTextView *view = editor->view();
    REQUIRE(view->toPlainText().contains(QStringLiteral("Sanne Verhoeven")));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(20, 15));
    REQUIRE(view->hasFocus());
    // Keyboard only: to the start, Right word by word to "Sanne", Shift+Right twice, "n".
    f.press(Qt::Key_Home, Qt::ControlModifier);
    const qsizetype target = view->toPlainText().indexOf(QStringLiteral("Sanne"));
    for (int i = 0; i < 20 && view->textCursor().position() < target; ++i)
        f.press(Qt::Key_Right);
    REQUIRE(view->textCursor().position() == target);
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_N);
    const QString anna = f.window().profile()->id;
    CHECK(storedSpans(f.store(), work->currentItemId(), anna) ==
          QStringList{QStringLiteral("Naam: Sanne Verhoeven")});
    // A digit key is a label too in this task: the year someone started.
    selectWords(view, QStringLiteral("2019"));
    f.press(Qt::Key_1);
    CHECK(storedSpans(f.store(), work->currentItemId(), anna) ==
          QStringList{QStringLiteral("Jaar_In_Dienst: 2019"), QStringLiteral("Naam: Sanne Verhoeven")});
    CHECK(editor->spanList()->count() == 2);
    test::screenshots(f, QStringLiteral("demo-cv"));
}

namespace {

void weatherTask(const QString &language)
{
    GuiFixture f(language);
    test::startAsAnnotator(f);
    test::openDemoTask(f, QStringLiteral("weather-reports"));
    WorkPage *work = f.window().workPage();
    REQUIRE(work->itemCount() == 3);
    auto *editor = qobject_cast<TextEditor *>(work->editorFor(MediaKind::Text));
    REQUIRE(editor);
    REQUIRE(work->editor() == editor);
    const QString itemId = work->currentItemId();
    const QString anna = f.window().profile()->id;

    // The reference pane with the hourly data, the span labels and list, and the questions.
    ReferencePane *pane = editor->reference();
    REQUIRE(pane->isVisible());
    CHECK(pane->problem().isEmpty());
    REQUIRE(pane->table()->model()->rowCount() == 7);
    CHECK(pane->table()->model()->headerData(1, Qt::Horizontal).toString() ==
          QStringLiteral("temperatuur (°C)"));
    CHECK(editor->spanList()->isVisible());
    CHECK(editor->actions(MediaEditor::Menu::Tools).size() == 4);
    QuestionForm *form = work->form();
    REQUIRE(form->isVisible());
    REQUIRE(form->editor(QStringLiteral("juistheid")));
    REQUIRE(form->editor(QStringLiteral("toon")));
    REQUIRE(form->editor(QStringLiteral("opmerking")));
    CHECK(form->editor(QStringLiteral("juistheid"))->isVisible());

    // A wrong number tagged, then done is refused until the required answers are there.
    SpanTextView *view = editor->view();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, QPoint(20, 15));
    REQUIRE(view->hasFocus());
    selectWords(view, QStringLiteral("21 graden"));
    f.press(Qt::Key_G);
    CHECK(storedSpans(f.store(), itemId, anna) ==
          QStringList{QStringLiteral("onjuist getal: 21 graden")});
    selectWords(view, QStringLiteral("een uitzonderlijk warme dag"));
    f.press(Qt::Key_O);
    CHECK(editor->spanList()->count() == 2);
    f.press(Qt::Key_F6);
    CHECK(pane->table()->hasFocus());
    f.press(Qt::Key_F6);
    CHECK(view->hasFocus());
    test::screenshots(f, QStringLiteral("text-reference-") + language);

    const auto status = [&] {
        const auto s = f.store().submission(itemId, anna);
        return s ? s->status : SubmissionStatus::Todo;
    };
    f.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(status() != SubmissionStatus::Done);
    CHECK(work->currentItemId() == itemId);
    CHECK_FALSE(work->notice().isEmpty());
    form->editor(QStringLiteral("juistheid"))->setFocus();
    f.press(Qt::Key_2);
    f.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(status() != SubmissionStatus::Done);
    form->editor(QStringLiteral("toon"))->setFocus();
    f.press(Qt::Key_1);
    f.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(status() == SubmissionStatus::Done);
    CHECK(work->currentItemId() != itemId);
    // The next report has its own data: per place, separated by ";".
    CHECK(pane->isVisible());
    CHECK(pane->table()->model()->rowCount() == 4);
    CHECK(pane->table()->model()->index(0, 0).data().toString() == QStringLiteral("Vlissingen"));

    // F6 is on the keyboard shortcut sheet (?), worded in the person's language.
    f.press(Qt::Key_Question);
    REQUIRE(GuiFixture::waitFor(
            [&] { return f.window().shortcutSheet() && f.window().shortcutSheet()->isVisible(); }));
    const QStringList lines = f.window().shortcutSheet()->lines();
    const QString f6 = language == QLatin1String("nl")
            ? QStringLiteral("F6 \u2014 Naar de brongegevens of terug naar de tekst")
            : QStringLiteral("F6 \u2014 To the source data or back to the text");
    INFO(lines.join(QLatin1Char('\n')).toStdString());
    CHECK(lines.contains(f6));
    f.window().shortcutSheet()->close();
}

} // namespace

TEST_CASE("demo weather reports: source data beside each report, span labels and questions, "
          "done needs the answers - in Dutch",
          "[gui][text][demo][reference]")
{
    weatherTask(QStringLiteral("nl"));
}

TEST_CASE("demo weather reports: the same in English", "[gui][text][demo][reference]")
{
    weatherTask(QStringLiteral("en"));
}
