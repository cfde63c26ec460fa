// SPDX-License-Identifier: GPL-3.0-or-later
// Quality benchmark (issue 12): agreement over a task of ITEMS items x 3 annotators (boxes and
// answers) in a real store file, the gold score, the review queue (with the consensus check on
// every item), the consensus export selection, the dashboard's figures and the dashboard's
// open time (its window built, filled and painted offscreen, as F8 opens it). Prints times and
// the peak memory; asserts nothing about speed.
//
//   bench_quality [ITEMS] [GOLD]   default 10000 items, 100 of them gold; also
//                                  ANNOSTRAAT_BENCH_ITEMS. ANNOSTRAAT_BENCH_DIR: where the store goes.
//
// The store is filled by a child process (this program with --fill), so neither the fill's
// time nor its memory is in the numbers. Peak memory per step: this process's VmHWM, reset
// before each step (what the step holds plus what is still held from before).

#include "benchutil.h"
#include "dashboard.h"
#include "formats/exportselection.h"
#include "model/entities.h"
#include "quality/goldscore.h"
#include "document/itemdocument.h"
#include "quality/reviewqueue.h"
#include "review/reviewpanel.h"
#include "quality/taskagreement.h"
#include "quality/teamfigures.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QListWidget>
#include <QTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace annostraat;

namespace {

using bench::check;
using bench::die;

constexpr int kAnnotators = 3;
constexpr int kBoxesPerItem = 3;

QJsonObject rect(double x, double y, double w, double h)
{
    return {{QStringLiteral("x"), x}, {QStringLiteral("y"), y}, {QStringLiteral("w"), w}, {QStringLiteral("h"), h}};
}

/// Fills a new store at \a path: a lead, three annotators, ITEMS items; per item and annotator
/// three boxes (jittered from the item's true boxes; now and then one missed or mislabelled),
/// two answers, marked done; the lead's reference layer and gold mark on the first GOLD items.
int fill(const QString &path, int itemCount, int goldCount)
{
    auto store = check(Store::open(path), "opening the store");
    const Profile lead = check(store->addProfile(QStringLiteral("Lotte"), Role::TeamLead), "profile");
    QList<Profile> people;
    for (const char *name : {"Anna", "Bram", "Cem"})
        people << check(store->addProfile(QString::fromLatin1(name), Role::Annotator), "profile");
    const QByteArray schemaJson = R"({"format": 1,
        "labels": [{"name": "Auto", "colour": "#1f77b4", "kinds": ["box"]},
                   {"name": "Fiets", "colour": "#d62728", "kinds": ["box"]}],
        "questions": [{"id": "genre", "type": "choice", "choices": ["nieuws", "sport", "cultuur"]},
                      {"id": "kwaliteit", "type": "rating", "min": 1, "max": 5}]})";
    Task task;
    task.name = QStringLiteral("Bench");
    task.schema = check(Schema::fromJson(schemaJson, QStringLiteral("bench schema")), "schema");
    QList<Item> items;
    for (int i = 0; i < itemCount; ++i) {
        Item item;
        item.mediaPath = QStringLiteral("/media/bench/img%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
        item.sha256 = QString::fromLatin1(QByteArray::number(i).toHex().leftJustified(64, 'a'));
        item.size = 1000 + i;
        item.order = i;
        items << item;
    }
    task = check(store->createTask(task, items, lead.id), "creating the task");
    items = store->items(task.id);

    std::mt19937 random(12);
    std::uniform_real_distribution<double> jitter(-3, 3), chance(0, 1);
    const QStringList genres{QStringLiteral("nieuws"), QStringLiteral("sport"), QStringLiteral("cultuur")};
    const auto annotation = [&](const Item &item, const QString &author, AnnotationKind kind, const QString &label,
                                const QJsonObject &value) {
        Annotation a{newId(), task.id, item.id, author, kind, label, value, {}, false};
        return Store::annotationChange(a);
    };
    QList<Change> changes;
    for (int i = 0; i < itemCount; ++i) {
        const Item &item = items.at(i);
        const int genre = i % 3, quality = 1 + i % 5;
        const auto layer = [&](const QString &author, bool exact) {
            for (int b = 0; b < kBoxesPerItem; ++b) {
                if (!exact && chance(random) < 0.05)
                    continue; // missed
                const QString label = (b % 2 == 0) != (!exact && chance(random) < 0.05) ? QStringLiteral("Auto")
                                                                                       : QStringLiteral("Fiets");
                const double d = exact ? 0 : jitter(random);
                changes << annotation(item, author, AnnotationKind::Box, label, rect(10 + 200.0 * b + d, 50 + d, 120, 80));
            }
            const int g = !exact && chance(random) < 0.1 ? (genre + 1) % 3 : genre;
            const int q = !exact && chance(random) < 0.2 ? std::max(1, quality - 1) : quality;
            changes << annotation(item, author, AnnotationKind::Answer, QStringLiteral("genre"),
                                  {{QStringLiteral("answer"), genres.at(g)}})
                    << annotation(item, author, AnnotationKind::Answer, QStringLiteral("kwaliteit"),
                                  {{QStringLiteral("answer"), q}});
        };
        for (const Profile &p : std::as_const(people)) {
            layer(p.id, false);
            changes << Store::submissionChange({task.id, item.id, p.id, SubmissionStatus::Done, {}, 20000}, p.id);
        }
        if (i < goldCount) {
            layer(lead.id, true);
            changes << Store::goldChange({task.id, item.id, lead.id, false, {}}, lead.id);
        }
        if (changes.size() > 20000) {
            check(store->record(changes), "writing the work");
            changes.clear();
        }
    }
    check(store->record(changes), "writing the work");
    std::printf("%s\n", qPrintable(task.id));
    return 0;
}

