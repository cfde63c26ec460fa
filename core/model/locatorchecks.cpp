// SPDX-License-Identifier: GPL-3.0-or-later
#include "locatorchecks.h"

#include "model/kinds/locatorkind.h"

#include <QHash>

namespace annostraat {

QList<Message> LocatorChecks::check(const Schema &schema, const QList<Annotation> &annotations, bool done)
{
    QHash<QString, QJsonObject> values;
    for (const Annotation &a : annotations)
        if (a.kind == AnnotationKind::Locator && !a.deleted && !a.suggested)
            values.insert(a.label, a.value);

    QList<Message> warnings;
    struct Part
    {
        QString name;
        qint64 start;
        qint64 end;
    };
    QList<Part> parts;
    QStringList unset;
    for (const QString &name : schema.locators()) {
        const auto it = values.constFind(name);
        if (it == values.cend()) {
            unset << name;
            continue;
        }
        if (LocatorKind::isSkipped(*it))
            continue;
        const auto start = LocatorKind::start(*it);
        const auto end = LocatorKind::end(*it);
        if (!start || !end) {
            unset << name;
            continue;
        }
        if (*end < *start)
            warnings << msg("%1: the end lies before the start.").arg(name);
        else if (*end == *start)
            warnings << msg("%1: the end is the start, so the part is empty.").arg(name);
        else
            parts << Part{name, *start, *end};
    }
    if (!schema.locatorsMayOverlap())
        for (qsizetype i = 0; i < parts.size(); ++i)
            for (qsizetype j = i + 1; j < parts.size(); ++j)
                if (parts[i].start < parts[j].end && parts[j].start < parts[i].end)
                    warnings << msg("%1 and %2 overlap.").arg(parts[i].name, parts[j].name);
    if (done && !unset.isEmpty())
        warnings << msg("Not set yet: %1. Set each start and end, or choose Skip for a part that is "
                        "not in this video.")
                            .arg(unset.join(QStringLiteral(", ")));
    return warnings;
}

} // namespace annostraat
