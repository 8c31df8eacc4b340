package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/internal/synth"
	"github.com/motebok/motebok/internal/ziptest"
)

// hostileFile writes synth's hostile file name into dir and returns its
// path.
func hostileFile(t *testing.T, dir, name string) string {
	t.Helper()
	src := realDir(t)
	if _, err := synth.Hostile(src); err != nil {
		t.Fatal(err)
	}
	return copyFile(t, filepath.Join(src, name), filepath.Join(dir, name))
}

// TestReliabilityNesting checks that a PDF whose content stream nests
// millions of arrays and dictionaries is read, in the ingest process too
// (--isolate none): its text is kept and the rest of the batch committed.
func TestReliabilityNesting(t *testing.T) {
	base := realDir(t)
	root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
	good := addCorpus(t, root)[0]
	deep := hostileFile(t, root, "nesting.pdf")
	r := mustMotebok(t, 0, "extract", deep)
	if !strings.Contains(r.stdout, "dyp nøsting") || !strings.Contains(r.stdout, "deeper than") {
		t.Errorf("extract lost the text or the warning: %s", r)
	}
	mustMotebok(t, 0, "ingest", "--data", data, "--isolate", "none", root)
	out := mustMotebok(t, 0, "export", "--data", data).stdout
	for _, p := range []string{good, deep} {
		if !strings.Contains(out, `"path":"`+p+`"`) {
			t.Errorf("%s not exported after the ingest", p)
		}
	}
}

// TestReliabilityUnmountedRoot is the unmounted share: the root is an
// empty folder. Nothing is deleted, the run says why and exits 3, until
// --allow-mass-delete confirms.
func TestReliabilityUnmountedRoot(t *testing.T) {
	base := realDir(t)
	root, data := filepath.Join(base, "share"), filepath.Join(base, "data")
	docs := addCorpus(t, root)
	mustMotebok(t, 0, "ingest", "--data", data, root)
	mustDo(t, os.RemoveAll(root))
	mustDo(t, os.Mkdir(root, 0o755))
	r := mustMotebok(t, 3, "ingest", "--data", data, root)
	if !strings.Contains(r.stderr, "0 deleted") || !strings.Contains(r.stderr, "nothing deleted: "+root) ||
		!strings.Contains(r.stderr, "--allow-mass-delete") {
		t.Errorf("the held deletion is not explained: %s", r)
	}
	if out := mustMotebok(t, 0, "export", "--data", data, "--format", "jsonl").stdout; strings.Count(out, "\n") != len(docs) {
		t.Errorf("export after the held run: %d records, want %d", strings.Count(out, "\n"), len(docs))
	}
	r = mustMotebok(t, 0, "ingest", "--data", data, "--allow-mass-delete", root)
	if want := fmt.Sprintf("%d deleted", len(docs)); !strings.Contains(r.stderr, want) {
		t.Errorf("confirmed run: want %q: %s", want, r)
	}
}

// TestReliabilityQuarantine checks that a quarantined file keeps ingest at
// exit 3, that `retry` ends the quarantine, and that a memory limit no
// reader can run in is a usage error.
func TestReliabilityQuarantine(t *testing.T) {
	base := realDir(t)
	root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
	addCorpus(t, root)
	bad := filepath.Join(root, "tom.docx")
	writeFile(t, bad, []byte("PK\x03\x04 not really a zip"))
	for run := range 4 {
		r := mustMotebok(t, 3, "ingest", "--data", data, root)
		if run == 3 && !strings.Contains(r.stderr, "quarantined: "+bad) {
			t.Errorf("fourth run does not name the quarantined file: %s", r)
		}
	}
	r := mustMotebok(t, 0, "retry", "--data", data, bad)
	if r.stdout != "retry: "+bad+"\n" {
		t.Errorf("retry output: %s", r)
	}
	if r := mustMotebok(t, 3, "ingest", "--data", data, root); !strings.Contains(r.stderr, "1 failed, 0 quarantined") {
		t.Errorf("after retry the file is not read again: %s", r)
	}
	mustMotebok(t, 0, "retry", "--data", data, "--all")
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"retry", "--data", data}, "either --all or at least one PATH"},
		{[]string{"retry", "--data", data, "--all", bad}, "either --all or at least one PATH"},
		{[]string{"ingest", "--data", data, "--memory-mb", "1000", root}, "--memory-mb must be at least"},
	} {
		if r := mustMotebok(t, 2, tc.args...); !strings.Contains(r.stderr, tc.says) {
			t.Errorf("%q: want %q: %s", tc.args, tc.says, r)
		}
	}
	if r := mustMotebok(t, 1, "retry", "--data", data, filepath.Join(root, "nope.pdf")); !strings.Contains(r.stderr, "no failing") {
		t.Errorf("retry of a file that is not failing: %s", r)
	}
}

