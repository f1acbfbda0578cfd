-- Projects, energy statistics and assignments join the facts sequence of V4, so that every instance's warm
-- check sessions catch up with them as they do with reports: a fact batch takes the next number inside its
-- transaction, as a report batch does. The facts already stored get one number of their own, after every
-- number taken so far: a check recorded before this migration read none of them (only reports were
-- numbered), and rebuilding what it read (stored-reports marker, see ReportStore) must not add them.
UPDATE fact_sequence SET seq = seq + 1 WHERE name = 'facts';

ALTER TABLE fact ADD COLUMN seq BIGINT;
UPDATE fact SET seq = (SELECT seq FROM fact_sequence WHERE name = 'facts');
ALTER TABLE fact ALTER COLUMN seq SET NOT NULL;
CREATE INDEX fact_seq ON fact (seq);
