package retrieval

import "strings"

// contextHeader is the text indexed beside a passage to describe it: the article title,
// and each speaker with every role the article gives them and the roles' acronyms.
func contextHeader(m Meta, p Passage, roles map[string][]string) string {
	var b strings.Builder
	b.WriteString(m.Title)
	for _, s := range p.Speakers {
		b.WriteString(". ")
		b.WriteString(s.Name)
		rs := roles[s.Name]
		if s.Anonymous {
			rs = []string{s.Role}
		}
		for _, r := range rs {
			b.WriteString(", ")
			b.WriteString(r)
			if a := acronym(r); a != "" {
				b.WriteString(" (" + a + ")")
			}
		}
	}
	return b.String()
}

// acronym makes the initials of an organisation's capitalised words: "Federal Emergency
// Management Agency" → "FEMA". Fewer than three capitals make no acronym.
func acronym(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if len(r) > 1 && r[0] >= 'A' && r[0] <= 'Z' && !strings.Contains(w, ".") {
			b.WriteRune(r[0])
		}
	}
	if b.Len() < 3 {
		return ""
	}
	return b.String()
}
