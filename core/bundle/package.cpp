// SPDX-License-Identifier: GPL-3.0-or-later
#include "package.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <cmath>

namespace annostraat {

namespace {

// Messages of this file, under one context that lupdate sees as well.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Package)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Package)
};

bool isWhole(const QJsonValue &v, double min, double max)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::floor(d) == d && d >= min && d <= max;
}

constexpr double kMaxInt = 2147483647.0;
constexpr double kMaxSize = 9007199254740992.0; // 2^53: exact in a JSON number

/// Refuses fields outside \a known: a typo must not pass silently (as in schema.json).
Result<void> checkKnown(const QJsonObject &o, std::initializer_list<const char *> known,
                        const Message &where)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        bool ok = false;
        for (const char *k : known)
            ok = ok || it.key() == QLatin1String(k);
        if (!ok)
            return Error(Tr::msg("%1: unknown field \"%2\"").arg(where, it.key()));
    }
    return {};
}

Result<QString> requireText(const QJsonObject &o, const char *name, const Message &where,
                            bool allowEmpty = false)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!v.isString() || (!allowEmpty && v.toString().isEmpty()))
        return Error(Tr::msg("%1: \"%2\" is missing or not text").arg(where, QLatin1String(name)));
    return v.toString();
}

Result<double> requireWhole(const QJsonObject &o, const char *name, double min, double max,
                            const Message &where)
{
    const QJsonValue v = o.value(QLatin1String(name));
    if (!isWhole(v, min, max))
        return Error(Tr::msg("%1: \"%2\" is missing or not a whole number from %3 to %4")
                             .arg(where, QLatin1String(name))
                             .arg(qint64(min))
                             .arg(qint64(max)));
    return v.toDouble();
}

} // namespace

QString toId(PackageKind kind)
{
    switch (kind) {
    case PackageKind::Task:
        return QStringLiteral("task");
    case PackageKind::Results:
        return QStringLiteral("results");
    case PackageKind::Reviews:
        return QStringLiteral("reviews");
    }
    return {};
}

std::optional<PackageKind> packageKindFromId(QStringView id)
{
    for (PackageKind k : {PackageKind::Task, PackageKind::Results, PackageKind::Reviews})
        if (id == toId(k))
            return k;
    return std::nullopt;
}

const PackageEntry *Manifest::entry(const QString &name) const
{
    for (const PackageEntry &e : entries)
        if (e.name == name)
            return &e;
    return nullptr;
}

QJsonObject Manifest::toJson() const
{
    QJsonArray list;
    for (const PackageEntry &e : entries)
        list << QJsonObject{{QStringLiteral("name"), e.name},
                            {QStringLiteral("size"), double(e.size)},
                            {QStringLiteral("sha256"), e.sha256}};
    return {{QStringLiteral("formatVersion"), formatVersion},
            {QStringLiteral("kind"), toId(kind)},
            {QStringLiteral("taskId"), taskId},
            {QStringLiteral("taskVersion"), taskVersion},
            {QStringLiteral("producer"),
             QJsonObject{{QStringLiteral("profileId"), producer.profileId},
                         {QStringLiteral("profileName"), producer.profileName},
                         {QStringLiteral("deviceId"), producer.deviceId}}},
            {QStringLiteral("created"), created.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("counts"),
             QJsonObject{{QStringLiteral("items"), itemCount}, {QStringLiteral("ops"), opCount}}},
            {QStringLiteral("entries"), list}};
}

