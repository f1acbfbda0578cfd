-- PostgreSQL only (db/vendor/postgresql; H2 has no column compression to choose). A stored check records its
-- findings document, some 16 MB for a province: PostgreSQL's default compression (pglz) took 130 ms of the
-- 200–300 ms a stored check after a batch of reports may take; lz4 compresses it in a quarter of that time and
-- smaller (16 MB to 1.4 MB, against pglz's 1.6 MB). A server built without lz4 stores the documents
-- uncompressed and out of line instead (fast, but ten times the disk).
DO $$
BEGIN
    ALTER TABLE check_run ALTER COLUMN findings SET COMPRESSION lz4;
    ALTER TABLE check_run ALTER COLUMN facts SET COMPRESSION lz4;
EXCEPTION WHEN OTHERS THEN
    RAISE NOTICE 'lz4 unavailable (%): documents stored uncompressed', SQLERRM;
    ALTER TABLE check_run ALTER COLUMN findings SET STORAGE EXTERNAL;
    ALTER TABLE check_run ALTER COLUMN facts SET STORAGE EXTERNAL;
END
$$;
