package index

import (
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/mapping"
)

// fieldMapping finds the mapping of a field by name; a field without one
// is named after its property.
func fieldMapping(t *testing.T, m *mapping.IndexMappingImpl, name string) *mapping.FieldMapping {
	t.Helper()
	for prop, p := range m.DefaultMapping.Properties {
		for _, f := range p.Fields {
			if f.Name == name || f.Name == "" && prop == name {
				return f
			}
		}
	}
	t.Fatalf("no field %s in the mapping", name)
	return nil
}

// TestMappingKeepsWhatSearchReads checks that the mapping stores every
// field a hit or a fragment reads, indexes every facet (columns read its
// postings) and keeps doc values for the sort only.
func TestMappingKeepsWhatSearchReads(t *testing.T) {
	m := newMapping()
	read := append(slices.Clone(hitFields), fileSet.text, caseSet.text)
	for _, name := range read {
		if !fieldMapping(t, m, name).Store {
			t.Errorf("%s is read from hits but not stored", name)
		}
	}
	for _, f := range facets {
		if !fieldMapping(t, m, f.field).Index {
			t.Errorf("%s is a facet but not indexed", f.field)
		}
	}
	if !fieldMapping(t, m, fDate).DocValues {
		t.Errorf("hits are sorted by %s, which has no doc values", fDate)
	}
	for _, name := range keywordFields {
		f := fieldMapping(t, m, name)
		if f.DocValues {
			t.Errorf("%s keeps doc values nothing reads", name)
		}
		if f.Store && !slices.Contains(read, name) {
			t.Errorf("%s is stored but no hit reads it", name)
		}
	}
}
