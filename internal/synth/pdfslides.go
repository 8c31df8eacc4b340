package synth

// Slide geometry: A4 landscape.
const (
	slideW, slideH = 842.0, 595.0
	slideMargin    = 60.0
)

// slidePages puts a deck on landscape pages: the title large on the first,
// then one slide per heading with its paragraphs and points.
func slidePages(items []Item) []Page {
	p := &pager{w: slideW, h: slideH, margin: slideMargin}
	for i, it := range items {
		switch it.Kind {
		case TitleItem:
			p.newPage()
			p.y = slideH/2 + 60
			p.block(slideMargin, 28, true, it.Text, 24)
		case HeadingItem:
			if i > 0 {
				p.newPage()
			}
			p.block(slideMargin, 24, true, it.Text, 18)
		case BulletItem:
			p.room(16)
			p.add(len(p.pages)-1, Line{X: slideMargin, Y: p.y - 16, Size: 16, Text: "•"})
			p.block(slideMargin+24, 16, false, it.Text, 8)
		default:
			p.block(slideMargin, 16, false, it.Plain(), 8)
		}
	}
	return p.pages
}