double ms(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

/// Starts a new peak (Linux: "5" to /proc/self/clear_refs resets VmHWM to the current RSS).
void resetPeak()
{
    QFile f(QStringLiteral("/proc/self/clear_refs"));
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

double peakMb()
{
    return double(bench::peakRssKb()) / 1024;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    if (args.value(0) == QLatin1String("--fill"))
        return fill(args.value(1), args.value(2).toInt(), args.value(3).toInt());

    const int itemCount = args.value(0, qEnvironmentVariable("ANNOSTRAAT_BENCH_ITEMS", QStringLiteral("10000"))).toInt();
    const int goldCount = args.value(1, QStringLiteral("100")).toInt();
    if (itemCount <= 0 || goldCount < 0 || goldCount > itemCount)
        die(QStringLiteral("usage: bench_quality [ITEMS] [GOLD]"));
    QTemporaryDir dir(qEnvironmentVariable("ANNOSTRAAT_BENCH_DIR", QDir::tempPath()) + QStringLiteral("/bench-quality-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("cannot make a temporary folder"));
    const QString path = dir.filePath(QStringLiteral("store.sqlite"));

    QElapsedTimer t;
    t.start();
    QProcess filler;
    filler.start(QCoreApplication::applicationFilePath(),
                 {QStringLiteral("--fill"), path, QString::number(itemCount), QString::number(goldCount)});
    if (!filler.waitForFinished(-1) || filler.exitCode() != 0)
        die(QStringLiteral("filling the store failed: %1").arg(QString::fromLocal8Bit(filler.readAllStandardError())));
    const QString taskId = QString::fromLatin1(filler.readAllStandardOutput()).trimmed();
    std::printf("store: %d items x %d annotators (%d boxes and 2 answers each), %d gold; filled in %.1f s (not counted), %.1f MB\n",
                itemCount, kAnnotators, kBoxesPerItem, goldCount, ms(t) / 1000,
                double(QFileInfo(path).size()) / 1e6);

    t.restart();
    auto store = check(Store::open(path), "opening the store");
    const Task task = *store->task(taskId);
    std::printf("open store                       %9.1f ms\n", ms(t));

    std::printf("%-34s %9s  %9s\n", "step", "time", "peak RSS");
    const auto report = [](const char *step, double time, const QString &note) {
        std::printf("%-44s %6.0f ms  %6.0f MB  %s\n", step, time, peakMb(), qPrintable(note));
    };
    {
        resetPeak();
        t.restart();
        const QList<Item> items = store->items(task.id);
        const QList<Annotation> annotations = store->taskAnnotations(task.id);
        QHash<QString, QStringList> finished;
        for (const Submission &s : store->submissions(task.id))
            if (s.status == SubmissionStatus::Done)
                finished[s.itemId] << s.annotator;
        if (store->hasReadError())
            die(store->readError().message());
        report("read items, annotations, statuses", ms(t), QStringLiteral("%1 annotations").arg(annotations.size()));

        resetPeak();
        t.restart();
        const TaskAgreementReport all = TaskAgreement::compute(task, items, finished, annotations);
        report("agreement, boxes and answers", ms(t), QStringLiteral("%1 pairs").arg(all.pairs.size()));
        resetPeak();
        t.restart();
        const TaskAgreementReport boxes = TaskAgreement::compute(task, items, finished, annotations, AnnotationKind::Box);
        report("agreement, boxes only", ms(t),
               QStringLiteral("box F1 overall %1").arg(boxes.kinds.isEmpty() ? 0.0 : boxes.kinds.first().f1(), 0, 'f', 3));
        resetPeak();
        t.restart();
        const TaskAgreementReport answers = TaskAgreement::compute(task, items, finished, annotations, AnnotationKind::Answer);
        report("agreement, answers only", ms(t), QStringLiteral("%1 questions").arg(answers.questions.size()));
    }

    resetPeak();
    t.restart();
    const GoldReport gold = GoldScore::ofTask(*store, task);
    report("gold scores (reads included)", ms(t),
           QStringLiteral("%1 gold items, %2 people").arg(gold.goldItems).arg(gold.people.size()));

    resetPeak();
    t.restart();
    const QList<ReviewEntry> queue = ReviewQueue::build(*store, task);
    report("review queue (consensus check)", ms(t), QStringLiteral("%1 entries").arg(queue.size()));
    {
        // The same with the disagreement rule on: every item's people compared.
        QJsonObject strictSchema = task.schema.toJson();
        strictSchema.insert(QStringLiteral("review"), QJsonObject{{QStringLiteral("disagreement"), true}});
        Task strict = task;
        strict.schema = check(Schema::fromJsonObject(strictSchema, QStringLiteral("bench schema")), "schema");
        resetPeak();
        t.restart();
        const QList<ReviewEntry> disagreeing = ReviewQueue::build(*store, strict);
        report("review queue, disagreement rule", ms(t), QStringLiteral("%1 entries").arg(disagreeing.size()));
    }
    if (!queue.isEmpty()) {
        // What the review panel reads after a verdict: the chosen entry only.
        const ReviewEntry &middle = queue.at(queue.size() / 2);
        resetPeak();
        t.restart();
        const auto one = ReviewQueue::entry(*store, task, middle.item.id, middle.annotator);
        report("review queue, one entry", ms(t), one ? QStringLiteral("found") : QStringLiteral("MISSING"));

        // The review panel as the team lead uses it: the task opened (the queue built), then
        // one item after another opened from it (the queue is not built again).
        const std::optional<Profile> lead = store->findProfile(QStringLiteral("Lotte"));
        resetPeak();
        t.restart();
        ReviewPanel panel(*store);
        panel.setTask(task, lead);
        report("review panel, task opened", ms(t), QStringLiteral("%1 rows").arg(panel.queueList()->count()));
        double slowest = 0;
        for (int i = 1; i <= 5; ++i) {
            const ReviewEntry &e = queue.at(queue.size() * i / 6);
            ItemDocument doc(*store, task, e.item, *lead);
            t.restart();
            panel.setDocument(&doc);
            slowest = std::max(slowest, ms(t));
            panel.setDocument(nullptr);
        }
        report("review panel, an item opened (slowest of 5)", slowest, QStringLiteral("%1 rows kept").arg(panel.queueList()->count()));
    }

    resetPeak();
    t.restart();
    ExportOptions options;
    options.selection = ExportSelection::Consensus;
    const QList<Annotation> consensus = check(exportedAnnotations(*store, task.id, options), "consensus export selection");
    report("consensus export selection", ms(t), QStringLiteral("%1 annotations").arg(consensus.size()));

    resetPeak();
    t.restart();
    const TaskFigures figures = TeamFigures::compute(*store, task);
    report("dashboard figures (reads included)", ms(t),
           QStringLiteral("%1 people, %2 kinds of work").arg(figures.progress.size()).arg(figures.works.size()));

    // As F8 opens it for the team lead: built, shown and painted, then the figures drawn when
    // the worker has them (decision 0023). A 10 ms timer measures how long the GUI thread is
    // ever kept from its events meanwhile.
    resetPeak();
    t.restart();
    Dashboard dashboard(*store);
    dashboard.resize(1100, 760);
    dashboard.setViewer(store->findProfile(QStringLiteral("Lotte")));
    dashboard.setTaskId(task.id);
    dashboard.show();
    QCoreApplication::processEvents();
    const QImage first = dashboard.grab().toImage();
    report("dashboard window shown (GUI thread)", ms(t), QStringLiteral("%1x%2").arg(first.width()).arg(first.height()));
    QElapsedTimer sinceTick;
    sinceTick.start();
    qint64 longestStall = 0;
    QTimer ticker;
    QObject::connect(&ticker, &QTimer::timeout, [&] { longestStall = std::max(longestStall, sinceTick.restart()); });
    ticker.start(10);
    while (dashboard.isComputing())
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    ticker.stop();
    const QImage painted = dashboard.grab().toImage();
    report("dashboard open until its figures are drawn", ms(t),
           QStringLiteral("figures %1 ms in the worker; longest GUI-thread stall meanwhile %2 ms; %3x%4")
                   .arg(dashboard.lastComputeMs())
                   .arg(longestStall)
                   .arg(painted.width())
                   .arg(painted.height()));

    return 0;
}
