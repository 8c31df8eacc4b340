package synth

import "strings"

// What a municipal protocol calls the administration's proposal.
var adminProposal = [2]string{"Kommunedirektørens forslag til vedtak:", "Kommunedirektøren sitt framlegg til vedtak:"}

// caseItems lays out one case under its heading.
func caseItems(m Meeting, l labels, c Case) []Item {
	items := []Item{{Kind: HeadingItem, Level: 2, Text: c.Label + " " + c.Title}}
	if m.Style.Types && c.Type != "" && m.Layout != LayoutProtocol {
		items = append(items, para("", c.Type))
	}
	if m.Layout == LayoutProtocol {
		return append(items, protocolCase(m, l, c)...)
	}
	for _, p := range c.Paras {
		items = append(items, para("", p))
	}
	if c.Proposal != "" {
		items = append(items, para(l.proposal, c.Proposal))
	}
	if c.Note != "" {
		items = append(items, para("", c.Note))
	}
	if c.Vote != "" {
		items = append(items, para(l.vote, c.Vote))
	}
	if c.Decision != "" {
		items = append(items, para(l.decision, c.Decision))
	}
	return items
}

// protocolCase is the municipal order: the administration's proposal, the
// treatment, the vote and the body's decision.
func protocolCase(m Meeting, l labels, c Case) []Item {
	var items []Item
	if c.Proposal != "" {
		items = append(items, para(adminProposal[langIndex(m.Lang)], c.Proposal))
	}
	for i, p := range c.Paras {
		label := ""
		if i == 0 {
			label = l.treatment
		}
		items = append(items, para(label, p))
	}
	if c.Note != "" {
		items = append(items, para("", c.Note))
	}
	if c.Vote != "" {
		items = append(items, para(l.vote, c.Vote))
	}
	if c.Decision == "" {
		return items
	}
	label := l.decision
	if m.Lang == langCodes[nb] && m.Style.BoldLabels {
		label = m.Short + "s vedtak:"
	}
	return append(items, para(label, c.Decision))
}

// caseTable puts the cases in a two-column table: number and time, then
// title, treatment, proposal and decision.
func caseTable(m Meeting, l labels) []Item {
	items := []Item{row(caseWidths, true, l.caseHeader[:]...)}
	for _, c := range m.Cases {
		text := append([]string{c.Title}, c.Paras...)
		if c.Proposal != "" {
			text = append(text, l.proposal+" "+c.Proposal)
		}
		if c.Note != "" {
			text = append(text, c.Note)
		}
		if c.Decision != "" {
			text = append(text, l.decision+" "+c.Decision)
		}
		items = append(items, row(caseWidths, false, c.Label+"\n"+c.Time, strings.Join(text, "\n")))
	}
	return items
}
