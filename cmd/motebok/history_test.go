package main

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/index/register"
)

// TestCaseAndPerson runs `motebok case` and `motebok person` on the sample
// archive: the history of case 21/25 (decided 2025-09-16, referred to in
// case 34/25 on 2025-12-02), the guide case 38/25 approves, and Jon Berge
// Holden's meetings under either name order.
func TestCaseAndPerson(t *testing.T) {
	base := realDir(t)
	src, data := filepath.Join(base, "corpus"), filepath.Join(base, "data")
	addCorpus(t, src)
	mustMotebok(t, 0, "ingest", "--data", data, src)
	minutes := func(day string) string { return filepath.Join(src, "referat-styringsgruppen-"+day+".pdf") }

	text := mustMotebok(t, 0, "case", "--data", data, "21/25").stdout
	for _, want := range []string{
		"2025-09-16  Styringsgruppen for Normen  21/25  decided\n",
		"    vedtak: Styringsgruppen ber sekretariatet omarbeide veilederen",
		minutes("2025-09-16") + ", page 2\n",
		"34/25  decided  (referred to by  «Sak 21-25»)\n",
		minutes("2025-12-02") + ", page 2\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("case 21/25 lacks %q:\n%s", want, text)
		}
	}
	if i, j := strings.Index(text, "2025-09-16"), strings.Index(text, "2025-12-02"); i < 0 || j < i {
		t.Errorf("case 21/25 is not in date order:\n%s", text)
	}

	var events []register.Event
	decodeJSON(t, mustMotebok(t, 0, "case", "--data", data, "--json", "--body", "normen", "Sak 38-25"), &events)
	var approves *register.Event
	for i, e := range events {
		if e.Link == "approves" {
			approves = &events[i]
		}
	}
	guide := filepath.Join(src, "veileder-integritet-v1")
	if approves == nil || approves.Path != guide+".docx" || strings.Join(approves.Also, ",") != guide+".pdf" ||
		approves.What != "guide" {
		t.Errorf("case 38/25 does not link the guide it approves once: %+v", events)
	}
	if len(events) != 2 || events[0].Number != "38/25" && events[1].Number != "38/25" {
		t.Errorf("case 38/25: want the case and the guide, got %+v", events)
	}

	for _, name := range []string{"Jon Berge Holden", "Holden Jon Berge"} {
		var as []register.Attendance
		decodeJSON(t, mustMotebok(t, 0, "person", "--data", data, "--json", name), &as)
		var got []string
		for _, a := range as {
			got = append(got, a.Date+" "+a.Status+" "+a.Path)
		}
		want := []string{"2025-09-16 present " + minutes("2025-09-16"), "2025-12-02 present " + minutes("2025-12-02")}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("person %q:\n got %q\nwant %q", name, got, want)
		}
	}
	if out := mustMotebok(t, 0, "person", "--data", data, "Jon", "Berge", "Holden").stdout; !strings.Contains(out, "Styringsgruppen for Normen  present") {
		t.Errorf("person text output:\n%s", out)
	}
	if out := mustMotebok(t, 0, "case", "--data", data, "99/25").stdout; out != "no case 99/25 in the register\n" {
		t.Errorf("unknown case: %q", out)
	}
	if out := mustMotebok(t, 0, "case", "--data", data, "--json", "99/25").stdout; out != "[]\n" {
		t.Errorf("unknown case as JSON: %q", out)
	}
}

func TestCaseAndPersonUsage(t *testing.T) {
	missing := filepath.Join(realDir(t), "missing")
	cases := []struct {
		args []string
		code int
		says string
	}{
		{[]string{"case", "--data", missing}, 2, "case takes one case number"},
		{[]string{"case", "--data", missing, "1/25", "2/25"}, 2, "case takes one case number"},
		{[]string{"person", "--data", missing}, 2, "person takes a name"},
		{[]string{"case", "--data", missing, "1/25"}, 1, "no data directory at " + missing},
		{[]string{"person", "--data", missing, "Kari"}, 1, "no data directory at " + missing},
	}
	for _, tc := range cases {
		if r := motebok(t, tc.args...); r.code != tc.code || !strings.Contains(r.stderr, tc.says) {
			t.Errorf("%v: want exit %d and %q, got %s", tc.args, tc.code, tc.says, r)
		}
	}
}
