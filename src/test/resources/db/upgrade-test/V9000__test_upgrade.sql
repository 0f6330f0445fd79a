-- Only for DatabaseTest: stands for a migration a newer CaseTrack brings.
CREATE TABLE upgrade_marker (id INT PRIMARY KEY);
