// Versioned schema of the SQLite store: each migration runs once, in its own transaction, recorded in schema_migrations.
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "documents, entities, resolution log, claims, facts, lists, screening",
    sql: `
CREATE TABLE documents (
  seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, title TEXT, published TEXT, url TEXT, source TEXT,
  publisher TEXT NOT NULL, chars INTEGER NOT NULL, text TEXT NOT NULL, ingested_at TEXT NOT NULL);
CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='seq');

CREATE TABLE doc_entities (
  id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, local_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
  country TEXT, aliases TEXT NOT NULL, positions TEXT NOT NULL, entity_id INTEGER,
  mentions TEXT NOT NULL); -- JSON [[start, end], ...]: offsets into the document's text
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);

CREATE TABLE entities (id INTEGER PRIMARY KEY, type TEXT NOT NULL, name TEXT NOT NULL, country TEXT, doc_count INTEGER NOT NULL);
CREATE TABLE entity_keys (key TEXT NOT NULL, entity_id INTEGER NOT NULL, PRIMARY KEY (key, entity_id)) WITHOUT ROWID;
CREATE TABLE resolution_log (
  seq INTEGER PRIMARY KEY, kind TEXT NOT NULL, a INTEGER, b INTEGER, target INTEGER, actor TEXT NOT NULL,
  rule TEXT NOT NULL, reason TEXT, batch INTEGER, created_at TEXT NOT NULL);

CREATE TABLE claims (
  id INTEGER PRIMARY KEY, doc_id TEXT NOT NULL, local_id TEXT NOT NULL, fact_id INTEGER, type TEXT NOT NULL,
  roles TEXT NOT NULL, items TEXT NOT NULL, status TEXT NOT NULL, certainty TEXT NOT NULL, polarity TEXT NOT NULL,
  attributed TEXT NOT NULL, time_text TEXT, time_start TEXT, time_end TEXT, rule TEXT NOT NULL, rules TEXT NOT NULL,
  publisher TEXT NOT NULL);
CREATE INDEX claims_fact ON claims(fact_id);
-- evidence spans: offsets into the text of the claim's document (claims.doc_id)
CREATE TABLE evidence (claim_id INTEGER NOT NULL, start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL);
CREATE INDEX evidence_claim ON evidence(claim_id);
CREATE TABLE claim_links (doc_id TEXT NOT NULL, from_local TEXT NOT NULL, to_local TEXT NOT NULL, relation TEXT NOT NULL);
CREATE INDEX claim_links_doc ON claim_links(doc_id);

CREATE TABLE facts (
  id INTEGER PRIMARY KEY, type TEXT NOT NULL, roles_key TEXT NOT NULL, roles TEXT NOT NULL, categories TEXT NOT NULL,
  status TEXT NOT NULL, statuses TEXT NOT NULL, certainty TEXT NOT NULL, polarity TEXT NOT NULL, time_start TEXT,
  time_end TEXT, sources INTEGER NOT NULL, independent_sources INTEGER NOT NULL, claim_count INTEGER NOT NULL);
CREATE INDEX facts_key ON facts(type, roles_key);
CREATE TABLE fact_roles (
  entity_id INTEGER NOT NULL, fact_id INTEGER NOT NULL, role TEXT NOT NULL, PRIMARY KEY (entity_id, fact_id, role)) WITHOUT ROWID;
CREATE INDEX fact_roles_fact ON fact_roles(fact_id);
CREATE TABLE fact_links (
  from_fact INTEGER NOT NULL, to_fact INTEGER NOT NULL, relation TEXT NOT NULL, PRIMARY KEY (from_fact, to_fact, relation)) WITHOUT ROWID;
CREATE INDEX fact_links_to ON fact_links(to_fact);

CREATE TABLE list_entries (
  list TEXT NOT NULL, version TEXT NOT NULL, entry_id TEXT NOT NULL, name TEXT NOT NULL, schema TEXT NOT NULL,
  data TEXT NOT NULL, PRIMARY KEY (list, version, entry_id));
CREATE TABLE screening_hits (
  entity_id INTEGER NOT NULL, list TEXT NOT NULL, version TEXT NOT NULL, entry_id TEXT NOT NULL, name TEXT NOT NULL,
  matched_name TEXT NOT NULL, score REAL NOT NULL, reasons TEXT NOT NULL, screened_at TEXT NOT NULL);
CREATE INDEX screening_hits_entity ON screening_hits(entity_id);
`,
  },
  {
    version: 2,
    name: "compact rows: document entities, claims and claim links refer to their document by seq; a claim's publisher is its document's; rules only when more than the rule",
    // ~800 bytes less per document (the 71-character content hash was repeated on every entity and claim row):
    // smaller pages to write at commit and to copy at checkpoint.
    sql: `
CREATE TABLE doc_entities_v2 (
  id INTEGER PRIMARY KEY, doc_seq INTEGER NOT NULL, local_id TEXT NOT NULL, type TEXT NOT NULL, name TEXT NOT NULL,
  country TEXT, aliases TEXT NOT NULL, positions TEXT NOT NULL, entity_id INTEGER,
  mentions TEXT NOT NULL); -- JSON [[start, end], ...]: offsets into the document's text
INSERT INTO doc_entities_v2 (id, doc_seq, local_id, type, name, country, aliases, positions, entity_id, mentions)
  SELECT e.id, d.seq, e.local_id, e.type, e.name, e.country, e.aliases, e.positions, e.entity_id, e.mentions
  FROM doc_entities e JOIN documents d ON d.id = e.doc_id;
DROP TABLE doc_entities;
ALTER TABLE doc_entities_v2 RENAME TO doc_entities;
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);

CREATE TABLE claims_v2 (
  id INTEGER PRIMARY KEY, doc_seq INTEGER NOT NULL, local_id TEXT NOT NULL, fact_id INTEGER, type TEXT NOT NULL,
  roles TEXT NOT NULL, items TEXT NOT NULL, status TEXT NOT NULL, certainty TEXT NOT NULL, polarity TEXT NOT NULL,
  attributed TEXT NOT NULL, time_text TEXT, time_start TEXT, time_end TEXT, rule TEXT NOT NULL,
  rules TEXT); -- JSON list of every rule that produced the claim; NULL when it is just [rule]
INSERT INTO claims_v2 (id, doc_seq, local_id, fact_id, type, roles, items, status, certainty, polarity, attributed, time_text, time_start, time_end, rule, rules)
  SELECT c.id, d.seq, c.local_id, c.fact_id, c.type, c.roles, c.items, c.status, c.certainty, c.polarity, c.attributed, c.time_text,
    c.time_start, c.time_end, c.rule, CASE WHEN c.rules = json_array(c.rule) THEN NULL ELSE c.rules END
  FROM claims c JOIN documents d ON d.id = c.doc_id;
DROP TABLE claims;
ALTER TABLE claims_v2 RENAME TO claims;
CREATE INDEX claims_fact ON claims(fact_id);

CREATE TABLE claim_links_v2 (doc_seq INTEGER NOT NULL, from_local TEXT NOT NULL, to_local TEXT NOT NULL, relation TEXT NOT NULL);
INSERT INTO claim_links_v2 (doc_seq, from_local, to_local, relation)
  SELECT d.seq, l.from_local, l.to_local, l.relation FROM claim_links l JOIN documents d ON d.id = l.doc_id;
DROP TABLE claim_links;
ALTER TABLE claim_links_v2 RENAME TO claim_links;
CREATE INDEX claim_links_doc ON claim_links(doc_seq);
`,
  },
  {
    version: 3,
    name: "the facts_key index carries each fact's time, so finding the facts a claim may join reads only the index",
    // A pair of busy parties has hundreds of facts (one per item and period); their times are compared in the index.
    sql: `
DROP INDEX facts_key;
CREATE INDEX facts_key ON facts(type, roles_key, time_start, time_end);
`,
  },
];
