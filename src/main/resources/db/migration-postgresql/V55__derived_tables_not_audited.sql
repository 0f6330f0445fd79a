-- The server audited the derived tables too (person_name_token, country_in_use, store_task),
-- which H2 never did: every name saved wrote a dozen extra audit rows, and an upgrade task
-- left audit rows behind. They are rebuilt from audited rows, so their triggers go
-- (docs/decisions/0079-every-store-test-on-both-databases.md).
DROP TRIGGER IF EXISTS casetrack_audit ON person_name_token;
DROP TRIGGER IF EXISTS casetrack_audit ON country_in_use;
DROP TRIGGER IF EXISTS casetrack_audit ON store_task;
