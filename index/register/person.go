package register

import (
	"context"
	"fmt"
	"strings"

	"github.com/motebok/motebok/extractors/ident"
)

// Attendance is one meeting a person is listed in.
type Attendance struct {
	Date         string `json:"date"`
	Body         string `json:"body"`
	Organization string `json:"organization,omitempty"` // of the meeting's body
	Name         string `json:"name"`                   // as written in that list
	Role         string `json:"role,omitempty"`
	Status       string `json:"status"` // present, absent, substitute
	Path         string `json:"path"`
	Page         int    `json:"page"`
}

// PersonHistory returns the meetings whose attendance lists name the
// person, oldest first. The name matches in any word order ("Nordmann
// Kari" is "Kari Nordmann"); a name given in part ("Kari Nordmann" for
// "Kari Berit Nordmann") matches every listed name holding all its words.
func (r *Register) PersonHistory(ctx context.Context, name string) ([]Attendance, error) {
	words := strings.Fields(ident.PersonKey(name))
	if len(words) == 0 {
		return nil, nil
	}
	// The attendance view, with the checksums of its rows.
	q := `SELECT m.date, m.body, m.organization, a.name, a.role, a.status, a.path, a.page,
		` + attendeesTable.intact("a") + ` AND ` + meetingsTable.intact("m") + `
		FROM attendees a JOIN meetings m ON m.id = a.meeting_id WHERE 1`
	var args []any
	for _, w := range words {
		q += " AND instr(' ' || a.name_key || ' ', ?) > 0"
		args = append(args, " "+w+" ")
	}
	rows, err := r.db.QueryContext(ctx, q+" ORDER BY m.date, m.body, a.meeting_id", args...)
	if err != nil {
		return nil, fmt.Errorf("querying attendance of %q: %w", name, err)
	}
	defer rows.Close()
	var out []Attendance
	for rows.Next() {
		var a Attendance
		var intact bool
		if err := rows.Scan(&a.Date, &a.Body, &a.Organization, &a.Name, &a.Role, &a.Status, &a.Path, &a.Page, &intact); err != nil {
			return nil, fmt.Errorf("querying attendance of %q: %w", name, err)
		}
		if !intact {
			return nil, fmt.Errorf("querying attendance of %q: %w", name, damagedRow("attendees", a.Path))
		}
		out = append(out, a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("querying attendance of %q: %w", name, err)
	}
	return out, nil
}
