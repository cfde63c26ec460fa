// SPDX-License-Identifier: GPL-3.0-or-later
// Packages and the shared folder as a script sees them: the real annostraat-cli, one store per
// "PC" and a temporary folder as the lab's share (issue 3, points 5 and 7).

#include "bundle/packagereader.h"
#include "clitestbed.h"
#include "store/store.h"
#include "sync/syncengine.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QElapsedTimer>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <catch2/catch.hpp>

#include <signal.h>
#include <sys/types.h>

using namespace annostraat;
using test::CliResult;
using test::CliTestBed;

namespace {

const QString kCli = QStringLiteral("annostraat-cli: ");

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

void requireOk(const CliResult &r, const QStringList &args)
{
    INFO("annostraat-cli " << args.join(QLatin1Char(' ')).toStdString());
    INFO("stdout: " << r.out.toStdString());
    INFO("stderr: " << r.err.toStdString());
    REQUIRE(r.exitCode == 0);
}

/// A failure as scripts see it: the exit code, and one line on stderr naming the problem.
void requireFailure(const CliResult &r, int exitCode, const QStringList &mentions)
{
    INFO("stdout: " << r.out.toStdString());
    INFO("stderr: " << r.err.toStdString());
    CHECK(r.exitCode == exitCode);
    REQUIRE(r.errLines().size() == 1);
    CHECK(r.errLines().first().startsWith(kCli));
    for (const QString &text : mentions) {
        INFO("expected in the message: " << text.toStdString());
        CHECK(r.err.contains(text));
    }
}

/// One PC: a store in its own folder (the media folder goes beside it).
struct Pc
{
    QString store;

