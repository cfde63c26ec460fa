// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 3, point 8: a process killed mid-push. An annotator's PC with many annotations runs
// `annostraat-cli sync`, which is killed with SIGKILL at random moments, round after round.
// After every kill, no file under a final name on the share may be partial: every results
// file that readers look at must pass validation. Temporary files the killed process left
// behind may stay, and readers must ignore them. In the end a normal sync completes and the
// team lead receives every annotation of the annotator.

#include "bundle/atomicfile.h"
#include "bundle/packagereader.h"
#include "clitestbed.h"
#include "store/store.h"
#include "testutil.h"
#include "util/appinfo.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSet>

#include <catch2/catch.hpp>

#include <iostream>
#include <random>

#include <signal.h>
#include <sys/types.h>

using namespace annostraat;
using test::CliResult;
using test::CliTestBed;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

CliResult requireOk(const CliResult &r, const QString &what)
{
    INFO(what.toStdString());
    INFO("stdout: " << r.out.toStdString());
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
    return r;
}

/// Adds \a count annotations by \a author in one transaction (as the GUI would over a long
/// day; one CLI call per annotation would make the test slow for nothing).
void addAnnotations(const QString &storePath, const QString &taskId, const QString &author,
                    int count, int offset)
{
    auto store = test::openStore(storePath);
    const auto profile = store->findProfile(author);
    REQUIRE(profile);
    const QList<Item> items = store->queue(taskId, profile->id);
    REQUIRE_FALSE(items.isEmpty());
    auto tx = store->begin();
    REQUIRE(tx.ok());
    for (int i = 0; i < count; ++i) {
        const int n = offset + i;
        Annotation a;
        a.id = newId();
        a.taskId = taskId;
        a.itemId = items.at(n % items.size()).id;
        a.author = profile->id;
        a.kind = AnnotationKind::Box;
        a.label = str("Buffer");
        a.value = {
                {str("x"), double(n % 1000)}, {str("y"), 2.0}, {str("w"), 30.0}, {str("h"), 40.0}};
        a.attributes = {{str("schade"), n % 6}};
        REQUIRE(tx->record(Store::annotationChange(a)).ok());
    }
    REQUIRE(tx->commit().ok());
}

struct ShareCheck
{
    int finals = 0;    ///< results files under a final name (all valid)
    int temporary = 0; ///< temporary files left by killed processes
    QStringList finalPaths;
};

/// Every file under results/: a temporary name, or a complete, valid package.
ShareCheck checkResults(const QString &share)
{
    ShareCheck check;
    QDirIterator it(share + str("/results"), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = QFileInfo(path).fileName();
        INFO("file on the share: " << path.toStdString());
        if (name.startsWith(QLatin1Char('.'))) {
            // Ours (".<final>.<random>.part") or libzip's while it writes that one.
            CHECK(name.contains(str(".part")));
            CHECK(isTemporaryFileName(name));
            ++check.temporary;
            continue;
        }
        REQUIRE(name.endsWith(str(".zip")));
        const auto package = readPackage(path);
        INFO("validation: " << (package ? QString() : package.error().message()).toStdString());
        REQUIRE(package.ok());
        CHECK(package->manifest.kind == PackageKind::Results);
        ++check.finals;
        check.finalPaths << path;
    }
    return check;
}

QStringList annotationIds(const QString &storePath, const QString &taskId, const QString &author)
{
    auto store = test::openStore(storePath);
    QStringList ids;
    for (const Annotation &a : store->taskAnnotations(taskId))
        if (a.author == author)
            ids << a.id;
    ids.sort();
    return ids;
}

} // namespace

