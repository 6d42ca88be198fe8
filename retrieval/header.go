package retrieval

import "strings"

// contextHeader is the text indexed beside a passage to describe it: the article title,
// each speaker, and each other person the passage names, with every role the article
// gives them and the roles' acronyms. A question about "the secretary of state" can then
// find a passage that only says "Doe".
func contextHeader(m Meta, p Passage, people []Person) string {
	var b strings.Builder
	b.WriteString(m.Title)
	described := map[string]bool{}
	for _, s := range p.Speakers {
		b.WriteString(". ")
		b.WriteString(describeSpeaker(s, people))
		described[s.Name] = !s.Anonymous
	}
	for _, person := range people {
		if !described[person.Name] && mentions(p.Text, person.Name) {
			described[person.Name] = true
			b.WriteString(". ")
			b.WriteString(describePerson(person.Name, person.Roles))
		}
	}
	return b.String()
}

// mainSpeaker describes the passage's main speaker as the header does; "" when nobody is
// quoted.
func mainSpeaker(p Passage, people []Person) string {
	if len(p.Speakers) == 0 {
		return ""
	}
	return describeSpeaker(p.Speakers[0], people)
}

func describeSpeaker(s Speaker, people []Person) string {
	if s.Anonymous {
		return describePerson("", []string{s.Role})
	}
	return describePerson(s.Name, rolesOf(people, s.Name))
}

// describePerson is a name with every role and each role's acronym: "Seth Jones, Center
// for Strategic and International Studies (CSIS)".
func describePerson(name string, roles []string) string {
	var b strings.Builder
	b.WriteString(name)
	for _, r := range roles {
		b.WriteString(", ")
		b.WriteString(r)
		if a := acronym(r); a != "" {
			b.WriteString(" (" + a + ")")
		}
		if isThinkTank(r) {
			b.WriteString(", think tank")
		}
	}
	return b.String()
}

func rolesOf(people []Person, name string) []string {
	for _, p := range people {
		if p.Name == name {
			return p.Roles
		}
	}
	return nil
}

// mentions reports whether text names the person, by full name or last name, as a whole
// word.
func mentions(text, name string) bool {
	parts := strings.Fields(name)
	if len(parts) == 0 {
		return false
	}
	last := parts[len(parts)-1]
	for _, candidate := range []string{name, last} {
		for i := strings.Index(text, candidate); i >= 0; {
			end := i + len(candidate)
			if (i == 0 || !isWordByte(text[i-1])) && (end == len(text) || !isWordByte(text[end])) {
				return true
			}
			next := strings.Index(text[i+1:], candidate)
			if next < 0 {
				break
			}
			i += 1 + next
		}
	}
	return false
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
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

// isThinkTank reports whether a role names a research institute by the way such
// names are made: "Center for Strategic and International Studies", "Institute for
// Migration Studies", "Foundation for Defense of Democracies", "Council on Foreign
// Relations". Questions call their people "the think-tank expert".
func isThinkTank(role string) bool {
	for _, pattern := range []string{"Institute for ", "Center for ", "Centre for ", "Foundation for ", "Council on ", " Studies", " Institution", "Endowment for "} {
		if strings.Contains(role, pattern) {
			return true
		}
	}
	return false
}
