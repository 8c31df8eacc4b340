package doc

import _ "embed"

// SchemaVersion is the version of the record contract; RecordSchema
// describes it as JSON Schema. Bump both when the contract changes.
//
//	1: first release.
//	2: kind "agenda"; meta "date" (a date a text file's front matter states).
const SchemaVersion = 2

// RecordSchema is the JSON Schema of Record.
//
//go:embed record.schema.json
var RecordSchema []byte
