// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The store: one SQLite file per PC user account (never on the network share).
//
// Every change is an op (op.h). A WriteTransaction turns Changes into ops (giving each a
// unique HLC timestamp), appends them to the op log and applies them to the entity tables,
// all in one SQLite transaction: the log and the tables can never disagree, and a crash
// loses at most the transaction in flight (WAL, synchronous=FULL). Ops from other PCs go
// through merge(), which validates every op before it changes anything.
//
// The store is not a singleton and not thread-safe: each thread or window that needs one
// opens its own (SQLite serialises writers across connections and processes).

#include "model/entities.h"
#include "op.h"
#include "util/hlc.h"
#include "util/result.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>
#include <optional>

namespace annostraat {

class Database;
class Store;

/// Collects the changes of one user action; nothing is visible until commit().
/// Rolls back if destroyed uncommitted.
class WriteTransaction
{
public:
    ~WriteTransaction();
    WriteTransaction(WriteTransaction &&other) noexcept;
    WriteTransaction &operator=(WriteTransaction &&) = delete;

    /// Records \a change as a new op of this device and applies it.
    Result<Op> record(const Change &change);
    /// Appends and applies an op made elsewhere (merge); false if it was already known.
    Result<bool> apply(const Op &op);
    Result<void> commit();

private:
    friend class Store;
    explicit WriteTransaction(Store *store) : m_store(store) {}
    Store *m_store = nullptr;
};

struct MergeResult
{
    int received = 0; ///< ops offered
    int applied = 0;  ///< ops that were new to this store
};

/// What this PC remembers of one file on the share (sync bookkeeping, local only).
struct SeenFile
{
    qint64 size = 0;
    qint64 mtime = 0;
    QString outcome; ///< "imported", "refused", "own", …
    Message problem; ///< why it was refused; worded when shown
    qint64 seenAtMs = 0; ///< when this PC last looked at it (ms since the epoch)
    QString program;     ///< the program version that looked (versionString())
};

struct TaskStats
{
    int items = 0;
    QMap<QString, int> itemsPerStatus;          ///< status id → items (per annotator layer)
    QMap<QString, int> annotationsPerLabel;     ///< label → live annotations
    QMap<QString, int> annotationsPerAuthor;    ///< profile name → live annotations
};

class Store
{
public:
    /// Opens (creating if needed) and migrates the store at \a path. A file that is not an
    /// Annostraat store, or one written by a newer version, is refused and left untouched.
    static Result<std::unique_ptr<Store>> open(const QString &path);
    ~Store();
    Store(const Store &) = delete;
    Store &operator=(const Store &) = delete;

    const QString &path() const { return m_path; }
    const QString &deviceId() const { return m_deviceId; }
    int schemaVersion() const;

    // ---- writing: all changes are ops ------------------------------------------------
    Result<WriteTransaction> begin();
    /// One transaction that records \a changes (one user action).
    Result<QList<Op>> record(const QList<Change> &changes);
    /// Validates every op first, then applies them all in one transaction or none.
    Result<MergeResult> merge(const QList<Op> &ops);

    // ---- convenience writers, one transaction each -----------------------------------
    Result<Profile> addProfile(const QString &name, Role role);
    /// Creates the task and its items. Item ids and the task id are assigned if empty.
    Result<Task> createTask(Task task, QList<Item> items, const QString &author);
    /// Checks the annotation against the task's schema, gives it an id, stores it.
    Result<Annotation> addAnnotation(Annotation annotation);
    /// Sets label/value/attributes/deleted (as in the op JSON) on one annotation.
    Result<void> updateAnnotation(const QString &annotationId, const QJsonObject &fields,
                                  const QString &author);
    Result<void> setSubmission(const Submission &submission, const QString &author);
    Result<void> setReview(const Review &review, const QString &author);
    /// Marks (or unmarks) item \a itemId as gold with \a teamLead's layer as the reference
    /// (decision 0021). Refused unless \a teamLead is a team lead.
    Result<void> setGold(const QString &itemId, const QString &teamLead, bool gold);

    /// Gives each item of the task \a perItem annotators from \a annotators, taking them in
    /// turn (round-robin), in one transaction. Existing assignments are kept and count towards
    /// an item's \a perItem (assignmentplan.h: planRoundRobin, applyPlan).
    Result<int> assignRoundRobin(const QString &taskId, const QStringList &annotators, int perItem,
                                 const QString &author);
    /// Assigns (or withdraws) one item to one annotator.
    Result<void> setAssignment(const QString &itemId, const QString &annotator, bool assigned,
                               const QString &author);

    /// Checks an annotation (existing item of the task, known author, schema) without writing.
    Result<void> checkAnnotation(const Annotation &annotation) const;
    /// The change that writes \a annotation in full (used by addAnnotation and bulk loads).
    static Change annotationChange(const Annotation &annotation, bool includeAll = true);
    // The changes the writers above make, one per entity, for bulk loads that write many
    // entities in one transaction (an import through core/formats).
    static Change profileChange(const Profile &profile, const QString &author);
    static Change taskChange(const Task &task, const QString &author);
    static Change itemChange(const Item &item, const QString &author);
    static Change submissionChange(const Submission &submission, const QString &author);
    /// \a allFields: also the fields that are empty or false (to overwrite an earlier verdict's).
    static Change reviewChange(const Review &review, const QString &author, bool allFields = false);
    static Change assignmentChange(const QString &taskId, const QString &itemId,
                                   const QString &annotator, bool assigned, const QString &author);
    static Change goldChange(const GoldMark &mark, const QString &author);

