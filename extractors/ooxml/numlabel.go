package ooxml

import (
	"strings"

	"github.com/motebok/motebok/extractors/zipxml"
)

// label advances the counters for a paragraph in list ref and returns the
// number Word shows before it ("2.", "b)", "1.3"), or "" for bullets.
// isList reports whether ref numbers the paragraph at all.
func (n *numbering) label(ref numRef) (label string, isList bool) {
	inst := n.instances[ref.id]
	if !ref.set || ref.id == "0" || inst == nil {
		return "", false
	}
	levels := n.abstract[inst.abstract]
	if levels == nil {
		return "", true
	}
	counts := n.countersFor(inst) // first, for the start overrides
	lvl := n.level(inst, levels, ref.level)
	n.advance(counts, inst, levels, ref.level)
	if lvl.format == "bullet" {
		return "", true
	}
	return n.render(inst, levels, counts, lvl), true
}

// advance counts a paragraph at level k. Levels above it that were
// skipped count from their start, as Word does ("A", then "A i" at the
// third level, counts the second level once); the levels below restart
// unless their w:lvlRestart says otherwise.
func (n *numbering) advance(c *counters, inst *numInstance, levels *[9]numLevel, k int) {
	for i := range k {
		if !c.set[i] {
			c.v[i], c.set[i] = n.level(inst, levels, i).start, true
		}
	}
	if c.set[k] {
		c.v[k]++
	} else {
		c.v[k], c.set[k] = n.level(inst, levels, k).start, true
	}
	for i := k + 1; i < len(c.v); i++ {
		if k < n.level(inst, levels, i).restart {
			c.set[i] = false
		}
	}
}

// countersFor returns the counters of the instance's abstract numbering,
// applying the instance's start overrides the first time it is used.
func (n *numbering) countersFor(inst *numInstance) *counters {
	c := n.counters[inst.abstract]
	if c == nil {
		c = new(counters)
		n.counters[inst.abstract] = c
	}
	if !inst.used {
		inst.used = true
		for i, start := range inst.restarts {
			c.set[i] = false
			n.overrideStart(inst, i, start)
		}
	}
	return c
}

// overrideStart records a startOverride as the level's start value.
func (n *numbering) overrideStart(inst *numInstance, i, start int) {
	if lv := inst.overrides[i]; lv != nil {
		lv.start = start
		return
	}
	lv := n.abstract[inst.abstract][i]
	lv.start = start
	inst.overrides[i] = &lv
}

// level returns the definition of level i, overrides first.
func (n *numbering) level(inst *numInstance, levels *[9]numLevel, i int) numLevel {
	if lv := inst.overrides[i]; lv != nil && (lv.text != "" || lv.format != "") {
		return *lv
	} else if lv != nil {
		l := levels[i]
		l.start = lv.start
		return l
	}
	return levels[i]
}

// render fills the %1…%9 placeholders of lvl.text.
func (n *numbering) render(inst *numInstance, levels *[9]numLevel, counts *counters, lvl numLevel) string {
	var sb strings.Builder
	text := lvl.text
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '%' || i+1 >= len(text) || text[i+1] < '1' || text[i+1] > '9' {
			sb.WriteByte(c)
			continue
		}
		k := int(text[i+1] - '1')
		i++
		def := n.level(inst, levels, k)
		v := counts.v[k]
		if !counts.set[k] {
			v = def.start
		}
		format := def.format
		switch {
		case format == "bullet" || format == "none":
			continue // Word shows nothing for such a level inside a number
		case lvl.legal:
			format = "decimal"
		}
		sb.WriteString(zipxml.FormatNumber(v, format))
	}
	return strings.TrimSpace(sb.String())
}
