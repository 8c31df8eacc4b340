package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/internal/oneline"
)

// searchOptions are the flags of `motebok search`.
type searchOptions struct {
	data  dataOptions
	dates dateRange
	json  bool
	kind  string
	body  string
	limit int
	cases bool
}

func (o *searchOptions) addFlags(fs *flag.FlagSet) {
	o.data.addFlags(fs)
	o.dates.addFlags(fs)
	fs.BoolVar(&o.json, "json", false, "print JSON: total, hits and facets")
	fs.StringVar(&o.kind, "kind", "", "only documents of this kind: "+strings.Join(doc.Kinds, ", "))
	fs.StringVar(&o.body, "body", "", "only meetings of this body (words of its name)")
	fs.IntVar(&o.limit, "limit", 10, fmt.Sprintf("number of hits, 1 to %d", index.MaxLimit))
	fs.BoolVar(&o.cases, "cases", false, "search cases and decisions instead of whole documents")
}

func newSearchCommand() *command {
	var o searchOptions
	return &command{
		name:    "search",
		summary: `ranked full-text search: every word must match; "phrase", OR/ELLER, -word or NOT/IKKE, field:value (title, text, body, case, decision, kind, year, date), pre*, word~1`,
		usage:   "QUERY",
		flags:   o.addFlags,
		run: func(ctx context.Context, args []string, stdout, stderr io.Writer) error {
			return runSearch(ctx, o, args, stdout)
		},
	}
}

// searchHeap is the Go heap a search may grow to before collecting: far
// more than one needs (the answer to a question about a common word at
// 100,000 documents took 12 MB).
const searchHeap = 256 << 20

func runSearch(ctx context.Context, o searchOptions, args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return usagef("search needs a QUERY")
	}
	if err := o.check(); err != nil {
		return err
	}
	from, to, err := o.dates.parse()
	if err != nil {
		return err
	}
	if err := o.data.existing(); err != nil {
		return err
	}
	collectOnlyNear(searchHeap)
	ix, err := index.OpenReadOnly(o.data.indexDir())
	if err != nil {
		return err
	}
	defer ix.Close()
	res, err := ix.Search(ctx, index.Query{
		Text: strings.Join(args, " "), Kind: o.kind, Body: o.body,
		From: from, To: to, Limit: o.limit, CasesOnly: o.cases, Facets: o.json,
	})
	if errors.Is(err, index.ErrQuery) {
		return usagef("%v", err)
	}
	if err != nil {
		return err
	}
	if o.json {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	return printHits(stdout, res, highlighter(stdout))
}

// check refuses a --kind or --limit the index cannot answer.
func (o searchOptions) check() error {
	if o.kind != "" && !slices.Contains(doc.Kinds, strings.ToLower(o.kind)) {
		return usagef("--kind %q is not one of %s", o.kind, strings.Join(doc.Kinds, ", "))
	}
	if o.limit < 1 || o.limit > index.MaxLimit {
		return usagef("--limit %d is out of range: 1 to %d", o.limit, index.MaxLimit)
	}
	return nil
}

// highlighter marks matches in bold on a terminal (unless NO_COLOR is set)
// and between asterisks otherwise; «» would read as Norwegian quotes.
func highlighter(w io.Writer) *strings.Replacer {
	if isTerminal(w) && os.Getenv("NO_COLOR") == "" {
		return strings.NewReplacer(index.MarkStart, "\x1b[1m", index.MarkEnd, "\x1b[0m")
	}
	return strings.NewReplacer(index.MarkStart, "*", index.MarkEnd, "*")
}

// printHits writes hits for a person: rank, date, title, path and page,
// a case's decision, fragments.
func printHits(w io.Writer, res *index.Result, mark *strings.Replacer) error {
	if res.Partial {
		fmt.Fprintln(w, "No document holds every word; these hold some of them.")
	}
	fmt.Fprintf(w, "%d matching files and cases; %d shown, the formats of one document together\n", res.Total, len(res.Hits))
	for i, h := range res.Hits {
		title := h.Title
		if h.Case != "" {
			title = "Sak " + h.Case + ": " + title
		}
		where := oneline.Escape(h.Path)
		if h.Page > 0 {
			where += fmt.Sprintf(", page %d", h.Page)
		}
		fmt.Fprintf(w, "\n%2d. %s  %s  [%s]\n    %s\n", i+1, h.Date, oneline.Escape(title), h.Kind, where)
		for _, p := range h.Also {
			fmt.Fprintf(w, "    also: %s\n", oneline.Escape(p))
		}
		if h.Decision != "" {
			fmt.Fprintf(w, "    decision: %s\n", oneline.Escape(clipWords(h.Decision, maxDecision)))
		}
		for _, f := range h.Fragments {
			fmt.Fprintf(w, "    %s\n", mark.Replace(oneline.Escape(f)))
		}
	}
	return nil
}

// maxDecision is the most of a decision the listing shows, in bytes.
const maxDecision = 300

// clipWords puts s on one line and cuts it to at most n bytes at a word
// boundary, marking the cut with an ellipsis.
func clipWords(s string, n int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut <= 0 {
		cut = n
		for !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + "…"
}
