// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/message.h"
#include "util/result.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

struct Tr
{
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::TestMessages)
};

} // namespace

TEST_CASE("A message fills its arguments in one pass, as QString::arg(a, b) does", "[message]")
{
    // A path that holds "%2" must stay as it is, whatever the order of the placeholders.
    const Message m = Tr::msg("%2 is not in %1").arg(QStringLiteral("/data/100%2 done")).arg(QStringLiteral("x.jpg"));
    CHECK(m.text() == QStringLiteral("x.jpg is not in /data/100%2 done"));
    CHECK(m.english() == m.text());
    CHECK(m.code() == QStringLiteral("annostraat::TestMessages/%2 is not in %1"));
    // Numbers and nested messages; a placeholder without an argument stays visible.
    const Message nested = Message::pattern(QStringLiteral("%1: %2 (%3)")).arg(Tr::msg("line %1").arg(7)).arg(2.5, 'f', 1);
    CHECK(nested.text() == QStringLiteral("line 7: 2.5 (%3)"));
    CHECK(nested.code().isEmpty());
    // Plural forms: %n is filled, also without a catalogue.
    CHECK(Tr::msg("%n file(s) refused", nullptr, 3).english() == QStringLiteral("3 file(s) refused"));
    // A plain text is shown as it is, placeholders and all.
    CHECK(Message::plain(QStringLiteral("disk %1 full")).text() == QStringLiteral("disk %1 full"));
}

TEST_CASE("A message and an error survive being stored as JSON", "[message]")
{
    const Message m = Tr::msg("%1: %n item(s) missing in %2", "count", 2)
                              .arg(QStringLiteral("a.zip"))
                              .arg(Tr::msg("task %1").arg(QStringLiteral("Dijken")));
    const QByteArray stored = QJsonDocument(m.toJson()).toJson();
    const Message back = Message::fromJson(QJsonDocument::fromJson(stored).object());
    CHECK(back == m);
    CHECK(back.text() == QStringLiteral("a.zip: 2 item(s) missing in task Dijken"));
    CHECK(Message::fromJson(QJsonObject{{QStringLiteral("x"), 1}}).isEmpty());

    const Error e = Error::at(QStringLiteral("in.jsonl"), 4, Tr::msg("bad value %1").arg(9), Error::Fault::Access)
                            .prefixed(QStringLiteral("import"));
    CHECK(e.message() == QStringLiteral("import: in.jsonl:4: bad value 9"));
    CHECK(e.problem() == QStringLiteral("bad value 9"));
    CHECK(e.code() == QStringLiteral("annostraat::TestMessages/bad value %1"));
    const Error eBack = Error::fromJson(e.toJson());
    CHECK(eBack.message() == e.message());
    CHECK(eBack.file() == QStringLiteral("in.jsonl"));
    CHECK(eBack.line() == 4);
    CHECK(eBack.isAccess());
    CHECK(eBack.code() == e.code());
}
