// SPDX-License-Identifier: GPL-3.0-or-later
#include "countwords.h"

#include <QCoreApplication>
#include <QStringList>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

/// The written counts, in the order they are listed.
const QStringList &writtenKeys()
{
    static const QStringList keys{
            QStringLiteral("task"),       QStringLiteral("item"),     QStringLiteral("image"),
            QStringLiteral("annotation"), QStringLiteral("span"),     QStringLiteral("answer"),
            QStringLiteral("submission"), QStringLiteral("review"),   QStringLiteral("assignment"),
            QStringLiteral("profile"),    QStringLiteral("category"), QStringLiteral("class"),
            QStringLiteral("row"),        QStringLiteral("locator")};
    return keys;
}

} // namespace

bool isWrittenCount(const QString &key)
{
    return writtenKeys().contains(key);
}

Message countMessage(const QString &key, int n)
{
    using M = Message (*)(int);
    static const QMap<QString, M> sentences{
            {QStringLiteral("task"), [](int n) { return Tr::msg("%n task(s)", nullptr, n); }},
            {QStringLiteral("item"), [](int n) { return Tr::msg("%n item(s)", nullptr, n); }},
            {QStringLiteral("image"), [](int n) { return Tr::msg("%n image(s)", nullptr, n); }},
            {QStringLiteral("annotation"),
             [](int n) { return Tr::msg("%n annotation(s)", nullptr, n); }},
            {QStringLiteral("span"), [](int n) { return Tr::msg("%n span(s)", nullptr, n); }},
            {QStringLiteral("answer"), [](int n) { return Tr::msg("%n answer(s)", nullptr, n); }},
            {QStringLiteral("submission"),
             [](int n) { return Tr::msg("%n item status(es)", nullptr, n); }},
            {QStringLiteral("review"), [](int n) { return Tr::msg("%n review(s)", nullptr, n); }},
            {QStringLiteral("assignment"),
             [](int n) { return Tr::msg("%n assignment(s)", nullptr, n); }},
            {QStringLiteral("profile"),
             [](int n) { return Tr::msg("%n person/people", nullptr, n); }},
            {QStringLiteral("category"),
             [](int n) { return Tr::msg("%n category/categories", nullptr, n); }},
            {QStringLiteral("class"), [](int n) { return Tr::msg("%n class(es)", nullptr, n); }},
            {QStringLiteral("row"), [](int n) { return Tr::msg("%n row(s)", nullptr, n); }},
            {QStringLiteral("locator"),
             [](int n) { return Tr::msg("%n locator(s)", nullptr, n); }},
            {QStringLiteral("locator-unset-written-empty"),
             [](int n) {
                 return Tr::msg("%n locator(s) that nobody set written with empty timecodes, "
                                "which the sheet reads as \"skipped\"",
                                nullptr, n);
             }},
            {QStringLiteral("locator-half-set"),
             [](int n) {
                 return Tr::msg("%n locator(s) with only a start or only an end set", nullptr, n);
             }},
            {QStringLiteral("image-not-in-task"),
             [](int n) {
                 return Tr::msg("%n image(s) of the dataset not in the task (without "
                                "annotations, so left out)",
                                nullptr, n);
             }},
            {QStringLiteral("attribute-not-in-schema"),
             [](int n) {
                 return Tr::msg("%n attribute value(s) the task's labels do not have (left out)",
                                nullptr, n);
             }},
            {QStringLiteral("attribute-not-a-flag"),
             [](int n) {
                 return Tr::msg("%n attribute value(s) that are not yes/no (labelme keeps only "
                                "flags; left out)",
                                nullptr, n);
             }},
            {QStringLiteral("mask-traced"),
             [](int n) {
                 return Tr::msg("%n mask(s) traced into polygons (through the border pixels' "
                                "centres)",
                                nullptr, n);
             }},
            {QStringLiteral("mask-part-dropped"),
             [](int n) { return Tr::msg("%n tiny mask part(s) left out", nullptr, n); }},
            {QStringLiteral("mask-hole-dropped"),
             [](int n) { return Tr::msg("%n hole(s) in masks filled", nullptr, n); }},
            {QStringLiteral("polygon-part-split"),
             [](int n) {
                 return Tr::msg("%n polygon part(s) made into polygons of their own", nullptr, n);
             }},
            {QStringLiteral("crack-as-box"),
             [](int n) {
                 return Tr::msg("%n crack(s) written as boxes, with the line as an attribute",
                                nullptr, n);
             }},
            {QStringLiteral("polygon-as-box"),
             [](int n) { return Tr::msg("%n polygon(s) written as boxes", nullptr, n); }},
            {QStringLiteral("part-skipped"),
             [](int n) { return Tr::msg("%n object part(s) left out", nullptr, n); }},
            {QStringLiteral("json-not-labelme"),
             [](int n) {
                 return Tr::msg("%n JSON file(s) that are not labelme's left out", nullptr, n);
             }},
            {QStringLiteral("prediction-skipped"),
             [](int n) {
                 return Tr::msg("%n prediction(s) left out (import them as suggestions to take "
                                "them)",
                                nullptr, n);
             }},
            {QStringLiteral("annotation-cancelled-skipped"),
             [](int n) { return Tr::msg("%n cancelled annotation(s) left out", nullptr, n); }},
            {QStringLiteral("annotation-skipped"),
             [](int n) {
                 return Tr::msg("%n annotation(s) by people left out (the predictions came in as "
                                "suggestions)",
                                nullptr, n);
             }},
            {QStringLiteral("keypoint-skipped"),
             [](int n) {
                 return Tr::msg("%n keypoint(s) left out (no kind of ours)", nullptr, n);
             }},
            {QStringLiteral("crack-skipped"),
             [](int n) {
                 return Tr::msg("%n crack(s) left out (the format has no lines)", nullptr, n);
             }},
            {QStringLiteral("attribute-skipped"),
             [](int n) {
                 return Tr::msg("%n attribute value(s) left out (the format has no place for "
                                "them)",
                                nullptr, n);
             }},
            {QStringLiteral("result-skipped"),
             [](int n) { return Tr::msg("%n result(s) of another kind left out", nullptr, n); }},
            {QStringLiteral("document-without-spans"),
             [](int n) { return Tr::msg("%n document(s) without spans", nullptr, n); }},
            {QStringLiteral("iob-i-begins-span"),
             [](int n) {
                 return Tr::msg("%n span(s) that begin with I- (taken as a beginning)", nullptr, n);
             }},
            {QStringLiteral("label-changed"),
             [](int n) { return Tr::msg("%n label(s) changed to fit the format", nullptr, n); }},
            {QStringLiteral("label-space-replaced"),
             [](int n) {
                 return Tr::msg("%n label(s) with spaces written with underscores", nullptr, n);
             }},
            {QStringLiteral("span-not-on-text"),
             [](int n) {
                 return Tr::msg("%n span(s) that no longer fit the text left out", nullptr, n);
             }},
            {QStringLiteral("span-overlap-dropped"),
             [](int n) {
                 return Tr::msg("%n overlapping span(s) left out (the format has no room for "
                                "them)",
                                nullptr, n);
             }},
            {QStringLiteral("span-widened-to-tokens"),
             [](int n) { return Tr::msg("%n span(s) widened to whole words", nullptr, n); }},
            {QStringLiteral("span-without-token"),
             [](int n) { return Tr::msg("%n span(s) over no word left out", nullptr, n); }},
            {QStringLiteral("cue-skipped"),
             [](int n) {
                 return Tr::msg("%n cue(s) with bad or missing timings left out", nullptr, n);
             }},
            {QStringLiteral("cue-reversed-skipped"),
             [](int n) {
                 return Tr::msg("%n cue(s) that end before they start, or as they start, left "
                                "out",
                                nullptr, n);
             }},
            {QStringLiteral("cue-without-text-skipped"),
             [](int n) {
                 return Tr::msg("%n cue(s) without text (no label) left out", nullptr, n);
             }},
            {QStringLiteral("edl-audio-event-skipped"),
             [](int n) { return Tr::msg("%n audio-only event(s) left out", nullptr, n); }},
            {QStringLiteral("edl-empty-event-skipped"),
             [](int n) {
                 return Tr::msg("%n event(s) without length (the cut before a transition) left "
                                "out",
                                nullptr, n);
             }},
            {QStringLiteral("eaf-reference-skipped"),
             [](int n) {
                 return Tr::msg("%n reference annotation(s) (no times of their own) left out",
                                nullptr, n);
             }},
            {QStringLiteral("eaf-unaligned-skipped"),
             [](int n) {
                 return Tr::msg("%n annotation(s) on unaligned time slots left out", nullptr, n);
             }},
            {QStringLiteral("marker-not-in-format"),
             [](int n) {
                 return Tr::msg("%n marker(s) left out (the format has segments only)", nullptr,
                                n);
             }},
    };
    if (const M sentence = sentences.value(key))
        return sentence(n);
    return Message::pattern(QStringLiteral("%1: %2")).arg(key).arg(n);
}

QList<Message> countMessages(const QMap<QString, int> &counts)
{
    QList<Message> out;
    for (const QString &key : writtenKeys())
        if (counts.value(key) > 0)
            out << countMessage(key, counts.value(key));
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > 0 && !isWrittenCount(it.key()))
            out << countMessage(it.key(), it.value());
    return out;
}

} // namespace annostraat
