// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

namespace annostraat::migrations {

namespace {

// Version 1: entities materialised from the op log. Every last-writer-wins column has a
// <column>_hlc companion holding the timestamp of the op that wrote it.
const char16_t kVersion1[] = uR"sql(
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE ops (
    seq INTEGER PRIMARY KEY,
    op_id TEXT NOT NULL UNIQUE,
    hlc TEXT NOT NULL,
    author TEXT NOT NULL,
    device TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    payload TEXT NOT NULL
);
CREATE INDEX ops_hlc ON ops (hlc);
CREATE TRIGGER ops_no_update BEFORE UPDATE ON ops
    BEGIN SELECT RAISE(ABORT, 'the op log is append-only'); END;
CREATE TRIGGER ops_no_delete BEFORE DELETE ON ops
    BEGIN SELECT RAISE(ABORT, 'the op log is append-only'); END;

CREATE TABLE profiles (
    id TEXT PRIMARY KEY,
    name TEXT, name_hlc TEXT,
    role TEXT, role_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, deleted_hlc TEXT
);

CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    name TEXT, name_hlc TEXT,
    instructions TEXT, instructions_hlc TEXT,
    media_kind TEXT, media_kind_hlc TEXT,
    schema TEXT, schema_hlc TEXT,
    version INTEGER, version_hlc TEXT,
    annotators_per_item INTEGER, annotators_per_item_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, deleted_hlc TEXT
);

CREATE TABLE items (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    media_path TEXT, media_path_hlc TEXT,
    sha256 TEXT, sha256_hlc TEXT,
    size INTEGER, size_hlc TEXT,
    kind TEXT, kind_hlc TEXT,
    ord INTEGER, ord_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, deleted_hlc TEXT
);
CREATE INDEX items_task ON items (task_id, ord);

CREATE TABLE annotations (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    item_id TEXT NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    author TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT, label_hlc TEXT,
    value TEXT, value_hlc TEXT,
    attributes TEXT, attributes_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, deleted_hlc TEXT
);
CREATE INDEX annotations_item ON annotations (item_id, author);
CREATE INDEX annotations_task ON annotations (task_id);

CREATE TABLE submissions (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    item_id TEXT NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    annotator TEXT NOT NULL,
    status TEXT, status_hlc TEXT,
    reason TEXT, reason_hlc TEXT,
    time_spent_ms INTEGER, time_spent_ms_hlc TEXT
);
CREATE INDEX submissions_task ON submissions (task_id, annotator);

CREATE TABLE reviews (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    item_id TEXT NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    annotator TEXT NOT NULL,
    reviewer TEXT, reviewer_hlc TEXT,
    verdict TEXT, verdict_hlc TEXT,
    comment TEXT, comment_hlc TEXT
);
CREATE INDEX reviews_task ON reviews (task_id);
)sql";

// Version 2: per-profile preferences (language, theme, font size, last task), so people who
// share a lab PC each keep their own. Local to this PC: not replicated through ops.
const char16_t kVersion2[] = uR"sql(
CREATE TABLE profile_settings (
    profile_id TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (profile_id, key)
) WITHOUT ROWID;
)sql";

// Version 3: assignments (replicated like every entity) and this PC's sync bookkeeping
// (local only): which share files it has seen, and what it has pushed per task and author.
const char16_t kVersion3[] = uR"sql(
CREATE TABLE assignments (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    item_id TEXT NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    annotator TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0, deleted_hlc TEXT
);
CREATE INDEX assignments_task ON assignments (task_id, annotator);
CREATE INDEX ops_device_author ON ops (device, author, seq);

CREATE TABLE sync_seen (
    path TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    mtime INTEGER NOT NULL,
    outcome TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    seen_at INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE sync_pushed (
    task_id TEXT NOT NULL,
    author TEXT NOT NULL,
    last_seq INTEGER NOT NULL,
    file_seq INTEGER NOT NULL,
    PRIMARY KEY (task_id, author)
) WITHOUT ROWID;
)sql";

// Version 4: which program version refused a share file, so that a newer reader looks at it
// again (issue 8).
const char16_t kVersion4[] = uR"sql(
ALTER TABLE sync_seen ADD COLUMN program TEXT NOT NULL DEFAULT '';
)sql";

