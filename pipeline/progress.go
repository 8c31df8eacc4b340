package pipeline

import (
	"fmt"
	"io"
	"log/slog"
	"strings"
	"sync"
	"time"
)

// ProgressStats is the state of a run, reported a few times a second.
type ProgressStats struct {
	Found     int  // candidate files met so far
	Expected  int  // files the manifest knew under the roots: the likely total while walking
	Done      int  // files decided: skipped, written or failed
	Extracted int  // documents run through an extractor
	Failed    int  // failures so far
	Walking   bool // the walk goes on: Found still grows
	Elapsed   time.Duration
}

// Progress receives the state of a run: Update a few times a second from
// one goroutine, Finish once at the end.
type Progress interface {
	Update(ProgressStats)
	Finish(ProgressStats)
}

type nopProgress struct{}

func (nopProgress) Update(ProgressStats) {}
func (nopProgress) Finish(ProgressStats) {}

// termProgress redraws one status line with \r, for a terminal.
type termProgress struct {
	w    io.Writer
	last int // width of the last line, to blank it out
}

// NewTermProgress draws a progress bar on w, normally a terminal's stderr.
func NewTermProgress(w io.Writer) Progress { return &termProgress{w: w} }

func (p *termProgress) Update(s ProgressStats) { p.draw(s, "") }

func (p *termProgress) Finish(s ProgressStats) { p.draw(s, "\n") }

func (p *termProgress) draw(s ProgressStats, end string) {
	line := progressLine(s)
	pad := max(0, p.last-len(line))
	p.last = len(line)
	fmt.Fprintf(p.w, "\r%s%s%s", line, strings.Repeat(" ", pad), end)
}

// barWidth is the number of cells in the bar.
const barWidth = 30

// Total is the number of files the run will decide, as far as known: what
// the walk found, or while it goes on what the last runs knew when that is
// more. known is false while the walk may still find more than that.
func (s ProgressStats) Total() (n int, known bool) {
	if !s.Walking {
		return s.Found, true
	}
	if s.Expected > s.Found {
		return s.Expected, true
	}
	return s.Found, false
}

// ETA is the time left at the pace so far; ok is false while the total or
// the pace is unknown.
func (s ProgressStats) ETA() (eta time.Duration, ok bool) {
	total, known := s.Total()
	if !known || s.Done == 0 || s.Done > total {
		return 0, false
	}
	return time.Duration(float64(s.Elapsed) * float64(total-s.Done) / float64(s.Done)).Round(time.Second), true
}

// progressLine renders "[#####-----]  45% 1234/2700 files, 12 failed, 32
// docs/s, 1m5s left". While the walk goes on, the total is what the last
// runs knew ("~2700") or, when that is less than the walk has found, open
// ("1234+", share and time left unknown).
func progressLine(s ProgressStats) string {
	total, known := s.Total()
	frac := 0.0
	if total > 0 && known {
		frac = min(float64(s.Done)/float64(total), 1)
	}
	filled := int(frac * barWidth)
	bar := strings.Repeat("#", filled) + strings.Repeat("-", barWidth-filled)
	share, of := fmt.Sprintf("%3.0f%%", frac*100), fmt.Sprint(total)
	switch {
	case !known:
		share, of = "  ?%", of+"+"
	case s.Walking:
		of = "~" + of
	}
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(s.Extracted) / sec
	}
	line := fmt.Sprintf("[%s] %s %d/%s files, %d failed, %.0f docs/s", bar, share, s.Done, of, s.Failed, rate)
	if eta, ok := s.ETA(); ok && s.Done < total {
		line += fmt.Sprintf(", %s left", eta)
	}
	return line
}

// logProgress logs a line at most every interval, for logs and pipes.
type logProgress struct {
	log   *slog.Logger
	every time.Duration
	mu    sync.Mutex
	next  time.Time
}

// NewLogProgress logs the progress through l at most once per every.
func NewLogProgress(l *slog.Logger, every time.Duration) Progress {
	return &logProgress{log: l, every: every}
}

func (p *logProgress) Update(s ProgressStats) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if now := time.Now(); now.After(p.next) {
		p.next = now.Add(p.every)
		p.emit("ingest progress", s)
	}
}

func (p *logProgress) Finish(s ProgressStats) { p.emit("ingest done", s) }

func (p *logProgress) emit(msg string, s ProgressStats) {
	args := []any{"done", s.Done, "found", s.Found, "walking", s.Walking, "extracted", s.Extracted,
		"failed", s.Failed, "elapsed", s.Elapsed.Round(time.Millisecond)}
	if total, known := s.Total(); known {
		args = append(args, "total", total)
	}
	if eta, ok := s.ETA(); ok {
		args = append(args, "eta", eta)
	}
	p.log.Info(msg, args...)
}
