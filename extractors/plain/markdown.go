package plain

import (
	"strings"

	"github.com/motebok/motebok/extractors/doc"
	"github.com/motebok/motebok/internal/lazy"
)

var (
	atxHeading = lazy.Regexp(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	setextLine = lazy.Regexp(`^ {0,3}(=+|-+)[ \t]*$`)
	thematic   = lazy.Regexp(`^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$`)
	fenceOpen  = lazy.Regexp("^ {0,3}(`{3,}|~{3,})")
	tableDelim = lazy.Regexp(`^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?$`)
	mdLink     = lazy.Regexp(`!?\[([^\]]*)\]\([^)]*\)`)
	mdEmphasis = strings.NewReplacer("**", "", "__", "", "`", "", `\\`, `\`, `\*`, "*", `\_`, "_", `\#`, "#", `\.`, ".",
		`\-`, "-", `\+`, "+", `\!`, "!", `\(`, "(", `\)`, ")", `\[`, "[", `\]`, "]")
	// mdSingle matches a span in single-mark emphasis, *word* or _word_,
	// the marks at word edges.
	mdSingle = lazy.Regexp(`(^|[\s(\[])([*_])([^*_\s](?:[^*_]*?[^*_\s])?)([*_])($|[\s).,:;!?\]])`)
	// htmlTag matches an inline HTML tag, which Markdown passes through:
	// <center>, <b>, </span>.
	htmlTag = lazy.Regexp(`</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>`)
	// definition matches a definition of a definition list (kramdown,
	// pandoc): "Term" on one line, ": definition" on each line under it.
	definition  = lazy.Regexp(`^ {0,3}:[ \t]+(\S.*)$`)
	blockQuote  = lazy.Regexp(`^ {0,3}>[ ]?`)
	frontMatter = lazy.Regexp(`(?s)^---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)`)
	yamlField   = lazy.Regexp(`^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$`)
	// liquid matches a Liquid tag or output a static site generator
	// leaves in a page: {{ page.title }}, {% include x.html %}.
	liquid = lazy.Regexp(`\{\{-?\s*([^{}]*?)\s*-?\}\}|\{%[^{}]*%\}`)
	// kramdownIAL matches a kramdown attribute list or extension: {:toc},
	// {: .class}, {::comment}.
	kramdownIAL = lazy.Regexp(`[ \t]*\{::?[^{}]*\}`)
)

// markdown handles Markdown-only syntax; done reports that the line was
// consumed.
func (p *parser) markdown(line string) (done bool, err error) {
	if p.fence != "" {
		return true, p.inFence(line)
	}
	if t := strings.TrimSpace(line); strings.HasPrefix(t, "{:") && kramdownIAL().FindString(t) == t {
		return true, p.attributeList(t)
	}
	if m := fenceOpen().FindStringSubmatch(line); m != nil {
		p.fence = m[1]
		return true, p.flush()
	}
	if m := atxHeading().FindStringSubmatch(line); m != nil {
		return true, p.heading(len(m[1]), m[2])
	}
	if m := setextLine().FindStringSubmatch(line); m != nil && len(p.para) > 0 && p.item == nil {
		level := 1
		if m[1][0] == '-' {
			level = 2
		}
		text := strings.Join(p.para, "\n")
		p.para = p.para[:0]
		return true, p.heading(level, text)
	}
	if m := definitionOf(line); m != nil && p.item == nil {
		if err := p.flush(); err != nil {
			return true, err
		}
		p.para = append(p.para, m[1])
		return true, nil
	}
	if thematic().MatchString(line) {
		return true, p.flush()
	}
	if q := blockQuote().FindString(line); q != "" {
		return true, p.handle(line[len(q):])
	}
	if t := strings.TrimSpace(line); strings.HasPrefix(t, "|") && strings.Count(t, "|") >= 2 {
		return true, p.tableRow(t)
	}
	return false, nil
}

func (p *parser) heading(level int, text string) error {
	if err := p.flush(); err != nil {
		return err
	}
	if text = strings.TrimSpace(p.inline(text)); text == "" {
		return nil
	}
	return p.add(doc.Block{Kind: doc.Heading, Level: level, Text: text})
}

// inFence collects a fenced code line; the code is one paragraph as written.
func (p *parser) inFence(line string) error {
	t := strings.TrimSpace(line)
	if strings.HasPrefix(t, p.fence) && strings.Trim(t, p.fence[:1]) == "" {
		p.fence = ""
		code := strings.Join(p.para, "\n")
		p.para = p.para[:0]
		if strings.TrimSpace(code) == "" {
			return nil
		}
		return p.add(doc.Block{Kind: doc.Paragraph, Text: code})
	}
	p.para = append(p.para, line)
	return nil
}

// tableRow adds a pipe-table row; delimiter rows are dropped.
func (p *parser) tableRow(t string) error {
	if err := p.flush(); err != nil {
		return err
	}
	if tableDelim().MatchString(t) {
		return nil
	}
	t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
	cells := strings.Split(t, "|")
	for i, c := range cells {
		cells[i] = p.inline(strings.TrimSpace(c))
	}
	return p.add(doc.Block{Kind: doc.TableRow, Text: strings.Join(cells, " | "), Cells: cells})
}

// definitionOf matches a definition line, ": text".
func definitionOf(line string) []string {
	if t := strings.TrimLeft(line, " "); !strings.HasPrefix(t, ":") {
		return nil
	}
	return definition().FindStringSubmatch(line)
}

// attributeList handles a kramdown attribute list on a line of its own: it
// applies to the block before it, and {:toc} replaces that block (the
// "* toc" placeholder) by a table of contents, which a reader drops.
func (p *parser) attributeList(t string) error {
	if t == "{:toc}" {
		p.item, p.para = nil, p.para[:0]
		return nil
	}
	return p.flush()
}

// frontMatter drops a YAML front matter block, keeping its top-level
// scalar fields for Liquid output ({{ page.title }}) and its title, date
// and author as the document's meta data.
func (p *parser) frontMatter(text string) string {
	m := frontMatter().FindStringSubmatchIndex(text)
	if m == nil {
		return text
	}
	p.fields = map[string]string{}
	for _, l := range strings.Split(text[m[2]:m[3]], "\n") {
		if f := yamlField().FindStringSubmatch(l); f != nil {
			p.fields[f[1]] = unquote(f[2])
		}
	}
	meta := &p.d.Meta
	for field, dst := range map[string]*string{"title": &meta.Title, "date": &meta.Date, "author": &meta.Author} {
		if v := p.fields[field]; v != "" && !strings.Contains(v, "{{") {
			*dst = v
		}
	}
	return text[m[1]:]
}

// unquote drops the quotes around a YAML scalar.
func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' || v[0] == '\'') && v[len(v)-1] == v[0] {
		return v[1 : len(v)-1]
	}
	return v
}

