// SPDX-License-Identifier: GPL-3.0-or-later
// Text span formats benchmark: prints timed numbers, asserts nothing about speed.
//
//   bench_textformats [COUNT]   COUNT generated texts (default 1000, also
//                               ANNOSTRAAT_BENCH_TEXTS). ANNOSTRAAT_BENCH_DIR: where the stores go.
//
// The input: Dutch CVs of about 2.5 KB each, about 20 spans each (names, places,
// organisations, skills, diplomas, dates), with accented letters (é, ë, ü, ö), emoji outside
// the Basic Multilingual Plane and a ZWJ sequence now and then, made from a fixed seed so that
// two runs on different machines read the same texts. For each format: the export of the whole
// task to a file, then the import of that file into a fresh store as a new task (which writes
// the texts as files too), each with its wall time and the peak resident memory during that
// step (VmHWM, reset before the import through /proc/self/clear_refs), each format in a
// process of its own (this program with --child), so one's memory does not hide another's.

#include "benchutil.h"
#include "benchzip.h"
#include "formats/registry.h"
#include "model/codepointtext.h"
#include "model/entities.h"
#include "model/kinds/spankind.h"
#include "store/op.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>

#include <zip.h>

#include <cstdio>
#include <random>

using namespace annostraat;

namespace {

using bench::check;
using bench::die;

/// Peak resident memory of this process in MB (VmHWM), or -1.
double peakMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

/// Resident memory of this process now in MB (VmRSS), or -1.
double rssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
}

/// Lets the peak start again from the memory in use now (Linux 4.0 and later).
bool resetPeak()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

struct Generated
{
    QString text;
    QList<std::tuple<qint64, qint64, QString>> spans; ///< code points
};

Generated makeCv(std::mt19937 &rng)
{
    const auto pick = [&](const QStringList &list) {
        return list.at(int(std::uniform_int_distribution<qsizetype>(0, list.size() - 1)(rng)));
    };
    static const QStringList first{QStringLiteral("Anouk"),    QStringLiteral("Sébastien"),
                                   QStringLiteral("Noë"),      QStringLiteral("Jürgen"),
                                   QStringLiteral("Zoë"),      QStringLiteral("Ömer"),
                                   QStringLiteral("Daniëlle"), QStringLiteral("Rik")};
    static const QStringList last{QStringLiteral("de Wit"),   QStringLiteral("Jansen"),
                                  QStringLiteral("van Dijk"), QStringLiteral("Brüggen"),
                                  QStringLiteral("Çelik"),    QStringLiteral("Hoëvenaars")};
    static const QStringList places{
            QStringLiteral("Zwolle"),           QStringLiteral("Den Haag"),
            QStringLiteral("Leeuwarden"),       QStringLiteral("Maastricht"),
            QStringLiteral("Groot-Brittannië"), QStringLiteral("België")};
    static const QStringList orgs{QStringLiteral("Rijkswaterstaat"),
                                  QStringLiteral("Waterschap Drents Overijsselse Delta"),
                                  QStringLiteral("Café de Zwaan"), QStringLiteral("NPO"),
                                  QStringLiteral("Gemeente Zoetermeer")};
    static const QStringList skills{QStringLiteral("Python"),
                                    QStringLiteral("projectleiding"),
                                    QStringLiteral("coördinatie"),
                                    QStringLiteral("Excel"),
                                    QStringLiteral("Engels (vloeiend)"),
                                    QStringLiteral("SQL")};
    static const QStringList diplomas{
            QStringLiteral("hbo-diploma Bedrijfskunde"), QStringLiteral("mbo-4 Logistiek"),
            QStringLiteral("VCA-certificaat"), QStringLiteral("master Civiele Techniek")};
    static const QStringList fillers{
            QStringLiteral("Hierbij werkte ik nauw samen met collega's uit verschillende "
                           "afdelingen en zorgde ik voor een goede overdracht."),
            QStringLiteral("Mijn taken waren het plannen van het werk, het bijhouden van de "
                           "voortgang en het rapporteren aan de leidinggevende."),
            QStringLiteral("Ik ben nauwkeurig, werk graag in een team en houd van een "
                           "duidelijke structuur 😀."),
            QStringLiteral("In mijn vrije tijd fiets ik veel en help ik bij de voedselbank "
                           "👨‍👩‍👧."),
            QStringLiteral("Daarnaast volgde ik een cursus over privacy en de AVG, met een "
                           "eindopdracht over bewaartermijnen.")};
    Generated g;
    QList<std::tuple<qsizetype, qsizetype, QString>> utf16;
    const auto entity = [&](const QString &words, const QString &label) {
        utf16.append({g.text.size(), g.text.size() + words.size(), label});
        g.text += words;
    };
    g.text += QStringLiteral("Curriculum vitae van ");
    entity(pick(first) + QLatin1Char(' ') + pick(last), QStringLiteral("Naam"));
    g.text += QStringLiteral(", wonend in ");
    entity(pick(places), QStringLiteral("Lokatie"));
    g.text += QStringLiteral(".\n\n");
    int year = 1998 + int(rng() % 10);
    while (g.text.size() < 2400) {
        switch (rng() % 8) {
        case 0:
            g.text += QStringLiteral("Van ");
            entity(QString::number(year), QStringLiteral("Datum"));
            g.text += QStringLiteral(" tot ");
            entity(QString::number(year += 1 + int(rng() % 3)), QStringLiteral("Datum"));
            g.text += QStringLiteral(" werkte ik als medewerker bij ");
            entity(pick(orgs), QStringLiteral("Organisatie"));
            g.text += QStringLiteral(" in ");
            entity(pick(places), QStringLiteral("Lokatie"));
            g.text += QStringLiteral(". ");
            break;
        case 1:
            g.text += QStringLiteral("Ik behaalde het ");
            entity(pick(diplomas), QStringLiteral("Diploma"));
            g.text += QStringLiteral(" en ben ervaren in ");
            entity(pick(skills), QStringLiteral("Vaardigheid"));
            g.text += QStringLiteral(". ");
            break;
        default:
            g.text += pick(fillers) + QLatin1Char(' ');
            break;
        }
        if (rng() % 5 == 0)
            g.text += QLatin1Char('\n');
    }
    const CodePointText cp(g.text);
    for (const auto &[s, e, label] : utf16)
        g.spans.append({cp.toCodePoint(s), cp.toCodePoint(e), label});
    return g;
}

