// SPDX-License-Identifier: GPL-3.0-or-later
// The store's promise, seen from a script: once annostraat-cli has printed an annotation id,
// that annotation is in the store, however the process dies afterwards. The CLI prints each
// id only after its transaction has committed; here it is killed with SIGKILL at random
// moments while it adds annotations as fast as it can.

#include "clitestbed.h"
#include "store/store.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>

#include <catch2/catch.hpp>

#include <iostream>
#include <random>

#include <signal.h>
#include <sys/types.h>

using namespace annostraat;
using test::CliTestBed;

TEST_CASE("Every id the CLI printed survives a SIGKILL", "[cli][crash]")
{
    CliTestBed bed;
    bed.runOk({QStringLiteral("profile"), QStringLiteral("add"), QStringLiteral("Anna")});
    const QString task =
            bed.runOk({QStringLiteral("task"), QStringLiteral("create"), QStringLiteral("--name"),
                       QStringLiteral("Crash"), QStringLiteral("--schema"), bed.writeSchema(),
                       QStringLiteral("--media"), bed.writeMediaFolder()});
    const QString item = bed.run({QStringLiteral("item"), QStringLiteral("list"), task,
                                  QStringLiteral("--json")})
                                 .json()
                                 .value(QStringLiteral("items"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("id"))
                                 .toString();
    REQUIRE_FALSE(item.isEmpty());
    qint64 opsBefore = 0;
    {
        auto store = test::openStore(bed.storePath());
        opsBefore = store->opCount();
    }

    bool seeded = false;
    unsigned seed = qEnvironmentVariable("ANNOSTRAAT_CRASH_SEED").toUInt(&seeded);
    if (!seeded)
        seed = std::random_device{}();
    std::cout << "crash test seed: " << seed << " (set ANNOSTRAAT_CRASH_SEED to repeat a run)"
              << std::endl;
    INFO("seed " << seed);
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> delayMs(30, 400);

    const QStringList args{
            QStringLiteral("--store"),    bed.storePath(),
            QStringLiteral("annotation"), QStringLiteral("add"),
            QStringLiteral("--task"),     task,
            QStringLiteral("--item"),     item,
            QStringLiteral("--kind"),     QStringLiteral("box"),
            QStringLiteral("--label"),    QStringLiteral("Buffer"),
            QStringLiteral("--value"),    QStringLiteral(R"({"x": 1, "y": 2, "w": 30, "h": 40})"),
            QStringLiteral("--author"),   QStringLiteral("Anna"),
            QStringLiteral("--repeat"),   QStringLiteral("100000")};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));

    constexpr int kRounds = 25;
    QStringList printed;
    int roundsWithIds = 0;
    int partialLines = 0;
    for (int round = 0; round < kRounds; ++round) {
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(QStringLiteral(ANNOSTRAAT_CLI), args);
        REQUIRE(cli.waitForStarted(10000));
        // Odd rounds kill at a random moment from the start (start-up included); even rounds
        // at a random moment after the first id came out, however slow the build or the
        // machine (a sanitizer build under load may take longer to start than the longest
        // delay), so some rounds always cut the CLI off in the middle of its writes.
        const bool afterFirstId = round % 2 == 0;
        const int delay = delayMs(random);

        // Keep reading while we wait, as a script would; the pipe must not fill up.
        QByteArray out;
        QElapsedTimer timer;
        timer.start();
        if (afterFirstId) {
            while (!out.contains('\n') && timer.elapsed() < 60000 && cli.state() == QProcess::Running) {
                cli.waitForReadyRead(100);
                out += cli.readAllStandardOutput();
            }
            REQUIRE(out.contains('\n')); // it printed an id within a minute
            timer.restart();
        }
        while (timer.elapsed() < delay && cli.state() == QProcess::Running) {
            cli.waitForReadyRead(int(std::max<qint64>(1, delay - timer.elapsed())));
            out += cli.readAllStandardOutput();
        }
        REQUIRE(cli.state() == QProcess::Running); // 100000 adds take far longer than 400 ms
        REQUIRE(::kill(pid_t(cli.processId()), SIGKILL) == 0);
        REQUIRE(cli.waitForFinished(10000));
        CHECK(cli.exitStatus() == QProcess::CrashExit);
        out += cli.readAllStandardOutput();
        const QByteArray err = cli.readAllStandardError();
        INFO("stderr of round " << round << ": " << err.toStdString());
        CHECK(err.isEmpty());

        // Only complete lines count: the kill may cut the last one short.
        QList<QByteArray> lines = out.split('\n');
        if (!lines.last().isEmpty())
            ++partialLines;
        lines.removeLast();
        for (const QByteArray &line : lines) {
            const QString id = QString::fromLatin1(line);
            INFO("printed line: " << line.toStdString());
            REQUIRE(test::looksLikeId(id));
            printed << id;
        }
        if (!lines.isEmpty())
            ++roundsWithIds;
    }
    std::cout << "crash test: " << printed.size() << " ids printed in " << roundsWithIds << " of "
              << kRounds << " rounds (" << partialLines << " cut-off lines ignored)" << std::endl;
    // Without this the test would pass for a CLI that never prints anything; the even rounds
    // wait for an id, so at least those have some.
    REQUIRE(roundsWithIds >= kRounds / 2);
    CHECK(QSet<QString>(printed.begin(), printed.end()).size() == printed.size());

    auto store = test::openStore(bed.storePath());
    CHECK(store->integrityCheck() == QLatin1String("ok"));
    int missing = 0;
    for (const QString &id : printed) {
        const auto annotation = store->annotation(id);
        if (!annotation || annotation->itemId != item)
            ++missing;
    }
    CHECK(missing == 0);
    // Each added annotation is one op; killed runs may have committed one more than they printed.
    CHECK(store->opCount() >= opsBefore + printed.size());
    CHECK(store->annotations(item).size() >= printed.size());
    CHECK(store->opCount() - opsBefore == store->annotations(item).size());
}
