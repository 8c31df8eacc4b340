// Command synth writes a synthetic archive of Norwegian governance
// documents with its truth.jsonl, or a folder of hostile files.
//
//	synth -n 5000 -seed 1 -o DIR [-formats docx,pdf] [-minutes 0.8]
//	synth -hostile DIR
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/motebok/motebok/internal/synth"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	fs := flag.NewFlagSet("synth", flag.ContinueOnError)
	n := fs.Int("n", 100, "number of documents")
	seed := fs.Int64("seed", 1, "random seed; the same seed gives the same files")
	out := fs.String("o", "", "output folder for the archive")
	formats := fs.String("formats", "docx,pdf", "comma-separated formats: "+strings.Join(synth.Formats, ","))
	share := fs.Float64("minutes", 0.8, "fraction of minutes; the rest are guides and slide decks")
	hostile := fs.String("hostile", "", "write hostile files to this folder instead")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if *hostile != "" {
		return writeHostile(*hostile)
	}
	if *out == "" {
		return errors.New("-o DIR or -hostile DIR is required")
	}
	o := synth.Options{N: *n, Seed: *seed, Formats: strings.Split(*formats, ","), MinutesShare: *share}
	start := time.Now()
	var bytes int64
	kinds := map[string]int{}
	err := synth.Stream(*out, o, func(t synth.Truth) error {
		kinds[t.Kind+"/"+t.Format]++
		bytes += int64(t.Size)
		return nil
	})
	if err != nil {
		return err
	}
	el := time.Since(start)
	fmt.Printf("wrote %d documents (%.1f MB) to %s in %v (%.0f docs/s): %v\n",
		*n, float64(bytes)/1e6, *out, el.Round(time.Millisecond), float64(*n)/el.Seconds(), kinds)
	return nil
}

func writeHostile(dir string) error {
	files, err := synth.Hostile(dir)
	if err != nil {
		return err
	}
	for _, f := range files {
		want := "must succeed as " + f.Format
		if f.Want != nil {
			want = f.Want.Error()
		}
		fmt.Printf("%-22s %-32s %s\n", f.Name, want, f.Why)
	}
	return nil
}
