package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/hex"
	"encoding/json"
	"errors"
	"strings"
	"testing"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/extractors/doc"
)

// echoExtract makes a record from the path alone (fuzzed paths must not
// be opened); its title is the path's bytes in hex.
func echoExtract(_ context.Context, path string, _ extractors.Options) (*doc.Record, error) {
	switch {
	case strings.HasPrefix(path, "fail"):
		return nil, &doc.ExtractError{Path: path, Offset: -1, Err: doc.ErrEncrypted}
	case strings.HasPrefix(path, "panic"):
		panic(path)
	}
	return &doc.Record{ID: "id", Path: path, Title: hex.EncodeToString([]byte(path))}, nil
}

const noLimits = `{"mem_limit":0,"max_stack":0}` + "\n"

func serve(t testing.TB, input string) ([]workerResponse, error) {
	var out bytes.Buffer
	err := ServeWorker(context.Background(), strings.NewReader(noLimits+input), &out, echoExtract)
	var resps []workerResponse
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var r workerResponse
		if jerr := json.Unmarshal(sc.Bytes(), &r); jerr != nil {
			t.Fatalf("response is not JSON: %q", sc.Text())
		}
		resps = append(resps, r)
	}
	return resps, err
}

// TestServeWorker checks that requests are answered in order, with the
// causes of errors kept, panics recovered, and a non-UTF-8 path delivered
// to the extractor intact.
func TestServeWorker(t *testing.T) {
	reqs := []workerRequest{newRequest(1, "ok.pdf", extractors.Options{}), newRequest(2, "fail.pdf", extractors.Options{}),
		newRequest(3, "panic.pdf", extractors.Options{}), newRequest(4, "r\xe5.pdf", extractors.Options{})}
	var in strings.Builder
	for _, q := range reqs {
		b, _ := json.Marshal(q)
		in.Write(append(b, '\n'))
	}
	resps, err := serve(t, in.String())
	if err != nil || len(resps) != len(reqs) {
		t.Fatalf("err %v, %d responses", err, len(resps))
	}
	for i, r := range resps {
		rec, rerr := r.result()
		switch q := reqs[i]; {
		case r.ID != q.ID:
			t.Errorf("response %d has ID %d", i, r.ID)
		case i == 1 && !errors.Is(rerr, doc.ErrEncrypted):
			t.Errorf("error lost its cause: %v", rerr)
		case i == 2 && (rerr == nil || !strings.Contains(rerr.Error(), "panic")):
			t.Errorf("panic not turned into an error: %v", rerr)
		case (i == 0 || i == 3) && (rerr != nil || rec.Title != hex.EncodeToString([]byte(q.path()))):
			t.Errorf("record for %q: %+v, %v", q.path(), rec, rerr)
		}
	}
}

// FuzzServeWorker: whatever arrives after the hello, the worker answers in
// JSON lines or stops with an error; it never hangs or panics.
func FuzzServeWorker(f *testing.F) {
	b, _ := json.Marshal(newRequest(1, "ok.pdf", extractors.DefaultOptions()))
	f.Add(string(b) + "\n")
	f.Add(`{"id":2,"raw_path":"cOU="}` + "\n" + `{"id":3,"path":"fail"}`)
	f.Add(`{"id":4,"path":"panic"}{"id":5`)
	f.Add("\x00\xff")
	f.Fuzz(func(t *testing.T, input string) {
		serve(t, input)
	})
}
