// SPDX-License-Identifier: GPL-3.0-or-later
// ELAN EAF 3.0 (issue 10, point 8): speach's test.eaf read as speach's own test.eaf.tsv lists
// it (23 time-aligned annotations; the 20 reference annotations skipped and counted); export →
// import gives the same frames at 29.97; every export valid against MPI's EAFv3.0.xsd
// (xmllint); truncated XML and bad slots refused with the file and line, the store unchanged.

#include "formats/eaf.h"
#include "imagetestutil.h"
#include "videolab.h"

#include <QProcess>
#include <QSet>
#include <QStandardPaths>

#include <catch2/catch.hpp>

using namespace annostraat;
using namespace annostraat::test;

namespace {

QString str(const char *text)
{
    return QString::fromUtf8(text);
}

QString speach()
{
    return fixture(str("speach-elan/test/data/test.eaf"));
}

/// The rows of speach's TSV: every field unquoted ("" inside a field is one quote).
QList<QStringList> tsvRows(const QString &path)
{
    QList<QStringList> rows;
    for (const QString &line : QString::fromUtf8(readAll(path)).split(QLatin1Char('\n'))) {
        if (line.trimmed().isEmpty())
            continue;
        QStringList fields;
        for (QString f : line.split(QLatin1Char('\t'))) {
            if (f.startsWith(QLatin1Char('"')) && f.endsWith(QLatin1Char('"')) && f.size() >= 2)
                f = f.mid(1, f.size() - 2);
            fields << f.replace(str("\"\""), str("\""));
        }
        rows << fields;
    }
    return rows;
}

/// xmllint's verdict on \a path against MPI's schema: empty when valid, else its output.
QString schemaProblems(const QString &path)
{
    const QString xmllint = QStandardPaths::findExecutable(str("xmllint"));
    REQUIRE_FALSE(xmllint.isEmpty()); // packaging/install-deps.sh: libxml2-utils (tests only)
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(xmllint,
            {str("--noout"), str("--schema"), fixture(str("pympi/test/EAFv3.0.xsd")), path});
    REQUIRE(p.waitForFinished(60000));
    const QString output = QString::fromUtf8(p.readAll());
    return p.exitCode() == 0 ? QString() : output;
}

} // namespace

TEST_CASE("eaf: speach's test.eaf reads as speach's own TSV lists it", "[formats][video]")
{
    auto eaf = parseEaf(readAll(speach()), speach());
    INFO((eaf.ok() ? QString() : eaf.error().message()).toStdString());
    REQUIRE(eaf.ok());
    CHECK(eaf->tiers.size() == 5);
    int aligned = 0;
    int refs = 0;
    QStringList ours;
    for (const EafTier &t : eaf->tiers) {
        refs += t.refAnnotations;
        for (const EafAnnotation &a : t.annotations) {
            ++aligned;
            ours << QStringList{t.id,
                                t.participant,
                                QString::number(a.startMs / 1000.0, 'f', 3),
                                QString::number(a.endMs / 1000.0, 'f', 3),
                                QString::number((a.endMs - a.startMs) / 1000.0, 'f', 3),
                                a.value}
                            .join(QLatin1Char('\t'));
        }
    }
    CHECK(aligned == 23);
    CHECK(refs == 20);
    CHECK(eaf->mediaUrl == str("file:///home/tuananh/Documents/ELAN/test.wav"));
    // speach's TSV lists the reference annotations too (with their parent's times and their
    // vocabulary's value): those of the two reference tiers are the 20 we skip.
    QStringList theirs;
    int theirRefs = 0;
    for (const QStringList &row : tsvRows(speach() + str(".tsv"))) {
        REQUIRE(row.size() == 6);
        if (row.at(0) == str("Person1 (ChunkLanguage)") || row.at(0) == str("Person1 (Language)"))
            ++theirRefs;
        else
            theirs << row.join(QLatin1Char('\t'));
    }
    CHECK(theirRefs == 20);
    std::sort(ours.begin(), ours.end());
    std::sort(theirs.begin(), theirs.end());
    CHECK(ours.join(QLatin1Char('\n')).toStdString() ==
          theirs.join(QLatin1Char('\n')).toStdString());
}

TEST_CASE("eaf: speach's test.eaf imports, tiers' people as layers, references counted",
          "[formats][video]")
{
    auto eaf = parseEaf(readAll(speach()), speach());
    REQUIRE(eaf.ok());
    QStringList labels;
    for (const EafTier &t : eaf->tiers)
        for (const EafAnnotation &a : t.annotations)
            if (!labels.contains(a.value.trimmed()))
                labels << a.value.trimmed();
    VideoLab lab({{str("conversation.mp4"), 25, 1, {}}}, labels);
    auto imported = importFromFile(videoFormat("eaf"), *lab.store, speach(),
                                   ImportOptions{lab.task.id, lab.lead});
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->counts.value(str("annotation")) == 23);
    CHECK(imported->counts.value(str("eaf-reference-skipped")) == 20);
    CHECK(imported->counts.value(str("profile")) == 2); // P001 and the tier "marker"
    const QStringList lines = markLines(*lab.store, lab.task.id);
    // a1: 1040–2330 ms at 25 fps: frames 26 to 58 (2330 ms shows frame 58).
    CHECK(lines.contains(str("conversation.mp4 segment How do you read this? 26 58 P001 {}")));
    CHECK(lines.contains(str("conversation.mp4 segment convo start 20 130 marker {}")));
}