// privateDOCX is a Word document with a line of text hidden with w:vanish
// and a reviewer's comment.
func privateDOCX(t *testing.T) []byte {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	const relType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	return ziptest.BuildZip(t,
		"[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"_rels/.rels", rels+`<Relationship Id="rId1" Type="`+relType+`officeDocument" Target="word/document.xml"/></Relationships>`,
		"word/_rels/document.xml.rels", rels+`<Relationship Id="rId2" Type="`+relType+`comments" Target="comments.xml"/></Relationships>`,
		"word/document.xml", `<w:document `+w+`><w:body><w:p><w:r><w:t>Referat fra møte i arbeidsutvalget.</w:t></w:r></w:p>`+
			`<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>Lønnsoppgjøret til Kari Hemmeligsen er utsatt.</w:t></w:r></w:p></w:body></w:document>`,
		"word/comments.xml", `<w:comments `+w+`><w:comment w:id="0" w:author="Ola"><w:p><w:r><w:t>Fjern kommentarordet før utsending.</w:t></w:r></w:p></w:comment></w:comments>`)
}

// TestReliabilityPrivacy checks that every file and folder the store,
// the queries and `export -o` write is their owner's alone, and that hidden
// Word text and comments are neither in the record's text nor searchable.
func TestReliabilityPrivacy(t *testing.T) {
	base := realDir(t)
	root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
	addCorpus(t, root)
	hidden := filepath.Join(root, "skjult.docx")
	writeFile(t, hidden, privateDOCX(t))
	mustMotebok(t, 0, "ingest", "--data", data, root)
	mustMotebok(t, 0, "decisions", "--data", data)
	mustMotebok(t, 0, "status", "--data", data)
	for _, word := range []string{"Hemmeligsen", "kommentarordet"} {
		if got := searchPaths(t, cli{}, data, word); len(got) != 0 {
			t.Errorf("search %s finds %v", word, got)
		}
	}
	if rec := exported(t, cli{}, data)[hidden]; rec == nil || !strings.Contains(rec.Text, "arbeidsutvalget") ||
		strings.Contains(rec.Text, "Hemmeligsen") || strings.Contains(rec.Text, "kommentarordet") {
		t.Errorf("record of the document with hidden text and a comment: %+v", rec)
	}
	out := filepath.Join(base, "eksport.json")
	writeFile(t, out, []byte("an earlier export, world-readable"))
	mustMotebok(t, 0, "export", "--data", data, "-o", out)
	checkPrivate(t, data, out, filepath.Join(base, "eksport.schema.json"))
}

// checkPrivate checks that no one but the owner may read, write or enter
// any of paths or what lies under them.
func checkPrivate(t *testing.T, paths ...string) {
	t.Helper()
	for _, p := range paths {
		err := filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			fi, err := d.Info()
			if err != nil {
				return err
			}
			if fi.Mode().Perm()&0o077 != 0 {
				t.Errorf("%s has mode %v", q, fi.Mode().Perm())
			}
			return nil
		})
		mustDo(t, err)
	}
}

