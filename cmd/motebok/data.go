package main

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"github.com/motebok/motebok/extractors/dates"
	"github.com/motebok/motebok/extractors/ident"
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
			return first, first.AddDate(l.years, l.months, l.days-1), nil
		}
	}
	if day, ok := dates.ParseDay(s, time.Now()); ok {
		return day, day, nil
	}
	return first, last, usagef("%s %q is not YYYY-MM-DD, YYYY-MM, YYYY or a day", flagName, s)
}
