-- PostgreSQL only (docs/decisions/0078-search-indexes-on-the-server.md).
-- Name search looks word keys up by equality and by prefix (token LIKE 'abd%'). H2's index
-- serves both; PostgreSQL's default b-tree under a non-C collation serves only equality, so
-- prefixes get pattern-ops indexes here.
CREATE INDEX person_name_token_prefix ON person_name_token (token varchar_pattern_ops, person_id);

-- Case search matches any part of the title or number (lower(title) LIKE '%…%'): trigram
-- indexes when pg_trgm can be created. It is a trusted extension (PostgreSQL 13+), so the
-- database owner who runs migrations may create it; where that is refused or the extension
-- is not installed, the search still works, by a scan, and the migration goes on.
DO $$
BEGIN
    BEGIN
        CREATE EXTENSION IF NOT EXISTS pg_trgm;
    EXCEPTION WHEN insufficient_privilege OR undefined_file OR feature_not_supported OR object_not_in_prerequisite_state THEN
        RAISE NOTICE 'pg_trgm is not available (%); case search scans instead', SQLERRM;
        RETURN;
    END;
    EXECUTE 'CREATE INDEX case_file_title_trgm ON case_file USING gin (lower(title) gin_trgm_ops)';
    EXECUTE 'CREATE INDEX case_file_number_trgm ON case_file USING gin (lower(case_number) gin_trgm_ops)';
END $$;
