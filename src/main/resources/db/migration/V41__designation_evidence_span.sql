-- A designation imported from a report keeps where in the report's text it is stated, as
-- the evidence rows of other facts do (start inclusive, end exclusive; null when entered by hand).
ALTER TABLE designation ADD COLUMN quote_start INTEGER;
ALTER TABLE designation ADD COLUMN quote_end INTEGER;
