package retrieval

import (
	"slices"
	"strings"
	"unicode"
)

// Names in running text: where a run of name words starts and ends, the titles before
// it, and what around it shows it is a person's.

// subject notes that the name is the subject of a clause, the last of its pronoun's.
func (a *attributor) subject(name string) string {
	if p := a.pronounOf[name]; p != "" {
		a.lastOf[p] = name
	}
	if n := len(a.recentSubjects); n == 0 || a.recentSubjects[n-1] != name {
		a.recentSubjects = append(a.recentSubjects[max(n-maxRecentSubjects+1, 0):], name)
	}
	return name
}

// learnPronoun records that pronoun refers to name, which tells later pronouns whether
// they can.
func (a *attributor) learnPronoun(name, pronoun string) {
	a.pronounOf[name] = pronoun
	a.lastOf[pronoun] = name
}

// maxRecentSubjects is how many of the last subjects a pronoun may reach back to.
const maxRecentSubjects = 3

// otherSubject returns the latest subject before last that "he" or "she" can refer to
// (its pronoun unknown or the same): in "“Where are we going?” he asks. “Delancey and
// Ninth,” she says", she is not the he who asked but the driver named before him.
func (a *attributor) otherSubject(last, pronoun string) (string, bool) {
	for i := len(a.recentSubjects) - 1; i >= 0; i-- {
		s := a.recentSubjects[i]
		if s == last || a.kinds.has(s, "organisation") {
			continue
		}
		if p := a.pronounOf[s]; p == "" || p == pronoun {
			return s, true
		}
	}
	return "", false
}

// quotedBy reports a name at toks[start:end] that a quotation just before is attributed
// to: "“It’s plumbing,” Achterberg says", "“He was the one,” said Wren".
func quotedBy(toks []token, start, end int) bool {
	if start > 0 && toks[start-1].kind == quoteToken && end < len(toks) && speechVerbs[toks[end].lower()] {
		return true
	}
	return start > 1 && speechVerbs[toks[start-1].lower()] && toks[start-2].kind == quoteToken // "“…,” said Wren"
}

// courtesyPronouns are the courtesy titles and the pronoun each gives: "Dr." gives none.
var courtesyPronouns = map[string]string{"mr": "he", "ms": "she", "mrs": "she", "dr": ""}

// courtesyTitled reports a title run that holds "Mr.", "Ms.", "Mrs." or "Dr.".
func courtesyTitled(role []token) bool {
	return slices.ContainsFunc(role, func(t token) bool {
		_, ok := courtesyPronouns[strings.TrimSuffix(t.lower(), ".")]
		return ok
	})
}

// notePronoun records the pronoun a courtesy title in role gives the name: "Mr." is "he",
// "Ms." and "Mrs." are "she".
func (a *attributor) notePronoun(name string, role []token) {
	for _, t := range role {
		if p := courtesyPronouns[strings.TrimSuffix(t.lower(), ".")]; p != "" {
			a.pronounOf[name] = p
		}
	}
}

// isPartyDesignation reports a party and home town as wire stories give them after a
// legislator's name: "D-Eugene", "R-Texas", "I-Maine".
func isPartyDesignation(t token) bool {
	w := t.text
	return t.kind == wordToken && len(w) >= 3 && strings.ContainsRune("DRI", rune(w[0])) && w[1] == '-' && unicode.IsUpper(rune(w[2]))
}

// ageAfter reports a number set off by commas after a name ending at toks[end], where
// newspapers give a person's age: "Ann Lee, 52, a farmer".
func ageAfter(toks []token, end int) bool {
	return end+2 < len(toks) && toks[end].text == "," && isNumber(toks[end+1].text) && toks[end+2].text == ","
}

// followedByAge reports a name followed by an age, a number of at most three digits (not
// a year): "Garrett L. Pruitt, 41, guilty" is a person's name.
func followedByAge(toks []token, end int) bool {
	return ageAfter(toks, end) && len(toks[end+1].text) <= 3
}

// afterDateline reports a name that opens a paragraph's first sentence after its dateline:
// "SALEM, Ore. (CPS) — Gov. Diane Whitcombe on Tuesday vetoed …".
func afterDateline(toks []token, start int) bool {
	return start <= maxDatelineTokens && (toks[start-1].text == "—" || toks[start-1].text == "–")
}

// maxDatelineTokens bounds a dateline: a place, a state, a date and an agency's name
// ("HALVIK, Vestria, March 12 (Continental Wire) —").
const maxDatelineTokens = 12

