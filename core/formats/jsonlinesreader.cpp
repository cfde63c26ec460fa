// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the JSON Lines dump (jsonlines.h, docs/formats.md). Three passes, and nothing is
// written until all of them passed: each line on its own (JSON, its fields and their types),
// the lines together (one task, no duplicate ids, every reference resolved, the header's
// counts met) and the lines against the store (no task, item or annotation that is already
// there). Then every entity becomes a Change and each is checked as an op before one
// transaction writes them all.

#include "jsonlines.h"
#include "model/kinds/annotationkinds.h"

#include "jsonfields.h"
#include "store/store.h"
#include "util/appinfo.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#include <climits>
#include <cmath>
#include <optional>

namespace annostraat {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(annostraat::Formats)
    ANNOSTRAAT_DECLARE_MESSAGES(annostraat::Formats)
};

/// An entity and the line it came from.
template<typename T>
struct Lined
{
    T value;
    qint64 line = 0;
};

struct Dump
{
    qint64 headerLine = 0;
    QString headerTask;
    QMap<QString, qint64> announced; ///< the header's counts, per line type
    QList<Lined<Profile>> profiles;
    std::optional<Lined<Task>> task;
    QList<Lined<Item>> items;
    QHash<QString, QStringList> assigned; ///< item id → annotator ids
    QList<Lined<Annotation>> annotations;
    QList<Lined<Submission>> submissions;
    QList<Lined<Review>> reviews;
};

/// A problem on one line; the caller adds the file name.
struct Problem
{
    qint64 line = 0;
    Message text;
};

const QString kMediaKinds = QStringLiteral("image, video, text, image-pair, mixed");
const QString kVerdicts = QStringLiteral("accepted, rejected, corrected");
const QStringList kCountedTypes{QStringLiteral("profile"), QStringLiteral("item"),
                                QStringLiteral("annotation"), QStringLiteral("submission"),
                                QStringLiteral("review")};

std::optional<Message> readHeader(const QJsonObject &o, qint64 line, Dump &dump)
{
    if (dump.headerLine)
        return Tr::msg("a second header line (the first is line %1)").arg(dump.headerLine);
    JsonFields f(o, {QStringLiteral("type")});
    const QString format = f.text("format");
    if (!f.failed() && format != QLatin1String(kJsonLinesFormatName))
        return Tr::msg("the header's format is \"%1\", not \"%2\"")
                .arg(shownInMessage(format), QLatin1String(kJsonLinesFormatName));
    // Before anything else: a newer version may well have fields this one does not know.
    const qint64 version = f.integer("version", 1, INT_MAX);
    if (!f.failed() && version > kJsonLinesVersion)
        return Tr::msg("the file is in version %1 of the format; this program reads version %2. "
                      "Update Annostraat to import it")
                .arg(version)
                .arg(kJsonLinesVersion);
    f.text("program", false);
    f.text("exported", false);
    dump.headerTask = f.id("task");
    const QJsonObject counts = f.object("counts", false);
    for (auto it = counts.begin(); it != counts.end() && !f.failed(); ++it) {
        if (!kCountedTypes.contains(it.key()))
            f.fail(Tr::msg("\"counts\" has the unknown line type \"%1\"")
                           .arg(shownInMessage(it.key())));
        else if (!it->isDouble() || it->toDouble() < 0 ||
                 std::floor(it->toDouble()) != it->toDouble())
            f.fail(Tr::msg("\"counts\": \"%1\" must be a whole number of 0 or more").arg(it.key()));
        else
            dump.announced.insert(it.key(), qint64(it->toDouble()));
    }
    dump.headerLine = line;
    return f.finish();
}

std::optional<Message> readProfile(const QJsonObject &o, qint64 line, Dump &dump)
{
    JsonFields f(o, {QStringLiteral("type")});
    Profile p;
    p.id = f.id("id");
    p.name = f.text("name").trimmed();
    if (!f.failed() && (p.name.isEmpty() || p.name.size() > 64))
        f.fail(Tr::msg("a profile's name must have 1 to 64 characters"));
    p.role = f.choice("role", &roleFromId, roleIdList());
    dump.profiles << Lined<Profile>{p, line};
    return f.finish();
}

