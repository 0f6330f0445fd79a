-- Row versions for the spellings of a person's name and for a case's charges, as V32 gave
-- persons, cases and facts (docs/decisions/0087-row-versions-for-names-and-charges.md):
-- two caseworkers editing the same spelling or charge get the same conflict handling.
-- Portable SQL for H2 and PostgreSQL.
ALTER TABLE person_name ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE person_name ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE person_name ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE charge ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE charge ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE charge ADD COLUMN changed_at TIMESTAMP;
