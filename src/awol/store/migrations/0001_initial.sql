-- Documents, claims and what they reference. Plain tables with declared foreign
-- keys, so Datasette shows them as linked pages.

CREATE TABLE documents (
    doc_hash    TEXT PRIMARY KEY,   -- content hash of the text (awol.model.content_hash)
    doc_id      TEXT NOT NULL,
    url         TEXT,
    title       TEXT,
    publisher   TEXT,
    published   TEXT,               -- as given: YYYY-MM-DD, YYYY-MM, YYYY or NULL
    text        TEXT NOT NULL,
    path        TEXT,
    ingested_at TEXT NOT NULL       -- wall-clock time of storage (UTC, ISO); not part of the content
);
CREATE INDEX documents_doc_id ON documents (doc_id);
CREATE INDEX documents_published ON documents (published);

CREATE TABLE drivers (
    doc_hash TEXT NOT NULL REFERENCES documents (doc_hash) ON DELETE CASCADE,
    driver   TEXT NOT NULL,
    PRIMARY KEY (doc_hash, driver)
);

CREATE TABLE groups (
    name    TEXT PRIMARY KEY,
    country TEXT
);

CREATE TABLE places (
    place_id TEXT PRIMARY KEY,      -- "name|country" (country may be empty)
    name     TEXT NOT NULL,
    country  TEXT,
    lat      REAL,
    lon      REAL
);

-- `id` aliases the rowid so the FTS index (content_rowid) survives VACUUM.
CREATE TABLE claims (
    id             INTEGER PRIMARY KEY,
    claim_id       TEXT NOT NULL UNIQUE,
    doc_hash       TEXT NOT NULL REFERENCES documents (doc_hash) ON DELETE CASCADE,
    seq            INTEGER NOT NULL,   -- order of the claim within its document
    kind           TEXT NOT NULL,
    measure        TEXT,
    "group"        TEXT NOT NULL REFERENCES groups (name),
    group_mention  TEXT,
    group_country  TEXT,
    count_low      INTEGER,
    count_high     INTEGER,
    count_text     TEXT,
    period_start   TEXT,
    period_end     TEXT,
    period_text    TEXT,
    origin         TEXT NOT NULL DEFAULT '[]',      -- JSON list of {name, country, lat, lon}
    destination    TEXT NOT NULL DEFAULT '[]',
    to_group       TEXT,
    source         TEXT,
    source_type    TEXT NOT NULL,
    status         TEXT NOT NULL,
    evidence       TEXT NOT NULL,
    evidence_start INTEGER,
    evidence_end   INTEGER,
    rule           TEXT
);
CREATE INDEX claims_doc ON claims (doc_hash, seq);
CREATE INDEX claims_kind ON claims (kind);
CREATE INDEX claims_group ON claims ("group");
CREATE INDEX claims_country ON claims (group_country);

CREATE TABLE claim_places (
    claim_id TEXT NOT NULL REFERENCES claims (claim_id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('origin', 'destination')),
    position INTEGER NOT NULL,
    place_id TEXT NOT NULL REFERENCES places (place_id),
    PRIMARY KEY (claim_id, role, position)
);
CREATE INDEX claim_places_place ON claim_places (place_id);

-- Written wholesale by reconcile after each ingest (derived, never edited).
CREATE TABLE events (
    event_id      TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    "group"       TEXT,
    group_country TEXT,
    measure       TEXT,
    period_start  TEXT,
    period_end    TEXT,
    low           INTEGER,
    high          INTEGER,
    conflict      INTEGER NOT NULL DEFAULT 0,
    note          TEXT,
    sources       TEXT NOT NULL DEFAULT '[]',   -- JSON list
    figures       TEXT NOT NULL DEFAULT '[]',   -- JSON list: each claim's figure, side by side
    n_claims      INTEGER NOT NULL
);

CREATE TABLE event_claims (
    event_id TEXT NOT NULL REFERENCES events (event_id) ON DELETE CASCADE,
    claim_id TEXT NOT NULL REFERENCES claims (claim_id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, claim_id)
);
CREATE INDEX event_claims_claim ON event_claims (claim_id);

CREATE TABLE syndication (
    doc_hash       TEXT PRIMARY KEY REFERENCES documents (doc_hash) ON DELETE CASCADE,
    canonical_hash TEXT NOT NULL REFERENCES documents (doc_hash)
);
