package doc

import (
	"bytes"
	"encoding/json"
	"unicode/utf8"
)

// RawPath is the exact bytes of a path that is not valid UTF-8, nil for
// one that is. JSON can only carry UTF-8: such a path goes in "path" with
// each invalid byte replaced by U+FFFD, to be read, and byte-exact in
// "raw_path" (base64), to be used.
func RawPath(path string) []byte {
	if utf8.ValidString(path) {
		return nil
	}
	return []byte(path)
}

// record is Record without its JSON methods.
type record Record

// MarshalJSON writes the record, adding raw_path when the path is not
// UTF-8.
func (r Record) MarshalJSON() ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false) // a caller's encoder escapes again if it wants to
	err := enc.Encode(struct {
		record
		RawPath []byte `json:"raw_path,omitempty"`
	}{record(r), RawPath(r.Path)})
	return bytes.TrimSuffix(b.Bytes(), []byte("\n")), err
}

// UnmarshalJSON reads a record, taking the path from raw_path when present.
func (r *Record) UnmarshalJSON(b []byte) error {
	v := struct {
		*record
		RawPath []byte `json:"raw_path"`
	}{record: (*record)(r)}
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	if v.RawPath != nil {
		r.Path = string(v.RawPath)
	}
	return nil
}
