-- The documents of a grant application (issue 15 item 2): a business plan, quotes,
-- certificates, an identity document. The bytes are sealed in the document store under
-- the row's id, written and synced before the row commits; the row holds no file name.
CREATE TABLE grant_documents (
    id TEXT NOT NULL PRIMARY KEY,
    application_id TEXT NOT NULL REFERENCES grant_applications (id),
    -- business_plan | quote | certificate | identity | other
    kind TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at TIMESTAMP NOT NULL
);
CREATE INDEX grant_documents_application ON grant_documents (application_id, uploaded_at);