// datelineEnd returns where the words after a paragraph's dateline begin, when the
// sentence at toks[start] opens the paragraph with one: a place in capitals, then a dash
// ("SALEM, Ore. (CPS) — Gov. …"). It returns start when there is none.
func datelineEnd(toks []token, start int) int {
	if start != 0 || len(toks) == 0 || !allCapitals(toks[0].text) {
		return start
	}
	for k := 1; k < len(toks) && k <= maxDatelineTokens; k++ {
		if toks[k].text == "—" || toks[k].text == "–" {
			return k + 1
		}
		if toks[k].endsSentence() && !stateAbbreviations[toks[k-1].text+"."] {
			return start
		}
	}
	return start
}

// allCapitals reports a word of two or more letters, all capitals: "HALVIK".
func allCapitals(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2
}

func startsSentenceAsSubject(toks []token, start, end int, name []token) bool {
	if len(name) < 2 || len(name) > 3 || end >= len(toks) {
		return false
	}
	if start > 0 && !toks[start-1].endsSentence() && toks[start-1].kind != quoteToken && !afterDateline(toks, start) {
		return false
	}
	next := toks[end]
	if next.kind != wordToken || next.capitalized() || isStopword(next.lower()) {
		return false
	}
	return !organisationWords[name[len(name)-1].lower()]
}

// nearSpeechVerb reports a name directly next to a speech verb ("Ruiz said", "said Ruiz").
func nearSpeechVerb(toks []token, start, end int) bool {
	if end < len(toks) && speechVerbs[toks[end].lower()] {
		return true
	}
	// "her daughter, Clara Halloran Voss, said": the name set off by commas.
	if end+1 < len(toks) && toks[end].text == "," && start > 0 && toks[start-1].text == "," && speechVerbs[toks[end+1].lower()] {
		return true
	}
	// "Ann Lee, 52, a farmer in Ohio": an age comes before the description.
	if ageAfter(toks, end) {
		end += 2
	}
	// A which-clause describes a thing: "on Quarry Road, which has been the site of …".
	if end+1 < len(toks) && toks[end].text == "," && appositiveOpeners[toks[end+1].lower()] && !toks[end+1].is("which") {
		return true
	}
	return start > 0 && speechVerbs[toks[start-1].lower()]
}

// maxNameWords bounds a run of capitalised words taken as a name with its title ("U.S.
// Secretary of State Jane Doe"); longer runs are headlines or lists, and the bound keeps
// attribution linear in the text however it is written.
const maxNameWords = 8

// nameRunEnd returns the end of the run of name words starting at toks[i]. A possessive
// word ends the run ("Doe’s").
func nameRunEnd(toks []token, i int) int {
	j := i
	for j < len(toks) && j-i < maxNameWords {
		t := toks[j]
		switch {
		case t.capitalized():
			j++
			if t.possessive() {
				return j
			}
			// "Secretary of State Jane Doe": "of State" belongs to the title.
			if isTitleWord(t) && j+1 < len(toks) && toks[j].is("of") && toks[j+1].capitalized() {
				j += 2
			}
			// "The Friends of the Port Ashby Library": a body of supporters, one name.
			if t.text == "Friends" && j+2 < len(toks) && toks[j].is("of") {
				if toks[j+1].is("the") && toks[j+2].capitalized() {
					j += 2
				} else if toks[j+1].capitalized() {
					j++
				}
			}
		case j > i && particlesBefore(toks, j) > j:
			j = particlesBefore(toks, j) // "Ana María de la Vega"
		case t.text == "&" && j > i && j+1 < len(toks) && toks[j+1].capitalized():
			j++ // "North Summit Power & Light"
		default:
			return j
		}
	}
	return j
}

// particlesBefore returns the index of the capitalised word that the name particles
// starting at toks[j] lead to ("de la" before "Vega"), or j when there is none.
func particlesBefore(toks []token, j int) int {
	k := j
	for k < len(toks) && k-j < maxParticles && toks[k].kind == wordToken && nameParticles[toks[k].lower()] {
		k++
	}
	if k == j || k >= len(toks) || !toks[k].capitalized() {
		return j
	}
	return k
}

// particlesAfter returns the index of the first of the name particles that end right
// before toks[i] ("de la" before "Vega"), or i when there is none.
func particlesAfter(toks []token, i int) int {
	m := i
	for m > 0 && i-m < maxParticles && toks[m-1].kind == wordToken && nameParticles[toks[m-1].lower()] {
		m--
	}
	return m
}

// maxParticles bounds the particles in a row inside a name: "van der", "de la", "de los".
const maxParticles = 3

