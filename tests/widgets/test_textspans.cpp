// SPDX-License-Identifier: GPL-3.0-or-later
// Entity spans in a Dutch CV, made in the real main window by mouse and keyboard and checked in
// the store: word snapping (and a task without it), relabelling, moving edges, overlapping
// spans, the undo walk, a restart, and offsets in code points with accents, emoji and
// combining marks.

#include "guifixture.h"
#include "guisteps.h"

#include "document/itemdocument.h"
#include "model/codepointtext.h"
#include "model/kinds/spankind.h"
#include "testutil.h"
#include "text/spantextview.h"
#include "text/texteditor.h"
#include "theme.h"
#include "workpage.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMouseEvent>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

#include "catchqt.h"

using namespace annostraat;
using annostraat::test::GuiFixture;

namespace {

// Dutch accents (ë, é), an emoji outside the BMP, a composed emoji with a joiner and a
// combining diaeresis (Noe + U+0308 + l): a wrong unit anywhere moves the offsets.
const QString kCv = QStringLiteral(
        "Naam: Zoë van der Berg \U0001F600\n"
        "Functie: café-medewerker in Den Haag\n"
        "Vaardigheid: koffie zetten, Noe\u0308l leiden \U0001F469\u200D\U0001F4BB programmeren\n"
        "Lokatie: Utrecht\n");

const char kCvSchema[] = R"({"format": 1, "labels": [
    {"name": "Naam", "colour": "#7ec8f0", "hotkey": "n", "kinds": ["span"]},
    {"name": "Functie", "colour": "#f0a35e", "hotkey": "f", "kinds": ["span"]},
    {"name": "Vaardigheid", "colour": "#8fd18f", "hotkey": "v", "kinds": ["span"]},
    {"name": "Lokatie", "colour": "#d99be0", "hotkey": "l", "kinds": ["span"]}]%1})";

struct Stored
{
    QString label;
    qint64 start;
    qint64 end;
    QString text;
    bool operator==(const Stored &) const = default;
};

std::ostream &operator<<(std::ostream &os, const Stored &s)
{
    return os << s.label.toStdString() << " [" << s.start << ", " << s.end << ") \""
              << s.text.toStdString() << '"';
}

/// The person's spans in the store, in text order.
QList<Stored> stored(Store &store, const QString &itemId, const QString &author)
{
    QList<Stored> result;
    for (const Annotation &a : store.annotations(itemId, author))
        if (a.kind == AnnotationKind::Span && !a.deleted)
            result << Stored{a.label, a.value.value(QStringLiteral("start")).toInteger(),
                             a.value.value(QStringLiteral("end")).toInteger(),
                             a.value.value(QStringLiteral("text")).toString()};
    std::sort(result.begin(), result.end(), [](const Stored &a, const Stored &b) {
        return std::tie(a.start, a.end, a.label) < std::tie(b.start, b.end, b.label);
    });
    return result;
}

/// What a span over \a words of kCv must be stored as: code points, counted independently of
/// the program's own conversion (QString::toUcs4).
Stored expected(const QString &label, const QString &words, qsizetype from = 0)
{
    const qsizetype at = kCv.indexOf(words, from);
    REQUIRE(at >= 0);
    const qint64 start = kCv.left(at).toUcs4().size();
    return {label, start, start + words.toUcs4().size(), words};
}

/// The middle of the character at UTF-16 position \a pos, in viewport coordinates.
QPoint pointAt(SpanTextView *view, qsizetype pos)
{
    QTextCursor c(view->document());
    c.setPosition(int(pos));
    const QRect left = view->cursorRect(c);
    c.setPosition(int(pos + 1));
    const QRect right = view->cursorRect(c);
    return QPoint((left.x() + right.x()) / 2, left.center().y());
}

/// The caret position \a pos itself (between two characters), in viewport coordinates.
QPoint edgeAt(SpanTextView *view, qsizetype pos)
{
    QTextCursor c(view->document());
    c.setPosition(int(pos));
    return view->cursorRect(c).center();
}

