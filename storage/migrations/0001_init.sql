-- Casefile case file, schema version 1.
--
-- Every item has a text id (the exchange format's id) that is unique across
-- the case (table items) and a seq, its INTEGER PRIMARY KEY, which keeps the
-- store order (creation or import order) and keys its rows in the search
-- index. Empty text is stored as '' (never NULL); optional references and
-- unknown numbers are NULL.

-- The case's own fields: exactly one row.
CREATE TABLE case_info (
  id         INTEGER PRIMARY KEY CHECK (id = 1),
  title      TEXT NOT NULL DEFAULT '',
  summary    TEXT NOT NULL DEFAULT '',
  marking    TEXT NOT NULL DEFAULT '',
  author     TEXT NOT NULL DEFAULT '',
  as_of      TEXT NOT NULL DEFAULT '',
  as_of_text TEXT NOT NULL DEFAULT ''
);
INSERT INTO case_info (id) VALUES (1);

-- Every item's id and kind, kept by triggers on the per-kind tables, so that
-- ids are unique across the case and citations, aliases, participants and
-- relations can refer to an item of any kind.
CREATE TABLE items (
  id   TEXT PRIMARY KEY,
  kind TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE sources (
  seq            INTEGER PRIMARY KEY,
  id             TEXT NOT NULL UNIQUE,
  title          TEXT NOT NULL,
  publisher      TEXT NOT NULL DEFAULT '',
  author         TEXT NOT NULL DEFAULT '',
  url            TEXT NOT NULL DEFAULT '',
  published      TEXT NOT NULL DEFAULT '',
  published_text TEXT NOT NULL DEFAULT '',
  kind           TEXT NOT NULL DEFAULT '',
  reliability    TEXT NOT NULL DEFAULT '',
  interest       TEXT NOT NULL DEFAULT '',
  text           TEXT NOT NULL DEFAULT ''
);

CREATE TABLE people (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  role        TEXT NOT NULL DEFAULT '',
  nationality TEXT NOT NULL DEFAULT '',
  born        TEXT NOT NULL DEFAULT '',
  born_text   TEXT NOT NULL DEFAULT '',
  died        TEXT NOT NULL DEFAULT '',
  died_text   TEXT NOT NULL DEFAULT '',
  notes       TEXT NOT NULL DEFAULT ''
);

CREATE TABLE organizations (
  seq     INTEGER PRIMARY KEY,
  id      TEXT NOT NULL UNIQUE,
  name    TEXT NOT NULL,
  kind    TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  notes   TEXT NOT NULL DEFAULT ''
);

-- Other names of people and organizations, in list order (seq).
CREATE TABLE aliases (
  seq   INTEGER PRIMARY KEY,
  owner TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  name  TEXT NOT NULL,
  note  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX aliases_owner ON aliases (owner);

CREATE TABLE relations (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  from_actor TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  to_actor   TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,
  start_date TEXT NOT NULL DEFAULT '',
  start_text TEXT NOT NULL DEFAULT '',
  end_date   TEXT NOT NULL DEFAULT '',
  end_text   TEXT NOT NULL DEFAULT '',
  CHECK (from_actor <> to_actor)
);
CREATE INDEX relations_from ON relations (from_actor);
CREATE INDEX relations_to ON relations (to_actor);

CREATE TABLE events (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL,
  date        TEXT NOT NULL,
  date_text   TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT '',
  place       TEXT NOT NULL DEFAULT '',
  is_key      INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1))
);

-- An event's participants (people or organizations), in list order (seq).
CREATE TABLE event_participants (
  seq   INTEGER PRIMARY KEY,
  event TEXT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  actor TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  UNIQUE (event, actor)
);
CREATE INDEX event_participants_actor ON event_participants (actor);

CREATE TABLE figures (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  question   TEXT NOT NULL,
  unit       TEXT NOT NULL DEFAULT '',
  event      TEXT REFERENCES events (id) ON DELETE SET NULL,
  assessment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX figures_event ON figures (event);

CREATE TABLE claims (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  figure      TEXT NOT NULL REFERENCES figures (id) ON DELETE CASCADE,
  source      TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  claimant    TEXT REFERENCES items (id) ON DELETE SET NULL,
  text        TEXT NOT NULL,
  low         REAL CHECK (low >= 0),
  high        REAL CHECK (high >= 0),
  qualifier   TEXT NOT NULL DEFAULT '',
  as_of       TEXT NOT NULL DEFAULT '',
  as_of_text  TEXT NOT NULL DEFAULT '',
  credibility INTEGER CHECK (credibility BETWEEN 1 AND 6),
  note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claims_figure ON claims (figure);
CREATE INDEX claims_source ON claims (source);
CREATE INDEX claims_claimant ON claims (claimant);

-- A citation ties an item of any kind to a source, optionally to a quote in
-- its text (W3C TextQuoteSelector + TextPositionSelector, in code points).
-- The quote columns are all NULL when there is no quote.
CREATE TABLE citations (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  item         TEXT NOT NULL REFERENCES items (id) ON DELETE CASCADE,
  source       TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  note         TEXT NOT NULL DEFAULT '',
  quote_exact  TEXT,
  quote_prefix TEXT,
  quote_suffix TEXT,
  quote_start  INTEGER,
  quote_end    INTEGER
);
CREATE INDEX citations_item ON citations (item);
CREATE INDEX citations_source ON citations (source);

CREATE TABLE annotations (
  seq          INTEGER PRIMARY KEY,
  id           TEXT NOT NULL UNIQUE,
  source       TEXT NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  note         TEXT NOT NULL,
  quote_exact  TEXT,
  quote_prefix TEXT,
  quote_suffix TEXT,
  quote_start  INTEGER,
  quote_end    INTEGER
);
CREATE INDEX annotations_source ON annotations (source);

-- The items table follows the per-kind tables.
CREATE TRIGGER sources_items_ai AFTER INSERT ON sources BEGIN
  INSERT INTO items (id, kind) VALUES (new.id, 'source');
END;
CREATE TRIGGER sources_items_ad AFTER DELETE ON sources BEGIN
  DELETE FROM items WHERE id = old.id;
END;
CREATE TRIGGER people_items_ai AFTER INSERT ON people BEGIN
  INSERT INTO items (id, kind) VALUES (new.id, 'person');
END;
CREATE TRIGGER people_items_ad AFTER DELETE ON people BEGIN
  DELETE FROM items WHERE id = old.id;
END;
CREATE TRIGGER organizations_items_ai AFTER INSERT ON organizations BEGIN
  INSERT INTO items (id, kind) VALUES (new.id, 'organization');
END;
CREATE TRIGGER organizations_items_ad AFTER DELETE ON organizations BEGIN
  DELETE FROM items WHERE id = old.id;
END;
CREATE TRIGGER relations_items_ai AFTER INSERT ON relations BEGIN
  INSERT INTO items (id, kind) VALUES (new.id, 'relation');
END;
CREATE TRIGGER relations_items_ad AFTER DELETE ON relations BEGIN
  DELETE FROM items WHERE id = old.id;
END;
CREATE TRIGGER events_items_ai AFTER INSERT ON events BEGIN
  INSERT INTO items (id, kind) VALUES (new.id, 'event');
END;
CREATE TRIGGER events_items_ad AFTER DELETE ON events BEGIN
  DELETE FROM items WHERE id = old.id;
END;
CREATE TRIGGER figures_items_ai AFTER INSERT ON figures BEGIN
  INSERT INTO items (id, kind) VALUES (new.id, 'figure');
END;
CREATE TRIGGER figures_items_ad AFTER DELETE ON figures BEGIN
  DELETE FROM items WHERE id = old.id;
END;
CREATE TRIGGER claims_items_ai AFTER INSERT ON claims BEGIN
  INSERT INTO items (id, kind) VALUES (new.id, 'claim');
END;
CREATE TRIGGER claims_items_ad AFTER DELETE ON claims BEGIN
  DELETE FROM items WHERE id = old.id;
END;
CREATE TRIGGER annotations_items_ai AFTER INSERT ON annotations BEGIN
  INSERT INTO items (id, kind) VALUES (new.id, 'annotation');
END;
CREATE TRIGGER annotations_items_ad AFTER DELETE ON annotations BEGIN
  DELETE FROM items WHERE id = old.id;
END;

-- Full-text search over every text field: one row per (item, field) that is
-- not empty. Names and titles go in column name (ranked higher), longer text
-- in column body. item is the id of the item the hit leads to (for an alias
-- its owner, for a citation note the cited item); field names the field.
-- A row's rowid is (table code << 40) | (row seq << 4) | field slot, so the
-- triggers below find it without a lookup.
CREATE VIRTUAL TABLE search USING fts5 (
  item UNINDEXED,
  field UNINDEXED,
  name,
  body,
  tokenize = "unicode61 remove_diacritics 2"
);

-- sources (search rowids 1<<40 | seq<<4 | field)
CREATE TRIGGER sources_search_ai AFTER INSERT ON sources BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (1<<40)|(new.seq<<4)|0, new.id, 'title', new.title, '' WHERE new.title <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (1<<40)|(new.seq<<4)|1, new.id, 'publisher', '', new.publisher WHERE new.publisher <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (1<<40)|(new.seq<<4)|2, new.id, 'author', '', new.author WHERE new.author <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (1<<40)|(new.seq<<4)|3, new.id, 'text', '', new.text WHERE new.text <> '';
END;
CREATE TRIGGER sources_search_ad AFTER DELETE ON sources BEGIN
  DELETE FROM search WHERE rowid IN ((1<<40)|(old.seq<<4)|0, (1<<40)|(old.seq<<4)|1, (1<<40)|(old.seq<<4)|2, (1<<40)|(old.seq<<4)|3);
END;
CREATE TRIGGER sources_search_au_title AFTER UPDATE OF title ON sources WHEN old.title IS NOT new.title BEGIN
  DELETE FROM search WHERE rowid = (1<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (1<<40)|(new.seq<<4)|0, new.id, 'title', new.title, '' WHERE new.title <> '';
END;
CREATE TRIGGER sources_search_au_publisher AFTER UPDATE OF publisher ON sources WHEN old.publisher IS NOT new.publisher BEGIN
  DELETE FROM search WHERE rowid = (1<<40)|(old.seq<<4)|1;
  INSERT INTO search(rowid, item, field, name, body) SELECT (1<<40)|(new.seq<<4)|1, new.id, 'publisher', '', new.publisher WHERE new.publisher <> '';
END;
CREATE TRIGGER sources_search_au_author AFTER UPDATE OF author ON sources WHEN old.author IS NOT new.author BEGIN
  DELETE FROM search WHERE rowid = (1<<40)|(old.seq<<4)|2;
  INSERT INTO search(rowid, item, field, name, body) SELECT (1<<40)|(new.seq<<4)|2, new.id, 'author', '', new.author WHERE new.author <> '';
END;
CREATE TRIGGER sources_search_au_text AFTER UPDATE OF text ON sources WHEN old.text IS NOT new.text BEGIN
  DELETE FROM search WHERE rowid = (1<<40)|(old.seq<<4)|3;
  INSERT INTO search(rowid, item, field, name, body) SELECT (1<<40)|(new.seq<<4)|3, new.id, 'text', '', new.text WHERE new.text <> '';
END;

-- people (search rowids 2<<40 | seq<<4 | field)
CREATE TRIGGER people_search_ai AFTER INSERT ON people BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (2<<40)|(new.seq<<4)|0, new.id, 'name', new.name, '' WHERE new.name <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (2<<40)|(new.seq<<4)|1, new.id, 'role', '', new.role WHERE new.role <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (2<<40)|(new.seq<<4)|2, new.id, 'nationality', '', new.nationality WHERE new.nationality <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (2<<40)|(new.seq<<4)|3, new.id, 'notes', '', new.notes WHERE new.notes <> '';
END;
CREATE TRIGGER people_search_ad AFTER DELETE ON people BEGIN
  DELETE FROM search WHERE rowid IN ((2<<40)|(old.seq<<4)|0, (2<<40)|(old.seq<<4)|1, (2<<40)|(old.seq<<4)|2, (2<<40)|(old.seq<<4)|3);
END;
CREATE TRIGGER people_search_au_name AFTER UPDATE OF name ON people WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search WHERE rowid = (2<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (2<<40)|(new.seq<<4)|0, new.id, 'name', new.name, '' WHERE new.name <> '';
END;
CREATE TRIGGER people_search_au_role AFTER UPDATE OF role ON people WHEN old.role IS NOT new.role BEGIN
  DELETE FROM search WHERE rowid = (2<<40)|(old.seq<<4)|1;
  INSERT INTO search(rowid, item, field, name, body) SELECT (2<<40)|(new.seq<<4)|1, new.id, 'role', '', new.role WHERE new.role <> '';
END;
CREATE TRIGGER people_search_au_nationality AFTER UPDATE OF nationality ON people WHEN old.nationality IS NOT new.nationality BEGIN
  DELETE FROM search WHERE rowid = (2<<40)|(old.seq<<4)|2;
  INSERT INTO search(rowid, item, field, name, body) SELECT (2<<40)|(new.seq<<4)|2, new.id, 'nationality', '', new.nationality WHERE new.nationality <> '';
END;
CREATE TRIGGER people_search_au_notes AFTER UPDATE OF notes ON people WHEN old.notes IS NOT new.notes BEGIN
  DELETE FROM search WHERE rowid = (2<<40)|(old.seq<<4)|3;
  INSERT INTO search(rowid, item, field, name, body) SELECT (2<<40)|(new.seq<<4)|3, new.id, 'notes', '', new.notes WHERE new.notes <> '';
END;

-- organizations (search rowids 3<<40 | seq<<4 | field)
CREATE TRIGGER organizations_search_ai AFTER INSERT ON organizations BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (3<<40)|(new.seq<<4)|0, new.id, 'name', new.name, '' WHERE new.name <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (3<<40)|(new.seq<<4)|1, new.id, 'kind', '', new.kind WHERE new.kind <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (3<<40)|(new.seq<<4)|2, new.id, 'country', '', new.country WHERE new.country <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (3<<40)|(new.seq<<4)|3, new.id, 'notes', '', new.notes WHERE new.notes <> '';
END;
CREATE TRIGGER organizations_search_ad AFTER DELETE ON organizations BEGIN
  DELETE FROM search WHERE rowid IN ((3<<40)|(old.seq<<4)|0, (3<<40)|(old.seq<<4)|1, (3<<40)|(old.seq<<4)|2, (3<<40)|(old.seq<<4)|3);
END;
CREATE TRIGGER organizations_search_au_name AFTER UPDATE OF name ON organizations WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search WHERE rowid = (3<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (3<<40)|(new.seq<<4)|0, new.id, 'name', new.name, '' WHERE new.name <> '';
END;
CREATE TRIGGER organizations_search_au_kind AFTER UPDATE OF kind ON organizations WHEN old.kind IS NOT new.kind BEGIN
  DELETE FROM search WHERE rowid = (3<<40)|(old.seq<<4)|1;
  INSERT INTO search(rowid, item, field, name, body) SELECT (3<<40)|(new.seq<<4)|1, new.id, 'kind', '', new.kind WHERE new.kind <> '';
END;
CREATE TRIGGER organizations_search_au_country AFTER UPDATE OF country ON organizations WHEN old.country IS NOT new.country BEGIN
  DELETE FROM search WHERE rowid = (3<<40)|(old.seq<<4)|2;
  INSERT INTO search(rowid, item, field, name, body) SELECT (3<<40)|(new.seq<<4)|2, new.id, 'country', '', new.country WHERE new.country <> '';
END;
CREATE TRIGGER organizations_search_au_notes AFTER UPDATE OF notes ON organizations WHEN old.notes IS NOT new.notes BEGIN
  DELETE FROM search WHERE rowid = (3<<40)|(old.seq<<4)|3;
  INSERT INTO search(rowid, item, field, name, body) SELECT (3<<40)|(new.seq<<4)|3, new.id, 'notes', '', new.notes WHERE new.notes <> '';
END;

-- aliases (search rowids 4<<40 | seq<<4 | field)
CREATE TRIGGER aliases_search_ai AFTER INSERT ON aliases BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (4<<40)|(new.seq<<4)|0, new.owner, 'alias', new.name, '' WHERE new.name <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (4<<40)|(new.seq<<4)|1, new.owner, 'alias_note', '', new.note WHERE new.note <> '';
END;
CREATE TRIGGER aliases_search_ad AFTER DELETE ON aliases BEGIN
  DELETE FROM search WHERE rowid IN ((4<<40)|(old.seq<<4)|0, (4<<40)|(old.seq<<4)|1);
END;
CREATE TRIGGER aliases_search_au_name AFTER UPDATE OF name ON aliases WHEN old.name IS NOT new.name BEGIN
  DELETE FROM search WHERE rowid = (4<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (4<<40)|(new.seq<<4)|0, new.owner, 'alias', new.name, '' WHERE new.name <> '';
END;
CREATE TRIGGER aliases_search_au_note AFTER UPDATE OF note ON aliases WHEN old.note IS NOT new.note BEGIN
  DELETE FROM search WHERE rowid = (4<<40)|(old.seq<<4)|1;
  INSERT INTO search(rowid, item, field, name, body) SELECT (4<<40)|(new.seq<<4)|1, new.owner, 'alias_note', '', new.note WHERE new.note <> '';
END;

-- relations (search rowids 5<<40 | seq<<4 | field)
CREATE TRIGGER relations_search_ai AFTER INSERT ON relations BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (5<<40)|(new.seq<<4)|0, new.id, 'kind', new.kind, '' WHERE new.kind <> '';
END;
CREATE TRIGGER relations_search_ad AFTER DELETE ON relations BEGIN
  DELETE FROM search WHERE rowid IN ((5<<40)|(old.seq<<4)|0);
END;
CREATE TRIGGER relations_search_au_kind AFTER UPDATE OF kind ON relations WHEN old.kind IS NOT new.kind BEGIN
  DELETE FROM search WHERE rowid = (5<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (5<<40)|(new.seq<<4)|0, new.id, 'kind', new.kind, '' WHERE new.kind <> '';
END;

-- events (search rowids 6<<40 | seq<<4 | field)
CREATE TRIGGER events_search_ai AFTER INSERT ON events BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (6<<40)|(new.seq<<4)|0, new.id, 'title', new.title, '' WHERE new.title <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (6<<40)|(new.seq<<4)|1, new.id, 'description', '', new.description WHERE new.description <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (6<<40)|(new.seq<<4)|2, new.id, 'place', '', new.place WHERE new.place <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (6<<40)|(new.seq<<4)|3, new.id, 'date_text', '', new.date_text WHERE new.date_text <> '';
END;
CREATE TRIGGER events_search_ad AFTER DELETE ON events BEGIN
  DELETE FROM search WHERE rowid IN ((6<<40)|(old.seq<<4)|0, (6<<40)|(old.seq<<4)|1, (6<<40)|(old.seq<<4)|2, (6<<40)|(old.seq<<4)|3);
END;
CREATE TRIGGER events_search_au_title AFTER UPDATE OF title ON events WHEN old.title IS NOT new.title BEGIN
  DELETE FROM search WHERE rowid = (6<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (6<<40)|(new.seq<<4)|0, new.id, 'title', new.title, '' WHERE new.title <> '';
END;
CREATE TRIGGER events_search_au_description AFTER UPDATE OF description ON events WHEN old.description IS NOT new.description BEGIN
  DELETE FROM search WHERE rowid = (6<<40)|(old.seq<<4)|1;
  INSERT INTO search(rowid, item, field, name, body) SELECT (6<<40)|(new.seq<<4)|1, new.id, 'description', '', new.description WHERE new.description <> '';
END;
CREATE TRIGGER events_search_au_place AFTER UPDATE OF place ON events WHEN old.place IS NOT new.place BEGIN
  DELETE FROM search WHERE rowid = (6<<40)|(old.seq<<4)|2;
  INSERT INTO search(rowid, item, field, name, body) SELECT (6<<40)|(new.seq<<4)|2, new.id, 'place', '', new.place WHERE new.place <> '';
END;
CREATE TRIGGER events_search_au_date_text AFTER UPDATE OF date_text ON events WHEN old.date_text IS NOT new.date_text BEGIN
  DELETE FROM search WHERE rowid = (6<<40)|(old.seq<<4)|3;
  INSERT INTO search(rowid, item, field, name, body) SELECT (6<<40)|(new.seq<<4)|3, new.id, 'date_text', '', new.date_text WHERE new.date_text <> '';
END;

-- figures (search rowids 7<<40 | seq<<4 | field)
CREATE TRIGGER figures_search_ai AFTER INSERT ON figures BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (7<<40)|(new.seq<<4)|0, new.id, 'question', new.question, '' WHERE new.question <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (7<<40)|(new.seq<<4)|1, new.id, 'assessment', '', new.assessment WHERE new.assessment <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (7<<40)|(new.seq<<4)|2, new.id, 'unit', '', new.unit WHERE new.unit <> '';
END;
CREATE TRIGGER figures_search_ad AFTER DELETE ON figures BEGIN
  DELETE FROM search WHERE rowid IN ((7<<40)|(old.seq<<4)|0, (7<<40)|(old.seq<<4)|1, (7<<40)|(old.seq<<4)|2);
END;
CREATE TRIGGER figures_search_au_question AFTER UPDATE OF question ON figures WHEN old.question IS NOT new.question BEGIN
  DELETE FROM search WHERE rowid = (7<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (7<<40)|(new.seq<<4)|0, new.id, 'question', new.question, '' WHERE new.question <> '';
END;
CREATE TRIGGER figures_search_au_assessment AFTER UPDATE OF assessment ON figures WHEN old.assessment IS NOT new.assessment BEGIN
  DELETE FROM search WHERE rowid = (7<<40)|(old.seq<<4)|1;
  INSERT INTO search(rowid, item, field, name, body) SELECT (7<<40)|(new.seq<<4)|1, new.id, 'assessment', '', new.assessment WHERE new.assessment <> '';
END;
CREATE TRIGGER figures_search_au_unit AFTER UPDATE OF unit ON figures WHEN old.unit IS NOT new.unit BEGIN
  DELETE FROM search WHERE rowid = (7<<40)|(old.seq<<4)|2;
  INSERT INTO search(rowid, item, field, name, body) SELECT (7<<40)|(new.seq<<4)|2, new.id, 'unit', '', new.unit WHERE new.unit <> '';
END;

-- claims (search rowids 8<<40 | seq<<4 | field)
CREATE TRIGGER claims_search_ai AFTER INSERT ON claims BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (8<<40)|(new.seq<<4)|0, new.id, 'text', new.text, '' WHERE new.text <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (8<<40)|(new.seq<<4)|1, new.id, 'note', '', new.note WHERE new.note <> '';
END;
CREATE TRIGGER claims_search_ad AFTER DELETE ON claims BEGIN
  DELETE FROM search WHERE rowid IN ((8<<40)|(old.seq<<4)|0, (8<<40)|(old.seq<<4)|1);
END;
CREATE TRIGGER claims_search_au_text AFTER UPDATE OF text ON claims WHEN old.text IS NOT new.text BEGIN
  DELETE FROM search WHERE rowid = (8<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (8<<40)|(new.seq<<4)|0, new.id, 'text', new.text, '' WHERE new.text <> '';
END;
CREATE TRIGGER claims_search_au_note AFTER UPDATE OF note ON claims WHEN old.note IS NOT new.note BEGIN
  DELETE FROM search WHERE rowid = (8<<40)|(old.seq<<4)|1;
  INSERT INTO search(rowid, item, field, name, body) SELECT (8<<40)|(new.seq<<4)|1, new.id, 'note', '', new.note WHERE new.note <> '';
END;

-- citations (search rowids 9<<40 | seq<<4 | field)
CREATE TRIGGER citations_search_ai AFTER INSERT ON citations BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (9<<40)|(new.seq<<4)|0, new.item, 'citation_note', '', new.note WHERE new.note <> '';
END;
CREATE TRIGGER citations_search_ad AFTER DELETE ON citations BEGIN
  DELETE FROM search WHERE rowid IN ((9<<40)|(old.seq<<4)|0);
END;
CREATE TRIGGER citations_search_au_note AFTER UPDATE OF note ON citations WHEN old.note IS NOT new.note BEGIN
  DELETE FROM search WHERE rowid = (9<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (9<<40)|(new.seq<<4)|0, new.item, 'citation_note', '', new.note WHERE new.note <> '';
END;

-- annotations (search rowids 10<<40 | seq<<4 | field)
CREATE TRIGGER annotations_search_ai AFTER INSERT ON annotations BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (10<<40)|(new.seq<<4)|0, new.id, 'note', '', new.note WHERE new.note <> '';
END;
CREATE TRIGGER annotations_search_ad AFTER DELETE ON annotations BEGIN
  DELETE FROM search WHERE rowid IN ((10<<40)|(old.seq<<4)|0);
END;
CREATE TRIGGER annotations_search_au_note AFTER UPDATE OF note ON annotations WHEN old.note IS NOT new.note BEGIN
  DELETE FROM search WHERE rowid = (10<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (10<<40)|(new.seq<<4)|0, new.id, 'note', '', new.note WHERE new.note <> '';
END;

-- Every row the triggers above keep in the search index, for building it
-- in bulk (a new file, or a rebuild): INSERT INTO search (rowid, item,
-- field, name, body) SELECT * FROM search_source ORDER BY 1.
CREATE VIEW search_source (search_rowid, item, field, name, body) AS
  SELECT (1<<40)|(seq<<4)|0, id, 'title', title, '' FROM sources WHERE title <> ''
  UNION ALL
  SELECT (1<<40)|(seq<<4)|1, id, 'publisher', '', publisher FROM sources WHERE publisher <> ''
  UNION ALL
  SELECT (1<<40)|(seq<<4)|2, id, 'author', '', author FROM sources WHERE author <> ''
  UNION ALL
  SELECT (1<<40)|(seq<<4)|3, id, 'text', '', text FROM sources WHERE text <> ''
  UNION ALL
  SELECT (2<<40)|(seq<<4)|0, id, 'name', name, '' FROM people WHERE name <> ''
  UNION ALL
  SELECT (2<<40)|(seq<<4)|1, id, 'role', '', role FROM people WHERE role <> ''
  UNION ALL
  SELECT (2<<40)|(seq<<4)|2, id, 'nationality', '', nationality FROM people WHERE nationality <> ''
  UNION ALL
  SELECT (2<<40)|(seq<<4)|3, id, 'notes', '', notes FROM people WHERE notes <> ''
  UNION ALL
  SELECT (3<<40)|(seq<<4)|0, id, 'name', name, '' FROM organizations WHERE name <> ''
  UNION ALL
  SELECT (3<<40)|(seq<<4)|1, id, 'kind', '', kind FROM organizations WHERE kind <> ''
  UNION ALL
  SELECT (3<<40)|(seq<<4)|2, id, 'country', '', country FROM organizations WHERE country <> ''
  UNION ALL
  SELECT (3<<40)|(seq<<4)|3, id, 'notes', '', notes FROM organizations WHERE notes <> ''
  UNION ALL
  SELECT (4<<40)|(seq<<4)|0, owner, 'alias', name, '' FROM aliases WHERE name <> ''
  UNION ALL
  SELECT (4<<40)|(seq<<4)|1, owner, 'alias_note', '', note FROM aliases WHERE note <> ''
  UNION ALL
  SELECT (5<<40)|(seq<<4)|0, id, 'kind', kind, '' FROM relations WHERE kind <> ''
  UNION ALL
  SELECT (6<<40)|(seq<<4)|0, id, 'title', title, '' FROM events WHERE title <> ''
  UNION ALL
  SELECT (6<<40)|(seq<<4)|1, id, 'description', '', description FROM events WHERE description <> ''
  UNION ALL
  SELECT (6<<40)|(seq<<4)|2, id, 'place', '', place FROM events WHERE place <> ''
  UNION ALL
  SELECT (6<<40)|(seq<<4)|3, id, 'date_text', '', date_text FROM events WHERE date_text <> ''
  UNION ALL
  SELECT (7<<40)|(seq<<4)|0, id, 'question', question, '' FROM figures WHERE question <> ''
  UNION ALL
  SELECT (7<<40)|(seq<<4)|1, id, 'assessment', '', assessment FROM figures WHERE assessment <> ''
  UNION ALL
  SELECT (7<<40)|(seq<<4)|2, id, 'unit', '', unit FROM figures WHERE unit <> ''
  UNION ALL
  SELECT (8<<40)|(seq<<4)|0, id, 'text', text, '' FROM claims WHERE text <> ''
  UNION ALL
  SELECT (8<<40)|(seq<<4)|1, id, 'note', '', note FROM claims WHERE note <> ''
  UNION ALL
  SELECT (9<<40)|(seq<<4)|0, item, 'citation_note', '', note FROM citations WHERE note <> ''
  UNION ALL
  SELECT (10<<40)|(seq<<4)|0, id, 'note', '', note FROM annotations WHERE note <> '';
