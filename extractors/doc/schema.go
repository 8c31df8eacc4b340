package doc

import _ "embed"

// SchemaVersion is the version of the record contract; RecordSchema
// describes it as JSON Schema. Bump both when the contract changes.
const SchemaVersion = 1

// RecordSchema is the JSON Schema of Record.
//
//go:embed record.schema.json
var RecordSchema []byte