/// A drag from the middle of the character at \a from to the middle of the one at \a to, or
/// (\a onEdges) from caret position to caret position.
void drag(SpanTextView *view, qsizetype from, qsizetype to, bool onEdges = false)
{
    QWidget *vp = view->viewport();
    const QPoint a = onEdges ? edgeAt(view, from) : pointAt(view, from);
    const QPoint b = onEdges ? edgeAt(view, to) : pointAt(view, to);
    QTest::mousePress(vp, Qt::LeftButton, Qt::NoModifier, a);
    for (int i = 1; i <= 4; ++i) {
        const QPointF p = a + (b - a) * i / 4.0;
        QMouseEvent move(QEvent::MouseMove, p, vp->mapToGlobal(p), Qt::NoButton, Qt::LeftButton,
                         Qt::NoModifier);
        QApplication::sendEvent(vp, &move);
    }
    QTest::mouseRelease(vp, Qt::LeftButton, Qt::NoModifier, b);
}

void doubleClick(SpanTextView *view, qsizetype pos)
{
    QWidget *vp = view->viewport();
    const QPoint p = pointAt(view, pos);
    QTest::mouseClick(vp, Qt::LeftButton, Qt::NoModifier, p);
    QTest::mouseDClick(vp, Qt::LeftButton, Qt::NoModifier, p);
}

/// Makes a task "CV" with one text item (kCv), opens it in Anna's window after a restart.
struct CvTask
{
    explicit CvTask(GuiFixture &f, const char *spansOption = "")
    {
        test::startAsAnnotator(f);
        anna = f.store().profiles().first().id;
        path = f.folder() + QStringLiteral("/cv-zoe.txt");
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        const QByteArray bytes = kCv.toUtf8();
        file.write(bytes);
        file.close();
        auto schema = Schema::fromJson(
                QString::fromLatin1(kCvSchema).arg(QString::fromUtf8(spansOption)).toUtf8(),
                QStringLiteral("cv.json"));
        REQUIRE(schema.ok());
        Task task;
        task.name = QStringLiteral("CV");
        task.schema = *schema;
        Item item;
        item.mediaPath = path;
        item.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        item.size = bytes.size();
        item.kind = MediaKind::Text;
        // A second CV after it, so that moving on to the next item can be told apart.
        const QString second = f.folder() + QStringLiteral("/cv-bram.txt");
        QFile secondFile(second);
        REQUIRE(secondFile.open(QIODevice::WriteOnly));
        const QByteArray secondBytes = QByteArrayLiteral("Naam: Bram de Vries\n");
        secondFile.write(secondBytes);
        secondFile.close();
        Item next = item;
        next.mediaPath = second;
        next.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(secondBytes, QCryptographicHash::Sha256).toHex());
        next.size = secondBytes.size();
        next.order = 1;
        const auto created = f.store().createTask(task, {item, next}, anna);
        REQUIRE(created.ok());
        REQUIRE(f.store().setSetting(anna, QStringLiteral("work/lastTask"), created->id).ok());
        open(f);
        itemId = f.window().workPage()->currentItemId();
    }

    void open(GuiFixture &f)
    {
        QString problem;
        INFO(problem.toStdString());
        REQUIRE(f.restart(&problem));
        if (f.window().page() != MainWindow::Page::Work)
            f.press(Qt::Key_Return);
        REQUIRE(f.window().page() == MainWindow::Page::Work);
        WorkPage *work = f.window().workPage();
        REQUIRE(work->document());
        REQUIRE(work->document()->item().kind == MediaKind::Text);
        REQUIRE(work->document()->item().mediaPath == path);
        editor = qobject_cast<TextEditor *>(work->editorFor(MediaKind::Text));
        REQUIRE(editor);
        REQUIRE(work->editor() == editor);
        view = editor->view();
        REQUIRE(view->toPlainText() == kCv);
        // Back from the profile page the keyboard is nowhere yet (as for images): a click on the
        // text gives it to the text.
        if (!view->hasFocus())
            QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::NoModifier, pointAt(view, 1));
        REQUIRE(view->hasFocus());
    }

    QString anna, path, itemId;
    TextEditor *editor = nullptr;
    SpanTextView *view = nullptr;
};

