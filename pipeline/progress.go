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

// progressLine renders "[#####-----]  45% 1234/2700 files, 12 failed, 32 docs/s".
func progressLine(s ProgressStats) string {
	frac := 0.0
	if s.Found > 0 {
		frac = float64(s.Done) / float64(s.Found)
	}
	filled := int(frac * barWidth)
	bar := strings.Repeat("#", filled) + strings.Repeat("-", barWidth-filled)
	total := fmt.Sprint(s.Found)
	if s.Walking {
		total += "+"
	}
	rate := 0.0
	if sec := s.Elapsed.Seconds(); sec > 0 {
		rate = float64(s.Extracted) / sec
	}
	return fmt.Sprintf("[%s] %3.0f%% %d/%s files, %d failed, %.0f docs/s", bar, frac*100, s.Done, total, s.Failed, rate)
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
	p.log.Info(msg, "done", s.Done, "found", s.Found, "walking", s.Walking, "extracted", s.Extracted,
		"failed", s.Failed, "elapsed", s.Elapsed.Round(time.Millisecond))
}
