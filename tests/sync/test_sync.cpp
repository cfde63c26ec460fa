// SPDX-License-Identifier: GPL-3.0-or-later
// Over 600 lines: each case sets up its own PCs and share, so a scenario reads top to bottom.
#include "bundle/packageimport.h"
#include "bundle/packagewriter.h"
#include "store/additems.h"
#include "store/folderscan.h"
#include "store/schemachange.h"
#include "store/store.h"
#include "store/taskbuilder.h"
#include "sync/syncengine.h"
#include "../core/statedump.h"
#include "testutil.h"
#include "translationloader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <random>

#include <grp.h>
#include <pwd.h>
#include <unistd.h>

using namespace annostraat;

namespace {

/// One lab PC: its own store and media folder, syncing with the shared folder.
struct Pc
{
    Pc(const QString &name, const QString &share) : name(name), share(share)
    {
        REQUIRE(dir.isValid());
        store = test::openStore(dir.filePath(QStringLiteral("store.sqlite")));
    }
    SyncReport sync()
    {
        SyncEngine engine(*store, share, dir.filePath(QStringLiteral("media")));
        auto r = engine.sync();
        INFO(name.toStdString() << ": " << (r.ok() ? QString() : r.error().message()).toStdString());
        REQUIRE(r.ok());
        INFO(texts(r->problems).join(QLatin1Char('\n')).toStdString());
        CHECK(r->problems.isEmpty());
        return *r;
    }
    QString name;
    QString share;
    QTemporaryDir dir;
    std::unique_ptr<Store> store;
};

/// A folder of real images, and the lead's task over it with the demo schema.
struct Lab
{
    Lab()
    {
        REQUIRE(shareDir.isValid());
        share = shareDir.filePath(QStringLiteral("share"));
        REQUIRE(QDir().mkpath(share));
        lead = std::make_unique<Pc>(QStringLiteral("lead"), share);
        a = std::make_unique<Pc>(QStringLiteral("pc-a"), share);
        b = std::make_unique<Pc>(QStringLiteral("pc-b"), share);
        lotte = *lead->store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
        anna = *lead->store->addProfile(QStringLiteral("Anna"), Role::Annotator);
        bram = *lead->store->addProfile(QStringLiteral("Bram"), Role::Annotator);

        const QString media = lead->dir.filePath(QStringLiteral("photos"));
        REQUIRE(QDir().mkpath(media));
        for (int i = 0; i < 4; ++i) {
            QImage image(64 + i, 48, QImage::Format_RGB32);
            image.fill(QColor::fromHsv(i * 60, 200, 200));
            REQUIRE(image.save(QStringLiteral("%1/dijk-%2.png").arg(media).arg(i)));
        }
        QFile schema(lead->dir.filePath(QStringLiteral("schema.json")));
        REQUIRE(schema.open(QIODevice::WriteOnly));
        schema.write(QJsonDocument(test::demoSchema().toJson()).toJson());
        schema.close();
        auto draft = draftTaskFromFolder(QStringLiteral("Dijken"), schema.fileName(), media);
        REQUIRE(draft.ok());
        auto task = lead->store->createTask(draft->task, draft->items, lotte.id);
        REQUIRE(task.ok());
        taskId = task->id;
        REQUIRE(lead->store->assignRoundRobin(taskId, {anna.id, bram.id}, 2, lotte.id).ok());
        SyncEngine engine(*lead->store, share, lead->dir.filePath(QStringLiteral("media")));
        auto published = engine.publishTask(taskId, lotte);
        INFO((published.ok() ? QString() : published.error().message()).toStdString());
        REQUIRE(published.ok());
    }

    void annotate(Pc &pc, const Profile &who, int variant)
    {
        const QList<Item> queue = pc.store->queue(taskId, who.id);
        REQUIRE_FALSE(queue.isEmpty());
        const Item &item = queue.at(variant % queue.size());
        Annotation a{QString(), taskId, item.id, who.id, AnnotationKind::Crack, QStringLiteral("Scheur"),
                     test::sampleValue(AnnotationKind::Crack, variant), {}, false};
        REQUIRE(pc.store->addAnnotation(a).ok());
        REQUIRE(pc.store->setSubmission({taskId, item.id, who.id, SubmissionStatus::Done, {}, 1000 + variant}, who.id).ok());
    }

