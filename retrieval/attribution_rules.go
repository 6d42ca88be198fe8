package retrieval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// attributor holds what is known of a document's people while its paragraphs are read.
type attributor struct {
	paras  []Paragraph
	toks   [][]token
	quotes [][][2]int
	open   []bool // the paragraph ends inside a quotation

	names   []string          // full names, in order of first mention
	firstIn map[string]int    // full name → the paragraph it was first seen in
	para    int               // the paragraph being read
	byName  map[string]string // folded full name → full name
	surname map[string]string // folded last name → full name
	// acronyms maps the initials of organisations' names ("GAO") to the one full name they
	// abbreviate, "" when two share them: "The GAO also found", after the Government
	// Accountability Office, with no "(GAO)" to say so.
	acronyms map[string]string
	opening  map[string][]string // folded first word → the full names it begins
	// byEndWord maps a folded first or last word to the full names of two or more words
	// it begins or ends, so that [attributor.namesake] finds the people who share one.
	byEndWord map[string][]string
	// byPossessive maps the folded words of an organisation's name up to a possessive in it
	// ("st. brigid’s") to the one full name they begin, "" for two.
	byPossessive map[string]string
	roles        map[string][]string
	titles       describedIndex // every word of each person's roles: "the spokeswoman said"
	kinds        describedIndex // what each is: a name's last word and each role's head noun
	// nameOnly holds organisations known only by a name that says what they are ("the
	// Port Calder Transit Authority"), until they speak or are described.
	nameOnly map[string]bool

	lastUnnamed Speaker // the unnamed source quoted last, while nobody named has spoken since
	// unnamedByHead is the unnamed source quoted last of each kind, by its role's head
	// noun: "the official said" paragraphs after "a senior official at the … ministry
	// said", when no official has been named since.
	unnamedByHead map[string]Speaker
	// lastDocument is the owner of the document cited last: "the report found" speaks
	// for it.
	lastDocument Speaker
	// lastDocumentNoun is the stem of what that document is: "the study found" speaks for
	// the owner of the study cited last, not of the guidelines cited after it.
	lastDocumentNoun string
	// lastDocumentPara is the paragraph where it was cited.
	lastDocumentPara int
	// documentSentence is where the last sentence that opened with a document began
	// (paragraph, token), which "It found" in the sentence after it refers to: "The ICTI
	// report offered some support for that view. It found that …".
	documentSentence [2]int
	// citedByNoun is the owner of the document of each kind cited last, by its stem, so
	// that "The audit found" still finds the comptroller's audit after a statement.
	citedByNoun map[string]Speaker
	// authorOf is the person a role makes the author of a document, by the stem of what
	// it is: "the study’s lead author" owns what "the study found".
	authorOf map[string]string
	// writtenBy is who the article says wrote a document, by the stem of what it is, the
	// first time it says so: "The memo, written by Tobias Renwick," and then "the memo
	// said", when no memo was cited as such.
	writtenBy map[string]string
	// pronounOf is "he" or "she" for the people a courtesy title shows ("Mr. Pruitt"),
	// and lastOf the last of them who was a subject, by pronoun: "she noted" after "Ms.
	// Sandoval argued that … Mr. Pruitt knew" is Ms. Sandoval.
	pronounOf map[string]string
	lastOf    map[string]string
	// recentSubjects are the last few people who were a sentence's subject, latest last.
	recentSubjects []string
	// candidates are names seen with nothing to show they are people's, by folded last
	// word, until a courtesy title shows one is ("Mr. Duszynski").
	candidates map[string]string
	// places are names first met as a place ("at Coyle Field"), by folded full name:
	// opening a sentence later ("Coyle Field fails 23 of the 41 standards") does not
	// make one a person.
	places map[string]bool
	// author is the article's author, whose words an interview's questions are.
	author string
	// asides holds, for each paragraph, what short parentheses after names held, by the
	// start of the name's last word (see withoutNameAsides).
	asides []map[int]string
	// lastOrganisation is the organisation that last opened a sentence while people are
	// registered, with where: "Its president, Gerald Haverkamp," in the next sentence is
	// that organisation's president.
	lastOrganisation                         string
	lastOrganisationPara, lastOrganisationAt int
	// openedIn is the first paragraph in which each organisation opened a sentence, as its
	// subject: "the hospital said" means the one the article has made a subject before one
	// only mentioned ("directed to Dunmore Regional Medical Center").
	openedIn map[string]int
	// namedFor caches [attributor.bodyNamedFor] by paragraph and document noun.
	namedFor map[string]Speaker
	// lastOrganisationSpoke is the organisation last attributed words in person, with the
	// paragraph: whose "Inspectors wrote" in the next sentence.
	lastOrganisationSpoke     string
	lastOrganisationSpokePara int
	// groupSubject is an unnamed group a sentence of this paragraph opened with, whom a
	// later "they said" in the paragraph means: "Two Sorvenian officials familiar with the
	// fleet’s operations offered a different version of events. The transponder, they
	// said, had failed".
	groupSubject     Speaker
	groupSubjectPara int
	// transcript is set for an interview or a transcript in labelled turns, where "I" is
	// whoever's turn it is, not the author.
	transcript bool
	// properNouns are the words the article capitalises in mid-sentence, by folded form:
	// names, not words capitalised because a sentence opens with them ("Meanwhile").
	properNouns map[string]bool
}

