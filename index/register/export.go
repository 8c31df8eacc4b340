package register

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// csvHeader names the columns WriteCSV writes, as in the JSON output.
var csvHeader = []string{"meeting_date", "body", "number", "title", "type", "archive_number",
	"decided", "proposal", "decision", "path", "paths"}

// WriteCSV writes ds as CSV that Excel with Norwegian settings opens
// correctly by double-click: UTF-8 with a byte order mark (so æøå survive),
// semicolon separators (the Norwegian list separator), CRLF line ends.
// Cells that Excel would run as a formula (starting with = + - @) get a
// leading apostrophe. paths joins the sources with " | ".
func WriteCSV(w io.Writer, ds []Decision) error {
	if _, err := io.WriteString(w, "\ufeff"); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	cw := csv.NewWriter(w)
	cw.Comma = ';'
	cw.UseCRLF = true
	if err := cw.Write(csvHeader); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	for _, d := range ds {
		row := []string{d.MeetingDate, d.Body, d.Number, d.Title, d.Type, d.ArchiveNumber,
			strconv.FormatBool(d.Decided), d.Proposal, d.Decision, d.Path, strings.Join(d.Paths, " | ")}
		for i := range row {
			row[i] = defuseFormula(row[i])
		}
		if err := cw.Write(row); err != nil {
			return fmt.Errorf("writing CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("writing CSV: %w", err)
	}
	return nil
}

// defuseFormula prefixes an apostrophe to a cell a spreadsheet would
// evaluate (CSV injection).
func defuseFormula(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteJSON writes ds as an indented JSON array ([] when empty).
func WriteJSON(w io.Writer, ds []Decision) error {
	if ds == nil {
		ds = []Decision{}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(ds); err != nil {
		return fmt.Errorf("writing JSON: %w", err)
	}
	return nil
}
