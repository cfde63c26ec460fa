// SPDX-License-Identifier: GPL-3.0-or-later
// Timecode labels against FFmpeg's own expectations (fixtures/ffmpeg-fate: the output of
// libavutil/tests/timecode.c), a full broadcast day at every rate, and millisecond times.
#include "media/timecode.h"

#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

const FrameRate k25{25, 1};
const FrameRate k2997{30000, 1001};
const FrameRate k5994{60000, 1001};
const FrameRate k23976{24000, 1001};

FrameRate rateOf(const QString &text)
{
    const QStringList parts = text.split(QLatin1Char('/'));
    return FrameRate{parts.value(0).toInt(), parts.value(1).toInt()};
}

} // namespace

TEST_CASE("Timecode agrees with FFmpeg's FATE expectations")
{
    QFile file(QStringLiteral(ANNOSTRAAT_FIXTURES "/ffmpeg-fate/tests/ref/fate/timecode"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    // from_components 30000/1001 drop 01:00:00;00: 0 start=107892
    static const QRegularExpression fromComponents(
            QStringLiteral("^from_components (\\S+)(?: drop)? (\\S+): 0 start=(-?\\d+)$"));
    // from_string 30/1 00:01:02:03: 0 drop=0 start=1863 (or without start, or "error")
    static const QRegularExpression fromString(
            QStringLiteral("^from_string (\\S+) (\\S+): (?:0 drop=(\\d)(?: start=(\\d+))?|error)$"));
    // make_string 25/1 35: 00:00:01:10 ; make_string 30000/1001 drop 0: 00:00:00;00
    // make_string 25/1 24hwrap 2250000: 01:00:00:00 ; … negative start -100 frame 0: -00:00:04:00
    static const QRegularExpression makeString(QStringLiteral(
            "^make_string (\\S+)( drop)?(?: 24hwrap)?(?: negative start (-?\\d+) frame)? (\\d+): (\\S+)$"));
    // smpte_from_framenum 25/1 91530: 01:01:01:05
    static const QRegularExpression fromFrameNumber(
            QStringLiteral("^smpte_from_framenum (\\S+) (\\d+): (\\S+)$"));
    int checked = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        INFO(line.toStdString());
        if (auto m = fromComponents.match(line); m.hasMatch()) {
            const auto frame = Timecode::startFrameOf(m.captured(2), rateOf(m.captured(1)));
            REQUIRE(frame);
            CHECK(*frame == m.captured(3).toLongLong());
            ++checked;
        } else if (auto m = fromString.match(line); m.hasMatch()) {
            const auto frame = Timecode::startFrameOf(m.captured(2), rateOf(m.captured(1)));
            if (line.endsWith(QLatin1String("error"))) {
                CHECK_FALSE(frame);
            } else {
                REQUIRE(frame);
                CHECK(Timecode::isDropFrameLabel(m.captured(2)) == (m.captured(3) == QLatin1String("1")));
                if (!m.captured(4).isEmpty())
                    CHECK(*frame == m.captured(4).toLongLong());
            }
            ++checked;
        } else if (auto m = makeString.match(line); m.hasMatch()) {
            const qint64 start = m.captured(3).isEmpty() ? 0 : m.captured(3).toLongLong();
            CHECK(Timecode::label(m.captured(4).toLongLong(), rateOf(m.captured(1)), !m.captured(2).isEmpty(), start)
                  == m.captured(5));
            ++checked;
        } else if (auto m = fromFrameNumber.match(line); m.hasMatch()) {
            CHECK(Timecode::label(m.captured(2).toLongLong(), rateOf(m.captured(1)), false) == m.captured(3));
            ++checked;
        }
    }
    // 4 from_components, 4 from_string, 6 make_string, 1 smpte_from_framenum.
    CHECK(checked == 15);
}

TEST_CASE("Every frame of a broadcast day round-trips through its label")
{
    for (const auto &[rate, drop] : {std::pair{k2997, true}, std::pair{k5994, true},
                                     std::pair{k2997, false}, std::pair{k25, false}, std::pair{k23976, false}}) {
        INFO(rate.toString().toStdString() << (drop ? " drop-frame" : ""));
        // A drop-frame day ends where the clock does: 23:59:59;29 is its last frame.
        const qint64 perDay = drop ? 144 * (rate.nominal() * 600 - 9 * (rate.nominal() / 15))
                                   : qint64(86400) * rate.nominal();
        QString previous;
        qint64 failures = 0;
        for (qint64 frame = 0; frame < perDay; ++frame) {
            const QString label = Timecode::label(frame, rate, drop);
            const auto back = Timecode::parse(label, rate);
            if (!back || *back != frame || label <= previous)
                ++failures;
            previous = label;
        }
        CHECK(failures == 0);
        CHECK(Timecode::label(perDay - 1, rate, drop)
              == QStringLiteral("23:59:59%1%2").arg(drop ? QLatin1Char(';') : QLatin1Char(':')).arg(rate.nominal() - 1));
        CHECK(Timecode::label(perDay, rate, drop) == (drop ? QStringLiteral("00:00:00;00") : QStringLiteral("00:00:00:00")));
    }
}

TEST_CASE("Drop-frame labels skip the first frame numbers of a minute, except every tenth")
{
    CHECK(Timecode::label(1799, k2997, true) == QStringLiteral("00:00:59;29"));
    CHECK(Timecode::label(1800, k2997, true) == QStringLiteral("00:01:00;02"));
    CHECK(Timecode::label(17982, k2997, true) == QStringLiteral("00:10:00;00"));
    CHECK(Timecode::label(3599, k5994, true) == QStringLiteral("00:00:59;59"));
    CHECK(Timecode::label(3600, k5994, true) == QStringLiteral("00:01:00;04"));
    // A start timecode crossing a minute: the video's frame 2 is 00:01:00;02.
    const auto start = Timecode::startFrameOf(QStringLiteral("00:00:59;28"), k2997);
    REQUIRE(start);
    CHECK(Timecode::label(2, k2997, true, *start) == QStringLiteral("00:01:00;02"));
    CHECK(Timecode::parse(QStringLiteral("00:01:00;02"), k2997, *start).value() == 2);

    // Labels that drop-frame leaves out do not exist.
    for (const char *missing : {"00:01:00;00", "00:01:00;01", "01:59:00;01"}) {
        const auto r = Timecode::parse(QString::fromLatin1(missing), k2997);
        REQUIRE_FALSE(r);
        CHECK(r.error().message().contains(QString::fromLatin1(missing)));
        CHECK(r.error().message().contains(QStringLiteral("skipped")));
    }
    CHECK_FALSE(Timecode::parse(QStringLiteral("00:02:00;03"), k5994));
    CHECK(Timecode::parse(QStringLiteral("00:10:00;00"), k2997).value() == 17982);
    // Drop-frame exists only at 29.97 and 59.94.
    const auto at25 = Timecode::parse(QStringLiteral("00:00:10;00"), k25);
    REQUIRE_FALSE(at25);
    CHECK(at25.error().message().contains(QStringLiteral("drop-frame")));
    // A non-drop label at 29.97 counts 30 frames a second.
    CHECK(Timecode::parse(QStringLiteral("01:00:00:00"), k2997).value() == 108000);
    CHECK(Timecode::label(108000, k2997, false) == QStringLiteral("01:00:00:00"));
}

TEST_CASE("Timecode refuses what is not a label and labels before the start")
{
    for (const char *bad : {"", "12:00", "ab:cd:ef:gh", "00:60:00:00", "24:00:00:00", "00:00:00:25", "00:00:00:00:00"}) {
        INFO(bad);
        CHECK_FALSE(Timecode::parse(QString::fromLatin1(bad), k25));
    }
    CHECK(Timecode::parse(QStringLiteral(" 1:2:3:4 "), k25).value() == (3600 + 120 + 3) * 25 + 4);
    const auto before = Timecode::parse(QStringLiteral("09:59:59:24"), k25, 10 * 3600 * 25);
    REQUIRE_FALSE(before);
    CHECK(before.error().message().contains(QStringLiteral("10:00:00:00")));
    CHECK_FALSE(Timecode::parse(QStringLiteral("00:00:01:00"), FrameRate{}));
}

TEST_CASE("Milliseconds and frames round-trip at every rate")
{
    for (const FrameRate rate : {k2997, k5994, k25, k23976, FrameRate{24, 1}, FrameRate{50, 1}}) {
        INFO(rate.toString().toStdString());
        qint64 failures = 0;
        for (qint64 frame = 0; frame < 3600 * 60; ++frame) {
            const qint64 ms = Timecode::frameToMs(frame, rate);
            if (Timecode::msToFrame(ms, rate) != frame || Timecode::msToFrame(ms - 1, rate) != frame - 1)
                ++failures;
        }
        CHECK(failures == 0);
    }
    // The frame on screen at a time: frame 30 of 29.97 starts at 1001 ms.
    CHECK(Timecode::msToFrame(1000, k2997) == 29);
    CHECK(Timecode::msToFrame(1001, k2997) == 30);
    CHECK(Timecode::frameToMs(30, k2997) == 1001);
    CHECK(Timecode::frameToMs(25, k25) == 1000);
    CHECK(k2997.isDropFrameRate());
    CHECK(FrameRate{2997, 100}.isDropFrameRate());
    CHECK_FALSE(k25.isDropFrameRate());
    CHECK(k2997.toString() == QStringLiteral("29.97"));
    CHECK(k23976.toString() == QStringLiteral("23.976"));
    CHECK(k25.toString() == QStringLiteral("25"));
}
