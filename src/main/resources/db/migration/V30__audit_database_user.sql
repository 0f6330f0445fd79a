-- The database user who made each change (docs/decisions/0070-one-schema-two-dialects.md).
-- On a shared PostgreSQL server this is the caseworker's login; os_user stays what the
-- client machine reports and is only a hint there.
ALTER TABLE audit_log ADD COLUMN db_user VARCHAR(200);