std::optional<Message> readTask(const QJsonObject &o, qint64 line, Dump &dump)
{
    if (dump.task)
        return Tr::msg("a second task line (the first is line %1); a file holds one task")
                .arg(dump.task->line);
    JsonFields f(o, {QStringLiteral("type")});
    Task t;
    t.id = f.id("id");
    t.name = f.text("name").trimmed();
    if (!f.failed() && t.name.isEmpty())
        f.fail(Tr::msg("a task needs a name"));
    t.instructions = f.text("instructions", false);
    t.mediaKind = f.choice("mediaKind", &mediaKindFromId, kMediaKinds);
    t.version = int(f.integer("version", 1, INT_MAX));
    t.annotatorsPerItem = int(f.integer("annotatorsPerItem", 1, 1000));
    const QJsonObject schema = f.object("schema");
    if (!f.failed()) {
        auto parsed = Schema::fromJsonObject(schema, QStringLiteral("schema"));
        if (!parsed)
            f.fail(parsed.error().what());
        else if (parsed->labels().isEmpty() && parsed->questions().isEmpty())
            f.fail(Tr::msg("the schema has no labels and no questions"));
        else
            t.schema = *parsed;
    }
    dump.task = Lined<Task>{t, line};
    return f.finish();
}

bool isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (QChar c : text)
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    return true;
}

std::optional<Message> readItem(const QJsonObject &o, qint64 line, Dump &dump)
{
    JsonFields f(o, {QStringLiteral("type")});
    Item item;
    item.id = f.id("id");
    item.order = int(f.integer("order", INT_MIN, INT_MAX));
    item.kind = f.choice("kind", &mediaKindFromId, kMediaKinds);
    const QJsonArray media = f.array("media");
    if (!f.failed() && media.size() != 1)
        f.fail(Tr::msg("\"media\" must hold exactly one file in version %1 of the format")
                       .arg(kJsonLinesVersion));
    if (!f.failed()) {
        if (!media.first().isObject()) {
            f.fail(Tr::msg("\"media\" must hold JSON objects ({…})"));
        } else {
            JsonFields m(media.first().toObject());
            item.mediaPath = m.text("path");
            m.text("name", false); // for people and clients; the path is what counts
            item.sha256 = m.text("sha256");
            if (!m.failed() && !item.sha256.isEmpty() && !isSha256(item.sha256))
                m.fail(Tr::msg("\"sha256\" must be 64 lower-case hexadecimal digits"));
            item.size = m.integer("size", 0, qint64(1) << 53);
            m.object("facts", false); // room for pixel size, duration, …: not kept yet
            if (const auto problem = m.finish())
                f.fail(Message::pattern(QStringLiteral("media[0]: %1")).arg(*problem));
        }
    }
    const QJsonArray assigned = f.array("assigned", false);
    QStringList people;
    for (const QJsonValue &v : assigned) {
        if (!v.isString() || !isValidId(v.toString())) {
            f.fail(Tr::msg("\"assigned\" must list profile ids"));
            break;
        }
        people << v.toString();
    }
    people.removeDuplicates();
    if (!people.isEmpty())
        dump.assigned.insert(item.id, people);
    dump.items << Lined<Item>{item, line};
    return f.finish();
}

std::optional<Message> readAnnotation(const QJsonObject &o, qint64 line, Dump &dump)
{
    JsonFields f(o, {QStringLiteral("type")});
    Annotation a;
    a.id = f.id("id");
    a.itemId = f.id("item");
    a.author = f.id("author");
    a.kind = f.choice("kind", &annotationKindFromId, annotationKindIdList());
    a.label = f.text("label");
    a.value = f.object("value");
    a.attributes = f.object("attributes", false);
    a.suggested = f.boolean("suggested", false);
    if (!f.failed())
        if (auto r = AnnotationKinds::get(a.kind).validate(a.value); !r)
            f.fail(r.error().what());
    dump.annotations << Lined<Annotation>{a, line};
    return f.finish();
}