    // ---- reading ----------------------------------------------------------------------
    QList<Profile> profiles() const;
    /// By id, or by name (case-insensitive).
    std::optional<Profile> findProfile(const QString &idOrName) const;
    QList<Task> tasks() const;
    std::optional<Task> task(const QString &id) const;
    QList<Item> items(const QString &taskId) const;
    std::optional<Item> item(const QString &id) const;
    /// The items \a profileId works on: those assigned to them, or every item when nobody
    /// has been assigned anything in this task (a task made for one person, like the demo).
    QList<Item> queue(const QString &taskId, const QString &profileId) const;
    /// Annotator profile ids per item id, for the task's live assignments.
    QHash<QString, QStringList> assignments(const QString &taskId) const;
    /// Live annotations of an item; only \a author's layer when given.
    QList<Annotation> annotations(const QString &itemId, const QString &author = {}) const;
    QList<Annotation> taskAnnotations(const QString &taskId) const;
    std::optional<Annotation> annotation(const QString &id, bool includeDeleted = false) const;
    std::optional<Submission> submission(const QString &itemId, const QString &annotator) const;
    QList<Submission> submissions(const QString &taskId) const;
    /// Every person's status on one item, by annotator (a range of the key, not a pass over the task).
    QList<Submission> itemSubmissions(const QString &itemId) const;
    /// How many items of the task \a annotator marked done or flagged that come before
    /// \a itemId in the task's order (the review policy's "first N items").
    qint64 submittedBefore(const QString &taskId, const QString &annotator, const QString &itemId) const;
    /// The verdict on \a annotator's work on the item; a verdict taken back only with \a includeDeleted.
    std::optional<Review> review(const QString &itemId, const QString &annotator, bool includeDeleted = false) const;
    /// The task's reviews, by item and annotator.
    QList<Review> reviews(const QString &taskId) const;
    /// The verdicts on one item, by annotator.
    QList<Review> itemReviews(const QString &itemId) const;
    /// The task's gold items (decision 0021), by item; unmarked ones only with \a includeDeleted.
    QList<GoldMark> goldMarks(const QString &taskId, bool includeDeleted = false) const;
    TaskStats stats(const QString &taskId) const;

    /// Ops in the order this store received them, after local sequence \a afterSeq.
    QList<Op> ops(qint64 afterSeq = 0, int limit = -1) const;
    qint64 opCount() const;
    /// "ok", or what PRAGMA integrity_check reports.
    QString integrityCheck() const;

    /// Profiles made on this PC or that made a change on it.
    QList<Profile> localProfiles() const;
    /// This device's ops by \a author after local sequence \a afterSeq.
    QList<Op> ownOps(const QString &author, qint64 afterSeq) const;

    // ---- sync bookkeeping (local to this PC) -------------------------------------------
    std::optional<SeenFile> seenFile(const QString &sharePath) const;
    /// Every remembered share file whose path starts with \a prefix, by path.
    QList<std::pair<QString, SeenFile>> seenFiles(const QString &prefix) const;
    /// People's work done on this PC that no push has taken to the share yet.
    qint64 pendingOpCount() const;
    Result<void> markSeen(const QString &sharePath, const SeenFile &file);
    /// Local op sequence pushed so far, and the number of the last file written, per task and author.
    std::pair<qint64, int> pushed(const QString &taskId, const QString &author) const;
    Result<void> setPushed(const QString &taskId, const QString &author, qint64 lastSeq, int fileSeq);

    // ---- per-profile preferences (local to this PC) ------------------------------------
    QString setting(const QString &profileId, const QString &key, const QString &fallback = {}) const;
    Result<void> setSetting(const QString &profileId, const QString &key, const QString &value);

    // ---- what one person has in hand on one item (local to this PC, never synced) ---------
    /// Text typed into an answer field and not yet confirmed, per field key: what a crash
    /// would otherwise take. Empty text removes the draft.
    QHash<QString, QString> drafts(const QString &itemId, const QString &profileId) const;
    Result<void> setDraft(const QString &itemId, const QString &profileId, const QString &key,
                          const QString &text);
    /// The item's undo steps by number, each as its command wrote it
    /// (core/document/commands.cpp); they outlive a restart so the last steps can be undone.
    QMap<int, QJsonObject> undoSteps(const QString &itemId, const QString &profileId) const;
    /// Keeps \a step as step \a index (0-based) and forgets every later one and every one
    /// more than \a keep steps back; a null \a step only forgets from \a index on.
    Result<void> setUndoStep(const QString &itemId, const QString &profileId, int index,
                             const QJsonObject &step, int keep);

    /// Whether a reading function met an error (reads return empty results on failure), and
    /// the last such error. An empty list after a failed read is not an empty queue: callers
    /// that show lists check this and say so.
    bool hasReadError() const { return m_lastReadError.has_value(); }
    Error readError() const { return m_lastReadError.value_or(Error()); }
    /// Forgets the last read error (before a read whose outcome the caller will check).
    void clearReadError() const { m_lastReadError.reset(); }

private:
    friend class WriteTransaction;
    Store(QString path, std::unique_ptr<Database> db);
    Result<void> migrate();
    Result<void> applyOp(const Op &op, bool *isNew);
    /// Refuses an op whose immutable key differs from the stored entity's.
    Result<void> checkKey(const Op &op);
    /// Refuses a review op whose author is not a reviewer or team lead (decision 0018), and a
    /// gold op whose author is not a team lead (decision 0021).
    Result<void> checkVerdictAuthors(const QList<Op> &ops) const;
    Result<void> refreshClock();
    void readFailed(const Message &what) const;

    QString m_path;
    std::unique_ptr<Database> m_db;
    QString m_deviceId;
    std::unique_ptr<HlcClock> m_clock;
    bool m_inTransaction = false;
    mutable std::optional<Error> m_lastReadError;
};

} // namespace annostraat