    QTemporaryDir shareDir;
    QString share;
    std::unique_ptr<Pc> lead, a, b;
    Profile lotte, anna, bram;
    QString taskId;
};

/// A person's layer and statuses on one PC, comparable across PCs.
QString layer(const Store &store, const QString &taskId, const QString &who)
{
    QStringList out;
    for (const Annotation &a : store.taskAnnotations(taskId))
        if (a.author == who)
            out << a.id + QLatin1Char(' ') + a.label + QLatin1Char(' ')
                       + QString::fromUtf8(QJsonDocument(a.value).toJson(QJsonDocument::Compact));
    for (const Submission &s : store.submissions(taskId))
        if (s.annotator == who)
            out << s.itemId + QLatin1Char(' ') + toId(s.status) + QLatin1Char(' ') + QString::number(s.timeSpentMs);
    out.sort();
    return out.join(QLatin1Char('\n'));
}

/// Makes \a path unreadable for this process while it lives. chmod 000 stops an ordinary user;
/// root reads such a file anyway, so as root the guard also switches the effective user to
/// "nobody" (and lets nobody into the share's temporary folder). This is what a file held open
/// by a virus scanner or by its writer on an SMB share looks like to the reader.
class Unreadable
{
public:
    Unreadable(const QString &path, const QString &shareParent) : m_path(path)
    {
        m_permissions = QFile::permissions(path);
        REQUIRE(QFile::setPermissions(path, QFileDevice::Permissions()));
        if (::geteuid() != 0)
            return;
        const passwd *nobody = ::getpwnam("nobody");
        REQUIRE(nobody != nullptr);
        m_parentPermissions = QFile::permissions(shareParent);
        m_parent = shareParent;
        REQUIRE(QFile::setPermissions(shareParent, m_parentPermissions | QFileDevice::ExeOther | QFileDevice::ReadOther));
        REQUIRE(::setegid(nobody->pw_gid) == 0);
        REQUIRE(::seteuid(nobody->pw_uid) == 0);
        m_switched = true;
    }
    ~Unreadable()
    {
        if (m_switched) {
            (void)::seteuid(0);
            (void)::setegid(0);
            QFile::setPermissions(m_parent, m_parentPermissions);
        }
        QFile::setPermissions(m_path, m_permissions);
    }
    Unreadable(const Unreadable &) = delete;
    Unreadable &operator=(const Unreadable &) = delete;

private:
    QString m_path;
    QString m_parent;
    QFileDevice::Permissions m_permissions;
    QFileDevice::Permissions m_parentPermissions;
    bool m_switched = false;
};

/// Pulls on \a pc while \a file (a path below the share) cannot be opened.
SyncReport pullWhileUnreadable(Lab &lab, Pc &pc, const QString &file)
{
    QFile probe(file);
    REQUIRE(probe.exists());
    SyncEngine engine(*pc.store, lab.share, pc.dir.filePath(QStringLiteral("media")));
    Result<SyncReport> pulled = Error();
    {
        Unreadable locked(file, lab.shareDir.path());
        QFile check(file);
        REQUIRE_FALSE(check.open(QIODevice::ReadOnly)); // the guard really locks it out
        pulled = engine.pull();
    }
    INFO((pulled.ok() ? QString() : pulled.error().message()).toStdString());
    REQUIRE(pulled.ok());
    return *pulled;
}

/// The one file below \a folder of the share.
QString onlyFileIn(const QString &share, const QString &folder)
{
    const QStringList files = QDir(share + QLatin1Char('/') + folder).entryList({QStringLiteral("*.zip")}, QDir::Files);
    REQUIRE(files.size() == 1);
    return share + QLatin1Char('/') + folder + QLatin1Char('/') + files.first();
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

} // namespace

TEST_CASE("Three PCs annotate and sync in random orders and end with the same task state", "[sync]")
{
    Lab lab;
    Pc *pcs[] = {lab.lead.get(), lab.a.get(), lab.b.get()};
    lab.a->sync();
    lab.b->sync();
    REQUIRE(lab.a->store->task(lab.taskId));
    CHECK(lab.a->store->queue(lab.taskId, lab.anna.id).size() == 4);

    const auto seed = Catch::rngSeed();
    INFO("seed " << seed);
    std::mt19937 rng(seed);
    for (int step = 0; step < 40; ++step) {
        switch (std::uniform_int_distribution<int>(0, 4)(rng)) {
        case 0: lab.annotate(*lab.a, lab.anna, step); break;
        case 1: lab.annotate(*lab.b, lab.bram, step); break;
        default: pcs[std::uniform_int_distribution<int>(0, 2)(rng)]->sync(); break;
        }
    }
    lab.annotate(*lab.a, lab.anna, 100);
    lab.annotate(*lab.b, lab.bram, 101);
    CHECK(lab.a->store->pendingOpCount() >= 2);
    for (int round = 0; round < 2; ++round)
        for (Pc *pc : pcs)
            pc->sync();

    // The team lead sees everyone's work exactly as it is on their own PCs.
    const QString annaOnA = layer(*lab.a->store, lab.taskId, lab.anna.id);
    const QString bramOnB = layer(*lab.b->store, lab.taskId, lab.bram.id);
    CHECK_FALSE(annaOnA.isEmpty());
    CHECK(layer(*lab.lead->store, lab.taskId, lab.anna.id) == annaOnA);
    CHECK(layer(*lab.lead->store, lab.taskId, lab.bram.id) == bramOnB);
    // Blind double annotation: neither annotator ever received the other's layer.
    CHECK(layer(*lab.a->store, lab.taskId, lab.bram.id).isEmpty());
    CHECK(layer(*lab.b->store, lab.taskId, lab.anna.id).isEmpty());

    // Nothing is ever half-written or deleted on the share; every PC wrote only its own files.
    for (const QString &file : filesUnder(lab.share)) {
        INFO(file.toStdString());
        CHECK_FALSE(file.endsWith(QLatin1String(".part")));
        if (file.startsWith(QLatin1String("results/")))
            CHECK((file.contains(lab.a->store->deviceId()) || file.contains(lab.b->store->deviceId())));
    }

    // Everything is out, and the lead remembers whose files it took.
    for (Pc *pc : pcs)
        CHECK(pc->store->pendingOpCount() == 0);
    const auto received = lab.lead->store->seenFiles(QStringLiteral("results/") + lab.taskId + QLatin1Char('/') + lab.anna.id);
    REQUIRE_FALSE(received.isEmpty());
    CHECK(received.first().second.outcome == QLatin1String("imported"));
    CHECK(received.first().second.seenAtMs > 0);

    // A sync with nothing new does nothing.
    for (Pc *pc : pcs) {
        const SyncReport again = pc->sync();
        CHECK(again.filesImported == 0);
        CHECK(again.opsApplied == 0);
        CHECK(again.filesWritten == 0);
    }
}

TEST_CASE("A results file that carries someone else's work is refused whole", "[sync][badinput]")
{
    Lab lab;
    lab.a->sync();
    lab.annotate(*lab.a, lab.anna, 1);
    lab.a->sync();
    // Bram's PC forges a file in Anna's folder with an op by Bram.
    lab.b->sync();
    lab.annotate(*lab.b, lab.bram, 2);
    const QList<Op> bramOps = lab.b->store->ownOps(lab.bram.id, 0);
    const QString forged = lab.share + QLatin1Char('/') + SyncEngine::workFolder(PackageKind::Results, lab.taskId, lab.anna.id)
        + QStringLiteral("/forged-000001.zip");
    REQUIRE(writeResultPackage(*lab.b->store, lab.taskId, bramOps, forged, lab.bram).ok());

    const qint64 before = lab.lead->store->opCount();
    SyncEngine engine(*lab.lead->store, lab.share, lab.lead->dir.filePath(QStringLiteral("media")));
    auto report = engine.pull();
    REQUIRE(report.ok());
    CHECK(report->filesRefused == 1);
    REQUIRE(report->problems.size() == 1);
    CHECK(report->problems.first().text().contains(QLatin1String("forged-000001.zip")));
    CHECK(report->problems.first().text().contains(QLatin1String("holds only the work of")));
    CHECK(layer(*lab.lead->store, lab.taskId, lab.bram.id).isEmpty());
    CHECK(layer(*lab.lead->store, lab.taskId, lab.anna.id) == layer(*lab.a->store, lab.taskId, lab.anna.id));
    // Anna's real file was applied; the forged one changed nothing and is not retried.
    CHECK(lab.lead->store->opCount() > before);
    auto again = engine.pull();
    REQUIRE(again.ok());
    CHECK(again->filesRefused == 0);
    CHECK(again->filesImported == 0);
}

TEST_CASE("A new task version merges into existing work", "[sync]")
{
    Lab lab;
    lab.a->sync();
    lab.annotate(*lab.a, lab.anna, 1);
    const QString before = layer(*lab.a->store, lab.taskId, lab.anna.id);

    // The team lead adds a label and publishes version 2.
    Task task = *lab.lead->store->task(lab.taskId);
    QList<LabelSpec> labels = task.schema.labels();
    labels << LabelSpec{QStringLiteral("Graafgang"), QColor(0x8c564b), QStringLiteral("5"), {AnnotationKind::Box}, {}};
    Schema schema = task.schema;
    schema.setLabels(labels);
    REQUIRE(lab.lead->store->record({{lab.lotte.id, QStringLiteral("task"), lab.taskId, {},
                                      {{QStringLiteral("schema"), schema.toJson()}}}}).ok());
    SyncEngine lead(*lab.lead->store, lab.share, lab.lead->dir.filePath(QStringLiteral("media")));
    auto v2 = lead.publishTask(lab.taskId, lab.lotte);
    REQUIRE(v2.ok());
    CHECK(v2->path.endsWith(QLatin1String("task-v2.zip")));

    lab.a->sync();
    const auto updated = lab.a->store->task(lab.taskId);
    REQUIRE(updated);
    CHECK(updated->version == 2);
    CHECK(updated->schema.label(QStringLiteral("Graafgang")) != nullptr);
    CHECK(layer(*lab.a->store, lab.taskId, lab.anna.id) == before);
    lab.lead->sync();
    CHECK(layer(*lab.lead->store, lab.taskId, lab.anna.id) == before);
}

TEST_CASE("A share that vanishes mid-pull or mid-push is a status, and the next sync completes", "[sync][offline]")
{
    Lab lab;
    const QString away = lab.share + QStringLiteral("-away");

    SECTION("mid-pull")
    {
        lab.a->sync();
        lab.annotate(*lab.a, lab.anna, 1);
        lab.a->sync();
        lab.b->sync();
        lab.annotate(*lab.b, lab.bram, 2);
        lab.b->sync();
        SyncEngine engine(*lab.lead->store, lab.share, lab.lead->dir.filePath(QStringLiteral("media")));
        bool pulled = false;
        engine.setProgressCallback([&](const SyncProgress &p) {
            if (p.stage == SyncProgress::Stage::Pulling && p.file.startsWith(QLatin1String("results/"))) {
                if (pulled) // the second file: the share is gone now
                    QDir().rename(lab.share, away);
                pulled = true;
            }
        });
        auto report = engine.pull();
        REQUIRE(report.ok());
        CHECK_FALSE(report->reachable);
        CHECK(report->problems.isEmpty());
        REQUIRE(QDir().rename(away, lab.share));
        lab.lead->sync();
    }
    SECTION("mid-push")
    {
        lab.a->sync();
        lab.annotate(*lab.a, lab.anna, 1);
        SyncEngine engine(*lab.a->store, lab.share, lab.a->dir.filePath(QStringLiteral("media")));
        engine.setProgressCallback([&](const SyncProgress &p) {
            if (p.stage == SyncProgress::Stage::Pushing)
                REQUIRE(QDir().rename(lab.share, away));
        });
        auto report = engine.push();
        REQUIRE(report.ok());
        CHECK_FALSE(report->reachable);
        CHECK(report->filesWritten == 0);
        CHECK_FALSE(QFileInfo::exists(lab.share)); // not recreated on the local disk
        REQUIRE(QDir().rename(away, lab.share));
        const SyncReport retry = lab.a->sync();
        CHECK(retry.filesWritten == 1);
        lab.lead->sync();
    }
    CHECK(layer(*lab.lead->store, lab.taskId, lab.anna.id) == layer(*lab.a->store, lab.taskId, lab.anna.id));
    for (const QString &file : filesUnder(lab.share))
        CHECK_FALSE(file.endsWith(QLatin1String(".part")));
}

TEST_CASE("A share that is not there is a status, not an error", "[sync][offline]")
{
    QTemporaryDir dir;
    auto store = test::openStore(dir.filePath(QStringLiteral("s.sqlite")));
    SyncEngine engine(*store, dir.filePath(QStringLiteral("no-such-share")), dir.filePath(QStringLiteral("media")));
    auto report = engine.sync();
    REQUIRE(report.ok());
    CHECK_FALSE(report->reachable);
    CHECK(report->problems.isEmpty());
    CHECK(store->opCount() == 0);
}

TEST_CASE("Reviews reach the annotator whose work they judge, and no one else's PC", "[sync][review]")
{
    Lab lab;
    const Profile rik = *lab.lead->store->addProfile(QStringLiteral("Rik"), Role::Reviewer);
    lab.a->sync();
    lab.b->sync();
    lab.annotate(*lab.a, lab.anna, 1);
    lab.annotate(*lab.b, lab.bram, 2);
    lab.a->sync();
    lab.b->sync();
    lab.lead->sync();

    // Rik rejects Anna's item with a comment and draws a correction in his own layer.
    const QList<Submission> all = lab.lead->store->submissions(lab.taskId);
    const auto annas = std::find_if(all.begin(), all.end(), [&](const Submission &s) { return s.annotator == lab.anna.id; });
    REQUIRE(annas != all.end());
    const Submission work = *annas;
    REQUIRE(lab.lead->store->setReview({lab.taskId, work.itemId, lab.anna.id, rik.id, Verdict::Rejected,
                                        QStringLiteral("De scheur loopt verder")}, rik.id).ok());
    Annotation correction{QString(), lab.taskId, work.itemId, rik.id, AnnotationKind::Crack, QStringLiteral("Scheur"),
                          test::sampleValue(AnnotationKind::Crack, 9), {}, false};
    REQUIRE(lab.lead->store->addAnnotation(correction).ok());
    const SyncReport pushed = lab.lead->sync();
    CHECK(pushed.filesWritten >= 1);
    bool inReviews = false;
    for (const QString &file : filesUnder(lab.share))
        inReviews = inReviews || file.startsWith(SyncEngine::workFolder(PackageKind::Reviews, lab.taskId, rik.id));
    CHECK(inReviews);

    lab.a->sync();
    lab.b->sync();
    const auto review = lab.a->store->review(work.itemId, lab.anna.id);
    REQUIRE(review);
    CHECK(review->verdict == Verdict::Rejected);
    CHECK(review->comment == QLatin1String("De scheur loopt verder"));
    CHECK(layer(*lab.a->store, lab.taskId, rik.id).isEmpty()); // the correction stays with reviewers
    CHECK_FALSE(lab.b->store->review(work.itemId, lab.anna.id).has_value());
}

TEST_CASE("A failure on this PC is not held against the file: the next sync takes it", "[sync][offline]")
{
    Lab lab;
    // The media folder cannot be made (a file is in the way): a problem of this PC.
    const QString media = lab.a->dir.filePath(QStringLiteral("media"));
    {
        QFile blocker(media);
        REQUIRE(blocker.open(QIODevice::WriteOnly));
    }
    SyncEngine engine(*lab.a->store, lab.share, media);
    auto first = engine.pull();
    REQUIRE(first.ok());
    CHECK(first->filesImported == 0);
    CHECK(first->filesRefused == 0);
    CHECK(first->problems.size() == 1);
    CHECK_FALSE(lab.a->store->task(lab.taskId));

    REQUIRE(QFile::remove(media));
    auto second = engine.pull();
    REQUIRE(second.ok());
    CHECK(second->filesImported == 1);
    CHECK(lab.a->store->task(lab.taskId));
}

TEST_CASE("A results file cannot make its author a team lead", "[sync][badinput]")
{
    Lab lab;
    lab.a->sync();
    lab.annotate(*lab.a, lab.anna, 1);
    const auto promoted = lab.a->store->record({{lab.anna.id, QStringLiteral("profile"), lab.anna.id, {},
                                                 {{QStringLiteral("role"), toId(Role::TeamLead)}}}});
    REQUIRE(promoted.ok());
    lab.a->sync();
    SyncEngine engine(*lab.lead->store, lab.share, lab.lead->dir.filePath(QStringLiteral("media")));
    const auto pulled = engine.pull();
    REQUIRE(pulled.ok());
    CHECK(pulled->filesImported == 1);
    CHECK(pulled->filesRefused == 0);
    CHECK(lab.lead->store->findProfile(lab.anna.id)->role == Role::Annotator);
    CHECK(layer(*lab.lead->store, lab.taskId, lab.anna.id) == layer(*lab.a->store, lab.taskId, lab.anna.id));
    // The op that was left out is named, with the file it came in.
    REQUIRE(pulled->problems.size() == 1);
    const QString problem = pulled->problems.first().text();
    INFO(problem.toStdString());
    CHECK(problem.startsWith(SyncEngine::workFolder(PackageKind::Results, lab.taskId, lab.anna.id)));
    CHECK(problem.contains(promoted->first().id));
    CHECK(problem.contains(toId(Role::TeamLead)));
}

TEST_CASE("A package file that cannot be opened for a moment is taken at the next sync", "[sync][offline]")
{
    Lab lab;
    SECTION("a task package")
    {
        const QString file = onlyFileIn(lab.share, QStringLiteral("tasks/") + lab.taskId);
        const SyncReport locked = pullWhileUnreadable(lab, *lab.a, file);
        CHECK(locked.filesImported == 0);
        CHECK(locked.filesRefused == 0);
        CHECK(locked.filesToRetry == 1);
        REQUIRE(locked.problems.size() == 1);
        CHECK(locked.problems.first().text().contains(file));
        CHECK_FALSE(lab.a->store->task(lab.taskId));
        CHECK_FALSE(lab.a->store->seenFile(SyncEngine::taskPackagePath(lab.taskId, 1)));

        const SyncReport next = lab.a->sync();
        CHECK(next.filesImported == 1);
        CHECK(lab.a->store->queue(lab.taskId, lab.anna.id).size() == 4);
    }
    SECTION("a results package")
    {
        lab.a->sync();
        lab.annotate(*lab.a, lab.anna, 3);
        lab.a->sync();
        const QString file = onlyFileIn(lab.share, SyncEngine::workFolder(PackageKind::Results, lab.taskId, lab.anna.id));
        const SyncReport locked = pullWhileUnreadable(lab, *lab.lead, file);
        CHECK(locked.filesToRetry == 1);
        CHECK(locked.filesRefused == 0);
        CHECK(layer(*lab.lead->store, lab.taskId, lab.anna.id).isEmpty());
        // Listed again at every sync until it is taken; never "nothing new".
        const SyncReport stillLocked = pullWhileUnreadable(lab, *lab.lead, file);
        CHECK(stillLocked.filesToRetry == 1);
        CHECK(stillLocked.problems.size() == 1);

        const SyncReport next = lab.lead->sync();
        CHECK(next.filesImported == 1);
        CHECK(layer(*lab.lead->store, lab.taskId, lab.anna.id) == layer(*lab.a->store, lab.taskId, lab.anna.id));
    }
    SECTION("a reviews package")
    {
        const Profile rik = *lab.lead->store->addProfile(QStringLiteral("Rik"), Role::Reviewer);
        lab.a->sync();
        lab.annotate(*lab.a, lab.anna, 1);
        lab.a->sync();
        lab.lead->sync();
        const QList<Submission> all = lab.lead->store->submissions(lab.taskId);
        REQUIRE(all.size() == 1);
        REQUIRE(lab.lead->store->setReview({lab.taskId, all.first().itemId, lab.anna.id, rik.id, Verdict::Rejected,
                                            QStringLiteral("Kijk nog eens")}, rik.id).ok());
        lab.lead->sync();
        const QString file = onlyFileIn(lab.share, SyncEngine::workFolder(PackageKind::Reviews, lab.taskId, rik.id));
        const SyncReport locked = pullWhileUnreadable(lab, *lab.a, file);
        CHECK(locked.filesToRetry == 1);
        CHECK_FALSE(lab.a->store->review(all.first().itemId, lab.anna.id));

        lab.a->sync();
        const auto review = lab.a->store->review(all.first().itemId, lab.anna.id);
        REQUIRE(review);
        CHECK(review->comment == QLatin1String("Kijk nog eens"));
    }
}

TEST_CASE("A refused file is reported at every sync, and read again by another program version", "[sync][badinput]")
{
    Lab lab;
    lab.a->sync();
    lab.annotate(*lab.a, lab.anna, 1);
    lab.a->sync();
    // A damaged file in Anna's folder: the package itself is at fault.
    const QString folder = SyncEngine::workFolder(PackageKind::Results, lab.taskId, lab.anna.id);
    const QString rel = folder + QStringLiteral("/damaged-000001.zip");
    {
        QFile damaged(lab.share + QLatin1Char('/') + rel);
        REQUIRE(damaged.open(QIODevice::WriteOnly));
        damaged.write("PK\x03\x04 this is no package");
    }
    SyncEngine engine(*lab.lead->store, lab.share, lab.lead->dir.filePath(QStringLiteral("media")));
    const auto first = engine.pull();
    REQUIRE(first.ok());
    CHECK(first->filesImported == 1); // Anna's real file
    CHECK(first->filesRefused == 1);
    REQUIRE(first->problems.size() == 1);
    CHECK(first->problems.first().text().contains(rel));
    REQUIRE(lab.lead->store->seenFile(rel));
    CHECK(lab.lead->store->seenFile(rel)->outcome == QLatin1String("refused"));

    const auto second = engine.pull();
    REQUIRE(second.ok());
    CHECK(second->filesRefused == 0);
    CHECK(second->filesStillRefused == 1);
    REQUIRE(second->problems.size() == 1);
    CHECK(second->problems.first().text().contains(rel));

    // Refused by an older program: the reader of this version looks at it again.
    SeenFile seen = *lab.lead->store->seenFile(rel);
    seen.program = QStringLiteral("0.0.1-older");
    REQUIRE(lab.lead->store->markSeen(rel, seen).ok());
    const auto third = engine.pull();
    REQUIRE(third.ok());
    CHECK(third->filesRefused == 1);
    CHECK(third->filesStillRefused == 0);
    CHECK(lab.lead->store->seenFile(rel)->program != QLatin1String("0.0.1-older"));
}

TEST_CASE("Partial media of a killed import are removed by the next sync, others' are kept", "[sync]")
{
    Lab lab;
    const QString media = lab.a->dir.filePath(QStringLiteral("media"));
    REQUIRE(QDir().mkpath(media));
    const QString sha = QString(64, QLatin1Char('a'));
    auto touch = [&](const QString &name) {
        QFile f(media + QLatin1Char('/') + name);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, 'x'));
        return f.fileName();
    };
    // pid 99999999 is above Linux's pid_max: no process has it.
    const QString dead = touch(QStringLiteral(".%1.png.99999999-k3j2.part").arg(sha));
    const QString older = touch(QStringLiteral(".%1.png.k3j2x9.part").arg(sha)); // an older build's name
    QFile olderFile(older);
    REQUIRE(olderFile.open(QIODevice::ReadWrite));
    REQUIRE(olderFile.setFileTime(QDateTime::currentDateTime().addSecs(-7200), QFileDevice::FileModificationTime));
    olderFile.close();
    const QString recentOlder = touch(QStringLiteral(".%1.png.zz81.part").arg(sha));
    const QString live = touch(QStringLiteral(".%1.png.%2-abc.part").arg(sha).arg(QCoreApplication::applicationPid()));

    lab.a->sync();
    CHECK_FALSE(QFile::exists(dead));
    CHECK_FALSE(QFile::exists(older));
    CHECK(QFile::exists(recentOlder)); // may be an older program's import under way
    CHECK(QFile::exists(live));        // an import of this process under way
    CHECK(lab.a->store->task(lab.taskId));
}

