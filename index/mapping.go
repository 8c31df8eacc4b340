package index

import (
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/analysis/lang/no"
	"github.com/blevesearch/bleve/v2/mapping"
)

// MappingVersion changes whenever the mapping or an analyser changes the
// terms an index holds. Open refuses an index of another version.
//
//	1: first version.
//	2: files carry their cases' numbers and decisions (case:, decision:).
//	3: cases have their own text fields (case_text, case_exact, case_fold, case_rev).
//	4: hits group by content: group keys from package ident, stored copy
//	   field (organisation and text sketch).
const MappingVersion = "4"

// Index field names. Documents and cases share one mapping; "type" tells
// them apart. The big text fields are in fieldSets.
const (
	fType     = "type" // typeDoc or typeCase
	fPath     = "path"
	fTitle    = "title"
	fKind     = "kind"
	fBody     = "body"      // keyword, for the facet
	fBodyText = "body_text" // analysed, for the body filter and search
	fDate     = "date"
	fYear     = "year"
	fFormat   = "format"
	fCase     = "case"     // case number as written
	fDecision = "decision" // proposal and decision of a case
	fLang     = "lang"
	fGroup    = "group" // keys of the meeting or document a hit belongs to
	fCopy     = "copy"  // organisation and text sketch, stored only: are two hits copies?
)

const (
	typeDoc  = "doc"
	typeCase = "case"
)

// fieldSet names the big text fields of one type of document. A case
// repeats much of its file's text; with fields of their own, a search of
// files reads no case postings and a search of cases no file postings.
type fieldSet struct {
	typ   string // value of fType
	text  string // main analyser, stored for fragments
	exact string // unstemmed forms
	fold  string // ASCII spellings
	rev   string // reversed stems, for compound heads
}

var (
	fileSet   = fieldSet{typeDoc, "text", "text_exact", "text_fold", "text_rev"}
	caseSet   = fieldSet{typeCase, "case_text", "case_exact", "case_fold", "case_rev"}
	fieldSets = []fieldSet{fileSet, caseSet}
)

// profile names the analysers of the text fields; an empty name drops the
// field. stockProfile exists to measure against bleve's `no` analyser.
type profile struct {
	main, exact, fold, rev string
}

var (
	motebokProfile = profile{AnalyzerName, ExactAnalyzerName, FoldAnalyzerName, ReverseAnalyzerName}
	stockProfile   = profile{main: no.AnalyzerName}
)

// keywordFields are indexed as written, one term a value.
var keywordFields = []string{fType, fPath, fKind, fBody, fYear, fFormat, fCase, fLang, fGroup}

// analyzer names the analyser of a field, "" when the profile lacks it. Queries name it explicitly: bleve looks analysers up by property
// path, which misses fields renamed from the text property.
func (p profile) analyzer(field string) string {
	if slices.Contains(keywordFields, field) {
		return keyword.Name
	}
	for _, s := range fieldSets {
		switch field {
		case s.exact:
			return p.exact
		case s.fold:
			return p.fold
		case s.rev:
			return p.rev
		}
	}
	return p.main
}

// newMapping returns the static mapping of motebok documents and cases.
func newMapping(p profile) *mapping.IndexMappingImpl {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = p.main
	m.IndexDynamic, m.StoreDynamic, m.DocValuesDynamic = false, false, false
	dm := bleve.NewDocumentStaticMapping()
	for _, f := range keywordFields {
		dm.AddFieldMappingsAt(f, keywordField(f))
	}
	for _, s := range fieldSets {
		dm.AddFieldMappingsAt(s.text, profileTextFields(p, s)...)
	}
	dm.AddFieldMappingsAt(fTitle, textField(fTitle, p.main, true, false))
	dm.AddFieldMappingsAt(fBodyText, textField(fBodyText, p.main, false, false))
	dm.AddFieldMappingsAt(fDecision, textField(fDecision, p.main, false, true))
	dm.AddFieldMappingsAt(fCopy, storedField(fCopy))
	date := bleve.NewDateTimeFieldMapping()
	date.IncludeInAll = false
	dm.AddFieldMappingsAt(fDate, date)
	m.DefaultMapping = dm
	return m
}

// profileTextFields maps the main text of s to every field of the profile.
// The rev field keeps no term vectors: they cost a tenth of indexing CPU
// and would only mark compound heads in fragments.
func profileTextFields(p profile, s fieldSet) []*mapping.FieldMapping {
	fs := []*mapping.FieldMapping{textField(s.text, p.main, true, true)}
	for _, f := range [][2]string{{s.exact, p.exact}, {s.fold, p.fold}, {s.rev, p.rev}} {
		if f[1] != "" {
			fs = append(fs, textField(f[0], f[1], false, f[0] != s.rev))
		}
	}
	return fs
}

// textField is an analysed field without doc values; vectors (positions
// and offsets) serve phrases and fragments.
func textField(name, analyzer string, store, vectors bool) *mapping.FieldMapping {
	f := bleve.NewTextFieldMapping()
	f.Name, f.Analyzer = name, analyzer
	f.Store, f.IncludeTermVectors = store, vectors
	f.IncludeInAll, f.DocValues = false, false
	return f
}

// keywordField is stored, unanalysed, with doc values for facets.
// storedField is kept for reading back only, never searched.
func storedField(name string) *mapping.FieldMapping {
	f := keywordField(name)
	f.Index, f.DocValues = false, false
	return f
}

func keywordField(name string) *mapping.FieldMapping {
	f := bleve.NewKeywordFieldMapping()
	f.Name, f.Analyzer = name, keyword.Name
	f.IncludeTermVectors, f.IncludeInAll = false, false
	return f
}
