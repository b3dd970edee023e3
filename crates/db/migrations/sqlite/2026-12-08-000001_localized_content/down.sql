ALTER TABLE positions DROP COLUMN description;
ALTER TABLE positions DROP COLUMN lang;
ALTER TABLE calls DROP COLUMN lang;
DROP TABLE content_versions;
