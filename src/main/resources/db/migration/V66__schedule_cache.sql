-- The computed schedule, kept so `upcoming` reads only the rows in its range instead of
-- recomputing every item from all facts (docs/decisions/0114, 0115). Derived data: rebuilt
-- from the audited fact tables, so neither table is audited. Items carry no user state
-- (done, dismissed, an entered date): those stay in schedule_item_state and are applied on read.
-- payload is VARCHAR, not CLOB: H2 keeps a CLOB apart from its row, one more read per item.
CREATE TABLE schedule_cache_item (
    item_key  VARCHAR(300) PRIMARY KEY,
    person_id BIGINT       NOT NULL,
    case_id   BIGINT,
    due_from  DATE         NOT NULL,
    due_to    DATE         NOT NULL,
    source    VARCHAR(100) NOT NULL,
    payload   VARCHAR(1000000) NOT NULL
);
CREATE INDEX schedule_cache_item_due ON schedule_cache_item (due_to, due_from);
CREATE INDEX schedule_cache_item_person ON schedule_cache_item (person_id);
CREATE INDEX schedule_cache_item_case ON schedule_cache_item (case_id);
CREATE INDEX schedule_cache_item_source ON schedule_cache_item (source);

-- One row. watermark: the highest audit_log.id whose change the items include; a null
-- fingerprint means "not built": the next read rebuilds everything.
CREATE TABLE schedule_cache_meta (
    id          INT          PRIMARY KEY,
    watermark   BIGINT,
    fingerprint VARCHAR(100),
    built_at    TIMESTAMP
);
INSERT INTO schedule_cache_meta (id, watermark, fingerprint, built_at) VALUES (1, NULL, NULL, NULL);
