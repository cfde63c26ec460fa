// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmark (issue 3, point 9): prints timed numbers, asserts nothing about speed
// (STYLE.md: a timed number belongs in a benchmark, not in a test that can flake). It does
// check that everything arrived, so the numbers are of work that was really done.
//
//   bench_sync [IMAGES [ANNOTATIONS [ANNOTATORS]]]
//       IMAGES       images in the task (default 10000; also ANNOSTRAAT_BENCH_IMAGES)
//       ANNOTATIONS  annotations per annotator (default 10000; ANNOSTRAAT_BENCH_ANNOTATIONS)
//       ANNOTATORS   annotators, each on their own PC (default 10; ANNOSTRAAT_BENCH_ANNOTATORS)
//   ANNOSTRAAT_BENCH_DIR: where the stores, the images and the share go (default: temp).
//
// (a) the team lead publishes a task of IMAGES distinct 64×64 PNG photos; a fresh annotator
//     PC pulls it (media extracted into its media folder);
// (b) ANNOTATORS annotator PCs (separate stores) each push ANNOTATIONS annotations as a
//     results package; the team lead pulls and merges all of them;
// (c) a repeat sync with nothing new, at the team lead and at an annotator PC.
// The share is a folder on the local disk: the numbers are the program's own cost, without
// a network in between.

#include "benchutil.h"
#include "model/entities.h"
#include "store/store.h"
#include "store/taskbuilder.h"
#include "sync/syncengine.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <random>
#include <vector>

using namespace annostraat;

namespace {

using bench::check;
using bench::die;
using bench::median;

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double mb(qint64 bytes)
{
    return double(bytes) / 1e6;
}

int countArgument(int argc, char *argv[], int index, const char *env, int fallback)
{
    const QString text =
            argc > index ? QString::fromLocal8Bit(argv[index]) : qEnvironmentVariable(env);
    if (text.isEmpty())
        return fallback;
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok || n < 1)
        die(QStringLiteral("counts must be whole numbers of 1 or more, not \"%1\"").arg(text));
    return n;
}

qint64 folderBytes(const QString &folder, int *files = nullptr)
{
    qint64 total = 0;
    int n = 0;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
        ++n;
    }
    if (files)
        *files = n;
    return total;
}

/// \a count 64×64 PNG files, each with its own pseudo-random pixels (so no two are alike
/// and PNG cannot shrink them much, like small photos).
void writeImages(const QString &folder, int count)
{
    if (!QDir().mkpath(folder))
        die(QStringLiteral("%1: cannot create the folder").arg(folder));
    std::mt19937 random(20240501);
    QImage image(64, 64, QImage::Format_RGB32);
    for (int i = 0; i < count; ++i) {
        for (int y = 0; y < 64; ++y) {
            auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
            for (int x = 0; x < 64; ++x)
                line[x] = 0xff000000u | (random() & 0xffffffu);
        }
        const QString path =
                QStringLiteral("%1/foto-%2.png").arg(folder).arg(i, 5, 10, QLatin1Char('0'));
        if (!image.save(path, "PNG"))
            die(QStringLiteral("%1: cannot write the image").arg(path));
    }
}

/// One lab PC: a store and a media folder.
struct Pc
{
    QString name;
    QString storePath;
    QString mediaDir;
    std::unique_ptr<Store> store;

    Pc(const QString &base, const QString &pcName, const QString &media = {})
        : name(pcName)
        , storePath(QStringLiteral("%1/%2/store.sqlite").arg(base, pcName))
        , mediaDir(media.isEmpty() ? QStringLiteral("%1/%2/media").arg(base, pcName) : media)
    {
        if (!QDir().mkpath(QFileInfo(storePath).absolutePath()))
            die(QStringLiteral("%1: cannot create the folder").arg(storePath));
        store = check(Store::open(storePath), "opening a store");
    }

