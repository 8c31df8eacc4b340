package web

import (
	"bytes"
	"context"
	"embed"
	"html/template"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/index"
	"github.com/motebok/motebok/index/register"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// page is what every page template gets.
type page struct {
	Title string
	Token string // carried on links and forms when the request had ?token=
	Data  any
}

// url is path with v and the token as query.
func (p page) url(path string, v url.Values) string {
	if p.Token != "" {
		v = cloneValues(v)
		v.Set("token", p.Token)
	}
	if len(v) == 0 {
		return path
	}
	return path + "?" + v.Encode()
}

func cloneValues(v url.Values) url.Values {
	out := url.Values{}
	for k, vs := range v {
		out[k] = append([]string(nil), vs...)
	}
	return out
}

func parseTemplates() (map[string]*template.Template, error) {
	funcs := template.FuncMap{"mark": mark, "href": href, "pathEsc": url.PathEscape, "nb": bokmal, "casePath": casePath}
	out := map[string]*template.Template{}
	for _, name := range []string{"search", "document", "meeting", "case", "person", "register", "status", "error"} {
		t, err := template.New(name).Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/"+name+".html")
		if err != nil {
			return nil, err
		}
		out[name] = t
	}
	return out, nil
}

// mark escapes s and turns the index's match markers into <mark>.
func mark(s string) template.HTML {
	e := template.HTMLEscapeString(s)
	e = strings.ReplaceAll(e, index.MarkStart, "<mark>")
	return template.HTML(strings.ReplaceAll(e, index.MarkEnd, "</mark>"))
}

// words are the bokmål names of the values of kind, status and What.
var words = map[string]string{
	"minutes": "referat", "agenda": "innkalling", "presentation": "presentasjon", "guide": "veileder",
	"other": "annet", "nb": "bokmål", "nn": "nynorsk", "en": "engelsk", "present": "til stede", "absent": "forfall", "substitute": "vara",
	"proposed": "foreslått", "discussed": "behandlet", "decided": "vedtatt",
}

// bokmal names a value in bokmål, or returns it as is.
func bokmal(s string) string {
	if w, ok := words[s]; ok {
		return w
	}
	return s
}

// casePath is the path of a case's page: its number escaped, its slashes
// kept ("/sak/PS%2012/24").
func casePath(number string) string {
	return "/sak/" + strings.ReplaceAll(url.PathEscape(number), "%2F", "/")
}

// href builds a link from a path, key-value pairs and the token.
func href(token, path string, kv ...string) string {
	v := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			v.Set(kv[i], kv[i+1])
		}
	}
	return page{Token: token}.url(path, v)
}

// renderer writes pages with one template set.
type renderer map[string]*template.Template

func (rd renderer) render(w http.ResponseWriter, r *http.Request, name, title string, data any) {
	var b bytes.Buffer
	if err := rd[name].ExecuteTemplate(&b, "layout", page{Title: title, Token: r.URL.Query().Get("token"), Data: data}); err != nil {
		slog.Error("serve: rendering page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Write(b.Bytes())
}

// fail renders an error page with the status the error maps to.
func (rd renderer) fail(w http.ResponseWriter, r *http.Request, err error) {
	code, msg := errorStatus(err)
	var b bytes.Buffer
	if err := rd["error"].ExecuteTemplate(&b, "layout", page{Title: "Feil", Token: r.URL.Query().Get("token"),
		Data: struct {
			Code    int
			Message string
		}{code, msg}}); err != nil {
		slog.Error("serve: rendering error page", "err", err)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}

// pageHandler renders the view fn returns with template name.
func (rd renderer) pageHandler(name string, fn func(context.Context, *http.Request, page) (string, any, error)) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), requestTimeout)
		defer cancel()
		title, data, err := fn(ctx, r, page{Token: r.URL.Query().Get("token")})
		if err != nil {
			rd.fail(w, r, err)
			return
		}
		rd.render(w, r, name, title, data)
	}
}

func (s *Server) pageRoutes(ts map[string]*template.Template) []route {
	rd := renderer(ts)
	static := http.FileServerFS(staticFS)
	return []route{
		{"GET /{$}", rd.pageHandler("search", s.searchPage)},
		{"GET /dokument/{id}", rd.pageHandler("document", s.documentPage)},
		{"GET /mote/{date}/{body}", rd.pageHandler("meeting", func(ctx context.Context, r *http.Request, _ page) (string, any, error) {
			m, err := s.meeting(ctx, r.PathValue("date"), r.PathValue("body"))
			if err != nil {
				return "", nil, err
			}
			return "Møte i " + m.Body + " " + m.Date, m, nil
		})},
		{"GET /sak/{number...}", rd.pageHandler("case", func(ctx context.Context, r *http.Request, _ page) (string, any, error) {
			es, err := s.caseHistory(ctx, r.PathValue("number"), r.URL.Query().Get("body"))
			return "Sak " + r.PathValue("number"), struct {
				Number string
				Events []register.Event
			}{r.PathValue("number"), es}, err
		})},
		{"GET /person/{name}", rd.pageHandler("person", func(ctx context.Context, r *http.Request, _ page) (string, any, error) {
			as, err := s.personHistory(ctx, r.PathValue("name"))
			return r.PathValue("name"), struct {
				Name     string
				Meetings []register.Attendance
			}{r.PathValue("name"), as}, err
		})},
		{"GET /register", rd.pageHandler("register", s.registerPage)},
		{"GET /register.csv", s.registerDownload("text/csv; charset=utf-8", register.WriteCSV)},
		{"GET /register.json", s.registerDownload("application/json", register.WriteJSON)},
		{"GET /status", rd.pageHandler("status", func(ctx context.Context, r *http.Request, _ page) (string, any, error) {
			st, err := s.status(ctx)
			return "Status", st, err
		})},
		{"GET /files/{id}", s.serveFile(rd)},
		{"GET /static/", static.ServeHTTP},
		{"GET /", func(w http.ResponseWriter, r *http.Request) { rd.fail(w, r, errNotFound{"page " + r.URL.Path}) }},
	}
}

// blocksByPage groups a record's blocks by page; a format without pages is
// one page numbered 0.
type docPage struct {
	Number int
	Blocks []doc.Block
}

func blocksByPage(bs []doc.Block) []docPage {
	var out []docPage
	for _, b := range bs {
		if len(out) == 0 || out[len(out)-1].Number != b.Page {
			out = append(out, docPage{Number: b.Page})
		}
		out[len(out)-1].Blocks = append(out[len(out)-1].Blocks, b)
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }
