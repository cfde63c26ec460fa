// SPDX-License-Identifier: GPL-3.0-or-later
// Cold start benchmark (issue 15): the program started as a new process on a store that holds
// a task of 10,000 image items, until its window is usable (the work page shows the first item
// with its image); the median of 5 starts, next to the same on a store with 10 items. Prints
// numbers, asserts nothing about speed.
//
//   bench_startup [ITEMS] [RUNS]     default 10000 and 5; ANNOSTRAAT_BENCH_DIR: where the
//                                    stores go. The program runs on Qt's offscreen platform.
//
// "Cold" is a new process each time; the files are in the OS's cache after the first start
// (a lab PC starting the program twice a day has them there too, mostly).

#include "benchutil.h"
#include "model/entities.h"
#include "store/store.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace annostraat;

namespace {

using bench::check;
using bench::die;
using bench::median;

/// A store at \a storePath with one annotator and one image task of \a count items, each its
/// own path (links to one 1600 × 1200 JPEG in \a mediaDir).
void makeStore(const QString &storePath, const QString &mediaDir, int count)
{
    QDir().mkpath(mediaDir);
    const QString original = QDir(mediaDir).filePath(QStringLiteral("original.jpg"));
    QImage image(1600, 1200, QImage::Format_RGB32);
    image.fill(QColor(0x80, 0x90, 0x70));
    {
        QPainter p(&image);
        p.setPen(QPen(Qt::black, 6));
        for (int i = 0; i < 12; ++i)
            p.drawLine(100 * i, 0, 1600 - 90 * i, 1200);
    }
    if (!image.save(original, "JPEG", 85))
        die(QStringLiteral("cannot write %1").arg(original));
    auto store = check(Store::open(storePath), "opening the store");
    const Profile anna = check(store->addProfile(QStringLiteral("Anna"), Role::Annotator), "adding a profile");
    const QByteArray schemaJson = R"({"format": 1, "labels": [
        {"name": "Buffer", "colour": "#1f77b4", "kinds": ["box"]}]})";
    Task task;
    task.name = QStringLiteral("Bench");
    task.schema = check(Schema::fromJson(schemaJson, QStringLiteral("bench schema")), "schema");
    QList<Item> items;
    for (int i = 0; i < count; ++i) {
        Item item;
        item.mediaPath = QDir(mediaDir).filePath(QStringLiteral("img%1.jpg").arg(i, 5, 10, QLatin1Char('0')));
        if (!QFile::link(original, item.mediaPath))
            die(QStringLiteral("cannot link %1").arg(item.mediaPath));
        item.sha256 = QString::fromLatin1(QByteArray::number(i).toHex().leftJustified(64, 'a'));
        item.size = QFileInfo(original).size();
        item.order = i;
        items << item;
    }
    check(store->createTask(task, items, anna.id), "creating the task");
}

/// Starts the program on \a storePath and returns the milliseconds until it said it was ready
/// (wall time from the start of the process).
double startOnce(const QString &program, const QString &storePath, const QString &settingsPath)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(program, {QStringLiteral("--store"), storePath, QStringLiteral("--settings-file"),
                      settingsPath, QStringLiteral("--quit-when-ready")});
    if (!p.waitForStarted(10000))
        die(QStringLiteral("cannot start %1: %2").arg(program, p.errorString()));
    double readyAt = -1;
    QByteArray out;
    while (readyAt < 0 && p.state() != QProcess::NotRunning) {
        p.waitForReadyRead(100);
        out += p.readAllStandardOutput();
        if (out.contains("ready after"))
            readyAt = double(timer.nsecsElapsed()) / 1e6;
    }
    if (!p.waitForFinished(30000))
        die(QStringLiteral("%1 did not quit").arg(program));
    out += p.readAllStandardOutput();
    if (readyAt < 0)
        die(QStringLiteral("%1 never said it was ready: %2 %3")
                    .arg(program, QString::fromLocal8Bit(out), QString::fromLocal8Bit(p.readAllStandardError())));
    return readyAt;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;
    const int runs = argc > 2 ? std::atoi(argv[2]) : 5;
    const QString program = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("annostraat"));
    if (!QFileInfo(program).isExecutable())
        die(QStringLiteral("%1 is not there: build the annostraat target").arg(program));
    const QString base = qEnvironmentVariable("ANNOSTRAAT_BENCH_DIR", QDir::tempPath());
    QTemporaryDir dir(QDir(base).filePath(QStringLiteral("bench-startup-XXXXXX")));
    if (!dir.isValid())
        die(QStringLiteral("cannot make a folder in %1").arg(base));

    std::printf("cold start to a usable window (the first item's image shown), median of %d\n", runs);
    std::printf("%-16s %10s %10s %10s %14s %10s\n", "store", "median ms", "min ms", "max ms",
                "very first ms", "store MB");
    for (const int n : {10, count}) {
        const QString storePath = dir.filePath(QStringLiteral("store-%1.sqlite").arg(n));
        makeStore(storePath, dir.filePath(QStringLiteral("media-%1").arg(n)), n);
        const QString settings = dir.filePath(QStringLiteral("settings-%1.ini").arg(n));
        // The very first start on a new store (it writes the settings, the OS reads the files).
        const double first = startOnce(program, storePath, settings);
        std::vector<double> times;
        for (int i = 0; i < runs; ++i)
            times.push_back(startOnce(program, storePath, settings));
        const auto [lo, hi] = std::minmax_element(times.begin(), times.end());
        std::printf("%-16s %10.0f %10.0f %10.0f %14.0f %10.1f\n",
                    qPrintable(QStringLiteral("%1 items").arg(n)), median(times), *lo, *hi, first,
                    double(QFileInfo(storePath).size()) / 1e6);
        std::fflush(stdout);
    }
    return 0;
}