    CliResult run(const QStringList &args) const { return CliTestBed::runWith(store, args); }
    CliResult ok(const QStringList &args) const
    {
        const CliResult r = run(args);
        requireOk(r, args);
        return r;
    }
    QJsonObject json(const QStringList &args) const
    {
        return ok(args + QStringList{str("--json")}).json();
    }
    QString mediaDir() const { return QFileInfo(store).absoluteDir().filePath(str("media")); }
};

QStringList ids(const QJsonArray &array)
{
    QStringList result;
    for (const QJsonValue &v : array)
        result << v.toObject().value(str("id")).toString();
    result.sort();
    return result;
}

QStringList filesUnder(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

/// The team lead's PC with Lotte (team lead), Anna and Bram (annotators) and the task
/// "Dijken" over four real PNG photos; and a share folder.
struct Lab
{
    Lab()
    {
        share = bed.path(str("share"));
        REQUIRE(QDir().mkpath(share));
        REQUIRE(QDir().mkpath(bed.path(str("lead"))));
        REQUIRE(QDir().mkpath(bed.path(str("pc-a"))));
        lead.store = bed.path(str("lead/store.sqlite"));
        annotatorPc.store = bed.path(str("pc-a/store.sqlite"));

        lotte = lead.ok({str("profile"), str("add"), str("Lotte"), str("--role"), str("teamlead")})
                        .outLines()
                        .value(0);
        anna = lead.ok({str("profile"), str("add"), str("Anna")}).outLines().value(0);
        bram = lead.ok({str("profile"), str("add"), str("Bram")}).outLines().value(0);
        task = lead.ok({str("task"), str("create"), str("--name"), str("Dijken"), str("--schema"),
                        bed.writeSchema(), str("--media"), bed.writePhotos(str("photos"), 4),
                        str("--author"), str("Lotte")})
                       .outLines()
                       .value(0);
        REQUIRE(test::looksLikeId(task));
        items = ids(lead.json({str("item"), str("list"), task}).value(str("items")).toArray());
        REQUIRE(items.size() == 4);
    }

    QStringList addBox(const QString &item, const QString &author, int x = 1) const
    {
        return {str("annotation"), str("add"),
                str("--task"),     task,
                str("--item"),     item,
                str("--kind"),     str("box"),
                str("--label"),    str("Buffer"),
                str("--value"),    QStringLiteral(R"({"x": %1, "y": 2, "w": 30, "h": 40})").arg(x),
                str("--author"),   author};
    }

    CliTestBed bed;
    QString share;
    Pc lead, annotatorPc;
    QString lotte, anna, bram, task;
    QStringList items;
};

} // namespace

TEST_CASE("Work flows from the team lead through the share to an annotator and back", "[cli][sync]")
{
    Lab lab;

    // The team lead assigns round-robin and publishes.
    const QJsonObject assigned = lab.lead.json(
            {str("task"), str("assign"), lab.task, str("--annotators"), str("Anna,Bram")});
    CHECK(assigned.value(str("added")).toInt() == 4);
    CHECK(assigned.value(str("perItem")).toInt() == 1);
    for (const QJsonValue &v : assigned.value(str("annotators")).toArray())
        CHECK(v.toObject().value(str("items")).toInt() == 2);
    const CliResult published =
            lab.lead.ok({str("task"), str("publish"), lab.task, str("--share"), lab.share});
    REQUIRE(published.outLines().size() == 1);
    const QString taskFile = published.outLines().first();
    CHECK(QDir::fromNativeSeparators(taskFile).endsWith(
            QStringLiteral("tasks/%1/task-v1.zip").arg(lab.task)));
    CHECK(QFileInfo(taskFile).isFile());

    // A new annotator PC: its first sync creates its store and pulls the task.
    REQUIRE_FALSE(QFileInfo::exists(lab.annotatorPc.store));
    const QJsonObject first = lab.annotatorPc.json({str("sync"), str("--share"), lab.share});
    CHECK(first.value(str("reachable")).toBool());
    CHECK(first.value(str("filesImported")).toInt() == 1);
    CHECK(first.value(str("filesRefused")).toInt() == 0);
    CHECK(first.value(str("filesWritten")).toInt() == 0);
    CHECK(first.value(str("problems")).toArray().isEmpty());
    CHECK(ids(lab.annotatorPc.json({str("item"), str("list"), lab.task})
                      .value(str("items"))
                      .toArray()) == lab.items);
    CHECK(QDir(lab.annotatorPc.mediaDir()).entryList(QDir::Files).size() == 4);
    // It learnt Anna's profile from the task package.
    CHECK(ids(lab.annotatorPc.json({str("profile"), str("list")}).value(str("profiles")).toArray())
                  .contains(lab.anna));

    // Anna works on her PC and syncs: her results file appears in her folder on the share.
    const QString annotation =
            lab.annotatorPc.ok(lab.addBox(lab.items.first(), str("Anna"), 7)).outLines().value(0);
    REQUIRE(test::looksLikeId(annotation));
    const CliResult pushed = lab.annotatorPc.ok({str("sync"), str("--share"), lab.share});
    CHECK(pushed.err.isEmpty());
    CHECK(pushed.out.contains(str("pushed: 1 files written, 1 ops pushed")));
    const QString annasFolder = lab.share + QLatin1Char('/') +
                                SyncEngine::workFolder(PackageKind::Results, lab.task, lab.anna);
    const QStringList results = QDir(annasFolder).entryList(QDir::Files | QDir::Hidden);
    REQUIRE(results.size() == 1);
    CHECK(results.first().endsWith(str("-000001.zip")));
    CHECK(readPackage(annasFolder + QLatin1Char('/') + results.first()).ok());

    // The team lead's sync brings Anna's annotation.
    const QJsonObject leadSync = lab.lead.json({str("sync"), str("--share"), lab.share});
    CHECK(leadSync.value(str("filesImported")).toInt() == 1);
    CHECK(leadSync.value(str("filesRefused")).toInt() == 0);
    CHECK(leadSync.value(str("opsApplied")).toInt() >= 1);
    const QJsonArray annas =
            lab.lead.json({str("annotation"), str("list"), str("--author"), str("Anna")})
                    .value(str("annotations"))
                    .toArray();
    REQUIRE(annas.size() == 1);
    CHECK(annas.at(0).toObject().value(str("id")).toString() == annotation);
    CHECK(annas.at(0).toObject().value(str("value")).toObject().value(str("x")).toInt() == 7);

    // Nothing new: nothing moves, on either PC.
    for (const Pc *pc : {&lab.lead, &lab.annotatorPc}) {
        const QJsonObject again = pc->json({str("sync"), str("--share"), lab.share});
        CHECK(again.value(str("filesImported")).toInt() == 0);
        CHECK(again.value(str("opsApplied")).toInt() == 0);
        CHECK(again.value(str("filesWritten")).toInt() == 0);
    }
    // --as names a profile of the store; an unknown one is an error, and nothing syncs.
    lab.annotatorPc.ok({str("sync"), str("--share"), lab.share, str("--as"), str("Anna")});
    requireFailure(lab.annotatorPc.run(
                           {str("sync"), str("--share"), lab.share, str("--as"), str("Nobody")}),
                   1, {str("no profile \"Nobody\"")});
    for (const QString &file : filesUnder(lab.share))
        CHECK_FALSE(file.startsWith(QLatin1Char('.')));
}

TEST_CASE("Assigning one item, and what task assign and task publish refuse", "[cli][sync]")
{
    Lab lab;
    const QJsonObject one = lab.lead.json({str("task"), str("assign"), lab.task, str("--item"),
                                           lab.items.at(2), str("--annotator"), str("Bram")});
    CHECK(one.value(str("assigned")).toBool());
    CHECK(one.value(str("queue")).toInt() == 1);
    CHECK(lab.lead.ok({str("task"), str("assign"), lab.task, str("--item"), lab.items.at(2),
                       str("--annotator"), str("Bram"), str("--remove")})
                  .out.startsWith(str("withdrew item")));

    // Two annotators per item with two annotators: everyone gets every item.
    const QJsonObject both =
            lab.lead.json({str("task"), str("assign"), lab.task, str("--annotators"),
                           lab.anna + str(",Bram"), str("--per-item"), str("2")});
    CHECK(both.value(str("added")).toInt() == 8);
    // Again: assignments made before are kept, nothing is added.
    CHECK(lab.lead.json({str("task"), str("assign"), lab.task, str("--annotators"),
                         str("Anna,Bram"), str("--per-item"), str("2")})
                  .value(str("added"))
                  .toInt() == 0);

    requireFailure(lab.lead.run({str("task"), str("assign"), lab.task}), 2, {str("--annotators")});
    requireFailure(lab.lead.run({str("task"), str("assign"), lab.task, str("--annotators"),
                                 str("Anna"), str("--item"), lab.items.at(0)}),
                   2, {str("not both")});
    requireFailure(
            lab.lead.run({str("task"), str("assign"), lab.task, str("--item"), lab.items.at(0)}), 2,
            {str("--annotator PROFILE")});
    requireFailure(lab.lead.run({str("task"), str("assign"), lab.task, str("--annotators"),
                                 str("Anna,Nobody")}),
                   1, {str("no profile \"Nobody\"")});
    requireFailure(lab.lead.run({str("task"), str("assign"), lab.task, str("--annotators"),
                                 str("Anna"), str("--per-item"), str("2")}),
                   1, {str("2 annotators per item")});
    requireFailure(lab.lead.run({str("task"), str("assign"), lab.task, str("--annotators"),
                                 str("Anna"), str("--as"), str("Bram")}),
                   1, {str("only a team lead")});
    requireFailure(lab.lead.run({str("task"), str("publish"), lab.task, str("--share"), lab.share,
                                 str("--as"), str("Anna")}),
                   1, {str("only a team lead")});
    requireFailure(lab.lead.run({str("task"), str("publish"), lab.task}), 2, {str("--share DIR")});
    // Publishing needs the share: an unreachable one is a failure here, unlike for sync.
    requireFailure(lab.lead.run({str("task"), str("publish"), lab.task, str("--share"),
                                 lab.bed.path(str("no-share"))}),
                   1, {str("no-share")});
    CHECK(filesUnder(lab.share).isEmpty());

    // Publishing twice writes the next version; nothing is replaced.
    lab.lead.ok({str("task"), str("publish"), lab.task, str("--share"), lab.share});
    const QJsonObject second =
            lab.lead.json({str("task"), str("publish"), lab.task, str("--share"), lab.share});
    CHECK(second.value(str("taskVersion")).toInt() == 2);
    CHECK(second.value(str("items")).toInt() == 4);
    CHECK(second.value(str("media")).toInt() == 4);
    CHECK(filesUnder(lab.share) ==
          QStringList{QStringLiteral("tasks/%1/task-v1.zip").arg(lab.task),
                      QStringLiteral("tasks/%1/task-v2.zip").arg(lab.task)});
}

TEST_CASE("task reassign moves an absent annotator's unfinished items and prints the counts",
          "[cli][assignment]")
{
    Lab lab;
    const QString cem = lab.lead.ok({str("profile"), str("add"), str("Cem")}).outLines().value(0);
    lab.lead.ok({str("task"), str("assign"), lab.task, str("--annotators"), str("Anna,Bram")});
    // Anna has items 1 and 3 (in turn); she finished the first.
    {
        auto store = Store::open(lab.lead.store);
        REQUIRE(store.ok());
        const QList<Item> annas = (*store)->queue(lab.task, lab.anna);
        REQUIRE(annas.size() == 2);
        REQUIRE((*store)->setSubmission({lab.task, annas.at(0).id, lab.anna, SubmissionStatus::Done, {}, 0}, lab.anna).ok());
    }
    // A dry run writes nothing.
    const QJsonObject dry = lab.lead.json({str("task"), str("reassign"), lab.task, str("--from"), str("Anna"),
                                           str("--to"), str("Bram,Cem"), str("--dry-run")});
    CHECK(dry.value(str("moved")).toInt() == 1);
    CHECK_FALSE(dry.value(str("written")).toBool());
    const CliResult plain = lab.lead.ok({str("task"), str("reassign"), lab.task, str("--from"), str("Anna"),
                                         str("--to"), str("Bram,Cem")});
    CHECK(plain.out.contains(str("1 item of Anna moved")));
    CHECK(plain.out.contains(str("BEFORE")));
    // Her other item went to Bram, the first in turn; nothing is left to move.
    const QJsonObject after = lab.lead.json({str("task"), str("reassign"), lab.task, str("--from"), str("Anna"),
                                             str("--to"), str("Bram,Cem")});
    CHECK(after.value(str("moved")).toInt() == 0);
    const QJsonArray people = after.value(str("people")).toArray();
    REQUIRE(people.size() == 3);
    CHECK(people.at(0).toObject().value(str("before")).toInt() == 1); // Anna: her finished item
    CHECK(people.at(1).toObject().value(str("before")).toInt() == 3); // Bram: 2 + 1
    CHECK(people.at(2).toObject().value(str("before")).toInt() == 0); // Cem
    {
        auto store = Store::open(lab.lead.store);
        REQUIRE(store.ok());
        CHECK((*store)->queue(lab.task, lab.anna).size() == 1);
        for (const QStringList &who : (*store)->assignments(lab.task))
            CHECK(who.size() == 1);
        CHECK((*store)->queue(lab.task, cem).isEmpty());
    }
    requireFailure(lab.lead.run({str("task"), str("reassign"), lab.task, str("--from"), str("Anna")}), 2,
                   {str("--to")});
    requireFailure(lab.lead.run({str("task"), str("reassign"), lab.task, str("--from"), str("Anna"), str("--to"),
                                 str("Anna")}),
                   1, {str("cannot go to Anna")});
    requireFailure(lab.lead.run({str("task"), str("reassign"), lab.task, str("--from"), str("Nobody"), str("--to"),
                                 str("Bram")}),
                   1, {str("no profile \"Nobody\"")});
}

TEST_CASE("package export, validate and import round-trip a task with its work", "[cli][package]")
{
    Lab lab;
    lab.lead.ok({str("task"), str("assign"), lab.task, str("--annotators"), str("Anna,Bram")});
    lab.lead.ok(lab.addBox(lab.items.at(0), str("Anna"), 3));
    lab.lead.ok(lab.addBox(lab.items.at(1), str("Bram"), 4));
    const QString outDir = lab.bed.path(str("out"));
    REQUIRE(QDir().mkpath(outDir));
    const QString file = outDir + str("/dijken.zip");

    // A folder that does not exist is not created; an existing file is not replaced.
    const QString nowhere = lab.bed.path(str("no-folder/dijken.zip"));
    requireFailure(lab.lead.run({str("package"), str("export"), lab.task, str("--out"), nowhere}),
                   1, {str("no-folder"), str("does not exist"), str("does not create folders")});
    CHECK_FALSE(QFileInfo::exists(lab.bed.path(str("no-folder"))));

    const CliResult exported = lab.lead.ok(
            {str("package"), str("export"), lab.task, str("--out"), file, str("--with-work")});
    CHECK(exported.outLines() ==
          QStringList{QDir::toNativeSeparators(QFileInfo(file).absoluteFilePath())});
    const QByteArray original = test::readFile(file);
    requireFailure(lab.lead.run({str("package"), str("export"), lab.task, str("--out"), file}), 1,
                   {str("already exists")});
    CHECK(test::readFile(file) == original);

    // validate: a short summary, exit 0; --json for scripts.
    const CliResult valid = CliTestBed::runRaw({str("package"), str("validate"), file});
    requireOk(valid, {str("package validate")});
    CHECK(valid.err.isEmpty());
    for (const QString &line :
         {str("valid: "), str("kind: task"), QStringLiteral("task: %1, version 1").arg(lab.task),
          str("producer: Lotte (") + lab.lotte, str("items: 4"), str("entries: 7 (4 media)")})
        CHECK(valid.out.contains(line));
    const QJsonObject summary =
            CliTestBed::runRaw({str("package"), str("validate"), file, str("--json")}).json();
    CHECK(summary.value(str("valid")).toBool());
    CHECK(summary.value(str("kind")).toString() == str("task"));
    CHECK(summary.value(str("task")).toString() == lab.task);
    CHECK(summary.value(str("items")).toInt() == 4);
    CHECK(summary.value(str("media")).toInt() == 4);
    // Three profiles, the task, four items, four assignments, two annotations.
    CHECK(summary.value(str("ops")).toInt() == 14);

    // import into a new store: everything arrives; a second import applies nothing.
    Pc fresh{lab.bed.path(str("fresh/store.sqlite"))};
    REQUIRE(QDir().mkpath(lab.bed.path(str("fresh"))));
    const QJsonObject imported = fresh.json({str("package"), str("import"), file});
    CHECK(imported.value(str("received")).toInt() == 14);
    CHECK(imported.value(str("applied")).toInt() == 14);
    CHECK(imported.value(str("mediaExtracted")).toInt() == 4);
    CHECK(QDir(fresh.mediaDir()).entryList(QDir::Files).size() == 4);
    const CliResult again = fresh.ok({str("package"), str("import"), file});
    CHECK(again.out.contains(str("ops: 14 received, 0 applied")));
    CHECK(again.out.contains(str("media: 0 extracted, 4 already present")));

    const QStringList listArgs{str("annotation"), str("list"), str("--task"), lab.task};
    CHECK(fresh.json(listArgs).value(str("annotations")) ==
          lab.lead.json(listArgs).value(str("annotations")));
    const QStringList itemArgs{str("item"), str("list"), lab.task};
    CHECK(ids(fresh.json(itemArgs).value(str("items")).toArray()) == lab.items);
    CHECK(ids(fresh.json({str("profile"), str("list")}).value(str("profiles")).toArray()) ==
          ids(lab.lead.json({str("profile"), str("list")}).value(str("profiles")).toArray()));

    // Another media folder, chosen with --media.
    Pc other{lab.bed.path(str("other.sqlite"))};
    const QString media = lab.bed.path(str("elsewhere/media"));
    const QJsonObject placed =
            other.json({str("package"), str("import"), file, str("--media"), media});
    CHECK(placed.value(str("mediaExtracted")).toInt() == 4);
    CHECK(QDir(media).entryList(QDir::Files).size() == 4);
}

TEST_CASE("A damaged package is refused by validate and import, naming the file",
          "[cli][package][badinput]")
{
    Lab lab;
    const QString file = lab.bed.path(str("dijken.zip"));
    lab.lead.ok({str("package"), str("export"), lab.task, str("--out"), file});

    // Flip bytes in the middle of a copy.
    const QString damaged = lab.bed.path(str("beschadigd.zip"));
    QByteArray bytes = test::readFile(file);
    REQUIRE(bytes.size() > 100);
    for (qsizetype i = bytes.size() / 2 - 4; i < bytes.size() / 2 + 4; ++i)
        bytes[i] = char(~bytes.at(i));
    test::writeFile(damaged, bytes);

    const CliResult validated = CliTestBed::runRaw({str("package"), str("validate"), damaged});
    requireFailure(validated, 1, {str("beschadigd.zip")});
    CHECK(validated.out.isEmpty());
    const CliResult asJson =
            CliTestBed::runRaw({str("package"), str("validate"), damaged, str("--json")});
    CHECK(asJson.exitCode == 1);
    CHECK_FALSE(asJson.json().value(str("valid")).toBool());
    CHECK(asJson.json().value(str("problems")).toArray().size() == 1);

    // Import changes nothing: no new store, no media folder.
    Pc fresh{lab.bed.path(str("fresh/store.sqlite"))};
    REQUIRE(QDir().mkpath(lab.bed.path(str("fresh"))));
    requireFailure(fresh.run({str("package"), str("import"), damaged}), 1, {str("beschadigd.zip")});
    CHECK(QDir(lab.bed.path(str("fresh")))
                  .entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden)
                  .isEmpty());
    // And into an existing store: unchanged.
    const QByteArray leadBefore = test::readFile(lab.lead.store);
    requireFailure(lab.lead.run({str("package"), str("import"), damaged}), 1,
                   {str("beschadigd.zip")});
    CHECK(test::readFile(lab.lead.store) == leadBefore);

