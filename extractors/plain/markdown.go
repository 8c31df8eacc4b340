package plain

import (
	"regexp"
	"strings"

	"github.com/motebok/motebok/extractors/doc"
)

var (
	atxHeading  = regexp.MustCompile(`^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$`)
	setextLine  = regexp.MustCompile(`^ {0,3}(=+|-+)[ \t]*$`)
	thematic    = regexp.MustCompile(`^ {0,3}((\*[ \t]*){3,}|(-[ \t]*){3,}|(_[ \t]*){3,})$`)
	fenceOpen   = regexp.MustCompile("^ {0,3}(`{3,}|~{3,})")
	tableDelim  = regexp.MustCompile(`^\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?$`)
	mdLink      = regexp.MustCompile(`!?\[([^\]]*)\]\([^)]*\)`)
	mdEmphasis  = strings.NewReplacer("**", "", "__", "", "`", "", `\*`, "*", `\_`, "_", `\#`, "#")
	blockQuote  = regexp.MustCompile(`^ {0,3}>[ ]?`)
	frontMatter = regexp.MustCompile(`(?s)^---\n(.*?)\n(?:---|\.\.\.)\n`)
	titleField  = regexp.MustCompile(`(?m)^title:[ \t]*["']?(.*?)["']?[ \t]*$`)
)

// markdown handles Markdown-only syntax; done reports that the line was
// consumed.
func (p *parser) markdown(line string) (done bool, err error) {
	if p.fence != "" {
		return true, p.inFence(line)
	}
	if m := fenceOpen.FindStringSubmatch(line); m != nil {
		p.fence = m[1]
		return true, p.flush()
	}
	if m := atxHeading.FindStringSubmatch(line); m != nil {
		return true, p.heading(len(m[1]), m[2])
	}
	if m := setextLine.FindStringSubmatch(line); m != nil && len(p.para) > 0 && p.item == nil {
		level := 1
		if m[1][0] == '-' {
			level = 2
		}
		text := strings.Join(p.para, "\n")
		p.para = p.para[:0]
		return true, p.heading(level, text)
	}
	if thematic.MatchString(line) {
		return true, p.flush()
	}
	if q := blockQuote.FindString(line); q != "" {
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
	if text = strings.TrimSpace(stripInline(text)); text == "" {
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
	if tableDelim.MatchString(t) {
		return nil
	}
	t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
	cells := strings.Split(t, "|")
	for i, c := range cells {
		cells[i] = stripInline(strings.TrimSpace(c))
	}
	return p.add(doc.Block{Kind: doc.TableRow, Text: strings.Join(cells, " | "), Cells: cells})
}

// frontMatter drops a YAML front matter block, keeping its title.
func (p *parser) frontMatter(text string) string {
	m := frontMatter.FindStringSubmatchIndex(text)
	if m == nil {
		return text
	}
	if t := titleField.FindStringSubmatch(text[m[2]:m[3]]); t != nil {
		p.d.Meta.Title = t[1]
	}
	return text[m[1]:]
}

// stripInline drops links' targets, strong emphasis and code marks.
func stripInline(s string) string {
	return mdEmphasis.Replace(mdLink.ReplaceAllString(s, "$1"))
}