std::optional<Message> readSubmission(const QJsonObject &o, qint64 line, Dump &dump)
{
    JsonFields f(o, {QStringLiteral("type")});
    Submission s;
    s.itemId = f.id("item");
    s.annotator = f.id("annotator");
    s.status = f.choice("status", &submissionStatusFromId, submissionStatusIdList());
    s.reason = f.text("reason", false);
    s.timeSpentMs = f.integer("timeSpentMs", 0, qint64(1) << 53, false);
    if (!f.failed() && s.status == SubmissionStatus::Flagged && s.reason.trimmed().isEmpty())
        f.fail(Tr::msg("a flagged item needs a reason"));
    dump.submissions << Lined<Submission>{s, line};
    return f.finish();
}

std::optional<Message> readReview(const QJsonObject &o, qint64 line, Dump &dump)
{
    JsonFields f(o, {QStringLiteral("type")});
    Review r;
    r.itemId = f.id("item");
    r.annotator = f.id("annotator");
    r.reviewer = f.id("reviewer");
    r.verdict = f.choice("verdict", &verdictFromId, kVerdicts);
    r.comment = f.text("comment", false);
    if (!f.failed() && r.verdict == Verdict::Rejected && r.comment.trimmed().isEmpty())
        f.fail(Tr::msg("a rejection needs a comment for the annotator"));
    dump.reviews << Lined<Review>{r, line};
    return f.finish();
}

using LineReader = std::optional<Message> (*)(const QJsonObject &, qint64, Dump &);

struct LineType
{
    const char *type;
    LineReader read;
};

const LineType kLineTypes[] = {
        {"header", readHeader}, {"profile", readProfile},       {"task", readTask},
        {"item", readItem},     {"annotation", readAnnotation}, {"submission", readSubmission},
        {"review", readReview},
};