Result<Manifest> Manifest::fromJson(const QByteArray &json, const Message &where)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error(Tr::msg("%1: not valid JSON (%2 at byte %3)")
                             .arg(where, parseError.errorString())
                             .arg(parseError.offset));
    if (!doc.isObject())
        return Error(Tr::msg("%1: must be a JSON object").arg(where));
    const QJsonObject o = doc.object();

    // The version first: a later format may change everything else.
    const QJsonValue version = o.value(QStringLiteral("formatVersion"));
    if (!isWhole(version, -kMaxInt, kMaxInt))
        return Error(Tr::msg("%1: \"formatVersion\" is missing or not a whole number; this version of "
                        "Annostraat reads package format version %2")
                             .arg(where)
                             .arg(kFormatVersion));
    if (version.toInt() != kFormatVersion) {
        const Message newer =
                version.toInt() > kFormatVersion
                        ? Tr::msg(" (the package was written by a newer Annostraat: update this PC)")
                        : Message::plain(QString());
        return Error(
                Tr::msg("%1: package format version %2 is not supported; this version of Annostraat "
                   "reads format version %3 only%4")
                        .arg(where)
                        .arg(version.toInt())
                        .arg(kFormatVersion)
                        .arg(newer));
    }
    if (auto r = checkKnown(o,
                            {"formatVersion", "kind", "taskId", "taskVersion", "producer",
                             "created", "counts", "entries"},
                            where);
        !r)
        return r.error();

    Manifest m;
    m.formatVersion = kFormatVersion;
    const auto kind = packageKindFromId(o.value(QStringLiteral("kind")).toString());
    if (!kind)
        return Error(Tr::msg("%1: \"kind\" must be \"task\", \"results\" or \"reviews\"").arg(where));
    m.kind = *kind;
    auto taskId = requireText(o, "taskId", where);
    if (!taskId)
        return taskId.error();
    if (!isValidId(*taskId))
        return Error(Tr::msg("%1: \"taskId\" is not a valid id").arg(where));
    m.taskId = *taskId;
    auto taskVersion = requireWhole(o, "taskVersion", 1, kMaxInt, where);
    if (!taskVersion)
        return taskVersion.error();
    m.taskVersion = int(*taskVersion);

    const QJsonValue producer = o.value(QStringLiteral("producer"));
    if (!producer.isObject())
        return Error(Tr::msg("%1: \"producer\" is missing or not an object").arg(where));
    const Message producerWhere = Message::pattern(QStringLiteral("%1: producer")).arg(where);
    if (auto r = checkKnown(producer.toObject(), {"profileId", "profileName", "deviceId"},
                            producerWhere);
        !r)
        return r.error();
    auto profileId = requireText(producer.toObject(), "profileId", producerWhere);
    auto profileName = requireText(producer.toObject(), "profileName", producerWhere, true);
    auto deviceId = requireText(producer.toObject(), "deviceId", producerWhere);
    for (const auto *r : {&profileId, &profileName, &deviceId})
        if (!*r)
            return r->error();
    m.producer = {*profileId, *profileName, *deviceId};

    auto created = requireText(o, "created", where);
    if (!created)
        return created.error();
    m.created = QDateTime::fromString(*created, Qt::ISODateWithMs);
    if (!m.created.isValid() || m.created.timeSpec() == Qt::LocalTime)
        return Error(Tr::msg("%1: \"created\" must be an ISO 8601 date and time in UTC, e.g. "
                        "\"2024-05-01T12:00:00Z\"")
                             .arg(where));
    m.created = m.created.toUTC();

    const QJsonValue counts = o.value(QStringLiteral("counts"));
    if (!counts.isObject())
        return Error(Tr::msg("%1: \"counts\" is missing or not an object").arg(where));
    const Message countsWhere = Message::pattern(QStringLiteral("%1: counts")).arg(where);
    if (auto r = checkKnown(counts.toObject(), {"items", "ops"}, countsWhere); !r)
        return r.error();
    auto items = requireWhole(counts.toObject(), "items", 0, kMaxInt, countsWhere);
    if (!items)
        return items.error();
    auto ops = requireWhole(counts.toObject(), "ops", 0, kMaxInt, countsWhere);
    if (!ops)
        return ops.error();
    m.itemCount = int(*items);
    m.opCount = int(*ops);

    const QJsonValue entries = o.value(QStringLiteral("entries"));
    if (!entries.isArray())
        return Error(Tr::msg("%1: \"entries\" is missing or not a list").arg(where));
    QSet<QString> names;
    const QJsonArray list = entries.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const Message entryWhere = Tr::msg("%1: entries[%2]").arg(where).arg(i);
        if (!list.at(i).isObject())
            return Error(Tr::msg("%1: must be an object").arg(entryWhere));
        const QJsonObject e = list.at(i).toObject();
        if (auto r = checkKnown(e, {"name", "size", "sha256"}, entryWhere); !r)
            return r.error();
        auto name = requireText(e, "name", entryWhere);
        if (!name)
            return name.error();
        auto size = requireWhole(e, "size", 0, kMaxSize, entryWhere);
        if (!size)
            return size.error();
        auto sha = requireText(e, "sha256", entryWhere);
        if (!sha)
            return sha.error();
        if (!package::isSha256(*sha))
            return Error(
                    Tr::msg("%1: \"sha256\" must be 64 lower-case hexadecimal digits").arg(entryWhere));
        if (*name == QLatin1String(package::kManifest))
            return Error(Tr::msg("%1: the manifest cannot list itself").arg(entryWhere));
        if (names.contains(*name))
            return Error(Tr::msg("%1: lists \"%2\" twice").arg(where, *name));
        names.insert(*name);
        m.entries << PackageEntry{*name, qint64(*size), *sha};
    }
    return m;
}

