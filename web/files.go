package web

import (
	"mime"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
)

// serveFile serves the original file of a document id: the path comes
// from the catalog, never from the request.
func (s *Server) serveFile(rd renderer) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		path := s.filePath(r.PathValue("id"))
		if path == "" {
			rd.fail(w, r, errNotFound{"document " + r.PathValue("id")})
			return
		}
		f, err := os.Open(path)
		if err != nil {
			rd.fail(w, r, errNotFound{"the original of document " + r.PathValue("id")})
			return
		}
		defer f.Close()
		fi, err := f.Stat()
		if err != nil || !fi.Mode().IsRegular() {
			rd.fail(w, r, errNotFound{"the original of document " + r.PathValue("id")})
			return
		}
		if ct := mime.TypeByExtension(filepath.Ext(path)); ct != "" {
			w.Header().Set("Content-Type", ct)
		}
		w.Header().Set("Content-Disposition", `inline; filename="`+url.PathEscape(filepath.Base(path))+`"`)
		http.ServeContent(w, r, "", fi.ModTime(), f)
	}
}