/// Moves the caret with Right (word steps) from the start of the text to \a words' start.
void caretTo(GuiFixture &f, SpanTextView *view, const QString &words)
{
    const qsizetype target = kCv.indexOf(words);
    REQUIRE(target >= 0);
    f.press(Qt::Key_Home, Qt::ControlModifier);
    for (int i = 0; i < 200 && view->textCursor().position() < target; ++i)
        f.press(Qt::Key_Right);
    REQUIRE(view->textCursor().position() == target);
}

} // namespace

TEST_CASE("text spans: tag by drag, double-click and keyboard only - snapped to words, in code "
          "points",
          "[gui][text]")
{
    GuiFixture f;
    CvTask cv(f);

    // A drag from inside "Zoë" to inside "Berg" takes both whole words; "n" tags it Naam.
    drag(cv.view, kCv.indexOf(QStringLiteral("oë")), kCv.indexOf(QStringLiteral("erg")));
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("Zoë van der Berg"));
    f.press(Qt::Key_N);
    CHECK(stored(f.store(), cv.itemId, cv.anna) ==
          QList<Stored>{expected(QStringLiteral("Naam"), QStringLiteral("Zoë van der Berg"))});

    // A double-click takes one word.
    doubleClick(cv.view, kCv.indexOf(QStringLiteral("aag")));
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("Haag"));
    f.press(Qt::Key_L);

    // Keyboard only: the caret moves by word, Shift+Right takes word after word.
    caretTo(f, cv.view, QStringLiteral("koffie"));
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("koffie zetten"));
    f.press(Qt::Key_V);
    // After an emoji and before a combining mark: the offsets are code points.
    caretTo(f, cv.view, QStringLiteral("Noe\u0308l"));
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_V);
    caretTo(f, cv.view, QStringLiteral("programmeren"));
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_V);

    const QList<Stored> all{
            expected(QStringLiteral("Naam"), QStringLiteral("Zoë van der Berg")),
            expected(QStringLiteral("Lokatie"), QStringLiteral("Haag")),
            expected(QStringLiteral("Vaardigheid"), QStringLiteral("koffie zetten")),
            expected(QStringLiteral("Vaardigheid"), QStringLiteral("Noe\u0308l leiden")),
            expected(QStringLiteral("Vaardigheid"), QStringLiteral("programmeren"))};
    CHECK(stored(f.store(), cv.itemId, cv.anna) == all);
    // The code points differ from UTF-16 here: three code points outside the BMP before it
    // (the laughing face, the woman and the laptop of the technologist) count once each.
    CHECK(all.at(4).start == kCv.indexOf(QStringLiteral("programmeren")) - 3);
    CHECK(CodePointText(kCv).slice(all.at(4).start, all.at(4).end) ==
          QStringLiteral("programmeren"));

    // Hovering over a span names its label and words.
    {
        QWidget *vp = cv.view->viewport();
        const QPoint p = pointAt(cv.view, kCv.indexOf(QStringLiteral("van")));
        QHelpEvent hover(QEvent::ToolTip, p, vp->mapToGlobal(p));
        QApplication::sendEvent(vp, &hover);
        CHECK(QToolTip::text() == QStringLiteral("Naam: \u201CZoë van der Berg\u201D"));
    }

    // The list beside the text names each span's label and words.
    QListWidget *list = cv.editor->spanList();
    REQUIRE(list->count() == 5);
    CHECK(list->item(0)->text() == QStringLiteral("Naam \u2014 \u201CZoë van der Berg\u201D"));
    CHECK(list->item(1)->text() == QStringLiteral("Lokatie \u2014 \u201CHaag\u201D"));

    // Shift+Left shrinks by whole words, and a label key with nothing selected changes nothing.
    caretTo(f, cv.view, QStringLiteral("Den Haag"));
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_Left, Qt::ShiftModifier);
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("Den"));
    f.press(Qt::Key_Escape);
    f.press(Qt::Key_F);
    CHECK(stored(f.store(), cv.itemId, cv.anna) == all);

    // Clicking a row in the list jumps to its span in the text.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                      list->visualItemRect(list->item(3)).center());
    CHECK(cv.view->chosen() == list->item(3)->data(Qt::UserRole).toString());
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("Noe\u0308l leiden"));

    test::screenshots(f, QStringLiteral("text-spans"));
}

TEST_CASE("text spans: a task without snapping keeps the selection as made", "[gui][text]")
{
    GuiFixture f;
    CvTask cv(f, R"(, "spans": {"snap": "characters"})");
    CHECK_FALSE(cv.view->snapsToWords());

    // "medewerke" out of "café-medewerker": a drag that ends inside the word stays there.
    const qsizetype from = kCv.indexOf(QStringLiteral("medewerker"));
    drag(cv.view, from, from + 9, true);
    const QString selected = cv.view->textCursor().selectedText();
    CHECK(selected == QStringLiteral("medewerke"));
    f.press(Qt::Key_F);
    REQUIRE(stored(f.store(), cv.itemId, cv.anna).size() == 1);
    CHECK(stored(f.store(), cv.itemId, cv.anna).first() ==
          expected(QStringLiteral("Functie"), selected));

    // The arrows go by character: "Zo" + Shift+Right takes the "ë" alone.
    caretTo(f, cv.view, QStringLiteral("Zoë"));
    f.press(Qt::Key_Right);
    f.press(Qt::Key_Right);
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("ë"));
    f.press(Qt::Key_N);
    CHECK(stored(f.store(), cv.itemId, cv.anna).first() ==
          expected(QStringLiteral("Naam"), QStringLiteral("ë")));
    // An edge moves by one code point: the end over the combining mark's base only.
    caretTo(f, cv.view, QStringLiteral("Noe\u0308l"));
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_V);
    const auto noel = [&] {
        for (const Stored &s : stored(f.store(), cv.itemId, cv.anna))
            if (s.label == QStringLiteral("Vaardigheid"))
                return s;
        return Stored{};
    };
    CHECK(noel() == expected(QStringLiteral("Vaardigheid"), QStringLiteral("No")));
    f.press(Qt::Key_Right, Qt::AltModifier);
    CHECK(noel() == expected(QStringLiteral("Vaardigheid"), QStringLiteral("Noe")));
    f.press(Qt::Key_Right, Qt::AltModifier);
    CHECK(noel() == expected(QStringLiteral("Vaardigheid"), QStringLiteral("Noe\u0308")));
}

