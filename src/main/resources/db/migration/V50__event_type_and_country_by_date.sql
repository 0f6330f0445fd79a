-- The timeline filtered by a type or a country reads that value's rows in date order from
-- one index and stops after a page (docs/decisions/0083-timeline-partitioned-reads.md).
-- The id is the last column of each so that undated rows (null dates) come in id order from
-- the index too. The (type, ...) index also serves every lookup by type alone.
CREATE INDEX event_type_date ON event (type, date_from, date_to, id);
CREATE INDEX event_country_date ON event (country, date_from, date_to, id);
DROP INDEX event_type;
DROP INDEX event_date;
CREATE INDEX event_date ON event (date_from, date_to, id);
