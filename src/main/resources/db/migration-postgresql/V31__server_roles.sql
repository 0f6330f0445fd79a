-- The three roles a shared server grants to its users (docs/server.md,
-- docs/decisions/0073-server-roles.md). Roles belong to the whole cluster, so they may
-- exist already from another CaseTrack database; creating them needs CREATEROLE.
-- Table privileges and row policies are (re)applied after every migrate by
-- afterMigrate__audit_and_roles.sql, so tables added by later migrations are covered too.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casetrack_viewer') THEN
        CREATE ROLE casetrack_viewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casetrack_caseworker') THEN
        CREATE ROLE casetrack_caseworker NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'casetrack_confidential') THEN
        CREATE ROLE casetrack_confidential NOLOGIN;
    END IF;
END
$$;
-- Each role includes the one below it. Roles made by another owner may refuse this owner:
-- then the memberships they already have stand.
DO $$
BEGIN
    GRANT casetrack_viewer TO casetrack_caseworker;
    GRANT casetrack_caseworker TO casetrack_confidential;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'CaseTrack roles exist already and are managed by another owner';
END
$$;
