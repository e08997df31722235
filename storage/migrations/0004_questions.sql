-- Casefile case file, schema version 4: disputed questions.
--
-- 1. A question of the case (Analysis of Competing Hypotheses) is an item:
--    its id is in items, so that search and references find it. Its
--    conclusion lives in its own row; conclusion names one of its
--    hypotheses (cleared by the store when that hypothesis goes).
-- 2. Hypotheses and evidence rows belong to one question and are ordered
--    by position (the analyst reorders them). Their ids are unique in their
--    table; they are not items of the case.
-- 3. An evidence row is an item of the case (a claim, an event, an
--    annotation or a disputed figure) or, with item NULL, a free-text
--    assumption. Deleting the item deletes its rows (and their ratings);
--    the undo log's triggers record the cascade, so Undo restores them.
-- 4. A rating is one cell of the matrix; a cell with no row is not rated.
-- 5. The case chooses the likelihood words of its conclusions: '' is the
--    UK PHIA probability yardstick, 'icd203' the US ICD 203 scale.
-- 6. The search index keeps a question's text, reasoning and indicators
--    (rowids 11<<40) and its hypotheses' statements (12<<40), all leading
--    to the question; search_source gains them.

ALTER TABLE case_info ADD COLUMN yardstick TEXT NOT NULL DEFAULT '';

CREATE TABLE questions (
  seq        INTEGER PRIMARY KEY,
  id         TEXT NOT NULL UNIQUE,
  text       TEXT NOT NULL,
  conclusion TEXT NOT NULL DEFAULT '',
  likelihood TEXT NOT NULL DEFAULT '',
  confidence TEXT NOT NULL DEFAULT '',
  reasoning  TEXT NOT NULL DEFAULT '',
  indicators TEXT NOT NULL DEFAULT ''
);

CREATE TABLE hypotheses (
  seq      INTEGER PRIMARY KEY,
  id       TEXT NOT NULL UNIQUE,
  question TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  text     TEXT NOT NULL
);
CREATE INDEX hypotheses_question ON hypotheses (question, position);

CREATE TABLE evidence (
  seq         INTEGER PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  question    TEXT NOT NULL REFERENCES questions (id) ON DELETE CASCADE,
  position    INTEGER NOT NULL,
  item        TEXT REFERENCES items (id) ON DELETE CASCADE,
  assumption  TEXT NOT NULL DEFAULT '',
  credibility TEXT NOT NULL DEFAULT '',
  relevance   TEXT NOT NULL DEFAULT '',
  note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX evidence_question ON evidence (question, position);
CREATE INDEX evidence_item ON evidence (item);

CREATE TABLE ratings (
  seq        INTEGER PRIMARY KEY,
  evidence   TEXT NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
  hypothesis TEXT NOT NULL REFERENCES hypotheses (id) ON DELETE CASCADE,
  rating     TEXT NOT NULL,
  UNIQUE (evidence, hypothesis)
);
CREATE INDEX ratings_hypothesis ON ratings (hypothesis);

CREATE TRIGGER questions_items_ai AFTER INSERT ON questions BEGIN
  INSERT INTO items (id, kind) VALUES (new.id, 'question');
END;
CREATE TRIGGER questions_items_ad AFTER DELETE ON questions BEGIN
  DELETE FROM items WHERE id = old.id;
END;

-- questions (search rowids 11<<40 | seq<<4 | field)
CREATE TRIGGER questions_search_ai AFTER INSERT ON questions BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (11<<40)|(new.seq<<4)|0, new.id, 'question', new.text, '' WHERE new.text <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (11<<40)|(new.seq<<4)|1, new.id, 'reasoning', '', new.reasoning WHERE new.reasoning <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (11<<40)|(new.seq<<4)|2, new.id, 'indicators', '', new.indicators WHERE new.indicators <> '';
END;
CREATE TRIGGER questions_search_ad AFTER DELETE ON questions BEGIN
  DELETE FROM search WHERE rowid IN ((11<<40)|(old.seq<<4)|0, (11<<40)|(old.seq<<4)|1, (11<<40)|(old.seq<<4)|2);
END;
CREATE TRIGGER questions_search_au AFTER UPDATE OF text, reasoning, indicators ON questions
WHEN old.text IS NOT new.text OR old.reasoning IS NOT new.reasoning OR old.indicators IS NOT new.indicators BEGIN
  DELETE FROM search WHERE rowid IN ((11<<40)|(old.seq<<4)|0, (11<<40)|(old.seq<<4)|1, (11<<40)|(old.seq<<4)|2);
  INSERT INTO search(rowid, item, field, name, body) SELECT (11<<40)|(new.seq<<4)|0, new.id, 'question', new.text, '' WHERE new.text <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (11<<40)|(new.seq<<4)|1, new.id, 'reasoning', '', new.reasoning WHERE new.reasoning <> '';
  INSERT INTO search(rowid, item, field, name, body) SELECT (11<<40)|(new.seq<<4)|2, new.id, 'indicators', '', new.indicators WHERE new.indicators <> '';
END;

-- hypotheses (search rowids 12<<40 | seq<<4), leading to their question
CREATE TRIGGER hypotheses_search_ai AFTER INSERT ON hypotheses BEGIN
  INSERT INTO search(rowid, item, field, name, body) SELECT (12<<40)|(new.seq<<4)|0, new.question, 'hypothesis', new.text, '' WHERE new.text <> '';
END;
CREATE TRIGGER hypotheses_search_ad AFTER DELETE ON hypotheses BEGIN
  DELETE FROM search WHERE rowid = (12<<40)|(old.seq<<4)|0;
END;
CREATE TRIGGER hypotheses_search_au AFTER UPDATE OF text ON hypotheses WHEN old.text IS NOT new.text BEGIN
  DELETE FROM search WHERE rowid = (12<<40)|(old.seq<<4)|0;
  INSERT INTO search(rowid, item, field, name, body) SELECT (12<<40)|(new.seq<<4)|0, new.question, 'hypothesis', new.text, '' WHERE new.text <> '';
END;

DROP VIEW search_source;
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
  SELECT (10<<40)|(seq<<4)|0, id, 'note', '', note FROM annotations WHERE note <> ''
  UNION ALL
  SELECT (11<<40)|(seq<<4)|0, id, 'question', text, '' FROM questions WHERE text <> ''
  UNION ALL
  SELECT (11<<40)|(seq<<4)|1, id, 'reasoning', '', reasoning FROM questions WHERE reasoning <> ''
  UNION ALL
  SELECT (11<<40)|(seq<<4)|2, id, 'indicators', '', indicators FROM questions WHERE indicators <> ''
  UNION ALL
  SELECT (12<<40)|(seq<<4)|0, question, 'hypothesis', text, '' FROM hypotheses WHERE text <> '';
