-- motebok decision register, schema version 5 (PRAGMA user_version = 5).
--
-- Open the file with any SQLite tool (sqlite3, DB Browser for SQLite, DBeaver,
-- Python's sqlite3, R's RSQLite). The database is in WAL mode: copy
-- register.sqlite together with register.sqlite-wal, or run
-- `PRAGMA wal_checkpoint(TRUNCATE)` first.
--
-- `documents` and `dates` hold one row set per source file. An agenda (kind
-- 'agenda') joins the meeting of the minutes whose cases it lists, so its
-- proposals and the minutes' decisions are one case row. `meetings`,
-- `attendees`, `cases`, `case_sources` and `case_refs` are derived from the
-- documents that are copies of one record of a meeting: same body and date
-- (documents.meeting_key), same organisation or none named, similar text,
-- and the same attendees and case numbers. So minutes that exist as DOCX
-- draft, signed PDF and ODT give ONE meeting, one case row per case number
-- and three case_sources rows, while Valgstyret in Lier kommune and
-- Valgstyret in Eigersund kommune on one date, or two records of one
-- meeting that disagree, give two meetings with the same base_key. Which copy a row is taken from is
-- explained in the package documentation (index/register/doc.go). Ids are
-- derived from the keys (the first 63 bits of a SHA-256; a case's keeps its
-- meeting's high bits, see derive.go caseID), so they are stable across runs
-- and rebuilds.
--
-- The tables keyed by several columns (abbreviations, case_sources,
-- case_refs, dates) are WITHOUT ROWID: the key is the table's b-tree, not
-- a second copy of the key in an index. attendees is not: its rows are
-- larger, and its index on name_key would hold the whole key. The key of
-- a meeting or case has no index of its own: the id, its primary key, is
-- derived from it, so two rows with one key would share an id, which the
-- primary key refuses.
--
-- Every table but body_aliases has a column checksum: the CRC-32C of the
-- row's other columns, which motebok writes with the row and verifies when
-- it reads it. A row changed by hand or by damage to the file no longer
-- matches: motebok then refuses to answer from it, and `motebok check
-- --repair` and the next ingest rebuild the register from the records.
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
    title_key  TEXT NOT NULL,     -- title folded, without a label before a colon ('Veileder: X' -> 'x')
    organization TEXT NOT NULL,   -- organisation the document speaks for (letterhead, header), '' when none is found
    meeting_key TEXT,             -- 'YYYY-MM-DD|folded body', 'doc|path' without body or date; NULL: no meeting
    meeting_id INTEGER REFERENCES meetings(id) DEFERRABLE INITIALLY DEFERRED, -- NULL: no meeting (guide, slides)
    source     BLOB NOT NULL,     -- JSON {meeting, attendees, cases, organization, sketch} as extracted, DEFLATE-compressed
                                  -- from this file alone; sketch summarises the text for finding copies
    checksum   INTEGER NOT NULL   -- CRC-32C of the other columns (see the top of this file)
);
CREATE INDEX documents_meeting ON documents(meeting_id, kind); -- Conflicts reads kinds from it, not the rows
CREATE INDEX documents_meeting_key ON documents(meeting_key);

-- One row per record of a meeting: an organisation's body on a date.
CREATE TABLE meetings (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL,        -- base_key, then '|folded organisation' when one is named, then
                                     -- '|path' of the preferred copy when another record has the same key
    base_key   TEXT NOT NULL,        -- documents.meeting_key of its documents
    organization TEXT NOT NULL,      -- as written in the first copy that names one, or ''
    org_key    TEXT NOT NULL,        -- folded organisation
    body       TEXT NOT NULL,        -- as written in the preferred source
    body_key   TEXT NOT NULL,        -- lower case, NFC, single spaces
    body_id    TEXT NOT NULL,        -- body_key of the name that stands for the body across spellings:
                                     -- body_aliases, else a long form defined by an abbreviation replaced
                                     -- by the short form ('styringsgruppen for normen'), else body_key
    date       TEXT NOT NULL,        -- YYYY-MM-DD or ''
    start_time TEXT NOT NULL,        -- HH:MM or ''
    end_time   TEXT NOT NULL,
    place      TEXT NOT NULL,
    path       TEXT NOT NULL,        -- preferred source document
    checksum   INTEGER NOT NULL
);
CREATE INDEX meetings_order ON meetings(date DESC, body_key, id); -- the order of Decisions
CREATE INDEX meetings_base ON meetings(base_key);
CREATE INDEX meetings_body ON meetings(body_key, org_key, body_id); -- identifyBodies reads one body's rows