// TestReliabilityNames checks that file names holding a line break, an
// escape code or bytes that are not UTF-8 are printed escaped, one line per
// file, and kept byte-exact in JSON (raw_path).
func TestReliabilityNames(t *testing.T) {
	base := realDir(t)
	root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
	forged := filepath.Join(root, "x\n  failed: FORGED.pdf: y.docx")
	red := filepath.Join(root, "\x1b[31mrød\x1b[0m.docx")
	latin1 := filepath.Join(root, "m\xf8te.txt")
	latin1Bad := filepath.Join(root, "\xe6rlig.docx")
	for _, p := range []string{forged, red, latin1Bad} {
		writeFile(t, p, []byte("PK\x03\x04 no zip"))
	}
	writeFile(t, latin1, []byte("Referat fra møte i styret 2. mars 2025.\n"))
	r := mustMotebok(t, 3, "ingest", "--data", data, root)
	st := mustMotebok(t, 0, "status", "--data", data)
	for _, out := range []string{r.stderr, st.stdout} {
		if strings.ContainsAny(out, "\x1b") || strings.Contains(out, "\n  failed: FORGED") || strings.Contains(out, "\xe6") {
			t.Errorf("a name reached the output raw:\n%s", out)
		}
	}
	for _, want := range []string{`x\n  failed: FORGED.pdf: y.docx`, `\x1b[31mrød\x1b[0m.docx`, `\xe6rlig.docx`} {
		if !strings.Contains(r.stderr, want) || !strings.Contains(st.stdout, want) {
			t.Errorf("%s is not named, escaped, in the summary and status:\n%s\n%s", want, r.stderr, st.stdout)
		}
	}
	if rec := exported(t, cli{}, data)[latin1]; rec == nil {
		t.Errorf("the export lost the name %q byte for byte", latin1)
	}
	var s struct {
		Failed []struct {
			RawPath []byte `json:"raw_path"`
		} `json:"failed"`
	}
	decodeJSON(t, mustMotebok(t, 0, "status", "--data", data, "--json"), &s)
	found := false
	for _, f := range s.Failed {
		found = found || string(f.RawPath) == latin1Bad
	}
	if !found {
		t.Errorf("status --json lost the name %q byte for byte: %+v", latin1Bad, s.Failed)
	}
}

// TestReliabilityReadOnly checks that the commands that only read work on
// a data directory they may not write to (a read-only mount, a backup).
func TestReliabilityReadOnly(t *testing.T) {
	base := realDir(t)
	root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
	addCorpus(t, root)
	mustMotebok(t, 0, "ingest", "--data", data, root)
	c := readOnly(t, base, data)
	for _, args := range [][]string{
		{"decisions", "--data", data},
		{"decisions", "--data", data, "--format", "json", "--query", "veileder"},
		{"search", "--data", data, "styringsgruppen"},
		{"status", "--data", data},
		{"export", "--data", data},
	} {
		if r := c.run(t, args...); r.code != 0 || r.stdout == "" {
			t.Errorf("motebok %s on a read-only data directory: %s", strings.Join(args, " "), r)
		}
	}
}

// TestReliabilitySmall checks the smaller points: a year no index can
// hold is a usage error, a timeout says so in words, and an ingest of a
// path that does not exist creates no data directory.
func TestReliabilitySmall(t *testing.T) {
	base := realDir(t)
	root, data, fresh := filepath.Join(base, "root"), filepath.Join(base, "data"), filepath.Join(base, "fresh")
	docs := addCorpus(t, root)
	mustMotebok(t, 0, "ingest", "--data", data, root)
	for _, args := range [][]string{
		{"search", "--data", data, "--from", "0000", "x"},
		{"decisions", "--data", data, "--from", "0000"},
		{"decisions", "--data", data, "--to", "9999-12-31"},
	} {
		if r := mustMotebok(t, 2, args...); !strings.Contains(r.stderr, "the year must be from") {
			t.Errorf("%q: %s", args, r)
		}
	}
	r := mustMotebok(t, 1, "extract", "--timeout", "1ns", docs[1])
	if !strings.Contains(r.stderr, "not read within the time limit of 1ns") || strings.Contains(r.stderr, "context deadline") {
		t.Errorf("timeout message: %s", r)
	}
	mustMotebok(t, 1, "ingest", "--data", fresh, filepath.Join(base, "missing"))
	if _, err := os.Stat(fresh); err == nil {
		t.Error("an ingest of a missing path created the data directory")
	}
}

