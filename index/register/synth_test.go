package register

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/doc"
)

var (
	synthBodies  = []string{"Kommunestyret", "Formannskapet", "Styringsgruppen for Normen", "Arbeidsutvalget", "Kontrollutvalget", "Hovedutvalg for helse og omsorg", "Eldrerådet", "Råd for personer med funksjonsnedsettelse"}
	synthWords   = strings.Fields("budsjett høring informasjonssikkerhet veileder godkjenning referat økonomi skolebruksplan reguleringsplan tilskudd pasientsikkerhet avtale revisjon årsmelding strategi handlingsplan tertialrapport")
	synthFormats = []string{"pdf", "docx", "odt"}
)

// synthRecords generates n minutes records with cases cases and attendees
// attendees each. Meetings come in one to three copies (pdf, docx, odt)
// that differ in how case numbers are written and in which copy records
// each decision.
func synthRecords(n, cases, attendees int, seed uint64) []*doc.Record {
	rng := rand.New(rand.NewPCG(seed, 1))
	var out []*doc.Record
	for m := 0; len(out) < n; m++ {
		copies := 1 + rng.IntN(3)
		for c := 0; c < copies && len(out) < n; c++ {
			out = append(out, synthRecord(rng, m, synthFormats[c], cases, attendees))
		}
	}
	return out
}

func synthRecord(rng *rand.Rand, m int, format string, cases, attendees int) *doc.Record {
	date := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, m/len(synthBodies))
	modified := date.Add(time.Duration(rng.IntN(500)) * time.Hour)
	body := synthBodies[m%len(synthBodies)]
	rec := &doc.Record{
		ID: fmt.Sprintf("%064x", rng.Uint64()), Path: fmt.Sprintf("arkiv/%d/møte-%d.%s", date.Year(), m, format),
		Format: format, Kind: doc.KindMinutes, Title: "Referat fra møte i " + body, Language: "nb",
		Meta:    doc.Meta{Modified: &modified},
		Meeting: &doc.Meeting{Body: body, Date: date.Format(time.DateOnly), Start: "10:00", End: "14:00", Place: "Rådhuset"},
		Dates:   []doc.Date{{Text: date.Format("2.1.2006"), Value: date.Format(time.DateOnly), Grain: "day"}},
	}
	for i := range attendees {
		rec.Attendees = append(rec.Attendees, doc.Attendee{Name: fmt.Sprintf("Deltaker %d Ødegård", i),
			Organization: "Virksomhet " + synthWords[i%len(synthWords)], Role: "Medlem", Status: doc.Present, Page: 1})
	}
	for i := range cases {
		rec.Cases = append(rec.Cases, synthCase(rng, m*cases+i, date.Year()%100, format))
	}
	return rec
}

func synthCase(rng *rand.Rand, n, year int, format string) doc.Case {
	number := fmt.Sprintf("%d/%02d", n%1000, year)
	if format == "docx" {
		number = "Sak " + number
	}
	topic := synthWords[rng.IntN(len(synthWords))]
	c := doc.Case{Number: number, Title: topic + " " + fmt.Sprint(n),
		Proposal: "Utvalget tar " + topic + " til orientering og ber administrasjonen følge opp.",
		Page:     1 + n%4}
	if rng.IntN(3) > 0 {
		c.Decided = true
		c.Decision = fmt.Sprintf("Vedtak om %s: %s godkjennes med de endringer som kom fram i møtet.", topic, c.Title)
	}
	return c
}
