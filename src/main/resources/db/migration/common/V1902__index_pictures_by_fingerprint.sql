-- A picture is looked up by its original's SHA-256 when the same file comes again (an
-- agency sending its photo with every version of a story): the library's copy is used
-- again rather than a new one made.
CREATE INDEX picture_fingerprint ON picture (fingerprint);
