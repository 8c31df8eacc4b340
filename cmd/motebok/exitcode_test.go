package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExitCodes checks the exit status of every kind of outcome: 0 when
// all went well, 3 when some documents failed, 2 for a wrong call and 1
// when the command could not complete, each with a message saying why.
func TestExitCodes(t *testing.T) {
	base := realDir(t)
	good, mixed := filepath.Join(base, "good"), filepath.Join(base, "mixed")
	doc := addCorpus(t, good)[0]
	copyFile(t, doc, filepath.Join(mixed, "ok.pdf"))
	writeFile(t, filepath.Join(mixed, "tom.docx"), nil)
	data, data2 := filepath.Join(base, "data"), filepath.Join(base, "data2")
	notDir := filepath.Join(base, "a-file")
	writeFile(t, notDir, []byte("not a folder"))
	missing := filepath.Join(base, "missing")
	cases := []struct {
		name string
		args []string
		code int
		says string // in stderr
	}{
		{"ingest ok", []string{"ingest", "--data", data, good}, 0, "0 failed"},
		{"ingest again", []string{"ingest", "--data", data, good}, 0, "unchanged"},
		{"ingest partial", []string{"ingest", "--data", data2, mixed}, 3, "1 failed"},
		{"extract ok", []string{"extract", doc}, 0, ""},
		{"search", []string{"search", "--data", data, "styringsgruppen"}, 0, ""},
		{"search agendas", []string{"search", "--data", data, "--kind", "agenda", "styringsgruppen"}, 0, ""},
		{"decisions", []string{"decisions", "--data", data}, 0, ""},
		{"export", []string{"export", "--data", data}, 0, ""},
		{"status", []string{"status", "--data", data}, 0, ""},
		{"unlock without lock", []string{"unlock", "--data", data}, 0, ""},
		{"help", []string{"ingest", "-h"}, 0, "EXIT STATUS"},

		{"no command", nil, 2, "usage: motebok COMMAND"},
		{"unknown command", []string{"index"}, 2, `unknown command "index"`},
		{"unknown flag", []string{"ingest", "--bogus", good}, 2, "flag provided but not defined: -bogus"},
		{"flag without value", []string{"search", "--data"}, 2, "flag needs an argument"},
		{"bad number", []string{"search", "--limit", "ti", "x"}, 2, "invalid value"},
		{"ingest without path", []string{"ingest", "--data", data}, 2, "ingest needs at least one PATH"},
		{"extract without file", []string{"extract"}, 2, "extract needs at least one FILE"},
		{"search without query", []string{"search", "--data", data}, 2, "search needs a QUERY"},
		{"search unknown kind", []string{"search", "--data", data, "--kind", "referat", "x"}, 2, `--kind "referat" is not one of`},
		{"decisions with args", []string{"decisions", "--data", data, "x"}, 2, "takes no arguments"},
		{"decisions bad format", []string{"decisions", "--data", data, "--format", "xml"}, 2, `--format must be table, json or csv, not "xml"`},
		{"export bad format", []string{"export", "--data", data, "--format", "csv"}, 2, `--format must be json or jsonl, not "csv"`},
		{"bad isolation", []string{"ingest", "--data", data, "--isolate", "some", good}, 2, "--isolate must be pdf, all or none"},
		{"batch of nothing", []string{"ingest", "--data", data, "--batch", "0", good}, 2, "--batch must be at least 1"},
		{"negative memory budget", []string{"ingest", "--data", data, "--rss-mb", "-1", good}, 2, "--rss-mb at least 0"},
		{"no heap", []string{"ingest", "--data", data, "--heap-mb", "0", good}, 2, "--heap-mb must be at least 1"},
		{"bad date", []string{"decisions", "--data", data, "--from", "i fjor en gang"}, 2, "is not a date"},
		{"bad ref date", []string{"extract", "--ref-date", "i går", doc}, 2, "is not YYYY-MM-DD"},

		{"data dir is a file", []string{"ingest", "--data", notDir, good}, 1, notDir},
		{"missing root", []string{"ingest", "--data", data, missing}, 1, "cannot ingest " + missing},
		{"search without data", []string{"search", "--data", missing, "x"}, 1, "no data directory at " + missing},
		{"decisions without data", []string{"decisions", "--data", missing}, 1, "no data directory at " + missing},
		{"export without data", []string{"export", "--data", missing}, 1, "no data directory at " + missing},
		{"status without data", []string{"status", "--data", missing}, 1, "no data directory at " + missing},
		{"extract missing file", []string{"extract", missing}, 1, missing},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := motebok(t, tc.args...)
			if r.code != tc.code || !strings.Contains(r.stderr, tc.says) {
				t.Errorf("want exit %d and %q in stderr, got %s", tc.code, tc.says, r)
			}
		})
	}
	// A missing root must not cost the earlier run its documents.
	if n := len(searchPaths(t, cli{}, data, everything)); n == 0 {
		t.Error("the index lost its documents after an ingest of a missing root")
	}
	if _, err := os.Stat(missing); err == nil {
		t.Errorf("a command created %s", missing)
	}
}
