package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/motebok/motebok/index/register"
)

// The end-to-end tests drive a headless Chromium over the sample archive:
// they use the pages as a person does (type, click, follow links, download)
// and check each page for accessibility with axe-core.
//
// Environment:
//
//	MOTEBOK_CHROMIUM     the browser; else chromium or chromium-browser on PATH (skip when none)
//	MOTEBOK_AXE          axe.min.js of the npm package axe-core (skip the accessibility check when unset)
//	MOTEBOK_SCREENSHOTS  where the PNG screenshots of the pages go; else a temporary directory

// stepTimeout bounds one browser step: a page load, a click, a check.
const stepTimeout = 20 * time.Second

// chromiumPath is the browser to drive.
func chromiumPath() (string, error) {
	if p := os.Getenv("MOTEBOK_CHROMIUM"); p != "" {
		return p, nil
	}
	for _, name := range []string{"chromium", "chromium-browser"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no chromium or chromium-browser on PATH and MOTEBOK_CHROMIUM unset")
}

// session is one browser on one server, shared by the steps of a test.
type session struct {
	ctx       context.Context
	base      string // the server's URL
	shots     string // screenshots go here
	downloads string
	axe       string // axe-core's source; "" skips the accessibility check
	searches  atomic.Int64

	mu       sync.Mutex
	problems []string // script errors and console errors, CSP refusals among them
}

// newSession starts the server on loopback and a headless Chromium with a
// fresh profile. The flags keep Chromium off the network: it makes no
// connection of its own, which a closed network refuses.
func newSession(t *testing.T) *session {
	exe, err := chromiumPath()
	if err != nil {
		t.Skip("no browser for the end-to-end tests:", err)
	}
	s := &session{shots: os.Getenv("MOTEBOK_SCREENSHOTS"), downloads: t.TempDir()}
	if s.shots == "" {
		s.shots = t.TempDir()
	} else if err := os.MkdirAll(s.shots, 0o755); err != nil {
		t.Fatal(err)
	}
	if p := os.Getenv("MOTEBOK_AXE"); p != "" {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatalf("MOTEBOK_AXE: %v", err)
		}
		s.axe = string(b)
	}
	h := newTestServer(t, "")
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" && r.URL.Query().Get("q") != "" {
			s.searches.Add(1)
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	s.base = srv.URL

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe), chromedp.UserDataDir(t.TempDir()), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	t.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(cancel)
	// The first action starts the browser; it must run without a timeout.
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		t.Fatalf("starting %s: %v", exe, err)
	}
	s.ctx = ctx
	if err := chromedp.Listen(ctx, s.watch); err != nil {
		t.Fatal(err)
	}
	_, err = chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior: browser.SetDownloadBehaviorBehaviorAllowAndName, DownloadPath: s.downloads, EventsEnabled: ptr(true)})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func ptr[T any](v T) *T { return &v }

// watch keeps the page's uncaught exceptions and console errors but those
// of failed requests, which the not-found page has by design.
func (s *session) watch(ev any) {
	var p string
	switch e := ev.(type) {
	case *runtime.EventExceptionThrown:
		d := e.ExceptionDetails
		p = fmt.Sprintf("%s:%d: %s", d.URL, d.LineNumber+1, d.Text)
		if d.Exception != nil {
			p += " " + d.Exception.Description
		}
	case *cdplog.EventEntryAdded:
		if e.Entry.Level == cdplog.EntryLevelError && e.Entry.Source != cdplog.EntrySourceNetwork {
			p = string(e.Entry.Source) + ": " + e.Entry.Text
		}
	}
	if p != "" {
		s.mu.Lock()
		s.problems = append(s.problems, p)
		s.mu.Unlock()
	}
}

// step is a context for one browser step.
func (s *session) step() (context.Context, context.CancelFunc) {
	return context.WithTimeout(s.ctx, stepTimeout)
}