TEST_CASE(
        "text spans: relabel, edge moves, overlapping spans, Delete - the undo walk and a restart",
        "[gui][text]")
{
    GuiFixture f;
    CvTask cv(f);
    WorkPage *work = f.window().workPage();
    const auto now = [&] { return stored(f.store(), cv.itemId, cv.anna); };
    QList<QList<Stored>> states{now()};

    // 1. "café-medewerker in Den" as Functie (keyboard), 2. "Den Haag" inside-overlapping it as
    // Lokatie.
    caretTo(f, cv.view, QStringLiteral("café"));
    for (int i = 0; i < 4; ++i) // café, medewerker, in, Den (the hyphen is no word)
        f.press(Qt::Key_Right, Qt::ShiftModifier);
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("café-medewerker in Den"));
    f.press(Qt::Key_F);
    states << now();
    caretTo(f, cv.view, QStringLiteral("Den Haag"));
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_L);
    states << now();
    // 3. "Haag" alone, nested in "Den Haag", as Lokatie too.
    doubleClick(cv.view, kCv.indexOf(QStringLiteral("Haag")) + 1);
    f.press(Qt::Key_L);
    states << now();
    REQUIRE(now().size() == 3);
    // Overlapping spans get underline rows of their own: "Den Haag" one below the span it
    // overlaps; "Haag", inside it, takes the first row again, which is free after "Den".
    QList<int> levels;
    for (const ShownSpan &s : cv.view->spans())
        levels << s.level;
    CHECK(levels == QList<int>{0, 1, 0});
    test::screenshots(f, QStringLiteral("text-overlap"));

    // Tab chooses the first span; a label key relabels it.
    f.press(Qt::Key_Escape);
    f.press(Qt::Key_Home, Qt::ControlModifier);
    f.press(Qt::Key_Tab);
    REQUIRE(cv.view->hasFocus());
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("café-medewerker in Den"));
    f.press(Qt::Key_V);
    states << now();
    CHECK(now().first() ==
          expected(QStringLiteral("Vaardigheid"), QStringLiteral("café-medewerker in Den")));

    // Alt+Right/Left move its end by a word, Alt+Shift+Right its start.
    f.press(Qt::Key_Right, Qt::AltModifier);
    states << now();
    CHECK(now().first() ==
          expected(QStringLiteral("Vaardigheid"), QStringLiteral("café-medewerker in Den Haag")));
    f.press(Qt::Key_Left, Qt::AltModifier);
    states << now();
    CHECK(now().first() ==
          expected(QStringLiteral("Vaardigheid"), QStringLiteral("café-medewerker in Den")));
    f.press(Qt::Key_Left, Qt::AltModifier);
    states << now();
    CHECK(now().first() ==
          expected(QStringLiteral("Vaardigheid"), QStringLiteral("café-medewerker in")));
    f.press(Qt::Key_Right, Qt::AltModifier | Qt::ShiftModifier);
    states << now();
    CHECK(now().first() ==
          expected(QStringLiteral("Vaardigheid"), QStringLiteral("medewerker in")));
    CHECK(work->currentItemId() == cv.itemId); // Alt+arrows moved the edge, not to another item

    // Tab to the next span (Den Haag), Shift+Tab back and Tab again; Delete removes it.
    f.press(Qt::Key_Tab);
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("Den Haag"));
    f.press(Qt::Key_Tab, Qt::ShiftModifier);
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("medewerker in"));
    f.press(Qt::Key_Tab);
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("Den Haag"));
    f.press(Qt::Key_Delete);
    states << now();
    REQUIRE(now().size() == 2);
    CHECK(now().at(1) == expected(QStringLiteral("Lokatie"), QStringLiteral("Haag")));
    // Past the last span Tab moves on to the next part of the window: the text is no trap.
    f.press(Qt::Key_End, Qt::ControlModifier);
    f.press(Qt::Key_Tab);
    CHECK_FALSE(cv.view->hasFocus());

    // Every change was one undo step: walk back through each state, then forward again.
    REQUIRE(work->document()->undoStack()->count() == states.size() - 1);
    for (qsizetype i = states.size() - 2; i >= 0; --i) {
        f.press(Qt::Key_Z, Qt::ControlModifier);
        INFO("after undo to state " << i);
        CHECK(now() == states.at(i));
    }
    CHECK(cv.view->spans().isEmpty());
    for (qsizetype i = 1; i < states.size(); ++i) {
        f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        INFO("after redo to state " << i);
        CHECK(now() == states.at(i));
    }

    // A restart: everything is there, in the text and in the list.
    const QList<Stored> before = now();
    cv.open(f);
    CHECK(now() == before);
    REQUIRE(cv.view->spans().size() == 2);
    CHECK(cv.editor->spanList()->count() == 2);
    CHECK(cv.editor->spanList()->item(0)->text() ==
          QStringLiteral("Vaardigheid \u2014 \u201Cmedewerker in\u201D"));

    // With no span chosen, Alt+Right goes on to the next item as everywhere; Alt+Left back.
    work = f.window().workPage(); // the window of after the restart
    REQUIRE(cv.view->chosen().isEmpty());
    f.press(Qt::Key_Right, Qt::AltModifier);
    CHECK(work->currentItemId() != cv.itemId);
    CHECK(cv.view->toPlainText() == QStringLiteral("Naam: Bram de Vries\n"));
    CHECK(cv.view->spans().isEmpty());
    f.press(Qt::Key_Left, Qt::AltModifier);
    CHECK(work->currentItemId() == cv.itemId);
    CHECK(cv.view->spans().size() == 2);
}

