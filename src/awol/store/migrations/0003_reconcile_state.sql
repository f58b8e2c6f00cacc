-- What the events were last computed from: a digest of all document hashes and
-- claim ids. Ingest recomputes events only when it differs, so a rerun that adds
-- nothing skips the (costly) reconcile; `awol reconcile` always recomputes.
CREATE TABLE reconcile_state (
    id            INTEGER PRIMARY KEY CHECK (id = 1),
    inputs_digest TEXT NOT NULL,
    events        INTEGER NOT NULL
);