-- Short forms the documents define: 'Norm for informasjonssikkerhet og
-- personvern i helse- og omsorgssektoren (Normen)'. They unify the spellings
-- of a body's name (meetings.body_id).
CREATE TABLE abbreviations (
    path  TEXT NOT NULL REFERENCES documents(path) ON DELETE CASCADE,
    short TEXT NOT NULL,
    long  TEXT NOT NULL,
    checksum INTEGER NOT NULL,
    PRIMARY KEY (path, short, long)
) WITHOUT ROWID;

-- The user's alias file (DATA/bodies.txt, read at every ingest): what the
-- documents cannot settle. Both columns are folded body names.
CREATE TABLE body_aliases (
    alias_key     TEXT PRIMARY KEY,
    canonical_key TEXT NOT NULL
);

-- The attendance list of the preferred source that has one.
CREATE TABLE attendees (
    meeting_id   INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    seq          INTEGER NOT NULL,  -- order in the list, from 0
    path         TEXT NOT NULL,     -- source document of the list
    name         TEXT NOT NULL,
    name_key     TEXT NOT NULL,     -- words of the name folded and sorted: 'Nordmann Kari' = 'Kari Nordmann'
    organization TEXT NOT NULL,
    role         TEXT NOT NULL,
    status       TEXT NOT NULL,     -- present, absent, substitute
    replaces     TEXT NOT NULL,     -- for a substitute: whom they met for
    note         TEXT NOT NULL,
    page         INTEGER NOT NULL,  -- 0 when unknown
    checksum     INTEGER NOT NULL,
    PRIMARY KEY (meeting_id, seq)
);
CREATE INDEX attendees_name ON attendees(name_key);

-- One row per case (sak) per meeting, taken whole from the preferred source.
CREATE TABLE cases (
    id                  INTEGER PRIMARY KEY,
    meeting_id          INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    key                 TEXT NOT NULL,  -- meeting key '|' case number key
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
    search_text         TEXT NOT NULL,  -- title, proposal and decision folded (lower case, NFC,
                                        -- single spaces) for substring search: instr(search_text, 'høring')
    checksum            INTEGER NOT NULL
);
CREATE INDEX cases_meeting ON cases(meeting_id, sort_key); -- agenda order, ties by key sorted by the query
CREATE INDEX cases_number ON cases(number_key);
CREATE INDEX cases_archive ON cases(archive_number);

-- Every source document that lists the case.
CREATE TABLE case_sources (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    path    TEXT NOT NULL,
    page    INTEGER NOT NULL,
    checksum INTEGER NOT NULL,
    PRIMARY KEY (case_id, path)
) WITHOUT ROWID;

-- Written references from a case to another case: 'sak 21/25', 'Sak 21-25',
-- 'jf. sak 21/25', 'PS 12/24' in the title, proposal, decision or discussion.
-- The target is kept as a key, so that a reference to minutes stored later
-- resolves too; the case_links view resolves it.
CREATE TABLE case_refs (
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    to_key  TEXT NOT NULL,    -- number_key of the case referred to: '21/25', 'ps 12/24'
    text    TEXT NOT NULL,    -- as written: 'Sak 21-25'
    path    TEXT NOT NULL,    -- document the reference was read from
    page    INTEGER NOT NULL, -- page of the referring case, 0 when unknown
    checksum INTEGER NOT NULL,
    PRIMARY KEY (case_id, to_key)
) WITHOUT ROWID;
CREATE INDEX case_refs_to ON case_refs(to_key);

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
    checksum   INTEGER NOT NULL,
    PRIMARY KEY (path, seq)
) WITHOUT ROWID;

-- One row per case with its meeting: the view most analyses start from.
CREATE VIEW decisions AS
SELECT m.date AS meeting_date, m.body, c.number, c.title, c.type,
       c.archive_number, c.proposal, c.decision, c.decided, c.path,
       c.meeting_id, c.id AS case_id
