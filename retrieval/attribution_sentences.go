package retrieval

import (
	"strings"
)

// Sentences and clauses: who a sentence opens with, where it starts, what its clauses
// and quotations say about whose words follow.

// researchersBefore finds who speaks for "the researchers found that …" at toks[j]: the
// author of the article's one authored document ("the study’s lead author"). With none,
// or several, the researchers are a group, and no source.
func (a *attributor) researchersBefore(toks []token, j int) (Speaker, bool) {
	if j < 2 || !researcherNouns[toks[j-1].lower()] || !toks[j-2].is("the") || len(a.authorOf) != 1 {
		return Speaker{}, false
	}
	for _, name := range a.authorOf {
		return Speaker{Name: name}, true
	}
	return Speaker{}, false
}

// staffNouns name, as a group, the people who did an organisation's inspection or audit.
var staffNouns = wordSet(`inspectors auditors examiners investigators`)

// staffOfCited finds who speaks for "Inspectors wrote that …" at toks[j], a sentence that
// opens with such a group: the organisation whose document was cited, or that was quoted,
// last, in this paragraph or the one before ("In a citation issued last November, the State Bureau of
// Workplace Safety found …").
func (a *attributor) staffOfCited(toks []token, j int) (Speaker, bool) {
	if j < 1 || !staffNouns[toks[j-1].lower()] {
		return Speaker{}, false
	}
	opening := j - 1
	if opening > 0 && toks[opening-1].is("the") {
		opening-- // "The auditors wrote"
	}
	if opening > 0 && !toks[opening-1].endsSentence() {
		return Speaker{}, false
	}
	s, para := a.lastDocument, a.lastDocumentPara
	if a.lastOrganisationSpoke != "" && (s.Name == "" || a.lastOrganisationSpokePara >= para) {
		s, para = Speaker{Name: a.lastOrganisationSpoke}, a.lastOrganisationSpokePara
	}
	if s.Anonymous || s.Name == "" || a.para-para > 1 || !a.kinds.has(s.Name, "organisation") {
		return Speaker{}, false
	}
	return s, true
}

// researcherNouns name a study's authors as a group: "the researchers found".
var researcherNouns = wordSet(`researchers authors scientists investigators`)

// opensSentence reports that the sentence holding toks[j] opens with the person named
// full, title or not: "Nadia Ben Youssef, a spokeswoman …, called … and said".
func (a *attributor) opensSentence(toks []token, j int, full string) bool {
	known, ok := a.openingName(toks, j)
	return ok && known == full
}

// openingName is the registered name the sentence holding toks[j] opens with.
func (a *attributor) openingName(toks []token, j int) (string, bool) {
	start, ok := sentenceStart(toks, j)
	if ok {
		start = datelineEnd(toks, start) // "HALVIK, Vestria, March 12 (Continental Wire) — …"
	}
	if !ok || start >= j || !toks[start].capitalized() {
		return "", false
	}
	if named := describedOpeningName(toks, start, j); named > 0 {
		start = named // "Another patient, Arnold Pike, 47, …, filed a malpractice lawsuit"
	} else if after := openingPhraseEnd(toks, start, j); after > 0 && after+1 < j && toks[after].is("the") && toks[after+1].capitalized() {
		start = after + 1 // "Hours before the meeting, the Missouri Civil Liberties Project … sent"
	} else if after > 0 && after < j && toks[after].capitalized() {
		start = after // "On Nov. 3, Corvane Ratings cut …, citing"
	}
	if e := nameRunEnd(toks, start); e < j && toks[e-1].possessive() && toks[e].capitalized() && e-start <= 2 {
		start = e // "Brannmark’s Ministry of Climate and Energy …, saying": the country's body
	}
	// "The Estmark Ministry of Foreign Affairs went further …, saying": a body's name
	// runs on past "of".
	end := a.organisationRunEnd(toks, start, nameRunEnd(toks, start))
	if organisationNouns[toks[end-1].lower()] {
		end = organisationNameEnd(toks, end)
	}
	_, name := splitTitle(toks[start:end])
	if full, ok := a.known(name); ok {
		return full, true
	}
	if len(name) == 1 && (start == 0 || toks[start-1].endsSentence()) && !(end < len(toks) && !toks[end].capitalized() && namesGroupOf(toks[end])) {
		// "Corvane declined to make board members available, saying …" after "Corvane
		// Biologics": the one organisation whose name it begins. ("Oruzian officials
		// said …, citing" are the country's people, not its foreign ministry.)
		return a.organisationOpenedBy(name[0].text)
	}
	return "", false
}

