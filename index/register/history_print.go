package register

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// historyDecision bounds the decision text shown per event (runes).
const historyDecision = 200

// WriteHistory writes a case's events as text, one block per event: date,
// body, number and what happened; the title; the decision, cut short;
// where it is written.
func WriteHistory(w io.Writer, events []Event) error {
	bw := bufio.NewWriter(w)
	for _, e := range events {
		head := joinSet(orDash(e.Date), e.Body, e.Number, e.What)
		if e.Link != "" {
			head += "  (" + joinSet(e.Link, quoted(e.Text)) + ")"
		}
		fmt.Fprintf(bw, "%s\n    %s\n", head, e.Title)
		if e.Decision != "" && e.Link == "" {
			fmt.Fprintf(bw, "    vedtak: %s\n", truncate(strings.Join(strings.Fields(e.Decision), " "), historyDecision))
		}
		fmt.Fprintf(bw, "    %s\n", where(e.Path, e.Page))
		for _, p := range e.Also {
			fmt.Fprintf(bw, "    also: %s\n", p)
		}
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing history: %w", err)
	}
	return nil
}

// WriteAttendance writes a person's meetings as text, one line each, and
// where the list is written.
func WriteAttendance(w io.Writer, as []Attendance) error {
	bw := bufio.NewWriter(w)
	for _, a := range as {
		fmt.Fprintf(bw, "%s\n    %s\n", joinSet(orDash(a.Date), a.Body, a.Organization, a.Status, a.Role, quoted(a.Name)),
			where(a.Path, a.Page))
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("writing attendance: %w", err)
	}
	return nil
}

// joinSet joins the non-empty parts with two spaces.
func joinSet(parts ...string) string {
	var kept []string
	for _, p := range parts {
		if p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "  ")
}

func orDash(s string) string {
	if s == "" {
		return "----------"
	}
	return s
}

func quoted(s string) string {
	if s == "" {
		return ""
	}
	return "«" + s + "»"
}

func where(path string, page int) string {
	if page > 0 {
		return fmt.Sprintf("%s, page %d", path, page)
	}
	return path
}
