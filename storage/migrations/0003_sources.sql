-- Casefile case file, schema version 3: sources as they arrive (PDF, Word,
-- e-mail).
--
-- 1. A paged source (a PDF) keeps its page map: the offsets, in code points
--    of its text, at which each page starts, as decimal numbers separated
--    by commas ('' when the source has no pages).
-- 2. A source imported from a file describes that file: its name, media
--    type, size in bytes and SHA-256 (all '' or 0 for a source typed in).
-- 3. The file's bytes themselves, when at most 25 MB, are kept in
--    source_files, one row per source, so that "Open original" works on any
--    machine the case file is copied to.
-- 4. A source that came attached to an e-mail names the mail's source
--    (NULL otherwise; cleared when the mail's source is deleted).

ALTER TABLE sources ADD COLUMN pages           TEXT    NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN original_name   TEXT    NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN original_type   TEXT    NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN original_size   INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sources ADD COLUMN original_sha256 TEXT    NOT NULL DEFAULT '';
ALTER TABLE sources ADD COLUMN attached_to     TEXT    REFERENCES sources (id) ON DELETE SET NULL;

CREATE INDEX sources_attached_to ON sources (attached_to) WHERE attached_to IS NOT NULL;

CREATE TABLE source_files (
  seq    INTEGER PRIMARY KEY,
  source TEXT NOT NULL UNIQUE REFERENCES sources (id) ON DELETE CASCADE,
  data   BLOB NOT NULL
);