// TestReliabilityHealing checks that an ingest finds a damaged index or
// register, says so, and rebuilds it from the stored records, so that every
// query answers as before.
func TestReliabilityHealing(t *testing.T) {
	cases := []struct {
		name   string
		damage func(t *testing.T, data string)
	}{
		{"truncated index segment", func(t *testing.T, data string) {
			segs, _ := filepath.Glob(filepath.Join(data, "bleve", "store", "*.zap"))
			if len(segs) == 0 {
				t.Fatal("no index segment")
			}
			for _, s := range segs {
				fi, err := os.Stat(s)
				mustDo(t, err)
				mustDo(t, os.Truncate(s, fi.Size()/2))
			}
		}},
		{"index metadata overwritten", func(t *testing.T, data string) {
			writeFile(t, filepath.Join(data, "bleve", "index_meta.json"), []byte("{\"storage\":"))
		}},
		{"register pages overwritten", func(t *testing.T, data string) {
			f, err := os.OpenFile(filepath.Join(data, "register.sqlite"), os.O_RDWR, 0)
			mustDo(t, err)
			defer f.Close()
			fi, err := f.Stat()
			mustDo(t, err)
			junk := []byte(strings.Repeat("\xde\xad", 2048))
			for off := int64(4096); off+int64(len(junk)) < fi.Size(); off += 3 * 4096 {
				_, err := f.WriteAt(junk, off)
				mustDo(t, err)
			}
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, data := ingestedCorpus(t)
			want := view(t, data)
			tc.damage(t, data)
			r := mustMotebok(t, 0, "ingest", "--data", data, root)
			if !strings.Contains(r.stderr, "repaired: ") || !strings.Contains(r.stderr, "from the records") {
				t.Errorf("the repair is not reported: %s", r)
			}
			compareViews(t, "after the repair", view(t, data), want)
		})
	}
}

// TestReliabilityCheck checks that `motebok check` finds a damaged record
// and an index that lost a segment, that export then fails without leaving
// a partial file, and that `check --repair` and an ingest bring every
// answer back.
func TestReliabilityCheck(t *testing.T) {
	base := realDir(t)
	root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
	addCorpus(t, root)
	mustMotebok(t, 0, "ingest", "--data", data, root)
	if r := mustMotebok(t, 0, "check", "--data", data); !strings.Contains(r.stdout, "0 problems") {
		t.Errorf("check of a sound data directory: %s", r)
	}
	want := view(t, data)
	recs, _ := filepath.Glob(filepath.Join(data, "records", "*.json.gz"))
	segs, _ := filepath.Glob(filepath.Join(data, "bleve", "store", "*.zap"))
	if len(recs) == 0 || len(segs) == 0 {
		t.Fatal("no records or index segments")
	}
	writeFile(t, recs[0], []byte("\x1f\x8b damaged"))
	for _, s := range segs {
		mustDo(t, os.Truncate(s, 100))
	}
	r := mustMotebok(t, 3, "check", "--data", data)
	if !strings.Contains(r.stdout, "record: damaged: ") || !strings.Contains(r.stdout, "index: damaged: ") {
		t.Errorf("check does not name the damage: %s", r)
	}
	out := filepath.Join(base, "eksport.jsonl")
	if r := mustMotebok(t, 1, "export", "--data", data, "-o", out); !strings.Contains(r.stderr, "check --repair") {
		t.Errorf("export of a damaged record: %s", r)
	}
	if _, err := os.Stat(out); err == nil {
		t.Error("a failed export left a partial file")
	}
	mustMotebok(t, 0, "check", "--data", data, "--repair")
	if r := mustMotebok(t, 0, "ingest", "--data", data, root); !strings.Contains(r.stderr, "(1 docs,") {
		t.Errorf("the damaged record is not extracted again: %s", r)
	}
	compareViews(t, "after check --repair and ingest", view(t, data), want)
	mustMotebok(t, 0, "check", "--data", data)
}