TEST_CASE("eaf: export then import gives the same frames at 29.97, valid against EAFv3.0.xsd",
          "[formats][video][roundtrip]")
{
    const QList<VideoLab::Video> videos{{str("ep1.mp4"), 30000, 1001, str("00:59:59;00")}};
    VideoLab lab(videos);
    auto b = lab.store->addProfile(str("Bram de Vries"), Role::Annotator);
    REQUIRE(b.ok());
    const QList<std::pair<qint64, qint64>> frames{{0, 1},           {1, 2},       {2, 3},
                                                  {29, 31},         {1798, 1800}, {17981, 17983},
                                                  {107891, 107893}, {3, 107892}};
    const QStringList labels{str("recap"), str("opening"), str("main"), str("credits")};
    int n = 0;
    for (const auto &[start, end] : frames)
        lab.add(0, labels.at(n++ % labels.size()), start, end);
    lab.add(0, str("recap"), 5, 60, b->id);
    lab.add(0, str("music"), 40, 80, b->id, {{str("note"), str("<Bach> & \"Air\"")}});
    lab.add(0, str("ad-break"), 500, -1);
    const QString out = lab.path(str("ep1.eaf"));
    auto written =
            exportToFile(videoFormat("eaf"), *lab.store, lab.task.id, out, ExistingFile::Refuse);
    INFO((written.ok() ? QString() : written.error().message()).toStdString());
    REQUIRE(written.ok());
    CHECK(written->counts.value(str("annotation")) == 10);
    CHECK(written->counts.value(str("marker-not-in-format")) == 1);
    CHECK(written->counts.value(str("attribute-skipped")) == 1);
    CHECK(schemaProblems(out).toStdString() == std::string());
    const QString text = QString::fromUtf8(readAll(out));
    CHECK(text.contains(str("TIER_ID=\"recap (Bram de Vries)\"")));
    CHECK(text.contains(str("RELATIVE_MEDIA_URL=\"./ep1.mp4\"")));

    QStringList expected = markLines(*lab.store, lab.task.id);
    expected.removeIf([](const QString &l) { return l.contains(str(" marker ")); });
    for (QString &l : expected)
        l.replace(str(R"({"note":"<Bach> & \"Air\""})"), str("{}"));
    VideoLab copy(videos);
    auto imported = importFromFile(videoFormat("eaf"), *copy.store, out,
                                   ImportOptions{copy.task.id, copy.lead});
    INFO((imported.ok() ? QString() : imported.error().message()).toStdString());
    REQUIRE(imported.ok());
    CHECK(imported->counts.value(str("profile")) == 1); // Bram, by name
    CHECK(markLines(*copy.store, copy.task.id) == expected);

    // Two videos: a ZIP of two EAF files, each valid.
    VideoLab two({{str("a.mp4"), 25, 1, {}}, {str("b.mov"), 24000, 1001, {}}});
    two.add(0, str("recap"), 0, 25);
    two.add(1, str("main"), 1, 2);
    const QString zip = two.path(str("both.zip"));
    REQUIRE(exportToFile(videoFormat("eaf"), *two.store, two.task.id, zip, ExistingFile::Refuse)
                    .ok());
    const QMap<QString, QByteArray> entries = readZip(zip);
    REQUIRE(entries.keys() == QStringList{str("a.eaf"), str("b.eaf")});
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        const QString path = two.path(it.key());
        writeAll(path, it.value());
        INFO(it.key().toStdString());
        CHECK(schemaProblems(path).toStdString() == std::string());
    }
}

TEST_CASE("eaf: bad input refused whole, naming the file and line", "[formats][video][errors]")
{
    VideoLab lab({{str("conversation.mp4"), 25, 1, {}}}, {str("How do you read this?")});
    const ImportOptions into{lab.task.id, lab.lead};
    const QByteArray whole = readAll(speach());
    // Cut short in the middle of the tiers.
    const QString cut = lab.path(str("cut.eaf"));
    writeAll(cut, whole.left(whole.indexOf("</TIER>")));
    CHECK(refusedVideo(videoFormat("eaf"), *lab.store, cut, cut, 0, into)
                  .contains(str("not well-formed")));
    // Not ELAN at all.
    const QString other = lab.path(str("other.eaf"));
    writeAll(other, "<?xml version=\"1.0\"?>\n<annotations/>\n");
    CHECK(refusedVideo(videoFormat("eaf"), *lab.store, other, other, 2, into)
                  .contains(str("not an ELAN file")));
    // An annotation whose time slot is missing: the line its start tag ends on (its slots).
    const QString slot = lab.path(str("slot.eaf"));
    QByteArray noSlot = whole;
    noSlot.replace("TIME_SLOT_REF1=\"ts2\"", "TIME_SLOT_REF1=\"ts99\"");
    writeAll(slot, noSlot);
    CHECK(refusedVideo(videoFormat("eaf"), *lab.store, slot, slot, 63, into).contains(str("ts99")));
    // A reversed annotation (end before start): its line.
    const QString reversed = lab.path(str("reversed.eaf"));
    QByteArray back = whole;
    back.replace("TIME_SLOT_REF1=\"ts2\" TIME_SLOT_REF2=\"ts4\"",
                 "TIME_SLOT_REF1=\"ts4\" TIME_SLOT_REF2=\"ts2\"");
    back.replace("TIME_SLOT_REF1=\"ts2\"\n                TIME_SLOT_REF2=\"ts4\"",
                 "TIME_SLOT_REF1=\"ts4\"\n                TIME_SLOT_REF2=\"ts2\"");
    writeAll(reversed, back);
    CHECK(refusedVideo(videoFormat("eaf"), *lab.store, reversed, reversed, 63, into)
                  .contains(str("reversed")));
    // The file's other values are no labels of this task: refused at the first such line.
    CHECK(refusedVideo(videoFormat("eaf"), *lab.store, speach(), speach(), 0, into)
                  .contains(str("label")));
}