QJsonObject PackageItem::toJson() const
{
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("sha256"), sha256},
                  {QStringLiteral("size"), double(size)},
                  {QStringLiteral("kind"), annostraat::toId(kind)},
                  {QStringLiteral("order"), order},
                  {QStringLiteral("name"), name}};
    if (!media.isEmpty())
        o.insert(QStringLiteral("media"), media);
    if (!extraMedia.isEmpty()) {
        QJsonArray extra;
        for (const PackageMedium &m : extraMedia) {
            QJsonObject e{{QStringLiteral("role"), m.role},
                          {QStringLiteral("sha256"), m.sha256},
                          {QStringLiteral("size"), double(m.size)},
                          {QStringLiteral("name"), m.name}};
            if (!m.media.isEmpty())
                e.insert(QStringLiteral("media"), m.media);
            extra.append(e);
        }
        o.insert(QStringLiteral("extraMedia"), extra);
    }
    return o;
}

Result<PackageItem> PackageItem::fromJson(const QJsonObject &o, const Message &where)
{
    if (auto r = checkKnown(o, {"id", "sha256", "size", "kind", "order", "media", "name", "extraMedia"}, where);
        !r)
        return r.error();
    PackageItem item;
    auto id = requireText(o, "id", where);
    if (!id)
        return id.error();
    item.id = *id;
    auto sha = requireText(o, "sha256", where);
    if (!sha)
        return sha.error();
    if (!package::isSha256(*sha))
        return Error(Tr::msg("%1: \"sha256\" must be 64 lower-case hexadecimal digits").arg(where));
    item.sha256 = *sha;
    auto size = requireWhole(o, "size", 0, kMaxSize, where);
    if (!size)
        return size.error();
    item.size = qint64(*size);
    const auto kind = mediaKindFromId(o.value(QStringLiteral("kind")).toString());
    if (!kind || *kind == MediaKind::Mixed)
        return Error(Tr::msg("%1: \"kind\" must be \"image\", \"video\", \"text\" or \"image-pair\"")
                             .arg(where));
    item.kind = *kind;
    auto order = requireWhole(o, "order", -kMaxInt, kMaxInt, where);
    if (!order)
        return order.error();
    item.order = int(*order);
    auto name = requireText(o, "name", where, true);
    if (!name)
        return name.error();
    item.name = *name;
    if (o.contains(QStringLiteral("media"))) {
        auto media = requireText(o, "media", where);
        if (!media)
            return media.error();
        item.media = *media;
    }
    const QJsonValue extra = o.value(QStringLiteral("extraMedia"));
    if (!extra.isUndefined() && !extra.isArray())
        return Error(Tr::msg("%1: \"extraMedia\" must be a list").arg(where));
    for (qsizetype i = 0; i < extra.toArray().size(); ++i) {
        const Message at = Message::pattern(QStringLiteral("%1: extraMedia[%2]")).arg(where).arg(i);
        const QJsonObject e = extra.toArray().at(i).toObject();
        if (auto r = checkKnown(e, {"role", "sha256", "size", "media", "name"}, at); !r)
            return r.error();
        PackageMedium m;
        auto role = requireText(e, "role", at);
        if (!role)
            return role.error();
        m.role = *role;
        auto sha = requireText(e, "sha256", at);
        if (!sha)
            return sha.error();
        if (!package::isSha256(*sha))
            return Error(Tr::msg("%1: \"sha256\" must be 64 lower-case hexadecimal digits").arg(at));
        m.sha256 = *sha;
        auto size = requireWhole(e, "size", 0, kMaxSize, at);
        if (!size)
            return size.error();
        m.size = qint64(*size);
        auto name = requireText(e, "name", at, true);
        if (!name)
            return name.error();
        m.name = *name;
        if (e.contains(QStringLiteral("media"))) {
            auto media = requireText(e, "media", at);
            if (!media)
                return media.error();
            m.media = *media;
        }
        item.extraMedia << m;
    }
    return item;
}

namespace package {

QString mediaExtension(const QString &mediaPath)
{
    const QString suffix = QFileInfo(mediaPath).suffix().toLower();
    if (suffix.isEmpty() || suffix.size() > 10)
        return QStringLiteral("bin");
    for (QChar c : suffix)
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
              (c >= QLatin1Char('0') && c <= QLatin1Char('9'))))
            return QStringLiteral("bin");
    return suffix;
}

QString mediaEntryName(const QString &sha256, const QString &extension)
{
    return QLatin1String(kMediaFolder) + sha256 + QLatin1Char('.') + extension;
}

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

bool parseMediaEntryName(const QString &name, QString *sha256, QString *extension)
{
    const QLatin1String folder(kMediaFolder);
    if (!name.startsWith(folder))
        return false;
    const QString rest = name.mid(folder.size());
    const qsizetype dot = rest.indexOf(QLatin1Char('.'));
    if (dot != 64)
        return false;
    const QString sha = rest.left(64);
    const QString ext = rest.mid(65);
    if (!isSha256(sha) || ext.isEmpty() || mediaExtension(QStringLiteral("x.") + ext) != ext)
        return false;
    if (sha256)
        *sha256 = sha;
    if (extension)
        *extension = ext;
    return true;
}

} // namespace package

} // namespace annostraat
