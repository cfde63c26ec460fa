// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "util/appinfo.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

#ifdef ANNOSTRAAT_HAVE_TRANSLATION_LOADER
#include "translationloader.h"
#endif

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    annostraat::setApplicationIdentity();

    // The catalogues are embedded under ":/i18n/"; without one the CLI speaks English.
#ifdef ANNOSTRAAT_HAVE_TRANSLATION_LOADER
    annostraat::TranslationLoader translations;
    translations.setLanguage(annostraat::TranslationLoader::systemLanguage());
#else
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("annostraat"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
#endif

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return annostraat::runCli(args, out, err);
}