// describedOpeningName returns where the name starts in a sentence that opens, at
// toks[start], with a few lower-case words of description and then the name set off by
// commas, before toks[j]: "Another patient, Arnold Pike, 47, …". It returns 0 for none.
func describedOpeningName(toks []token, start, j int) int {
	for k := start + 1; k+1 < j && k-start <= 4; k++ {
		if toks[k].text == "," {
			name := k + 1
			if !toks[name].capitalized() {
				return 0
			}
			if end := nameRunEnd(toks, name); end < j && end-name >= 2 && toks[end].text == "," {
				return name
			}
			return 0
		}
		if toks[k].kind != wordToken || toks[k].capitalized() {
			return 0
		}
	}
	return 0
}

// groupBefore returns where the preposition before the organisation whose name ends at
// toks[start:] would be, across the name's small words and a "the": "at" in "Officials at
// the Department of Health". It returns 0 when there is none.
func groupBefore(toks []token, start int) int {
	k := start - 1
	for k > 0 && (toks[k].capitalized() || orgConnectors[toks[k].lower()] && toks[k-1].capitalized()) && start-k < 2*maxNameWords {
		k--
	}
	if k > 0 && toks[k].is("the") {
		k--
	}
	return max(k, 0)
}

// groupOpensSentence reports a sentence, holding toks[j], that opens with a group at
// or of somewhere, whose words name no one, and whose verb is still to come at toks[j+1]:
// "Officials at the commissioner’s office", "Officials in neighboring Carrow County",
// "Officials from the council and the Environment Agency told", but not the second clause
// of "Officials … said …, and a State Department official said".
func groupOpensSentence(toks []token, j int) bool {
	s, ok := sentenceStart(toks, j)
	if ok && groupQuantifiers[toks[s].lower()] {
		s++ // "Some officials in the comptroller’s office have argued"
	}
	if !ok || s+1 >= j || !namesGroupOf(toks[s]) || !groupPreposition(toks[s+1]) {
		return false
	}
	for k := s + 2; k < j; k++ {
		if toks[k].text == ";" || toks[k].kind == wordToken && speechVerbs[toks[k].lower()] {
			return false
		}
	}
	return true
}

// groupQuantifiers open a group's description without making its members sources: "Some
// officials", "Many residents".
var groupQuantifiers = wordSet(`some many most other few`)

// groupPreposition joins a group to where it is: "Officials at", "Fishermen in".
func groupPreposition(t token) bool {
	return affiliationPrepositions[t.lower()] || t.is("in")
}

// inReportedClause reports "the NOUN" ending at toks[j] right after a speech verb or
// "that", as the subject of words reported by someone else: "said the department had
// urged", "argued that the company had misled".
func inReportedClause(toks []token, j int) bool {
	for k := j - 1; k >= 1 && j-k < 4 && toks[k].kind == wordToken; k-- {
		if toks[k].is("the") {
			return speechVerbs[toks[k-1].lower()] || toks[k-1].is("that")
		}
	}
	return false
}

// statementAfter returns the stem of the document a speech verb at toks[j] says the words
// came in, "" for none: "said in a statement", "wrote in a blog post", "said in an emailed
// statement".
func statementAfter(toks []token, j int) string {
	if j+4 < len(toks) && calendarWords[toks[j+1].lower()] {
		j++ // "said Thursday in a preliminary report"
	}
	if j+3 >= len(toks) || !toks[j+1].is("in") {
		return ""
	}
	for k := j + 2; k < len(toks) && k-j <= 5 && toks[k].kind == wordToken; k++ {
		if w := toks[k].lower(); documentNouns[w] || w == "post" {
			return stem(w)
		}
	}
	return ""
}

