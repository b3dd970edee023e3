-- A candidate's documents. The file itself is in the data folder, sealed
-- (XChaCha20-Poly1305, associated data binding the document id), under the document's id:
-- never under the name it was uploaded with, which is kept here only sanitised.
CREATE TABLE candidate_documents (
    id TEXT PRIMARY KEY,
    candidate_id TEXT NOT NULL REFERENCES candidates (id),
    kind TEXT NOT NULL,
    issued_on DATE,
    expires_on DATE,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    original_name TEXT NOT NULL,
    stored_name TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX candidate_documents_candidate ON candidate_documents (candidate_id);

-- Two applications that may be the same person (candidate_a < candidate_b), why, and what a
-- person decided: open, dismissed ("not the same person") or merged (kept_id survives).
CREATE TABLE duplicate_flags (
    id TEXT PRIMARY KEY,
    programme_id TEXT NOT NULL REFERENCES programmes (id),
    candidate_a TEXT NOT NULL REFERENCES candidates (id),
    candidate_b TEXT NOT NULL REFERENCES candidates (id),
    reasons TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    decided_by TEXT,
    decided_at TIMESTAMP,
    kept_id TEXT,
    UNIQUE (candidate_a, candidate_b)
);
CREATE INDEX duplicate_flags_status ON duplicate_flags (status, programme_id);
CREATE INDEX duplicate_flags_b ON duplicate_flags (candidate_b);

-- Looking for possible duplicates of an application at submission.
CREATE INDEX candidates_email ON candidates (email);
CREATE INDEX candidates_phone ON candidates (phone);
CREATE INDEX candidates_whatsapp ON candidates (whatsapp);
CREATE INDEX candidates_birth_date ON candidates (birth_date);