// TestReliabilityOperator checks what a nightly operator needs first: help
// that exits 0 and the versions that decide what a data directory holds.
func TestReliabilityOperator(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		says string // in stdout and stderr
	}{
		{[]string{"-h"}, 0, "usage: motebok COMMAND"},
		{[]string{"--help"}, 0, "usage: motebok COMMAND"},
		{[]string{"help"}, 0, "motebok help COMMAND"},
		{[]string{"help", "ingest"}, 0, "usage: motebok ingest"},
		{[]string{"help", "nope"}, 2, `unknown command "nope"`},
		{[]string{"--version"}, 0, fmt.Sprintf("(extractor %s, index mapping %s, go", extractors.Version(), index.MappingVersion)},
		{[]string{"version"}, 0, "motebok "},
	} {
		r := motebok(t, tc.args...)
		if r.code != tc.code || !strings.Contains(r.stdout+r.stderr, tc.says) {
			t.Errorf("motebok %q: want exit %d and %q: %s", tc.args, tc.code, tc.says, r)
		}
	}
}

// TestReliabilityDeletedText checks that the text of a deleted document is
// gone from every file of the data directory after the run that deletes
// it (SQLite keeps deleted rows in free pages, Bleve in segments that
// mark them deleted), as `grep -a` would see; and so is the earlier text
// of a changed document after a run with --expunge.
func TestReliabilityDeletedText(t *testing.T) {
	// No four bytes of the word occur before it, so that the index's
	// compression keeps it whole.
	const word = "Qwuxbjarg"
	for _, c := range []struct {
		name   string
		remove func(t *testing.T, path string)
		flags  []string
	}{
		{"deleted", func(t *testing.T, path string) { mustDo(t, os.Remove(path)) }, nil},
		{"changed, expunge", func(t *testing.T, path string) {
			writeFile(t, path, []byte("Referat fra styremøte 3. mars 2025\n\nSak 4/25 Innkjøp\n\nVedtak: Innkjøpet er godkjent.\n"))
		}, []string{"--expunge"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			base := realDir(t)
			root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
			addCorpus(t, root)
			secret := filepath.Join(root, "referat-hemmelig.txt")
			writeFile(t, secret, []byte(word+"\n\nReferat fra styremøte 3. mars 2025\n\nSak 4/25 Innkjøp\n\nVedtak: "+word+" er godkjent.\n"))
			mustMotebok(t, 0, "ingest", "--data", data, root)
			if holding := filesHolding(t, data, word); len(holding) < 2 {
				t.Fatalf("only %v hold %q after ingest, want the index and the register: the test sees too little", holding, word)
			}
			c.remove(t, secret)
			mustMotebok(t, 0, append(append([]string{"ingest", "--data", data}, c.flags...), root)...)
			if holding := filesHolding(t, data, word); len(holding) != 0 {
				t.Errorf("after its document was %s, %q is still in %v", c.name, word, holding)
			}
		})
	}
}

// filesHolding lists the files under dir whose bytes hold s.
func filesHolding(t *testing.T, dir, s string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err == nil && bytes.Contains(b, []byte(s)) {
			out = append(out, p)
		}
		return err
	})
	mustDo(t, err)
	return out
}