// sentenceSubject finds who the sentence holding toks[j] is about: the name it opens with
// ("Ann Lee, the city's spokeswoman, rejected …") or the unnamed source it opens with ("A
// spokesman for the Ministry of Health rejected …").
func (a *attributor) sentenceSubject(toks []token, j int) (Speaker, bool) {
	start, ok := sentenceStart(toks, j)
	if !ok || start >= j {
		return Speaker{}, false
	}
	for k := j - 1; k > start; k-- {
		if toks[k].text != ";" {
			continue
		}
		// "Bond rating agencies have taken notice; one, Sterling Credit Ratings, revised
		// its outlook …, citing": the clause after the semicolon, and the one it names.
		if n := k + 3; n < j && toks[k+1].is("one") && toks[k+2].text == "," && toks[n].capitalized() {
			if end := nameRunEnd(toks, n); end < j && toks[end].text == "," {
				return a.named(toks[n:end], toks, n, end)
			}
		}
		return Speaker{}, false
	}
	if s, ok := a.ledeBody(toks, start, j); ok {
		return s, true
	}
	if isIndefinite(toks[start]) || isQuantifier(toks[start]) {
		for e := start + 1; e+1 < j && e-start <= maxRoleWords; e++ {
			next := toks[e+1]
			if next.kind != wordToken || next.capitalized() || rolePrepositions[next.lower()] || orgConnectors[next.lower()] || sourceQualifiers[next.lower()] {
				continue // "familiar with", "briefed on": why a source knows, not its verb
			}
			if toks[e].is("the") || isIndefinite(toks[e]) || !verbLike(next) || pluralBeforeClause(toks, e+1) {
				continue // "An aide to the prime minister rejected …": not "aide to the"
			}
			if s, ok := anonymousBefore(toks, e); ok {
				return s, true
			}
			if s, ok := a.anonymousWhoBefore(toks, e); ok && !toks[e].is("who") {
				return s, true // "Two diplomats … who have been briefed on the talks offered …, saying"
			}
		}
		return Speaker{}, false
	}
	if full, ok := a.openingName(toks, j); ok {
		return Speaker{Name: full}, true
	}
	if p := possessiveNameEnd(toks, start); p >= 0 && p+1 < j && (documentNouns[toks[p+1].lower()] || documentNounAfter(toks, p+1) >= 0) {
		// "President Emil Radovan’s decree, published …, removed …, citing …": the
		// document's owner speaks through it.
		if s, ok := a.owner(toks, start, p+1); ok && s.Name != "" {
			return s, true
		}
	}
	// "On Nov. 3, Corvane Ratings cut Caldoria’s rating …, citing …": a name met only
	// here, the subject of a verb, says what the participle reports.
	if after := openingPhraseEnd(toks, start, j); after > 0 {
		start = after
	}
	if end := nameRunEnd(toks, start); end-start >= 2 && end < j && !toks[end-1].possessive() && toks[end].kind == wordToken && !toks[end].capitalized() && !isStopword(toks[end].lower()) {
		if _, name := splitTitle(toks[start:end]); len(trimLeadingNonNames(name)) >= 2 {
			if full, ok := a.resolve(name); ok {
				return Speaker{Name: full}, true
			}
		}
	}
	return Speaker{}, false
}

// verbLike reports a word that may be the verb after a sentence's subject: a speech verb,
// an auxiliary, or a past or present tense ("rejected", "disputes"). It does not tell a
// verb from a plural noun; it only keeps "prime" in "the prime minister" from ending one.
func verbLike(t token) bool {
	l := t.lower()
	return speechVerbs[l] || finiteVerbs[l] || strings.HasSuffix(l, "ed") || strings.HasSuffix(l, "s")
}

// givenName returns the name a who-clause at toks[who] says an otherwise unnamed person
// gave: "who gave only his first name, Samir,", "who gave her name as Leyla Haddad".
func givenName(toks []token, who int) []token {
	if who >= len(toks) || !toks[who].is("who") {
		return nil
	}
	for k := who + 1; k < len(toks) && k-who <= 10 && toks[k].kind == wordToken; k++ {
		if !toks[k].is("name") {
			continue
		}
		n := k + 1
		for n < len(toks) && (toks[n].text == "," || toks[n].is("only") || toks[n].is("as")) {
			n++
		}
		if n == k+1 || n >= len(toks) || !toks[n].capitalized() {
			return nil
		}
		return toks[n:nameRunEnd(toks, n)]
	}
	return nil
}

// unnamedOpensSentence reports a sentence, holding toks[j], that opens with "a" or a
// number: a source it names is unnamed.
func unnamedOpensSentence(toks []token, j int) bool {
	start, ok := sentenceStart(toks, j)
	return ok && start < j && (isIndefinite(toks[start]) || isQuantifier(toks[start]))
}

