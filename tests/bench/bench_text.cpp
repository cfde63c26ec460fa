// SPDX-License-Identifier: GPL-3.0-or-later
// Text editor benchmark: prints numbers, asserts nothing about speed (STYLE.md).
//
//   bench_text [KILOBYTES] [SPANS]     default 1024 KB and 20,000 spans, offscreen
//
// A 1 MB Dutch-looking text with 20,000 spans of the person's own layer, in a real store,
// opened in the real TextEditor (the widget the work page hosts, 1280 × 800):
//  - open: from open(document) until the text has been painted once (first paint);
//  - key → paint: a label key (QTest key event on the text, with words selected) until the
//    new span has been painted (median of 20, spread over the text);
//  - peak memory of the whole process (VmHWM) after all of it.

#include "benchutil.h"
#include "document/itemdocument.h"
#include "editor/mediaeditor.h"
#include "model/codepointtext.h"
#include "model/kinds/spankind.h"
#include "store/store.h"
#include "text/spantextview.h"
#include "text/texteditor.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QUuid>

#include <cstdio>
#include <vector>

using namespace annostraat;

namespace {

using bench::die;
using bench::median;

double ms(const QElapsedTimer &t)
{
    return t.nsecsElapsed() / 1e6;
}

/// Counts paint events of a widget (the text view's viewport).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *widget)
    {
        widget->installEventFilter(this);
    }
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

/// Processes events until \a watch has seen a paint after \a before; the paint itself is done
/// by the time this returns (the event is handled inside processEvents()).
void untilPainted(const PaintWatch &watch, int before)
{
    QElapsedTimer guard;
    guard.start();
    while (watch.paints <= before) {
        QCoreApplication::processEvents(QEventLoop::AllEvents);
        if (guard.elapsed() > 120'000)
            die(QStringLiteral("no paint within two minutes"));
    }
    // The paint event that raised the count is handled once processEvents() returns.
    QCoreApplication::processEvents(QEventLoop::AllEvents);
}

QString makeText(qint64 bytes)
{
    static const char *const words[] = {
            "de",       "het",       "een",        "gemeente",  "Utrecht",   "werkte",
            "als",      "medewerker", "bij",       "Rabobank",  "van",       "tot",
            "heden",    "klantgesprekken", "over", "hypotheken", "Den",     "Haag",
            "café",     "Zoë",       "projectleider", "onderwijs", "2016",   "sector",
            "communicatie", "analytisch", "en",    "vaardigheden", "Excel",  "Amsterdam"};
    QRandomGenerator rng(11);
    QString text;
    text.reserve(bytes + 100);
    qint64 size = 0;
    int inLine = 0;
    while (size < bytes) {
        const QString w = QString::fromUtf8(words[rng.bounded(int(std::size(words)))]);
        text += w;
        size += w.toUtf8().size();
        if (++inLine == 14) {
            text += QLatin1Char('\n');
            inLine = 0;
        } else {
            text += QLatin1Char(' ');
        }
        ++size;
    }
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const qint64 kilobytes = args.size() > 1 ? args.at(1).toLongLong() : 1024;
    const int spanCount = args.size() > 2 ? args.at(2).toInt() : 20'000;

    QTemporaryDir dir;
    const QString textPath = dir.filePath(QStringLiteral("cv.txt"));
    const QString text = makeText(kilobytes * 1024);
    {
        QFile f(textPath);
        if (!f.open(QIODevice::WriteOnly) || f.write(text.toUtf8()) < 0)
            die(QStringLiteral("cannot write %1").arg(textPath));
    }

    auto store = bench::check(Store::open(dir.filePath(QStringLiteral("bench.sqlite"))), "store");
    const Profile person = bench::check(store->addProfile(QStringLiteral("Bench"), Role::Annotator),
                                        "profile");
    auto schema = bench::check(Schema::fromJson(R"({"format": 1, "labels": [
        {"name": "Naam", "colour": "#4fc3f7", "hotkey": "n", "kinds": ["span"]},
        {"name": "Functie", "colour": "#9ccc65", "hotkey": "f", "kinds": ["span"]},
        {"name": "Lokatie", "colour": "#fb8c00", "hotkey": "l", "kinds": ["span"]}]})",
                                                QStringLiteral("bench")),
                               "schema");
    Task task;
    task.name = QStringLiteral("Bench");
    task.mediaKind = MediaKind::Text;
    task.schema = schema;
    Item item;
    item.kind = MediaKind::Text;
    item.mediaPath = textPath;
    task = bench::check(store->createTask(task, {item}, person.id), "task");
    item = store->items(task.id).first();

    // Spans every few words, some of them nested in the one before, all word-aligned.
    const CodePointText codePoints(text);
    {
        QList<Change> changes;
        const qsizetype step = text.size() / spanCount;
        const QStringList labels{QStringLiteral("Naam"), QStringLiteral("Functie"),
                                 QStringLiteral("Lokatie")};
        for (int n = 0; n < spanCount; ++n) {
            qsizetype from = n * step;
            while (from > 0 && !text.at(from - 1).isSpace())
                ++from;
            qsizetype to = from + 1;
            while (to < text.size() && !text.at(to).isSpace())
                ++to;
            if (n % 5 == 0) { // a longer one: two words
                ++to;
                while (to < text.size() && !text.at(to).isSpace())
                    ++to;
            }
            Annotation a;
            a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            a.itemId = item.id;
            a.taskId = task.id;
            a.author = person.id;
            a.kind = AnnotationKind::Span;
            a.label = labels.at(n % 3);
            a.value = SpanKind::makeValue(codePoints, codePoints.toCodePoint(from),
                                          codePoints.toCodePoint(to));
            changes << Store::annotationChange(a);
        }
        bench::check(store->record(changes), "spans");
    }

    EditorEnvironment env;
    env.store = store.get();
    env.mediaPath = [](const Item &i) { return i.mediaPath; };
    TextEditor editor(env);
    QWidget *widget = editor.widget();
    widget->resize(1280, 800);
    widget->show();
    if (!QTest::qWaitForWindowExposed(widget))
        die(QStringLiteral("the editor's window was not shown"));
    auto *view = editor.view();
    PaintWatch watch(view->viewport());
    ItemDocument document(*store, task, item, person);
    QCoreApplication::processEvents();

    std::printf("bench_text: %lld KB text (%lld UTF-16 units), %d spans, view 1280x800\n",
                kilobytes, qlonglong(text.size()), spanCount);

    // Open: the real editor reads the file, lays out the text and spans, paints.
    QElapsedTimer t;
    const int before = watch.paints;
    t.start();
    editor.open(&document);
    untilPainted(watch, before);
    const double openMs = ms(t);
    if (int(view->spans().size()) != spanCount)
        die(QStringLiteral("%1 spans shown, %2 stored").arg(view->spans().size()).arg(spanCount));
    std::printf("open item to first paint:        %8.1f ms\n", openMs);

    // As the main window does: the label actions live in the window, so their keys work.
    widget->addActions(editor.actions(MediaEditor::Menu::Tools));
    view->setFocus();
    QCoreApplication::processEvents();

    // Key -> new span painted, at places spread over the text (each one scrolled into view
    // first, outside the timing).
    std::vector<double> keyTimes;
    QRandomGenerator rng(7);
    for (int i = 0; i < 20; ++i) {
        const TextWords &words = view->words();
        const auto &w = words.words().at(qsizetype(rng.bounded(int(words.words().size()))));
        QTextCursor c(view->document());
        c.setPosition(int(w.first));
        c.setPosition(int(w.second), QTextCursor::KeepAnchor);
        view->setTextCursor(c);
        view->ensureCursorVisible();
        for (int k = 0; k < 3; ++k)
            QCoreApplication::processEvents();
        const qsizetype spansBefore = view->spans().size();
        const int paints = watch.paints;
        t.restart();
        QTest::keyClick(view, Qt::Key_L);
        untilPainted(watch, paints);
        keyTimes.push_back(ms(t));
        if (view->spans().size() != spansBefore + 1)
            die(QStringLiteral("the label key made no span (%1 before, %2 after)")
                        .arg(spansBefore)
                        .arg(view->spans().size()));
        // Let go of the new span, so that the next key makes one rather than relabelling.
        QTest::keyClick(view, Qt::Key_Escape);
        QCoreApplication::processEvents();
    }
    std::printf("label key to new span painted:   %8.1f ms  (median of 20, max %.1f ms)\n",
                median(keyTimes), *std::max_element(keyTimes.begin(), keyTimes.end()));
    std::printf("peak memory (VmHWM):             %8.1f MB\n", bench::peakRssKb() / 1024.0);
    editor.open(nullptr);
    return 0;
}
