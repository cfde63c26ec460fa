// SPDX-License-Identifier: GPL-3.0-or-later
// Conditional form questions in the real QuestionForm and main window (issue 9, point 6):
// keys in, what is shown and what the store holds out.

#include "guifixture.h"
#include "guisteps.h"

#include "document/commands.h"
#include "document/itemdocument.h"
#include "questionform.h"
#include "testutil.h"
#include "welcomepage.h"
#include "workpage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

QJsonValue stored(const Store &store, const QString &itemId, const QString &author,
                  const QString &question)
{
    const QList<Annotation> all = store.annotations(itemId, author);
    QJsonValue found(QJsonValue::Undefined);
    int count = 0;
    for (const Annotation &a : all)
        if (a.kind == AnnotationKind::Answer && a.label == question) {
            found = a.value.value(QStringLiteral("answer"));
            ++count;
        }
    REQUIRE(count <= 1);
    return found;
}

/// The news task's form for one item of \a kind, in an active window, keys as a person's.
struct NewsForm
{
    test::Fixture data{1};
    Task task;
    Item item;
    std::unique_ptr<ItemDocument> doc;
    QWidget window;
    QuestionForm *form = new QuestionForm(&window);

    explicit NewsForm(MediaKind kind)
    {
        task = test::createTask(*data.store, data.annotator, test::newsSchema(), {kind},
                                data.dir.path());
        item = data.store->items(task.id).first();
        doc = std::make_unique<ItemDocument>(*data.store, task, item, data.annotator);
        form->setDocument(doc.get());
        window.resize(600, 1000);
        window.show();
        QApplication::setActiveWindow(&window);
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
    QJsonValue answer(const char *question) const
    {
        return stored(*data.store, item.id, data.annotator.id, QLatin1String(question));
    }
    QWidget *editor(const char *question) const { return form->editor(QLatin1String(question)); }
    QString title(const char *question) const
    {
        auto *label = qobject_cast<QLabel *>(
                editor(question)->parentWidget()->findChildren<QLabel *>().value(0));
        return label ? label->text() : QString();
    }
    /// The question whose editor has the keyboard focus.
    QString focusedQuestion() const
    {
        for (QWidget *w = QApplication::focusWidget(); w; w = w->parentWidget())
            if (w->objectName().startsWith(QLatin1String("question-")))
                return w->objectName().mid(9);
        return {};
    }
};

QStringList list(std::initializer_list<const char *> ids)
{
    QStringList out;
    for (const char *id : ids)
        out << QLatin1String(id);
    return out;
}

} // namespace

TEST_CASE("question form: only the questions asked for the item's media kind are shown",
          "[widgets][questions]")
{
    NewsForm text(MediaKind::Text);
    CHECK(text.form->visibleQuestionIds() == list({"sentiment", "emotie"}));
    NewsForm image(MediaKind::Image);
    CHECK(image.form->visibleQuestionIds() == list({"sentiment", "emotie", "mis", "thumbnail"}));
    // Required in words, not by colour alone.
    CHECK(image.title("sentiment") == QStringLiteral("Positief, negatief of neutraal? (required)"));
    CHECK(image.title("emotie") == QStringLiteral("Welke emotie?"));
    // A labelled question comes once its label is drawn, and goes with it.
    REQUIRE(Commands::addAnnotation(*image.doc, AnnotationKind::Box, QStringLiteral("Buffer"),
                                    test::sampleValue(AnnotationKind::Box))
                    .ok());
    CHECK(image.form->visibleQuestionIds().contains(QStringLiteral("roest")));
    image.doc->undoStack()->undo();
    CHECK_FALSE(image.form->visibleQuestionIds().contains(QStringLiteral("roest")));
}