    // Not a package at all, and no file.
    test::writeFile(lab.bed.path(str("notes.zip")), "just text\n");
    requireFailure(
            CliTestBed::runRaw({str("package"), str("validate"), lab.bed.path(str("notes.zip"))}),
            1, {str("notes.zip")});
    requireFailure(
            CliTestBed::runRaw({str("package"), str("validate"), lab.bed.path(str("missing.zip"))}),
            1, {str("missing.zip")});
    requireFailure(CliTestBed::runRaw({str("package"), str("validate")}), 2, {str("FILE")});
}

TEST_CASE("An unreachable share is a status: exit 0 and one offline line", "[cli][sync][offline]")
{
    Lab lab;
    const QString gone = lab.bed.path(str("unplugged"));
    const CliResult text = lab.lead.run({str("sync"), str("--share"), gone});
    requireOk(text, {str("sync")});
    CHECK(text.err.isEmpty());
    CHECK(text.outLines() == QStringList{QStringLiteral("share not reachable: %1 (offline)")
                                                 .arg(QDir::toNativeSeparators(gone))});
    const QJsonObject json = lab.lead.json({str("sync"), str("--share"), gone});
    CHECK(json.value(str("reachable")) == QJsonValue(false));
    CHECK(json.value(str("filesImported")).toInt() == 0);
    CHECK_FALSE(QFileInfo::exists(gone)); // never created on the local disk

    // A PC without a store yet: still a status, and no empty store is left behind.
    const QString none = lab.bed.path(str("pc-a/store.sqlite"));
    const CliResult fresh = CliTestBed::runWith(none, {str("sync"), str("--share"), gone});
    requireOk(fresh, {str("sync")});
    CHECK(fresh.out.contains(str("(offline)")));
    CHECK_FALSE(QFileInfo::exists(none));

    // A plain file where the share should be is not a share either.
    test::writeFile(lab.bed.path(str("a-file")), "x");
    CHECK(lab.lead.run({str("sync"), str("--share"), lab.bed.path(str("a-file"))})
                  .out.contains(str("(offline)")));
    requireFailure(lab.lead.run({str("sync")}), 2, {str("--share DIR")});
}

