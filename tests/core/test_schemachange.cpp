// SPDX-License-Identifier: GPL-3.0-or-later
// Changing a running task's schema (core/store/schemachange.h; issue 14, point 3) on a real
// store file: a renamed label takes its annotations along, a label taken out is counted and its
// annotations move to another label or stay as they are, all in one transaction; the inverse
// takes it all back; a move to a label that cannot be drawn as the annotation's kind, and a
// plan made on a schema that changed since, are refused whole.
#include "store/schemachange.h"
#include "store/store.h"
#include "testutil.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

using namespace annostraat;

namespace {

LabelSpec label(const QString &name, const QString &colour, QList<AnnotationKind> kinds)
{
    LabelSpec l;
    l.name = name;
    l.colour = QColor::fromString(colour);
    l.kinds = kinds;
    return l;
}

QByteArray json(const Schema &schema)
{
    return QJsonDocument(schema.toJson()).toJson(QJsonDocument::Compact);
}

struct Lab
{
    Lab()
    {
        Schema schema;
        schema.setLabels(
                {label(QStringLiteral("Buffer"), QStringLiteral("#1f77b4"), {AnnotationKind::Box}),
                 label(QStringLiteral("Lamp"), QStringLiteral("#ff7f0e"), {AnnotationKind::Box}),
                 label(QStringLiteral("Scheur"), QStringLiteral("#d62728"),
                       {AnnotationKind::Crack})});
        lead = *fx.store->addProfile(QStringLiteral("Lotte"), Role::TeamLead);
        task = test::createTask(*fx.store, lead, schema, QList<MediaKind>(2, MediaKind::Image),
                                fx.dir.path());
        items = fx.store->items(task.id);
        buffers << add(0, AnnotationKind::Box, QStringLiteral("Buffer"))
                << add(1, AnnotationKind::Box, QStringLiteral("Buffer"));
        lamp = add(0, AnnotationKind::Box, QStringLiteral("Lamp"));
        crack = add(1, AnnotationKind::Crack, QStringLiteral("Scheur"));
    }
    QString add(int item, AnnotationKind kind, const QString &name)
    {
        Annotation a{QString(),
                     task.id,
                     items[item].id,
                     fx.annotator.id,
                     kind,
                     name,
                     test::sampleValue(kind, item),
                     {},
                     false};
        auto added = fx.store->addAnnotation(a);
        REQUIRE(added.ok());
        return added->id;
    }
    QString labelOf(const QString &id) { return fx.store->annotation(id)->label; }
    Store &store() { return *fx.store; }

    test::Fixture fx{1};
    Profile lead;
    Task task;
    QList<Item> items;
    QStringList buffers;
    QString lamp, crack;
};

/// The schema after: Buffer renamed Stootblok and recoloured, Lamp and Scheur taken out, a new
/// label Paal.
Schema changed()
{
    Schema after;
    after.setLabels(
            {label(QStringLiteral("Stootblok"), QStringLiteral("#17becf"), {AnnotationKind::Box}),
             label(QStringLiteral("Paal"), QStringLiteral("#2ca02c"),
                   {AnnotationKind::Box, AnnotationKind::Crack})});
    return after;
}

} // namespace

TEST_CASE("A schema change renames, moves or keeps annotations in one transaction, and its inverse "
          "takes it back",
          "[store][schemachange]")
{
    Lab lab;
    const Schema before = lab.store().task(lab.task.id)->schema;
    const qint64 opsBefore = lab.store().opCount();
    const QMap<QString, QString> renames{{QStringLiteral("Buffer"), QStringLiteral("Stootblok")}};

    // Lamp's box moves to Paal, Scheur's crack stays as it is.
    const auto plan =
            planSchemaChange(lab.store(), lab.task.id, changed(), renames,
                             {{QStringLiteral("Lamp"), QStringLiteral("Paal")}}, lab.lead.id);
    REQUIRE(plan.ok());
    // The team lead is told how many annotations each label taken out has.
    CHECK(plan->removed ==
          QMap<QString, int>{{QStringLiteral("Lamp"), 1}, {QStringLiteral("Scheur"), 1}});
    CHECK(plan->annotationsChanged() == 3);
    CHECK(plan->annotationsKept() == 1);
    CHECK(lab.store().opCount() == opsBefore); // planned, not written

    REQUIRE(applySchemaChange(lab.store(), *plan).ok());
    CHECK(lab.store().opCount() == opsBefore + 1 + 3);
    CHECK(json(lab.store().task(lab.task.id)->schema) == json(changed()));
    for (const QString &id : lab.buffers)
        CHECK(lab.labelOf(id) == QStringLiteral("Stootblok"));
    CHECK(lab.labelOf(lab.lamp) == QStringLiteral("Paal"));
    CHECK(lab.labelOf(lab.crack) == QStringLiteral("Scheur")); // kept, under its old name
    // Nobody's work went: every annotation is still there.
    CHECK(lab.store().taskAnnotations(lab.task.id).size() == 4);

    // One step back: the schema and every label as they were.
    REQUIRE(applySchemaChange(lab.store(), plan->inverse()).ok());
    CHECK(json(lab.store().task(lab.task.id)->schema) == json(before));
    for (const QString &id : lab.buffers)
        CHECK(lab.labelOf(id) == QStringLiteral("Buffer"));
    CHECK(lab.labelOf(lab.lamp) == QStringLiteral("Lamp"));
    CHECK(lab.labelOf(lab.crack) == QStringLiteral("Scheur"));
    // And forward again: the plan fits once more.
    REQUIRE(applySchemaChange(lab.store(), *plan).ok());
    CHECK(lab.labelOf(lab.lamp) == QStringLiteral("Paal"));
}