// do runs actions, failing t on an error.
func (s *session) do(t *testing.T, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := s.step()
	defer cancel()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

// eval evaluates a JavaScript expression in the page; a promise is awaited.
func eval[T any](t *testing.T, s *session, expr string) T {
	t.Helper()
	ctx, cancel := s.step()
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

// waitUntil evaluates expr until it is true.
func waitUntil(t *testing.T, s *session, expr string) {
	t.Helper()
	for deadline := time.Now().Add(stepTimeout); !eval[bool](t, s, expr); {
		if time.Now().After(deadline) {
			t.Fatalf("waited %v for %s", stepTimeout, expr)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// open loads path and checks that the page answered 200.
func (s *session) open(t *testing.T, path string) {
	t.Helper()
	s.load(t, chromedp.Navigate(s.base+path))
}

// follow clicks the element sel selects and waits for the page it leads to.
func (s *session) follow(t *testing.T, sel string) {
	t.Helper()
	s.load(t, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible))
}

// load runs an action that loads a page and checks its status.
func (s *session) load(t *testing.T, a chromedp.Action[chromedp.Void]) {
	t.Helper()
	ctx, cancel := s.step()
	defer cancel()
	res, err := chromedp.RunResponse(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	if res == nil {
		return // a jump within the page
	}
	if res.Status != http.StatusOK {
		t.Fatalf("%s: status %d", res.URL, res.Status)
	}
}

// location is the page's URL.
func (s *session) location(t *testing.T) *url.URL {
	t.Helper()
	u, err := url.Parse(eval[string](t, s, "location.href"))
	if err != nil {
		t.Fatal(err)
	}
	return u
}

// texts are the trimmed text contents of the elements sel selects.
func texts(t *testing.T, s *session, sel string) []string {
	t.Helper()
	return eval[[]string](t, s, fmt.Sprintf(
		`Array.from(document.querySelectorAll(%q), e => e.textContent.trim().replace(/\s+/g, " "))`, sel))
}

// finding is a serious or critical axe-core violation.
type finding struct {
	ID, Impact, Help string
	Nodes            []string
}

// axeRun runs axe-core over the page and keeps the serious and critical
// violations, each node named by its selector and what is wrong with it.
const axeRun = `axe.run(document, {resultTypes: ["violations"]}).then(r => r.violations
	.filter(v => v.impact === "serious" || v.impact === "critical")
	.map(v => ({id: v.id, impact: v.impact, help: v.help,
		nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary.replace(/\s+/g, " "))})))`

// reportProblems fails t with the script errors seen since the last call.
func (s *session) reportProblems(t *testing.T, name string) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, p := range s.problems {
		t.Errorf("%s: %s", name, p)
	}
	s.problems = nil
}

// check reports the page's script errors, runs the accessibility check and
// saves the page's screenshot as name.png. axe-core goes in through the
// DevTools protocol, which the page's Content-Security-Policy does not
// govern.
func (s *session) check(t *testing.T, name string) {
	t.Helper()
	s.reportProblems(t, name)
	if s.axe != "" {
		ctx, cancel := s.step()
		defer cancel()
		if err := chromedp.Do(ctx, chromedp.Evaluate[chromedp.Void](s.axe)); err != nil {
			t.Fatalf("loading axe-core: %v", err)
		}
		for _, f := range eval[[]finding](t, s, axeRun) {
			t.Errorf("%s: accessibility: %s (%s): %s\n\t%s", name, f.ID, f.Impact, f.Help, strings.Join(f.Nodes, "\n\t"))
		}
	}
	ctx, cancel := s.step()
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(s.shots, name+".png"), png, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestBrowser uses every page in a headless browser, as a person would.
func TestBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser tests are not short")
	}
	s := newSession(t)
	for _, c := range []struct {
		name string
		fn   func(*testing.T, *session)
	}{
		{"search", testSearch},
		{"search as you type", testSearchAsYouType},
		{"facets", testFacets},
		{"document at its page", testDocumentPage},
		{"meeting, case and person", testMeetingCasePerson},
		{"register and download", testRegister},
		{"status", testStatus},
		{"not found", testNotFound},
		{"phone", testPhone},
	} {
		t.Run(c.name, func(t *testing.T) { c.fn(t, s) })
	}
	s.reportProblems(t, "last page")
}

// testSearch types a query into the form and submits it, with the page's
// scripts off: the pages work without them.
func testSearch(t *testing.T, s *session) {
	s.open(t, "/")
	s.check(t, "sok")
	scripts := func(on bool) chromedp.Action[chromedp.Void] {
		return chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
			_, err := cdp.Call(ctx, tg, emulation.SetScriptExecutionDisabled,
				emulation.SetScriptExecutionDisabledParams{Value: !on})
			return err
		})
	}
	s.do(t, scripts(false))
	s.do(t, chromedp.SendKeys(chromedp.ID("q"), "normen"))
	s.follow(t, `form[role=search] button[type=submit]`)
	if q := s.location(t).Query().Get("q"); q != "normen" {
		t.Errorf("the URL holds q=%q, want normen", q)
	}
	if n := len(texts(t, s, ".hits > li")); n == 0 {
		t.Fatal("no hit for normen")
	}
	if len(texts(t, s, ".fragment mark")) == 0 {
		t.Error("no highlighted passage")
	}
	s.do(t, scripts(true)) // for axe-core
	s.check(t, "sok-treff")
}

// testSearchAsYouType types without submitting: the results follow the
// words typed, in the same page, after a pause, and the URL keeps up.
func testSearchAsYouType(t *testing.T, s *session) {
	s.open(t, "/")
	s.do(t, chromedp.Evaluate[chromedp.Void](`window.samePage = true`))
	before := s.searches.Load()
	// One input event per letter, 30 ms apart, from the page's own timers:
	// however slow the machine, the next letter's timer is due before the
	// pause the page waits for, so no search may start before the last.
	s.do(t, chromedp.Evaluate[chromedp.Void](`(() => {
		const q = document.getElementById("q"), word = "integritet";
		let i = 0;
		const type = () => {
			q.value += word[i++];
			q.dispatchEvent(new Event("input", {bubbles: true}));
			if (i < word.length) setTimeout(type, 30);
		};
		type();
	})()`))
	waitUntil(t, s, `document.querySelector("h1").textContent === "Søk: integritet"`)
	if n := s.searches.Load() - before; n > 2 {
		t.Errorf("%d searches for one word typed: no pause before searching", n)
	}
	s.do(t, chromedp.SendKeys(chromedp.ID("q"), " veileder"))
	waitUntil(t, s, `document.querySelector("h1").textContent === "Søk: integritet veileder"`)
	if !eval[bool](t, s, `window.samePage === true`) {
		t.Error("the page reloaded")
	}
	if q := s.location(t).Query().Get("q"); q != "integritet veileder" {
		t.Errorf("the URL holds q=%q", q)
	}
	if got := eval[string](t, s, `document.getElementById("sok-status").textContent`); !strings.Contains(got, "treff") {
		t.Errorf("the status says %q", got)
	}
	if len(texts(t, s, ".fragment mark")) == 0 {
		t.Error("no highlighted passage")
	}
	s.check(t, "sok-mens-du-skriver")
}

// testFacets clicks a facet of each kind in turn; each narrows the matches
// to its value, shows itself as chosen and clears on a second click.
func testFacets(t *testing.T, s *session) {
	s.open(t, "/?q=normen")
	all := total(t, s)
	for _, f := range []struct {
		param, value string
		narrows      bool   // some matches have another value
		sel, want    string // the hits' elements sel selects all hold want
	}{
		{"kind", "presentation", true, ".hits > li > .meta:first-of-type", "presentasjon"},
		{"format", "pdf", true, ".hits .file", ".pdf"},
		{"lang", "nb", false, ".hits > li", ""}, // the sample archive is all bokmål
	} {
		s.follow(t, fmt.Sprintf(`aside a[href*="%s=%s"]`, f.param, f.value))
		if got := s.location(t).Query().Get(f.param); got != f.value {
			t.Errorf("the URL holds %s=%q after a click on its facet %s", f.param, got, f.value)
		}
		if n := total(t, s); n == 0 || n > all || (f.narrows && n == all) {
			t.Errorf("%s=%s: %d of %d matches", f.param, f.value, n, all)
		}
		for i, g := range texts(t, s, f.sel) {
			if !strings.Contains(g, f.want) {
				t.Errorf("%s=%s: hit %d reads %q", f.param, f.value, i+1, g)
			}
		}
		if got := texts(t, s, `aside a[aria-current="true"]`); len(got) != 1 || got[0] != bokmal(f.value) {
			t.Errorf("chosen facets %q, want [%s]", got, bokmal(f.value))
		}
		s.check(t, "sok-fasett-"+f.param)
		s.follow(t, `aside a[aria-current="true"]`)
		if s.location(t).Query().Has(f.param) {
			t.Errorf("a second click on facet %s=%s did not clear it", f.param, f.value)
		}
	}
}

// total is the number of matches the search page reports.
func total(t *testing.T, s *session) int {
	t.Helper()
	return eval[int](t, s, `+document.querySelector(".results section").textContent.match(/(\d+) treff/)[1]`)
}

// testDocumentPage follows a hit to its document, which opens at the page of
// the passage, with the words marked and a link to the original at that page.
func testDocumentPage(t *testing.T, s *session) {
	s.open(t, "/?q="+url.QueryEscape("veileder integritet")+"&format=pdf")
	s.follow(t, `.hits a[href*="#side-"]`)
	frag := s.location(t).Fragment
	page, ok := strings.CutPrefix(frag, "side-")
	if !ok {
		t.Fatalf("the document opened at #%s, not at a page", frag)
	}
	top := eval[float64](t, s, fmt.Sprintf(`document.getElementById(%q).getBoundingClientRect().top`, frag))
	if top < -1 || top > 100 {
		t.Errorf("page %s is %.0f px from the top of the window", page, top)
	}
	if len(texts(t, s, "#"+frag+" mark")) == 0 {
		t.Errorf("no word marked on page %s", page)
	}
	orig := eval[string](t, s, `document.querySelector("dl.meta a[href^='/files/']").href`)
	if !strings.HasSuffix(orig, "#page="+page) {
		t.Errorf("the original opens at %s, want #page=%s", orig, page)
	}
	res, err := http.Get(strings.TrimSuffix(orig, "#page="+page))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK || res.Header.Get("Content-Type") != "application/pdf" {
		t.Errorf("%s: %d %s", orig, res.StatusCode, res.Header.Get("Content-Type"))
	}
	s.check(t, "dokument")
}

// testMeetingCasePerson goes from minutes to their meeting, to a case of it
// and to a person who attended.
func testMeetingCasePerson(t *testing.T, s *session) {
	s.open(t, "/?q=dagsorden&kind=minutes")
	s.follow(t, ".hits h2 a")
	s.follow(t, `dl.meta a[href^="/mote/"]`)
	meeting := s.location(t).String()
	if h := texts(t, s, "h1"); !strings.HasPrefix(h[0], "Møte i ") {
		t.Errorf("meeting page headed %q", h)
	}
	if len(texts(t, s, `main ul li a[href^="/person/"]`)) == 0 || len(texts(t, s, "article.case")) == 0 {
		t.Error("the meeting page lists no attendee or no case")
	}
	s.check(t, "mote")

	s.follow(t, `article.case h3 a`)
	if h := texts(t, s, "h1"); !strings.HasPrefix(h[0], "Sak ") {
		t.Errorf("case page headed %q", h)
	}
	if len(texts(t, s, ".history > li")) == 0 {
		t.Error("the case has no history")
	}
	s.check(t, "sak")

	s.open(t, strings.TrimPrefix(meeting, s.base))
	name := texts(t, s, `main ul li a[href^="/person/"]`)[0]
	s.follow(t, `main ul li a[href^="/person/"]`)
	if h := texts(t, s, "h1"); h[0] != name {
		t.Errorf("person page headed %q, want %q", h, name)
	}
	if len(texts(t, s, "tbody tr")) == 0 {
		t.Errorf("%s attended no meeting", name)
	}
	s.check(t, "person")
}

// testRegister filters and sorts the register, downloads it as CSV and as
// JSON and checks that each file holds the rows the page shows, in the same
// order.
func testRegister(t *testing.T, s *session) {
	s.open(t, "/register")
	all := len(texts(t, s, "tbody tr"))
	s.do(t, chromedp.SetValue(chromedp.ID("from"), "2025-12-01"))
	s.follow(t, `form.filters button[type=submit]`)
	s.follow(t, `thead a[href*="sort=case"]`)
	rows := eval[[][]string](t, s, `Array.from(document.querySelectorAll("tbody tr"),
		r => Array.from(r.cells, c => c.textContent.trim()))`)
	if len(rows) == 0 || len(rows) >= all {
		t.Fatalf("the filter left %d of %d rows", len(rows), all)
	}
	for i, r := range rows {
		if r[0] < "2025-12-01" {
			t.Errorf("row dated %s after filtering from 2025-12-01", r[0])
		}
		if i > 0 && naturalKey(r[2]) > naturalKey(rows[i-1][2]) {
			t.Errorf("case %s after %s when sorted by case, highest first", r[2], rows[i-1][2])
		}
	}
	s.check(t, "register")

	recs, err := readCSV(s.download(t, `a[href^="/register.csv"]`))
	if err != nil {
		t.Fatal(err)
	}
	var fromJSON []register.Decision
	if err := json.Unmarshal([]byte(s.download(t, `a[href^="/register.json"]`)), &fromJSON); err != nil {
		t.Fatal(err)
	}
	if len(recs) != len(rows)+1 || len(fromJSON) != len(rows) {
		t.Fatalf("the CSV has %d rows, the JSON %d, the page %d", len(recs)-1, len(fromJSON), len(rows))
	}
	col := map[string]int{}
	for i, name := range recs[0] {
		col[name] = i
	}
	yesNo := map[bool]string{true: "ja", false: "nei"}
	for i, r := range rows {
		c, j := recs[i+1], fromJSON[i]
		// The page: date, body, case, title, decided, decision.
		if want := []string{c[col["meeting_date"]], c[col["body"]], c[col["number"]], c[col["title"]],
			yesNo[c[col["decided"]] == "true"], c[col["decision"]]}; !slices.Equal(r, want) {
			t.Errorf("row %d: page %q, CSV %q", i+1, r, want)
		}
		if want := []string{j.MeetingDate, j.Body, j.Number, j.Title, yesNo[j.Decided], j.Decision}; !slices.Equal(r, want) {
			t.Errorf("row %d: page %q, JSON %q", i+1, r, want)
		}
	}
}

// download clicks the link sel selects and returns the file it downloads.
func (s *session) download(t *testing.T, sel string) string {
	t.Helper()
	ctx, cancel := s.step()
	defer cancel()
	done := make(chan *browser.EventDownloadProgress, 1)
	err := chromedp.ListenBrowser(ctx, func(ev any) {
		if p, ok := ev.(*browser.EventDownloadProgress); ok && p.State != browser.DownloadProgressStateInProgress {
			select {
			case done <- p:
			default:
			}
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(sel), chromedp.NodeVisible)); err != nil {
		t.Fatal(err)
	}
	select {
	case p := <-done:
		if p.State != browser.DownloadProgressStateCompleted {
			t.Fatalf("download from %s: %s", sel, p.State)
		}
		b, err := os.ReadFile(p.FilePath)
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	case <-ctx.Done():
		t.Fatalf("no download from %s: %v", sel, ctx.Err())
		return ""
	}
}

// readCSV reads the register's CSV: a byte order mark, then ;-separated.
func readCSV(s string) ([][]string, error) {
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(s, "\ufeff")))
	r.Comma = ';'
	return r.ReadAll()
}