    SyncReport run(const QString &share, Result<SyncReport> (SyncEngine::*step)(), const char *what)
    {
        SyncEngine engine(*store, share, mediaDir);
        const SyncReport report = check((engine.*step)(), what);
        if (!report.reachable)
            die(QStringLiteral("%1: the share was not reachable").arg(name));
        if (!report.problems.isEmpty())
            die(QStringLiteral("%1: %2").arg(name, texts(report.problems).join(QStringLiteral("; "))));
        return report;
    }
};

void printRepeat(const char *who, const std::vector<double> &ms)
{
    std::printf("    %-28s %zu runs: min %.2f ms, median %.2f ms, max %.2f ms\n", who, ms.size(),
                *std::min_element(ms.begin(), ms.end()), median(ms),
                *std::max_element(ms.begin(), ms.end()));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    const int images = countArgument(argc, argv, 1, "ANNOSTRAAT_BENCH_IMAGES", 10000);
    const int perAnnotator = countArgument(argc, argv, 2, "ANNOSTRAAT_BENCH_ANNOTATIONS", 10000);
    const int annotators = countArgument(argc, argv, 3, "ANNOSTRAAT_BENCH_ANNOTATORS", 10);
    constexpr int kRepeats = 9;
    const int perItem = std::min(2, annotators);

    const QString base = qEnvironmentVariable("ANNOSTRAAT_BENCH_DIR", QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("bench_sync-XXXXXX")));
    if (!dir.isValid())
        die(QStringLiteral("cannot create a folder in %1").arg(base));
    const QString share = dir.filePath(QStringLiteral("share"));
    if (!QDir().mkpath(share))
        die(QStringLiteral("%1: cannot create the share folder").arg(share));

    std::printf("Annostraat sync benchmark: annostraat %s\n", qPrintable(versionString()));
    std::printf("folder %s (the share is a local folder: no network in these numbers)\n",
                qPrintable(dir.path()));
    std::printf("%d images; %d annotators x %d annotations; %d annotators per item\n\n", images,
                annotators, perAnnotator, perItem);

    // ---- setup: the team lead's PC, the photos, the task ---------------------------------
    Pc lead(dir.path(), QStringLiteral("lead"));
    const Profile lotte = check(lead.store->addProfile(QStringLiteral("Lotte"), Role::TeamLead),
                                "adding the team lead");
    QList<Profile> people;
    QStringList peopleIds;
    for (int k = 0; k < annotators; ++k) {
        people << check(lead.store->addProfile(
                                QStringLiteral("Annotator %1").arg(k + 1, 2, 10, QLatin1Char('0')),
                                Role::Annotator),
                        "adding an annotator");
        peopleIds << people.last().id;
    }
    const QString photos = dir.filePath(QStringLiteral("photos"));
    QElapsedTimer timer;
    timer.start();
    writeImages(photos, images);
    int photoFiles = 0;
    const qint64 photoBytes = folderBytes(photos, &photoFiles);
    std::printf("setup: wrote %d distinct 64x64 PNG files, %.1f MB in total (%.0f bytes each on "
                "average), in %.1f s\n",
                photoFiles, mb(photoBytes), double(photoBytes) / photoFiles, msSince(timer) / 1000);

    const QString schemaFile = dir.filePath(QStringLiteral("schema.json"));
    {
        QFile f(schemaFile);
        if (!f.open(QIODevice::WriteOnly))
            die(QStringLiteral("%1: cannot write").arg(schemaFile));
        f.write(R"({"format": 1, "labels": [
            {"name": "Buffer", "colour": "#1f77b4", "kinds": ["box"],
             "attributes": [{"name": "schade", "type": "int", "min": 0, "max": 5}]}]})");
    }
    timer.restart();
    TaskDraft draft = check(draftTaskFromFolder(QStringLiteral("Bench"), schemaFile, photos),
                            "reading the photos");
    draft.task.annotatorsPerItem = perItem;
    const Task task =
            check(lead.store->createTask(draft.task, draft.items, lotte.id), "creating the task");
    const int assigned =
            check(lead.store->assignRoundRobin(task.id, peopleIds, perItem, lotte.id), "assigning");
    std::printf("setup: task created (every file hashed) and %d assignments made in %.1f s\n\n",
                assigned, msSince(timer) / 1000);

    // ---- (a) publish and pull ------------------------------------------------------------
    std::printf("(a) publish a task of %d images, pull it on a fresh annotator PC\n", images);
    timer.restart();
    PackageInfo published;
    {
        SyncEngine engine(*lead.store, share, lead.mediaDir);
        published = check(engine.publishTask(task.id, lotte), "publishing");
    }
    const double publishMs = msSince(timer);
    std::printf("    publish (SyncEngine::publishTask):  %9.1f ms   package %.1f MB, %d media, %d "
                "ops\n",
                publishMs, mb(published.fileSize), published.mediaCount,
                published.manifest.opCount);

    std::vector<std::unique_ptr<Pc>> pcs;
    pcs.push_back(std::make_unique<Pc>(dir.path(), QStringLiteral("pc-01")));
    timer.restart();
    const SyncReport pulled = pcs.front()->run(share, &SyncEngine::pull, "pulling the task");
    const double pullMs = msSince(timer);
    int extracted = 0;
    const qint64 extractedBytes = folderBytes(pcs.front()->mediaDir, &extracted);
    std::printf("    pull on a fresh PC (SyncEngine::pull): %7.1f ms   %d file imported, %d ops "
                "applied, "
                "%d media files (%.1f MB) extracted\n",
                pullMs, pulled.filesImported, pulled.opsApplied, extracted, mb(extractedBytes));
    if (pcs.front()->store->items(task.id).size() != images || extracted != images)
        die(QStringLiteral("the pulled task is incomplete"));
    std::printf("\n");

    // ---- (b) push and merge results ------------------------------------------------------
    std::printf("(b) %d annotators x %d annotations: each PC pushes its results, the team lead "
                "pulls and merges them\n",
                annotators, perAnnotator);
    std::printf(
            "    setup: annotator PCs 2..%d pull the task too (they share PC 1's media folder, so "
            "no media are\n           extracted again), and each records its annotations in "
            "one transaction\n",
            annotators);
    timer.restart();
    for (int k = 1; k < annotators; ++k) {
        pcs.push_back(std::make_unique<Pc>(
                dir.path(), QStringLiteral("pc-%1").arg(k + 1, 2, 10, QLatin1Char('0')),
                pcs.front()->mediaDir));
        pcs.back()->run(share, &SyncEngine::pull, "pulling the task");
    }
    const double setupPullMs = msSince(timer);
    timer.restart();
    for (int k = 0; k < annotators; ++k) {
        Store &store = *pcs.at(size_t(k))->store;
        const QList<Item> queue = store.queue(task.id, people.at(k).id);
        if (queue.isEmpty())
            die(QStringLiteral("annotator %1 has an empty queue").arg(k + 1));
        auto tx = check(store.begin(), "begin");
        for (int i = 0; i < perAnnotator; ++i) {
            Annotation a;
            a.id = newId();
            a.taskId = task.id;
            a.itemId = queue.at(i % queue.size()).id;
            a.author = people.at(k).id;
            a.kind = AnnotationKind::Box;
            a.label = QStringLiteral("Buffer");
            a.value = {{QStringLiteral("x"), double(i % 60)},
                       {QStringLiteral("y"), double(k)},
                       {QStringLiteral("w"), 4.0},
                       {QStringLiteral("h"), 4.0}};
            a.attributes = {{QStringLiteral("schade"), i % 6}};
            check(tx.record(Store::annotationChange(a)), "recording an annotation");
        }
        check(tx.commit(), "commit");
    }
    std::printf("    setup took %.1f s (pulls) + %.1f s (annotations)\n", setupPullMs / 1000,
                msSince(timer) / 1000);

    std::vector<double> pushMs;
    qint64 resultBytes = 0;
    int opsPushed = 0;
    for (int k = 0; k < annotators; ++k) {
        timer.restart();
        const SyncReport pushed = pcs.at(size_t(k))->run(share, &SyncEngine::push, "pushing");
        pushMs.push_back(msSince(timer));
        if (pushed.filesWritten != 1 || pushed.opsPushed != perAnnotator)
            die(QStringLiteral("%1 pushed %2 files with %3 ops")
                        .arg(pcs.at(size_t(k))->name)
                        .arg(pushed.filesWritten)
                        .arg(pushed.opsPushed));
        opsPushed += pushed.opsPushed;
    }
    int resultFiles = 0;
    resultBytes = folderBytes(share + QStringLiteral("/results"), &resultFiles);
    double pushTotal = 0;
    for (double v : pushMs)
        pushTotal += v;
    std::printf("    push, per annotator PC (SyncEngine::push, %d annotations each):\n",
                perAnnotator);
    std::printf(
            "        min %.1f ms, median %.1f ms, max %.1f ms; all %d pushes together %.1f ms\n",
            *std::min_element(pushMs.begin(), pushMs.end()), median(pushMs),
            *std::max_element(pushMs.begin(), pushMs.end()), annotators, pushTotal);
    std::printf("        %d results files with %d ops, %.2f MB in total (%.2f MB each on "
                "average)\n",
                resultFiles, opsPushed, mb(resultBytes), mb(resultBytes) / resultFiles);

    timer.restart();
    const SyncReport merged = lead.run(share, &SyncEngine::pull, "the team lead's pull");
    const double mergeMs = msSince(timer);
    std::printf(
            "    team lead pulls and merges all (SyncEngine::pull): %.1f ms   %d files imported, "
            "%d ops applied (%.0f ops/s)\n",
            mergeMs, merged.filesImported, merged.opsApplied,
            double(merged.opsApplied) / (mergeMs / 1000));
    const qsizetype atLead = lead.store->taskAnnotations(task.id).size();
    if (atLead != qsizetype(annotators) * perAnnotator || merged.filesImported != annotators)
        die(QStringLiteral("the team lead has %1 annotations, expected %2")
                    .arg(atLead)
                    .arg(qsizetype(annotators) * perAnnotator));
    std::printf("    check: the team lead has all %lld annotations\n\n",
                static_cast<long long>(atLead));

    // ---- (c) repeat sync with nothing new -------------------------------------------------
    std::printf("(c) repeat sync with nothing new (SyncEngine::sync: pull + push, the store stays "
                "open)\n");
    auto repeat = [&](Pc &pc) {
        std::vector<double> ms;
        for (int i = 0; i < kRepeats; ++i) {
            timer.restart();
            const SyncReport again = pc.run(share, &SyncEngine::sync, "a repeat sync");
            ms.push_back(msSince(timer));
            if (again.filesImported != 0 || again.filesWritten != 0 || again.opsApplied != 0)
                die(QStringLiteral("%1: a sync with nothing new moved something").arg(pc.name));
        }
        return ms;
    };
    // One sync first, so that each PC has also seen the other PCs' files once.
    lead.run(share, &SyncEngine::sync, "sync");
    pcs.front()->run(share, &SyncEngine::sync, "sync");
    printRepeat("team lead (sees all files):", repeat(lead));
    printRepeat("annotator PC 1:", repeat(*pcs.front()));
    {
        // What a new process pays on top: opening the store (as `annostraat-cli sync` does).
        std::vector<double> ms;
        const QString path = lead.storePath;
        lead.store.reset();
        for (int i = 0; i < kRepeats; ++i) {
            timer.restart();
            auto store = check(Store::open(path), "opening the store");
            SyncEngine engine(*store, share, lead.mediaDir);
            const SyncReport again = check(engine.sync(), "a repeat sync");
            ms.push_back(msSince(timer));
            if (again.filesImported != 0 || again.filesWritten != 0)
                die(QStringLiteral("a sync with nothing new moved something"));
        }
        printRepeat("team lead, open store + sync:", ms);
    }
    return 0;
}