FROM cases c JOIN meetings m ON m.id = c.meeting_id;

-- Links between cases across meetings and documents: the case history.
--   reference: from_case's text refers to to_case by number ('Sak 21-25'):
--              the case of that number in an earlier (or the same day's) other
--              meeting of the same organisation, or where either names none;
--              of several, the one of the same body, then of the same
--              organisation, then the latest;
--   archive:   both cases carry the same archive number (saksnr. 24/00311);
--   approves:  from_case's title, proposal or decision names a guide, plan or
--              other non-minutes document by its title (to_path), and the case
--              is decided.
-- path and page locate the words that make the link.
CREATE VIEW case_links AS
WITH candidates AS (
    -- every earlier case the reference may mean, the likeliest first: same
    -- body, same organisation, the latest meeting
    SELECT r.case_id, t.id AS to_case, r.text, r.path, r.page,
           row_number() OVER (PARTITION BY r.case_id, r.to_key
               ORDER BY tm.body_id = fm.body_id DESC, tm.org_key = fm.org_key DESC, tm.date DESC, t.id) AS rank
    FROM case_refs r
    JOIN cases f ON f.id = r.case_id
    JOIN meetings fm ON fm.id = f.meeting_id
    JOIN cases t ON t.number_key = r.to_key AND t.meeting_id <> f.meeting_id
    JOIN meetings tm ON tm.id = t.meeting_id
    WHERE tm.date <= fm.date AND (tm.org_key = fm.org_key OR tm.org_key = '' OR fm.org_key = '')
)
SELECT case_id AS from_case, to_case, '' AS to_path, 'reference' AS kind, text, path, page
FROM candidates WHERE rank = 1
UNION ALL
SELECT a.id, b.id, '', 'archive', a.archive_number, a.path, a.page
FROM cases a JOIN cases b ON b.archive_number = a.archive_number AND b.id <> a.id
WHERE a.archive_number <> ''
UNION ALL
SELECT c.id, NULL, d.path, 'approves', d.title, c.path, c.page
FROM documents d JOIN cases c ON c.decided AND instr(c.search_text, d.title_key) > 0
WHERE d.kind <> 'minutes' AND length(d.title_key) >= 12;

-- Attendance per person across meetings, name forms unified (name_key).
CREATE VIEW attendance AS
SELECT a.name_key, a.name, a.role, a.status, a.organization, m.date AS meeting_date,
       m.body, m.organization AS meeting_organization, a.path, a.page, a.meeting_id
FROM attendees a JOIN meetings m ON m.id = a.meeting_id;

-- Example queries on the case history and attendance:
--   -- every link of case 21/25, both ways, with dates:
--   SELECT l.kind, fm.date, f.number, l.path, l.page, tm.date, t.number, l.to_path
--   FROM case_links l JOIN cases f ON f.id = l.from_case JOIN meetings fm ON fm.id = f.meeting_id
--   LEFT JOIN cases t ON t.id = l.to_case LEFT JOIN meetings tm ON tm.id = t.meeting_id
--   WHERE f.number_key = '21/25' OR t.number_key = '21/25';
--   -- which cases came up in more than one meeting?
--   SELECT t.number, t.title, count(DISTINCT f.meeting_id) + 1 AS meetings
--   FROM case_links l JOIN cases t ON t.id = l.to_case JOIN cases f ON f.id = l.from_case
--   WHERE l.kind = 'reference' GROUP BY t.id ORDER BY meetings DESC;
--   -- the meetings Kari Nordmann attended (any name order):
--   SELECT meeting_date, body, status, role FROM attendance WHERE name_key = 'kari nordmann';
--   -- the spellings of each body:
--   SELECT body_id, group_concat(DISTINCT body) FROM meetings GROUP BY body_id;
--   -- meeting keys with records of minutes that disagree (a conflict to settle):
--   SELECT base_key, org_key, count(*) FROM meetings m
--   WHERE EXISTS (SELECT 1 FROM documents d WHERE d.meeting_id = m.id AND d.kind = 'minutes')
--   GROUP BY base_key, org_key HAVING count(*) > 1;
