package web

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func TestCheckListen(t *testing.T) {
	cases := []struct {
		addr, token string
		noAuth      bool
		ok          bool
	}{
		{"127.0.0.1:8080", "", false, true},
		{"[::1]:8080", "", false, true},
		{"localhost:8080", "", false, true},
		{"127.1.2.3:80", "", false, true},
		{"0.0.0.0:8080", "", false, false},
		{":8080", "", false, false}, // every interface
		{"192.168.1.5:8080", "", false, false},
		{"[::]:8080", "", false, false},
		{"localhost.example.com:8080", "", false, false},
		{"0.0.0.0:8080", "s3cret", false, true},
		{"0.0.0.0:8080", "", true, true},
		{"0.0.0.0:8080", "s3cret", true, false},
		{"127.0.0.1", "", false, false}, // no port
	}
	for _, c := range cases {
		err := CheckListen(c.addr, c.token, c.noAuth)
		if (err == nil) != c.ok {
			t.Errorf("CheckListen(%q, %q, %v) = %v, want ok %v", c.addr, c.token, c.noAuth, err, c.ok)
		}
	}
}

func TestSecurityHeaders(t *testing.T) {
	s := newTestServer(t, "")
	for _, target := range []string{"/", "/api/status", "/no-such-page", "/static/style.css"} {
		res, _ := get(t, s, target)
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "default-src 'none'") {
			t.Errorf("%s: Content-Security-Policy %q", target, csp)
		}
		if res.Header.Get("X-Content-Type-Options") != "nosniff" || res.Header.Get("Referrer-Policy") != "no-referrer" {
			t.Errorf("%s: headers %v", target, res.Header)
		}
	}
}

// TestReadOnly: no method but GET and HEAD, no body, no long query.
func TestReadOnly(t *testing.T) {
	s := newTestServer(t, "")
	for _, m := range []string{http.MethodPost, http.MethodPut, http.MethodDelete, http.MethodPatch} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest(m, "/api/status", strings.NewReader("x")))
		if rec.Code != http.StatusMethodNotAllowed {
			t.Errorf("%s: %d, want 405", m, rec.Code)
		}
	}
	rec := httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/status", strings.NewReader("body")))
	if rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("GET with a body: %d, want 413", rec.Code)
	}
	if res, _ := get(t, s, "/?q="+strings.Repeat("a", maxQuery)); res.StatusCode != http.StatusRequestURITooLong {
		t.Errorf("long query: %d, want 414", res.StatusCode)
	}
	rec = httptest.NewRecorder()
	s.ServeHTTP(rec, httptest.NewRequest(http.MethodHead, "/status", nil))
	if rec.Code != http.StatusOK {
		t.Errorf("HEAD: %d", rec.Code)
	}
}

func TestAuth(t *testing.T) {
	s := newTestServer(t, "s3cret")
	cases := []struct {
		name, target string
		header       []string
		code         int
	}{
		{"none", "/api/status", nil, http.StatusUnauthorized},
		{"page without", "/", nil, http.StatusUnauthorized},
		{"file without", "/static/style.css", nil, http.StatusUnauthorized},
		{"wrong query", "/api/status?token=s3cre", nil, http.StatusUnauthorized},
		{"wrong bearer", "/api/status", []string{"Authorization", "Bearer s3cret2"}, http.StatusUnauthorized},
		{"basic scheme", "/api/status", []string{"Authorization", "Basic s3cret"}, http.StatusUnauthorized},
		{"bearer", "/api/status", []string{"Authorization", "Bearer s3cret"}, http.StatusOK},
		{"query", "/api/status?token=s3cret", nil, http.StatusOK},
		{"page with query", "/register?token=s3cret", nil, http.StatusOK},
	}
	for _, c := range cases {
		res, body := get(t, s, c.target, c.header...)
		if res.StatusCode != c.code {
			t.Errorf("%s: %d, want %d: %s", c.name, res.StatusCode, c.code, body)
		}
	}
	// Links of a page reached with ?token= carry it on.
	_, body := get(t, s, "/?q=vedtak&token=s3cret")
	for _, m := range regexp.MustCompile(`href="([^"]+)"`).FindAllStringSubmatch(body, -1) {
		if !strings.Contains(m[1], "token=s3cret") {
			t.Errorf("link %s loses the token", m[1])
		}
	}
}

// TestNotFound: traversal, unknown ids and unknown pages are 404, never a
// file from the request's path.
func TestNotFound(t *testing.T) {
	s := newTestServer(t, "")
	for _, target := range []string{
		"/files/../../etc/passwd", "/files/..%2f..%2fetc%2fpasswd", "/files/%2e%2e/%2e%2e/etc/passwd",
		"/files/./x", "/files//etc/passwd", "/files/0000000000000000", "/files/" + docID("/etc/passwd"),
		"/dokument/0000000000000000", "/dokument/../../etc/passwd", "/api/documents/nope",
		"/api/documents/..%2f..%2fetc%2fpasswd", "/sak/999/99", "/api/cases/999/99", "/person/Ingen%20Slik",
		"/mote/1999-01-01/Ingen", "/no-such-page", "/api/no-such-endpoint", "/static/../server.go",
	} {
		res, body := get(t, s, target)
		if res.StatusCode != http.StatusNotFound {
			t.Errorf("%s: %d, want 404", target, res.StatusCode)
		}
		if strings.Contains(body, "root:") || strings.Contains(body, "package web") {
			t.Errorf("%s serves a file outside the archive", target)
		}
	}
}

// TestOpenAPIRoutes: openapi.json describes exactly the API's routes.
func TestOpenAPIRoutes(t *testing.T) {
	var spec struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(openAPI, &spec); err != nil {
		t.Fatal(err)
	}
	if spec.OpenAPI != "3.1.0" {
		t.Errorf("openapi %q", spec.OpenAPI)
	}
	var documented, served []string
	for p, ops := range spec.Paths {
		for m := range ops {
			documented = append(documented, strings.ToUpper(m)+" "+p)
		}
	}
	for _, r := range (&Server{}).apiRoutes() {
		served = append(served, strings.ReplaceAll(r.pattern, "...}", "}"))
	}
	slices.Sort(documented)
	slices.Sort(served)
	if !slices.Equal(documented, served) {
		t.Errorf("openapi.json documents\n%v\nthe server has\n%v", documented, served)
	}
	s := newTestServer(t, "")
	if res, body := get(t, s, "/api/openapi.json"); res.StatusCode != http.StatusOK || !json.Valid([]byte(body)) {
		t.Errorf("/api/openapi.json: %d", res.StatusCode)
	}
}
