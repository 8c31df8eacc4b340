package index

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// pagedRecord is a record whose pages hold the given paragraphs; its text
// is that of its blocks, as the extractors make it.
func pagedRecord(path, kind, title string, pages ...[]string) *doc.Record {
	r := &doc.Record{Path: path, Format: path[strings.LastIndexByte(path, '.')+1:], Kind: kind, Title: title, Language: "nb"}
	for i, paras := range pages {
		for _, p := range paras {
			r.Blocks = append(r.Blocks, doc.Block{Kind: doc.Paragraph, Text: p, Page: i + 1})
		}
	}
	r.Text = doc.JoinText(r.Blocks)
	return r
}

// answerRecords: the minutes of a board meeting (cases on pages 2 and 3),
// the notice of that meeting (the same case, proposed only), and a guide
// on the same topic.
func answerRecords() []*doc.Record {
	minutes := pagedRecord("fjordvik/styret-2025-03-04.pdf", doc.KindMinutes, "Protokoll fra styremøte i Fjordvik idrettslag",
		[]string{"Protokoll fra styremøte i Fjordvik idrettslag", "Dato: 4. mars 2025", "Til stede: Kari Nordmann, Per Hansen"},
		[]string{"Sak 4/25 Handlingsplan 2025–2027", "Utkastet ble gjennomgått punkt for punkt.", "Vedtak: Styret vedtok handlingsplanen med endringene fra møtet."},
		[]string{"Sak 5/25 Medlemskontingent 2025", "Vedtak: Kontingenten settes til 350 kroner for voksne og 150 kroner for barn.",
			"Sak 6/25 Orientering om økonomi", "Kassereren viste til at budsjettet er stramt og at handlingsplanen krever midler."})
	minutes.Meeting = &doc.Meeting{Body: "Styret i Fjordvik idrettslag", Date: "2025-03-04"}
	minutes.Cases = []doc.Case{
		{Number: "4/25", Title: "Handlingsplan 2025–2027", Decision: "Styret vedtok handlingsplanen med endringene fra møtet.", Decided: true, Page: 2},
		{Number: "5/25", Title: "Medlemskontingent 2025", Decision: "Kontingenten settes til 350 kroner for voksne og 150 kroner for barn.", Decided: true, Page: 3},
		{Number: "6/25", Title: "Orientering om økonomi", Discussion: "Kassereren viste til at budsjettet er stramt og at handlingsplanen krever midler.", Page: 3},
	}
	notice := pagedRecord("fjordvik/innkalling-2025-03-04.pdf", doc.KindAgenda, "Innkalling til styremøte i Fjordvik idrettslag",
		[]string{"Innkalling til styremøte 4. mars 2025", "Sak 4/25 Handlingsplan 2025–2027", "Forslag til vedtak: Styret vedtar handlingsplanen."})
	notice.Meeting = &doc.Meeting{Body: "Styret i Fjordvik idrettslag", Date: "2025-03-04"}
	notice.Cases = []doc.Case{{Number: "4/25", Title: "Handlingsplan 2025–2027", Proposal: "Styret vedtar handlingsplanen.", Page: 1}}
	guide := pagedRecord("veiledere/handlingsplan.pdf", doc.KindGuide, "Slik lager laget en handlingsplan",
		[]string{"Slik lager laget en handlingsplan", "En handlingsplan sier hva laget skal gjøre, og når."},
		[]string{"Handlingsplanen bør vedtas av årsmøtet eller styret.", "Sett av midler til hvert tiltak i handlingsplanen og i budsjettet."})
	return []*doc.Record{minutes, notice, guide}
}

