package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/motebok/motebok/extractors"
	"github.com/motebok/motebok/index"
)

// versionLine names the build and the versions that decide what a data
// directory holds: a new extractor version re-extracts every file, a new
// index mapping rebuilds the index.
func versionLine() string {
	build, rev := "(devel)", ""
	if bi, ok := debug.ReadBuildInfo(); ok {
		build = bi.Main.Version
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				rev = " " + s.Value[:12]
			}
		}
	}
	return fmt.Sprintf("motebok %s%s (extractor %s, index mapping %s, %s)",
		build, rev, extractors.Version(), index.MappingVersion, runtime.Version())
}
