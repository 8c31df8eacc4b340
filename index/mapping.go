package index

import (
	"slices"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/analyzer/keyword"
	"github.com/blevesearch/bleve/v2/mapping"
)

// MappingVersion changes whenever the mapping or an analyser changes the
// terms an index holds. Open refuses an index of another version.
//
//	1: first version.
//	2: files carry their cases' numbers and decisions (case:, decision:).
//	3: cases have their own text fields (case_text, case_exact, case_fold, case_rev).
//	4: the fold fields use norm.FoldForms (ð → d, œ → oe, ł → l as elsewhere);
//	   body_text holds ASCII spellings (--body ardal finds Årdal).
//	5: hits group by content: group keys from package ident, stored copy
//	   field (organisation and text sketch).
//	6: a case's group key is its ident.CaseKey ("Sak 3/24" and "3/24" group);
//	   the copy field's organisation is also read from headers, signature
//	   and metadata.
//	7: stored pages (where each page begins in the text, a case's page) and
//	   answer (a case's decision), for the page of a hit and case answers.
//	8: keyword fields keep doc values only for facets (kind, body, year,
//	   format, lang) and are stored only when a hit shows them (not format,
//	   lang, year); group is stored only, never searched.
//	9: cases do not repeat their file's copy field (see copies).
//	10: the exact forms keep no term vectors; phrases match the ASCII
//	    spellings (fold) and the title.
//	11: keyword fields keep no doc values (facets count from postings).
//	12: titles keep positions: a phrase in a title (tittel:"…") matches.
const MappingVersion = "12"

// Index field names. Documents and cases share one mapping; "type" tells
// them apart. The big text fields are in fieldSets.
const (
	fType     = "type" // typeDoc or typeCase
	fPath     = "path"
	fTitle    = "title"
	fKind     = "kind"
	fBody     = "body"      // keyword, for the facet
	fBodyText = "body_text" // ASCII spellings (fold analyser), for the body filter and search
	fDate     = "date"
	fYear     = "year"
	fFormat   = "format"
	fCase     = "case"     // case number as written
	fDecision = "decision" // proposal and decision of a case
	fLang     = "lang"
	fGroup    = "group"  // keys of the meeting or document a hit belongs to
	fCopy     = "copy"   // organisation and text sketch of a file, stored only: are two hits copies?
	fPages    = "pages"  // where pages begin in the text, stored only (page.go)
	fAnswer   = "answer" // a case's decision, stored only, shown with the hit
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

// keywordFields are indexed as written, one term a value.
var keywordFields = []string{fType, fPath, fKind, fBody, fYear, fFormat, fCase, fLang}

// Stored values and doc values cost bytes and indexing time for every file
// and every case: a keyword field is stored only if a hit shows it (not
// format, lang and year, which are only searched and counted) and keeps no
// doc values (facets count from the postings, see columns). The date keeps
// both: hits show it and are sorted by it.
var unshownFields = []string{fFormat, fLang, fYear}

// analyzer names the analyser of a field. Queries name it explicitly:
// bleve looks analysers up by property path, which misses fields renamed
// from the text property.
func analyzer(field string) string {
	switch {
	case isKeyword(field):
		return keyword.Name
	case field == fBodyText:
		return FoldAnalyzerName
	}
	for _, s := range fieldSets {
		switch field {
		case s.exact:
			return ExactAnalyzerName
		case s.fold:
			return FoldAnalyzerName
		case s.rev:
			return ReverseAnalyzerName
		}
	}
	return AnalyzerName
}

// newMapping returns the static mapping of motebok documents and cases.
func newMapping() *mapping.IndexMappingImpl {
	m := bleve.NewIndexMapping()
	m.DefaultAnalyzer = AnalyzerName
	m.IndexDynamic, m.StoreDynamic, m.DocValuesDynamic = false, false, false
	dm := bleve.NewDocumentStaticMapping()
	for _, f := range keywordFields {
		dm.AddFieldMappingsAt(f, keywordField(f))
	}
	for _, s := range fieldSets {
		dm.AddFieldMappingsAt(s.text, textFields(s)...)
	}
	dm.AddFieldMappingsAt(fTitle, textField(fTitle, AnalyzerName, true, true))
	dm.AddFieldMappingsAt(fBodyText, textField(fBodyText, FoldAnalyzerName, false, false))
	dm.AddFieldMappingsAt(fDecision, textField(fDecision, AnalyzerName, false, true))
	for _, f := range []string{fGroup, fCopy, fPages, fAnswer} {
		dm.AddFieldMappingsAt(f, storedField(f))
	}
	date := bleve.NewDateTimeFieldMapping()
	date.IncludeInAll = false
	dm.AddFieldMappingsAt(fDate, date)
	m.DefaultMapping = dm
	return m
}

// textFields maps the main text of s to its four fields. Term vectors
// serve phrases and fragments: the main and fold fields keep them, which
// mark every word a search finds in the text. The exact forms keep none
// (they were a sixth of the index, and the fold field matches every phrase
// they do), nor does the rev field (a tenth of indexing CPU, to mark only
// compound heads).
func textFields(s fieldSet) []*mapping.FieldMapping {
	return []*mapping.FieldMapping{
		textField(s.text, AnalyzerName, true, true),
		textField(s.exact, ExactAnalyzerName, false, false),
		textField(s.fold, FoldAnalyzerName, false, true),
		textField(s.rev, ReverseAnalyzerName, false, false),
	}
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

// storedField is kept for reading back only, never searched.
func storedField(name string) *mapping.FieldMapping {
	f := keywordField(name)
	f.Index, f.DocValues = false, false
	return f
}

// keywordField is unanalysed, stored unless unshown, without doc values.
func keywordField(name string) *mapping.FieldMapping {
	f := bleve.NewKeywordFieldMapping()
	f.Name, f.Analyzer = name, keyword.Name
	f.IncludeTermVectors, f.IncludeInAll, f.DocValues = false, false, false
	f.Store = !slices.Contains(unshownFields, name)
	return f
}

// isKeyword reports whether field is indexed as written.
func isKeyword(field string) bool { return slices.Contains(keywordFields, field) }
