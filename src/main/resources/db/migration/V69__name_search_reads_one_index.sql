-- Name search reads the spellings from the word-key rows themselves (docs/decisions/0121):
-- each word's row carries its spelling and match key, and one index holds all that a search
-- reads, so a search is a range of that index instead of a row lookup in person_name per word.
-- The copies are written with the words (NameIndex.write), which are rewritten whenever a
-- spelling changes. Portable SQL (H2 and PostgreSQL).
ALTER TABLE person_name_token ADD COLUMN name VARCHAR(300);
ALTER TABLE person_name_token ADD COLUMN match_key VARCHAR(300);
UPDATE person_name_token SET
    name = (SELECT n.name FROM person_name n WHERE n.id = person_name_token.name_id),
    match_key = (SELECT n.match_key FROM person_name n WHERE n.id = person_name_token.name_id);
ALTER TABLE person_name_token ALTER COLUMN name SET NOT NULL;
ALTER TABLE person_name_token ALTER COLUMN match_key SET NOT NULL;
CREATE INDEX person_name_token_search ON person_name_token (token, person_id, name_id, name, match_key);
DROP INDEX person_name_token_token;