// unnamedSentenceSubject finds the unnamed source the sentence holding toks[j] opens with,
// its description ending at the sentence's first verb: "An FBI spokeswoman declined",
// "Two officials familiar with the talks declined", not yet at "for the" in "A spokeswoman
// for the water authority later said".
func unnamedSentenceSubject(toks []token, j int) (Speaker, bool) {
	start, _ := sentenceStart(toks, j)
	for e := start + 1; e+1 < j && e-start <= maxRoleWords; e++ {
		if toks[e].text == "," && e+1 < len(toks) && toks[e+1].is("who") {
			// "A senior official …, who spoke on condition of anonymity because …, did not
			// dispute that account but said": the source is before its who-clause, and its
			// verb after the clause's closing comma.
			if c := nextComma(toks, e+1, j); c < j && c+1 < j && isSentenceVerb(toks[c+1]) {
				return anonymousBefore(toks, e-1)
			}
			return Speaker{}, false
		}
		if isSentenceVerb(toks[e+1]) && !pluralBeforeClause(toks, e+1) {
			return anonymousBefore(toks, e)
		}
	}
	return Speaker{}, false
}

// isSentenceVerb reports a word that can begin the verb after an unnamed source: a speech
// verb, an adverb, an auxiliary or a past tense ("declined", "did not dispute").
func isSentenceVerb(t token) bool {
	l := t.lower()
	return t.kind == wordToken && (speechVerbs[l] || isAdverb(l) || auxiliaryVerbs[l] || !t.capitalized() && strings.HasSuffix(l, "ed"))
}

// possessiveTopicAt reads a person a paragraph opens about without making them its first
// sentence's subject: "In the meantime, Odvalic’s survey equipment sits in a government
// warehouse …. She said …". A known person, not a body, in the possessive, opening the
// paragraph or following its opening phrase, in a sentence where nobody speaks: "she"
// next means them. Later in a paragraph a possessive is a passing mention ("… she said.
// Prime Minister Davor Halm’s coalition faces an election …. “…,” she said").
func (a *attributor) possessiveTopicAt(toks []token, j int) (string, bool) {
	if !toks[j].capitalized() || !toks[j].possessive() {
		return "", false
	}
	start := nameRunStart(toks, j)
	if start != 0 && openingPhraseEnd(toks, 0, start+1) != start {
		return "", false
	}
	for k := j + 1; k < len(toks) && !toks[k-1].endsSentence(); k++ {
		if toks[k].kind == quoteToken || toks[k].kind == wordToken && speechVerbs[toks[k].lower()] {
			return "", false
		}
	}
	run := append([]token(nil), toks[start:j+1]...)
	run[len(run)-1] = run[len(run)-1].withoutPossessive()
	_, name := splitTitle(run)
	if len(name) == 0 {
		return "", false
	}
	full, ok := a.known(name)
	if !ok || a.kinds.has(full, "organisation") || a.places[foldKey(full)] {
		return "", false
	}
	return full, true
}

// auxiliaryVerbs open a verb phrase and are never nouns: "A senior official … did not
// dispute that account but said".
var auxiliaryVerbs = wordSet(`did does would will could`)

// inSubordinateClause reports an unnamed source, attributed at toks[j] and found by the
// first word of its role, that is the subject of a subordinate clause in someone's
// account: "Ms. Pike said she waited … before an officer told her that …". A source that
// opens its sentence ("A state official, who asked not to be named, said") is not.
func inSubordinateClause(toks []token, j int, role string) bool {
	first, _, _ := strings.Cut(role, " ")
	for k := j - 1; k > 0 && j-k <= maxPairSentence && !toks[k].endsSentence(); k-- {
		if (isIndefinite(toks[k]) || isQuantifier(toks[k])) && k+1 < len(toks) && (first == "" || strings.EqualFold(toks[k+1].text, first)) {
			// Only the article or count that opens the source's own description:
			// "…, speaking on condition of anonymity because … while an appeal is
			// possible, said" is no source in a clause.
			if k >= 3 && toks[k-2].is("at") && (toks[k-1].is("least") || toks[k-1].is("most")) {
				k -= 2 // "and that at least one member of the majority had asked"
			}
			return subordinators[toks[k-1].lower()] && toks[k-1].kind == wordToken
		}
	}
	return false
}

// subordinators open a clause inside a sentence: "before an officer told her".
var subordinators = wordSet(`before after when until because while since once that`)

// maxFindingWords bounds the words between a finding verb and its "that": "posted on
// social media that".
const maxFindingWords = 4

