-- The common migrations were first written for H2 and use its CLOB type for long texts.
-- PostgreSQL has no CLOB; a domain over TEXT lets the same files run unchanged here
-- (docs/decisions/0070-one-schema-two-dialects.md). Runs before every migrate; idempotent.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'clob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN clob AS TEXT;
    END IF;
END
$$;
