package register

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// sampleDecisions are stored fixtures read back, plus a row whose text a
// spreadsheet would take for a formula and a terminal for a colour change.
func sampleDecisions(t *testing.T) []Decision {
	r, _ := openTemp(t)
	put(t, r, sortedRecords(fixtures(t))...)
	ds := decisions(t, r, Filter{})
	return append(ds, Decision{MeetingDate: "2026-01-05", Body: "Kontrollutvalget", Number: "1/26",
		Title: "=HYPERLINK(\"http://x\")", Decision: "-1 stemme mot;\x1b[31m «Vedtatt» med ærlig øl på Åsen\r\nny linje", Decided: true})
}

func TestWriteCSV(t *testing.T) {
	ds := sampleDecisions(t)
	var buf bytes.Buffer
	if err := WriteCSV(&buf, ds); err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	if !bytes.HasPrefix(out, []byte("\xef\xbb\xbf")) {
		t.Fatalf("no UTF-8 byte order mark: %q", out[:min(len(out), 10)])
	}
	if !bytes.Contains(out, []byte("\r\n")) {
		t.Error("no CRLF line ends")
	}
	cr := csv.NewReader(bytes.NewReader(out[3:]))
	cr.Comma = ';'
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(rows[0], csvHeader) || len(rows) != len(ds)+1 {
		t.Fatalf("header %v, %d rows for %d decisions", rows[0], len(rows), len(ds))
	}
	for i, d := range ds {
		row := rows[i+1]
		if row[1] != d.Body || row[8] != strings.ReplaceAll(defuseFormula(d.Decision), "\r\n", "\n") { // the reader drops CR
			t.Errorf("row %d: body %q decision %q, want %q %q", i, row[1], row[8], d.Body, d.Decision)
		}
		if strings.HasPrefix(d.Title, "=") && row[3] != "'"+d.Title {
			t.Errorf("formula not defused: %q", row[3])
		}
	}
	last := rows[len(rows)-1][8]
	if !strings.Contains(last, "«Vedtatt» med ærlig øl på Åsen") || !strings.HasPrefix(last, "'-1") {
		t.Errorf("æøå or formula guard lost: %q", last)
	}
}

func TestWriteJSON(t *testing.T) {
	for _, ds := range [][]Decision{nil, sampleDecisions(t)} {
		var buf bytes.Buffer
		if err := WriteJSON(&buf, ds); err != nil {
			t.Fatal(err)
		}
		var back []Decision
		if err := json.Unmarshal(buf.Bytes(), &back); err != nil {
			t.Fatal(err)
		}
		if len(ds) == 0 && strings.TrimSpace(buf.String()) != "[]" {
			t.Errorf("empty list written as %q", buf.String())
		}
		if len(ds) > 0 && !reflect.DeepEqual(back, ds) {
			t.Error("JSON does not round-trip")
		}
		if len(ds) > 0 && !strings.Contains(buf.String(), "ærlig øl på Åsen") {
			t.Error("æøå escaped in JSON")
		}
	}
}