TEST_CASE("Work done before a role change still reaches the share", "[sync]")
{
    Lab lab;
    lab.a->sync();
    lab.annotate(*lab.a, lab.anna, 1); // an annotation and a submission, not pushed yet
    // The team lead makes Anna a reviewer; her PC learns it before it pushes.
    REQUIRE(lab.lead->store->record({{lab.lotte.id, QStringLiteral("profile"), lab.anna.id, {},
                                      {{QStringLiteral("role"), toId(Role::Reviewer)}}}}).ok());
    SyncEngine lead(*lab.lead->store, lab.share, lab.lead->dir.filePath(QStringLiteral("media")));
    REQUIRE(lead.publishTask(lab.taskId, lab.lotte).ok());
    lab.a->sync();
    REQUIRE(lab.a->store->findProfile(lab.anna.id)->role == Role::Reviewer);
    lab.lead->sync();
    // Her submission went to results/, her annotation (now a reviewer's layer) to reviews/.
    CHECK(layer(*lab.lead->store, lab.taskId, lab.anna.id) == layer(*lab.a->store, lab.taskId, lab.anna.id));
    CHECK(lab.a->store->pendingOpCount() == 0);
}

TEST_CASE("Why a file was refused is stored as a code, and shown in Dutch and in English from the same record", "[sync][badinput][i18n]")
{
    Lab lab;
    const QString folder = SyncEngine::workFolder(PackageKind::Results, lab.taskId, lab.anna.id);
    const QString rel = folder + QStringLiteral("/damaged-000001.zip");
    REQUIRE(QDir().mkpath(lab.share + QLatin1Char('/') + folder));
    {
        QFile damaged(lab.share + QLatin1Char('/') + rel);
        REQUIRE(damaged.open(QIODevice::WriteOnly));
        damaged.write("PK\x03\x04 this is no package");
    }
    TranslationLoader translations;
    translations.setLanguage(QStringLiteral("nl")); // the lead's PC runs in Dutch
    SyncEngine engine(*lab.lead->store, lab.share, lab.lead->dir.filePath(QStringLiteral("media")));
    const auto pulled = engine.pull();
    REQUIRE(pulled.ok());
    REQUIRE(pulled->filesRefused == 1);
    const QString shownDutch = pulled->problems.first().text();

    // On disk: the code and its arguments, and English for people who read the file with
    // sqlite3; no Dutch anywhere, so nothing has to parse a translation later.
    const QString storePath = lab.lead->store->path();
    lab.lead->store.reset();
    const auto row = test::querySql(storePath, QStringLiteral("SELECT message, problem FROM sync_seen WHERE path = '%1'").arg(rel));
    REQUIRE(row.size() == 2);
    const QJsonObject problem = QJsonDocument::fromJson(row.at(1).toUtf8()).object();
    REQUIRE_FALSE(problem.isEmpty());
    CHECK_FALSE(row.at(1).contains(shownDutch));
    lab.lead->store = test::openStore(storePath);

    const auto seen = lab.lead->store->seenFile(rel);
    REQUIRE(seen);
    CHECK(seen->problem == Message::fromJson(problem));
    CHECK((seen->problem.isTranslatable() || !seen->problem.arguments().empty()));
    const QString dutch = seen->problem.text();
    CHECK(dutch == shownDutch);
    CHECK(dutch.contains(rel.section(QLatin1Char('/'), -1)));
    translations.setLanguage(QStringLiteral("en"));
    const QString english = seen->problem.text();
    CHECK(english == row.at(0));
    CHECK(english != dutch);
    CHECK(english.contains(rel.section(QLatin1Char('/'), -1)));
    INFO("Dutch: " << dutch.toStdString() << "\nEnglish: " << english.toStdString());
    // The next sync reports it again, worded in the language of that moment.
    const auto again = SyncEngine(*lab.lead->store, lab.share, lab.lead->dir.filePath(QStringLiteral("media"))).pull();
    REQUIRE(again.ok());
    REQUIRE(again->filesStillRefused == 1);
    CHECK(again->problems.first().text().contains(english));
    translations.setLanguage(QStringLiteral("nl"));
    CHECK(again->problems.first().text().contains(dutch));
}

