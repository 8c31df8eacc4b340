package register

import (
	"context"
	"reflect"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
)

// bodyIDs returns body → body_id of every meeting; meetings of one body
// with different ids fail the test.
func bodyIDs(t *testing.T, r *Register) map[string]string {
	t.Helper()
	rows, err := r.db.Query("SELECT body_key, body_id FROM meetings")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]string{}
	for rows.Next() {
		var b, id string
		if err := rows.Scan(&b, &id); err != nil {
			t.Fatal(err)
		}
		if was, ok := out[b]; ok && was != id {
			t.Errorf("body %q has ids %q and %q", b, was, id)
		}
		out[b] = id
	}
	return out
}

func TestBodyIdentity(t *testing.T) {
	short := minutes("a.pdf", "", "Rådet for Normen", "2025-01-07", []string{"Kari Hansen"}, "1/25")
	long := minutes("b.pdf", "", "Rådet for Norm for sikker journalføring i kommunene", "2025-03-04", []string{"Kari Hansen"}, "2/25")
	fsk := minutes("c.pdf", "", "FSK", "2025-03-05", []string{"Per Olsen"}, "9/25")
	guide := &doc.Record{Path: "g.pdf", Format: "pdf", Kind: doc.KindGuide, Title: "Veileder",
		Text: "Veileder i Norm for sikker og trygg journalføring i kommunene (Normen)."}
	r, _ := openTemp(t)
	put(t, r, short, long, fsk)
	before := map[string]string{
		"rådet for normen": "rådet for normen",
		"rådet for norm for sikker journalføring i kommunene": "rådet for norm for sikker journalføring i kommunene",
		"fsk": "fsk",
	}
	if got := bodyIDs(t, r); !reflect.DeepEqual(got, before) {
		t.Errorf("before the guide: %q", got)
	}

	put(t, r, guide) // defines the abbreviation: the long form is Normen
	after := map[string]string{
		"rådet for normen": "rådet for normen",
		"rådet for norm for sikker journalføring i kommunene": "rådet for normen",
		"fsk": "fsk",
	}
	if got := bodyIDs(t, r); !reflect.DeepEqual(got, after) {
		t.Errorf("after the guide: %q", got)
	}
	if ds := decisions(t, r, Filter{Body: "normen"}); len(ds) != 2 {
		t.Errorf("--body normen finds %d cases, want 2", len(ds))
	}
	// A later meeting of a name whose id is known gets that id too.
	put(t, r, minutes("d.pdf", "", "Rådet for Norm for sikker journalføring i kommunene", "2025-06-03", []string{"Kari Hansen"}, "3/25"))
	if got := bodyIDs(t, r); !reflect.DeepEqual(got, after) {
		t.Errorf("after a later meeting: %q", got)
	}

	ctx := context.Background()
	if err := r.SetAliases(ctx, ident.Aliases{"fsk": "formannskapet"}); err != nil {
		t.Fatal(err)
	}
	after["fsk"] = "formannskapet"
	if got := bodyIDs(t, r); !reflect.DeepEqual(got, after) {
		t.Errorf("with aliases: %q", got)
	}
	if err := r.SetAliases(ctx, ident.Aliases{}); err != nil { // the file removed
		t.Fatal(err)
	}
	after["fsk"] = "fsk"
	if got := bodyIDs(t, r); !reflect.DeepEqual(got, after) {
		t.Errorf("aliases removed: %q", got)
	}
	if err := r.Delete(ctx, []string{"g.pdf", "d.pdf"}); err != nil {
		t.Fatal(err)
	}
	if got := bodyIDs(t, r); !reflect.DeepEqual(got, before) {
		t.Errorf("guide deleted: %q", got)
	}
}