// Version 5: items with facts about their media and further media (issue 9, point 4).
const char16_t kVersion5[] = uR"sql(
ALTER TABLE items ADD COLUMN facts TEXT;
ALTER TABLE items ADD COLUMN facts_hlc TEXT;
ALTER TABLE items ADD COLUMN extra_media TEXT;
ALTER TABLE items ADD COLUMN extra_media_hlc TEXT;
)sql";

// Version 6: why a share file was refused, kept as the problem's code and arguments (a Message
// as JSON) so that it is worded in the language of the moment when shown (issue 9, point 8).
// `message` keeps the English wording for people who read the file with sqlite3; rows from
// before keep their old text there and show it as it is.
const char16_t kVersion6[] = uR"sql(
ALTER TABLE sync_seen ADD COLUMN problem TEXT NOT NULL DEFAULT '';
)sql";

// Version 7: suggestions (pre-annotations) that a layer's person accepts or rejects (issue 11,
// point 6). Ops without the field leave it 0, so older ops and packages read as before.
const char16_t kVersion7[] = uR"sql(
ALTER TABLE annotations ADD COLUMN suggested INTEGER NOT NULL DEFAULT 0;
ALTER TABLE annotations ADD COLUMN suggested_hlc TEXT;
)sql";

// Version 8: verdicts anchored to an annotation (and where on it), and taken back (issue 12,
// decision 0018). Ops without the fields leave them empty, so older ops read as before.
const char16_t kVersion8[] = uR"sql(
ALTER TABLE reviews ADD COLUMN annotation TEXT;
ALTER TABLE reviews ADD COLUMN annotation_hlc TEXT;
ALTER TABLE reviews ADD COLUMN anchor TEXT;
ALTER TABLE reviews ADD COLUMN anchor_hlc TEXT;
ALTER TABLE reviews ADD COLUMN deleted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE reviews ADD COLUMN deleted_hlc TEXT;
)sql";

// Version 9: what one person has in hand on one item on this PC, kept across a crash or a
// restart (issue 15, point 9): answer text typed but not confirmed, and the undo steps.
// Local like profile_settings: never in the op log, never synced.
const char16_t kVersion9[] = uR"sql(
CREATE TABLE drafts (
    item_id TEXT NOT NULL, profile_id TEXT NOT NULL, key TEXT NOT NULL, text TEXT NOT NULL,
    PRIMARY KEY (item_id, profile_id, key)
) WITHOUT ROWID;
CREATE TABLE undo_steps (
    item_id TEXT NOT NULL, profile_id TEXT NOT NULL, step INTEGER NOT NULL, json TEXT NOT NULL,
    PRIMARY KEY (item_id, profile_id, step)
) WITHOUT ROWID;
)sql";

// Version 10: gold items, marked by a team lead with their own layer as the reference (issue 12,
// point 5, decision 0021). A table of its own, replicated through "gold" ops; nothing else
// changes, so the step can be renumbered on its own.
const char16_t kVersion10[] = uR"sql(
CREATE TABLE gold (
    id TEXT PRIMARY KEY,
    task_id TEXT NOT NULL REFERENCES tasks (id) DEFERRABLE INITIALLY DEFERRED,
    item_id TEXT NOT NULL REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED,
    reference TEXT, reference_hlc TEXT,
    deleted INTEGER NOT NULL DEFAULT 0, deleted_hlc TEXT
);
CREATE INDEX gold_task ON gold (task_id);
)sql";

// Version 11: who a task is for (issue 14, decision 0028). A task op carries "client" only when
// one is given, so tasks without it keep the shape older versions read.
const char16_t kVersion11[] = uR"sql(
ALTER TABLE tasks ADD COLUMN client TEXT;
ALTER TABLE tasks ADD COLUMN client_hlc TEXT;
)sql";

} // namespace

QString script(int toVersion)
{
    switch (toVersion) {
    case 1:
        return QString::fromUtf16(kVersion1);
    case 2:
        return QString::fromUtf16(kVersion2);
    case 3:
        return QString::fromUtf16(kVersion3);
    case 4:
        return QString::fromUtf16(kVersion4);
    case 5:
        return QString::fromUtf16(kVersion5);
    case 6:
        return QString::fromUtf16(kVersion6);
    case 7:
        return QString::fromUtf16(kVersion7);
    case 8:
        return QString::fromUtf16(kVersion8);
    case 9:
        return QString::fromUtf16(kVersion9);
    case 10:
        return QString::fromUtf16(kVersion10);
    case 11:
        return QString::fromUtf16(kVersion11);
    default:
        return {};
    }
}

} // namespace annostraat::migrations