// TestAnswerFirst: a question about a decision puts the case holding its
// other words in title or decision first, with date, decision and page;
// plain topics, look-alikes and query syntax are left alone.
func TestAnswerFirst(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), answerRecords()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		q    Query
		want string // case number of the first hit, "" for a file
		page int
	}{
		{"when was it adopted", Query{Text: "når ble handlingsplanen vedtatt"}, "4/25", 2},
		{"decision and topic", Query{Text: "vedtak kontingent"}, "5/25", 3},
		{"nynorsk question", Query{Text: "kva vart vedteke om kontingenten"}, "5/25", 3},
		{"typed without æøå", Query{Text: "nar ble handlingsplanen vedtatt"}, "4/25", 2},
		{"capitals", Query{Text: "Når ble Handlingsplanen vedtatt"}, "4/25", 2},
		{"the answer alone", Query{Text: "vedtak kontingent", Limit: 1}, "5/25", 3},
		{"plain topic is no question", Query{Text: "handlingsplan"}, "", 0},
		{"plain topic and year", Query{Text: "handlingsplan 2025"}, "", 0},
		{"words only in a case's discussion", Query{Text: "når ble budsjettet vedtatt"}, "", 0},
		{"a question word alone", Query{Text: "vedtak"}, "", 0},
		{"question word and stop words", Query{Text: "hva ble vedtatt"}, "", 0},
		{"a question not about a decision", Query{Text: "hva er kontingenten"}, "", 0},
		{"a past passive asks about a decision", Query{Text: "hvor mye ble kontingenten"}, "5/25", 3},
		{"a phrase is query syntax", Query{Text: `vedtak "handlingsplan 2025"`}, "", 0},
		{"a field is query syntax", Query{Text: "vedtak title:kontingent"}, "", 0},
		{"the filters hold for the answer", Query{Text: "vedtak kontingent", Kind: "guide"}, "", 0},
		{"a word left out", Query{Text: "vedtak handlingsplan -kontingent -budsjett"}, "4/25", 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 {
				if tt.want != "" {
					t.Fatal("no hits")
				}
				return
			}
			h := res.Hits[0]
			if h.Case != tt.want {
				t.Fatalf("first hit %q (case %q), want case %q", h.Title, h.Case, tt.want)
			}
			for _, other := range res.Hits[1:] {
				if other.Case != "" {
					t.Errorf("a second case among the hits: %+v", other)
				}
			}
			if tt.q.Limit > 0 && len(res.Hits) > tt.q.Limit {
				t.Errorf("%d hits, limit %d", len(res.Hits), tt.q.Limit)
			}
			if tt.want == "" {
				return
			}
			if !strings.HasPrefix(h.Path, "fjordvik/styret-") || h.Date != "2025-03-04" || h.Decision == "" || h.Page != tt.page || len(h.Fragments) == 0 {
				t.Errorf("answer %+v: want the decided case of the minutes, dated, with decision, fragments and page %d", h, tt.page)
			}
		})
	}
}

// TestAnswerAmongManyMentions: the case holding the words in its title is
// found among many cases that only discuss them.
func TestAnswerAmongManyMentions(t *testing.T) {
	recs := answerRecords()
	for i := range 12 {
		r := pagedRecord(fmt.Sprintf("fjordvik/styret-2024-%02d-01.pdf", i+1), doc.KindMinutes, "Protokoll",
			[]string{"Protokoll"}, []string{"Eventuelt: kontingent, kontingent og kontingent for barn ble nevnt."})
		r.Meeting = &doc.Meeting{Body: "Styret i Fjordvik idrettslag", Date: fmt.Sprintf("2024-%02d-01", i+1)}
		for c := range 3 {
			r.Cases = append(r.Cases, doc.Case{Number: fmt.Sprintf("%d/24", c+1), Title: "Eventuelt", Decided: true,
				Discussion: "Kontingent for barn ble nevnt. Kontingenten ble diskutert, kontingent igjen.", Decision: "Tas til orientering."})
		}
		recs = append(recs, r)
	}
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), recs); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{Text: "vedtak kontingent"})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Hits) == 0 || res.Hits[0].Case != "5/25" {
		t.Errorf("first hit %+v, want case 5/25", res.Hits[:min(1, len(res.Hits))])
	}
}

