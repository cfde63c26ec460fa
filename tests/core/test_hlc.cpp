// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/hlc.h"

#include <QList>

#include <catch2/catch.hpp>

using namespace annostraat;

TEST_CASE("HLC text form round-trips and sorts like the clock", "[hlc]")
{
    const Hlc a(1700000000000, 5, QStringLiteral("dev-a"));
    const auto parsed = Hlc::parse(a.toString());
    REQUIRE(parsed.has_value());
    CHECK(*parsed == a);

    const QList<Hlc> ordered{Hlc(999, 0, QStringLiteral("z")), Hlc(1000, 0, QStringLiteral("a")),
                             Hlc(1000, 1, QStringLiteral("a")), Hlc(1000, 1, QStringLiteral("b")),
                             Hlc(1700000000000, 0, QStringLiteral("a"))};
    for (qsizetype i = 1; i < ordered.size(); ++i) {
        CHECK(ordered[i - 1] < ordered[i]);
        CHECK(ordered[i - 1].toString() < ordered[i].toString());
    }
    CHECK_FALSE(Hlc::parse(u"garbage").has_value());
    CHECK_FALSE(Hlc::parse(u"000000000001000.000000.").has_value());
}

TEST_CASE("HLC never goes backwards, even when the wall clock does", "[hlc]")
{
    qint64 now = 5000;
    HlcClock clock(QStringLiteral("dev"), [&] { return now; });
    const Hlc t1 = clock.tick();
    const Hlc t2 = clock.tick(); // same millisecond
    CHECK(t1 < t2);
    CHECK(t2.counter() == 1);
    now = 4000; // the PC's clock was set back
    const Hlc t3 = clock.tick();
    CHECK(t2 < t3);
    now = 6000;
    const Hlc t4 = clock.tick();
    CHECK(t4.wallMs() == 6000);
    CHECK(t4.counter() == 0);
}

TEST_CASE("HLC ticks after observing a remote timestamp are later than it", "[hlc]")
{
    qint64 now = 1000;
    HlcClock clock(QStringLiteral("a"), [&] { return now; });
    const Hlc remote(9000, 7, QStringLiteral("b"));
    clock.observe(remote);
    const Hlc next = clock.tick();
    CHECK(remote < next);
    CHECK(next.device() == QLatin1String("a"));
}
