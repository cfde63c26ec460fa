// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationkinds.h"

#include "answerkind.h"
#include "boxkind.h"
#include "crackkind.h"
#include "locatorkind.h"
#include "markerkind.h"
#include "polygonkind.h"
#include "segmentkind.h"
#include "spankind.h"

#include <memory>
#include <vector>

namespace annostraat {

namespace {

struct Registry
{
    Registry()
    {
        kinds.push_back(std::make_unique<BoxKind>());
        kinds.push_back(std::make_unique<PolygonKind>());
        kinds.push_back(std::make_unique<CrackKind>());
        kinds.push_back(std::make_unique<MarkerKind>());
        kinds.push_back(std::make_unique<SegmentKind>());
        kinds.push_back(std::make_unique<SpanKind>());
        kinds.push_back(std::make_unique<AnswerKind>());
        kinds.push_back(std::make_unique<LocatorKind>());
        for (const auto &k : kinds)
            list << k.get();
        // get() indexes by the enum's value: a kind added to the enum needs its file here.
        for (qsizetype i = 0; i < list.size(); ++i)
            Q_ASSERT(int(list.at(i)->kind()) == int(i));
        Q_ASSERT(list.size() == allAnnotationKinds().size());
    }

    std::vector<std::unique_ptr<AnnotationKindInfo>> kinds;
    QList<const AnnotationKindInfo *> list;
};

const Registry &registry()
{
    static const Registry instance;
    return instance;
}

} // namespace

const AnnotationKindInfo &AnnotationKinds::get(AnnotationKind kind)
{
    return *registry().list.at(qsizetype(kind));
}

const AnnotationKindInfo *AnnotationKinds::find(QStringView id)
{
    const auto kind = annotationKindFromId(id);
    return kind ? &get(*kind) : nullptr;
}

const QList<const AnnotationKindInfo *> &AnnotationKinds::all()
{
    return registry().list;
}

} // namespace annostraat