/// The lines together, and against the store.
std::optional<Problem> checkDump(Dump &dump, const Store &store, const ImportOptions &options,
                                 qint64 lastLine)
{
    if (!dump.headerLine)
        return Problem{1, Tr::msg("the file is empty")};
    if (!dump.task)
        return Problem{lastLine, Tr::msg("the file ends without a task line")};
    const Lined<Task> &task = *dump.task;
    if (dump.headerTask != task.value.id)
        return Problem{task.line, Tr::msg("the header names task %1, but this is task %2")
                                          .arg(dump.headerTask, task.value.id)};
    const QMap<QString, qint64> held{{QStringLiteral("profile"), dump.profiles.size()},
                                     {QStringLiteral("item"), dump.items.size()},
                                     {QStringLiteral("annotation"), dump.annotations.size()},
                                     {QStringLiteral("submission"), dump.submissions.size()},
                                     {QStringLiteral("review"), dump.reviews.size()}};
    for (auto it = dump.announced.cbegin(); it != dump.announced.cend(); ++it)
        if (held.value(it.key()) != it.value())
            return Problem{lastLine,
                           Tr::msg("the header announces %1 \"%2\" lines, but the file has %3; "
                                  "is it complete?")
                                   .arg(it.value())
                                   .arg(it.key())
                                   .arg(held.value(it.key()))};

    if (!options.taskId.isEmpty() && options.taskId != task.value.id &&
        options.taskId.compare(task.value.name, Qt::CaseInsensitive) != 0)
        return Problem{task.line, Tr::msg("the file holds task \"%1\" (%2), not \"%3\"")
                                          .arg(task.value.name, task.value.id, options.taskId)};
    if (store.task(task.value.id))
        return Problem{task.line,
                       Tr::msg("task \"%1\" (%2) is already in this store; a dump is imported "
                              "only into a store that does not have its task")
                               .arg(task.value.name, task.value.id)};

    QHash<QString, qint64> seen; // "<type>:<id>" → line
    auto duplicate = [&](const QString &type, const QString &id,
                         qint64 line) -> std::optional<Problem> {
        const QString key = type + QLatin1Char(':') + id;
        if (const qint64 first = seen.value(key))
            return Problem{line, Tr::msg("a second %1 \"%2\" (the first is on line %3)")
                                         .arg(type, id)
                                         .arg(first)};
        seen.insert(key, line);
        return std::nullopt;
    };

    QSet<QString> people;
    for (const Profile &p : store.profiles())
        people.insert(p.id);
    for (const Lined<Profile> &p : std::as_const(dump.profiles)) {
        if (auto d = duplicate(QStringLiteral("profile"), p.value.id, p.line))
            return d;
        const auto existing = store.findProfile(p.value.name);
        if (existing && existing->id != p.value.id)
            return Problem{p.line, Tr::msg("this store already has a profile named \"%1\", with "
                                          "another id (%2)")
                                           .arg(existing->name, existing->id)};
        people.insert(p.value.id);
    }
    auto person = [&](const QString &id, qint64 line) -> std::optional<Problem> {
        if (people.contains(id))
            return std::nullopt;
        return Problem{line, Tr::msg("no profile line, and no profile in the store, has the id "
                                    "\"%1\"")
                                     .arg(id)};
    };

    QSet<QString> items;
    for (Lined<Item> &item : dump.items) {
        item.value.taskId = task.value.id;
        if (auto d = duplicate(QStringLiteral("item"), item.value.id, item.line))
            return d;
        if (store.item(item.value.id))
            return Problem{
                    item.line,
                    Tr::msg("item %1 is already in this store, in another task").arg(item.value.id)};
        for (const QString &annotator : dump.assigned.value(item.value.id))
            if (auto p = person(annotator, item.line))
                return p;
        items.insert(item.value.id);
    }
    auto itemOf = [&](const QString &id, qint64 line) -> std::optional<Problem> {
        if (items.contains(id))
            return std::nullopt;
        return Problem{line, Tr::msg("no item line has the id \"%1\"").arg(id)};
    };

    for (Lined<Annotation> &a : dump.annotations) {
        a.value.taskId = task.value.id;
        if (auto d = duplicate(QStringLiteral("annotation"), a.value.id, a.line))
            return d;
        if (auto p = itemOf(a.value.itemId, a.line))
            return p;
        if (auto p = person(a.value.author, a.line))
            return p;
        if (store.annotation(a.value.id, true))
            return Problem{a.line,
                           Tr::msg("annotation %1 is already in this store").arg(a.value.id)};
    }
    for (Lined<Submission> &s : dump.submissions) {
        s.value.taskId = task.value.id;
        if (auto d = duplicate(QStringLiteral("submission"), s.value.id(), s.line))
            return d;
        if (auto p = itemOf(s.value.itemId, s.line))
            return p;
        if (auto p = person(s.value.annotator, s.line))
            return p;
    }
    for (Lined<Review> &r : dump.reviews) {
        r.value.taskId = task.value.id;
        if (auto d = duplicate(QStringLiteral("review"), r.value.id(), r.line))
            return d;
        if (auto p = itemOf(r.value.itemId, r.line))
            return p;
        if (auto p = person(r.value.annotator, r.line))
            return p;
        if (auto p = person(r.value.reviewer, r.line))
            return p;
    }
    if (store.hasReadError())
        return Problem{task.line, store.readError().what()};
    return std::nullopt;
}

} // namespace

