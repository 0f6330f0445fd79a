-- The key a person or case has in casetrack.data/1 files (import-json, load-sample, export all).
-- Identity across files comes from this key, not from names: two keys are two persons even
-- when their names fold alike (docs/decisions/0055-identity-from-keys.md). NULL for rows that
-- came from a report or the screens until a data file names them.
ALTER TABLE person ADD COLUMN data_key VARCHAR(200);
ALTER TABLE case_file ADD COLUMN data_key VARCHAR(200);
CREATE UNIQUE INDEX person_data_key ON person (data_key);
CREATE UNIQUE INDEX case_file_data_key ON case_file (data_key);
