// SPDX-License-Identifier: GPL-3.0-or-later
// The Dutch catalogue is complete and really used, for the GUI's texts and for core's.

#include "translationloader.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

#include "catchqt.h"

using namespace annostraat;

TEST_CASE("translations: the Dutch catalogue has no unfinished entry", "[translations]")
{
    QFile ts(QStringLiteral(ANNOSTRAAT_SOURCE_DIR "/translations/annostraat_nl.ts"));
    REQUIRE(ts.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(ts.readAll());
    CHECK(text.count(QStringLiteral("<message")) > 300);
    CHECK(text.count(QStringLiteral("type=\"unfinished\"")) == 0);
    CHECK(text.count(QStringLiteral("<translation></translation>")) == 0);
}

TEST_CASE("translations: switching languages and core's texts found through their context",
          "[translations]")
{
    TranslationLoader loader;
    CHECK(loader.setLanguage(QStringLiteral("nl")) == QStringLiteral("nl"));
    CHECK(QCoreApplication::translate("annostraat::DisplayNames", "Done") ==
          QStringLiteral("Klaar"));
    // Catalogued by lupdate under "annostraat::AttributeSpec", asked for as "annostraat::Schema".
    CHECK(QCoreApplication::translate("annostraat::Schema",
                                      "attribute \"%1\" must be true or false") !=
          QStringLiteral("attribute \"%1\" must be true or false"));
    // Catalogued under "annostraat", asked for as "annostraat::Commands".
    CHECK(QCoreApplication::translate("annostraat::Commands",
                                      "there is no annotation \"%1\" on this item") ==
          QStringLiteral("er is geen annotatie \"%1\" op dit item"));
    CHECK(loader.setLanguage(QStringLiteral("en")) == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("annostraat::DisplayNames", "Done") ==
          QStringLiteral("Done"));
    CHECK(loader.setLanguage(QStringLiteral("xx")) == QStringLiteral("en"));
    CHECK(TranslationLoader::languages().first() == QStringLiteral("nl"));
}
