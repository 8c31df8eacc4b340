-- motebok decision register, schema version 1 (PRAGMA user_version = 1).
--
-- Open the file with any SQLite tool (sqlite3, DB Browser for SQLite, DBeaver,
-- Python's sqlite3, R's RSQLite). The database is in WAL mode: copy
-- register.sqlite together with register.sqlite-wal, or run
-- `PRAGMA wal_checkpoint(TRUNCATE)` first.
--
-- `documents` and `dates` hold one row set per source file. `meetings`,
-- `attendees`, `cases` and `case_sources` are derived from the documents
-- that describe the same meeting (same body and date), so minutes that exist
-- as DOCX draft, signed PDF and ODT give ONE meeting, one case row per case
-- number and three case_sources rows. Which copy a row is taken from is
-- explained in the package documentation (index/register/doc.go). Ids are
-- derived from the keys (the first 63 bits of a SHA-256), so they are stable
-- across runs and rebuilds.
--
-- Examples:
--   SELECT * FROM decisions WHERE decided AND meeting_date >= '2025-01-01';
--   SELECT number, title FROM cases WHERE instr(search_text, 'høring') > 0;
--   SELECT c.number, s.path FROM cases c JOIN case_sources s ON s.case_id = c.id;

-- One row per source file.
CREATE TABLE documents (
    path       TEXT PRIMARY KEY,  -- the file's path as the pipeline gives it (Record.path)
    id         TEXT NOT NULL,     -- sha256 of the file's bytes, hex
    format     TEXT NOT NULL,     -- pdf, docx, odt, pptx, odp, txt, md
    kind       TEXT NOT NULL,     -- minutes, presentation, guide, other
    title      TEXT NOT NULL,
    language   TEXT NOT NULL,     -- nb, nn, en or ''
    author     TEXT NOT NULL,
    created    TEXT NOT NULL,     -- from the file's metadata, UTC 'YYYY-MM-DDTHH:MM:SSZ' or ''
    modified   TEXT NOT NULL,     -- likewise
    meeting_id INTEGER REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED, -- NULL: no meeting (guide, slides)
    source     TEXT NOT NULL      -- JSON {meeting, attendees, cases} as extracted from this file alone
);
CREATE INDEX documents_meeting ON documents(meeting_id);

-- One row per body and date.
CREATE TABLE meetings (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE, -- 'YYYY-MM-DD|folded body', or 'doc|path' when body or date is unknown
    body       TEXT NOT NULL,        -- as written in the preferred source
    body_key   TEXT NOT NULL,        -- lower case, NFC, single spaces
    date       TEXT NOT NULL,        -- YYYY-MM-DD or ''
    start_time TEXT NOT NULL,        -- HH:MM or ''
    end_time   TEXT NOT NULL,
    place      TEXT NOT NULL,
    path       TEXT NOT NULL         -- preferred source document
);
CREATE INDEX meetings_order ON meetings(date DESC, body_key, id); -- the order of Decisions

-- The attendance list of the preferred source that has one.
CREATE TABLE attendees (
    meeting_id   INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,  -- order in the list, from 0
    path         TEXT NOT NULL,     -- source document of the list
    name         TEXT NOT NULL,
    organization TEXT NOT NULL,
    role         TEXT NOT NULL,
    status       TEXT NOT NULL,     -- present, absent, substitute
    replaces     TEXT NOT NULL,     -- for a substitute: whom they met for
    note         TEXT NOT NULL,
    page         INTEGER NOT NULL,  -- 0 when unknown
    PRIMARY KEY (meeting_id, seq)
);

-- One row per case (sak) per meeting, taken whole from the preferred source.
CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    key                 TEXT NOT NULL UNIQUE, -- meeting key '|' case number key
    number              TEXT NOT NULL,  -- as written: '33/25', 'Sak 33/25', 'PS 12/24'
    number_key          TEXT NOT NULL,  -- '33/25' for all of those but the last ('ps 12/24')
    sort_key            TEXT NOT NULL,  -- number_key with digits zero-padded, for agenda order
    title               TEXT NOT NULL,
    type                TEXT NOT NULL,  -- Beslutningssak, Orienteringssak, ... or ''
    archive_number      TEXT NOT NULL,  -- saksnr./arkivsak, e.g. 24/00311
    proposal            TEXT NOT NULL,  -- forslag til vedtak
    decision            TEXT NOT NULL,  -- vedtak, references such as 'Som forslag' resolved
    decision_as_written TEXT NOT NULL,
    decided             INTEGER NOT NULL, -- 1 when a decision is recorded
    discussion          TEXT NOT NULL,
    speakers            TEXT NOT NULL,  -- JSON array of names
    conflicts           TEXT NOT NULL,  -- JSON array of sentences on conflicts of interest
    vote_unanimous      INTEGER,        -- NULL when no vote is recorded
    vote_for            INTEGER,
    vote_against        INTEGER,
    vote_text           TEXT,
    page                INTEGER NOT NULL,
    path                TEXT NOT NULL,  -- source document the row was taken from
    search_text         TEXT NOT NULL   -- title, proposal and decision folded (lower case, NFC,
                                        -- single spaces) for substring search: instr(search_text, 'høring')
);
CREATE INDEX cases_meeting ON cases(meeting_id, sort_key, key); -- agenda order
CREATE INDEX cases_number ON cases(number_key);
CREATE INDEX cases_archive ON cases(archive_number);

-- Every source document that lists the case.
CREATE TABLE case_sources (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    path    TEXT NOT NULL,
    page    INTEGER NOT NULL,
    PRIMARY KEY (case_id, path)
);

-- Date expressions found in each document. value is EDTF (2026-02-10,
-- 2026-02, 2025-W43, 2026-04-22/2026-04-23); grain is day, week, month,
-- season, year or interval.
CREATE TABLE dates (
    path       TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
    seq        INTEGER NOT NULL,
    text       TEXT NOT NULL,
    value      TEXT NOT NULL,
    grain      TEXT NOT NULL,
    start_time TEXT NOT NULL,
    end_time   TEXT NOT NULL,
    PRIMARY KEY (path, seq)
);
CREATE INDEX dates_value ON dates(value);

-- One row per case with its meeting: the view most analyses start from.
CREATE VIEW decisions AS
SELECT m.date AS meeting_date, m.body, c.number, c.title, c.type,
       c.archive_number, c.proposal, c.decision, c.decided, c.path,
       c.meeting_id, c.id AS case_id
FROM cases c JOIN meetings m ON m.id = c.meeting_id;
