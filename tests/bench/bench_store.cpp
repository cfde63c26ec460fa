// SPDX-License-Identifier: GPL-3.0-or-later
// Store benchmark: prints timed numbers, asserts nothing about speed (STYLE.md: a timed
// number belongs in a benchmark, not in a test that can flake).
//
//   bench_store [COUNT]        COUNT annotations for (b) and (c); default 1000000, also
//                              ANNOSTRAAT_BENCH_COUNT. ANNOSTRAAT_BENCH_DIR: where the stores go.
//
// (a) single adds through Store::addAnnotation (what the CLI and the GUI do per user action);
// (b) one bulk transaction through the store's write API, against the sqlite3 shell inserting
//     exactly the rows our store wrote (dumped from it) into a copy of the same store, with
//     the same pragmas; (c) Store::open on the store (b) filled.

#include "benchutil.h"
#include "model/entities.h"
#include "store/migrations.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <vector>

using namespace annostraat;

namespace {

using bench::check;
using bench::die;
using bench::median;

double percentile(std::vector<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values[std::min(values.size() - 1, size_t(p * double(values.size())))];
}

struct Setup
{
    Profile profile;
    Task task;
    QList<Item> items;
};

/// A store with one annotator and one image task of \a itemCount (made-up) items.
Setup populate(Store &store, int itemCount)
{
    Setup s;
    s.profile =
            check(store.addProfile(QStringLiteral("Anna"), Role::Annotator), "adding a profile");
    const QByteArray schemaJson = R"({"format": 1, "labels": [
        {"name": "Buffer", "colour": "#1f77b4", "kinds": ["box"],
         "attributes": [{"name": "schade", "type": "int", "min": 0, "max": 5}]}]})";
    Task task;
    task.name = QStringLiteral("Bench");
    task.schema = check(Schema::fromJson(schemaJson, QStringLiteral("bench schema")), "schema");
    QList<Item> items;
    for (int i = 0; i < itemCount; ++i) {
        Item item;
        item.mediaPath = QStringLiteral("/media/bench/img%1.jpg").arg(i, 5, 10, QLatin1Char('0'));
        item.sha256 = QString::fromLatin1(QByteArray::number(i).toHex().leftJustified(64, 'a'));
        item.size = 1000 + i;
        item.order = i;
        items << item;
    }
    s.task = check(store.createTask(task, items, s.profile.id), "creating the task");
    s.items = store.items(s.task.id);
    return s;
}

Annotation makeAnnotation(const Setup &s, qint64 i)
{
    Annotation a;
    a.id = newId();
    a.taskId = s.task.id;
    a.itemId = s.items.at(qsizetype(i % s.items.size())).id;
    a.author = s.profile.id;
    a.kind = AnnotationKind::Box;
    a.label = QStringLiteral("Buffer");
    a.value = {{QStringLiteral("x"), double(i % 1000)},
               {QStringLiteral("y"), 20.0},
               {QStringLiteral("w"), 30.0 + double(i % 7)},
               {QStringLiteral("h"), 40.0}};
    a.attributes = {{QStringLiteral("schade"), int(i % 6)}};
    return a;
}

std::unique_ptr<Store> openStore(const QString &path)
{
    return check(Store::open(path), "opening the store");
}