/// One format's export and import of the task \a taskId in the store at \a storePath, in a
/// process of its own (--child), so that its peak memory is its own; prints its line.
int runFormat(const QString &storePath, const QString &taskId, const char *id, const QDir &dir)
{
    auto opened = check(Store::open(storePath), "open");
    Store *store = opened.get();
    const auto found = store->task(taskId);
    if (!found)
        die(QStringLiteral("no task %1").arg(taskId));
    const Task task = *found;
    const Format *format = FormatRegistry::builtin().find(QLatin1String(id));
    if (!format)
        die(QStringLiteral("no format %1").arg(QLatin1String(id)));
    const QString out =
            dir.filePath(QStringLiteral("out-%1.%2").arg(QLatin1String(id), format->extension));
    resetPeak();
    const double exportBefore = rssMb();
    QElapsedTimer timer;
    timer.start();
    (void)check(exportToFile(*format, *store, task.id, out), "export");
    const double exportSeconds = timer.nsecsElapsed() / 1e9;
    const double exportPeak = peakMb();

    // brat is a ZIP archive of pairs; its import reads the folder of pairs.
    QString input = out;
    if (QLatin1String(id) == QLatin1String("brat")) {
        const QString folder = dir.filePath(QStringLiteral("brat"));
        QDir().mkpath(folder);
        bench::unzip(out, folder);
        input = QDir(folder).filePath(QDir(folder).entryList({QStringLiteral("*.ann")}).first());
    }
    const QString freshDir = dir.filePath(QStringLiteral("import-%1").arg(QLatin1String(id)));
    QDir().mkpath(freshDir);
    auto fresh = check(Store::open(freshDir + QStringLiteral("/store.sqlite")), "open");
    resetPeak();
    const double importBefore = rssMb();
    timer.restart();
    const ImportSummary s =
            check(importFromFile(*format, *fresh, input, {{}, QStringLiteral("bench")}), "import");
    const double importSeconds = timer.nsecsElapsed() / 1e9;
    const double importPeak = peakMb();
    std::printf("%-17s %8.2f %9.2f %9.0f MB %9.0f MB %9.2f %9.0f MB %9.0f MB %7d\n", id,
                double(QFileInfo(out).size()) / (1 << 20), exportSeconds, exportPeak, exportBefore,
                importSeconds, importPeak, importBefore,
                s.counts.value(QStringLiteral("annotation")));
    std::fflush(stdout);
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 6 && QLatin1String(argv[1]) == QLatin1String("--child"))
        return runFormat(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]), argv[4],
                         QDir(QString::fromLocal8Bit(argv[5])));
    int count = qEnvironmentVariableIntValue("ANNOSTRAAT_BENCH_TEXTS");
    if (argc > 1)
        count = QString::fromLocal8Bit(argv[1]).toInt();
    if (count <= 0)
        count = 1000;
    const QString base = qEnvironmentVariable("ANNOSTRAAT_BENCH_DIR");
    QTemporaryDir dir(base.isEmpty() ? QDir::tempPath() + QStringLiteral("/bench-text-XXXXXX")
                                     : base + QStringLiteral("/bench-text-XXXXXX"));
    if (!dir.isValid())
        die(QStringLiteral("cannot make a temporary folder"));

    // ---- the task: COUNT CVs as files, their spans in one transaction
    auto store = check(Store::open(dir.filePath(QStringLiteral("source.sqlite"))), "open");
    const Profile lead =
            check(store->addProfile(QStringLiteral("lead"), Role::TeamLead), "profile");
    QJsonArray labels;
    for (const char *l : {"Naam", "Lokatie", "Organisatie", "Vaardigheid", "Diploma", "Datum"})
        labels << QJsonObject{{QStringLiteral("name"), QLatin1String(l)},
                              {QStringLiteral("colour"), QStringLiteral("#1f77b4")},
                              {QStringLiteral("kinds"), QJsonArray{QStringLiteral("span")}}};
    Task task;
    task.name = QStringLiteral("CVs");
    task.mediaKind = MediaKind::Text;
    task.schema = check(
            Schema::fromJsonObject(QJsonObject{{QStringLiteral("format"), Schema::kFormatVersion},
                                               {QStringLiteral("labels"), labels}},
                                   QStringLiteral("bench")),
            "schema");
    std::mt19937 rng(20261130);
    QList<Item> items;
    QList<Generated> cvs;
    qint64 bytes = 0, spanCount = 0;
    QDir().mkpath(dir.filePath(QStringLiteral("cvs")));
    for (int i = 0; i < count; ++i) {
        Generated g = makeCv(rng);
        const QByteArray utf8 = g.text.toUtf8();
        const QString path =
                dir.filePath(QStringLiteral("cvs/cv-%1.txt").arg(i, 5, 10, QLatin1Char('0')));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(utf8) != utf8.size())
            die(QStringLiteral("%1: cannot write").arg(path));
        Item item;
        item.kind = MediaKind::Text;
        item.mediaPath = path;
        item.size = utf8.size();
        item.order = i;
        item.sha256 = QString::fromLatin1(
                QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
        items << item;
        bytes += utf8.size();
        spanCount += g.spans.size();
        cvs << std::move(g);
    }
    task = check(store->createTask(task, items, lead.id), "task");
    items = store->items(task.id);
    QList<Change> changes;
    for (int i = 0; i < count; ++i) {
        const CodePointText cp(cvs.at(i).text);
        for (const auto &[s, e, label] : cvs.at(i).spans) {
            Annotation a;
            a.id = newId();
            a.taskId = task.id;
            a.itemId = items.at(i).id;
            a.author = lead.id;
            a.kind = AnnotationKind::Span;
            a.label = label;
            a.value = SpanKind::makeValue(cp, s, e);
            Change c = Store::annotationChange(a);
            c.author = lead.id;
            changes << c;
        }
    }
    (void)check(store->record(changes), "spans");
    cvs.clear();
    changes.clear();

    std::printf("input: %d generated Dutch CVs, %.1f KB each on average (%.1f MB), %lld spans "
                "(%.1f per text), accents, emoji and ZWJ sequences; seed 20261130\n",
                count, double(bytes) / count / 1024.0, double(bytes) / (1 << 20),
                static_cast<long long>(spanCount), double(spanCount) / count);
    if (!resetPeak())
        std::printf(
                "(peak memory includes the export's: /proc/self/clear_refs cannot be written)\n");
    std::printf("each format in a process of its own; peak: its highest resident memory during "
                "the step; before: its resident memory when the step began\n");
    std::printf("%-17s %8s %9s %12s %12s %9s %12s %12s %7s\n", "format", "file MB", "export s",
                "export peak", "(before)", "import s", "import peak", "(before)", "spans");
    std::fflush(stdout);
    const QString storePath = store->path();
    store.reset();
    const QString program = QCoreApplication::applicationFilePath();
    for (const char *id : {"conll", "doccano", "labelstudio-text", "brat"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(program,
                    {QStringLiteral("--child"), storePath, task.id, QLatin1String(id), dir.path()});
        if (!child.waitForFinished(3600 * 1000) || child.exitCode() != 0)
            die(QStringLiteral("%1 failed").arg(QLatin1String(id)));
    }
    return 0;
}
