package zipxml

import "time"

// ParseTime reads a W3CDTF or ISO 8601 time as written in document
// properties; a time without zone is taken as UTC. It returns nil when s is
// empty or unreadable.
func ParseTime(s string) *time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05.999999999", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return &t
		}
	}
	return nil
}
