-- The IATI 2.03 activity of a programme (issue 16 item 4): the reporting organisation's
-- identifier, name and type (OrganisationType code) and the activity's identifier, which
-- starts with the organisation's. The first export marks the row published; from then
-- on the identifiers never change (IATI identifiers are permanent).
CREATE TABLE iati_settings (
    programme_id TEXT NOT NULL PRIMARY KEY REFERENCES programmes (id),
    org_ref TEXT NOT NULL,
    org_name TEXT NOT NULL,
    org_type TEXT NOT NULL,
    activity_id TEXT NOT NULL,
    published_at TIMESTAMP,
    updated_by TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL
);
