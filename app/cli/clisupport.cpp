// SPDX-License-Identifier: GPL-3.0-or-later
// What the command groups share: the one way to open the store, find the task and find who
// acts, the progress line, and small output helpers.

#include "clicommand.h"

#include "bundle/package.h"
#include "model/entities.h"
#include "store/store.h"
#include "util/appinfo.h"
#include "util/platform/terminal.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>

namespace annostraat {
namespace cli {

QHash<QString, QString> profileNames(const Store &store)
{
    QHash<QString, QString> names;
    for (const Profile &p : store.profiles())
        names.insert(p.id, p.name);
    return names;
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString megabytes(qint64 bytes)
{
    return QCoreApplication::translate("annostraat::Cli", "%1 MB")
            .arg(double(bytes) / 1e6, 0, 'f', bytes < 10'000'000 ? 2 : 1);
}

QJsonObject countsJson(const QMap<QString, int> &counts)
{
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject producerJson(const Producer &p)
{
    return {{QStringLiteral("profileId"), p.profileId},
            {QStringLiteral("profileName"), p.profileName},
            {QStringLiteral("deviceId"), p.deviceId}};
}

void removeNewStore(std::unique_ptr<Store> &store, const QString &path)
{
    store.reset();
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

ProgressLine::ProgressLine(QTextStream &err, bool enabled)
    : m_err(err)
    , m_enabled(enabled)
{
    m_timer.start();
}

void ProgressLine::show(const QString &text, bool force)
{
    if (!m_enabled || (!force && m_shown && m_timer.elapsed() < 100))
        return;
    m_timer.restart();
    QString line = text;
    if (line.size() > kWidth)
        line = QStringLiteral("…") + line.right(kWidth - 1);
    m_err << QLatin1Char('\r') << line.leftJustified(kWidth) << Qt::flush;
    m_shown = true;
}

void ProgressLine::bytes(const QString &what, qint64 done, qint64 total)
{
    show(total > 0 ? QStringLiteral("%1: %2 %").arg(what).arg(done * 100 / total)
                   : QStringLiteral("%1: %2").arg(what, megabytes(done)));
}

void ProgressLine::clear()
{
    if (!m_shown)
        return;
    m_err << QLatin1Char('\r') << QString(kWidth, QLatin1Char(' ')) << QLatin1Char('\r')
          << Qt::flush;
    m_shown = false;
}

} // namespace cli

// ---- the store, the task and who acts -----------------------------------------------------

Result<std::unique_ptr<Store>> Cli::openStore(bool mayCreate) const
{
    // Commands that only read (or need an existing task) must not leave an empty store
    // behind when the path has a typo.
    if (!mayCreate && !QFileInfo::exists(m_storePath))
        return Error(msg("%1: there is no store here yet (\"profile add\" and \"task create\" "
                        "create one)")
                             .arg(m_storePath));
    return Store::open(m_storePath);
}

Error Cli::inStore(const Error &error) const
{
    if (error.what().english().startsWith(m_storePath)) // the path leads in every language
        return error;
    return error.prefixed(m_storePath);
}

Result<Task> Cli::findTask(const Store &store, const QString &idOrName) const
{
    if (auto task = store.task(idOrName))
        return *task;
    QList<Task> matches;
    for (const Task &task : store.tasks())
        if (task.name.compare(idOrName.trimmed(), Qt::CaseInsensitive) == 0)
            matches << task;
    if (store.hasReadError())
        return store.readError();
    if (matches.isEmpty())
        return Error(msg("%1: there is no task \"%2\"; \"task list\" shows them")
                             .arg(m_storePath, idOrName));
    if (matches.size() > 1)
        return Error(msg("%1: %2 tasks are named \"%3\"; give the task id instead")
                             .arg(m_storePath)
                             .arg(matches.size())
                             .arg(idOrName));
    return matches.first();
}

Result<Cli::TaskScope> Cli::openTask(const QString &idOrName, Acting acting) const
{
    auto store = openStore(false);
    if (!store)
        return store.error();
    auto task = findTask(**store, idOrName);
    if (!task)
        return task.error();
    TaskScope scope{std::move(*store), std::move(*task), std::nullopt};
    if (acting != Acting::Nobody) {
        auto actor = actingProfile(*scope.store, acting == Acting::TeamLead);
        if (!actor)
            return actor.error();
        scope.actor = std::move(*actor);
    }
    return scope;
}

Result<Profile> Cli::actingProfile(const Store &store, bool teamLeadOnly) const
{
    if (isSet("as")) {
        const auto profile = store.findProfile(option("as"));
        if (!profile)
            return Error(msg("%1: there is no profile \"%2\"; \"profile list\" shows them")
                                 .arg(m_storePath, option("as")));
        if (teamLeadOnly && profile->role != Role::TeamLead)
            return Error(msg("%1: %2 is a profile with the role %3; only a team lead publishes "
                            "and assigns tasks")
                                 .arg(m_storePath, profile->name, toId(profile->role)));
        return *profile;
    }
    QList<Profile> leads = store.profiles();
    leads.removeIf([](const Profile &p) { return p.role != Role::TeamLead; });
    if (leads.size() == 1)
        return leads.first();
    if (teamLeadOnly) {
        if (leads.isEmpty())
            return Error(msg("%1: the store has no team lead profile; add one with \"profile add "
                            "NAME --role teamlead\"")
                                 .arg(m_storePath));
        return Error(msg("%1: the store has %2 team lead profiles; choose one with --as PROFILE")
                             .arg(m_storePath)
                             .arg(leads.size()));
    }
    const QList<Profile> local = store.localProfiles();
    if (local.isEmpty())
        return Error(msg("%1: no profile works on this PC yet to sign the package; choose one "
                        "with --as PROFILE")
                             .arg(m_storePath));
    return local.first();
}

bool Cli::errIsTerminal() const
{
    const auto *file = qobject_cast<QFile *>(m_err.device());
    return file && platform::isTerminal(file->handle());
}

QString Cli::mediaDir() const
{
    if (isSet("media"))
        return QFileInfo(option("media")).absoluteFilePath();
    return defaultMediaDir(m_storePath);
}

} // namespace annostraat