TEST_CASE("question form: digits and Tab through a conditional chain - a hiding answer removes "
          "the hidden ones, undo brings them back",
          "[widgets][questions]")
{
    NewsForm f(MediaKind::Text);
    f.editor("sentiment")->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1); // positief
    CHECK(f.answer("sentiment").toString() == QStringLiteral("positief"));
    CHECK(f.form->visibleQuestionIds() == list({"sentiment", "sterkte", "emotie"}));

    // Tab goes to the question that just appeared, then digits answer it.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(f.focusedQuestion() == QStringLiteral("sterkte"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_5);
    CHECK(f.answer("sterkte").toInt() == 5);
    CHECK(f.form->visibleQuestionIds() == list({"sentiment", "sterkte", "waarom", "emotie"}));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(f.focusedQuestion() == QStringLiteral("waarom"));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("grote kop"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(f.answer("waarom").toString() == QStringLiteral("grote kop"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(f.focusedQuestion() == QStringLiteral("emotie"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_2); // boos
    CHECK(f.answer("emotie").toString() == QStringLiteral("boos"));
    CHECK(f.form->visibleQuestionIds().contains(QStringLiteral("emotiesterkte")));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(f.focusedQuestion() == QStringLiteral("sentiment"));

    // Neutral: strength and reason disappear from the form and the store, in one step.
    const int steps = f.doc->undoStack()->count();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
    CHECK(f.answer("sentiment").toString() == QStringLiteral("neutraal"));
    CHECK(f.answer("sterkte").isUndefined());
    CHECK(f.answer("waarom").isUndefined());
    CHECK(f.form->visibleQuestionIds() == list({"sentiment", "emotie", "emotiesterkte"}));
    CHECK(f.doc->undoStack()->count() == steps + 1);
    // Tab now skips the hidden questions.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(f.focusedQuestion() == QStringLiteral("emotie"));

    f.doc->undoStack()->undo();
    CHECK(f.answer("sentiment").toString() == QStringLiteral("positief"));
    CHECK(f.answer("sterkte").toInt() == 5);
    CHECK(f.answer("waarom").toString() == QStringLiteral("grote kop"));
    CHECK(f.form->visibleQuestionIds() ==
          list({"sentiment", "sterkte", "waarom", "emotie", "emotiesterkte"}));
    auto *reason = qobject_cast<QLineEdit *>(f.editor("waarom"));
    REQUIRE(reason);
    CHECK(reason->text() == QStringLiteral("grote kop"));
    const auto buttons = f.editor("sterkte")->findChildren<QAbstractButton *>();
    CHECK(buttons.at(4)->isChecked()); // "5"
    f.doc->undoStack()->redo();
    CHECK(f.answer("sterkte").isUndefined());
    CHECK_FALSE(f.form->visibleQuestionIds().contains(QStringLiteral("sterkte")));
}

TEST_CASE("question form: multichoice as check boxes with letters - at most max - the last "
          "untick removes the answer",
          "[widgets][questions]")
{
    NewsForm f(MediaKind::Image);
    QWidget *mis = f.editor("mis");
    REQUIRE(mis);
    const auto boxes = mis->findChildren<QCheckBox *>();
    REQUIRE(boxes.size() == 3);
    // Each answer shows its key.
    CHECK(boxes.at(0)->text() == QStringLiteral("a  wazig"));
    CHECK(boxes.at(2)->text() == QStringLiteral("c  te donker"));
    QSignalSpy failed(f.form, &QuestionForm::failed);

    mis->setFocus();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_A);
    CHECK(f.answer("mis") == QJsonArray{QStringLiteral("wazig"), QStringLiteral("te donker")});
    CHECK((boxes.at(0)->isChecked() && !boxes.at(1)->isChecked() && boxes.at(2)->isChecked()));
    // A third is one too many: refused calmly, nothing changes.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_B);
    CHECK(failed.count() == 1);
    CHECK(failed.last().at(0).toString().contains(QStringLiteral("at most 2")));
    CHECK(f.answer("mis") == QJsonArray{QStringLiteral("wazig"), QStringLiteral("te donker")});
    CHECK_FALSE(boxes.at(1)->isChecked());
    // Space ticks the focused box like its letter; Up/Down move.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up); // from b to a
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
    CHECK(f.answer("mis") == QJsonArray{QStringLiteral("te donker")});
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_C);
    CHECK(f.answer("mis").isUndefined());
    CHECK_FALSE(boxes.at(2)->isChecked());
    f.doc->undoStack()->undo();
    CHECK(f.answer("mis") == QJsonArray{QStringLiteral("te donker")});
    CHECK(boxes.at(2)->isChecked());
}

TEST_CASE("done waits for the required questions asked - the notice names them - flag and skip "
          "stay possible",
          "[gui][questions]")
{
    GuiFixture f;
    QString problem;
    INFO(problem.toStdString());
    REQUIRE(f.start(&problem));
    f.press(Qt::Key_A, Qt::ControlModifier);
    f.type(QStringLiteral("Anna"));
    f.press(Qt::Key_Return);
    REQUIRE(f.window().page() == MainWindow::Page::Work);
    const Profile user = *f.window().profile();
    const Task task = test::createTask(f.store(), user, test::newsSchema(),
                                       {MediaKind::Text, MediaKind::Text}, f.folder());
    WorkPage *work = f.window().workPage();
    work->reloadTasks(task.id);
    REQUIRE(work->task()->id == task.id);
    const QList<Item> items = f.store().items(task.id);
    REQUIRE(work->currentItemId() == items.at(0).id);

    auto status = [&](int i) {
        const auto s = f.store().submission(items.at(i).id, user.id);
        return s ? s->status : SubmissionStatus::Todo;
    };
    f.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(status(0) == SubmissionStatus::Todo);
    CHECK(work->currentItemId() == items.at(0).id);
    CHECK(work->notice().contains(QStringLiteral("\"Positief, negatief of neutraal?\"")));
    CHECK(QApplication::activeModalWidget() == nullptr); // a notice, no pop-up

    // Skip is no answer and stays possible.
    f.press(Qt::Key_K, Qt::ControlModifier);
    CHECK(status(0) == SubmissionStatus::Skipped);
    REQUIRE(work->currentItemId() == items.at(1).id);

    // Positive asks the strength, which is required too; answered, done goes through.
    work->form()->editor(QStringLiteral("sentiment"))->setFocus();
    f.press(Qt::Key_1);
    f.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(status(1) == SubmissionStatus::Todo);
    CHECK(work->notice().contains(QStringLiteral("\"Hoe positief of negatief?\"")));
    CHECK_FALSE(work->notice().contains(QStringLiteral("neutraal?")));
    f.press(Qt::Key_Tab);
    f.press(Qt::Key_4);
    CHECK(stored(f.store(), items.at(1).id, user.id, QStringLiteral("sterkte")).toInt() == 4);
    f.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(status(1) == SubmissionStatus::Done);
}

TEST_CASE("a text answer typed but not kept survives a crash as a draft - its undo survives a "
          "restart",
          "[gui][restart]")
{
    GuiFixture f;
    test::startAsAnnotator(f);
    test::openDemoTask(f, QStringLiteral("weather-reports"));
    WorkPage *work = f.window().workPage();
    const QString anna = f.window().profile()->id;
    const QString itemId = work->currentItemId();
    auto *line = qobject_cast<QLineEdit *>(work->form()->editor(QStringLiteral("opmerking")));
    REQUIRE(line);
    QTest::mouseClick(line, Qt::LeftButton);
    REQUIRE(line->hasFocus());
    f.type(QStringLiteral("Regen klopt niet"));
    // Kept as a draft within a moment, while the field still has the keyboard.
    REQUIRE(GuiFixture::waitFor([&] {
        return f.store().drafts(itemId, anna).value(QStringLiteral("answer/opmerking")) ==
               QStringLiteral("Regen klopt niet");
    }));
    CHECK(stored(f.store(), itemId, anna, QStringLiteral("opmerking")).isUndefined());

    // The program dies here: what closing would have written is lost.
    REQUIRE(f.restartAfterCrash());
    work = f.window().workPage();
    REQUIRE(work->currentItemId() == itemId);
    line = qobject_cast<QLineEdit *>(work->form()->editor(QStringLiteral("opmerking")));
    REQUIRE(line);
    CHECK(line->text() == QStringLiteral("Regen klopt niet"));
    CHECK(stored(f.store(), itemId, anna, QStringLiteral("opmerking")).isUndefined());
    // Enter keeps it as the answer; the draft is gone.
    QTest::mouseClick(line, Qt::LeftButton);
    f.press(Qt::Key_End);
    f.type(QStringLiteral("."));
    f.press(Qt::Key_Return);
    CHECK(stored(f.store(), itemId, anna, QStringLiteral("opmerking")).toString() ==
          QStringLiteral("Regen klopt niet."));
    CHECK(f.store().drafts(itemId, anna).isEmpty());

    // A normal restart: the answer's undo step is still there; Ctrl+Z takes it back.
    REQUIRE(f.restart());
    work = f.window().workPage();
    REQUIRE(work->currentItemId() == itemId);
    REQUIRE(work->editor()->takeFocus());
    REQUIRE(work->canUndo());
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(stored(f.store(), itemId, anna, QStringLiteral("opmerking")).isUndefined());
    line = qobject_cast<QLineEdit *>(work->form()->editor(QStringLiteral("opmerking")));
    REQUIRE(line);
    CHECK(line->text().isEmpty());
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(stored(f.store(), itemId, anna, QStringLiteral("opmerking")).toString() ==
          QStringLiteral("Regen klopt niet."));
}
