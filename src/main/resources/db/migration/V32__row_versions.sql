-- Optimistic locking for records several caseworkers edit (docs/decisions/0073-working-together.md):
-- a save names the row_version its form was loaded with; a mismatch means someone else saved
-- in between, and changed_by / changed_at say who and when. Portable SQL for H2 and PostgreSQL.
ALTER TABLE person ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE person ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE person ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE case_file ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE case_file ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE case_file ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE sentence ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE sentence ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE sentence ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE appeal ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE appeal ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE appeal ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE un_ruling ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE un_ruling ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE un_ruling ADD COLUMN changed_at TIMESTAMP;
ALTER TABLE event ADD COLUMN row_version INT DEFAULT 0 NOT NULL;
ALTER TABLE event ADD COLUMN changed_by VARCHAR(200);
ALTER TABLE event ADD COLUMN changed_at TIMESTAMP;