TEST_CASE("A sync killed mid-push leaves no partial file under a final name, and the next one "
          "completes",
          "[cli][crash][sync]")
{
    CliTestBed bed;
    const QString share = bed.path(str("share"));
    REQUIRE(QDir().mkpath(share));
    REQUIRE(QDir().mkpath(bed.path(str("lead"))));
    REQUIRE(QDir().mkpath(bed.path(str("pc-a"))));
    const QString lead = bed.path(str("lead/store.sqlite"));
    const QString pcA = bed.path(str("pc-a/store.sqlite"));

    // The team lead's part, through the CLI.
    auto leadRun = [&](const QStringList &args) {
        return requireOk(CliTestBed::runWith(lead, args), args.join(QLatin1Char(' ')));
    };
    leadRun({str("profile"), str("add"), str("Lotte"), str("--role"), str("teamlead")});
    const QString anna = leadRun({str("profile"), str("add"), str("Anna")}).outLines().value(0);
    const QString task = leadRun({str("task"), str("create"), str("--name"), str("Dijken"),
                                  str("--schema"), bed.writeSchema(), str("--media"),
                                  bed.writePhotos(str("photos"), 8), str("--author"), str("Lotte")})
                                 .outLines()
                                 .value(0);
    leadRun({str("task"), str("assign"), task, str("--annotators"), str("Anna")});
    leadRun({str("task"), str("publish"), task, str("--share"), share});
    const QStringList syncArgs{str("--store"), pcA, str("sync"), str("--share"), share};
    requireOk(CliTestBed::runRaw(syncArgs), str("first sync of the annotator's PC"));

    // Sizes: ANNOSTRAAT_PUSH_CRASH_COUNT annotations up front, a quarter of that more before
    // every round, so that every round has work to push.
    const int initial =
            qEnvironmentVariableIsSet("ANNOSTRAAT_PUSH_CRASH_COUNT")
                    ? std::max(100, qEnvironmentVariableIntValue("ANNOSTRAAT_PUSH_CRASH_COUNT"))
                    : 20000;
    const int perRound = initial / 4;
    constexpr int kRounds = 10;

    bool seeded = false;
    unsigned seed = qEnvironmentVariable("ANNOSTRAAT_CRASH_SEED").toUInt(&seeded);
    if (!seeded)
        seed = std::random_device{}();
    std::cout << "push crash test seed: " << seed << " (set ANNOSTRAAT_CRASH_SEED to repeat a run)"
              << std::endl;
    INFO("seed " << seed);
    std::mt19937 random(seed);

    // How long a whole sync with `initial` annotations to push takes; a round's kill lands
    // anywhere in the time its own sync would take (longer when earlier pushes were cut off).
    int added = 0;
    addAnnotations(pcA, task, anna, initial, added);
    added += initial;
    QElapsedTimer timer;
    timer.start();
    requireOk(CliTestBed::runRaw(syncArgs), str("calibrating sync"));
    const qint64 fullSyncMs = std::max<qint64>(timer.elapsed(), 50);
    std::cout << "push crash test: a sync pushing " << initial << " annotations takes "
              << fullSyncMs << " ms" << std::endl;

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(str("LC_ALL"), str("C"));
    int killedRunning = 0;
    int finished = 0;
    int roundsWithNewFile = 0;
    int roundsWithNewTemporary = 0;
    int pending = 0; // annotations not yet in a results file, as far as the share shows
    ShareCheck before = checkResults(share);
    const QString annasFolder = share + QStringLiteral("/results/%1/%2").arg(task, anna);
    auto temporaryNames = [&]() {
        QStringList names = QDir(annasFolder).entryList(QDir::Files | QDir::Hidden | QDir::System);
        names.removeIf([](const QString &name) { return !name.startsWith(QLatin1Char('.')); });
        return QSet<QString>(names.begin(), names.end());
    };
    for (int round = 0; round < kRounds; ++round) {
        addAnnotations(pcA, task, anna, perRound, added);
        added += perRound;
        pending += perRound;

        // Even rounds: a moment anywhere in the sync. Odd rounds: a moment while the package
        // is written, flushed, renamed and recorded, the last fifth or so of a sync (a kill
        // anywhere hits it too rarely): once a new temporary file shows up, a little later.
        const bool aroundTheWrite = round % 2 == 1;
        const qint64 expectedMs = fullSyncMs * std::max(pending, perRound) * 3 / (2 * initial);
        const qint64 delay = std::uniform_int_distribution<qint64>(
                0, aroundTheWrite ? std::max<qint64>(20, expectedMs / 4) : expectedMs)(random);
        INFO("round " << round << ", kill after " << delay << " ms");
        const QSet<QString> temporaryBefore = temporaryNames();
        QProcess cli;
        cli.setProcessEnvironment(env);
        cli.start(str(ANNOSTRAAT_CLI), syncArgs);
        REQUIRE(cli.waitForStarted(10000));
        bool sawTemporary = false;
        if (aroundTheWrite) {
            QElapsedTimer waiting;
            waiting.start();
            while (!sawTemporary && cli.state() == QProcess::Running && waiting.elapsed() < 60000) {
                sawTemporary = temporaryNames() != temporaryBefore;
                if (!sawTemporary)
                    cli.waitForFinished(1);
            }
        }
        if (cli.waitForFinished(int(delay))) {
            INFO("stderr: " << cli.readAllStandardError().toStdString());
            CHECK(cli.exitStatus() == QProcess::NormalExit);
            CHECK(cli.exitCode() == 0);
            ++finished;
        } else {
            REQUIRE(::kill(pid_t(cli.processId()), SIGKILL) == 0);
            REQUIRE(cli.waitForFinished(10000));
            if (cli.exitStatus() == QProcess::CrashExit) {
                ++killedRunning;
            } else { // it finished just before the signal
                CHECK(cli.exitCode() == 0);
                ++finished;
            }
        }
        const ShareCheck after = checkResults(share);
        if (after.finals > before.finals) {
            ++roundsWithNewFile;
            pending = 0;
        }
        roundsWithNewTemporary += after.temporary > before.temporary ? 1 : 0;
        std::cout << "  round " << round << ": killed "
                  << (aroundTheWrite ? (sawTemporary ? "after the temporary file appeared + "
                                                     : "(no temporary file seen) + ")
                                     : "after ")
                  << delay << " ms; " << (after.finals - before.finals) << " new results file(s), "
                  << (after.temporary - before.temporary) << " new temporary file(s)" << std::endl;
        before = after;
    }

    // A normal sync completes and pushes whatever the killed ones did not.
    const QJsonObject last = requireOk(CliTestBed::runRaw(syncArgs + QStringList{str("--json")}),
                                       str("sync after the kills"))
                                     .json();
    CHECK(last.value(str("reachable")).toBool());
    CHECK(last.value(str("problems")).toArray().isEmpty());
    const QJsonObject nothing = requireOk(CliTestBed::runRaw(syncArgs + QStringList{str("--json")}),
                                          str("sync with nothing new"))
                                        .json();
    CHECK(nothing.value(str("filesWritten")).toInt() == 0);
    const ShareCheck final = checkResults(share);

    // The command line's own check agrees on every file under a final name.
    for (const QString &path : final.finalPaths)
        requireOk(CliTestBed::runRaw({str("package"), str("validate"), path}), path);

    // The team lead reads every final file, ignores the temporary ones, and has all of it.
    const QJsonObject leadSync = requireOk(CliTestBed::runWith(lead, {str("sync"), str("--share"),
                                                                      share, str("--json")}),
                                           str("the team lead's sync"))
                                         .json();
    INFO("problems: "
         << QJsonDocument(leadSync.value(str("problems")).toArray()).toJson().toStdString());
    CHECK(leadSync.value(str("filesRefused")).toInt() == 0);
    CHECK(leadSync.value(str("problems")).toArray().isEmpty());
    CHECK(leadSync.value(str("filesImported")).toInt() == final.finals);
    const QStringList onPc = annotationIds(pcA, task, anna);
    CHECK(onPc.size() == added);
    const QStringList atLead = annotationIds(lead, task, anna);
    CHECK(atLead.size() == added);
    CHECK(atLead == onPc);

    std::cout << "push crash test: " << kRounds << " rounds, " << killedRunning
              << " killed while running, " << finished << " finished first; " << roundsWithNewFile
              << " rounds left a new results file, " << roundsWithNewTemporary
              << " a new temporary file; " << final.finals << " results files, " << final.temporary
              << " temporary files in the end; " << added << " annotations arrived" << std::endl;
    // Without kills that land while the sync runs, this test would prove nothing; and the
    // rounds aimed at the write each leave a temporary or a new results file.
    CHECK(killedRunning >= kRounds / 2);
    CHECK(roundsWithNewTemporary + roundsWithNewFile >= kRounds / 2);
}
