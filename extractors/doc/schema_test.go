package doc

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

// TestSchemaCoversRecord checks that every JSON field of the record types is
// described in the schema, so the schema cannot drift from the code.
func TestSchemaCoversRecord(t *testing.T) {
	var schema map[string]any
	if err := json.Unmarshal(RecordSchema, &schema); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	props := schema["properties"].(map[string]any)
	checkFields(t, "record", reflect.TypeOf(Record{}), props)
	nested := map[string]reflect.Type{
		"meeting": reflect.TypeOf(Meeting{}), "attendees": reflect.TypeOf(Attendee{}),
		"cases": reflect.TypeOf(Case{}), "dates": reflect.TypeOf(Date{}), "blocks": reflect.TypeOf(Block{}),
		"meta": reflect.TypeOf(Meta{}),
	}
	for name, typ := range nested {
		p := props[name].(map[string]any)
		if items, ok := p["items"].(map[string]any); ok {
			p = items
		}
		checkFields(t, name, typ, p["properties"].(map[string]any))
	}
}

func checkFields(t *testing.T, where string, typ reflect.Type, props map[string]any) {
	t.Helper()
	for i := 0; i < typ.NumField(); i++ {
		name := strings.Split(typ.Field(i).Tag.Get("json"), ",")[0]
		if _, ok := props[name]; !ok {
			t.Errorf("%s: field %q is not in record.schema.json", where, name)
		}
	}
}

// TestSchemaKinds checks that the schema's kind enum is Kinds.
func TestSchemaKinds(t *testing.T) {
	var schema struct {
		Properties struct {
			Kind struct {
				Enum []string `json:"enum"`
			} `json:"kind"`
		} `json:"properties"`
	}
	if err := json.Unmarshal(RecordSchema, &schema); err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	if got := schema.Properties.Kind.Enum; !reflect.DeepEqual(got, Kinds) {
		t.Errorf("schema kinds %q, want %q", got, Kinds)
	}
}
