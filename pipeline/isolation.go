package pipeline

import (
	"time"

	"github.com/motebok/motebok/extractors"
)

// IsolationMode says which documents are extracted in a child process.
type IsolationMode string

// The isolation modes.
const (
	IsolatePDF  IsolationMode = "pdf"  // PDFs (by extension or content) in a child; the default
	IsolateAll  IsolationMode = "all"  // every document in a child
	IsolateNone IsolationMode = "none" // everything in-process
)

// Isolation configures the child processes that extract risky documents:
// long-lived, one per worker slot, each handling many documents and
// replaced after a crash, a timeout or MaxDocs documents.
type Isolation struct {
	Mode    IsolationMode // default IsolatePDF
	Command []string      // the worker command; default {os.Executable(), "worker"}
	Env     []string      // added to the worker's environment
	// Timeout bounds one document, in-process too (where a stuck extractor
	// can only be abandoned, not stopped). Default: Options.Timeout, else 60 s.
	Timeout  time.Duration
	MemLimit int64 // worker address space (RLIMIT_AS) in bytes; default 4 GiB, negative for none; see MinMemLimit
	MaxStack int   // worker goroutine stack limit in bytes; default 64 MiB
	MaxDocs  int   // documents before a worker is replaced; default 1000
}

// MinMemLimit is the smallest worker address space a reader runs in: below
// about 2 GiB the Go runtime of a worker cannot map the heap a PDF needs
// (measured on Linux amd64, Go 1.26), and every isolated document fails.
const MinMemLimit = 2560 << 20

func (iso Isolation) withDefaults(optTimeout time.Duration) (Isolation, error) {
	if iso.Mode == "" {
		iso.Mode = IsolatePDF
	}
	if iso.Timeout <= 0 {
		iso.Timeout = orDefault(optTimeout, 60*time.Second)
	}
	if iso.MemLimit == 0 {
		iso.MemLimit = 4 << 30
	}
	iso.MaxStack = orDefault(iso.MaxStack, 64<<20)
	iso.MaxDocs = orDefault(iso.MaxDocs, 1000)
	if len(iso.Command) == 0 && iso.Mode != IsolateNone {
		cmd, err := workerCommand()
		if err != nil {
			return iso, err
		}
		iso.Command = cmd
	}
	return iso, nil
}

// isolates reports whether a file goes to a child process. looksPDF is
// true when the file's first bytes hold a PDF header.
func (iso *Isolation) isolates(path string, looksPDF bool) bool {
	switch iso.Mode {
	case IsolateAll:
		return true
	case IsolateNone:
		return false
	}
	f, ok := extractors.FormatOfFile(path)
	return looksPDF || ok && f.Isolate
}
