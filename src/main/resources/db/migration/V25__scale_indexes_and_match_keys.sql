-- At 100,000 persons (docs/decisions/0081-scale.md): name search runs on indexed word keys,
-- lists sort by indexed columns, filter choices come from a small table instead of scans.
-- Portable SQL (H2 and PostgreSQL).

-- One row per folded word of every spelling (NameKey.tokens, Cyrillic transliterated on write).
-- Derived from person_name.match_key; rebuilt by the store, so it is not audited.
CREATE TABLE person_name_token (
    name_id   BIGINT       NOT NULL REFERENCES person_name (id) ON DELETE CASCADE,
    person_id BIGINT       NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    pos       INT          NOT NULL,
    token     VARCHAR(100) NOT NULL,
    PRIMARY KEY (name_id, pos)
);
CREATE INDEX person_name_token_token ON person_name_token (token, person_id);
CREATE INDEX person_name_person ON person_name (person_id);

-- Countries in use, per kind of row ('PERSON', 'EVENT', 'CASE'): the filter lists read this.
-- Filled on write; a country no longer used may linger (the filter then simply finds nothing).
CREATE TABLE country_in_use (
    scope   VARCHAR(10)  NOT NULL,
    name    VARCHAR(100) NOT NULL,
    PRIMARY KEY (scope, name)
);
INSERT INTO country_in_use (scope, name) SELECT DISTINCT 'PERSON', country FROM person WHERE country IS NOT NULL;
INSERT INTO country_in_use (scope, name) SELECT DISTINCT 'EVENT', country FROM event WHERE country IS NOT NULL;
INSERT INTO country_in_use (scope, name) SELECT DISTINCT 'CASE', country FROM case_file WHERE country IS NOT NULL;

-- Work the store does once after an upgrade, in Java (the word keys of existing spellings).
CREATE TABLE store_task (
    name VARCHAR(60) PRIMARY KEY
);
INSERT INTO store_task (name) VALUES ('name_tokens');

CREATE INDEX person_display_name ON person (display_name, id);
CREATE INDEX person_status ON person (status);
CREATE INDEX person_role_role ON person_role (role);
CREATE INDEX case_file_title ON case_file (title, id);
CREATE INDEX event_case ON event (case_id);
CREATE INDEX sentence_person ON sentence (person_id);
CREATE INDEX case_party_person ON case_party (person_id);