TEST_CASE("A gold mark reaches the team lead's other PC and never an annotator's - nor does the reference layer", "[sync][gold]")
{
    Lab lab;
    lab.a->sync();
    lab.b->sync();
    const QList<Item> annasQueue = lab.a->store->queue(lab.taskId, lab.anna.id);
    REQUIRE_FALSE(annasQueue.isEmpty());
    const Item gold = annasQueue.first();
    lab.annotate(*lab.a, lab.anna, 0);
    lab.annotate(*lab.b, lab.bram, 0);

    // Lotte draws her reference on the item and marks it gold.
    Annotation reference{QString(), lab.taskId, gold.id, lab.lotte.id, AnnotationKind::Crack, QStringLiteral("Scheur"),
                         test::sampleValue(AnnotationKind::Crack, 0), {}, false};
    REQUIRE(lab.lead->store->addAnnotation(reference).ok());
    REQUIRE(lab.lead->store->setGold(gold.id, lab.lotte.id, true).ok());
    lab.lead->sync();
    bool inReviews = false;
    for (const QString &file : filesUnder(lab.share))
        inReviews = inReviews || file.startsWith(SyncEngine::workFolder(PackageKind::Reviews, lab.taskId, lab.lotte.id));
    CHECK(inReviews);

    // The annotators' PCs: the item is in Anna's queue as before, with no mark and no
    // reference layer anywhere in the store.
    for (Pc *pc : {lab.a.get(), lab.b.get()}) {
        pc->sync();
        CHECK(pc->store->goldMarks(lab.taskId, true).isEmpty());
        CHECK(layer(*pc->store, lab.taskId, lab.lotte.id).isEmpty());
        for (const Op &op : pc->store->ops())
            CHECK(op.entity != QLatin1String("gold"));
    }
    CHECK(lab.a->store->queue(lab.taskId, lab.anna.id) == annasQueue);

    // Lotte's laptop knows the task and works there: it reads everything, the gold mark too.
    Pc laptop(QStringLiteral("laptop"), lab.share);
    QList<Op> definition;
    for (const Op &op : lab.lead->store->ops())
        if (op.entity == QLatin1String("profile") || op.entity == QLatin1String("task")
            || op.entity == QLatin1String("item") || op.entity == QLatin1String("assignment"))
            definition << op;
    REQUIRE(laptop.store->merge(definition).ok());
    REQUIRE(laptop.store->addAnnotation({QString(), lab.taskId, annasQueue.last().id, lab.lotte.id, AnnotationKind::Crack,
                                         QStringLiteral("Scheur"), test::sampleValue(AnnotationKind::Crack, 3), {}, false})
                    .ok());
    laptop.sync();
    const QList<GoldMark> marks = laptop.store->goldMarks(lab.taskId);
    REQUIRE(marks.size() == 1);
    CHECK(marks.first().itemId == gold.id);
    CHECK(marks.first().reference == lab.lotte.id);
}