// fillLiquid replaces {{ page.field }} with the front matter's field and
// drops every other Liquid tag, which only a site generator can fill.
func (p *parser) fillLiquid(s string) string {
	if !strings.Contains(s, "{{") && !strings.Contains(s, "{%") {
		return s
	}
	return liquid().ReplaceAllStringFunc(s, func(tag string) string {
		sub := liquid().FindStringSubmatch(tag)
		if field, ok := strings.CutPrefix(sub[1], "page."); ok {
			return p.fields[field]
		}
		return ""
	})
}

// stripInline drops links' targets, strong emphasis, code marks, HTML tags
// and kramdown attribute lists.
func stripInline(s string) string {
	if strings.Contains(s, "{:") {
		s = kramdownIAL().ReplaceAllString(s, "")
	}
	if strings.Contains(s, "<") {
		s = htmlTag().ReplaceAllString(s, "")
	}
	if strings.Contains(s, "](") {
		s = mdLink().ReplaceAllString(s, "$1")
	}
	s = mdEmphasis.Replace(s)
	return dropSingleEmphasis(s)
}

// dropSingleEmphasis drops the marks of *emphasis* and _emphasis_. Spans
// that touch ("_kl_ _09:15_") share the space between them, so a second
// pass takes the ones the first skipped.
func dropSingleEmphasis(s string) string {
	if !strings.ContainsAny(s, "*_") {
		return s
	}
	for range 2 {
		s = mdSingle().ReplaceAllStringFunc(s, func(m string) string {
			g := mdSingle().FindStringSubmatch(m)
			if g[2] != g[4] {
				return m
			}
			return g[1] + g[3] + g[5]
		})
	}
	return s
}
