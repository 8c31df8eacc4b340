package web

import (
	"crypto/subtle"
	"errors"
	"fmt"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/motebok/motebok/index"
)

// Config configures a Server.
type Config struct {
	DataDir string
	// Token, when set, must accompany every request: "Authorization:
	// Bearer TOKEN" or ?token=TOKEN.
	Token string
	// Poll is how often the data directory is checked for a new
	// generation and the index for idleness; default 500 ms.
	Poll time.Duration
	// LockWait bounds how long opening the index for a search waits for
	// an ingest's writer to close it (index.Options); zero means
	// index.DefaultLockWait.
	LockWait time.Duration
}

// Server answers the pages and the API over one data directory.
type Server struct {
	src     *source
	token   []byte
	handler http.Handler
}

// route is one registered pattern; the OpenAPI test compares them with
// openapi.json.
type route struct {
	pattern string
	handler http.HandlerFunc
}

// New opens the data directory and returns its server. Close it when done.
func New(cfg Config) (*Server, error) {
	if cfg.Poll <= 0 {
		cfg.Poll = 500 * time.Millisecond
	}
	src := openSource(cfg.DataDir, cfg.Poll, index.Options{LockWait: cfg.LockWait})
	s := &Server{src: src, token: []byte(cfg.Token)}
	pages, err := parseTemplates()
	if err != nil {
		s.src.close()
		return nil, err
	}
	mux := http.NewServeMux()
	for _, r := range append(s.apiRoutes(), s.pageRoutes(pages)...) {
		mux.HandleFunc(r.pattern, r.handler)
	}
	mux.HandleFunc("GET /api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such API endpoint")
	})
	s.handler = s.guard(mux)
	return s, nil
}

// ServeHTTP implements http.Handler.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) { s.handler.ServeHTTP(w, r) }

// Close stops watching the data directory and closes its stores.
func (s *Server) Close() error {
	s.src.close()
	return nil
}

// HTTPServer wraps h with timeouts and header limits for addr.
func HTTPServer(addr string, h http.Handler) *http.Server {
	return &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
	}
}

// maxQuery bounds the query string of a request.
const maxQuery = 4096

// securityHeaders go on every response: no scripts but the server's own
// files, no frames, no referrer, no content sniffing.
var securityHeaders = map[string]string{
	"Content-Security-Policy": "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; " +
		"img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
	"X-Content-Type-Options": "nosniff",
	"Referrer-Policy":        "no-referrer",
	"X-Frame-Options":        "DENY",
}

// guard sets the security headers and refuses what the server never does:
// methods other than GET and HEAD, request bodies, long queries, and
// requests without the token.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range securityHeaders {
			w.Header().Set(k, v)
		}
		switch {
		case !cleanPath(r.URL.Path):
			writeError(w, http.StatusNotFound, "not found")
		case r.Method != http.MethodGet && r.Method != http.MethodHead:
			w.Header().Set("Allow", "GET, HEAD")
			writeError(w, http.StatusMethodNotAllowed, "read-only: only GET and HEAD")
		case r.ContentLength > 0:
			writeError(w, http.StatusRequestEntityTooLarge, "requests carry no body")
		case len(r.URL.RawQuery) > maxQuery:
			writeError(w, http.StatusRequestURITooLong, fmt.Sprintf("query longer than %d bytes", maxQuery))
		case !s.authorized(r):
			w.Header().Set("WWW-Authenticate", `Bearer realm="motebok"`)
			writeError(w, http.StatusUnauthorized, "a valid token is required (Authorization: Bearer TOKEN or ?token=TOKEN)")
		default:
			r.Body = http.MaxBytesReader(w, r.Body, 0)
			next.ServeHTTP(w, r)
		}
	})
}

// cleanPath reports whether p has no empty, "." or ".." segment: such a
// path is refused, not redirected to its cleaned form.
func cleanPath(p string) bool {
	for _, seg := range strings.Split(strings.TrimSuffix(strings.TrimPrefix(p, "/"), "/"), "/") {
		if seg == "." || seg == ".." || (seg == "" && p != "/") {
			return false
		}
	}
	return true
}

// authorized compares the request's token with the server's in constant
// time; without a server token every request is.
func (s *Server) authorized(r *http.Request) bool {
	if len(s.token) == 0 {
		return true
	}
	got := r.URL.Query().Get("token")
	if h, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer "); ok {
		got = h
	}
	return subtle.ConstantTimeCompare([]byte(got), s.token) == 1
}

// CheckListen refuses a listen address reachable from other machines
// unless a token is set or noAuth says that everyone may read the archive.
func CheckListen(addr, token string, noAuth bool) error {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return fmt.Errorf("--listen %q is not HOST:PORT: %w", addr, err)
	}
	if token != "" && noAuth {
		return errors.New("--token and --no-auth exclude each other")
	}
	if isLoopback(host) || token != "" || noAuth {
		return nil
	}
	return fmt.Errorf("--listen %s is reachable from other machines and would serve the archive to anyone: "+
		"set --token TOKEN, or --no-auth to allow it deliberately", addr)
}

// isLoopback reports whether host names only this machine.
func isLoopback(host string) bool {
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
