-- The schedule reads every dated detention and arrest, and the events of every sentenced
-- person (docs/decisions/0095-schedule-reads-from-covering-indexes.md). H2 reads a row from
-- the table for each index entry unless the index holds every column the query names: at a
-- million events that was one random, decrypted page read per row (18 s and 25 s). These two
-- indexes hold all the columns those reads name, so each is one range scan of the index.
CREATE INDEX event_schedule ON event (type, date_from, date_to, date_precision, case_id);
CREATE INDEX event_person_by_person ON event_person (person_id, event_id);
