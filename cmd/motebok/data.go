package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/motebok/motebok/extractors/dates"
	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/extractors/ident"
	"github.com/motebok/motebok/internal/lazy"
)

// dataOptions locate the data directory; every command but extract has them.
type dataOptions struct{ dir string }

func (o *dataOptions) addFlags(fs *flag.FlagSet) {
	def := os.Getenv("MOTEBOK_DATA")
	if def == "" {
		def = "./motebok-data"
	}
	fs.StringVar(&o.dir, "data", def, "data directory (index, register, manifest); default $MOTEBOK_DATA or ./motebok-data")
}

func (o *dataOptions) indexDir() string     { return filepath.Join(o.dir, "bleve") }
func (o *dataOptions) registerPath() string { return filepath.Join(o.dir, "register.sqlite") }
func (o *dataOptions) aliasPath() string    { return filepath.Join(o.dir, "bodies.txt") }

// aliases reads the alias file of the data directory (see README, "Body
// names"); without one, there are no aliases.
func (o *dataOptions) aliases() (ident.Aliases, error) {
	f, err := os.Open(o.aliasPath())
	if errors.Is(err, fs.ErrNotExist) {
		return ident.Aliases{}, nil
	}
	if err != nil {
		return nil, fmt.Errorf("reading body aliases: %w", err)
	}
	defer f.Close()
	a, err := ident.ParseAliases(f)
	if err != nil {
		return nil, fmt.Errorf("reading body aliases %s: %w", o.aliasPath(), err)
	}
	return a, nil
}

// existing fails with a clear message when the data directory was never
// ingested into.
func (o *dataOptions) existing() error {
	if _, err := os.Stat(o.dir); err != nil {
		return fmt.Errorf("no data directory at %s: run 'motebok ingest --data %s PATH' first", o.dir, o.dir)
	}
	return nil
}

// dateRange holds --from and --to.
type dateRange struct{ from, to string }

func (o *dateRange) addFlags(fs *flag.FlagSet) {
	fs.StringVar(&o.from, "from", "", "only meetings on or after this day or the start of this period ("+periodHelp+")")
	fs.StringVar(&o.to, "to", "", "only meetings on or before this day or the end of this period")
}

// parse returns the range; a month or year covers the whole period. A
// range that ends before it starts is a usage error.
func (o *dateRange) parse() (from, to time.Time, err error) {
	if from, _, err = parsePeriod("--from", o.from); err != nil {
		return
	}
	if _, to, err = parsePeriod("--to", o.to); err != nil {
		return
	}
	if !from.IsZero() && !to.IsZero() && to.Before(from) {
		err = usagef("--from %s is after --to %s", o.from, o.to)
	}
	return
}

// Dates outside these years are refused: the index stores dates as
// nanoseconds since 1970, which reach from 1678 to 2262.
const minYear, maxYear = 1700, 2200

// isoLike matches what is meant as YYYY, YYYY-MM or YYYY-MM-DD, so that a
// mistyped one (2024-13-01) is an error, not a day read from part of it.
var isoLike = lazy.Regexp(`^\d{4}(-\d{1,2}){0,2}$`)

// isoQuarter matches 2024-Q1.
var isoQuarter = lazy.Regexp(`^(\d{4})-[Qq]([1-4])$`)

const periodHelp = `YYYY-MM-DD, YYYY-MM, YYYY, YYYY-Qn, or as written: 2.12.25, "1. mars 2024", "januar 2024", "våren 2024", "Q1 2024"`

// parsePeriod reads a day, month, quarter, season or year as its first and
// last day.
func parsePeriod(flagName, s string) (first, last time.Time, err error) {
	if s == "" {
		return
	}
	first, last, ok := readPeriod(strings.TrimSpace(s))
	switch {
	case !ok:
		return first, last, usagef("%s %q is not a date: use %s", flagName, s, periodHelp)
	case first.Year() < minYear || last.Year() > maxYear:
		return first, last, usagef("%s %q: the year must be from %d to %d", flagName, s, minYear, maxYear)
	}
	return first, last, nil
}

// readPeriod reads s as a period, reporting whether it is one.
func readPeriod(s string) (first, last time.Time, ok bool) {
	for _, l := range []struct {
		layout string
		years  int
		months int
		days   int
	}{{time.DateOnly, 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if first, err := time.Parse(l.layout, s); err == nil {
			return first, first.AddDate(l.years, l.months, l.days-1), true
		}
	}
	if m := isoQuarter().FindStringSubmatch(s); m != nil {
		return monthSpan(m[1], 33+int(m[2][0]-'1'))
	}
	if isoLike().MatchString(s) {
		return first, last, false
	}
	found := dates.Find(s, time.Now())
	if len(found) != 1 || !strings.EqualFold(found[0].Text, s) {
		return first, last, false
	}
	return writtenPeriod(found[0])
}

// writtenPeriod is the span of a date the dates package read.
func writtenPeriod(d doc.Date) (first, last time.Time, ok bool) {
	switch d.Grain {
	case "day", "month", "year":
		if isoLike().MatchString(d.Value) {
			return readPeriod(d.Value)
		}
	case "season", "quarter":
		year, code, _ := strings.Cut(d.Value, "-")
		if n, err := strconv.Atoi(code); err == nil {
			return monthSpan(year, n)
		}
	}
	return first, last, false
}

// codeMonths are the first and last months of the ISO 8601-2 season (21
// spring … 24 winter) and quarter (33 … 36) codes. Seasons are generous,
// as minutes use them: våren is the spring term (January to June), høsten
// the autumn term (August to December), vinteren its first months.
var codeMonths = map[int][2]int{
	21: {1, 6}, 22: {6, 8}, 23: {8, 12}, 24: {1, 3},
	33: {1, 3}, 34: {4, 6}, 35: {7, 9}, 36: {10, 12},
}

// monthSpan is the span of a season or quarter code in year.
func monthSpan(year string, code int) (first, last time.Time, ok bool) {
	y, err := strconv.Atoi(year)
	m, known := codeMonths[code]
	if err != nil || !known {
		return first, last, false
	}
	first = time.Date(y, time.Month(m[0]), 1, 0, 0, 0, 0, time.UTC)
	return first, time.Date(y, time.Month(m[1])+1, 0, 0, 0, 0, 0, time.UTC), true
}