/// Runs the sqlite3 shell; returns its stdout. Fails the benchmark when it fails.
QByteArray sqliteShell(const QString &shell, const QStringList &args, const QString &stdinFile = {},
                       const QString &stdoutFile = {}, double *seconds = nullptr)
{
    QProcess p;
    if (!stdinFile.isEmpty())
        p.setStandardInputFile(stdinFile);
    if (!stdoutFile.isEmpty())
        p.setStandardOutputFile(stdoutFile);
    QElapsedTimer timer;
    timer.start();
    p.start(shell, args);
    if (!p.waitForStarted(30000) || !p.waitForFinished(-1))
        die(QStringLiteral("%1 did not run: %2").arg(shell, p.errorString()));
    if (seconds)
        *seconds = double(timer.nsecsElapsed()) / 1e9;
    const QByteArray err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0 || !err.isEmpty())
        die(QStringLiteral("%1 %2 failed: %3")
                    .arg(shell, args.join(QLatin1Char(' ')), QString::fromUtf8(err)));
    return p.readAllStandardOutput();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationIdentity();
    // Each result line shows up as soon as it is known, also when piped into a log.
    std::setvbuf(stdout, nullptr, _IOLBF, 0);

    qint64 count = 1000000;
    const QString countText = argc > 1 ? QString::fromLocal8Bit(argv[1])
                                       : qEnvironmentVariable("ANNOSTRAAT_BENCH_COUNT");
    if (!countText.isEmpty()) {
        bool ok = false;
        count = countText.toLongLong(&ok);
        if (!ok || count < 1)
            die(QStringLiteral("the count must be a whole number of 1 or more, not \"%1\"")
                        .arg(countText));
    }
    constexpr int kSingleAdds = 2000;
    constexpr int kItems = 1000;
    constexpr int kOpens = 7;

    const QString base = qEnvironmentVariable("ANNOSTRAAT_BENCH_DIR", QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("bench_store-XXXXXX")));
    if (!dir.isValid())
        die(QStringLiteral("cannot create a folder in %1").arg(base));
    const QString shell = QStringLiteral(ANNOSTRAAT_SQLITE3_SHELL);

    std::printf("Annostraat store benchmark: annostraat %s, SQLite %s, store version %d\n",
                qPrintable(versionString()), sqlite3_libversion(), migrations::kCurrentVersion);
    std::printf("folder %s; %d items; count %lld\n\n", qPrintable(dir.path()), kItems, count);

    // ---- (a) ----------------------------------------------------------------------------
    {
        auto store = openStore(dir.filePath(QStringLiteral("single.sqlite")));
        const Setup s = populate(*store, kItems);
        std::vector<double> ms;
        ms.reserve(kSingleAdds);
        QElapsedTimer total;
        total.start();
        for (int i = 0; i < kSingleAdds; ++i) {
            const Annotation a = makeAnnotation(s, i);
            QElapsedTimer t;
            t.start();
            check(store->addAnnotation(a), "adding an annotation");
            ms.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        const double seconds = double(total.nsecsElapsed()) / 1e9;
        double sum = 0;
        for (double v : ms)
            sum += v;
        std::printf("(a) single adds: Store::addAnnotation, one transaction each, "
                    "synchronous=FULL, WAL\n");
        std::printf("    %d adds in %.3f s: %.1f adds/s; per add: mean %.3f ms, median %.3f ms, "
                    "p99 %.3f ms, max %.3f ms\n\n",
                    kSingleAdds, seconds, kSingleAdds / seconds, sum / double(ms.size()),
                    median(ms), percentile(ms, 0.99), *std::max_element(ms.begin(), ms.end()));
    }

    // ---- (b) ----------------------------------------------------------------------------
    const QString ours = dir.filePath(QStringLiteral("ours.sqlite"));
    const QString theirs = dir.filePath(QStringLiteral("sqlite3.sqlite"));
    qint64 seqBefore = 0;
    {
        auto store = openStore(ours);
        populate(*store, kItems);
        seqBefore = store->opCount();
    }
    // Closing the last connection checkpoints and removes the WAL, so the file is the whole store.
    if (QFileInfo::exists(ours + QStringLiteral("-wal")) || !QFile::copy(ours, theirs))
        die(QStringLiteral("cannot make a copy of %1").arg(ours));

    double oursSeconds = 0;
    double recordSeconds = 0;
    {
        auto store = openStore(ours);
        Setup s;
        s.profile = store->profiles().first();
        s.task = store->tasks().first();
        s.items = store->items(s.task.id);
        QElapsedTimer timer;
        timer.start();
        auto tx = check(store->begin(), "begin");
        for (qint64 i = 0; i < count; ++i)
            check(tx.record(Store::annotationChange(makeAnnotation(s, i))),
                  "recording an annotation");
        recordSeconds = double(timer.nsecsElapsed()) / 1e9;
        check(tx.commit(), "commit");
        oursSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (store->opCount() != seqBefore + count)
            die(QStringLiteral("the store has %1 ops, expected %2")
                        .arg(store->opCount())
                        .arg(seqBefore + count));
    }
    std::printf("(b) bulk insert of %lld annotations in ONE transaction (%lld ops rows + %lld "
                "annotations rows)\n",
                count, count, count);
    std::printf("    ours:    Store::begin + WriteTransaction::record(Store::annotationChange(a)) "
                "+ commit\n");
    std::printf("             %.3f s (%.0f annotations/s; record loop %.3f s, commit %.3f s; ids "
                "and values made in the loop)\n",
                oursSeconds, double(count) / oursSeconds, recordSeconds,
                oursSeconds - recordSeconds);

    if (!QFileInfo(shell).isExecutable()) {
        std::printf("    sqlite3: no sqlite3 shell found at build time; comparison skipped\n\n");
    } else {
        // The very rows our store wrote, in the order it wrote them (op, then its annotation).
        const QString opsDump = dir.filePath(QStringLiteral("ops.sql"));
        const QString annotationsDump = dir.filePath(QStringLiteral("annotations.sql"));
        sqliteShell(
                shell,
                {QStringLiteral("-batch"), ours, QStringLiteral(".mode insert ops"),
                 QStringLiteral("SELECT * FROM ops WHERE seq > %1 ORDER BY seq").arg(seqBefore)},
                {}, opsDump);
        sqliteShell(shell,
                    {QStringLiteral("-batch"), ours, QStringLiteral(".mode insert annotations"),
                     QStringLiteral("SELECT * FROM annotations ORDER BY rowid")},
                    {}, annotationsDump);
        const QString script = dir.filePath(QStringLiteral("bulk.sql"));
        {
            QFile opsFile(opsDump), annotationsFile(annotationsDump), out(script);
            if (!opsFile.open(QIODevice::ReadOnly) || !annotationsFile.open(QIODevice::ReadOnly) ||
                !out.open(QIODevice::WriteOnly))
                die(QStringLiteral("cannot write %1").arg(script));
            // The pragmas Store::open sets (journal_mode=WAL is already in the copied file).
            out.write("PRAGMA synchronous = FULL;\nPRAGMA foreign_keys = ON;\nBEGIN;\n");
            qint64 lines = 0;
            while (!opsFile.atEnd()) {
                out.write(opsFile.readLine());
                out.write(annotationsFile.readLine());
                ++lines;
            }
            out.write("COMMIT;\n");
            if (lines != count || !annotationsFile.atEnd())
                die(QStringLiteral("the dump of %1 has %2 ops for %3 annotations")
                            .arg(ours)
                            .arg(lines)
                            .arg(count));
        }
        QFile::remove(opsDump);
        QFile::remove(annotationsDump);

        double shellSeconds = 0;
        sqliteShell(shell, {QStringLiteral("-batch"), theirs}, script, {}, &shellSeconds);
        const QByteArray rows =
                sqliteShell(shell,
                            {QStringLiteral("-batch"), theirs,
                             QStringLiteral("SELECT (SELECT count(*) FROM annotations) || ' ' "
                                            "|| (SELECT count(*) FROM ops WHERE seq > %1)")
                                     .arg(seqBefore)})
                        .trimmed();
        if (rows != QByteArray::number(count) + ' ' + QByteArray::number(count))
            die(QStringLiteral("the sqlite3 shell stored %1 rows, expected %2")
                        .arg(QString::fromLatin1(rows))
                        .arg(count));
        std::printf("    sqlite3: %s < %.0f MB of INSERTs (the same rows, dumped from ours), into "
                    "a copy of the same\n"
                    "             store, synchronous=FULL, foreign_keys=ON, WAL, one transaction\n",
                    qPrintable(shell), double(QFileInfo(script).size()) / 1e6);
        std::printf("             %.3f s (%.0f annotations/s; the whole sqlite3 process run)\n",
                    shellSeconds, double(count) / shellSeconds);
        std::printf("    ratio ours/sqlite3: %.2f\n\n", oursSeconds / shellSeconds);
        QFile::remove(script);
        QFile::remove(theirs);
    }

    // ---- (c) ----------------------------------------------------------------------------
    std::vector<double> openMs;
    for (int i = 0; i < kOpens; ++i) {
        QElapsedTimer timer;
        timer.start();
        auto store = openStore(ours);
        openMs.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("(c) Store::open of the store with %lld annotations (%.0f MB; page cache warm, not "
                "dropped)\n",
                count, double(QFileInfo(ours).size()) / 1e6);
    std::printf("    %d opens: min %.3f ms, median %.3f ms, max %.3f ms\n", kOpens,
                *std::min_element(openMs.begin(), openMs.end()), median(openMs),
                *std::max_element(openMs.begin(), openMs.end()));
    return 0;
}