TEST_CASE("task publish to a share that is not there fails clearly and writes nothing", "[cli][sync][offline]")
{
    Lab lab;
    lab.lead.ok({str("task"), str("assign"), lab.task, str("--annotators"), str("Anna")});
    const QJsonObject before = lab.lead.json({str("task"), str("list")});
    const QString gone = lab.bed.path(str("unplugged"));
    const CliResult r = lab.lead.run({str("task"), str("publish"), lab.task, str("--share"), gone});
    requireFailure(r, 1, {gone, str("cannot be reached"), str("not published")});
    CHECK(r.out.isEmpty());
    CHECK_FALSE(QFileInfo::exists(gone));
    // The task's version is where it was: publishing later gives version 1.
    CHECK(lab.lead.json({str("task"), str("list")}) == before);
    const CliResult later = lab.lead.ok({str("task"), str("publish"), lab.task, str("--share"), lab.share});
    CHECK(later.out.contains(str("task-v1.zip")));
}

TEST_CASE("An import killed while it extracts media leaves no partial files after the next import",
          "[cli][package][crash]")
{
    Lab lab;
    // A task over large photos, so that extracting takes long enough to be interrupted.
    const QString photos = lab.bed.path(str("big"));
    REQUIRE(QDir().mkpath(photos));
    for (int i = 0; i < 3; ++i) {
        QImage image(3000, 3000, QImage::Format_RGB888);
        image.fill(QColor::fromHsv(i * 90, 180, 200));
        REQUIRE(image.save(QStringLiteral("%1/foto-%2.bmp").arg(photos).arg(i)));
    }
    const QString big = lab.lead.ok({str("task"), str("create"), str("--name"), str("Groot"), str("--schema"),
                                     lab.bed.writeSchema(), str("--media"), photos, str("--author"), str("Lotte")})
                                .outLines()
                                .value(0);
    const QString file = lab.bed.path(str("groot.zip"));
    lab.lead.ok({str("package"), str("export"), big, str("--out"), file});

    const QString media = lab.annotatorPc.mediaDir();
    auto partials = [&] {
        return QDir(media).entryList({str(".*.part")}, QDir::Files | QDir::Hidden);
    };
    // Kill the import the moment a partial media file shows up. Rarely the whole import wins the
    // race; then it is tried again on a fresh PC.
    bool interrupted = false;
    for (int attempt = 0; attempt < 5 && !interrupted; ++attempt) {
        QDir(lab.bed.path(str("pc-a"))).removeRecursively();
        REQUIRE(QDir().mkpath(lab.bed.path(str("pc-a"))));
        QProcess import;
        import.start(str(ANNOSTRAAT_CLI), {str("--store"), lab.annotatorPc.store, str("package"), str("import"), file});
        REQUIRE(import.waitForStarted(10000));
        QElapsedTimer waited;
        waited.start();
        while (import.state() == QProcess::Running && partials().isEmpty() && waited.elapsed() < 60000)
            QThread::usleep(200);
        if (import.state() == QProcess::Running && !partials().isEmpty()) {
            ::kill(pid_t(import.processId()), SIGKILL);
            interrupted = true;
        }
        import.waitForFinished(60000);
    }
    REQUIRE(interrupted);
    REQUIRE_FALSE(partials().isEmpty());

    lab.annotatorPc.ok({str("package"), str("import"), file});
    CHECK(partials().isEmpty());
    CHECK(QDir(media).entryList(QDir::Files).size() == 3);
}

