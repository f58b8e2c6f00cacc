-- Full-text search over evidence. An external-content FTS5 table named
-- claims_fts with content="claims" is what Datasette looks for to offer search.
CREATE VIRTUAL TABLE claims_fts USING fts5 (evidence, content="claims", content_rowid="id");

CREATE TRIGGER claims_ai AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, evidence) VALUES (new.id, new.evidence);
END;
CREATE TRIGGER claims_ad AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
END;
CREATE TRIGGER claims_au AFTER UPDATE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, evidence) VALUES ('delete', old.id, old.evidence);
    INSERT INTO claims_fts (rowid, evidence) VALUES (new.id, new.evidence);
END;
