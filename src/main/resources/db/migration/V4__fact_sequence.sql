-- A commit-ordered sequence number on stored facts, so that every instance can catch up with what any
-- instance stored: a check reads the rows with a sequence above the last it applied. Identity ids are not
-- enough: two transactions take ids in one order and may commit in the other, and a reader that saw the
-- higher id would never look back for the lower. A batch takes the next number by updating the one row of
-- fact_sequence, whose row lock it holds until it commits: batches commit in the order of their numbers.
-- One counter for every kind of stored fact (reports now; projects, energy statistics, assignments may use it).
CREATE TABLE fact_sequence (
    name  VARCHAR(32) PRIMARY KEY,
    seq   BIGINT      NOT NULL
);

INSERT INTO fact_sequence (name, seq) VALUES ('facts', (SELECT COALESCE(MAX(id), 0) FROM report));

ALTER TABLE report ADD COLUMN seq BIGINT;
UPDATE report SET seq = id;
ALTER TABLE report ALTER COLUMN seq SET NOT NULL;
CREATE INDEX report_seq ON report (seq);