TEST_CASE("The usage text lists the package and sync commands", "[cli]")
{
    const CliResult help = CliTestBed::runRaw({str("--help")});
    CHECK(help.exitCode == 0);
    for (const char *text :
         {"package export TASK --out FILE", "package import FILE", "package validate FILE",
          "task assign TASK --annotators", "task reassign TASK --from PROFILE --to",
          "task publish TASK --share DIR",
          "sync --share DIR [--as PROFILE]", "stops at the first problem", "(offline)"})
        CHECK(help.out.simplified().contains(QLatin1String(text)));
    for (const QString &line : help.outLines())
        CHECK((line.size() <= 80 || line.contains(QStringLiteral("store.sqlite"))));

    const CliResult sync = CliTestBed::runRaw({str("help"), str("sync")});
    CHECK(sync.exitCode == 0);
    CHECK(sync.out.simplified().contains(str("every profile that works on this PC")));
    CHECK(sync.out.simplified().contains(str("beside the store")));
    const CliResult import = CliTestBed::runRaw({str("help"), str("package"), str("import")});
    CHECK(import.out.simplified().contains(str("where the package's media files go")));
    const CliResult create = CliTestBed::runRaw({str("help"), str("task"), str("create")});
    CHECK(create.out.simplified().contains(str("each one becomes an item")));
}