// TestReliabilityNightlyOutput checks the nightly operator's basics:
// --quiet says nothing of a run that went well and still reports one that
// did not, --log-format json writes one JSON object per line, and status
// shows the history of runs with their exit codes and counts.
func TestReliabilityNightlyOutput(t *testing.T) {
	base := realDir(t)
	root, data := filepath.Join(base, "root"), filepath.Join(base, "data")
	addCorpus(t, root)
	if r := mustMotebok(t, 0, "ingest", "--quiet", "--data", data, root); r.stderr != "" {
		t.Errorf("a quiet run that went well wrote %q", r.stderr)
	}
	writeFile(t, filepath.Join(root, "ødelagt.docx"), []byte("PK\x03\x04 not a zip"))
	r := mustMotebok(t, 3, "ingest", "--log-format", "json", "--data", data, root)
	lines := strings.Split(strings.TrimSpace(r.stderr), "\n")
	for _, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Errorf("--log-format json wrote a line that is no JSON: %q", l)
		}
	}
	if !strings.Contains(r.stderr, `"msg":"ingest summary"`) || !strings.Contains(r.stderr, "ødelagt.docx") {
		t.Errorf("the JSON log lacks the summary naming the failed file:\n%s", r.stderr)
	}
	if r := mustMotebok(t, 3, "ingest", "--quiet", "--data", data, root); !strings.Contains(r.stderr, "failed: ") {
		t.Errorf("a quiet run with a failure did not report it: %q", r.stderr)
	}
	mustMotebok(t, 2, "ingest", "--log-format", "xml", "--data", data, root)
	st := mustMotebok(t, 0, "status", "--data", data).stdout
	_, history, _ := strings.Cut(st, "recent runs:\n")
	runs := strings.Count(history, " exit ")
	if runs != 3 || !strings.Contains(history, "exit 0: ") || strings.Count(history, "exit 3: ") != 2 {
		t.Errorf("status shows %d runs, want the 3 with their exit codes:\n%s", runs, st)
	}
}

// TestReliabilityFlippedRegister checks that a flipped byte inside a text
// the register stores is never a silent wrong answer: the commands that
// read the text fail, naming the damage and the remedy, and print none of
// it; check finds it; and check --repair or the next ingest alone rebuild
// the register, so that every answer is as before.
func TestReliabilityFlippedRegister(t *testing.T) {
	cases := []struct {
		name  string
		word  string   // every occurrence in register.sqlite gets a flipped byte
		reads []string // commands that print it
		heal  []string // what rebuilds the register before ingest runs
	}{
		{"decision, check --repair", "omarbeide", []string{"decisions", "case 21/25"}, []string{"check", "--repair"}},
		{"decision, ingest", "omarbeide", []string{"decisions --case 21/25", "case 21/25"}, nil},
		{"attendee name, ingest", "Holden", []string{"person Holden Jon Berge"}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			root, data := ingestedCorpus(t)
			want := view(t, data)
			answers := map[string]string{}
			for _, c := range tc.reads {
				answers[c] = mustMotebok(t, 0, readArgs(c, data)...).stdout
			}
			flipped := flipWord(t, tc.word, filepath.Join(data, "register.sqlite"))
			for _, c := range tc.reads {
				r := motebok(t, readArgs(c, data)...)
				if r.code == 0 || !strings.Contains(r.stderr, "motebok check --repair") || !strings.Contains(r.stderr, "checksum") {
					t.Errorf("%s on a register with %q flipped: want a failure naming the damage and the remedy: %s", c, tc.word, r)
				}
				if strings.Contains(r.stdout, flipped) {
					t.Errorf("%s printed the flipped text %q: %s", c, flipped, r)
				}
			}
			if r := mustMotebok(t, 3, "check", "--data", data); !strings.Contains(r.stdout, "register: damaged: ") ||
				!strings.Contains(r.stdout, "motebok check --repair") {
				t.Errorf("check does not find the flipped byte: %s", r)
			}
			if tc.heal != nil {
				mustMotebok(t, 0, append(tc.heal, "--data", data)...)
			}
			r := mustMotebok(t, 0, "ingest", "--data", data, root)
			if tc.heal == nil && !strings.Contains(r.stderr, "repaired: ") {
				t.Errorf("the repair is not reported: %s", r)
			}
			compareViews(t, "after the repair", view(t, data), want)
			for _, c := range tc.reads {
				if got := mustMotebok(t, 0, readArgs(c, data)...).stdout; got != answers[c] {
					t.Errorf("%s after the repair:\n%s", c, firstDiff(got, answers[c]))
				}
			}
			mustMotebok(t, 0, "check", "--data", data)
		})
	}
}