Result<ImportSummary> importJsonLines(Store &store, QIODevice &in, const QString &fileName,
                                      const ImportOptions &options, const FormatProgress &progress)
{
    if (!isValidId(options.author))
        return Error(Tr::msg("%1: an import needs a profile id as its author").arg(fileName));
    auto at = [&](qint64 line, const Message &problem) {
        return Error::at(fileName, line, problem);
    };

    // ---- each line on its own
    Dump dump;
    qint64 lineNo = 0;
    qint64 bytes = 0;
    const qint64 total = in.isSequential() ? 0 : in.size();
    if (progress)
        progress(FormatStage::Reading, 0, total);
    while (!in.atEnd()) {
        QByteArray line = in.readLine(kJsonLinesMaxLine + 2);
        ++lineNo;
        if (line.isEmpty()) // not even a line break: the device failed
            return Error(Tr::msg("%1: cannot read the file: %2").arg(fileName, in.errorString()));
        bytes += line.size();
        if (!line.endsWith('\n') && !in.atEnd())
            return at(lineNo, Tr::msg("the line is longer than %1 MB").arg(kJsonLinesMaxLine >> 20));
        if (line.endsWith('\n'))
            line.chop(1);
        if (line.endsWith('\r'))
            line.chop(1);
        if (lineNo == 1 && line.startsWith("\xEF\xBB\xBF"))
            line.remove(0, 3);
        if (progress && lineNo % 256 == 0)
            progress(FormatStage::Reading, bytes, total);
        if (line.trimmed().isEmpty())
            continue;

        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return at(lineNo, Tr::msg("not valid JSON at character %1: %2")
                                      .arg(parseError.offset + 1)
                                      .arg(parseError.errorString()));
        if (!doc.isObject())
            return at(lineNo, Tr::msg("each line must be one JSON object ({…})"));
        const QJsonObject object = doc.object();
        const QJsonValue type = object.value(QStringLiteral("type"));
        if (!type.isString())
            return at(lineNo, Tr::msg("the line has no \"type\" (text)"));
        if (!dump.headerLine && type.toString() != QLatin1String("header"))
            return at(lineNo, Tr::msg("the first line must be the header ({\"type\": \"header\", "
                                     "\"format\": \"%1\", …}); is this an Annostraat JSON Lines "
                                     "file?")
                                      .arg(QLatin1String(kJsonLinesFormatName)));
        LineReader read = nullptr;
        for (const LineType &t : kLineTypes)
            if (type.toString() == QLatin1String(t.type))
                read = t.read;
        if (!read)
            return at(lineNo,
                      Tr::msg("unknown line type \"%1\"").arg(shownInMessage(type.toString())));
        if (const auto problem = read(object, lineNo, dump))
            return at(lineNo, *problem);
    }
    if (progress)
        progress(FormatStage::Reading, bytes, total);

    // ---- the lines together, and against the store
    if (const auto problem = checkDump(dump, store, options, std::max<qint64>(lineNo, 1)))
        return at(problem->line, problem->text);

    // ---- every entity as a change, each checked as an op before anything is written
    const Task &task = dump.task->value;
    QList<Change> changes;
    QList<qint64> lines;
    auto add = [&](Change change, qint64 line) {
        change.author = options.author;
        changes << change;
        lines << line;
    };
    for (const Lined<Profile> &p : std::as_const(dump.profiles))
        if (!store.findProfile(p.value.id))
            add(Store::profileChange(p.value, options.author), p.line);
    add(Store::taskChange(task, options.author), dump.task->line);
    for (const Lined<Item> &item : std::as_const(dump.items)) {
        add(Store::itemChange(item.value, options.author), item.line);
        for (const QString &annotator : dump.assigned.value(item.value.id))
            add(Store::assignmentChange(task.id, item.value.id, annotator, true, options.author),
                item.line);
    }
    for (const Lined<Annotation> &a : std::as_const(dump.annotations))
        add(Store::annotationChange(a.value), a.line);
    for (const Lined<Submission> &s : std::as_const(dump.submissions))
        add(Store::submissionChange(s.value, options.author), s.line);
    for (const Lined<Review> &r : std::as_const(dump.reviews))
        add(Store::reviewChange(r.value, options.author), r.line);

    const Hlc probe(1, 0, options.author);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        const Change &c = changes.at(i);
        const Op op{newId(), probe, c.author, c.entity, c.entityId, c.key, c.fields};
        if (auto r = op.validate(); !r)
            return at(lines.at(i), r.error().what());
    }

    // ---- one transaction: all of it or nothing (none for a dry run: see writeImportChanges())
    ImportSummary summary;
    summary.taskId = task.id;
    summary.taskName = task.name;
    for (const Change &c : std::as_const(changes))
        ++summary.counts[c.entity];
    if (options.dryRun)
        return summary;
    auto tx = store.begin();
    if (!tx)
        return tx.error();
    const qint64 count = changes.size();
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (auto r = tx->record(changes.at(i)); !r)
            return at(lines.at(i), r.error().what());
        if (progress && ((i + 1) % 256 == 0 || i + 1 == count))
            progress(FormatStage::Writing, i + 1, count);
    }
    if (auto r = tx->commit(); !r)
        return r.error().prefixed(fileName);
    return summary;
}

} // namespace annostraat