// wordWithin reports word among the n word tokens from toks[i]: "found … that",
// "accusing the company of".
func wordWithin(toks []token, i, n int, word string) bool {
	for k := i; k < len(toks) && k-i < n && toks[k].kind == wordToken; k++ {
		if toks[k].is(word) {
			return true
		}
	}
	return false
}

// unnamedPutting reads the unnamed source of "as one board member put it", from its
// indefinite word at toks[i].
func unnamedPutting(toks []token, i int) (Speaker, bool) {
	for k := i + 2; k+1 < len(toks) && k-i <= maxRoleWords && toks[k].kind == wordToken; k++ {
		w := toks[k].lower()
		if (w == "put" || w == "puts" || w == "described") && toks[k+1].is("it") {
			role := toks[i+1 : k]
			if !looksLikePersonRole(role) {
				return Speaker{}, false
			}
			return Speaker{Role: joinTokens(role), Anonymous: true}, true
		}
	}
	return Speaker{}, false
}

// pairSubject finds the two people a sentence opens with, "Mr. Prewitt and Ms.
// Thibodeaux planned to stay …", whom "they" at toks[j] refers to, without their titles.
func pairSubject(toks []token, j int) (first, second []token, ok bool) {
	start, ok := sentenceStart(toks, j)
	if !ok || !toks[start].capitalized() {
		return nil, nil, false
	}
	and := nameRunEnd(toks, start)
	if and+1 >= j || !toks[and].is("and") || !toks[and+1].capitalized() {
		return nil, nil, false
	}
	end := nameRunEnd(toks, and+1)
	_, first = splitTitle(toks[start:and])
	_, second = splitTitle(toks[and+1 : end])
	return first, second, len(first) > 0 && len(second) > 0
}

// maxPairSentence bounds how far back a rule looks for the start of the sentence it is
// in ("they said" for its two subjects, "and said" for its one), so that no text makes
// each look cost the whole sentence.
const maxPairSentence = 60

// sentenceStart returns the index of the first token of the sentence that holds toks[j],
// or false when it starts more than [maxPairSentence] tokens back.
func sentenceStart(toks []token, j int) (int, bool) {
	start := j
	for start > 0 && !toks[start-1].endsSentence() {
		if j-start >= maxPairSentence {
			return 0, false
		}
		start--
	}
	return start, true
}

// organisationNounOpening returns the organisation noun of a sentence that opens with
// "The NOUN" before toks[j] ("The university, in a statement, put …"), "" for none.
func organisationNounOpening(toks []token, j int) string {
	start, ok := sentenceStart(toks, j)
	if !ok || start+2 > j || !toks[start].is("the") || toks[start+1].possessive() || !organisationNouns[toks[start+1].lower()] {
		return ""
	}
	return toks[start+1].lower()
}

// maxEstimateWords bounds what an estimate puts at a figure: "the direct hit to
// Kessaria’s economy".
const maxEstimateWords = 14

// estimateAfter reports "at" and a figure within a few words from toks[from], in the
// same sentence: "puts the direct hit at between 310 million and …", "put the figure at
// $63 million" ("put pressure on", "put it at risk" are no estimates).
func estimateAfter(toks []token, from int) bool {
	for k := from; k+1 < len(toks) && k-from <= maxEstimateWords && !toks[k].endsSentence(); k++ {
		if !toks[k].is("at") {
			continue
		}
		next := toks[k+1].text
		if k+2 < len(toks) && approximators[toks[k+1].lower()] {
			next = toks[k+2].text
		}
		return strings.TrimLeft(next, "$€£") != next || isNumber(next) // "$63 million", "310 million"
	}
	return false
}

// approximators come between "at" and a figure: "at between 310 million and …", "at about".
var approximators = wordSet(`between about roughly nearly more least`)

// unnamedWithClauses reads an unnamed source that opens the sentence and is described by a
// relative clause and then an aside, ending at the comma toks[comma] before the verb: "A
// former Halvern engineer who worked on the Tessera’s fuel system, and who spoke on
// condition of anonymity …, said". The first clause says who is meant and is part of the
// role.
func unnamedWithClauses(toks []token, comma int) (Speaker, bool) {
	if comma < 4 || toks[comma].text != "," {
		return Speaker{}, false
	}
	start, ok := sentenceStart(toks, comma)
	if !ok || !isIndefinite(toks[start]) && !isQuantifier(toks[start]) {
		return Speaker{}, false
	}
	who := start + 1
	for who < comma && who-start <= maxRoleWords && toks[who].kind == wordToken && !toks[who].is("who") {
		who++
	}
	if who >= comma || !toks[who].is("who") || who-start < 2 || !looksLikePersonRole(toks[start+1:who]) {
		return Speaker{}, false
	}
	end := restrictiveClauseEnd(toks, who)
	if end == who || end+1 >= comma || !toks[end+1].is("and") && !toks[end+1].is("who") {
		return Speaker{}, false
	}
	return Speaker{Role: joinTokens(toks[start+1 : end]), Anonymous: true}, true
}

