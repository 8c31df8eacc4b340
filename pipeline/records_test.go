package pipeline

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/motebok/motebok/extractors/doc"
)

// TestReliabilityRecordChecksum checks that a stored record whose text
// changed while it still decodes, its gzip checksum left as it was (a
// flipped byte), does not load, and that the record as written does.
func TestReliabilityRecordChecksum(t *testing.T) {
	data := t.TempDir()
	must(t, os.Mkdir(filepath.Join(data, recordsDir), 0o700))
	rec := &doc.Record{ID: "ab12", Path: "referat.txt", Format: "txt", Text: "Vedtak: budsjettet godkjennes."}
	must(t, saveRecord(data, "v1", rec))
	if _, err := loadRecord(data, "ab12", "v1"); err != nil {
		t.Fatalf("the record as written: %v", err)
	}
	name := recordFile(data, "ab12")
	stored, err := os.ReadFile(name)
	must(t, err)
	zr, err := gzip.NewReader(bytes.NewReader(stored))
	must(t, err)
	content, err := io.ReadAll(zr)
	must(t, err)
	changed := bytes.Replace(content, []byte("godkjennes"), []byte("godkjentes"), 1)
	var b bytes.Buffer
	zw := gzip.NewWriter(&b)
	_, err = zw.Write(changed)
	must(t, err)
	must(t, zw.Close())
	damaged := b.Bytes()
	copy(damaged[len(damaged)-8:], stored[len(stored)-8:]) // the CRC-32 and size of the content as written
	must(t, os.WriteFile(name, damaged, 0o600))
	if got, err := loadRecord(data, "ab12", "v1"); err == nil {
		t.Errorf("a record with changed text loads: %q", got.Text)
	}
}

// TestGCRecords checks which files of the records folder gcRecords
// removes: records no indexed entry refers to, and temporary files, even
// of a record in use; not records in use nor files of other names.
func TestGCRecords(t *testing.T) {
	data := t.TempDir()
	dir := filepath.Join(data, recordsDir)
	must(t, os.Mkdir(dir, 0o700))
	files := map[string]bool{ // name: kept
		"aa.json.gz":            true,  // in use
		"bb.json.gz":            false, // its file failed: no record in use
		"cc.json.gz":            false, // no entry
		"aa.json.gz.tmp123":     false, // left by a crash
		"dd.json.gz.tmp9":       false,
		"notes.txt":             true,
		"aa.json.gz.json.gz":    false,
		"prefix-aa.json.gz.old": false,
	}
	for name := range files {
		must(t, os.WriteFile(filepath.Join(dir, name), []byte("x"), 0o600))
	}
	m := &manifest{entries: map[string]*Entry{
		"/a.pdf": {Path: "/a.pdf", SHA256: "aa", Status: StatusOK},
		"/b.pdf": {Path: "/b.pdf", SHA256: "bb", Status: StatusFailed},
	}}
	must(t, gcRecords(data, m))
	for name, kept := range files {
		if fileExists(filepath.Join(dir, name)) != kept {
			t.Errorf("%s: kept %v, want %v", name, !kept, kept)
		}
	}
}
