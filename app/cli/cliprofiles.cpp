// SPDX-License-Identifier: GPL-3.0-or-later
// The profile commands: "profile add" and "profile list".

#include "clicommand.h"

#include "model/entities.h"
#include "store/store.h"

#include <QJsonArray>

namespace annostraat {

using namespace cli;

namespace {

QJsonObject profileJson(const Profile &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("role"), toId(p.role)}};
}

} // namespace

QList<CliCommand> CliCommand::profileCommands()
{
    return {{{QStringLiteral("profile"), QStringLiteral("add")},
             {QStringLiteral("NAME")},
             {QStringLiteral("role")},
             {},
             QT_TRANSLATE_NOOP("annostraat::Cli", "NAME [--role annotator|reviewer|teamlead]"),
             QT_TRANSLATE_NOOP("annostraat::Cli", "Adds a user profile and prints its id."),
             &Cli::profileAdd},
            {{QStringLiteral("profile"), QStringLiteral("list")},
             {},
             {},
             {},
             "",
             QT_TRANSLATE_NOOP("annostraat::Cli", "Lists the profiles."),
             &Cli::profileList}};
}

int Cli::profileAdd()
{
    Role role = Role::Annotator;
    if (isSet("role")) {
        const auto parsed = roleFromId(option("role"));
        if (!parsed)
            return usageError(tr("--role: unknown role \"%1\"; known roles: %2")
                                      .arg(option("role"), roleIdList()));
        role = *parsed;
    }
    auto store = openStore(true);
    if (!store)
        return fail(store.error().message());
    auto profile = (*store)->addProfile(m_arguments.first(), role);
    if (!profile)
        return fail(inStore(profile.error()).message());
    if (m_json)
        printJson(profileJson(*profile));
    else
        m_out << profile->id << Qt::endl;
    return CliOk;
}

int Cli::profileList()
{
    auto store = openStore(false);
    if (!store)
        return fail(store.error().message());
    const QList<Profile> profiles = (*store)->profiles();
    if ((*store)->hasReadError())
        return fail((*store)->readError().message());
    if (m_json) {
        QJsonArray list;
        for (const Profile &p : profiles)
            list << profileJson(p);
        printJson({{QStringLiteral("profiles"), list}});
        return CliOk;
    }
    QList<QStringList> rows;
    for (const Profile &p : profiles)
        rows << QStringList{p.id, p.name, toId(p.role)};
    printTable({tr("ID"), tr("NAME"), tr("ROLE")}, rows);
    return CliOk;
}

} // namespace annostraat