func testStatus(t *testing.T, s *session) {
	s.follow(t, `nav a[href="/status"]`)
	if p := texts(t, s, "main p")[0]; !strings.HasPrefix(p, "9 av 9 filer") {
		t.Errorf("status reads %q", p)
	}
	s.check(t, "status")
}

func testNotFound(t *testing.T, s *session) {
	ctx, cancel := s.step()
	defer cancel()
	res, err := chromedp.RunResponse(ctx, chromedp.Navigate(s.base+"/dokument/finnes-ikke"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Status != http.StatusNotFound {
		t.Errorf("unknown document: %d", res.Status)
	}
	if got := texts(t, s, ".error"); len(got) != 1 || !strings.HasPrefix(got[0], "Finnes ikke: document finnes-ikke") {
		t.Errorf("unknown document: the page says %q", got)
	}
	s.check(t, "ikke-funnet")
}

// widest names the element that reaches furthest right, to say what made a
// page wider than the screen.
const widest = `(() => {
	let far = null, right = 0;
	for (const e of document.querySelectorAll("body *")) {
		const r = e.getBoundingClientRect().right;
		if (r > right) { right = r; far = e; }
	}
	return far ? far.tagName + " " + JSON.stringify(far.textContent.slice(0, 60)) + " right edge " + Math.round(right) : "none";
})()`

// testPhone shows pages at a phone's width: none is wider than the screen
// (the register's table scrolls in its own box).
func testPhone(t *testing.T, s *session) {
	s.do(t, chromedp.EmulateViewport(390, 844, chromedp.EmulateMobile))
	defer s.do(t, chromedp.EmulateReset())
	for name, path := range map[string]string{
		"telefon-sok":      "/?q=normen",
		"telefon-mote":     "/mote/2025-09-16/" + url.PathEscape("Styringsgruppen for Normen"),
		"telefon-register": "/register",
	} {
		s.open(t, path)
		if w := eval[int](t, s, `document.documentElement.scrollWidth - document.documentElement.clientWidth`); w > 0 {
			t.Errorf("%s is %d px wider than the phone; widest: %s", path, w, eval[string](t, s, widest))
		}
		s.check(t, name)
	}
}