TEST_CASE("text spans: spans on a text that changed are reported, not moved", "[gui][text]")
{
    GuiFixture f;
    CvTask cv(f);
    drag(cv.view, kCv.indexOf(QStringLiteral("Zoë")), kCv.indexOf(QStringLiteral("Berg")) + 2);
    f.press(Qt::Key_N);
    caretTo(f, cv.view, QStringLiteral("Utrecht"));
    f.press(Qt::Key_Right, Qt::ShiftModifier);
    f.press(Qt::Key_L);
    REQUIRE(stored(f.store(), cv.itemId, cv.anna).size() == 2);

    // Someone edits the file: two words more before "Utrecht", the name is the same.
    QFile file(cv.path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QString changed = kCv;
    changed.replace(QStringLiteral("Lokatie: "), QStringLiteral("Lokatie: regio "));
    file.write(changed.toUtf8());
    file.close();
    QString problem;
    REQUIRE(f.restart(&problem));
    if (f.window().page() != MainWindow::Page::Work)
        f.press(Qt::Key_Return);
    WorkPage *work = f.window().workPage();
    auto *editor = qobject_cast<TextEditor *>(work->editorFor(MediaKind::Text));
    REQUIRE(editor);
    REQUIRE(editor->text() == changed);
    // The name still fits and is shown; "Utrecht" is not where it was: listed with the problem.
    REQUIRE(editor->view()->spans().size() == 1);
    CHECK(editor->view()->spans().first().label == QStringLiteral("Naam"));
    QListWidget *list = editor->spanList();
    REQUIRE(list->count() == 2);
    CHECK(list->item(1)->text().startsWith(QStringLiteral("\u26A0 Lokatie")));
    CHECK(list->item(1)->toolTip().contains(QStringLiteral("Utrecht")));
    CHECK(work->notice().contains(QStringLiteral("1")));
    // Nothing was rewritten in the store.
    CHECK(stored(f.store(), cv.itemId, cv.anna).at(1) ==
          expected(QStringLiteral("Lokatie"), QStringLiteral("Utrecht")));
}

TEST_CASE("text spans: positions in the view are the file's, also with CR LF line ends",
          "[gui][text]")
{
    // Spans are converted from the view's positions to the file's code points; that only holds
    // while the view has one position per UTF-16 unit of the file.
    const QString text =
            QStringLiteral("Naam: Zo\u00EB\r\nLokatie: Den Haag\r\n\u2028Einde\u2029x\tz");
    SpanTextView view;
    view.setText(text);
    CHECK(view.document()->characterCount() - 1 == text.size());
    QTextCursor c(view.document());
    c.setPosition(int(text.indexOf(QStringLiteral("Den"))));
    c.setPosition(int(text.indexOf(QStringLiteral("Den")) + 8), QTextCursor::KeepAnchor);
    CHECK(c.selectedText() == QStringLiteral("Den Haag"));
    c.setPosition(int(text.indexOf(QStringLiteral("Einde"))));
    c.setPosition(int(text.indexOf(QStringLiteral("Einde")) + 5), QTextCursor::KeepAnchor);
    CHECK(c.selectedText() == QStringLiteral("Einde"));
}

TEST_CASE("text spans: suggestions are accepted with Enter, rejected with Delete, corrected with a "
          "label key - done waits for all of them",
          "[gui][text][suggestions]")
{
    GuiFixture f;
    CvTask cv(f);
    // A model's output, loaded into Anna's layer as an importer does: three suggestions.
    const auto suggest = [&](const QString &label, const QString &words) {
        const CodePointText text(kCv);
        const Stored want = expected(label, words);
        Annotation a;
        a.itemId = cv.itemId;
        a.author = cv.anna;
        a.kind = AnnotationKind::Span;
        a.label = label;
        a.value = SpanKind::makeValue(text, want.start, want.end);
        a.suggested = true;
        REQUIRE(f.store().addAnnotation(a).ok());
    };
    suggest(QStringLiteral("Naam"), QStringLiteral("Zoë van der Berg"));
    suggest(QStringLiteral("Naam"), QStringLiteral("Den Haag")); // wrong: a place
    suggest(QStringLiteral("Lokatie"), QStringLiteral("koffie")); // wrong: no span at all
    cv.open(f);
    WorkPage *work = f.window().workPage();
    const auto suggested = [&] {
        const QList<Annotation> layer = f.store().annotations(cv.itemId, cv.anna);
        return std::count_if(layer.cbegin(), layer.cend(),
                             [](const Annotation &a) { return a.suggested; });
    };
    REQUIRE(cv.view->spans().size() == 3);
    CHECK(std::all_of(cv.view->spans().cbegin(), cv.view->spans().cend(),
                      [](const ShownSpan &s) { return s.suggested; }));
    CHECK(cv.editor->spanList()->item(0)->text().startsWith(QStringLiteral("? Naam")));
    CHECK(work->notice().contains(QStringLiteral("3")));
    test::screenshots(f, QStringLiteral("text-suggestions"));

    // Done is held back while suggestions wait; nothing is written.
    f.press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(work->currentItemId() == cv.itemId);
    // (In the program's language: the count and the keys are what any language shows.)
    CHECK(work->notice().contains(QStringLiteral("3")));
    CHECK(work->notice().contains(QStringLiteral("(Enter)")));
    CHECK_FALSE(f.store().submission(cv.itemId, cv.anna));

    // Tab chooses the first; Enter accepts it and chooses the next suggestion.
    f.press(Qt::Key_Home, Qt::ControlModifier);
    f.press(Qt::Key_Tab);
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("Zoë van der Berg"));
    f.press(Qt::Key_Return);
    CHECK(suggested() == 2);
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("Den Haag"));
    // A label key corrects it (and accepts it) in one step; on to "koffie".
    f.press(Qt::Key_L);
    CHECK(suggested() == 1);
    CHECK(cv.view->textCursor().selectedText() == QStringLiteral("koffie"));
    f.press(Qt::Key_Delete);
    CHECK(suggested() == 0);
    CHECK(stored(f.store(), cv.itemId, cv.anna) ==
          QList<Stored>{expected(QStringLiteral("Naam"), QStringLiteral("Zoë van der Berg")),
                        expected(QStringLiteral("Lokatie"), QStringLiteral("Den Haag"))});
    CHECK(std::none_of(cv.view->spans().cbegin(), cv.view->spans().cend(),
                       [](const ShownSpan &s) { return s.suggested; }));

    // Each was one undo step: undo brings the rejected one back as a suggestion.
    f.press(Qt::Key_Z, Qt::ControlModifier);
    CHECK(suggested() == 1);
    f.press(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(suggested() == 0);

    // Now done goes through and the next item opens.
    f.press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(f.store().submission(cv.itemId, cv.anna));
    CHECK(f.store().submission(cv.itemId, cv.anna)->status == SubmissionStatus::Done);
    CHECK(work->currentItemId() != cv.itemId);
}
