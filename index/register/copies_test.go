package register

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// minutes builds a paraphrased record of body's meeting on date, its text
// written from its parts so that copies share it.
func minutes(path, org, body, date string, people []string, cases ...string) *doc.Record {
	rec := &doc.Record{Path: path, Format: strings.TrimPrefix(path[strings.LastIndex(path, "."):], "."),
		Kind: doc.KindMinutes, Meeting: &doc.Meeting{Body: body, Date: date}}
	text := []string{org, "Referat fra møte i " + body + " " + date, "Til stede: " + strings.Join(people, ", ")}
	for _, p := range people {
		rec.Attendees = append(rec.Attendees, doc.Attendee{Name: p, Status: doc.Present})
	}
	for i, c := range cases {
		rec.Cases = append(rec.Cases, doc.Case{Number: c, Title: fmt.Sprintf("Tema %d for %s", i, body), Decided: true,
			Decision: "Vedtatt som foreslått i sak " + c})
		text = append(text, c+" Tema om veier, skoler og budsjett "+fmt.Sprint(i)+" i "+body+" drøftet grundig av utvalget")
	}
	rec.Text = strings.Join(text, "\n")
	return rec
}

func TestMeetingsSplitByOrganisationAndContent(t *testing.T) {
	lier := minutes("lier/stemmestyret.pdf", "Fjellvik kommune", "Stemmestyret", "2023-09-11",
		[]string{"Hansen Kari", "Lunde Petter", "Bakke Sigrid"})
	eiger := minutes("eiger/stemmestyret.pdf", "Strandby kommune", "Stemmestyret", "2023-09-11",
		[]string{"Vik Ole", "Sunde Ingrid", "Rønning Tor"})
	a := minutes("du/referat.docx", "", "Driftsutvalget", "2024-05-06", []string{"Kari Hansen", "Nils Berg"}, "12/24", "13/24")
	aPDF := minutes("du/referat.pdf", "", "Driftsutvalget", "2024-05-06", []string{"Hansen Kari", "Nils Berg"}, "Sak 12/24", "Sak 13/24")
	aPDF.Text = "DRIFTSUTVALGET side 1\n" + a.Text
	b := minutes("du/protokoll.pdf", "", "Driftsutvalget", "2024-05-06", []string{"Per Olsen", "Liv Myhre"}, "7/24", "8/24")
	r, _ := openTemp(t)
	put(t, r, lier, eiger, a, aPDF, b)

	got := map[string][]string{}
	rows, err := r.db.Query(`SELECT m.key, d.path FROM documents d JOIN meetings m ON m.id = d.meeting_id ORDER BY m.key, d.path`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k, p string
		if err := rows.Scan(&k, &p); err != nil {
			t.Fatal(err)
		}
		got[k] = append(got[k], p)
	}
	rows.Close()
	want := map[string][]string{
		"2023-09-11|stemmestyret|fjellvik kommune": {"lier/stemmestyret.pdf"},
		"2023-09-11|stemmestyret|strandby kommune": {"eiger/stemmestyret.pdf"},
		"2024-05-06|driftsutvalget":                {"du/protokoll.pdf"}, // the preferred document's record
		"2024-05-06|driftsutvalget|du/referat.pdf": {"du/referat.docx", "du/referat.pdf"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("meetings:\n got %q\nwant %q", got, want)
	}
	if n := count(t, r, "SELECT count(*) FROM cases c JOIN meetings m ON m.id = c.meeting_id WHERE m.key = '2024-05-06|driftsutvalget|du/referat.pdf'"); n != 2 {
		t.Errorf("copies give %d case rows, want 2", n)
	}
	cs, err := r.Conflicts(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	wantConflicts := []Conflict{{Meeting: "2024-05-06|driftsutvalget",
		Records: [][]string{{"du/protokoll.pdf"}, {"du/referat.pdf", "du/referat.docx"}}}}
	if !reflect.DeepEqual(cs, wantConflicts) {
		t.Errorf("conflicts = %q, want %q", cs, wantConflicts)
	}

	// Put in another order, or the other way round: the same register.
	r2, _ := openTemp(t)
	put(t, r2, b, aPDF)
	put(t, r2, eiger, a, lier)
	if s1, s2 := snapshot(t, r), snapshot(t, r2); s1 != s2 {
		t.Errorf("register depends on the order of Put:\n%s\n---\n%s", s1, s2)
	}
}

func TestSameRecord(t *testing.T) {
	base := minutes("a.pdf", "", "Utvalget", "2024-01-02", []string{"Kari Hansen", "Nils Berg", "Aud Solheim"}, "1/24", "2/24")
	tests := []struct {
		name string
		edit func(*doc.Record)
		want bool
	}{
		{"identical", func(*doc.Record) {}, true},
		{"names in other order", func(r *doc.Record) { r.Attendees[0].Name = "Hansen Kari" }, true},
		{"other organisation", func(r *doc.Record) { r.Text = "Strandby kommune\n" + r.Text }, true}, // base names none
		{"other attendees", func(r *doc.Record) {
			for i := range r.Attendees {
				r.Attendees[i].Name += "sen"
			}
		}, false},
		{"other cases", func(r *doc.Record) { r.Cases[0].Number, r.Cases[1].Number = "7/24", "8/24" }, false},
		{"other text", func(r *doc.Record) { r.Text = "Protokoll om noe helt annet enn referatet over" }, false},
		{"no text, same lists", func(r *doc.Record) { r.Text = "" }, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			other := minutes("b.pdf", "", "Utvalget", "2024-01-02", []string{"Kari Hansen", "Nils Berg", "Aud Solheim"}, "1/24", "2/24")
			tt.edit(other)
			if got := sameRecord(sourceOf(base), sourceOf(other)); got != tt.want {
				t.Errorf("sameRecord = %v, want %v", got, tt.want)
			}
		})
	}
	withOrg := sourceOf(minutes("c.pdf", "Fjellvik kommune", "Utvalget", "2024-01-02", nil))
	otherOrg := sourceOf(minutes("d.pdf", "Strandby kommune", "Utvalget", "2024-01-02", nil))
	otherOrg.Sketch = withOrg.Sketch
	if sameRecord(withOrg, otherOrg) {
		t.Error("documents of two organisations are one record")
	}
}

func TestAgendaJoinsItsMinutes(t *testing.T) {
	min := minutes("du/referat.pdf", "", "Driftsutvalget", "2024-05-06", []string{"Kari Hansen", "Nils Berg"}, "12/24", "13/24")
	agenda := minutes("du/innkalling.pdf", "", "Driftsutvalget", "2024-05-06", nil, "Sak 12/24", "Sak 13/24", "Sak 14/24")
	agenda.Kind, agenda.Text = doc.KindAgenda, "Møteinnkalling driftsutvalget, saksliste med forslag til vedtak"
	for i := range agenda.Cases {
		agenda.Cases[i].Decided, agenda.Cases[i].Decision, agenda.Cases[i].Proposal = false, "", "Forslag "+agenda.Cases[i].Number
	}
	lone := minutes("du/innkalling-juni.pdf", "", "Driftsutvalget", "2024-06-10", nil, "Sak 20/24")
	lone.Kind = doc.KindAgenda
	r, _ := openTemp(t)
	put(t, r, agenda, min, lone)
	if n := count(t, r, "SELECT count(*) FROM meetings"); n != 2 {
		t.Errorf("%d meetings, want the minutes with their agenda, and the agenda of June alone", n)
	}
	ds := decisions(t, r, Filter{From: day("2024-05-06"), To: day("2024-05-06")})
	var got []string
	for _, d := range ds {
		got = append(got, fmt.Sprintf("%s %v %d", d.Number, d.Decided, len(d.Paths)))
	}
	want := []string{"12/24 true 2", "13/24 true 2", "Sak 14/24 false 1"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("cases %q, want %q", got, want)
	}
	if cs, err := r.Conflicts(context.Background()); err != nil || len(cs) != 0 {
		t.Errorf("an agenda is a conflict: %v %v", cs, err)
	}
	events, err := r.CaseHistory(context.Background(), "12/24", "")
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 2 || events[1].Link != "agenda" || events[1].Path != "du/innkalling.pdf" {
		t.Errorf("history of 12/24 lacks its agenda: %+v", events)
	}
}

// TestWrittenConflicts: a register lists the conflicts among the meetings
// its own writes re-derived, a put, a delete or none since it was opened.
func TestWrittenConflicts(t *testing.T) {
	a := minutes("du/referat.docx", "", "Driftsutvalget", "2024-05-06", []string{"Kari Hansen", "Nils Berg"}, "12/24")
	b := minutes("du/protokoll.pdf", "", "Driftsutvalget", "2024-05-06", []string{"Per Olsen", "Liv Myhre"}, "7/24")
	c := minutes("du/protokoll.odt", "", "Driftsutvalget", "2024-05-06", []string{"Per Olsen", "Liv Myhre"}, "8/24")
	other := minutes("hu/referat.docx", "", "Helseutvalget", "2024-05-07", []string{"Ola Dahl"}, "3/24")
	r, path := openTemp(t)
	put(t, r, a, b, other)
	conflict := "2024-05-06|driftsutvalget"
	steps := []struct {
		name  string
		write func(*Register) error
		want  []string // meetings listed
	}{
		{"nothing written", nil, nil},
		{"another meeting", func(r *Register) error { return r.Put(context.Background(), []*doc.Record{other}) }, nil},
		{"a document of the meeting", func(r *Register) error { return r.Put(context.Background(), []*doc.Record{a}) }, []string{conflict}},
		{"a third record", func(r *Register) error { return r.Put(context.Background(), []*doc.Record{c}) }, []string{conflict}},
		{"a record deleted", func(r *Register) error { return r.Delete(context.Background(), []string{"du/protokoll.odt"}) }, []string{conflict}},
		{"the conflict settled", func(r *Register) error { return r.Delete(context.Background(), []string{"du/protokoll.pdf"}) }, nil},
	}
	r.Close()
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			r, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if st.write != nil {
				if err := st.write(r); err != nil {
					t.Fatal(err)
				}
			}
			cs, err := r.WrittenConflicts(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range cs {
				got = append(got, c.Meeting)
			}
			if !reflect.DeepEqual(got, st.want) {
				t.Errorf("written conflicts %q, want %q", got, st.want)
			}
			if all, err := r.Conflicts(context.Background()); err != nil || len(all) == 0 && st.name != "the conflict settled" {
				t.Errorf("Conflicts = %v, %v: the register holds a conflict", all, err)
			}
		})
	}
}
