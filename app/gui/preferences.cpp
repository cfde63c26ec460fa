// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferences.h"

#include "store/store.h"
#include "translationloader.h"

#include <QSettings>

namespace annostraat {

namespace {
const QString kLanguage = QStringLiteral("ui/language");
const QString kTheme = QStringLiteral("ui/theme");
const QString kPointSize = QStringLiteral("ui/pointSize");
const QString kBreakEvery = QStringLiteral("breaks/everyMinutes");
const QString kBreakLength = QStringLiteral("breaks/lengthMinutes");

int boundedSize(int size)
{
    return qBound(Theme::kMinPointSize, size, Theme::kMaxPointSize);
}

QString knownLanguage(const QString &code, const QString &fallback)
{
    return TranslationLoader::languages().contains(code) ? code : fallback;
}
} // namespace

Preferences Preferences::fromSettings(const QSettings &settings)
{
    Preferences p;
    p.language = knownLanguage(settings.value(kLanguage).toString(),
                               TranslationLoader::systemLanguage());
    p.theme = Theme::kindFromId(settings.value(kTheme).toString());
    p.pointSize = boundedSize(settings.value(kPointSize, Theme::kDefaultPointSize).toInt());
    return p;
}

Preferences Preferences::forProfile(const Store &store, const QString &profileId,
                                    const Preferences &fallback)
{
    Preferences p = fallback;
    p.language = knownLanguage(store.setting(profileId, kLanguage), fallback.language);
    const QString theme = store.setting(profileId, kTheme);
    if (!theme.isEmpty())
        p.theme = Theme::kindFromId(theme);
    bool ok = false;
    const int size = store.setting(profileId, kPointSize).toInt(&ok);
    if (ok)
        p.pointSize = boundedSize(size);
    const int every = store.setting(profileId, kBreakEvery).toInt(&ok);
    p.breakEveryMinutes = ok && every > 0 ? qBound(kMinBreakEvery, every, kMaxBreakEvery) : 0;
    const int length = store.setting(profileId, kBreakLength).toInt(&ok);
    if (ok)
        p.breakLengthMinutes = qBound(kMinBreakLength, length, kMaxBreakLength);
    return p;
}

void Preferences::saveToSettings(QSettings &settings) const
{
    settings.setValue(kLanguage, language);
    settings.setValue(kTheme, Theme::toId(theme));
    settings.setValue(kPointSize, pointSize);
}

QString Preferences::saveForProfile(Store &store, const QString &profileId) const
{
    for (const auto &[key, value] :
         {std::pair{kLanguage, language}, std::pair{kTheme, Theme::toId(theme)},
          std::pair{kPointSize, QString::number(pointSize)},
          std::pair{kBreakEvery, QString::number(breakEveryMinutes)},
          std::pair{kBreakLength, QString::number(breakLengthMinutes)}}) {
        if (auto r = store.setSetting(profileId, key, value); !r)
            return r.error().message();
    }
    return {};
}

} // namespace annostraat