// possessedBody reads a name in the possessive followed by another, starting at toks[i]:
// "the Department of Labor’s Office of Foreign Labor Certification" is the office, a body
// of its own; "the Federal Highway Administration’s National Bridge Inventory" is the
// administration's, the inventory being no body.
func (a *attributor) possessedBody(toks []token, i int) (Speaker, bool) {
	p := i
	for p < len(toks) && p-i < maxNameWords && (toks[p].capitalized() || p > i && orgConnectors[toks[p].lower()]) && !toks[p].possessive() {
		p++
	}
	if p == i || p+1 >= len(toks) || !toks[p].capitalized() || !toks[p].possessive() || !toks[p+1].capitalized() {
		return Speaker{}, false
	}
	end := nameRunEnd(toks, p+1)
	if toks[end-1].possessive() || end == p+2 && organisationNameEnd(toks, end) == end {
		return Speaker{}, false // "the Hadley County Auditor’s Office": one name
	}
	owner := append(append([]token(nil), toks[i:p]...), toks[p].withoutPossessive())
	if organisationNouns[toks[end-1].lower()] {
		end = organisationNameEnd(toks, end)
		full, ok := a.resolve(toks[p+1 : end])
		return Speaker{Name: full}, ok
	}
	if !organisationNouns[owner[len(owner)-1].lower()] {
		return Speaker{}, false // "Acme’s Chief Executive Ann Lee": a person of the body
	}
	full, ok := a.resolve(owner)
	return Speaker{Name: full}, ok
}

// givenNameOpening reads the first name a source who opens the sentence gave, ending at
// the comma toks[comma] before the verb: "One of those students, a 16-year-old sophomore
// who asked to be identified only by his first name, Caleb, because he is a minor, said".
func (a *attributor) givenNameOpening(toks []token, comma int) string {
	if comma < 3 || toks[comma].text != "," {
		return ""
	}
	start, ok := sentenceStart(toks, comma)
	if !ok {
		return ""
	}
	// "In the industrial town of Brescovo, …, a nurse at the regional hospital who gave
	// only her first name, Vesna, for fear of …, said": the who-clause may follow an
	// opening phrase.
	for w := max(start, comma-2*maxRoleWords); w < comma; w++ {
		if !toks[w].is("who") {
			continue
		}
		name := givenName(toks, w)
		if len(name) == 0 {
			return ""
		}
		full := joinTokens(name)
		a.addPerson(full)
		return full
	}
	return ""
}

// asideAfterAnd returns the index of the "and" or "but" that an aside set off by commas
// follows, when the aside ends at the comma toks[comma] before a verb: "and, in a readout
// published afterwards, called"; 0 for none.
func asideAfterAnd(toks []token, comma int) int {
	if comma < 3 || toks[comma].text != "," {
		return 0
	}
	for k := comma - 1; k >= 2 && comma-k <= maxRoleWords; k-- {
		if toks[k].kind != wordToken {
			if toks[k].text == "," && (toks[k-1].is("and") || toks[k-1].is("but")) {
				return k - 1
			}
			return 0
		}
	}
	return 0
}

// speechBefore reports a speech verb earlier in the sentence than toks[j]: "Two diplomats
// said that Brennland had urged Lisvar not to …, arguing that …" reports the arguing.
func speechBefore(toks []token, j int) bool {
	for k := j - 1; k >= 0 && j-k <= maxPairSentence && !toks[k].endsSentence(); k-- {
		// "Okafor declined to say whether …, calling any answer “premature”": an
		// infinitive says nothing.
		if toks[k].kind == wordToken && speechVerbs[toks[k].lower()] && !(k > 0 && toks[k-1].is("to")) {
			return true
		}
	}
	return false
}

