-- Casefile case file, schema version 2.
--
-- 1. Where the analyst placed items' nodes in the network view. A row exists
--    only for an item whose node was dragged; the others are placed by the
--    automatic layout. It follows the schema's rule that every table has a
--    seq INTEGER PRIMARY KEY (undo logs rows by it); item is unique.
-- 2. The search index follows an alias or a citation that moves to another
--    item (as merging two people or organizations does): the index rows of
--    aliases and citation notes carry the id of the item they lead to.
-- 3. The search index keeps prefix indexes of two and three characters, so
--    that the first letters of a word typed into the search box ("th",
--    "the") are found without merging the lists of every word that begins
--    with them (five times faster on a large case, for an index about two
--    and a half times the size). The index is rebuilt from its view.
-- 4. A disputed figure keeps the analyst's own summary line; empty means the
--    window and the briefing show the generated one.

ALTER TABLE figures ADD COLUMN summary TEXT NOT NULL DEFAULT '';

CREATE TABLE node_positions (
  seq  INTEGER PRIMARY KEY,
  item TEXT NOT NULL UNIQUE REFERENCES items (id) ON DELETE CASCADE,
  x    REAL NOT NULL,
  y    REAL NOT NULL
);

CREATE TRIGGER aliases_search_au_owner AFTER UPDATE OF owner ON aliases WHEN old.owner IS NOT new.owner BEGIN
  DELETE FROM search WHERE rowid IN ((4<<40)|(old.seq<<4)|0, (4<<40)|(old.seq<<4)|1);
  INSERT INTO search(rowid, item, field, name, body) SELECT (4<<40)|(new.seq<<4)|0, new.owner, 'alias', new.name, '' WHERE new.name <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (4<<40)|(new.seq<<4)|1, new.owner, 'alias_note', '', new.note WHERE new.note <> '';
END;

CREATE TRIGGER citations_search_au_item AFTER UPDATE OF item ON citations WHEN old.item IS NOT new.item BEGIN
  DELETE FROM search WHERE rowid = (9<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (9<<40)|(new.seq<<4)|0, new.item, 'citation_note', '', new.note WHERE new.note <> '';
END;

DROP TABLE search;
CREATE VIRTUAL TABLE search USING fts5 (
  item UNINDEXED,
  field UNINDEXED,
  name,
  body,
  tokenize = "unicode61 remove_diacritics 2",
  prefix = '2 3'
);
INSERT INTO search (rowid, item, field, name, body) SELECT * FROM search_source ORDER BY 1;