// ingestedCorpus ingests the sample documents into a fresh data directory
// and returns the folder of the documents and the data directory.
func ingestedCorpus(t *testing.T) (root, data string) {
	t.Helper()
	base := realDir(t)
	root, data = filepath.Join(base, "root"), filepath.Join(base, "data")
	addCorpus(t, root)
	mustMotebok(t, 0, "ingest", "--data", data, root)
	return root, data
}

// readArgs turns "person Holden Jon Berge" into motebok's arguments: the
// command, --data, and the rest as one argument.
func readArgs(c, data string) []string {
	cmd, rest, _ := strings.Cut(c, " ")
	args := []string{cmd, "--data", data}
	if flag, value, ok := strings.Cut(rest, " "); ok && strings.HasPrefix(flag, "--") {
		return append(args, flag, value)
	}
	if rest != "" {
		args = append(args, rest)
	}
	return args
}

// flipWord changes the case of the first letter of every occurrence of
// word in the files, as a flipped bit would, and returns the word as
// changed. The files must hold the word, and no write-ahead log beside
// them.
func flipWord(t *testing.T, word string, names ...string) string {
	t.Helper()
	flipped := string(word[0]^0x20) + word[1:]
	n := 0
	for _, name := range names {
		if fi, err := os.Stat(name + "-wal"); err == nil && fi.Size() > 0 {
			t.Fatalf("%s has a write-ahead log: the flip would not be all that is read", name)
		}
		b, err := os.ReadFile(name)
		mustDo(t, err)
		n += bytes.Count(b, []byte(word))
		mustDo(t, os.WriteFile(name, bytes.ReplaceAll(b, []byte(word), []byte(flipped)), 0o600))
	}
	if n == 0 {
		t.Fatalf("%v do not hold %q", names, word)
	}
	return flipped
}

// TestReliabilityFlippedSegment checks that a flipped byte inside a text an
// index segment stores is never a silent wrong answer: check finds it in
// every segment, the next ingest in a segment no run verified yet, and
// check --repair or that ingest rebuild the index, so that every search
// answers as before.
func TestReliabilityFlippedSegment(t *testing.T) {
	root, data := ingestedCorpus(t)
	want := view(t, data)
	search := []string{"search", "--data", data, "--cases", "--json", "omarbeide"}
	answer := withoutScores(t, mustMotebok(t, 0, search...))
	segments := func() []string {
		segs, _ := filepath.Glob(filepath.Join(data, "bleve", "store", "*.zap"))
		return segs
	}
	repaired := func(when string) {
		t.Helper()
		compareViews(t, when, view(t, data), want)
		if got := withoutScores(t, mustMotebok(t, 0, search...)); got != answer {
			t.Errorf("%s: %s\n%s", when, strings.Join(search, " "), firstDiff(got, answer))
		}
		mustMotebok(t, 0, "check", "--data", data)
	}

	flipWord(t, "omarbeide", segments()...) // no run has verified them yet
	if r := mustMotebok(t, 3, "check", "--data", data); !strings.Contains(r.stdout, "index: damaged: ") || !strings.Contains(r.stdout, "CRC-32") {
		t.Errorf("check does not find the flipped byte: %s", r)
	}
	if r := mustMotebok(t, 0, "ingest", "--data", data, root); !strings.Contains(r.stderr, "repaired: ") {
		t.Errorf("the repair is not reported: %s", r)
	}
	repaired("after the ingest that found the flipped byte")

	mustMotebok(t, 0, "ingest", "--data", data, root) // verifies the rebuilt index's segments
	flipWord(t, "omarbeide", segments()...)
	if r := mustMotebok(t, 3, "check", "--data", data); !strings.Contains(r.stdout, "index: damaged: ") {
		t.Errorf("check does not find the flipped byte in a verified segment: %s", r)
	}
	mustMotebok(t, 0, "check", "--data", data, "--repair")
	mustMotebok(t, 0, "ingest", "--data", data, root)
	repaired("after check --repair and ingest")
}