func newAttributor(paras []Paragraph) *attributor {
	a := &attributor{
		paras:         paras,
		byName:        map[string]string{},
		firstIn:       map[string]int{},
		surname:       map[string]string{},
		acronyms:      map[string]string{},
		opening:       map[string][]string{},
		byEndWord:     map[string][]string{},
		byPossessive:  map[string]string{},
		nameOnly:      map[string]bool{},
		citedByNoun:   map[string]Speaker{},
		unnamedByHead: map[string]Speaker{},
		roles:         map[string][]string{},
		titles:        newDescribedIndex(),
		kinds:         newDescribedIndex(),
		pronounOf:     map[string]string{},
		candidates:    map[string]string{},
		places:        map[string]bool{},
		openedIn:      map[string]int{},
		namedFor:      map[string]Speaker{},
		properNouns:   map[string]bool{},
		authorOf:      map[string]string{},
		writtenBy:     map[string]string{},
		lastOf:        map[string]string{},
	}
	for _, p := range paras {
		q, open := quoteSpans(p.Text)
		a.quotes = append(a.quotes, q)
		a.open = append(a.open, open)
		toks, asides := withoutNameAsides(tokenizeParagraph(p.Text, q))
		a.toks = append(a.toks, toks)
		a.asides = append(a.asides, asides)
		for i := 1; i < len(toks); i++ {
			if toks[i].capitalized() && toks[i-1].kind == wordToken {
				a.properNouns[foldKey(toks[i].withoutPossessive().text)] = true
			}
		}
	}
	return a
}

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
	if j < 1 || !staffNouns[toks[j-1].lower()] || (j >= 2 && !toks[j-2].endsSentence()) {
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
	if after := openingPhraseEnd(toks, start, j); after > 0 && after+1 < j && toks[after].is("the") && toks[after+1].capitalized() {
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

// inSubordinateClause reports an unnamed source, attributed at toks[j], that is the
// subject of a subordinate clause in someone's account: "Ms. Pike said she waited …
// before an officer told her that …". A source that opens its sentence ("A state
// official, who asked not to be named, said") is not.
func inSubordinateClause(toks []token, j int) bool {
	for k := j - 1; k > 0 && j-k <= maxPairSentence && !toks[k].endsSentence(); k-- {
		if isIndefinite(toks[k]) || isQuantifier(toks[k]) {
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

// run registers the people the article introduces, then finds every attribution.
func (a *attributor) run() []paragraphAttribution {
	turns := a.registerTranscript()
	a.transcript = turns != nil
	for i, toks := range a.toks {
		a.para = i
		a.registerPeople(toks)
	}
	a.registerTeams()
	var out []paragraphAttribution
	var lastSubject string
	var carried Speaker        // speaker of a quotation left open at the end of a paragraph
	var spokeInPerson []string // the people who spoke in person, last two, latest last
	for i, toks := range a.toks {
		a.para = i
		r := paragraphAttribution{para: a.paras[i], quotes: a.quotes[i]}
		if carried.Label() != "" && len(toks) > 0 && toks[0].kind == quoteToken {
			r.found = append(r.found, attribution{pos: 0, speaker: carried})
		}
		carried = Speaker{}
		for j := range toks {
			if name, ok := a.subjectAt(toks, j); ok {
				lastSubject = a.subject(name)
			} else if name, ok := a.possessiveTopicAt(toks, j); ok {
				lastSubject = a.subject(name)
			}
			if s, ok := askedUnnamed(toks, j); ok && a.noteUnnamed(s) {
				// "When I asked a senior official at the National Security Council whether
				// …, he told me …": "he" and "the official" next are the one asked.
				lastSubject = ""
			}
			if j >= 2 && toks[j].is("who") && toks[j-1].text == "," {
				// "A senior European official, who spoke on condition of anonymity …, did
				// not dispute that assessment. “…,” the official said": the sentence is
				// about the unnamed source, whom "the official" and "he" mean next.
				if s, ok := unnamedSubject(toks, j-2); ok {
					a.lastUnnamed = s
					if singular(s.Role) {
						lastSubject = ""
					}
				}
			}
			if j == 0 || toks[j-1].endsSentence() {
				if s, ok := openingGroup(toks, j); ok {
					if singular(s.Role) {
						// "A diplomat from Vellmark, one of …, took the opposite view. …,
						// the diplomat said": the one "the diplomat" and "he" mean next.
						if a.noteUnnamed(s) {
							lastSubject = ""
						}
					} else {
						a.groupSubject, a.groupSubjectPara = s, i
					}
				}
				if s, noun, ok := a.documentOpensSentence(toks, j); ok {
					a.cite(s, noun)
					a.documentSentence = [2]int{i, j}
				}
			} else if toks[j].is("the") && j+2 < len(toks) && toks[j+1].possessive() && !toks[j+1].capitalized() {
				// "But the timeline in the company’s own report has drawn criticism.
				// According to the transparency report": mid-sentence too.
				if s, noun, ok := a.bodyNounDocument(toks, j+1); ok {
					a.cite(s, noun)
				}
			}
			if filer, ok := a.filerAt(toks, j); ok {
				// "Ben Oyelaran, a lawyer who filed suit in June, …": what "the complaint
				// alleges" next is his.
				for _, noun := range []string{"suit", "lawsuit", "complaint"} {
					a.cite(Speaker{Name: filer}, noun)
				}
			}
			if noun := documentPutOutAt(toks, j); noun != "" {
				// "The Office of the … Commissioner wrote to Quillon …", "the Missouri Civil
				// Liberties Project … sent the board a letter …", "the … Faculty Senate voted
				// … for a resolution declaring …": what "the letter said" or "The resolution
				// called for" next refers to is the sentence's subject's.
				if name, ok := a.openingName(toks, j); ok {
					a.cite(Speaker{Name: name}, noun)
				}
			}
			if by := ownedDocumentAt(toks, j); by > 0 {
				// "sharpened by a confidential report from the U.N. Panel of Experts on
				// Belmara, which …": cited in passing, it is what "The report found" means next.
				if s, ok := a.ownerAfter(toks, by); ok {
					a.cite(s, stem(toks[j].lower()))
				}
			} else if by := releasedBy(toks, j); by > 0 {
				// "the most recent point-in-time count, released in May by the … Consortium.
				// The one-night tally found": whatever is released by a body is its document.
				if s, ok := a.ownerAfter(toks, by); ok {
					a.cite(s, stem(toks[j].lower()))
				}
			} else if documentNouns[toks[j].lower()] && !toks[j].capitalized() {
				// "the subject of an advisory the Federal Cyber Defense Agency issued in
				// September. The advisory warned"
				if s, ok := a.putOutAfter(toks, j); ok {
					a.cite(s, stem(toks[j].lower()))
				}
			}
			if s, noun, ok := a.whoseDocumentAt(toks, j); ok {
				a.cite(s, noun) // "Its report warned" next
				delete(a.nameOnly, s.Name)
				r.found = append(r.found, attribution{pos: toks[j].start, speaker: s, inPassing: true})
				continue
			}
			s, ok := a.attributionAt(toks, j, lastSubject)
			if ok && s.Anonymous && !toks[j].is("according") && inSubordinateClause(toks, j) {
				// "Ms. Pike said she had waited … before an officer told her that …": the
				// officer's words are part of her account. "…, according to two people
				// familiar with the talks" vouches for the whole sentence, not a clause of it.
				continue
			}
			if !ok {
				s, ok = a.colonQuoteAt(toks, j)
			}
			if !ok {
				// A document's owner speaks through it, not in person: it neither becomes
				// the subject "he said" refers to nor outranks those quoted.
				if s, ok = a.documentSourceAt(toks, j, lastSubject); !ok {
					s, ok = a.documentOpeningAt(toks, j, lastSubject)
				}
				switch {
				case ok:
					a.cite(s, documentNounStem(toks, j))
				case citesDocument(toks, j):
					a.cite(Speaker{}, documentNounStem(toks, j)) // "according to a report obtained by the Ledger"
				default:
					s, ok = a.documentSubjectAt(toks, j)
				}
				if ok {
					delete(a.nameOnly, s.Name)
					r.found = append(r.found, attribution{pos: toks[j].start, speaker: s, inPassing: true})
				}
				continue
			}
			owner := s // whose a statement named here is
			if co, ok := a.coSpeakerBefore(toks, j); ok {
				r.found = append(r.found, attribution{pos: toks[j].start, speaker: co})
				owner = co // "FreshWay and Corlan said in a joint statement": the first named
			}
			// A question put to someone who then answers ("Whitcombe asked what she meant.
			// “…,” she said.") makes its asker a speaker, and the one who answers the main one.
			asked, isQuestion := "", false
			if !s.Anonymous {
				asked, isQuestion = a.askedAt(toks, j, s.Name, spokeInPerson)
			}
			r.found = append(r.found, attribution{pos: toks[j].start, speaker: s, inPassing: isQuestion || quotesInPassing(toks, j) || rebuttalAt(toks, j) || comparedAt(toks, j) || refusalReasonAt(toks, j)})
			if noun := statementAfter(toks, j); noun != "" {
				a.cite(owner, noun) // "… said in a statement. The statement also warned"
			} else if noun := documentOpening(toks, j); noun != "" {
				a.cite(owner, noun) // "A report by the …, a research group, found …. The report attributed"
			}
			if s.Anonymous {
				if a.noteUnnamed(s) {
					lastSubject = "" // "he said" now refers to the unnamed source
				}
			} else {
				lastSubject = a.subject(s.Name)
				a.lastUnnamed = Speaker{}
				delete(a.nameOnly, s.Name)
				if a.kinds.has(s.Name, "organisation") {
					a.lastOrganisationSpoke, a.lastOrganisationSpokePara = s.Name, i
				}
				if n := len(spokeInPerson); n == 0 || spokeInPerson[n-1] != s.Name {
					spokeInPerson = append(spokeInPerson[max(n-1, 0):], s.Name)
				}
				if isQuestion {
					lastSubject = a.subject(asked) // "she said" next is the one asked
				}
			}
		}
		// A paragraph that is only a quotation, with no attribution, goes on quoting the
		// last person the paragraph before it attributed words to in person.
		if len(r.found) == 0 && onlyQuotation(toks) && i > 0 {
			if s, ok := lastInPerson(out[i-1].found); ok {
				r.found = append(r.found, attribution{pos: 0, speaker: s})
			}
		}
		if a.open[i] && len(r.found) > 0 {
			carried = r.found[len(r.found)-1].speaker
		}
		out = append(out, r)
	}
	a.attributeInterview(out)
	a.attributeTranscript(out, turns)
	return out
}

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
const maxPairSentence = 40

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
		if toks[k].kind == wordToken && speechVerbs[toks[k].lower()] {
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

// registerPeople records the full names introduced in a paragraph: names used as
// speakers, names with a title before them, and names followed by a description.
func (a *attributor) registerPeople(toks []token) {
	for i := 0; i < len(toks); i++ {
		if !toks[i].capitalized() || (i > 0 && toks[i-1].capitalized()) {
			continue
		}
		if last, ok := a.titledList(toks, i); ok {
			i = last - 1
			continue
		}
		end := a.organisationRunEnd(toks, i, nameRunEnd(toks, i))
		if toks[end-1].possessive() && end < len(toks) && ministryNouns[toks[end].lower()] && len(trimLeadingNonNames(toks[i:end-1])) <= 2 {
			// "Farland’s Ministry of Defense", "South Korea’s Ministry of Trade": the country’s,
			// named from "Ministry" on.
			i = end
			end = a.organisationRunEnd(toks, i, nameRunEnd(toks, i))
		}
		possessiveEnd := 0
		if toks[end-1].possessive() {
			e, ok := possessiveOrganisationEnd(toks, end)
			if !ok {
				if !a.titledPossessive(toks[i:end]) {
					a.possessiveOrganisation(toks[i:end])
					a.possessiveCandidate(toks[i:end])
				}
				continue
			}
			possessiveEnd, end = end, e
		}
		if end-i > 2 && calendarWords[toks[i].lower()] && i > 0 && datePrepositions[toks[i-1].lower()] {
			i++ // "announced in March Ansel Korvath …" names Ansel Korvath
		}
		namedAs := organisationNamedAs(toks, i)
		if namedAs != "" {
			end = organisationNameEnd(toks, end) // "calling itself Parents for Safe Contact"
		}
		role, name := splitTitle(toks[i:end])
		name = trimLeadingNonNames(name)
		// "The Alliance of American Medicine Makers": one word that says what the
		// organisation is, and the rest of its name after "of".
		orgHead := len(name) == 1 && (organisationNouns[name[0].lower()] || namedCentre[name[0].lower()] || headFirstBodies[name[0].lower()]) && end+1 < len(toks) &&
			(toks[end].is("of") || toks[end].is("for") || toks[end].is("on")) &&
			(toks[end+1].capitalized() || end+2 < len(toks) && (toks[end+1].is("the") || toks[end].is("for") && isIndefinite(toks[end+1])) && toks[end+2].capitalized() ||
				toks[end].is("of") && isNumber(toks[end+1].text)) // "the Group of 31"
		if len(name) == 1 && !orgHead {
			key := foldKey(strings.TrimSuffix(name[0].text, "."))
			full, ok := a.surname[key]
			if !ok && courtesyTitled(role) {
				// "Mr. Li" after "Li Xiaoming": a name written family name first.
				if fulls := a.opening[key]; len(fulls) == 1 && !a.kinds.has(fulls[0], "organisation") {
					full, ok = fulls[0], true
					a.surname[key] = full
				}
			}
			if candidate := a.candidates[key]; !ok && candidate != "" && (courtesyTitled(role) || quotedBy(toks, i, end) || followedByAge(toks, end) || saysAfter(toks, end)) {
				// "… was Walter Duszynski. “…,” said Mr. Duszynski, 61", "… and Delphine
				// Achterberg is on the dock. “…,” Achterberg says": the title or the quote
				// shows the name mentioned in passing was a person's. ("Iran added to its
				// support" does not make "Shiite Iran" one.)
				a.addPerson(candidate)
				full, ok = candidate, true
			}
			if ok {
				// "Ms. Zhang, the Shanghai analyst": of two people named Zhang, the one the
				// description fits.
				full = a.namesake(name[0], toks[i:end], postRoles(toks, end), full)
				a.notePronoun(full, role) // "Mr. Pruitt"
				a.surnameAppositive(full, toks, end)
			} else {
				a.singleWordOrganisation(name[0], toks, end)
				a.organisationAfterItsKind(name[0], toks, i)
			}
			continue
		}
		if len(name) < 2 && !orgHead {
			continue
		}
		// "the Port Calder Transit Authority": a name that says it is an organisation
		// may speak later ("the Authority said") though nothing describes it yet, and
		// may go on past its head noun ("the National Authority for Glaciers and Mountain
		// Ecosystems").
		head := name[len(name)-1].lower()
		// "the Geneva Centre for Ceasefire Monitoring": a centre named for what it does.
		centreFor := namedCentre[head] && end+1 < len(toks) && (toks[end].is("for") || toks[end].is("of")) && toks[end+1].capitalized()
		organisation := organisationNouns[head] || orgHead || centreFor || companyNameEndings[head] || bodyOfName(name) || name[0].text == "Friends" ||
			kindOfNameEnding(joinTokens(name)) != ""
		if namedAs != "" && !organisation {
			organisation, head = true, namedAs
		}
		described := ""
		if !organisation && i > 0 && toks[i-1].text == "," {
			// "The union that represents the drivers, Transit Workers Guild Local 1187,
			// welcomed the ruling": described first, named after.
			if noun, role, ok := organisationDescribedBefore(toks, i-1); ok {
				organisation, head, described = true, noun, role
				if end+1 < len(toks) && isNumber(toks[end].text) && toks[end+1].text == "," {
					end++ // "Local 1187"
					name = toks[end-len(name)-1 : end]
				}
			}
		}
		if !organisation {
			// "the Missouri Civil Liberties Project, a nonprofit legal advocacy group based
			// in St. Louis,": described after as an organisation, whatever its name says.
			// "Brenhold Mining, Karsland’s largest potash producer and …,", "Corvane
			// Logistics Partners, the Bellmont-based developer,".
			if end+1 < len(toks) && toks[end].text == "," && (isIndefinite(toks[end+1]) || toks[end+1].is("the") || toks[end+1].capitalized() && toks[end+1].possessive()) {
				for _, r := range postRoles(toks, end) {
					for _, part := range strings.Split(r, " and ") {
						if h := roleHead(part); !organisation && (organisationNouns[h] || businessHeads[h]) {
							organisation, head = true, h
						}
					}
				}
			}
		}
		if localNumberAfter(toks, end) {
			// "Amalgamated Transit Workers Local 412": the union's number ends its name.
			end++
			name = toks[end-len(name)-1 : end]
			organisation = true
		}
		if organisation {
			start := end - len(name)
			end = organisationNameEnd(toks, end)
			name = toks[start:end]
		}
		if !organisation && placeNameEndings[head] {
			continue // "Delmont Street Houses", "the Canal Row Apartments": places
		}
		if !organisation && i > 1 && toks[i-1].is("of") && toks[i-2].capitalized() {
			continue // "the University of Wisconsin School of Medicine": part of a longer name
		}
		inPlace := i > 1 && placeModifiers[toks[i-1].lower()] && placePrepositions[toks[i-2].lower()] // "in western New Jersey"
		if !organisation && i > 0 && (toks[i-1].is("the") || placePrepositions[toks[i-1].lower()] || inPlace) {
			if _, ok := a.byName[foldKey(joinTokens(name))]; !ok {
				a.places[foldKey(joinTokens(name))] = true
			}
			continue // "in Port Ellison, the start of …" describes a place
		}
		pre := a.preRole(toks, i)
		if pre != "" && i > 0 && toks[i-1].text == "," && ownedByIts(toks, i-1) && a.organisationJustBefore(toks, i) {
			pre = a.lastOrganisation + " " + pre // "Its president, Gerald Haverkamp,"
		}
		if len(role) > 0 {
			pre = joinTokens(role)
		}
		if described != "" {
			pre = described
		}
		post := postRoles(toks, end)
		full := joinTokens(name)
		asSubject := startsSentenceAsSubject(toks, i, end, name) && !a.places[foldKey(full)]
		if pre == "" && len(post) == 0 && !nearSpeechVerb(toks, i, end) && !asSubject && !followedByAge(toks, end) {
			if !organisation {
				if len(name) <= 3 {
					a.candidates[foldKey(strings.TrimSuffix(name[len(name)-1].text, "."))] = full
				}
				continue
			}
			if _, ok := a.byName[foldKey(full)]; !ok {
				a.nameOnly[full] = true
			}
		}
		if known, ok := a.known(name); ok {
			full = known // "Quispe Mamani says", after "Rosa Quispe Mamani, a farmer"
		}
		a.addPerson(full)
		if organisation {
			a.addKind(full, head)
			if businessHeads[head] {
				a.addKind(full, "company") // "Lakeside Halvern, a dealership in Dunmore Falls"
			}
			if companyNameEndings[head] {
				a.addKind(full, "company")
				a.addKind(full, "organisation")
			}
			opensSentence := i == 0 || toks[i-1].endsSentence() || toks[i-1].is("the") && (i == 1 || toks[i-2].endsSentence())
			if opensSentence {
				a.lastOrganisation, a.lastOrganisationPara, a.lastOrganisationAt = full, a.para, i
				if _, ok := a.openedIn[full]; !ok {
					a.openedIn[full] = a.para
				}
			}
		}
		if possessiveEnd > 0 {
			a.addPossessiveForm(joinTokens(toks[i:possessiveEnd]), full)
		}
		for _, r := range append([]string{pre}, post...) {
			a.addRole(full, r)
		}
		a.readAside(full, toks[end-1], organisation)
		if doc := documentWrittenBy(toks, i); doc != "" && a.writtenBy[doc] == "" {
			a.writtenBy[doc] = full // "The memo, written by Tobias Renwick, …": "the memo said" is his
		}
		if len(post) > 0 && end+1 < len(toks) && toks[end+1].is("the") && businessHeads[roleHead(post[0])] {
			a.addKind(full, "company") // "Vireo Mobile, the smartphone maker whose devices …"
		}
		i = end - 1
	}
}

// forecasters speak for the body they forecast at, whose forecast it is.
var forecasters = wordSet(`forecasters meteorologists`)

// counselWords are a body's lawyers, who argue for it: "Corvane’s lawyers argued".
var counselWords = wordSet(`lawyers attorneys lawyer attorney counsel`)

// saysAfter reports a verb at toks[end] that only speech has: "Calloway said the sea …".
func saysAfter(toks []token, end int) bool {
	return end < len(toks) && (toks[end].is("said") || toks[end].is("says") || toks[end].is("told") || toks[end].is("tells"))
}

// appositiveCommaBefore returns the comma that ends the name before a description ending
// at toks[end]: "a retired irrigation district manager from Yuma" in "Carla Brisbane, a
// retired irrigation district manager from Yuma,", "a former long-haul trucker" in
// "Raymond Lusk, 61, a former long-haul trucker who"; 0 for none.
func appositiveCommaBefore(toks []token, end int) int {
	for c := end - 1; c > 1 && end-c <= maxRoleWords; c-- {
		if toks[c].kind != wordToken {
			if toks[c].text != "," || !isIndefinite(toks[c+1]) {
				return 0
			}
			if c >= 3 && isNumber(toks[c-1].text) && toks[c-2].text == "," {
				c -= 2 // "Raymond Lusk, 61, a former long-haul trucker"
			}
			if toks[c-1].capitalized() && !toks[c-1].possessive() {
				return c
			}
			return 0
		}
	}
	return 0
}

// personBeforeDescription finds the known person whose description ends at toks[end]
// (see [appositiveCommaBefore]).
func (a *attributor) personBeforeDescription(toks []token, end int) (Speaker, bool) {
	if full, ok := a.nameBeforeDescription(toks, end); ok && !a.kinds.has(full, "organisation") {
		return Speaker{Name: full}, true
	}
	return Speaker{}, false
}

// nameBeforeDescription finds the known name, a person's or a body's, whose description
// ends at toks[end] (see [appositiveCommaBefore]).
func (a *attributor) nameBeforeDescription(toks []token, end int) (string, bool) {
	c := appositiveCommaBefore(toks, end)
	if c == 0 {
		return "", false
	}
	_, name := splitTitle(toks[nameRunStart(toks, c-1):c])
	return a.known(name)
}

// trailingSubordinators open a clause that may close a sentence about someone else.
var trailingSubordinators = wordSet(`before after until while because since although though`)

// barePluralObject reports a plural noun with no determiner at toks[i] that ends its
// clause, the object of a verb: "drivers" in "as Ridgeline adds drivers.", not "he added
// officials had known".
func barePluralObject(toks []token, i int) bool {
	t := toks[i]
	w := t.lower()
	if t.kind != wordToken || t.capitalized() || len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || isStopword(w) {
		return false
	}
	return i+1 == len(toks) || toks[i+1].kind != wordToken || toks[i+1].is("and") || placePrepositions[toks[i+1].lower()]
}

// jurisdictionWords may stand in lower case before a title: "state Sen. Roland Guidry",
// "county Commissioner Ann Lee".
var jurisdictionWords = wordSet(`state county city federal`)

// documentPutOutAt returns the stem of the document that the verb at toks[j] says its
// sentence's subject wrote, sent or voted for ("wrote to Quillon" is a letter, "sent the
// board a letter", "voted … for a resolution"), "" for none.
func documentPutOutAt(toks []token, j int) string {
	if toks[j].kind != wordToken || toks[j].capitalized() {
		return ""
	}
	switch w := toks[j].lower(); {
	case w == "wrote" && j+1 < len(toks) && toks[j+1].is("to"):
		return "letter"
	case w == "sent" || w == "sends" || w == "filed" || w == "files":
		// "The National Competition Commission filed its complaint in the Commercial
		// Court …. The complaint argues"
		if doc := documentNounAfter(toks, j+1); doc > 0 {
			return stem(toks[doc].lower())
		}
	case votingVerbs[w]:
		if doc := adoptedDocument(toks, j); doc > 0 {
			return stem(toks[doc].lower())
		}
	}
	return ""
}

// votingVerbs say a body adopted a text: "the Faculty Senate voted for a resolution".
var votingVerbs = wordSet(`voted adopted passed approved`)

// adoptedDocument returns the index of the resolution or motion a vote at toks[j] adopts,
// within its sentence ("voted 41 to 9, with four abstentions, for a resolution"), or 0.
func adoptedDocument(toks []token, j int) int {
	for k := j + 1; k+1 < len(toks) && k-j <= maxAdoptedWords && !toks[k].endsSentence(); k++ {
		if isIndefinite(toks[k]) && adoptedNouns[toks[k+1].lower()] {
			return k + 1
		}
	}
	return 0
}

// adoptedNouns are the texts a body votes for, and then speaks through.
var adoptedNouns = wordSet(`resolution motion statement`)

// maxAdoptedWords bounds the words between a vote and what it adopts.
const maxAdoptedWords = 12

// knownWithTitle reports a name registered as someone's or something's, a title before it
// or not: "Sen. Ann Lee", "Acme".
func (a *attributor) knownWithTitle(run []token) bool {
	_, name := splitTitle(run)
	_, ok := a.known(trimLeadingNonNames(name))
	return ok
}

// headFirstBodies name a public body when they open a name before "of": "the Port of
// Kessling Harbor said", "the City of Riverton said". Alone they are places ("Port
// Halloran", "Carver City"), so they are no organisation nouns.
var headFirstBodies = wordSet(`port city county town village`)

// surnameAppositive records the description that follows a later, last-name-only mention
// of someone already introduced: "Jones, a former senior official in U.S. Special
// Operations Command, co-wrote …". Articles often give a person's background there rather
// than at the first mention.
func (a *attributor) surnameAppositive(full string, toks []token, end int) {
	if end >= len(toks) || toks[end].text != "," {
		return // only a description set off by commas; "Jones of CSIS" is a first mention's form
	}
	for _, r := range postRoles(toks, end) {
		a.addRole(full, r)
	}
}

// titledPossessive registers a person whom the article first names, with a title, in
// the possessive: "President Warren Hollister’s economic team" introduces Warren
// Hollister, whom "Hollister hinted …. “…,” he told a crowd" quotes later. It reports
// whether run was such a name.
func (a *attributor) titledPossessive(run []token) bool {
	role, name := splitTitle(run)
	name = trimLeadingNonNames(name)
	if len(role) == 0 || len(name) < 2 || len(name) > 3 || organisationEnding(name[len(name)-1].withoutPossessive()) {
		return false
	}
	words := make([]string, len(name))
	for i, t := range name {
		words[i] = t.withoutPossessive().text
	}
	full := strings.Join(words, " ")
	if known, ok := a.byName[foldKey(full)]; ok {
		full = known
	} else {
		a.addPerson(full)
	}
	a.addRole(full, joinTokens(role))
	return true
}

// possessiveCandidate notes a name met first in the possessive, "the generator failed
// halfway through Mira Talvoska’s speech", as one that a later mention may show to be a
// person's ("Talvoska, 47, a former …"), as a name met in passing is.
func (a *attributor) possessiveCandidate(run []token) {
	name := trimLeadingNonNames(run)
	if len(name) < 2 || len(name) > 3 || organisationEnding(name[len(name)-1]) {
		return
	}
	last := name[len(name)-1].withoutPossessive()
	words := make([]string, len(name))
	for i, t := range name[:len(name)-1] {
		words[i] = t.text
	}
	words[len(words)-1] = last.text
	full := strings.Join(words, " ")
	key := foldKey(strings.TrimSuffix(last.text, "."))
	if _, known := a.byName[foldKey(full)]; known || a.candidates[key] != "" || a.places[foldKey(full)] {
		return
	}
	a.candidates[key] = full
}

// kindByNameEnding is what the last two words of an organisation's name make it, when its
// last word alone does not say: a medical center is a hospital, an ocean line a company
// (not "Parents for Open Lines").
var kindByNameEnding = map[string]string{"medical center": "hospital", "medical centre": "hospital",
	"health system": "hospital", "ocean lines": "company", "container lines": "company", "cruise lines": "company",
	"shipping lines": "company"}

// kindOfNameEnding returns the kind [kindByNameEnding] gives a name, "" for none.
func kindOfNameEnding(name string) string {
	parts := strings.Fields(strings.ToLower(name))
	if len(parts) < 2 {
		return ""
	}
	return kindByNameEnding[parts[len(parts)-2]+" "+parts[len(parts)-1]]
}

func (a *attributor) addPerson(full string) {
	key := foldKey(full)
	if _, ok := a.byName[key]; ok {
		return
	}
	a.byName[key] = full
	a.firstIn[full] = a.para
	a.names = append(a.names, full)
	parts := strings.Fields(full)
	if len(parts) > 1 {
		a.addKind(full, strings.ToLower(parts[len(parts)-1]))
		if kind := kindOfNameEnding(full); kind != "" {
			a.addKind(full, kind) // "St. Brigid Regional Medical Center", then "the hospital"
		}
		if slices.Contains(parts, "&") {
			a.addKind(full, "firm") // "Kessler & Branch", then "the firm warned"
		}
		if head := strings.ToLower(parts[0]); len(parts) > 2 && organisationNouns[head] && orgConnectors[parts[1]] {
			// "the Missouri Council of Library Professionals", then "the council found";
			// "the Port of Kessling Harbor", then "the port said".
			a.addKind(full, head)
		}
		first := foldKey(parts[0])
		a.opening[first] = append(a.opening[first], full)
		a.byEndWord[first] = append(a.byEndWord[first], full)
		if last := foldKey(parts[len(parts)-1]); last != first {
			a.byEndWord[last] = append(a.byEndWord[last], full)
		}
	}
	last := foldKey(strings.TrimSuffix(parts[len(parts)-1], "."))
	ofPlace := len(parts) >= 3 && strings.EqualFold(parts[len(parts)-2], "of")
	if _, ok := a.surname[last]; !ok && !slices.Contains(parts, "to") && !ofPlace {
		// Not "Nations" for "the Permanent Mission of Tarnesia to the United Nations":
		// "the United Nations said" is another body. Not "Korapur" for "the University of
		// Korapur": "in the capital, Korapur" is the place.
		a.surname[last] = full
	}
	if organisationNouns[strings.ToLower(parts[len(parts)-1])] {
		if initials := acronym(full); initials != "" {
			if other, taken := a.acronyms[initials]; taken && other != full {
				a.acronyms[initials] = ""
			} else {
				a.acronyms[initials] = full
			}
		}
	}
}

// maxRolesPerPerson bounds the roles kept for one name. An article gives someone two or
// three; a text that gives thousands would make each new one slower to compare.
const maxRolesPerPerson = 8

func (a *attributor) addRole(name, role string) {
	role = strings.TrimSpace(role)
	// "Its chief executive": the pronoun points at something the role can't carry. "When
	// Teshvanian Foreign Minister Petra Vilanek addressed …": the sentence's first word.
	if first, rest, ok := strings.Cut(role, " "); ok && (possessivePronouns[strings.ToLower(first)] || subordinators[strings.ToLower(first)]) {
		role = rest
	}
	if role == "" || utf8.RuneCountInString(role) > 160 || !isRole(role) {
		return
	}
	delete(a.nameOnly, name)
	for i, r := range a.roles[name] {
		switch {
		case equalFold(r, role) || extends(r, role):
			return
		case extends(role, r):
			a.roles[name][i] = role // the whole description, read at another mention
			return
		}
	}
	if len(a.roles[name]) >= maxRolesPerPerson {
		return
	}
	a.roles[name] = append(a.roles[name], role)
	if doc := authoredDocument(role); doc != "" {
		a.authorOf[doc] = name
	}
	for _, w := range strings.Fields(strings.ToLower(role)) {
		a.titles.add(name, w)
	}
	if !affiliationOnly(role) {
		a.addKind(name, roleHead(role))
	}
}

// affiliationOnly reports a role that is only an organisation's name ("University of
// Castelbrück", "Foundation for Defense of Democracies"): it says where someone works, not
// what they are, so it makes no one an organisation that "she said" could not mean.
func affiliationOnly(role string) bool {
	words := strings.Fields(role)
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && (i == 0 || !orgConnectors[strings.ToLower(w)]) {
			return false
		}
	}
	return len(words) > 1
}

// introduced reports whether the name was first seen at or before the paragraph being
// read: a phrase that refers back cannot mean someone introduced later.
func (a *attributor) introduced(name string) bool { return a.firstIn[name] <= a.para }

// role is the description shown with a person: the first that says more than a title
// ("Center for …" rather than "Sen."), else the first.
func (a *attributor) role(name string) string {
	roles := a.roles[name]
	for _, r := range roles {
		if strings.Contains(r, " ") {
			return r
		}
	}
	if len(roles) > 0 {
		return roles[0]
	}
	return ""
}

// placePrepositions come before a place's name, not a person's.
var placePrepositions = wordSet(`in at near outside inside across into throughout within toward towards`)

var possessivePronouns = wordSet(`its his her their our my your`)

// asideOpeners start a remark set off by commas that says how or when, not who: "Okafor,
// for his part, said".
// isParticipleAside reports a past participle opening an aside set off by commas:
// "released last month", "published in May".
func isParticipleAside(t token) bool {
	w := t.lower()
	return t.kind == wordToken && !t.capitalized() && strings.HasSuffix(w, "ed") && !isTitleWord(t) && !isModifier(t)
}

var asideOpeners = wordSet(`for in on at by after before during when while speaking asked`)

// isRole rejects descriptions that are not roles: an age ("Mark Stone, 45,") or a bare
// courtesy title ("Dr.", "Ms.").
func isRole(role string) bool {
	if isNumber(strings.Trim(role, " ,")) {
		return false
	}
	return !courtesyTitles[strings.ToLower(strings.TrimSuffix(role, "."))]
}

var courtesyTitles = wordSet(`mr mrs ms miss mx dr`)

func (a *attributor) peopleList() []Person {
	out := make([]Person, 0, len(a.names))
	for _, n := range a.names {
		if a.nameOnly[n] {
			continue // never spoke nor was described: no more than a word of the text
		}
		out = append(out, Person{Name: n, Roles: a.roles[n]})
	}
	return out
}

// resolve maps the words of a mention to a full name, as [attributor.known] does, and
// registers a new person when the mention is a full name nobody has used yet.
func (a *attributor) resolve(name []token) (string, bool) {
	if full, ok := a.known(name); ok {
		return full, true
	}
	name = trimLeadingNonNames(name)
	if len(name) >= 2 {
		full := joinTokens(name)
		a.addPerson(full)
		return full, true
	}
	if len(name) == 1 {
		return a.shortForm(name[0])
	}
	return "", false
}

// shortForm finds the one registered name that a single word begins: an organisation
// named in full once and by its first word after ("Northfield Critical Minerals, a
// Denver-based company, …. Northfield said"). Of two names beginning with the word, the
// business's, when the other is a group named after it; else no one's.
func (a *attributor) shortForm(word token) (string, bool) {
	names := a.opening[foldKey(strings.TrimSuffix(word.text, "."))]
	if len(names) == 1 {
		return names[0], true
	}
	// "Northlake said", after "Northlake Airways" and the "Northlake Pilots Association"
	// named after it: the business the union or association takes its name from.
	business := ""
	for _, n := range names {
		if a.isNoBusiness(n) {
			continue
		}
		if business != "" {
			return "", false
		}
		business = n
	}
	return business, business != ""
}

// knownOrShortForm maps a mention to someone already registered, by name or, for a single
// word, as the short form of an organisation's name; unlike resolve it registers nobody.
func (a *attributor) knownOrShortForm(name []token) (string, bool) {
	if full, ok := a.known(name); ok {
		return full, true
	}
	if len(name) == 1 {
		return a.shortForm(name[0])
	}
	return "", false
}

// subjectAt reports a known person mentioned at toks[j] as the subject of a clause, the
// antecedent a later "he" or "she" refers to.
func (a *attributor) subjectAt(toks []token, j int) (string, bool) {
	if !toks[j].capitalized() || (j > 0 && toks[j-1].capitalized()) {
		return "", false
	}
	end := nameRunEnd(toks, j)
	if toks[end-1].possessive() {
		return "", false
	}
	if organisationNouns[toks[end-1].lower()] || namedCentre[toks[end-1].lower()] {
		end = organisationNameEnd(toks, end) // "The Office for Budget Responsibility has been …"
	}
	role, name := splitTitle(toks[j:end])
	if len(name) == 0 {
		return "", false
	}
	full, ok := a.known(name)
	if !ok && len(name) == 1 && (j == 0 || toks[j-1].endsSentence()) && !(end < len(toks) && !toks[end].capitalized() && namesGroupOf(toks[end])) {
		// "Kestrel is scheduled to …" after "Kestrel Silicon NV": the one organisation
		// whose name it begins, opening a sentence; "Vessenian officers handed over …",
		// after "the Vessenian Foreign Ministry", are people of the country, not the ministry.
		full, ok = a.organisationOpenedBy(name[0].text)
	}
	if !ok || a.places[foldKey(full)] {
		return "", false // "in all of its Pennsylvania and New Jersey stores": a place
	}
	if j > 0 && attributiveDeterminers[toks[j-1].lower()] && end < len(toks) && toks[end].kind == wordToken && !toks[end].capitalized() && !verbLike(toks[end]) {
		return "", false // "in the same Le Monde interview": a name that describes a noun
	}
	if j > 0 && toks[j-1].is("the") && !toks[j-1].capitalized() && len(role) == 0 && !a.kinds.has(full, "organisation") {
		return "", false // "the Vessa Link remains the fastest way": a thing, whom no "he" means
	}
	a.notePronoun(full, role)
	before := j - 1
	for before >= 0 && (isTitleWord(toks[before]) || toks[before].capitalized()) {
		before--
	}
	if before > 0 && toks[before].is("the") {
		before-- // "a wake-up call for the Authority"
	}
	if before >= 0 && toks[before].kind == wordToken && nonSubjectWords[toks[before].lower()] && !passiveAgent(toks, before, end) {
		return "", false
	}
	if inReducedRelative(toks, j) {
		return "", false // "By his estimate, the volumes Reindl cited amount to …"
	}
	if before >= 1 && toks[before].text == "," && end < len(toks) && toks[end].text == "," && joinedDescription(toks, before) {
		// "Policing is run by the city and its elected mayor, Gordon Pell, she said": a
		// name set off by commas after the second of two things is no subject. ("Born to
		// a foundry worker and a nurse, Talvoska taught" is.)
		return "", false
	}
	if before > 0 && toks[before].kind == wordToken && trailingSubordinators[toks[before].lower()] && !toks[before-1].endsSentence() && toks[before-1].text != "," {
		// "Loretta Gaines attended the news conference but left before Orvik finished
		// speaking. “…,” she said": a clause at the end of a sentence about someone else.
		// ("When Orvik arrived, she said" opens its sentence, and means Orvik.)
		return "", false
	}
	if before >= 0 && toks[before].kind == wordToken && !toks[before].capitalized() && strings.HasSuffix(toks[before].lower(), "ing") {
		return "", false // "describing Pardee as a relentless optimist": an object
	}
	if before >= 0 && toks[before].kind == wordToken && !toks[before].capitalized() && !subjectOpeners[toks[before].lower()] && a.kinds.has(full, "organisation") {
		return "", false // "Okafor pointed to the old Lighthouse Service logs": a modifier
	}
	return full, true
}

// joinedDescription reports a description ending at the comma toks[comma] that "and"
// joins to something before it, within a few words: "the city and its elected mayor,".
func joinedDescription(toks []token, comma int) bool {
	for k := comma - 1; k >= 0 && comma-k <= 4 && toks[k].kind == wordToken && !toks[k].capitalized(); k-- {
		if toks[k].is("and") {
			return true
		}
	}
	return false
}

// maxRequestedWords bounds whom a request names between "asked" and "to": "asked both
// governments to", "asked the Federal Mediation and Conciliation Service to".
const maxRequestedWords = 6

// argumentFollows reports a speaking participle after a comma later in the sentence of
// toks[k]: "…, arguing that", "…, saying".
func argumentFollows(toks []token, k int) bool {
	for i := k + 1; i+1 < len(toks) && !toks[i-1].endsSentence(); i++ {
		if w := toks[i+1].lower(); toks[i].text == "," && (speakingParticiples[w] || w == "saying") {
			return true
		}
	}
	return false
}

// requestAfter reports "asked" followed at toks[k] by whom it asks and "to" and a verb,
// or "for" and what it wants, with or without whom it asks: a request, which news reports as a deed ("Serin has asked
// both governments to create a corridor", "the library asked Brightshelf, the vendor
// …, for a discount"), not as the asker's words.
func requestAfter(toks []token, k int) bool {
	if k+1 < len(toks) && toks[k].is("for") {
		// "Gravelock initially asked for $6.5 million", "the fire department asked for a
		// revised structural certificate": what it wants, straight after.
		// Not "asked for bail of $1 million, arguing that …": the argument is words.
		next := toks[k+1]
		return (next.kind == wordToken && !next.capitalized() || statesMoney(next.text) || isNumber(next.text)) && !argumentFollows(toks, k)
	}
	words := 0
	for i := k; i+1 < len(toks) && words <= maxRequestedWords; i++ {
		if i > k && toks[i].text == "," {
			// The one asked, described: "Brightshelf, the vendor through which it …,".
			limit := min(len(toks), i+1+maxRoleWords)
			if i = nextComma(toks, i+1, limit); i == limit {
				return false
			}
			continue
		}
		if toks[i].kind != wordToken || questionOpeners[toks[i].lower()] || toks[i].is("not") {
			return false
		}
		if i > k && (toks[i].is("to") || toks[i].is("for")) {
			return toks[i+1].kind == wordToken && !toks[i+1].capitalized()
		}
		words++
	}
	return false
}

// filerAt returns who files a lawsuit when toks[k] is "filed" or "files" and a suit, a
// lawsuit or a complaint follows: the person named before it ("Lee filed a lawsuit"), or
// the one a who-clause describes ("Ben Oyelaran, a lawyer who filed suit in June").
func (a *attributor) filerAt(toks []token, k int) (string, bool) {
	if !(toks[k].is("filed") || toks[k].is("files")) || k+1 >= len(toks) || k == 0 {
		return "", false
	}
	next := k + 1
	if isIndefinite(toks[next]) && next+1 < len(toks) {
		next++
	}
	if !(toks[next].is("suit") || toks[next].is("lawsuit") || toks[next].is("complaint")) {
		return "", false
	}
	end := k // the name ends before end
	if toks[k-1].is("who") {
		end = k - 1
		for end > 0 && toks[end-1].kind == wordToken && k-end < maxRoleWords {
			end-- // "a Harlow Falls employment lawyer who": the description before "who"
		}
		if end == 0 || toks[end-1].text != "," {
			return "", false
		}
		end--
	}
	if end == 0 || !toks[end-1].capitalized() {
		return "", false
	}
	return a.known(toks[nameRunStart(toks, end-1):end])
}

// seasonWords name a time of year, which may end a phrase before a question: "asked a
// senior official this spring whether".
var seasonWords = wordSet(`spring summer fall autumn winter`)

// askedUnnamed returns the unnamed person a question is put to when toks[k] is "asked"
// and an indefinite description and a question follow: "asked a senior official at the
// National Security Council this spring whether …". A time before the question ("this
// spring", "last Tuesday") is not part of the description.
func askedUnnamed(toks []token, k int) (Speaker, bool) {
	if !isAskVerb(toks[k]) || k+2 >= len(toks) || !isIndefinite(toks[k+1]) {
		return Speaker{}, false
	}
	asker := k - 1
	if asker > 0 && perfectAuxiliaries[toks[asker].lower()] {
		asker--
	}
	if asker < 0 || !toks[asker].is("i") && !toks[asker].is("we") {
		// "She said she had asked a neighbor about sharing rides, …. “…,” she said": only
		// the writer's question makes its answer the next "he" or "she".
		return Speaker{}, false
	}
	q := k + 2
	for q < len(toks) && q-k <= maxRoleWords && toks[q].kind == wordToken && !questionOpeners[toks[q].lower()] {
		q++
	}
	if q >= len(toks) || !questionOpeners[toks[q].lower()] {
		return Speaker{}, false
	}
	end := q - 1
	if end-2 > k+1 && (seasonWords[toks[end].lower()] || calendarWords[toks[end].lower()]) && (toks[end-1].is("this") || toks[end-1].is("last") || toks[end-1].is("on")) {
		end -= 2
	}
	description := toks[k+1 : end+1]
	return anonymousBefore(description, len(description)-1)
}

// isAskVerb reports "asked" or "asks", which may put a question ("asked what she meant")
// or make a request ("asked the judge to strike it").
func isAskVerb(t token) bool { return t.is("asked") || t.is("asks") }

// noteUnnamed records an unnamed source as the one "the official" means next, and reports
// whether "he" or "she" does too: a single person, not "two people familiar with the talks".
func (a *attributor) noteUnnamed(s Speaker) bool {
	a.lastUnnamed = s
	a.unnamedByHead[roleHead(s.Role)] = s
	return singular(s.Role)
}

// questionOpeners open the question someone is asked: "asked what she meant", "asked
// Okafor why she waited". "Asked the judge to strike it" is a request, not a question.
var questionOpeners = wordSet(`what why whether how if when where who which about`)

// askedAt returns whom asker puts a question to when toks[k] is "asked": the person named
// after it ("asked Okafor why she waited"), or, when the question speaks of someone as
// "he" or "she" ("asked what she took that to mean"), the last other person who spoke in
// person (spoke, latest last). The answer that follows ("“…,” she said") is theirs. "When
// he asks what hurts, she points" says nothing of whom he asks.
func (a *attributor) askedAt(toks []token, k int, asker string, spoke []string) (string, bool) {
	if k+1 >= len(toks) || !isAskVerb(toks[k]) {
		return "", false
	}
	next := k + 1
	if toks[next].capitalized() {
		end := nameRunEnd(toks, next)
		full, ok := a.known(toks[next:end])
		if !ok || full == asker || end >= len(toks) || !questionOpeners[toks[end].lower()] {
			return "", false
		}
		return full, true
	}
	if !questionOpeners[toks[next].lower()] {
		return "", false
	}
	mentioned := false
	for i := next + 1; i < len(toks) && !toks[i-1].endsSentence() && toks[i].text != ","; i++ {
		mentioned = mentioned || toks[i].is("he") || toks[i].is("she")
	}
	if !mentioned {
		return "", false
	}
	for i := len(spoke) - 1; i >= 0; i-- {
		if spoke[i] != asker {
			return spoke[i], true
		}
	}
	return "", false
}

// attributiveDeterminers come before a name that describes the noun after it: "the same
// Le Monde interview", "a Reuters poll".
var attributiveDeterminers = wordSet(`same a an this that its his her their`)

// passiveAgent reports a name after "by" at toks[by] that ends its sentence as the doer
// of a passive: "a compromise brokered in the final week by Venkataraman. She said …":
// the one "she" refers to next.
func passiveAgent(toks []token, by, end int) bool {
	if !toks[by].is("by") || end >= len(toks) || !toks[end].endsSentence() {
		return false
	}
	for k := by - 1; k >= 0 && by-k <= 5 && toks[k].kind == wordToken; k-- {
		// "testified under questioning by X" is her speech, not his deed.
		if w := toks[k].lower(); strings.HasSuffix(w, "ed") && !speechVerbs[w] {
			return true
		}
	}
	return false
}

// known maps the words of a mention to a registered full name: the mention itself, the
// longest registered name it ends with, or the person whose last name it ends with.
func (a *attributor) known(name []token) (string, bool) {
	name = trimLeadingNonNames(name)
	if len(name) == 0 {
		return "", false
	}
	for i := range name {
		if full, ok := a.byName[foldKey(joinTokens(name[i:]))]; ok {
			return full, true
		}
	}
	full, ok := a.surname[foldKey(strings.TrimSuffix(name[len(name)-1].text, "."))]
	if ok && len(name) == 1 && (!a.introduced(full) || a.kinds.has(full, "organisation")) {
		// "Halvern said", before or after "Lakeside Halvern", a dealership, is named: the
		// Halvern Motor Company, whose name it opens. (A live blog may name a man by his
		// surname before his full name, further down the page.)
		for _, org := range a.opening[foldKey(name[0].withoutPossessive().text)] {
			if a.introduced(org) && a.kinds.has(org, "organisation") {
				return org, true
			}
		}
	}
	if !ok {
		if len(name) == 1 {
			if full := a.acronyms[name[0].withoutPossessive().text]; full != "" {
				return full, true // "the GAO", written in capitals as the initials are
			}
		}
		return a.personOpenedBy(name)
	}
	// "Dr. Park" and "Secretary Pompeo" are Park and Pompeo; "the Department of Health"
	// is not Harbor Crest Health.
	given := strings.Fields(foldKey(full))
	for _, t := range name[:len(name)-1] {
		if !isTitleWord(t) && !slices.Contains(given, foldKey(t.text)) {
			return "", false
		}
	}
	return full, true
}

// inReducedRelative reports a name at toks[start] that opens a relative clause without
// "that": "the volumes Reindl cited", where the noun before it is a thing, not a title or
// a kind of body ("the economist Ann Lee", "the firm Sensorly"). Such a name is no
// sentence's subject, for "he said" to refer to.
func inReducedRelative(toks []token, start int) bool {
	if start < 2 || !toks[start-2].is("the") && !toks[start-2].is("those") && !toks[start-2].is("these") {
		return false
	}
	noun := toks[start-1]
	return noun.kind == wordToken && !noun.capitalized() && strings.HasSuffix(noun.lower(), "s") &&
		!isTitleWord(noun) && !looksLikePersonRole([]token{noun}) && !organisationNouns[noun.lower()]
}

// maxSameFirstWord bounds the names sharing a first word that [attributor.personOpenedBy]
// looks through: an article names a handful of people "Abu" or "Maria", not thousands.
const maxSameFirstWord = 8

// personOpenedBy returns the one person registered so far whose full name begins with
// the words of name, two or more: "Abu Khalil" after "Abu Khalil al-Tamimi", or the one
// body when those words end in what it is: "the Halden Institute".
func (a *attributor) personOpenedBy(name []token) (string, bool) {
	if len(name) < 2 {
		return "", false
	}
	fulls := a.opening[foldKey(name[0].text)]
	if len(fulls) > maxSameFirstWord {
		return "", false // too many to tell apart, and each look would cost them all
	}
	prefix := foldKey(joinTokens(name)) + " "
	// "the Halden Institute" is the Halden Institute for Public Policy; "New York" is no
	// short form of the New York Times.
	bodyPrefix := organisationNouns[name[len(name)-1].lower()] || namedCentre[name[len(name)-1].lower()] // "the Aldhaven Centre"
	found := ""
	for _, full := range fulls {
		if !strings.HasPrefix(foldKey(full), prefix) || a.kinds.has(full, "organisation") && !bodyPrefix || full == found {
			continue
		}
		if found != "" {
			return "", false
		}
		found = full
	}
	return found, found != ""
}

// attributionAt reports the speaker that the words at toks[j] attribute speech to.
func (a *attributor) attributionAt(toks []token, j int, lastSubject string) (Speaker, bool) {
	t := toks[j]
	if t.kind != wordToken {
		return Speaker{}, false
	}
	w := t.lower()
	switch {
	case strings.HasSuffix(w, "s") && j+1 < len(toks) && (speechVerbs[toks[j+1].lower()] || finiteVerbs[toks[j+1].lower()]) && !(j > 0 && personPronouns[toks[j-1].lower()]):
		// "Two diplomats from Northern Accord member states said": a noun before the verb.
		// Not "a bill that she says would replace …": after a pronoun it is the verb.
		return Speaker{}, false
	case w == "according" && j+1 < len(toks) && toks[j+1].is("to"):
		return a.speakerAfter(toks, j+2)
	case (w == "pushed" || w == "pushes") && j+1 < len(toks) && toks[j+1].is("back"):
		// "A senior official who spoke on condition of anonymity pushed back on that
		// reading": a disagreement voiced, as "disputed" is.
		if s, ok := a.speakerBefore(toks, j, lastSubject); ok {
			return s, true
		}
		return a.anonymousWhoBefore(toks, j-1)
	case (w == "saying" || w == "citing" || w == "telling" || w == "publishing" && documentNounAfter(toks, j+1) > 0 ||
		speakingParticiples[w] && j+1 < len(toks) && (toks[j+1].is("that") || toks[j+1].kind == quoteToken) && !speechBefore(toks, j) ||
		demandingParticiples[w] && quotationWithin(toks, j+1, maxQuotingWords) && !speechBefore(toks, j) ||
		w == "accusing" && wordWithin(toks, j+1, maxFindingWords+1, "of") && !speechBefore(toks, j)) &&
		j > 0 && (toks[j-1].text == "," || endsInComma(toks[j-1])):
		// "A spokesman for the ministry rejected the suggestion, saying …", "…, telling
		// the newspaper that …", "Corwin rejected Ivey’s reasoning, arguing that …", "the
		// Faculty Senate passed a resolution, …, urging the administration to “return …”":
		// the words are the sentence's subject's.
		return a.sentenceSubject(toks, j)
	case w == "as" && j+3 < len(toks):
		// "as Okafor described it", "as one official put it"
		if isIndefinite(toks[j+1]) || isQuantifier(toks[j+1]) {
			return unnamedPutting(toks, j+1)
		}
		if personPronouns[toks[j+1].lower()] && (toks[j+2].is("described") || toks[j+2].is("put")) && toks[j+3].is("it") {
			return a.speakerBefore(toks, j+2, lastSubject) // "States, as he put it, “…”"
		}
		end := nameRunEnd(toks, j+1)
		if end > j+1 && end+1 < len(toks) && (toks[end].is("described") || toks[end].is("put")) && toks[end+1].is("it") {
			return a.named(toks[j+1:end], toks, j+1, end)
		}
		return Speaker{}, false
	case quotingVerbs[w] && j+1 < len(toks) && toks[j+1].is("for"):
		// "Ashdown called for tighter limits": a demand, reported in person.
		if s, ok := a.speakerBefore(toks, j, lastSubject); ok {
			return s, true
		}
		return Speaker{}, false
	case quotingVerbs[w] && quotationWithin(toks, j+1, maxQuotingWords):
		// "Reyes calls that account “a convenient fiction.”": only with the name first.
		return a.speakerBefore(toks, j, lastSubject)
	case w == "written" && j > 0 && perfectAuxiliaries[toks[j-1].lower()] && j+1 < len(toks) && (toks[j+1].is("that") || toks[j+1].text == ":"):
		// "Dr. Caldwell-Moreau has written that the talks became “a substitute for
		// policy”": "written" alone is as often a document's ("a report written by").
		return a.speakerBefore(toks, j, lastSubject)
	case (w == "issued" || w == "released" || w == "published" || w == "distributed") && issuesStatement(toks, j):
		// "The Northern Seas Security Council, a regional bloc …, issued a communiqué late
		// Friday urging “maximum restraint”": its words, in its own document.
		return a.speakerBefore(toks, j, lastSubject)
	case (w == "puts" || w == "put") && estimateAfter(toks, j+1):
		// "Halek puts the direct hit to the economy at between 310 million and 380 million
		// korun": an estimate is something said.
		if s, ok := a.speakerBefore(toks, j, lastSubject); ok {
			return s, true
		}
		// "An engineering assessment prepared for the river commission in 2023 put the
		// cost at": the document this sentence opened with.
		if start, ok := a.documentOpened(toks, j); ok && isIndefinite(toks[start]) {
			return a.lastDocument, true
		}
		return Speaker{}, false
	case findingVerbs[w] && wordWithin(toks, j+1, maxFindingWords, "that"):
		// "The budget office also found that cities could lose …": a finding reported.
		if s, ok := a.researchersBefore(toks, j); ok {
			return s, true
		}
		if j > 0 && toks[j-1].capitalized() {
			// "A 2023 report by the Halloway Center for … at the University of the
			// Northern Plains found that": the report's owner, not where it sits.
			if s, ok := a.ownerRightBefore(toks, j); ok {
				return s, true
			}
		}
		return a.speakerBefore(toks, j, lastSubject)
	case pledgingVerbs[w] && quotationWithin(toks, j+1, maxQuotingWords):
		// "Halloway also promised a free show in Carrow Bay “before the year is out”": the
		// pledge is in the person's own words.
		return a.speakerBefore(toks, j, lastSubject)
	case !speechVerbs[w] || (t.capitalized() && j > 0 && !toks[j-1].endsSentence()):
		return Speaker{}, false // "in the United States": a name, not "X states"
	case deedsWithTo[w] && j+1 < len(toks) && (toks[j+1].is("to") || j+3 < len(toks) && toks[j+1].is("on") && calendarWords[toks[j+2].lower()] && toks[j+3].is("to")):
		return Speaker{}, false // "the company agreed (on Tuesday) to the recall": a deed, not words
	case isAskVerb(t) && requestAfter(toks, j+1):
		return Speaker{}, false // "the union asked federal mediators to release it": a request made, not words
	case (w == "described" || w == "describes") && slices.ContainsFunc(toks[j+1:min(j+5, len(toks))], func(t token) bool { return t.is("as") }):
		if quotationWithin(toks, j+1, maxQuotingWords) {
			// "Marant-Dobrev described the policy stance as “appropriately restrictive.”"
			return a.speakerBefore(toks, j, lastSubject)
		}
		return Speaker{}, false // "a move he described as overdue": a label, not an account
	case (w == "maintains" || w == "maintained" || w == "conceded" || w == "concedes") && j+1 < len(toks) && toks[j+1].kind == wordToken && !toks[j+1].is("that"):
		return Speaker{}, false // "The authority maintains 230 miles of levee": a deed, not words
	case (w == "recalled" || w == "recalls") && j+1 < len(toks) && possessivePronouns[toks[j+1].lower()]:
		return Speaker{}, false // "Tsevra had recalled its ambassador": a deed, not a memory told
	case (w == "added" || w == "adds") && j+1 < len(toks) && (isNumber(toks[j+1].text) || quantityWords[toks[j+1].lower()] || barePluralObject(toks, j+1)):
		return Speaker{}, false // "Pryce added 22 points", "as Ridgeline adds drivers": a deed, not words
	}
	if s, ok := a.speakerBefore(toks, j, lastSubject); ok {
		return s, true
	}
	if s, ok := a.staffOfCited(toks, j); ok {
		return s, true
	}
	if nameFirstOnlyVerbs[w] || j == 0 {
		return Speaker{}, false
	}
	if prev := toks[j-1]; (prev.kind == quoteToken || prev.text == ",") && !t.is("told") && !t.is("tells") {
		// ("…, told Foreign Policy that": whom one tells is the listener, never the speaker.)
		if end := nameRunEnd(toks, j+1); end > j+1 && end < len(toks) && finiteVerbs[toks[end].lower()] {
			return Speaker{}, false // "The aide, …, said Halm had been briefed": what was said, not who
		}
		return a.speakerAfter(toks, j+1)
	}
	return Speaker{}, false
}

// speakerBefore finds the speaker in "X said", "X, a former official, said", "He added",
// "a senior aide told".
func (a *attributor) speakerBefore(toks []token, v int, lastSubject string) (Speaker, bool) {
	j := v - 1
	if j >= 0 && toks[j].is("to") {
		return Speaker{}, false // "A senior official declined to say more": an infinitive says nothing
	}
	if s, ok := unnamedWithClauses(toks, j); ok {
		return s, true
	}
	if name := a.givenNameOpening(toks, j); name != "" {
		return Speaker{Name: name}, true
	}
	if and := asideAfterAnd(toks, j); and > 0 {
		j = and // "… summoned the ambassador and, in a readout published afterwards, called"
	}
	if j >= 0 && toks[j].kind == wordToken && isAdverb(toks[j].lower()) {
		j--
	}
	if j >= 3 && toks[j].text == "," && toks[j-2].text == "," && toks[j-1].kind == wordToken && asideAdverbs[toks[j-1].lower()] && doAuxiliaries[toks[j-3].lower()] {
		j -= 3 // "Brennick did, however, say": the emphatic "did" and an aside
	}
	if j >= 0 && toks[j].kind == wordToken && doAuxiliaries[toks[j].lower()] && v < len(toks) && baseSpeechVerbs[toks[v].lower()] {
		j-- // "Brennick did say"
	}
	if j >= 0 && toks[j].kind == wordToken && perfectAuxiliaries[toks[j].lower()] {
		j-- // "the Water Alliance has argued"
	}
	if j >= 2 && calendarWords[toks[j].lower()] && toks[j-1].is("on") {
		j -= 2 // "The Environmental Protection Agency on Tuesday said"
	}
	if j < 0 {
		return Speaker{}, false
	}
	if w := toks[j].lower(); a.para == 0 && toks[j].kind == wordToken && (organisationNouns[w] || oversightNouns[w] || genericBodyNouns[w]) {
		// "An international food-security monitoring body declared on Thursday": the
		// lede's body by its kind, named in the next paragraph.
		if start, ok := sentenceStart(toks, j); ok && start < j {
			if s, ok := a.ledeBody(toks, start, j+1); ok {
				return s, true
			}
		}
	}
	if localNumberAfter(toks, j) {
		// "Amalgamated Transit Workers Local 412 said": the union's number ends its name.
		start := nameRunStart(toks, j-1)
		if full, ok := a.byName[foldKey(joinTokens(trimLeadingNonNames(toks[start:j+1])))]; ok {
			return Speaker{Name: full}, true
		}
	}
	t := toks[j]
	if t.text == "I" && a.authorSpeaksAt(toks, j) && !isAskVerb(toks[v]) {
		// "In a 2020 essay for this magazine, I wrote that": the author's own words. ("When
		// I asked …" is a reporter's question, not words of the article's.)
		return Speaker{Name: a.author}, true
	}
	if t.is("they") {
		if _, second, ok := pairSubject(toks, j); ok {
			full, ok := a.resolve(second) // "X and Y planned to stay …, they said"
			return Speaker{Name: full}, ok
		}
		if a.groupSubject.Anonymous && a.groupSubjectPara == a.para {
			return a.groupSubject, true
		}
		return Speaker{}, false
	}
	if t.capitalized() && t.possessive() {
		if full, ok := a.possessiveShortForm(toks[nameRunStart(toks, j) : j+1]); ok {
			return Speaker{Name: full}, true // "St. Brigid’s said"
		}
	}
	if t.is("who") && j >= 2 && toks[j-1].kind == wordToken && !toks[j-1].capitalized() {
		// "Raymond Lusk, 61, a former long-haul trucker who said": the name the
		// description follows.
		if s, ok := a.personBeforeDescription(toks, j); ok {
			return s, true
		}
	}
	if t.is("it") {
		// "The Dravian ministry did not respond …. In its Monday statement, it said": the
		// body the sentence before opens with.
		return a.organisationOpeningBefore(toks, j)
	}
	if t.is("office") && j >= 2 && toks[j-2].is("the") && !toks[j-1].capitalized() && organisationNouns[toks[j-1].lower()] && !toks[j-1].is("office") {
		// "the league office said": the body whose office it is.
		if s, ok := a.organisationByNoun(toks[j-1].lower(), lastSubject); ok {
			return s, true
		}
	}
	if t.is("office") && j >= 1 && (toks[j-1].is("her") || toks[j-1].is("his")) {
		// "Beatrix Nolan, the inspector general, did not attend. In a statement, her
		// office said": the office the article named, not the person.
		return a.organisationByNoun("office", "")
	}
	if counselWords[t.lower()] && j >= 1 && toks[j-1].capitalized() && toks[j-1].possessive() {
		// "Corvane’s lawyers argued": a body's lawyers speak for it; a person's are
		// people of their own.
		if s, ok := a.owner(toks, nameRunStart(toks, j-1), j); ok && s.Name != "" && a.kinds.has(s.Name, "organisation") {
			return s, true
		}
	}
	if t.is("that") && v < len(toks) && documentVerbs[toks[v].lower()] {
		// "The vote followed a staff report from the Larkfield Planning Department that
		// warned": the document's owner speaks through it.
		if s, ok := a.ownedDocumentBefore(toks, j); ok {
			return s, true
		}
	}
	if (t.is("that") || t.is("which")) && j >= 2 && (organisationNouns[toks[j-1].lower()] || businessHeads[toks[j-1].lower()]) {
		// "Quietcase Inc., a Pennsylvania company that says it has supplied …": the body
		// the description follows.
		if full, ok := a.nameBeforeDescription(toks, j); ok && a.kinds.has(full, "organisation") {
			return Speaker{Name: full}, true
		}
	}
	if (t.is("who") || t.is("which")) && j >= 2 && toks[j-1].text == "," && toks[j-2].capitalized() && !toks[j-2].possessive() {
		// "… was Sen. Delphine Marchbanks (R-Maine), who said in a statement that …",
		// "… by Tres Cumbres Mining Company, which said in a statement"
		start := nameRunStart(toks, j-2)
		if s, ok := a.knownNameStart(toks, start, j-1); ok {
			start = s
		}
		_, name := splitTitle(toks[start : j-1])
		// "the Aszeny polling firm Civitas Polling, who said": a name after the word for
		// what it is names a body, whatever its last word.
		body := start > 0 && toks[start-1].kind == wordToken && !toks[start-1].capitalized() &&
			(organisationNouns[toks[start-1].lower()] || businessHeads[toks[start-1].lower()])
		if full, ok := a.known(name); ok && (a.kinds.has(full, "organisation") || body) == t.is("which") {
			return Speaker{Name: full}, true
		}
		if t.is("who") {
			// "board member Carla Brisbane, a retired irrigation district manager from
			// Yuma, who said": the name before the description, not the place ending it.
			if s, ok := a.personBeforeDescription(toks, j-1); ok {
				return s, true
			}
		}
		return Speaker{}, false
	}
	switch {
	case t.kind == wordToken && personPronouns[t.lower()]:
		if lastSubject == "" && a.lastUnnamed.Anonymous && singular(a.lastUnnamed.Role) {
			return a.lastUnnamed, true // "A local official who … said … , he said."
		}
		if lastSubject == "" || a.kinds.has(lastSubject, "organisation") {
			return Speaker{}, false // "she" is no organisation
		}
		pronoun := t.lower()
		p := a.pronounOf[lastSubject]
		if p != "" && p != pronoun && a.lastOf[pronoun] != "" {
			return Speaker{Name: a.lastOf[pronoun]}, true
		}
		if p != "" && p != pronoun && j > 0 && toks[j-1].kind == quoteToken {
			// Only right after a quotation, as in dialogue; "a verdict she said she never
			// forgave" may mean anyone.
			if other, ok := a.otherSubject(lastSubject, pronoun); ok {
				a.learnPronoun(other, pronoun)
				return Speaker{Name: other}, true
			}
		}
		if p == "" {
			// "Szalai … came to Hollow Creek …. He admits …": the pronoun that refers to
			// someone tells later ones whether they can.
			a.learnPronoun(lastSubject, pronoun)
		}
		return Speaker{Name: lastSubject}, true
	case t.capitalized() && !t.possessive():
		if s, ok := anonymousBefore(toks, j); ok {
			if named, ok := a.namedBeforeDescription(toks, j, s); ok {
				return named, true
			}
			return s, true // "a spokeswoman for the Association of Flight Attendants said"
		}
		if placeNameEndings[t.lower()] {
			return Speaker{}, false // "the sign on Kellerman Avenue tells the truth"
		}
		start := nameRunStart(toks, j)
		if start >= 2 && toks[start-1].is("in") && toks[start-2].capitalized() && !toks[start-2].possessive() {
			// "The Halvard Institute in Oslo said", "the Ministry of Finance in Calvora said":
			// a body, and where it sits.
			if s, ok := a.speakerBefore(toks, start-1, lastSubject); ok && a.kinds.has(s.Name, "organisation") {
				return s, true
			}
		}
		if start == j && start > 0 && organisationNouns[toks[j].lower()] && toks[start-1].capitalized() && toks[start-1].possessive() {
			// "the Ashby County Sheriff’s Office said": the whole name, or none; "Office"
			// alone would be whichever office was named first.
			s := start - 1
			for s > 0 && toks[s-1].capitalized() && j-s < 2*maxNameWords {
				s--
			}
			if full, ok := a.byName[foldKey(joinTokens(trimLeadingNonNames(toks[s:j+1])))]; ok {
				return Speaker{Name: full}, true
			}
			if full, ok := a.possessiveShortForm(toks[s : j+1]); ok {
				return Speaker{Name: full}, true
			}
			return Speaker{}, false
		}
		// "Joe Bell of the Acme Institute said": the capitalised run is the affiliation.
		k := start - 1
		if k >= 0 && toks[k].is("the") {
			k--
		}
		if g := groupBefore(toks, start); g > 0 && groupPreposition(toks[g]) && namesGroupOf(toks[g-1]) {
			if statementAfter(toks, v) != "" || forecasters[toks[g-1].lower()] {
				// "Analysts at Brantwood Hale wrote in a note to clients": the firm's note.
				// "Forecasters at the National Flood Forecasting Centre warned": its forecast.
				return a.named(toks[g+1:j+1], toks, g+1, j+1)
			}
			return Speaker{}, false // "Officials at the Department of Health said": a group
		}
		if groupOpensSentence(toks, j) {
			return Speaker{}, false // "Officials from the council and the Environment Agency told"
		}
		if k >= 1 && affiliationPrepositions[toks[k].lower()] && toks[k-1].capitalized() && !toks[k-1].possessive() {
			nameStart := nameRunStart(toks, k-1)
			if organisationNouns[toks[k-1].lower()] || headFirstBodies[toks[k-1].lower()] {
				// "The Oregon League of Small Cities said": one name, not Oregon League of it.
				return a.named(toks[nameStart:j+1], toks, nameStart, j+1)
			}
			s, ok := a.named(toks[nameStart:k], toks, nameStart, k)
			if ok {
				return s, true
			}
			// "the state Department of Health said": no person, so the body as a whole.
			return a.named(toks[nameStart:j+1], toks, nameStart, j+1)
		}
		if s, ok := a.knownNameStart(toks, start, j+1); ok && s < start {
			// "the Permanent Mission of Tarnesia to the United Nations distributed a
			// statement": a body's name that runs on across small words.
			full, _ := a.known(trimLeadingNonNames(toks[s : j+1]))
			return Speaker{Name: full}, full != ""
		}
		if start > 0 && toks[start-1].is("the") && !organisationNouns[t.lower()] && j+1-start < minTheNameWords {
			if full, ok := a.surname[foldKey(t.text)]; ok && start == j && a.kinds.has(full, "team") {
				return Speaker{Name: full}, true // "the Comets said", a team by its nickname
			}
			// "the United States maintains": a place, not a speaker. A longer name after
			// "the" is a body's: "the American Red Cross said".
			return Speaker{}, false
		}
		return a.namedWithTitle(toks, start, j+1)
	case t.text == ",":
		if groupOpensSentence(toks, j) {
			return Speaker{}, false // "Officials in neighboring Carrow County, which …, said"
		}
		// "the mayor, Ann Lee, said": the name itself is set off by commas.
		if j >= 2 && toks[j-1].capitalized() && !toks[j-1].possessive() {
			start := organisationRunStart(toks, j-1)
			if start > 2 && toks[start-1].is("and") && toks[start-2].capitalized() && !toks[start-2].possessive() {
				if first := nameRunStart(toks, start-2); first > 0 && toks[first-1].text == "," && a.knownWithTitle(toks[first:start-1]) {
					// "The two holdouts, Sen. Ann Lee and Sen. Bob Ray, have said": the
					// second of the pair ([attributor.coSpeakerBefore] finds the first).
					// Not "who has studied terminals in Europe, Asia and Southern
					// California, said": a list of places.
					if s, ok := a.namedWithTitle(toks, start, j); ok {
						return s, true
					}
				}
			}
			if start > 1 && toks[start-1].is("the") && toks[start-2].text == "," {
				start-- // "The state Realtors association, the Oregon Association of Realtors, said"
			}
			if start > 0 && toks[start-1].text == "," {
				if toks[start].is("the") {
					start++
				}
				if s, ok := a.named(toks[start:j], toks, start, j); ok {
					return s, true
				}
			}
			// "Ruckert’s attorney, Nathaniel Brecken of Fairfield, said": a name with
			// where the person is from.
			if start > 2 && toks[start-1].is("of") && toks[start-2].capitalized() && !toks[start-2].possessive() {
				if name := nameRunStart(toks, start-2); name > 0 && toks[name-1].text == "," {
					if s, ok := a.named(toks[name:start-1], toks, name, start-1); ok {
						return s, true
					}
				}
			}
		}
		if s, ok := oneOfDescribedBefore(toks, j); ok {
			return s, true
		}
		// "Amankwah, 56, a former Air Force officer who …, acknowledged": an age first.
		if s, ok := a.agedAppositiveBefore(toks, j); ok {
			return s, true
		}
		// "Name, appositive, said": find the comma that opens the description.
		for k := j - 1; k > 0 && j-k < 40; k-- {
			if toks[k].kind == quoteToken || toks[k].endsSentence() {
				break
			}
			// "Okafor, for his part, said", "Ivers, speaking to reporters on Tuesday, said"
			// "A report by the Department, released last month, estimated": a participle
			// says what happened to something, not who someone is.
			aside := strings.HasSuffix(toks[k+1].lower(), "ing") || asideOpeners[toks[k+1].lower()] || isParticipleAside(toks[k+1])
			if toks[k].text == "," && isPartyDesignation(toks[k-1]) {
				continue // "Sen. Everett Pruitt, R-Roseburg, the Senate minority leader, said"
			}
			if toks[k].text == "," && (stateAbbreviations[toks[k-1].text] || stateAbbreviations[strings.TrimSuffix(toks[k+1].text, "-based")]) {
				continue // "Halvorsen Blackline, a firm based in Arlington, Va., found"
			}
			if toks[k].text == "," && toks[k-1].capitalized() && insideWhoseClause(toks, nameRunStart(toks, k-1)) {
				continue // "Priya Raman, whose firm, Halvern Advisory Group, advised the city, said"
			}
			// "Ann Lee, a lawyer …", "Ann Lee, chief of the Fire District, said"
			parenthetical := appositiveOpeners[toks[k+1].lower()] || titleWithin(toks[k+1:j], 3) || isPartyDesignation(toks[k+1]) || aside || j-k <= 5
			if toks[k].text == "," && k+1 < j && parenthetical && !toks[k-1].capitalized() {
				if s, ok := anonymousBefore(toks, k-1); ok {
					if role := indefiniteDescription(toks[k+1 : j]); role != "" {
						s.Role = role // "One reader, a retired colonel who …, wrote": what the reader is
					}
					return s, true // "a union official, who asked not to be named, said"
				}
			}
			if toks[k].text == "," && k+1 < j && parenthetical && asksAnonymity(toks[k+1:j]) {
				if s, ok := describedOpening(toks, k); ok {
					// "A senior official at the Orsenian energy ministry, who spoke on
					// condition of anonymity …, said", "Two diplomats from countries
					// represented on the fund’s executive board, speaking on condition of
					// anonymity …, said": asking not to be named makes a source of however
					// long a description.
					return s, true
				}
			}
			// "Council Member Harlan Teague of District 9, who …, said": a number ends the place.
			numbered := k >= 3 && isNumber(toks[k-1].text) && toks[k-2].capitalized() && toks[k-3].is("of")
			if toks[k].text == "," && k+1 < j && parenthetical && (toks[k-1].capitalized() || numbered) {
				if s, ok := unnamedSubject(toks, k-1); ok {
					return s, true // "A person familiar with its talks with the Commerce Department, who …, said"
				}
				start := nameRunStart(toks, k-1)
				if numbered {
					start = nameRunStart(toks, k-2)
				}
				if outer, ok := outerAppositive(toks, start, j); ok && !aside {
					// "Ann Lee, a lawyer with the Water Alliance, a group that …, said":
					// the name the sentence opens with speaks, not the body in her role.
					k, start = outer, nameRunStart(toks, outer-1)
					j = nextComma(toks, k+1, j)
				}
				nameEnd, affiliation := k, []token(nil)
				if longer, ok := a.knownNameStart(toks, start, k); ok {
					start = longer // "The Alliance of American Medicine Makers, the …, said"
				} else if start >= 2 && toks[start-1].is("of") && toks[start-2].capitalized() && !toks[start-2].possessive() {
					// "Foreign Minister Ana María de la Vega of Montreval, who …, told"
					nameEnd, affiliation = start-1, toks[start:k]
					start = nameRunStart(toks, start-2)
				}
				role, name := splitTitle(toks[start:nameEnd])
				s, ok := a.named(name, toks, start, nameEnd)
				if ok {
					if len(role) > 0 {
						a.addRole(s.Name, joinTokens(role))
					}
					if len(affiliation) > 0 {
						a.addRole(s.Name, joinTokens(affiliation))
					}
					if toks[k+1].is("which") {
						a.addKind(s.Name, "organisation") // "Severn Vale Water, which runs …, said"
					}
					if !aside {
						description := toks[k+1 : j]
						if len(description) > 2 && isPartyDesignation(description[0]) && description[1].text == "," {
							a.addRole(s.Name, description[0].text)
							description = description[2:]
						}
						if len(description) > 2 && isNumber(description[0].text) && description[1].text == "," {
							description = description[2:] // "Kyle Andersen, 34, of Riverton, said"
						}
						for _, r := range appositiveRoles(description) {
							a.addRole(s.Name, r)
						}
					}
				}
				return s, ok
			}
		}
	case (t.is("and") || t.is("but")) && lastSubject != "" && a.opensSentence(toks, j, lastSubject):
		// "Nadia Ben Youssef, a spokeswoman for …, called the figure “invented” and said
		// …": the verbs share the sentence's subject.
		return Speaker{Name: lastSubject}, true
	case (t.is("and") || t.is("but")) && a.subjectAfterOpening(toks, j, lastSubject) >= 0:
		// "At a hearing Wednesday, she held up a copy of the report and asked the Army’s
		// top acquisition official whether …": the verbs share the subject after the
		// sentence's opening phrase, a pronoun or the name the article was about.
		subject := a.subjectAfterOpening(toks, j, lastSubject)
		if pronoun := toks[subject].lower(); personPronouns[pronoun] {
			// "The report has given fresh ammunition to Sen. Rosalind Achebe-Hart, who
			// …. At a hearing Wednesday, she …": the person named earlier in the paragraph,
			// whom the pronoun can mean, before the last subject of an earlier one.
			if name, ok := a.personNamedBefore(toks, subject, pronoun); ok {
				a.learnPronoun(name, pronoun)
				return Speaker{Name: name}, true
			}
			return a.speakerBefore(toks, subject+1, lastSubject)
		}
		return Speaker{Name: lastSubject}, true
	case (t.is("and") || t.is("but")) && unnamedOpensSentence(toks, j):
		// "An FBI spokeswoman declined to comment on the investigation but said …"
		return unnamedSentenceSubject(toks, j)
	case (t.is("and") || t.is("but")) && organisationNounOpening(toks, j) != "":
		// "The university, in a statement, put the figure at $63 million and said …"
		return a.organisationByNoun(organisationNounOpening(toks, j), lastSubject)
	case t.kind == wordToken:
		if groupOpensSentence(toks, j) {
			return Speaker{}, false // "Officials at the commissioner’s office said": a group
		}
		if lastSubject != "" && pronounAndOthers(toks, j) {
			return Speaker{Name: lastSubject}, true // "In a 2024 paper, she and two colleagues estimated"
		}
		// An unnamed source whose affiliation ends the phrase goes before the body it
		// names: "A spokeswoman for the water authority said", "Two people familiar with
		// discussions in the governor’s office said".
		if s, ok := anonymousBefore(toks, j); ok {
			if named, ok := a.namedBeforeDescription(toks, j, s); ok {
				return named, true
			}
			if q := j - len(strings.Fields(s.Role)); q >= 1 && toks[q-1].is("the") && isQuantifier(toks[q]) {
				// "The two diplomats said", after "two diplomats familiar with the talks
				// said": the same sources, referred back to.
				if before, ok := a.unnamedByHead[roleHead(s.Role)]; ok {
					return before, true
				}
			}
			return s, true
		}
		if s, ok := officeBefore(toks, j); ok && v == j+1 {
			return s, true
		}
		if s, ok := a.demonymBodyBefore(toks, j); ok && v == j+1 {
			return s, true
		}
		if inReportedClause(toks, j) {
			return Speaker{}, false // "… said the department had urged districts": the official's words
		}
		if j >= 3 && toks[j-1].is("the") && toks[j-2].is("of") && toks[j-3].capitalized() && !toks[j-3].possessive() {
			// "Ruiz of the council said": the person speaks, not the body she belongs to.
			_, name := splitTitle(toks[nameRunStart(toks, j-3) : j-2])
			if full, ok := a.known(name); ok && len(name) > 0 && !a.kinds.has(full, "organisation") {
				return Speaker{Name: full}, true
			}
		}
		if s, ok := a.definiteBefore(toks, j, lastSubject); ok {
			return s, true
		}
		if s, ok := a.unnamedNamedAgain(toks, j); ok {
			return s, true
		}
		if s, ok := a.organisationBefore(toks, j, lastSubject); ok {
			return s, true
		}
		if s, ok := a.oneOfBefore(toks, j); ok {
			return s, true
		}
		if a.describesPersonBefore(toks, j) {
			return Speaker{}, false // "said Ann Lee, a researcher at Acme who testified …"
		}
		return a.anonymousWhoBefore(toks, j)
	}
	return Speaker{}, false
}

// outerAppositive finds the name a description containing toks[start] belongs to, within
// the clause before limit: in "Ann Lee, a lawyer with the Water Alliance, a group …, said"
// the Alliance is part of Ann Lee's description. It returns the comma after that name.
func outerAppositive(toks []token, start, limit int) (int, bool) {
	for k := start - 1; k > 0 && limit-k < 40; k-- {
		t := toks[k]
		if t.kind == quoteToken || t.endsSentence() {
			return 0, false
		}
		if t.text == "," {
			// "Ann Lee, a lawyer with …", "Ann Lee, chief executive of …"
			if k+1 < start && (appositiveOpeners[toks[k+1].lower()] || titleWithin(toks[k+1:start], 3)) {
				c := k
				if k >= 3 && ageAfter(toks, k-2) {
					c = k - 2 // "Marisol Vega, 34, a nurse from Astoria, Queens, said"
				}
				if toks[c-1].capitalized() && !toks[c-1].possessive() {
					return c, true
				}
			}
			return 0, false // another comma: a list, not one description
		}
	}
	return 0, false
}

// nextComma returns the first comma in toks[from:limit], or limit.
func nextComma(toks []token, from, limit int) int {
	for i := from; i < limit; i++ {
		if toks[i].text == "," {
			return i
		}
	}
	return limit
}

// describedThenNamed reads a speaker described first and named after a comma, after the
// verb: "said his sister, Loretta Pike, 71," or "said the mayor, Ann Lee.".
func (a *attributor) describedThenNamed(toks []token, i int) (Speaker, bool) {
	if i >= len(toks) || !(possessivePronouns[toks[i].lower()] || toks[i].is("the")) {
		return Speaker{}, false
	}
	from := i
	if toks[i].is("the") {
		from++ // "the mayor" → "mayor"; "his sister" loses "his" in addRole
	}
	k := i + 1
	for k < len(toks) && k-i <= maxDescribedWords && toks[k].kind == wordToken && !toks[k].capitalized() {
		k++
	}
	if k == i+1 || k+1 >= len(toks) || toks[k].text != "," || !toks[k+1].capitalized() || !looksLikePersonRole(toks[i+1:k]) {
		return Speaker{}, false
	}
	end := nameRunEnd(toks, k+1)
	if end < len(toks) && toks[end].text != "," && !toks[end].endsSentence() {
		return Speaker{}, false
	}
	s, ok := a.named(toks[k+1:end], toks, k+1, end)
	if ok {
		a.addRole(s.Name, joinTokens(toks[from:k]))
	}
	return s, ok
}

// agedAppositiveBefore finds "NAME, AGE, a DESCRIPTION," ending at the comma toks[j]
// before a speech verb, where the description runs to that comma without another:
// "Amankwah, 56, a former Air Force logistics officer who became chief executive in 2021,
// acknowledged".
func (a *attributor) agedAppositiveBefore(toks []token, j int) (Speaker, bool) {
	for k := j - 1; k >= 3 && j-k < 40; k-- {
		t := toks[k]
		if t.kind == quoteToken || t.endsSentence() {
			return Speaker{}, false
		}
		if t.text != "," {
			continue
		}
		// k is the comma after the age: "NAME , AGE , a …"; a comma further on may be
		// the description's own ("who organizes crossings … and asked that only his first
		// name be used, said").
		if !ageAfter(toks, k-2) || !toks[k-3].capitalized() || toks[k-3].possessive() || !appositiveOpeners[toks[k+1].lower()] {
			continue
		}
		start := nameRunStart(toks, k-3)
		if s, ok := a.namedWithTitle(toks, start, k-2); ok {
			return s, true
		}
		if start == k-3 && (start == 0 || toks[start-1].endsSentence()) {
			// "Karim, 34, who …, said": a first name alone, with an age, is a person's.
			a.addPerson(toks[start].text)
			return Speaker{Name: toks[start].text}, true
		}
		return Speaker{}, false
	}
	return Speaker{}, false
}

// minTheNameWords is how many words a name after "the" needs to speak without an
// organisation noun at its end: "the American Red Cross said", not "the United States".
const minTheNameWords = 3

// namedWithTitle resolves the name run toks[start:end] and keeps the title it opens with
// as a role: "Hawks coach Marcus Bell".
func (a *attributor) namedWithTitle(toks []token, start, end int) (Speaker, bool) {
	role, name := splitTitle(toks[start:end])
	s, ok := a.named(name, toks, start, end)
	if ok && len(role) > 0 {
		a.addRole(s.Name, joinTokens(role))
	}
	return s, ok
}

// falseTitleNamed reads a speaker after the verb described by "the" and a lower-case noun
// or two right before the name, as newspapers write "the critic Leonard Asch" or "the
// novelist Toni Morrison": "wrote the critic Leonard Asch in a 1971 review". A body's kind
// needs no "the": "according to shipping-data firm Kestrel Maritime Analytics".
func (a *attributor) falseTitleNamed(toks []token, i int) (Speaker, bool) {
	if i >= len(toks) {
		return Speaker{}, false
	}
	start := i
	if toks[i].is("the") {
		start = i + 1
	}
	k := start
	for k < len(toks) && k-i <= maxDescribedWords && toks[k].kind == wordToken && !toks[k].capitalized() && !isStopword(toks[k].lower()) {
		k++
	}
	if k == start || k >= len(toks) || !toks[k].capitalized() {
		return Speaker{}, false
	}
	if start == i && !organisationNouns[toks[k-1].lower()] {
		return Speaker{}, false
	}
	end := nameRunEnd(toks, k)
	if end-k < 2 || toks[end-1].possessive() {
		return Speaker{}, false // a full name, not "the agency Monday" or a possessive
	}
	s, ok := a.named(toks[k:end], toks, k, end)
	if ok {
		a.addRole(s.Name, joinTokens(toks[start:k]))
	}
	return s, ok
}

// maxDescribedWords bounds the description before a name after the verb: "his older
// sister", "the county's fire marshal".
const maxDescribedWords = 4

// speakerAfter reads the speaker after "said" or "according to": "Treasury spokeswoman
// Jane Doe", "Ana Ruiz of the Water Council", "a senior official".
func (a *attributor) speakerAfter(toks []token, i int) (Speaker, bool) {
	if s, ok := a.describedThenNamed(toks, i); ok {
		return s, true
	}
	if s, ok := a.falseTitleNamed(toks, i); ok {
		return s, true
	}
	if i+2 < len(toks) && toks[i].is("the") && !toks[i+1].capitalized() && organisationNouns[toks[i+1].lower()] && toks[i+2].kind != wordToken {
		return a.organisationByNoun(toks[i+1].lower(), "") // "according to the union, a further walkout …"
	}
	if i+3 < len(toks) && toks[i].is("the") {
		// "according to the county elections office": the organisation whose name ends so.
		e := i + 1
		for e < len(toks) && e-i <= 3 && toks[e].kind == wordToken && !toks[e].capitalized() {
			e++
		}
		if e > i+2 && (e == len(toks) || toks[e].kind != wordToken) {
			if s, ok := a.organisationEndingIn(toks[i+1 : e]); ok {
				return s, true
			}
		}
	}
	if s, ok := a.unnamedReferredBack(toks, i); ok {
		return s, true
	}
	if i+1 < len(toks) && toks[i].is("the") && toks[i+1].capitalized() {
		i++ // "according to the Harbor County Health Department"
	}
	if s, ok := a.possessedBody(toks, i); ok {
		return s, true
	}
	end := i
	unnamed := i < len(toks) && (isIndefinite(toks[i]) || isQuantifier(toks[i])) // "said one senior official", "according to two people"
	if unnamed && i+2 < len(toks) && (documentNouns[toks[i+1].lower()] || documentNouns[toks[i+2].lower()]) {
		// "according to a survey of 4,200 students conducted …", "according to a 2023 audit
		// by the … Office": a document's.
		return Speaker{}, false
	}
	for end < len(toks) && end-i < 10 {
		t := toks[end]
		if t.kind != wordToken || relativeWords[t.lower()] {
			break // "a person familiar with the talks who spoke on condition of anonymity"
		}
		if unnamed && end > i+1 && clauseSubjects[t.lower()] {
			break // "two Western diplomats in Temsk I still speak to": a clause about them
		}
		adjunct := end > i && titleAdjunct(toks, end) || // "said Pentagon press secretary Jon Ames"
			end == i && end+1 < len(toks) && jurisdictionWords[t.lower()] && isTitleWord(toks[end+1]) // "said state Sen. Roland Guidry"
		if !(unnamed || t.capitalized() || isTitleWord(t) || nameParticles[t.lower()] || adjunct) {
			break
		}
		end++
	}
	if end == i {
		return Speaker{}, false
	}
	if full, ok := a.longerKnownName(toks, i, end); ok {
		return Speaker{Name: full}, true // "according to the Retail and Grocery Workers Union"
	}
	np := toks[i:end]
	if s, ok := a.oneOf(np); ok {
		return s, true // "said one of the former managers"
	}
	if name := givenName(toks, end); unnamed && len(name) > 0 {
		// "said a man who gave only his first name, Samir, for fear of reprisals"
		full := joinTokens(name)
		a.addPerson(full)
		return Speaker{Name: full}, true
	}
	if isIndefinite(np[0]) || isQuantifier(np[0]) {
		if len(np) < 2 || !looksLikePersonRole(np[1:]) {
			return Speaker{}, false
		}
		role := np[1:]
		if clause := restrictiveClauseEnd(toks, end); clause > end {
			role = toks[i+1 : clause] // "said a senior diplomat from one of the countries that contributed observers"
		}
		return Speaker{Role: joinTokens(role), Anonymous: true}, true
	}
	nameStart := len(np)
	for nameStart > 0 && (np[nameStart-1].capitalized() || nameParticles[np[nameStart-1].lower()]) && !isTitleWord(np[nameStart-1]) {
		nameStart--
	}
	if nameStart == len(np) && len(np) > 1 && organisationEnding(np[len(np)-1]) {
		nameStart = 0 // "according to the Nardian Border Guard": "Guard" ends a body's name
	}
	if nameStart == len(np) || np[len(np)-1].possessive() {
		return Speaker{}, false
	}
	s, ok := a.named(np[nameStart:], toks, i+nameStart, end)
	if ok && nameStart > 0 {
		a.addRole(s.Name, joinTokens(np[:nameStart]))
	}
	return s, ok
}

// maxClauseWords bounds a relative clause read as part of an unnamed source's description.
const maxClauseWords = 10

// restrictiveClauseEnd returns the end of the relative clause that starts at toks[at] and
// says which unnamed source is meant ("a diplomat from one of the countries that
// contributed observers to the mission"), running to a comma or the sentence's end; at
// itself when toks[at] starts none, or the clause runs long, holds a quotation, or gives
// the reason the source is unnamed ("who asked not to be named"), which describes nobody.
func restrictiveClauseEnd(toks []token, at int) int {
	if at >= len(toks) || !(toks[at].is("that") || toks[at].is("who")) {
		return at
	}
	for k := at + 1; k < len(toks) && k-at <= maxClauseWords; k++ {
		t := toks[k]
		if t.text == "," || t.endsSentence() {
			if k == at+1 || asksAnonymity(toks[at:k]) || unauthorized(toks[at:k]) {
				return at
			}
			return k
		}
		if t.kind != wordToken || speechVerbs[t.lower()] {
			return at
		}
	}
	return at
}

// unauthorized reports a clause that says a source may not speak: "who was not
// authorized to speak publicly", "who is not permitted to discuss the talks".
func unauthorized(clause []token) bool {
	for i := 1; i < len(clause); i++ {
		if permissionWords[clause[i].lower()] && (clause[i-1].is("not") || i > 1 && clause[i-2].is("not")) {
			return true
		}
	}
	return false
}

var permissionWords = wordSet(`authorized authorised permitted allowed cleared`)

// unnamedReferredBack reads unnamed sources the article introduced before, referred back
// to with "the" after the verb or "according to": "according to the two diplomats
// familiar with the talks", "according to the diplomats".
func (a *attributor) unnamedReferredBack(toks []token, i int) (Speaker, bool) {
	if i+1 >= len(toks) || !toks[i].is("the") || toks[i+1].capitalized() {
		return Speaker{}, false
	}
	start := i + 1
	if isQuantifier(toks[start]) {
		start++
	}
	end := start
	for end < len(toks) && end-start < maxDescribedWords+4 && toks[end].kind == wordToken && !toks[end].capitalized() && !relativeWords[toks[end].lower()] {
		end++
	}
	if end == start {
		return Speaker{}, false
	}
	before, ok := a.unnamedByHead[roleHead(joinTokens(toks[start:end]))]
	if !ok || !before.Anonymous {
		return Speaker{}, false
	}
	return before, true
}

// named resolves a mention to a speaker and records the descriptions around it.
func (a *attributor) named(name []token, toks []token, start, end int) (Speaker, bool) {
	full, ok := a.resolve(name)
	if !ok {
		return Speaker{}, false
	}
	described := postRoles(toks, end)
	if trimmed := trimLeadingNonNames(name); len(trimmed) == 1 {
		// "Ms. Zhang, the Shanghai analyst, noted", when two people are named Zhang.
		full = a.namesake(trimmed[0], toks[max(start-2, 0):end], described, full)
	}
	if r := a.preRole(toks, start); r != "" {
		a.addRole(full, r)
	}
	for _, r := range described {
		a.addRole(full, r)
	}
	return Speaker{Name: full}, true
}

// definiteBefore finds who "the spokeswoman said" refers back to: the last person the
// article was about if one of their roles has that title, else the last person
// introduced with it. Nobody when no one has it.
func (a *attributor) definiteBefore(toks []token, j int, lastSubject string) (Speaker, bool) {
	title := toks[j].lower()
	if !definiteNoun(toks, j) {
		return Speaker{}, false
	}
	if same, ok := sameTitle[title]; ok && !a.titles.has(lastSubject, title) {
		// "the defense lawyer said" of "defense attorney X": the person the article was
		// about, else the last introduced with the other word.
		if a.titles.has(lastSubject, same) {
			return Speaker{Name: lastSubject}, true
		}
		if _, ok := a.titles.last(title, a.introduced); !ok {
			if name, ok := a.titles.last(same, a.introduced); ok {
				return Speaker{Name: name}, true
			}
		}
	}
	if !isTitleWord(toks[j]) {
		// "Two legislative aides … said …. The aides said", "A person involved in the
		// negotiations … said …. “…,” the person said": the unnamed source referred back to.
		singular := strings.TrimSuffix(title, "s")
		person := personNouns[title] || titleWords[singular] || personNouns[singular]
		if !person || !a.lastUnnamed.Anonymous || !slices.Contains(strings.Fields(strings.ToLower(a.lastUnnamed.Role)), title) {
			return Speaker{}, false
		}
		return a.lastUnnamed, true
	}
	// "A hospital executive who … said X. … the executive said": the unnamed source
	// quoted last, when nobody named has spoken since.
	if words := strings.Fields(strings.ToLower(a.lastUnnamed.Role)); a.lastUnnamed.Anonymous && (slices.Contains(words, title) || slices.Contains(words, title+"s")) {
		return a.lastUnnamed, true // "the official said", after "one of the officials said"
	}
	if mod := toks[j-1]; a.lastUnnamed.Anonymous && !mod.is("the") && mod.kind == wordToken &&
		slices.Contains(strings.Fields(strings.ToLower(a.lastUnnamed.Role)), mod.lower()) {
		// "A senior member of the ruling National Renewal Party … said …. “…,” the party
		// official said": a word before the title that the unnamed source's role holds.
		return a.lastUnnamed, true
	}
	if lastSubject != "" && a.titles.has(lastSubject, title) {
		return Speaker{Name: lastSubject}, true
	}
	if name, ok := a.titles.last(title, a.introduced); ok {
		return Speaker{Name: name}, true
	}
	if s, ok := a.unnamedByHead[title]; ok {
		return s, true
	}
	return Speaker{}, false
}

// sameTitle names the title a newsroom writes in two ways, both ways round.
var sameTitle = map[string]string{"lawyer": "attorney", "attorney": "lawyer"}

// extends reports a role that says all a shorter one does and more: "insurance agent in
// Fenwick who has sold policies for two decades" extends "insurance agent in Fenwick".
func extends(long, short string) bool {
	if len(long) <= len(short) {
		return false
	}
	long, short = foldKey(long), foldKey(short)
	return strings.HasPrefix(long, short+" ") || strings.HasPrefix(long, short+",")
}

// singular reports a role that names one person ("local official", not "two officials"
// or "people familiar with the talks"), whom "he" or "she" can refer to.
func singular(role string) bool {
	head := roleHead(role)
	return head != "people" && (!strings.HasSuffix(head, "s") || strings.HasSuffix(head, "ss"))
}

// roleHead is the last word of a role before any phrase or clause that qualifies it.
func roleHead(role string) string {
	head := ""
	for _, w := range strings.Fields(strings.ToLower(role)) {
		w = strings.Trim(w, ",;")
		if roleQualifiers[w] || sourceQualifiers[w] {
			break // "officials at the ministry", "people familiar with the talks"
		}
		head = w
	}
	return head
}

var roleQualifiers = wordSet(`of for at in with from on to through by who whom whose which that where based
	headquartered located owned operated founded`)

// definiteNoun reports "the NOUN" or "the Denver-based NOUN" ending at toks[j].
func definiteNoun(toks []token, j int) bool {
	if j >= 1 && (toks[j-1].is("this") || toks[j-1].is("that")) && (j == 1 || toks[j-2].kind != wordToken || toks[j-2].endsSentence()) {
		return true // "“…,” this person said"
	}
	// "the spokeswoman", "the senior energy ministry official": up to four words may
	// describe the noun.
	for k := j - 1; k >= 0 && j-k <= maxDefiniteModifiers+1; k-- {
		if toks[k].kind != wordToken {
			return false
		}
		if toks[k].is("the") {
			return true
		}
	}
	return false
}

// maxDefiniteModifiers bounds the words between "the" and the noun it refers back with.
const maxDefiniteModifiers = 4

// preRole reads a title or description just before a name: "Treasury spokeswoman",
// "the Northern Alliance delegate, " Name.
func (a *attributor) preRole(toks []token, start int) string {
	k := start - 1
	if k >= 1 && toks[k].text == "," && !isTitleWord(toks[k-1]) {
		return describedBefore(toks, k) // "The council's cabinet member for housing, Sarah Whitlock,"
	}
	if k >= 1 && toks[k].text == "," && isTitleWord(toks[k-1]) {
		k--
	}
	end := k + 1
	hasTitle := false
	for k >= 0 && end-k <= 6 {
		t := toks[k]
		adjunct := k+1 < end && titleAdjunct(toks, k) // "Chief nursing officer Renee Whit"
		if t.kind != wordToken || !(isTitleWord(t) || t.capitalized() || t.possessive() || isModifier(t) || adjunct) {
			break
		}
		if isTitleWord(t) {
			hasTitle = true
		}
		k--
	}
	if !hasTitle {
		return ""
	}
	role := toks[k+1 : end]
	for len(role) > 0 && (role[0].is("the") || !isTitleWord(role[0]) && !role[0].capitalized() && !role[0].possessive()) {
		role = role[1:] // "The mayor, Ann Lee," → "mayor"
	}
	if len(role) > 1 && role[0].capitalized() && (isStopword(role[0].lower()) || isAdverb(role[0].lower()) || subordinators[role[0].lower()]) {
		role = role[1:] // "Then guard Jalen Whitaker", "When Foreign Minister Petra Vilanek": the sentence's first word
	}
	return joinTokens(role)
}

// organisationJustBefore reports whether [attributor.lastOrganisation] opened the sentence
// before the one toks[i] is in, in this paragraph or at the end of the one before.
func (a *attributor) organisationJustBefore(toks []token, i int) bool {
	if a.lastOrganisation == "" {
		return false
	}
	ends := func(ts []token, from, to int) (n int) {
		for k := from; k < to && k < len(ts); k++ {
			if ts[k].endsSentence() {
				n++
			}
		}
		return n
	}
	switch a.lastOrganisationPara {
	case a.para:
		return ends(toks, a.lastOrganisationAt, i) == 1
	case a.para - 1:
		prev := a.toks[a.para-1]
		return ends(prev, a.lastOrganisationAt, len(prev)) <= 1 && ends(toks, 0, i) == 0
	}
	return false
}

// ownedByIts reports a description before the comma at toks[comma] that opens with "its":
// "Its president, Gerald Haverkamp, was blunter."
func ownedByIts(toks []token, comma int) bool {
	for k := comma - 1; k >= 0 && comma-k <= 8 && toks[k].kind == wordToken; k-- {
		if toks[k].is("its") {
			return true
		}
	}
	return false
}

// indefiniteDescription returns what an appositive that opens with "a" or "an" says
// someone is, up to a clause or a comma: "a retired colonel who spent three years …" →
// "retired colonel"; "" when it does not read as a person's description.
func indefiniteDescription(words []token) string {
	if len(words) < 2 || !isIndefinite(words[0]) {
		return ""
	}
	end := 1
	for end < len(words) && words[end].kind == wordToken && !relativeWords[words[end].lower()] && end <= maxRoleWords {
		end++
	}
	role := words[1:end]
	if !looksLikePersonRole(role) {
		return ""
	}
	return joinTokens(role)
}

// describedBefore reads the description a sentence gives before a name set off by commas,
// from its "the" or its first word to the comma at toks[comma]: "the council's cabinet
// member for housing". Only a description of a person, of at most eight words, counts.
func describedBefore(toks []token, comma int) string {
	for k := comma - 1; k >= 0 && comma-k <= 8; k-- {
		t := toks[k]
		if t.kind != wordToken {
			return ""
		}
		opens := t.is("the") || possessivePronouns[t.lower()] || k == 0 || toks[k-1].endsSentence()
		if !opens {
			continue
		}
		role := toks[k:comma]
		if timeAdverbs[role[len(role)-1].lower()] {
			return "" // "A few speakers later, Marcus Oyelaran, 29, …": when, not who
		}
		if w := role[0].lower(); rolePrepositions[w] || asideOpeners[w] || w == "under" {
			return "" // "Under cross-examination by defense attorney X, Okafor-Lind …": when
		}
		if role[0].is("the") || isIndefinite(role[0]) || possessivePronouns[role[0].lower()] {
			role = role[1:] // "her daughter, Clara Halloran Voss," → "daughter"
		}
		if len(role) > 1 && role[0].possessive() && !role[0].capitalized() && looksLikePersonRole(role[1:]) {
			return joinTokens(role) // "whether the group’s emir, Mehr Azanti, had spent": its emir
		}
		if len(role) == 0 || !looksLikePersonRole(role) {
			if k > 0 && !toks[k-1].endsSentence() {
				continue // "The council’s special envoy for the strait, Birgitta …": not "the strait"
			}
			return ""
		}
		return joinTokens(role)
	}
	return ""
}

// postRoles reads the affiliation or description right after a name: "of the Center for
// Strategic and International Studies", ", a former senior official in ...,". A
// who-clause can give more than one.
func postRoles(toks []token, end int) []string {
	// "Rep. Tomas Arkwright, D-Eugene, the bill’s chief sponsor": the party and home town,
	// then the description.
	if end+2 < len(toks) && toks[end].text == "," && isPartyDesignation(toks[end+1]) {
		return append([]string{toks[end+1].text}, postRoles(toks, end+2)...)
	}
	if end+1 < len(toks) && toks[end].kind == wordToken && affiliationPrepositions[toks[end].lower()] {
		i := end + 1
		if toks[i].is("the") {
			i++
		}
		j := i
		for j < len(toks) && j-i < maxRoleWords && toks[j].kind == wordToken && (toks[j].capitalized() || orgConnectors[toks[j].lower()]) {
			j++
		}
		for j > i && !toks[j-1].capitalized() {
			j--
		}
		if j > i {
			return []string{joinTokens(toks[i:j])}
		}
		return nil
	}
	// "Ann Lee, 52, a farmer in Ohio": an age comes before the description.
	if ageAfter(toks, end) {
		end += 2
	}
	if end+1 < len(toks) && toks[end].text == "," && opensDescription(toks, end+1) {
		// "said Dana Whitfield, president and chief executive officer of Green Valley
		// Health.": a press release's description opens with the title.
		j := end + 1
		for j < len(toks) && j-end <= maxRoleWords && (toks[j].kind == wordToken || toks[j].text == "&") {
			j++ // "a lawyer at the firm Carrow & Lindqvist"
		}
		if j < len(toks) && (toks[j].text == "," || toks[j].endsSentence() || toks[j].text == "—" || toks[j].text == ";") {
			if isClause(toks[end+1 : j]) {
				return nil // "According to the Budget Office, the bill would have …"
			}
			if toks[j].text != "," && accordingToBefore(toks, end) {
				return nil // "According to Feld, the commission’s patrols helped cut attacks."
			}
			for k := end + 2; k+1 < j; k++ {
				if relativeWords[toks[k].lower()] && (toks[k+1].is("said") || toks[k+1].is("says") || toks[k+1].is("told")) {
					j = k // "Raymond Lusk, 61, a former long-haul trucker who said he …": what he said is no role
					break
				}
			}
			return appositiveRoles(toks[end+1 : j])
		}
		// "Rosa Diaz, a potato farmer whose family has worked … for four generations and
		// who …, keeps": a description too long to read whole still names what she is.
		// So does "Loomstream, the video and messaging platform where the clip first
		// appeared and where …, said".
		if isIndefinite(toks[end+1]) || toks[end+1].is("the") {
			for k := end + 2; k < j; k++ {
				if relativeWords[toks[k].lower()] || toks[k].is("where") {
					return appositiveRoles(toks[end+1 : k])
				}
			}
			return coordinatedRoles(toks, end+1)
		}
	}
	return nil
}

// accordingToBefore reports a name, ending at toks[end], after the "According to" that
// opens a sentence: what follows its comma is the sentence's own clause unless another
// comma closes it as a description ("According to Ann Lee, a former envoy, the talks …").
func accordingToBefore(toks []token, end int) bool {
	for k := end - 1; k >= 1 && end-k <= maxNameWords+1; k-- {
		if toks[k].kind != wordToken {
			return false
		}
		if toks[k].is("to") {
			return toks[k-1].is("according") && (k == 1 || toks[k-2].endsSentence())
		}
	}
	return false
}

// opensDescription reports the first word of a description set off by a comma after a
// name: "a former official", "who …", a title ("president and chief executive officer
// of …", as press releases write), a title with its adjunct ("organizing director of the
// Tenants Union") or an owner ("Kestrava’s defense minister").
func opensDescription(toks []token, i int) bool {
	t := toks[i]
	if appositiveOpeners[t.lower()] || isTitleWord(t) && !t.capitalized() {
		return true
	}
	if i+1 >= len(toks) || toks[i+1].capitalized() || toks[i+1].kind != wordToken {
		return false
	}
	adjunct := t.kind == wordToken && !t.capitalized() && !isStopword(t.lower()) && isTitleWord(toks[i+1])
	return adjunct || t.capitalized() && t.possessive()
}

// coordinatedRoles reads a description too long to take whole that joins two shorter ones
// with "and": "a pediatric sleep researcher at the University of Wisconsin School of
// Medicine and Public Health and the study’s lead author". It returns nil unless the
// description ends within twice [maxRoleWords] words and both parts fit in it.
func coordinatedRoles(toks []token, from int) []string {
	end := from
	for end < len(toks) && end-from <= 2*maxRoleWords && toks[end].kind == wordToken {
		end++
	}
	if end >= len(toks) || !(toks[end].text == "," || toks[end].endsSentence()) || end-from > 2*maxRoleWords {
		return nil
	}
	for m := end - 2; m > from; m-- {
		if !toks[m].is("and") || !(toks[m+1].is("the") || isIndefinite(toks[m+1])) {
			continue
		}
		first, second := toks[from:m], toks[m+1:end]
		if len(first) > maxRoleWords || len(second) > maxRoleWords || isClause(first) || isClause(second) {
			return nil
		}
		return append(appositiveRoles(first), appositiveRoles(second)...)
	}
	return nil
}

var orgConnectors = wordSet(`for and of on the & to`)

// maxRoleWords bounds a role read after a name; longer runs are not descriptions, and the
// bound keeps attribution linear in the text however it is written.
const maxRoleWords = 16

// isClause reports words after a name's comma that go on with the sentence rather than
// describe the name: a finite verb before any relative word ("the bill would have
// applied", but not "the firm that has built").
func isClause(words []token) bool {
	for i, w := range words {
		l := w.lower()
		if (l == "which" || l == "whom") && i > 0 && words[i-1].is("of") {
			return true // "a copy of which the Ledger obtained": about the thing before it
		}
		if relativeWords[l] {
			return false
		}
		if finiteVerbs[l] {
			return true
		}
		// "According to Samir, the committee pulled three bodies …": a verb in the past
		// with its object, where a description would have a preposition ("a company
		// founded in 1990").
		if i >= 1 && i <= 3 && strings.HasSuffix(l, "ed") && i+1 < len(words) && (isNumber(words[i+1].text) || objectOpeners[words[i+1].lower()]) {
			return true
		}
	}
	return false
}

// objectOpeners begin the object of a verb: "pulled three bodies", "closed the road".
var objectOpeners = wordSet(`the a an his her its their our three four five six seven eight nine ten dozens hundreds`)

// finiteVerbs are auxiliaries and forms of "be" and "have": a clause's verb, never a name's.
var finiteVerbs = wordSet(`would will could should can may might must has have had is are was were
	does did`)

// appositiveRoles turns a description set off by commas into roles: "a career Finance
// Ministry official" → "career Finance Ministry official"; "who served as the
// president’s envoy after 9/11" → "the president’s envoy"; "who represents the south
// side and has emerged as the plan’s critic" → "representative of the south side" and
// "the plan’s critic".
func appositiveRoles(words []token) []string {
	if len(words) == 0 {
		return nil
	}
	if w := words[0].lower(); w == "who" || w == "whose" || w == "which" {
		var roles []string
		for i, t := range words {
			noun := leadershipVerbs[t.lower()]
			if (!t.is("as") && noun == "") || i+1 >= len(words) || (t.is("as") && notRoleAfterAs[words[i+1].lower()]) {
				continue // "as recently as 2019", "as well as" say when or how much, not what
			}
			rest := words[i+1:]
			if noun != "" && len(rest) > 0 && !leadsSomething(rest[0]) {
				continue // "who manages type 2 diabetes" leads nothing
			}
			if len(rest) > 1 && (rest[0].is("a") || rest[0].is("an")) {
				rest = rest[1:] // "as a consultant" → "consultant"
			}
			for j, r := range rest {
				if j > 0 && roleEnders[r.lower()] {
					rest = rest[:j]
					break
				}
			}
			if noun != "" {
				roles = append(roles, noun+" of "+joinTokens(rest)) // "who chairs the Tenants’ Association"
			} else {
				roles = append(roles, joinTokens(rest))
			}
		}
		if len(roles) == 0 && words[0].is("who") {
			if org := workedFor(words); org != "" {
				roles = append(roles, org) // "who tracked the Ridge Front for the United Nations … Mission"
			}
		}
		return roles
	}
	for len(words) > 1 && leadingRoleFillers[words[0].lower()] {
		words = words[1:]
	}
	return []string{joinTokens(words)}
}

// workedFor returns the organisation a who-clause says someone works or worked for, the
// last it names ("who oversaw cyber policy at the National Security Council until 2023 and
// is now a senior fellow at the Calloway Institute for Strategic Studies"), "" for none:
// "who tracked the Ridge Front for the United Nations Sarn Valley Observer Mission until
// last year" → "United Nations Sarn Valley Observer Mission". The name must hold an
// organisation noun, so that "who voted for Ann Lee" names none.
func workedFor(words []token) string {
	found := ""
	for i := 1; i+1 < len(words); i++ {
		if !words[i].is("for") && !words[i].is("at") {
			continue
		}
		start := i + 1
		if words[start].is("the") {
			start++
		}
		if start >= len(words) || !words[start].capitalized() {
			continue
		}
		end := nameRunEnd(words, start)
		if organisationNouns[words[end-1].lower()] {
			end = organisationNameEnd(words, end) // "the Calloway Institute for Strategic Studies"
		}
		if end > start+1 && slices.ContainsFunc(words[start:end], func(t token) bool { return organisationNouns[t.lower()] }) {
			found = joinTokens(words[start:end])
			i = end - 1
		}
	}
	return found
}

// leadsSomething reports a word that may open what a leadership verb leads: a determiner,
// a name, a possessive or a figure ("who runs the plant", "which represents about 700
// teachers", "which runs 21 of the 56 works"), not a bare noun ("who manages type 2
// diabetes").
func leadsSomething(t token) bool {
	return t.capitalized() || t.possessive() || isNumber(t.text) || possessivePronouns[t.lower()] || leadObjectOpeners[t.lower()]
}

var leadObjectOpeners = wordSet(`the a an about some more nearly roughly almost over all several two three
	four five six seven eight nine ten dozens hundreds thousands`)

var roleEnders = wordSet(`after before during until since when while in from at for with to and`)

// leadershipVerbs turn a who-clause into a role: "who leads the Green group" → "leader of
// the Green group".
var leadershipVerbs = map[string]string{"leads": "leader", "heads": "head", "chairs": "chair",
	"directs": "director", "founded": "founder", "co-founded": "co-founder", "runs": "head",
	"manages": "manager", "oversees": "head", "edits": "editor", "represents": "representative"}

var notRoleAfterAs = wordSet(`well much many long soon far recently early late likely little few if though part of`)

var leadingRoleFillers = wordSet(`a an the currently now also then`)

// startsSentenceAsSubject reports a two- or three-word name that opens a sentence and is
// followed by a lower-case word, a verb most likely: "Ann Lee runs the agency." Names of
// organisations and places are left out by their last word ("Northern Alliance").
// titleWithin reports a title word among the first n words: "policy director at the
// consumer group …", "managing editor of …".
func titleWithin(words []token, n int) bool {
	for i := 0; i < len(words) && i < n; i++ {
		if isTitleWord(words[i]) {
			return true
		}
	}
	return false
}

// insideWhoseClause reports a name at toks[start] set off by commas after the noun of a
// whose-clause: "whose firm, Halvern Advisory Group,".
func insideWhoseClause(toks []token, start int) bool {
	for k := start - 2; k >= 0 && start-k <= 4; k-- {
		if toks[k].kind != wordToken {
			return false
		}
		if toks[k].is("whose") {
			return toks[start-1].text == ","
		}
	}
	return false
}

var sentenceAdverbs = wordSet(`meanwhile still yet today now nonetheless nevertheless however
	indeed instead later earlier last next then thus also even but and or so though although
	while when after before since asked`)

var roleModifiers = wordSet(`former senior top chief deputy acting interim longtime veteran
	career retired then-`)
