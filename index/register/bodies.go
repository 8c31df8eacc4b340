package register

import (
	"context"
	"database/sql"
	"fmt"
	"maps"
	"strings"

	"github.com/motebok/motebok/extractors/ident"
)

// SetAliases replaces the user's body aliases (the alias file) and
// re-identifies every body with them; aliases as stored already change
// nothing.
func (r *Register) SetAliases(ctx context.Context, aliases ident.Aliases) error {
	return r.inTx(ctx, func(tx *sql.Tx) error {
		w := newWriter(ctx, tx)
		defer w.close()
		if was, err := w.aliases(); err != nil || maps.Equal(was, aliases) {
			return err
		}
		if err := w.exec("DELETE FROM body_aliases"); err != nil {
			return fmt.Errorf("clearing aliases: %w", err)
		}
		for a, c := range aliases {
			if err := w.exec("INSERT INTO body_aliases (alias_key, canonical_key) VALUES (?, ?)", a, c); err != nil {
				return fmt.Errorf("writing alias %q: %w", a, err)
			}
		}
		return w.identifyBodies()
	})
}

// identifyBodies sets meetings.body_id of every body name, within each
// organisation, from the aliases and the abbreviations the archive defines
// (ident.BodyIDs). It reads only the distinct names with their ids and the
// abbreviations whose long form starts with a word of some name, and
// writes only the names whose id changes, so its cost grows with the
// number of bodies, not of documents.
func (w *writer) identifyBodies() error {
	byOrg, has, err := w.bodies()
	if err != nil {
		return fmt.Errorf("listing bodies: %w", err)
	}
	var names []string
	for _, ns := range byOrg {
		names = append(names, ns...)
	}
	abbrevs, err := w.abbreviations(names)
	if err != nil {
		return fmt.Errorf("listing abbreviations: %w", err)
	}
	aliases, err := w.aliases()
	if err != nil {
		return fmt.Errorf("listing aliases: %w", err)
	}
	for org, ns := range byOrg {
		for name, id := range ident.BodyIDs(ns, abbrevs, aliases) {
			if ids := has[bodyName{org, name}]; len(ids) == 1 && ids[0] == id {
				continue // every meeting of the name has its id
			}
			if err := w.exec(identifyBody, id, org, name); err != nil {
				return fmt.Errorf("identifying body %q: %w", name, err)
			}
		}
	}
	return nil
}

// bodyName is a body's name within an organisation: their keys.
type bodyName struct{ org, name string }

// bodies lists the distinct body names of each organisation key, and the
// distinct body ids each name's meetings have.
func (w *writer) bodies() (map[string][]string, map[bodyName][]string, error) {
	rows, err := w.tx.QueryContext(w.ctx, "SELECT DISTINCT org_key, body_key, body_id FROM meetings")
	if err != nil {
		return nil, nil, err
	}
	defer rows.Close()
	names := map[string][]string{}
	ids := map[bodyName][]string{}
	for rows.Next() {
		var org, body, id string
		if err := rows.Scan(&org, &body, &id); err != nil {
			return nil, nil, err
		}
		k := bodyName{org, body}
		if _, seen := ids[k]; !seen {
			names[org] = append(names[org], body)
		}
		ids[k] = append(ids[k], id)
	}
	return names, ids, rows.Err()
}

func (w *writer) abbreviations(names []string) ([]ident.Abbrev, error) {
	words := map[string]bool{}
	for _, n := range names {
		for _, f := range strings.Fields(n) {
			words[f] = true
		}
	}
	rows, err := w.tx.QueryContext(w.ctx, "SELECT DISTINCT short, long FROM abbreviations ORDER BY short, long")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []ident.Abbrev
	for rows.Next() {
		var a ident.Abbrev
		if err := rows.Scan(&a.Short, &a.Long); err != nil {
			return nil, err
		}
		if first := strings.Fields(ident.BodyKey(a.Long)); len(first) > 1 && words[first[0]] {
			out = append(out, a)
		}
	}
	return out, rows.Err()
}

func (w *writer) aliases() (ident.Aliases, error) {
	rows, err := w.tx.QueryContext(w.ctx, "SELECT alias_key, canonical_key FROM body_aliases")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := ident.Aliases{}
	for rows.Next() {
		var a, c string
		if err := rows.Scan(&a, &c); err != nil {
			return nil, err
		}
		out[a] = c
	}
	return out, rows.Err()
}
