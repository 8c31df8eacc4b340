package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestRun(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name    string
		args    []string
		wantErr bool
		wantOut string // a file the run must create
	}{
		{"archive", []string{"-n", "5", "-seed", "2", "-formats", "odt,txt", "-o", filepath.Join(dir, "a")}, false, "a/truth.jsonl"},
		{"hostile", []string{"-hostile", filepath.Join(dir, "h")}, false, "h/zip-bomb.docx"},
		{"no output", []string{"-n", "5"}, true, ""},
		{"bad format", []string{"-formats", "rtf", "-o", filepath.Join(dir, "b")}, true, ""},
		{"bad flag", []string{"-x"}, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := run(tt.args)
			if (err != nil) != tt.wantErr {
				t.Fatalf("run(%v) = %v, want error %v", tt.args, err, tt.wantErr)
			}
			if tt.wantOut != "" {
				if _, err := os.Stat(filepath.Join(dir, tt.wantOut)); err != nil {
					t.Error(err)
				}
			}
		})
	}
}
