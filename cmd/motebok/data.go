package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/motebok/motebok/extractors/dates"
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
	fs.StringVar(&o.from, "from", "", "only meetings on or after this day (YYYY-MM-DD, YYYY-MM, YYYY or a day as written: 2.12.25, \"1. mars 2024\")")
	fs.StringVar(&o.to, "to", "", "only meetings on or before this day (YYYY-MM-DD, YYYY-MM, YYYY or a day as written)")
}

// parse returns the range; a month or year covers the whole period.
func (o *dateRange) parse() (from, to time.Time, err error) {
	if from, _, err = parsePeriod("--from", o.from); err != nil {
		return
	}
	_, to, err = parsePeriod("--to", o.to)
	return
}

// parsePeriod reads YYYY-MM-DD, YYYY-MM or YYYY as its first and last day,
// or a day written the Norwegian way ("2.12.25", "1. mars 2024").
func parsePeriod(flagName, s string) (first, last time.Time, err error) {
	if s == "" {
		return
	}
	for _, l := range []struct {
		layout string
		years  int
		months int
		days   int
	}{{time.DateOnly, 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if first, err = time.Parse(l.layout, s); err == nil {
			return first, first.AddDate(l.years, l.months, l.days-1), checkYear(flagName, s, first)
		}
	}
	if day, ok := dates.ParseDay(s, time.Now()); ok {
		return day, day, checkYear(flagName, s, day)
	}
	return first, last, usagef("%s %q is not YYYY-MM-DD, YYYY-MM, YYYY or a day", flagName, s)
}

// Years a period may fall in: the index stores dates as nanoseconds since
// 1970, which reach from 1678 to 2262.
const minYear, maxYear = 1700, 2200

func checkYear(flagName, s string, t time.Time) error {
	if y := t.Year(); y < minYear || y > maxYear {
		return usagef("%s %q: the year must lie between %d and %d", flagName, s, minYear, maxYear)
	}
	return nil
}