// quotesInPassing reports "X calls it “…”" at toks[j]: X is listed but not quoted in
// person. "X called for tighter limits" is a demand made in person.
func quotesInPassing(toks []token, j int) bool {
	return quotingVerbs[toks[j].lower()] && !(j+1 < len(toks) && toks[j+1].is("for"))
}

// comparedAt reports a speech verb in a comparison, at toks[j]: "the intelligence is far
// thinner than she suggested". It names what someone said, in passing; the paragraph is
// about who says otherwise.
func comparedAt(toks []token, j int) bool {
	return j >= 2 && toks[j-2].is("than") && toks[j-1].kind == wordToken
}

// rebuttalVerbs deny or dispute what someone else said.
var rebuttalVerbs = wordSet(`disputes disputed denies denied rejects rejected`)

// rebuttalAt reports a denial with nothing said but the denial, at toks[j]: "FEMA disputes
// that account." It makes its subject a speaker in passing, so that a spokesperson who then
// says why is the paragraph's main speaker. "denied that it had …" says something.
func rebuttalAt(toks []token, j int) bool {
	if !rebuttalVerbs[toks[j].lower()] || j+3 >= len(toks) {
		return false
	}
	object, noun, end := toks[j+1], toks[j+2], toks[j+3]
	return (object.is("that") || object.is("the") || object.is("this") || object.is("those") || object.is("these")) &&
		noun.kind == wordToken && !noun.capitalized() && !finiteVerbs[noun.lower()] && end.endsSentence()
}

// refusalReasonAt reports "citing" at toks[j] after a refusal to speak in its sentence:
// "Corrander declined to comment further, citing the criminal investigation". The reason
// for saying nothing is said in passing, so that the client the lawyer speaks for before
// stays the paragraph's main speaker.
func refusalReasonAt(toks []token, j int) bool {
	if !toks[j].is("citing") {
		return false
	}
	for k := j - 1; k >= 0 && !toks[k].endsSentence(); k-- {
		if refusalVerbs[toks[k].lower()] {
			return true
		}
	}
	return false
}

// refusalVerbs refuse to speak: "declined to comment", "refused to say".
var refusalVerbs = wordSet(`declined declines refused refuses`)

// quotationWithin reports a quotation among the n tokens from toks[i], in the same clause.
func quotationWithin(toks []token, i, n int) bool {
	words := 0
	for k := i; k < len(toks) && words < n; k++ {
		t := toks[k]
		switch {
		case t.kind == quoteToken:
			return true
		case t.kind == punctToken && t.text != ",":
			return false
		case t.text == "," && k+1 < len(toks) && appositiveOpeners[toks[k+1].lower()] && !toks[k+1].is("who"):
			// "He called her Delmont Street Houses, a 312-unit complex completed in 1979,
			// “earnest but airless”": a description set off by commas does not count.
			end := nextComma(toks, k+1, min(len(toks), k+1+maxRoleWords))
			if end >= len(toks) || toks[end].text != "," {
				return false
			}
			k = end
		case t.kind == wordToken && !t.is("quote"):
			words++ // "called this neighborhood, quote, “…”": a broadcast's spoken quotation mark
		}
	}
	return false
}

// lastInPerson returns the last speaker found who was not attributed in passing.
func lastInPerson(found []attribution) (Speaker, bool) {
	for i := len(found) - 1; i >= 0; i-- {
		if !found[i].inPassing {
			return found[i].speaker, true
		}
	}
	return Speaker{}, false
}

// onlyQuotation reports a paragraph that is a quotation and nothing else but punctuation.
func onlyQuotation(toks []token) bool {
	if len(toks) == 0 || toks[0].kind != quoteToken {
		return false
	}
	for _, t := range toks {
		if t.kind == wordToken {
			return false
		}
	}
	return true
}

