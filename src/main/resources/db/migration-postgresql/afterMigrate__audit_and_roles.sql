-- Re-applied after every migrate, so tables that later migrations add are covered too
-- (docs/decisions/0072-server-audit.md, 0073-server-roles.md). Everything here is idempotent.

-- Long values are shortened in the log, as on H2 (org.casetrack.store.AuditTrigger).
CREATE OR REPLACE FUNCTION casetrack_audit_row(r jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT jsonb_object_agg(key, CASE
               WHEN jsonb_typeof(value) = 'string' AND length(value #>> '{}') > 400
               THEN to_jsonb(left(value #>> '{}', 400) || '… (' || length(value #>> '{}') || ' chars)')
               ELSE value END)::text
    FROM jsonb_each(r)
$$;

-- One audit_log row per changed row, in the writing transaction. SECURITY DEFINER: writers
-- need no right on audit_log itself, and only casetrack_confidential may read it, since it
-- holds before/after copies of confidential rows. session_user is the login, not the role.
CREATE OR REPLACE FUNCTION casetrack_audit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path FROM CURRENT AS $$
DECLARE
    before_json jsonb;
    after_json jsonb;
BEGIN
    -- Held to the end of the writing transaction. The stored schedule takes this lock
    -- exclusively for an instant before it reads max(audit_log.id), so no audit row below
    -- that id can still be uncommitted (org.casetrack.schedule.ScheduleCache, decision 0115).
    PERFORM pg_advisory_xact_lock_shared(7305115);
    IF TG_OP <> 'INSERT' THEN before_json := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN after_json := to_jsonb(NEW); END IF;
    INSERT INTO audit_log (os_user, db_user, table_name, row_id, action, before_row, after_row)
    VALUES (nullif(current_setting('casetrack.os_user', true), ''), session_user, TG_TABLE_NAME,
            CASE WHEN jsonb_typeof(coalesce(after_json, before_json) -> 'id') = 'number'
                 THEN (coalesce(after_json, before_json) ->> 'id')::bigint END,
            TG_OP, casetrack_audit_row(before_json), casetrack_audit_row(after_json));
    -- Other windows LISTEN for this and reload (org.casetrack.store.ServerChanges); it is
    -- delivered on commit only, and carries no data, so viewers may receive it too.
    PERFORM pg_notify('casetrack_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

-- Derived tables (word keys, filter lists, store tasks, the stored schedule) are rebuilt from audited rows and
-- are not audited, as on H2 (AuditTrigger.NOT_AUDITED); V55 dropped their old triggers.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind = 'r'
               AND c.relname NOT IN ('audit_log', 'flyway_schema_history',
                                     'person_name_token', 'country_in_use', 'store_task',
                                     'schedule_cache_item', 'schedule_cache_meta') LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'casetrack_audit'
                       AND tgrelid = format('%I', t.relname)::regclass) THEN
            EXECUTE format('CREATE TRIGGER casetrack_audit AFTER INSERT OR UPDATE OR DELETE ON %I '
                           'FOR EACH ROW EXECUTE FUNCTION casetrack_audit()', t.relname);
        END IF;
    END LOOP;
END
$$;

-- Privileges: viewers read, caseworkers also write, confidential users also read the
-- audit log and every row marked confidential (row-level security below). Skipped
-- quietly where the roles do not exist (a server without CREATEROLE for the owner).
DO $$
DECLARE
    t record;
    s text := quote_ident(current_schema());
BEGIN
    IF (SELECT count(*) FROM pg_roles WHERE rolname IN
            ('casetrack_viewer', 'casetrack_caseworker', 'casetrack_confidential')) < 3 THEN
        RAISE NOTICE 'CaseTrack roles missing: privileges not applied';
        RETURN;
    END IF;
    EXECUTE format('GRANT USAGE ON SCHEMA %s TO casetrack_viewer', s);
    EXECUTE format('GRANT SELECT ON flyway_schema_history TO casetrack_viewer');
    FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE n.nspname = current_schema() AND c.relkind = 'r'
               AND c.relname NOT IN ('audit_log', 'flyway_schema_history',
                                     'schedule_cache_item', 'schedule_cache_meta') LOOP
        EXECUTE format('GRANT SELECT ON %I TO casetrack_viewer', t.relname);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO casetrack_caseworker', t.relname);
    END LOOP;
    EXECUTE format('GRANT USAGE ON ALL SEQUENCES IN SCHEMA %s TO casetrack_caseworker', s);
    EXECUTE 'GRANT SELECT ON audit_log TO casetrack_confidential';
    -- The stored schedule is computed from every row, confidential ones included, and kept
    -- up to date from the audit log: only those who may read both may use it. Everyone
    -- else computes the schedule from the rows they can see (decision 0115).
    -- (absent when a schema is migrated only up to a version before V66)
    IF to_regclass('schedule_cache_item') IS NOT NULL THEN
        EXECUTE 'GRANT SELECT, INSERT, UPDATE, DELETE ON schedule_cache_item, schedule_cache_meta TO casetrack_confidential';
        EXECUTE 'REVOKE ALL ON schedule_cache_item, schedule_cache_meta FROM casetrack_viewer, casetrack_caseworker';
    END IF;

    -- A row marked confidential is invisible, and cannot be written, unless the user is a
    -- member of casetrack_confidential. The owner (who runs migrations) is not bound.
    FOR t IN SELECT c.table_name FROM information_schema.columns c
             JOIN pg_class k ON k.relname = c.table_name
             JOIN pg_namespace n ON n.oid = k.relnamespace AND n.nspname = c.table_schema
             WHERE c.table_schema = current_schema() AND c.column_name = 'confidential'
               AND k.relkind = 'r' LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.table_name);
        EXECUTE format('DROP POLICY IF EXISTS casetrack_confidential_rows ON %I', t.table_name);
        EXECUTE format('CREATE POLICY casetrack_confidential_rows ON %I USING '
                       '(NOT confidential OR pg_has_role(session_user, ''casetrack_confidential'', ''MEMBER''))',
                       t.table_name);
    END LOOP;
END
$$;