// TestAnswerCasesOnly: searching cases, a question lists each case once.
func TestAnswerCasesOnly(t *testing.T) {
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), answerRecords()); err != nil {
		t.Fatal(err)
	}
	res, err := ix.Search(context.Background(), Query{Text: "vedtak handlingsplan", CasesOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, h := range res.Hits {
		if h.Case == "" || slices.Contains(ids, h.ID) {
			t.Errorf("hit %+v is a file or listed twice", h)
		}
		ids = append(ids, h.ID)
	}
}

// TestHitPage: a hit names the page of its best passage: the page with
// most matches, the first page for a title match, none for a format
// without pages; a copy with pages is shown for one without.
func TestHitPage(t *testing.T) {
	recs := answerRecords()
	docx := *recs[0]
	docx.Path, docx.Format = "fjordvik/styret-2025-03-04.docx", "docx"
	docx.Blocks = []doc.Block{{Kind: doc.Paragraph, Text: docx.Text}}
	docx.Cases = slices.Clone(docx.Cases)
	for i := range docx.Cases {
		docx.Cases[i].Page = 0
	}
	unpaged := pagedRecord("diverse/notat.docx", doc.KindOther, "Notat om draktsponsor", []string{"Notat om draktsponsor", "Avtalen med sponsoren løper ut."})
	unpaged.Blocks[0].Page, unpaged.Blocks[1].Page = 0, 0
	ix := newTestIndex(t)
	if err := ix.Put(context.Background(), append(recs, &docx, unpaged)); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		q     Query
		path  string
		page  int
		cases bool
	}{
		{"words on one page", Query{Text: "kassereren"}, "fjordvik/styret-2025-03-04.pdf", 3, false},
		{"the page with most matches", Query{Text: "handlingsplanen OR kontingent OR budsjett", Kind: "minutes"}, "fjordvik/styret-2025-03-04.pdf", 3, false},
		{"a title match: the first page", Query{Text: "protokoll"}, "fjordvik/styret-2025-03-04.pdf", 1, false},
		{"second page of a guide", Query{Text: "tiltak"}, "veiledere/handlingsplan.pdf", 2, false},
		{"no pages", Query{Text: "draktsponsor"}, "diverse/notat.docx", 0, false},
		{"a case's page", Query{Text: "kontingenten", CasesOnly: true}, "fjordvik/styret-2025-03-04.pdf", 3, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := ix.Search(context.Background(), tt.q)
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Hits) == 0 {
				t.Fatal("no hits")
			}
			h := res.Hits[0]
			if h.Path != tt.path || h.Page != tt.page || (h.Case != "") != tt.cases {
				t.Errorf("first hit %s page %d case %q, want %s page %d", h.Path, h.Page, h.Case, tt.path, tt.page)
			}
			if strings.HasPrefix(h.Path, "fjordvik/styret-") && !slices.Contains(h.Also, docx.Path) {
				t.Errorf("the DOCX copy is not under also: %v", h.Also)
			}
		})
	}
}

func TestPageAt(t *testing.T) {
	tests := []struct {
		enc    string
		offset int
		want   int
	}{
		{"", 10, 0},
		{"0:1 100:2 250:3", 0, 1},
		{"0:1 100:2 250:3", 99, 1},
		{"0:1 100:2 250:3", 100, 2},
		{"0:1 100:2 250:3", 9999, 3},
		{"20:4 80:5", 3, 4}, // before the first page (a title line): the first page
		{"0:7", 500, 7},     // a case
		{"0:1 x:2", 50, 0},  // damaged
	}
	for _, tt := range tests {
		if got := pageAt(tt.enc, tt.offset); got != tt.want {
			t.Errorf("pageAt(%q, %d) = %d, want %d", tt.enc, tt.offset, got, tt.want)
		}
	}
}

func TestFilePages(t *testing.T) {
	r := pagedRecord("a.pdf", doc.KindOther, "Tittel", []string{"Første side"}, []string{"Andre side"})
	titled := withTitle(r.Title, r.Text)
	if got, want := filePages(r, titled), "7:1 20:2"; got != want {
		t.Errorf("with the title before the text: %q, want %q", got, want)
	}
	if got := titled[20:]; got != "Andre side" {
		t.Errorf("page 2 starts at %q", got)
	}
	changed := *r
	changed.Text = "Annen tekst"
	if got := filePages(&changed, changed.Text); got != "" {
		t.Errorf("text not that of the blocks: %q, want none", got)
	}
}