// coSpeakerBefore finds the first of two people or bodies who speak together: "Ann Lee and
// Bob Ray said", "The Cyber Defense Agency and the Environmental Protection Agency said"
// (the second is found as any speaker is).
func (a *attributor) coSpeakerBefore(toks []token, v int) (Speaker, bool) {
	if toks[v].kind != wordToken || !speechVerbs[toks[v].lower()] {
		return Speaker{}, false
	}
	if v > 0 && toks[v-1].is("they") {
		if first, _, ok := pairSubject(toks, v-1); ok {
			full, ok := a.resolve(first)
			return Speaker{Name: full}, ok
		}
		return Speaker{}, false
	}
	j := v - 1
	if j >= 0 && toks[j].kind == wordToken && isAdverb(toks[j].lower()) {
		j--
	}
	if j >= 0 && toks[j].kind == wordToken && perfectAuxiliaries[toks[j].lower()] {
		j-- // "Sen. Ann Lee and Sen. Bob Ray have said"
	}
	// "The two holdouts, Sen. Ann Lee and Sen. Bob Ray, have said": the pair set off by
	// commas after what they are.
	listed := j >= 3 && toks[j].text == "," && toks[j-1].capitalized() && !toks[j-1].possessive()
	if listed {
		j--
	}
	if j < 2 || !toks[j].capitalized() {
		return Speaker{}, false
	}
	and := nameRunStart(toks, j) - 1
	if and > 0 && toks[and].is("the") {
		and-- // "The … Agency and the Environmental Protection Agency said"
	}
	if and < 1 || !toks[and].is("and") || !toks[and-1].capitalized() || toks[and-1].possessive() {
		return Speaker{}, false
	}
	first := nameRunStart(toks, and-1)
	if _, ok := a.byName[foldKey(joinTokens(trimLeadingNonNames(toks[first:j+1])))]; ok {
		return Speaker{}, false // "the Kheshar Customs and Excise Authority said": one name
	}
	if start, ok := a.knownNameStart(toks, and+1, j+1); ok && start < and {
		return Speaker{}, false // "the Ministry of Defense and National Security said"
	}
	if listed && (first < 1 || toks[first-1].text != ",") {
		return Speaker{}, false
	}
	return a.namedWithTitle(toks, first, and)
}

// colonQuoteAt reports who speaks a quotation introduced by a colon in a sentence with no
// speech verb: "Lee was blunt: “We are broke.”" The speaker is the person the sentence
// starts with.
func (a *attributor) colonQuoteAt(toks []token, j int) (Speaker, bool) {
	if toks[j].kind != quoteToken || j < 2 || toks[j-1].text != ":" {
		return Speaker{}, false
	}
	start := j - 1
	for start > 0 && j-start < 60 && !toks[start-1].endsSentence() && toks[start-1].kind != quoteToken {
		start--
	}
	for k := start; k < j; k++ {
		if speechVerbs[toks[k].lower()] || toks[k].is("according") {
			return Speaker{}, false // attributed already, by the verb
		}
	}
	if toks[start].text == "I" && a.authorSpeaksAt(toks, start) {
		return Speaker{Name: a.author}, true // "I made it myself, in a 2021 memo that has since been released: “…”"
	}
	// The first known name in the clause: "Ann Lee was blunt:", "Her longtime deputy,
	// Ruben Szalai, puts it more bluntly:".
	for k := start; k < j; k++ {
		if !toks[k].capitalized() || (k > start && toks[k-1].capitalized()) {
			continue
		}
		end := nameRunEnd(toks, k)
		if toks[end-1].possessive() || k > start && placePrepositions[toks[k-1].lower()] {
			continue // "a freezer in Caldermoor, labelled in marker pen: “Ditch 4”": a place
		}
		_, name := splitTitle(toks[k:end])
		if full, ok := a.known(name); ok {
			return Speaker{Name: full}, true
		}
	}
	return Speaker{}, false
}

// maxClosingAttribution bounds the words of an attribution that closes a sentence after
// a comma: ", one of the people familiar with the talks said".
const maxClosingAttribution = 10

// closedByAttribution reports a speech verb at toks[j] in a sentence that ends with
// someone else's attribution set off by a comma, "X had warned that …, one of the people
// said.": X's words are told by the one who closes the sentence, its main speaker. The
// sentence must hold no quotation, and the closing words end with "said" or "says", or
// with one of them and a day.
func closedByAttribution(toks []token, j int) bool {
	end := j + 1
	for end < len(toks) && !toks[end].endsSentence() {
		if toks[end].kind == quoteToken {
			return false // a quotation may end a sentence the tokens run on past
		}
		end++
	}
	if end >= len(toks) {
		return false
	}
	last := end - 1
	if last > j && calendarWords[toks[last].lower()] {
		last-- // "…, the official said Tuesday."
	}
	if last <= j+1 || !(toks[last].is("said") || toks[last].is("says")) {
		return false
	}
	for k := last - 1; k > j && last-k <= maxClosingAttribution; k-- {
		switch {
		case toks[k].text == ",":
			return k > j+1
		case toks[k].kind != wordToken:
			return false
		}
	}
	return false
}
