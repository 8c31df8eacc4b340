package ooxml

// placeholders returns the positions a layout and its master give their
// placeholders. A missing layout gives none.
func (k *deck) placeholders(layout string) (placeholders, error) {
	if ph, ok := k.layouts[layout]; ok || layout == "" {
		return ph, nil
	}
	ph := placeholders{}
	k.layouts[layout] = ph
	shapes, err := k.shapes(layout)
	if err != nil {
		return nil, err
	}
	ph.record(shapes, true)
	rs, err := rels(k.a, layout)
	if err != nil {
		return nil, err
	}
	if master := firstOfKind(rs, relSlideMaster, ""); master != "" {
		shapes, err := k.shapes(master)
		if err != nil {
			return nil, err
		}
		ph.record(shapes, false)
	}
	return ph, nil
}

// record notes the positions of placeholders not yet known; masters are
// matched by type only.
func (ph placeholders) record(shapes []shape, byIdx bool) {
	for _, s := range shapes {
		if !s.isPH || !s.hasPos {
			continue
		}
		keys := []string{"type:" + phKind(s.phType)}
		if byIdx && s.phIdx != "" {
			keys = append(keys, "idx:"+s.phIdx)
		}
		for _, key := range keys {
			if _, ok := ph[key]; !ok {
				ph[key] = [2]int64{s.x, s.y}
			}
		}
	}
}

// place gives positionless placeholders the position of their layout's.
func (ph placeholders) place(shapes []shape) {
	for i := range shapes {
		s := &shapes[i]
		if s.hasPos || !s.isPH {
			continue
		}
		for _, key := range []string{"idx:" + s.phIdx, "type:" + phKind(s.phType)} {
			if p, ok := ph[key]; ok {
				s.x, s.y, s.hasPos = p[0], p[1], true
				break
			}
		}
	}
}

// phKind folds placeholder types that share a master placeholder.
func phKind(t string) string {
	switch t {
	case "", "obj", "subTitle":
		return "body"
	case "ctrTitle":
		return "title"
	}
	return t
}