TEST_CASE("A schema change that cannot hold is refused whole", "[store][schemachange]")
{
    Lab lab;
    const qint64 opsBefore = lab.store().opCount();
    const QMap<QString, QString> renames{{QStringLiteral("Buffer"), QStringLiteral("Stootblok")}};

    // A crack cannot move to a label drawn only as boxes.
    const auto refused = planSchemaChange(lab.store(), lab.task.id, changed(), renames,
                                          {{QStringLiteral("Scheur"), QStringLiteral("Stootblok")}},
                                          lab.lead.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message().contains(QStringLiteral("Scheur")));
    CHECK(refused.error().message().contains(QStringLiteral("crack")));
    // A rename to a label the new schema does not have.
    CHECK_FALSE(planSchemaChange(lab.store(), lab.task.id, changed(),
                                 {{QStringLiteral("Buffer"), QStringLiteral("Kader")}}, {},
                                 lab.lead.id)
                        .ok());

    // A plan made before another change of the schema writes nothing.
    const auto plan =
            planSchemaChange(lab.store(), lab.task.id, changed(), renames, {}, lab.lead.id);
    REQUIRE(plan.ok());
    Schema meanwhile = lab.store().task(lab.task.id)->schema;
    QList<LabelSpec> labels = meanwhile.labels();
    labels[0].colour = QColor(0x00, 0x00, 0x00);
    meanwhile.setLabels(labels);
    const auto other = planSchemaChange(lab.store(), lab.task.id, meanwhile, {}, {}, lab.lead.id);
    REQUIRE(other.ok());
    REQUIRE(applySchemaChange(lab.store(), *other).ok());
    const qint64 opsBetween = lab.store().opCount();
    CHECK(opsBetween == opsBefore + 1);
    const auto stale = applySchemaChange(lab.store(), *plan);
    REQUIRE_FALSE(stale.ok());
    CHECK(stale.error().message().contains(QStringLiteral("changed")));
    CHECK(lab.store().opCount() == opsBetween);
    CHECK(lab.labelOf(lab.buffers.first()) == QStringLiteral("Buffer"));
}

TEST_CASE("A schema change says how many annotations no longer fit their label",
          "[store][schemachange]")
{
    Lab lab;
    // Buffer may now only be drawn as a polygon: its two boxes no longer fit, and are kept.
    Schema after = lab.store().task(lab.task.id)->schema;
    QList<LabelSpec> labels = after.labels();
    labels[0].kinds = {AnnotationKind::Polygon};
    after.setLabels(labels);
    const auto plan = planSchemaChange(lab.store(), lab.task.id, after, {}, {}, lab.lead.id);
    REQUIRE(plan.ok());
    CHECK(plan->unfit == QMap<QString, int>{{QStringLiteral("Buffer"), 2}});
    CHECK(plan->annotationsChanged() == 0);
    // Renamed and moved annotations that their new label takes are not counted.
    const auto moved =
            planSchemaChange(lab.store(), lab.task.id, changed(),
                             {{QStringLiteral("Buffer"), QStringLiteral("Stootblok")}},
                             {{QStringLiteral("Lamp"), QStringLiteral("Paal")}}, lab.lead.id);
    REQUIRE(moved.ok());
    CHECK(moved->unfit.isEmpty());
}