// nameRunStart returns the start of the run of name words ending at toks[j].
func nameRunStart(toks []token, j int) int {
	i := j
	for i > 0 && j-i < maxNameWords-1 {
		p := toks[i-1]
		if p.capitalized() && !p.possessive() {
			i--
			continue
		}
		if p.text == "&" && i-2 >= 0 && toks[i-2].capitalized() {
			i--
			continue
		}
		if m := particlesAfter(toks, i); m < i && m > 0 && toks[m-1].capitalized() {
			i = m // "van der" in "Pieter van der Berg"
			continue
		}
		break
	}
	return i
}

// splitTitle separates leading title words from the name: "Defense Secretary John
// Smith" → "Defense Secretary", "John Smith".
func splitTitle(run []token) (role, name []token) {
	if len(run) > 1 && organisationEnding(run[len(run)-1]) {
		return nil, run // "the Commuter Justice Project": "Justice" is no title there
	}
	if bodyOfName(run) {
		return nil, run // "the Office of Inspector General": a body, whatever ends it
	}
	last := -1
	for i, t := range run {
		// "Councilmembers Ann Lee, Bob Ray and …": a plural title before a list of names.
		if isTitleWord(t) || i == 0 && len(run) > 2 && isPluralTitle(t) {
			last = i
		}
		if t.is("of") && last == i-1 && i+1 < len(run) {
			last = i + 1
		}
	}
	if last < 0 {
		return nil, run
	}
	return run[:last+1], run[last+1:]
}

// bodyOfName reports a name with an organisation noun and "of" or "for" inside it: "the
// Office of Inspector General", "the Estmark Ministry of Foreign Affairs".
func bodyOfName(run []token) bool {
	for i := 0; i+1 < len(run); i++ {
		if organisationNouns[run[i].lower()] && (run[i+1].is("of") || run[i+1].is("for")) {
			return true
		}
	}
	return false
}

// organisationEnding reports a word that ends organisations' names, not people's:
// "Office", "Project", "Semiconductor", the "Guard" of "the Nardian Border Guard".
func organisationEnding(t token) bool {
	w := t.withoutPossessive().lower()
	return organisationNouns[w] || companyNameEndings[w] || namedCentre[w] || projectNouns[w] || w == "guard"
}

// projectNouns end the names of bodies that organisationNouns leave out, since
// "the project" or "the program" rarely speaks for one.
var projectNouns = wordSet(`project initiative program programme campaign`)

// trimLeadingNonNames drops capitalized words that start a sentence without being part of
// a name ("But Ruiz said", "Meanwhile Jane Doe said").
func trimLeadingNonNames(name []token) []token {
	for len(name) > 0 {
		w := name[0].lower()
		// "Meanwhile Jane Doe said", "Finally Doe said"; a name may end in "ly" ("the
		// firm Sensorly").
		// "the Temsk-based Centre for Detainee Rights": where a body is, not its name.
		// "Two Sorvenian officials": a number that opens a sentence is no name.
		if isStopword(w) || sentenceAdverbs[w] || quantifiers[w] || (strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "-based")) && len(name) > 1 {
			name = name[1:]
			if datePrepositions[w] && len(name) > 2 && calendarWords[name[0].lower()] {
				name = name[1:] // "In March Ansel Korvath, the transport minister, announced"
			}
			continue
		}
		if strings.HasSuffix(w, "ing") && len(name) > 1 && calendarWords[name[1].lower()] {
			name = name[2:] // "Starting June 1, that line …", "Beginning Monday": when, not who
			continue
		}
		if name[0].possessive() && len(name) > 1 && slices.ContainsFunc(name[1:], func(t token) bool { return organisationNouns[t.lower()] }) {
			// "Tavrenia’s Office of the Auditor-General": the country owns the body; the
			// body's name is what follows.
			name = name[1:]
			continue
		}
		break
	}
	return name
}

// datePrepositions come before a month or a day: "in March", "on Tuesday".
var datePrepositions = wordSet(`in on since until by from`)

func isAdverb(w string) bool {
	return strings.HasSuffix(w, "ly") || w == "also" || w == "later" || w == "then" || w == "today" || w == "yesterday" ||
		w == "once" || w == "twice" || w == "still" || w == "previously" || w == "recently" || w == "again" || w == "has" || w == "had"
}

func isTitleWord(t token) bool {
	if t.kind != wordToken {
		return false
	}
	w := t.lower()
	if head, rest, ok := strings.Cut(w, "-"); ok && titleSuffixes[rest] {
		w = head // "editor-in-chief", "attorney-general", "president-elect"
	}
	return titleWords[strings.TrimSuffix(w, ".")] || titleWords[w]
}

// titleSuffixes follow a title after a hyphen and leave it a title.
var titleSuffixes = wordSet(`in-chief general elect designate`)

