package doc

// Record is the structured result of extracting one file: what
// `motebok extract` prints, what the index and the register store and what
// `motebok export` writes. Field names are a public contract (see
// schema/record.schema.json); add fields, never rename them.
type Record struct {
	ID        string     `json:"id"` // sha256 of the file's bytes, hex
	Path      string     `json:"path"`
	Format    string     `json:"format"`
	Kind      string     `json:"kind"` // one of Kinds
	Title     string     `json:"title"`
	Language  string     `json:"language"` // nb, nn, en or "" when unknown
	Meta      Meta       `json:"meta"`
	Meeting   *Meeting   `json:"meeting,omitempty"`
	Attendees []Attendee `json:"attendees"`
	Cases     []Case     `json:"cases"`
	Dates     []Date     `json:"dates"`
	Blocks    []Block    `json:"blocks"`
	Text      string     `json:"text"`
	Warnings  []string   `json:"warnings"`
}

// Kinds of document.
const (
	KindMinutes      = "minutes"
	KindAgenda       = "agenda" // a notice of a meeting: its cases and proposals, no outcomes
	KindPresentation = "presentation"
	KindGuide        = "guide"
	KindOther        = "other"
)

// Kinds lists every kind of document, the schema's enum in its order.
var Kinds = []string{KindMinutes, KindAgenda, KindPresentation, KindGuide, KindOther}

// Meeting is when and where a meeting took place and which body met.
// Date is YYYY-MM-DD, Start and End are HH:MM.
type Meeting struct {
	Body  string `json:"body"`
	Date  string `json:"date"`
	Start string `json:"start"`
	End   string `json:"end"`
	Place string `json:"place"`
}

// Attendance statuses.
const (
	Present    = "present"
	Absent     = "absent"
	Substitute = "substitute"
)

// Attendee is one person listed in the minutes.
type Attendee struct {
	Name         string `json:"name"`
	Organization string `json:"organization"`
	Role         string `json:"role"`
	Status       string `json:"status"`             // present, absent, substitute
	Replaces     string `json:"replaces,omitempty"` // for a substitute: whom they met for
	Note         string `json:"note,omitempty"`     // parenthesised remarks, e.g. "Representert ved Fürst"
	Page         int    `json:"page,omitempty"`
}

// Case is one agenda item (sak) with what was proposed and decided.
type Case struct {
	Number            string   `json:"number"` // as written: "33/25", "PS 12/24", "3"
	Title             string   `json:"title"`
	Type              string   `json:"type"`                     // Beslutningssak, Orienteringssak, ... or ""
	ArchiveNumber     string   `json:"archive_number,omitempty"` // Saksnr./arkivsak, e.g. 24/00311
	Proposal          string   `json:"proposal"`
	Decision          string   `json:"decision"`
	DecisionAsWritten string   `json:"decision_as_written,omitempty"` // set when Decision resolves a reference such as "Som forslag til vedtak"
	Decided           bool     `json:"decided"`
	Discussion        string   `json:"discussion"`
	Speakers          []string `json:"speakers,omitempty"` // attendee names (or the label as written) who spoke
	Vote              *Vote    `json:"vote,omitempty"`
	Conflicts         []string `json:"conflicts,omitempty"` // habilitet: sentences recording a conflict of interest
	Page              int      `json:"page,omitempty"`
}

// Vote is the recorded outcome of a vote on a case.
type Vote struct {
	Unanimous bool   `json:"unanimous"`
	For       int    `json:"for,omitempty"`
	Against   int    `json:"against,omitempty"`
	Text      string `json:"text"` // the words as written
}

// Date is one date expression found in the text. Value is EDTF (ISO
// 8601-2): 2026-02-10, 2026-02, 2026, 2026-21 (spring), 2025-W43, or an
// interval 2026-04-22/2026-04-23; quarters, tertials and halves use EDTF's
// sub-year codes 33-36, 37-39 and 40-41. Grain is day, week, month, season,
// quarter, tertial, half, year or interval. Start and End are HH:MM when
// the text gives a time of day.
type Date struct {
	Text  string `json:"text"`
	Value string `json:"value"`
	Grain string `json:"grain"`
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
}
