-- A store as Annostraat schema version 1 wrote it. Frozen: never edit this file when the
-- schema changes; the migration test opens it with the current code.
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

-- Rows as Annostraat store version 1 wrote them: one profile, one task with one item,
-- one annotation and one submission, each with the op that created it.
INSERT INTO meta (key, value) VALUES ('device', 'device-v1');
INSERT INTO profiles VALUES ('p1', 'Anna', '001700000000000.000000.device-v1', 'annotator', '001700000000000.000000.device-v1', 0, NULL);
INSERT INTO tasks VALUES ('t1', 'Dijken', '001700000000001.000000.device-v1', '# Instructies', '001700000000001.000000.device-v1',
  'image', '001700000000001.000000.device-v1',
  '{"format":1,"labels":[{"colour":"#d62728","hotkey":"1","kinds":["crack"],"name":"Scheur"}]}', '001700000000001.000000.device-v1',
  1, '001700000000001.000000.device-v1', 1, '001700000000001.000000.device-v1', 0, NULL);
INSERT INTO items VALUES ('i1', 't1', '/media/dijk.jpg', '001700000000001.000001.device-v1',
  'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', '001700000000001.000001.device-v1',
  1234, '001700000000001.000001.device-v1', 'image', '001700000000001.000001.device-v1', 0, '001700000000001.000001.device-v1', 0, NULL);
INSERT INTO annotations VALUES ('a1', 't1', 'i1', 'p1', 'crack', 'Scheur', '001700000000002.000000.device-v1',
  '{"points":[[1,2],[30,40],[55,60]]}', '001700000000002.000000.device-v1', '{}', '001700000000002.000000.device-v1',
  0, '001700000000002.000000.device-v1');
INSERT INTO submissions VALUES ('i1/p1', 't1', 'i1', 'p1', 'done', '001700000000003.000000.device-v1', '', '001700000000003.000000.device-v1',
  61000, '001700000000003.000000.device-v1');
INSERT INTO ops (op_id, hlc, author, device, entity, entity_id, payload) VALUES
  ('o1', '001700000000000.000000.device-v1', 'p1', 'device-v1', 'profile', 'p1', '{"fields":{"name":"Anna","role":"annotator"},"key":{}}'),
  ('o2', '001700000000002.000000.device-v1', 'p1', 'device-v1', 'annotation', 'a1',
   '{"fields":{"attributes":{},"deleted":false,"label":"Scheur","value":{"points":[[1,2],[30,40],[55,60]]}},"key":{"author":"p1","item":"i1","kind":"crack","task":"t1"}}');
PRAGMA application_id = 1095650895;
PRAGMA user_version = 1;