TEST_CASE("A schema change published as the next version keeps the annotators' work and brings "
          "the team lead's relabelling to each annotator's own PC only",
          "[sync][schemachange]")
{
    Lab lab;
    lab.a->sync();
    lab.b->sync();
    lab.annotate(*lab.a, lab.anna, 1);
    lab.annotate(*lab.b, lab.bram, 2);
    lab.a->sync();
    lab.b->sync();
    lab.lead->sync();
    const QString annaBefore = layer(*lab.a->store, lab.taskId, lab.anna.id);
    REQUIRE(layer(*lab.lead->store, lab.taskId, lab.anna.id) == annaBefore);
    REQUIRE(lab.lead->store->taskAnnotations(lab.taskId).size() == 2);

    // The team lead renames Scheur and adds a label, on the lead's PC, and publishes version 2.
    Schema schema = lab.lead->store->task(lab.taskId)->schema;
    QList<LabelSpec> labels = schema.labels();
    for (LabelSpec &label : labels)
        if (label.name == QStringLiteral("Scheur"))
            label.name = QStringLiteral("Scheurlijn");
    labels << LabelSpec{QStringLiteral("Gat"), QColor(0x8c564b), QString(), {AnnotationKind::Box}, {}};
    schema.setLabels(labels);
    const auto plan = planSchemaChange(*lab.lead->store, lab.taskId, schema,
                                       {{QStringLiteral("Scheur"), QStringLiteral("Scheurlijn")}}, {}, lab.lotte.id);
    REQUIRE(plan.ok());
    CHECK(plan->annotationsChanged() == 2);
    REQUIRE(applySchemaChange(*lab.lead->store, *plan).ok());
    // And adds a photo to the task.
    const QString extra = lab.lead->dir.filePath(QStringLiteral("extra"));
    REQUIRE(QDir().mkpath(extra));
    QImage photo(72, 48, QImage::Format_RGB32);
    photo.fill(QColor(20, 90, 160));
    REQUIRE(photo.save(extra + QStringLiteral("/dijk-nieuw.png")));
    const auto scan = scanMediaFolder(extra, FolderScan::Mode::Items);
    REQUIRE(scan.ok());
    const auto more = planAddItems(*lab.lead->store, lab.taskId, scan->draft.items, lab.lotte.id);
    REQUIRE(more.ok());
    REQUIRE(applyAddItems(*lab.lead->store, *more).ok());
    SyncEngine lead(*lab.lead->store, lab.share, lab.lead->dir.filePath(QStringLiteral("media")));
    auto v2 = lead.publishTask(lab.taskId, lab.lotte);
    REQUIRE(v2.ok());
    lab.lead->sync(); // nothing of it is refused anywhere (Pc::sync checks)

    const auto filesOf = [&](const Profile &who) {
        return QDir(QStringLiteral("%1/results/%2/%3").arg(lab.share, lab.taskId, who.id)).entryList(QDir::Files);
    };
    const QStringList annaFiles = filesOf(lab.anna);

    // Anna's PC takes version 2: the new labels, and her work with its new label, nothing else
    // of it changed.
    lab.a->sync();
    const auto updated = lab.a->store->task(lab.taskId);
    REQUIRE(updated);
    CHECK(updated->version == 2);
    CHECK(updated->schema.label(QStringLiteral("Scheurlijn")) != nullptr);
    CHECK(updated->schema.label(QStringLiteral("Gat")) != nullptr);
    // The new item came along, with its media.
    const QList<Item> itemsOnA = lab.a->store->items(lab.taskId);
    REQUIRE(itemsOnA.size() == 5);
    CHECK(itemsOnA.last().id == more->items.first().id);
    CHECK(QFileInfo(resolveMedia(itemsOnA.last(), lab.a->dir.filePath(QStringLiteral("media"))).value()).size() ==
          QFileInfo(extra + QStringLiteral("/dijk-nieuw.png")).size());
    QString annaExpected = annaBefore;
    annaExpected.replace(QStringLiteral(" Scheur "), QStringLiteral(" Scheurlijn "));
    REQUIRE(annaExpected != annaBefore);
    CHECK(layer(*lab.a->store, lab.taskId, lab.anna.id) == annaExpected);
    // Blind double annotation holds: Bram's relabelled work did not come to Anna's PC.
    CHECK(layer(*lab.a->store, lab.taskId, lab.bram.id).isEmpty());
    // The relabel is the lead's op, not Anna's work: her PC does not send it back.
    CHECK(filesOf(lab.anna) == annaFiles);

    // Bram's PC: his annotation relabelled, Anna's not there.
    lab.b->sync();
    const QList<Annotation> onB = lab.b->store->taskAnnotations(lab.taskId);
    REQUIRE(onB.size() == 1);
    CHECK(onB.first().author == lab.bram.id);
    CHECK(onB.first().label == QStringLiteral("Scheurlijn"));

    // Anna edits her crack under its new label (an old label the schema lacks would be refused);
    // the edit reaches the lead with the label the lead gave.
    const Annotation mine = lab.a->store->taskAnnotations(lab.taskId).first();
    REQUIRE(lab.a->store
                    ->updateAnnotation(mine.id,
                                       {{QStringLiteral("value"), test::sampleValue(AnnotationKind::Crack, 7)}},
                                       lab.anna.id)
                    .ok());
    lab.a->sync();
    lab.lead->sync();
    CHECK(layer(*lab.lead->store, lab.taskId, lab.anna.id) == layer(*lab.a->store, lab.taskId, lab.anna.id));
    const auto onLead = lab.lead->store->annotation(mine.id);
    REQUIRE(onLead);
    CHECK(onLead->label == QStringLiteral("Scheurlijn"));
    CHECK(onLead->value == test::sampleValue(AnnotationKind::Crack, 7));
}
