package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/motebok/motebok/extractors"
)

// candidateName reports whether a file name is worth extracting: a known
// extension, not hidden (.x, ._x from macOS) and not an Office lock file
// (~$x.docx).
func candidateName(name string) bool {
	if strings.HasPrefix(name, ".") || strings.HasPrefix(name, "~$") {
		return false
	}
	_, known := extractors.FormatOfFile(name) // the content decides in the end; the extension keeps unrelated files out
	return known
}

// CheckPaths fails as Run would when a path to ingest does not exist, so
// that a caller can refuse the run before it creates anything.
func CheckPaths(paths []string) error {
	_, err := resolveRoots(paths)
	return err
}

// resolveRoots makes the roots absolute and resolves symbolic links in
// them, so that records and the manifest use one spelling of each path. A
// root that does not exist fails the run: an unmounted share must not read
// as "every file was deleted".
func resolveRoots(paths []string) ([]string, error) {
	var roots []string
	seen := map[string]bool{}
	for _, p := range paths {
		abs, err := filepath.Abs(p)
		if err != nil {
			return nil, fmt.Errorf("resolving %s: %w", p, err)
		}
		real, err := filepath.EvalSymlinks(abs)
		if err != nil {
			return nil, fmt.Errorf("cannot ingest %s: %w", p, err)
		}
		if !seen[real] {
			seen[real] = true
			roots = append(roots, real)
		}
	}
	return roots, nil
}

// walkRoot calls visit for every candidate file under root. It does not
// follow symbolic links (so it cannot loop) and skips hidden directories.
// A directory named like a document (x.pdf) is walked as a directory; any
// other entry named like a document that is not a regular file (a symbolic
// link, a FIFO) goes to skipped with the reason. Unreadable directories go
// to problem; the walk goes on.
func walkRoot(ctx context.Context, root string, visit func(string, fs.FileInfo) error, problem func(string, error), skipped func(path, why string)) error {
	return filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if cerr := ctx.Err(); cerr != nil {
			return cerr
		}
		if err != nil {
			problem(p, err)
			return nil // WalkDir skips what it could not read
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return fs.SkipDir
			}
			return nil
		}
		if !candidateName(d.Name()) {
			return nil
		}
		if !d.Type().IsRegular() {
			skipped(p, notRegular(d.Type()))
			return nil
		}
		fi, err := d.Info()
		if errors.Is(err, os.ErrNotExist) {
			return nil // vanished since the directory was read
		}
		if err != nil {
			problem(p, err)
			return nil
		}
		return visit(p, fi)
	})
}

// notRegular says why an entry of this type is not read.
func notRegular(t fs.FileMode) string {
	switch {
	case t&fs.ModeSymlink != 0:
		return "symbolic link (links are not followed; add the target's folder instead)"
	case t&fs.ModeNamedPipe != 0:
		return "named pipe, not a regular file"
	case t&fs.ModeSocket != 0:
		return "socket, not a regular file"
	case t&fs.ModeDevice != 0:
		return "device, not a regular file"
	}
	return "not a regular file"
}

// under reports whether path is root or lies below it.
func under(path, root string) bool {
	return path == root || strings.HasPrefix(path, strings.TrimSuffix(root, string(filepath.Separator))+string(filepath.Separator))
}
