-- Report versions are handed out by a counter per target and date, in a short transaction of their
-- own, before a batch is inserted. Writers then never insert the same (target, as_of, version) and so
-- never wait on each other's uncommitted rows on the unique key: a batch of thousands of corrections
-- to the same few targets no longer holds every other writer until it commits.
CREATE TABLE report_key (
    target        VARCHAR(64) NOT NULL,
    as_of         DATE        NOT NULL,
    last_version  INTEGER     NOT NULL,
    CONSTRAINT report_key_pk PRIMARY KEY (target, as_of)
);

INSERT INTO report_key (target, as_of, last_version)
SELECT target, as_of, MAX(version) FROM report GROUP BY target, as_of;