// isPluralTitle reports a title in the plural, "Councilmembers" or "Sens.", which titles
// each name of the list that follows it.
func isPluralTitle(t token) bool {
	w := strings.TrimSuffix(t.lower(), ".")
	return t.kind == wordToken && strings.HasSuffix(w, "s") && titleWords[strings.TrimSuffix(w, "s")]
}

// titleAdjunct reports a plain word at toks[k] that belongs to the title after it, standing
// between that title and a word that qualifies it: "nursing" in "Chief nursing officer",
// "press" in "Pentagon press secretary".
func titleAdjunct(toks []token, k int) bool {
	if k < 1 || k+1 >= len(toks) {
		return false
	}
	t, prev := toks[k], toks[k-1]
	return t.kind == wordToken && !isStopword(t.lower()) && isTitleWord(toks[k+1]) &&
		(prev.capitalized() || isTitleWord(prev) || isModifier(prev))
}

// isModifier is a lower-case word that may describe a title: "former", "senior", "top".
func isModifier(t token) bool {
	return roleModifiers[t.lower()]
}

func joinTokens(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.text != "," {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return strings.TrimFunc(b.String(), func(r rune) bool { return unicode.IsSpace(r) || r == ',' })
}

// titledList registers the names a plural title opens at toks[i] lists, each with the
// title in the singular: "Councilmembers Ann Lee, Bob Ray and Cy Dunn voted no" names three
// council members, none of them described by the others. It returns where the list ends.
func (a *attributor) titledList(toks []token, i int) (end int, ok bool) {
	if !isPluralTitle(toks[i]) || i+1 >= len(toks) || !toks[i+1].capitalized() {
		return 0, false
	}
	title := strings.TrimSuffix(strings.TrimSuffix(toks[i].text, "."), "s")
	if strings.HasSuffix(toks[i].text, ".") {
		title += "."
	}
	for j := i + 1; j < len(toks) && toks[j].capitalized(); {
		end = nameRunEnd(toks, j)
		if name := toks[j:end]; len(name) >= 2 {
			full := joinTokens(name)
			a.addPerson(full)
			a.addRole(full, title)
			ok = true
		}
		switch {
		case end+1 < len(toks) && toks[end].text == "," && toks[end+1].is("and"):
			j = end + 2 // the serial comma
		case end < len(toks) && (toks[end].text == "," || toks[end].is("and")):
			j = end + 1
		default:
			return end, ok
		}
	}
	return end, ok
}

// namesake picks, among the people whose name begins or ends with the one word of a later
// mention, the one the mention's description fits: "Ms. Zhang, the Shanghai analyst", after
// Zhang Wei, a chief financial officer, and Zhang Lihua, an analyst at a Shanghai-based
// brokerage. Each word the description shares with someone's roles counts for them, and a
// courtesy title's pronoun counts against someone known by the other. It returns resolved,
// the name the mention was read as, unless one person fits best.
func (a *attributor) namesake(word token, title []token, described []string, resolved string) string {
	if len(described) == 0 {
		return resolved
	}
	key := foldKey(strings.TrimSuffix(word.text, "."))
	named := a.byEndWord[key]
	if len(named) < 2 || len(named) > maxSameFirstWord {
		return resolved // one person, or too many to tell apart
	}
	var same []string
	for _, n := range named {
		if !a.kinds.has(n, "organisation") {
			same = append(same, n)
		}
	}
	if len(same) < 2 {
		return resolved
	}
	pronoun := ""
	for _, t := range title {
		if p := courtesyPronouns[strings.TrimSuffix(t.lower(), ".")]; p != "" {
			pronoun = p
		}
	}
	wanted := descriptionWords(strings.Join(described, " "))
	best, bestScore, tied := "", 0, false
	for _, n := range same {
		score := 0
		for _, r := range a.roles[n] {
			for w := range descriptionWords(r) {
				if wanted[w] {
					score += 2
				}
			}
		}
		if p := a.pronounOf[n]; pronoun != "" && p != "" && p != pronoun {
			score--
		}
		switch {
		case score > bestScore:
			best, bestScore, tied = n, score, false
		case score == bestScore:
			tied = true
		}
	}
	if best == "" || tied {
		return resolved
	}
	return best
}

// descriptionWords are the words of a description that can tell two people apart, folded:
// "analyst at Shanghai-based Dongfang Hengtai Securities" has "analyst" and "shanghai".
func descriptionWords(description string) map[string]bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(description), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if len([]rune(w)) >= 4 && w != "based" && w != "former" {
			words[w] = true
		}
	}
	return words
}
