package retrieval

import (
	"slices"
	"strconv"
	"strings"
)

// documentNouns name what a person or an organisation puts its words in: "according to its
// permit application" cites the company that filed it.
var documentNouns = wordSet(`report reports study survey analysis filing filings application
	statement website complaint lawsuit suit ruling letter memo email records data figures estimate
	estimates projections proposal budget testimony release audit documents presentation
	disclosure announcement assessment calculations notice draft guidelines guidance document
	affidavit affidavits indictment warrant petition motion transcript results forecast note poll
	cable paper communiqué communique review tally commentary editorial disclosures statements
	letters memos emails assessments papers cables surveys studies analyses account resolution
	terms advisory advisories list decree schedule file response`)

// documentOwners join a document to whoever wrote it: "a report by the Alpine Institute".
var documentOwners = wordSet(`by from of`)

// documentParticiples may come between a document and "by" its owner: "a report released
// in January by the State Department of Health", "the resolution adopted by the board".
// Not "obtained" or "reviewed": a reporter who obtained a report does not speak through it.
var documentParticiples = wordSet(`released published issued prepared commissioned compiled
	provided produced conducted written presented submitted filed signed authored sent delivered
	completed maintained kept circulated adopted`)

// clientParticiples say a document was made for whoever follows "for", who owns it: "a
// study prepared for the commission". Not "written for": a newspaper is no op-ed's owner.
var clientParticiples = wordSet(`prepared commissioned conducted produced`)

// publishingVerbs say who put a document out, after it and its owner: "a report the
// agency posted online".
var publishingVerbs = wordSet(`posted put made shared`)

// companyFilings say a filing is a company's: "a securities filing", "a regulatory filing".
var companyFilings = wordSet(`securities regulatory stock-exchange`)

// reporterParticiples say a reporter saw a document, which does not make it theirs: "a
// draft seen by Reuters".
var reporterParticiples = wordSet(`seen reviewed obtained`)

// documentVerbs say what a document cited earlier says: "the report found".
var documentVerbs = wordSet(`found finds showed shows show concluded concludes estimated estimates
	said says say noted notes warned warns stated states projected projects recommended recommends
	attributed attributes documented counted counts alleges alleged lists listed acknowledges
	acknowledged concedes conceded calls continued continues added adds includes included
	contains contained sets tells instructs urged urges called proposed proposes seeks sought
	describes described cited cites argues argued accuses accused told classifies classified
	paints painted puts put find reports reported claims claimed`)

// maxDocumentWords bounds the words between "according to" and the document noun ("its
// 2023 annual report").
const maxDocumentWords = 5

// documentSourceAt finds whose document "according to" at toks[j] cites: "according to its
// permit application", "according to Acme's filing", "according to the company's annual
// report", "according to a 2023 report by the Alpine Institute". Its words are the owner's,
// though the owner is not quoted in person.
func (a *attributor) documentSourceAt(toks []token, j int, lastSubject string) (Speaker, bool) {
	if !toks[j].is("according") || j+2 >= len(toks) || !toks[j+1].is("to") {
		return Speaker{}, false
	}
	i := j + 2
	doc := documentNounAfter(toks, i)
	if doc < 0 {
		// "according to the Harlan City Police Department’s annual crime reports": a
		// long name's possessive, then the document.
		if p := possessiveNameEnd(toks, i); p >= 0 {
			if d := documentNounAfter(toks, p+1); d > 0 {
				return a.owner(toks, i, p+1)
			}
		}
		return Speaker{}, false
	}
	if owner := toks[i]; owner.is("its") {
		return a.organisationNamedIn(toks, doc+1, lastSubject)
	} else if owner.is("his") || owner.is("her") {
		if lastSubject == "" || a.kinds.has(lastSubject, "organisation") {
			return Speaker{}, false
		}
		return Speaker{Name: lastSubject}, true
	}
	for k := i; k < doc; k++ {
		if toks[k].possessive() {
			return a.owner(toks, i, k+1)
		}
	}
	by := doc + 1
	if by+2 < len(toks) && reporterParticiples[toks[by].lower()] && toks[by+1].is("by") && toks[by+2].capitalized() {
		// "according to a draft seen by Meridian Wire that was prepared by de la Vega’s
		// team": the reporters who saw it do not speak through it; who prepared it may.
		after := nameRunEnd(toks, by+2)
		if after+3 < len(toks) && toks[after].is("that") && toks[after+1].is("was") && documentParticiples[toks[after+2].lower()] && toks[after+3].is("by") {
			return a.ownerAfter(toks, after+3)
		}
		return Speaker{}, false
	}
	if by+1 < len(toks) && toks[by].is("that") && toks[by+1].capitalized() {
		// "according to a filing that Harlan Valley Health submitted to the state"
		if end := nameRunEnd(toks, by+1); end < len(toks) && toks[end].kind == wordToken && !toks[end].capitalized() {
			return a.owner(toks, by+1, end)
		}
	}
	if s, ok := a.putOutAfter(toks, doc); ok {
		return s, true
	}
	if by+2 < len(toks) && (toks[by].is("last") || toks[by].is("this")) && periodWords[toks[by+1].lower()] && toks[by+2].is("by") {
		by += 2 // "according to a report last year by the Halvorsen Institute"
	}
	// "a report released in January by", "an analysis of disclosure filings by", "a survey
	// of 4,200 students conducted last fall by"
	if by < len(toks) && (documentParticiples[toks[by].lower()] || toks[by].is("of")) {
		of := toks[by].is("of") // "of disclosure filings": what was analysed, not who
		for k := by + 1; k < len(toks) && k-by <= maxDocumentWords+4 && toks[k].kind == wordToken && !(of && toks[k].capitalized()); k++ {
			if toks[k].is("by") {
				by = k
				break
			}
		}
	}
	if by+1 < len(toks) && documentOwners[toks[by].lower()] {
		return a.ownerAfter(toks, by)
	}
	if k := i; k < doc {
		if toks[k].is("the") || isIndefinite(toks[k]) {
			k++
		}
		if k < doc && doc-k <= 2 && !toks[k].capitalized() && organisationNouns[toks[k].lower()] {
			// "according to commission records", "according to a district budget
			// document": the body the noun names.
			if s, ok := a.organisationByNoun(toks[k].lower(), lastSubject); ok {
				return s, true
			}
		}
	}
	if toks[i].is("the") {
		return a.citedBefore(toks[doc]) // "according to the study", cited before
	}
	if !isIndefinite(toks[i]) {
		return Speaker{}, false
	}
	if s, ok := a.organisationOpening(toks, j); ok {
		return s, true
	}
	if doc > i && companyFilings[toks[doc-1].lower()] && toks[doc].is("filing") {
		// "according to a securities filing": only a company files one, and the article's
		// is the one it is about.
		return a.mainOrganisation("company")
	}
	// "according to a large new study", whose lead author the article names, before or
	// after: all names are registered before any attribution is read.
	if name := a.authorOf[stem(toks[doc].lower())]; name != "" {
		return Speaker{Name: name}, true
	}
	return Speaker{}, false
}

// organisationOpening finds the organisation the sentence holding toks[j] opens with:
// "Voltaro expects to spend $86 million, according to a filing with the Securities and
// Exchange Commission" cites Voltaro's own filing. Only an organisation: a person's
// pay may be reported in a filing someone else made.
func (a *attributor) organisationOpening(toks []token, j int) (Speaker, bool) {
	start, ok := sentenceStart(toks, j)
	if !ok || !toks[start].capitalized() {
		return Speaker{}, false // or a sentence too long to tell what it opens with
	}
	end := nameRunEnd(toks, start)
	if toks[end-1].possessive() {
		return Speaker{}, false
	}
	if full, ok := a.knownOrShortForm(toks[start:end]); ok && a.kinds.has(full, "organisation") {
		return Speaker{Name: full}, true
	}
	return Speaker{}, false
}

// ownerAfter reads the owner a document's "by", "from" or "of" at toks[by] names: "by the
// Alpine Institute", "by the nonpartisan Legislative Budget Office", "by the agency".
func (a *attributor) ownerAfter(toks []token, by int) (Speaker, bool) {
	start := by + 1
	if toks[start].is("the") && start+1 < len(toks) {
		start++
	}
	// "by the nonpartisan Legislative Budget Office": a word or two may describe the
	// name.
	name := start
	for name < len(toks) && name-start < maxOwnerModifiers && toks[name].kind == wordToken && (!toks[name].capitalized() || strings.HasSuffix(toks[name].lower(), "-based")) {
		if name > start && datePrepositions[toks[name].lower()] {
			break // "published by the chamber on Wednesday": when, not a name
		}
		name++ // "the app-analytics firm", "the Pittsburgh-based consultancy"
	}
	if name > start && name+1 < len(toks) && toks[name].text == "," && toks[name+1].capitalized() {
		// "A traffic study prepared by the county engineer, Tom Haskins, and presented":
		// the one the description names.
		if end := nameRunEnd(toks, name+1); end < len(toks) && toks[end].text == "," {
			if s, ok := a.owner(toks, name+1, end); ok {
				return s, true
			}
		}
	}
	if name < len(toks) && toks[name].capitalized() && !calendarWords[toks[name].lower()] { // not "by the university Thursday"
		end := nameRunEnd(toks, name)
		if end+1 < len(toks) && toks[end].kind == wordToken && !toks[end].capitalized() && toks[end].possessive() && toks[end+1].capitalized() {
			// "by the Estravan parliament’s Standing Committee on Defense Procurement": the
			// body the possessive owns is the document's owner.
			name = end + 1
			end = nameRunEnd(toks, name)
		}
		if toks[end-1].possessive() {
			if e, ok := possessiveOrganisationEnd(toks, end); ok {
				end = e // "by the Ashby County District Attorney’s Office"
			}
		}
		if end+1 < len(toks) && toks[end].is("and") && toks[end+1].capitalized() {
			// "by the Taurenian Security and Intelligence Service": "and" inside the name;
			// "by the Food and Retail Workers’ Union": and a possessive.
			next := nameRunEnd(toks, end+1)
			if toks[next-1].possessive() {
				if e, ok := possessiveOrganisationEnd(toks, next); ok {
					next = e
				}
			}
			if organisationWords[toks[next-1].lower()] {
				end = next
			}
		}
		if organisationNouns[toks[end-1].lower()] || (end < len(toks) && toks[end].is("for")) {
			// "by the State Department of Health", "from the Centers for Disease Control
			// and Prevention"
			end = organisationNameEnd(toks, end)
		} else if end+1 < len(toks) && toks[end].is("of") && toks[end+1].capitalized() {
			// "by the Concord of Nations Sanctions Monitoring Team": the name runs on past
			// "of" to a word that ends organisations' names.
			if next := nameRunEnd(toks, end+1); organisationWords[toks[next-1].lower()] {
				end = next
			}
		}
		if e := lowerCaseBodyEnd(toks, end); e > end {
			end = e // "by Holderby district council", as British papers write it
		}
		return a.owner(toks, name, end)
	}
	// "figures provided by the health department": the organisation whose name ends so.
	if s, ok := a.organisationEndingIn(toks[start:name]); ok {
		return s, true
	}
	return a.owner(toks, by+1, start+1) // "a report by the agency"
}

// lowerCaseBodyEnd returns the end of the lower-case words that finish a body's name
// after its capitalised part at toks[:end]: "district council" in "Holderby district
// council", "county council". It returns end when they do not end in an organisation noun.
func lowerCaseBodyEnd(toks []token, end int) int {
	e := end
	for e < len(toks) && e-end < 2 && toks[e].kind == wordToken && !toks[e].capitalized() && (organisationNouns[toks[e].lower()] || councilAreas[toks[e].lower()]) {
		e++
	}
	if e == end || !organisationNouns[toks[e-1].lower()] {
		return end
	}
	return e
}

// councilAreas say what a local council governs: "district council", "parish council".
var councilAreas = wordSet(`district county city borough parish town`)

// maxOwnerModifiers bounds the words that may describe a document's owner before its
// name: "the nonpartisan", "the state's independent".
const maxOwnerModifiers = 3

// ownedDocumentAt returns the index of the "by" or "from" that joins a document at toks[j]
// to a named owner, 0 for none: "a confidential report from the U.N. Panel of Experts",
// "a study by Brandt & Keough Engineering".
func ownedDocumentAt(toks []token, j int) int {
	if j+2 >= len(toks) || !documentNouns[toks[j].lower()] {
		return 0
	}
	by := pastParticiple(toks, j) // "A diplomatic cable sent from the U.S. Embassy"
	// "in the preliminary statement of the International Election Observation Mission"
	of := toks[by].is("of") && by+2 < len(toks) && toks[by+1].is("the") && statementNouns[toks[j].lower()]
	if by+1 >= len(toks) || !toks[by].is("by") && !toks[by].is("from") && !of {
		return 0
	}
	if !nameAfter(toks, by) {
		return 0
	}
	return by
}

// nameAfter reports a name, or "the" and a name, right after toks[by]: the owner "by the
// Halden Lab" or "from Sensorly" names.
func nameAfter(toks []token, by int) bool {
	return toks[by+1].capitalized() || toks[by+1].is("the") && by+2 < len(toks) && toks[by+2].capitalized()
}

// releasedBy returns the index of the "by" that names who released or published the
// thing a noun at toks[j] names, set off by a comma: "the most recent point-in-time count,
// released in May by the …"; 0 for none. The noun need not be a document noun: the
// participle says it is one.
func releasedBy(toks []token, j int) int {
	if j+3 >= len(toks) || toks[j].kind != wordToken || toks[j].capitalized() || toks[j+1].text != "," {
		return 0
	}
	if p := toks[j+2].lower(); p != "released" && p != "published" && p != "issued" {
		return 0
	}
	by := pastParticiple(toks, j+1)
	if by+1 >= len(toks) || !toks[by].is("by") {
		return 0
	}
	if !nameAfter(toks, by) {
		return 0
	}
	return by
}

// documentOpening returns the stem of the document the sentence holding toks[j] opens
// with ("A report published last month by …", "The 2024 study by …", "In a 64-page
// report released alongside the decision, the panel said"), "" for none.
func documentOpening(toks []token, j int) string {
	start, ok := sentenceStart(toks, j)
	if ok && toks[start].is("in") && start+1 < j {
		start++
	}
	if !ok || !isIndefinite(toks[start]) && !toks[start].is("the") {
		return ""
	}
	for k := start + 1; k < j && k-start <= 3 && toks[k].kind == wordToken; k++ {
		if documentNouns[toks[k].lower()] {
			return stem(toks[k].lower())
		}
	}
	return ""
}

// citesDocument reports "according to" at toks[j] citing a document, whoever owns it.
func citesDocument(toks []token, j int) bool {
	return toks[j].is("according") && j+2 < len(toks) && toks[j+1].is("to") && documentNounAfter(toks, j+2) >= 0
}

// documentSubjectAt finds who speaks through "the report found" at toks[j]: the owner a
// possessive names ("the commission’s report found", "Acme’s filing shows"), the owner
// a clause between commas names ("The audit, conducted by the Office of the State
// Auditor, found"), or else the owner of the document cited last, when the words before
// the verb are "the" and a document noun ("the report", "the 2023 report").
func (a *attributor) documentSubjectAt(toks []token, j int) (Speaker, bool) {
	if j < 2 && !(j == 1 && toks[0].is("it")) || !documentVerbs[toks[j].lower()] || toks[j].capitalized() {
		return Speaker{}, false
	}
	if seen := seenByReporters(toks, j); seen > 0 {
		j = seen // "an internal Quillon Systems planning memo reviewed by The Circuit Ledger projects"
	}
	if toks[j-1].kind == wordToken && (isAdverb(toks[j-1].lower()) || toks[j-1].is("itself") || doAuxiliaries[toks[j-1].lower()]) && j >= 3 && documentNouns[toks[j-2].lower()] {
		j-- // "The statement also warned", "The budget document itself acknowledges", "The study did find"
	}
	if toks[j-1].text == "," {
		return a.describedDocumentOwner(toks, j-1)
	}
	if it := j - 1; toks[it].is("it") {
		if it >= 1 && (toks[it-1].is("but") || toks[it-1].is("and")) {
			it-- // "But it warned that …"
		} else if it >= 2 && toks[it-1].text == "," && toks[it-2].kind == wordToken && sentenceAdverbs[toks[it-2].lower()] {
			it -= 2 // "Instead, it proposed …"
		}
		if it == 0 && a.lastDocumentPara == a.para-1 && a.lastDocument.Label() != "" {
			// "… The report, based on rapid assessments in 212 villages, estimates …" and
			// then a paragraph "It found that …": the document the paragraph before cited.
			return a.lastDocument, true
		}
		if s, ok := a.itBetweenCommas(toks, it, j); ok {
			return s, true
		}
		if it > 0 && !toks[it-1].endsSentence() {
			return Speaker{}, false
		}
		// "The ICTI report offered some support for that view. It found that …"
		if _, ok := a.documentOpened(toks, it-1); ok && it > 0 {
			return a.lastDocument, true
		}
		return Speaker{}, false
	}
	// "… and seen by The Meridian Review shows": a document noun inside a name names none.
	if named := toks[j-1].capitalized() && toks[j-2].capitalized(); !documentNouns[toks[j-1].lower()] || named {
		if s, ok := a.ownerRightBefore(toks, j); ok {
			return s, true
		}
		if start, ok := a.documentOpened(toks, j); ok && isIndefinite(toks[start]) {
			// "A survey of 1,140 teachers conducted by the alliance in January found": the
			// document this sentence opened with, its owner read then.
			return a.lastDocument, true
		}
		if when := datePhraseStart(toks, j); when > 0 {
			// "A briefing paper published by the Verity Institute for Human Rights in
			// October documented": the owner's name ends before when.
			if s, ok := a.ownerRightBefore(toks, when); ok {
				return s, true
			}
		}
		return a.ownerBeforeParticiple(toks, j)
	}
	its := j - 2
	for its > 0 && j-its < 4 && toks[its].kind == wordToken && !toks[its].capitalized() && !toks[its].is("its") {
		its-- // "Its retraction notice said"
	}
	if toks[its].is("its") && (its == 0 || toks[its-1].endsSentence()) {
		return a.ownerOfIts(toks, its, toks[j-1])
	}
	if s, ok := a.ownerOfHisOrHer(toks, j); ok {
		return s, true // "Her analysis found"
	}
	if p := j - 2; toks[p].possessive() {
		start := p
		if toks[p].capitalized() {
			start = nameRunStart(toks, p)
		} else if p > 0 && toks[p-1].is("the") {
			start = p - 1
		}
		return a.owner(toks, start, p+1)
	}
	for k := j - 2; k >= 0 && j-k <= maxDocumentWords; k-- {
		switch {
		case toks[k].is("the"):
			if k > 0 && (speechVerbs[toks[k-1].lower()] || toks[k-1].is("that")) {
				return Speaker{}, false // "Natarajan said the study showed …": her words
			}
			return a.citedBefore(toks[j-1])
		case toks[k].capitalized() && !toks[k].possessive():
			// "A Reuters poll found", "a Pew Research Center survey found": the name
			// before the document is its owner's.
			start := nameRunStart(toks, k)
			if start < k && (isIndefinite(toks[start]) || toks[start].is("the")) {
				start++ // "A Reuters poll": the sentence's capital A
			}
			if start > 0 && toks[start-1].is("the") {
				return a.owner(toks, start, k+1) // "The ICTI report found": a body named before
			}
			if (start == 0 || toks[start-1].endsSentence()) && k-start+1 >= 2 && j-k == 2 && toks[k+1].is("records") {
				// "Ashby County Circuit Court records show": a body's records, opening the
				// sentence with no article.
				name := joinTokens(toks[start : k+1])
				if s, ok := a.owner(toks, start, k+1); ok {
					return s, true
				}
				a.addPerson(name)
				a.addKind(name, "organisation")
				return Speaker{Name: name}, true
			}
			if opensWithArticle(toks, start) {
				if s, ok := a.owner(toks, start, k+1); ok {
					return s, true
				}
				// A body named only here, by the document it owns: "A Reuters poll".
				name := joinTokens(toks[start : k+1])
				a.addPerson(name)
				a.addKind(name, "organisation")
				return Speaker{Name: name}, true
			}
			return Speaker{}, false
		case toks[k].kind != wordToken:
			return Speaker{}, false
		}
	}
	return Speaker{}, false
}

// seenByReporters returns the index of the participle in a document noun, "seen",
// "reviewed" or "obtained", "by" and a name, right before the verb at toks[j]: the
// reporters who saw the document neither own it nor stand between it and its verb. It
// returns 0 for none.
func seenByReporters(toks []token, j int) int {
	k := j - 1
	for k > 0 && j-k <= maxNameWords && toks[k].capitalized() {
		k--
	}
	if k == j-1 || k < 2 || !toks[k].is("by") || !reporterParticiples[toks[k-1].lower()] || !documentNouns[toks[k-2].lower()] {
		return 0
	}
	return k - 1
}

// opensWithArticle reports a name at toks[start] that follows the "a" or "an" its
// sentence opens with, a conjunction and two adjectives at most around it: "A Reuters
// poll", "But an internal Quillon Systems planning memo".
func opensWithArticle(toks []token, start int) bool {
	article := start - 1
	for article >= 0 && start-article <= 2 && toks[article].kind == wordToken && !toks[article].capitalized() && !isIndefinite(toks[article]) {
		article-- // "internal", "new"
	}
	if article < 0 || !isIndefinite(toks[article]) {
		return false
	}
	if article > 0 && sentenceConjunctions[toks[article-1].lower()] {
		article--
	}
	return article == 0 || toks[article-1].endsSentence()
}

// documentOpensSentence finds the document a sentence opens with, at toks[j], and its
// owner: "The ICTI report offered …" (a body named before), "The report offered …" (the
// report cited last). It returns the stem of what the document is.
func (a *attributor) documentOpensSentence(toks []token, j int) (Speaker, string, bool) {
	if isIndefinite(toks[j]) {
		// "A report by the Estravan parliament’s Standing Committee …, published in
		// January, was less forgiving."
		for k := j + 1; k+2 < len(toks) && k-j <= maxOwnerModifiers+1 && toks[k].kind == wordToken; k++ {
			if !documentNouns[toks[k].lower()] {
				continue
			}
			// "A report published in June by the Arms Provenance Project, …, examined"
			if by := pastParticiple(toks, k); by+1 < len(toks) && toks[by].is("by") {
				s, ok := a.ownerAfter(toks, by)
				return s, stem(toks[k].lower()), ok
			}
			// "An engineering assessment prepared for the river commission in 2023 put the
			// cost at": a body that had a document prepared speaks through it.
			if k+3 < len(toks) && clientParticiples[toks[k+1].lower()] && toks[k+2].is("for") {
				s, ok := a.ownerAfter(toks, k+2)
				return s, stem(toks[k].lower()), ok
			}
			// "A survey of 1,140 early-childhood teachers conducted by the alliance in
			// January found"
			if k+1 < len(toks) && toks[k+1].is("of") {
				for p := k + 2; p+1 < len(toks) && p-k <= maxDocumentWords+3 && (toks[p].kind == wordToken || toks[p].text == ",") && !toks[p].capitalized(); p++ {
					if documentParticiples[toks[p].lower()] {
						if by := pastParticiple(toks, p-1); by+1 < len(toks) && toks[by].is("by") {
							s, ok := a.ownerAfter(toks, by)
							return s, stem(toks[k].lower()), ok
						}
						break
					}
				}
			}
		}
		return Speaker{}, "", false
	}
	if s, noun, ok := a.documentReleasedBy(toks, j); ok {
		return s, noun, true
	}
	if s, noun, ok := a.possessedDocumentOpening(toks, j); ok {
		return s, noun, true
	}
	if !toks[j].is("the") || j+2 >= len(toks) {
		return Speaker{}, "", false
	}
	if d := documentNounAfter(toks, j+1); d > j && ownerFollows(toks, d) {
		// "The 212-page report of the Research Integrity Investigation Committee, a copy
		// of which the Ledger obtained, reaches a different conclusion. It found"
		if s, ok := a.ownerAfter(toks, d+1); ok {
			return s, stem(toks[d].lower()), true
		}
	}
	if toks[j+1].possessive() && !toks[j+1].capitalized() {
		// The sentence's subject may take more words before its noun than a document
		// named in passing: "The association’s most recent tax filing, covering …, reports".
		if s, noun, ok := a.bodyNounDocument(toks, j+1, 4); noun != "" {
			return s, noun, ok
		}
	}
	k := j + 1
	for k < len(toks) && k-j <= maxNameWords && toks[k].capitalized() && !toks[k].possessive() {
		k++
	}
	if k >= len(toks) || !documentNouns[toks[k].lower()] || toks[k].capitalized() {
		return Speaker{}, "", false
	}
	noun := stem(toks[k].lower())
	if k == j+1 {
		s, ok := a.citedBefore(toks[k])
		return s, noun, ok
	}
	s, ok := a.owner(toks, j+1, k)
	return s, noun, ok
}

// ownedDocumentBefore finds the owner of a document named with it right before toks[that],
// a "that" whose verb says what the document says: "a staff report from the Larkfield
// Planning Department that warned".
func (a *attributor) ownedDocumentBefore(toks []token, that int) (Speaker, bool) {
	start := nameRunStart(toks, that-1)
	if start == that || start < 3 || !toks[that-1].capitalized() {
		return Speaker{}, false
	}
	by := start - 1
	if toks[by].is("the") {
		by--
	}
	if by < 1 || !documentOwners[toks[by].lower()] || !documentNouns[toks[by-1].lower()] || toks[by-1].capitalized() {
		return Speaker{}, false
	}
	return a.ownerAfter(toks, by)
}

// possessiveNameEnd returns the index of the possessive that ends a name starting at
// toks[i] ("the Harlan City Police Department’s"), or -1 when none does.
func possessiveNameEnd(toks []token, i int) int {
	k := i
	if k < len(toks) && toks[k].is("the") {
		k++
	}
	for start := k; k < len(toks) && k-start < maxNameWords && toks[k].capitalized(); k++ {
		if toks[k].possessive() {
			return k
		}
	}
	return -1
}

// possessedDocumentOpening reads a sentence that opens at toks[j] with an organisation's
// own document: "Brenhold’s annual report, filed with the Brenn Stock Exchange on March
// 7, struck a more cautious note …. The filing warned investors".
func (a *attributor) possessedDocumentOpening(toks []token, j int) (Speaker, string, bool) {
	p := possessiveNameEnd(toks, j)
	if p < 0 {
		return Speaker{}, "", false
	}
	d := documentNounAfter(toks, p+1)
	if d < 0 {
		return Speaker{}, "", false
	}
	if s, ok := a.owner(toks, j, p+1); ok && s.Name != "" && a.kinds.has(s.Name, "organisation") {
		return s, stem(toks[d].lower()), true
	}
	return Speaker{}, "", false
}

// putOutAfter finds who put out the document at toks[doc] when a clause without "that"
// follows it: "according to an inspection report the Food and Drug Administration posted
// online", "a preliminary account the department posted", "an advisory the Federal Cyber
// Defense Agency issued in September".
func (a *attributor) putOutAfter(toks []token, doc int) (Speaker, bool) {
	if s, ok := a.putOutInThatClause(toks, doc); ok {
		return s, true
	}
	the, name := doc+1, doc+2
	if name+1 >= len(toks) || !toks[the].is("the") {
		return Speaker{}, false
	}
	// A body by its kind ("a preliminary list the line submitted") is one word, which
	// owner resolves; a name runs on.
	end := name + 1
	if toks[name].capitalized() {
		end = a.organisationRunEnd(toks, name, nameRunEnd(toks, name))
	}
	if end < len(toks) && (documentParticiples[toks[end].lower()] || publishingVerbs[toks[end].lower()]) {
		return a.owner(toks, the, end)
	}
	return Speaker{}, false
}

// putOutInThatClause finds who put out the document at toks[doc] when a that-clause
// names them, with a description set off by commas or without: "a filing that Harwick
// Financial Corp., the bank's publicly traded parent, made with federal securities
// regulators".
func (a *attributor) putOutInThatClause(toks []token, doc int) (Speaker, bool) {
	name := doc + 2
	if name+1 >= len(toks) || !toks[doc+1].is("that") {
		return Speaker{}, false
	}
	if toks[name].is("the") && organisationNouns[toks[name+1].lower()] && name+2 < len(toks) {
		// "an internal quality review that the hospital began in mid-March": the body
		// by its kind, which undertook the document.
		if verb := toks[name+2].lower(); documentParticiples[verb] || publishingVerbs[verb] || undertakingVerbs[verb] {
			return a.owner(toks, name, name+2)
		}
		return Speaker{}, false
	}
	if !toks[name].capitalized() {
		return Speaker{}, false
	}
	end := a.organisationRunEnd(toks, name, nameRunEnd(toks, name))
	verb := end
	if verb < len(toks) && toks[verb].text == "," {
		for verb++; verb < len(toks) && verb-end <= maxRoleWords && toks[verb].kind == wordToken; verb++ {
		}
		if verb >= len(toks) || toks[verb].text != "," {
			return Speaker{}, false
		}
		verb++
	}
	if verb < len(toks) && (documentParticiples[toks[verb].lower()] || publishingVerbs[toks[verb].lower()]) {
		return a.owner(toks, name, end)
	}
	return Speaker{}, false
}

// undertakingVerbs say a body set a document going: "a review that the hospital began".
var undertakingVerbs = wordSet(`began launched ordered started opened`)

// ownerFollows reports a document at toks[d] followed by who owns it: "of the Research
// Integrity Investigation Committee", "by the agency".
func ownerFollows(toks []token, d int) bool {
	if d+2 >= len(toks) {
		return false
	}
	if next := toks[d+1]; next.is("of") {
		return toks[d+2].is("the") || toks[d+2].capitalized() // not "the report of disclosure filings"
	}
	return documentOwners[toks[d+1].lower()] && !toks[d].capitalized()
}

// cite records the owner of a document just cited, by the stem of what it is ("report",
// "audit"); an empty owner records a document that is nobody's to speak through.
func (a *attributor) cite(owner Speaker, noun string) {
	a.lastDocument, a.lastDocumentNoun, a.lastDocumentPara = owner, noun, a.para
	if noun != "" {
		a.citedByNoun[noun] = owner
	}
}

// citedBefore finds whose document "the report" or "the study" refers back to: the owner
// of the document of that kind cited last, else the person the article made its author
// ("the study’s lead author").
func (a *attributor) citedBefore(noun token) (Speaker, bool) {
	kind := stem(noun.lower())
	if a.lastDocument.Label() != "" && (kind == a.lastDocumentNoun || noun.is("document")) {
		return a.lastDocument, true // "according to the document": whichever was cited
	}
	if s, ok := a.citedByNoun[kind]; ok {
		return s, s.Label() != "" // the audit cited before the statement cited last
	}
	if name := a.authorOf[kind]; name != "" && a.introduced(name) {
		return Speaker{Name: name}, true
	}
	if name := a.writtenBy[kind]; name != "" && a.introduced(name) {
		return Speaker{Name: name}, true
	}
	if a.lastDocument.Label() != "" && a.para-a.lastDocumentPara <= 1 {
		// "The study, by … Partners, found …. The report, delivered in October, recommended":
		// another word for the document cited in this paragraph or the one before is that one.
		return a.lastDocument, true
	}
	return a.bodyNamedFor(kind)
}

// bodyNamedFor finds the one organisation introduced so far whose name holds a word the
// stem of a document noun begins: "according to the audit" after "the Office of the City
// Auditor", "the census" after the "Census Bureau".
func (a *attributor) bodyNamedFor(stem string) (Speaker, bool) {
	if len(stem) < 5 {
		return Speaker{}, false
	}
	// Looked up once per paragraph and noun: a page that cites "the audit" in every
	// sentence, among thousands of bodies, stays linear.
	key := strconv.Itoa(a.para) + " " + stem
	if s, ok := a.namedFor[key]; ok {
		return s, s.Name != ""
	}
	s := a.scanBodyNamedFor(stem)
	a.namedFor[key] = s
	return s, s.Name != ""
}

func (a *attributor) scanBodyNamedFor(stem string) Speaker {
	found := ""
	for _, name := range a.kinds.names["organisation"] {
		if name == found || !a.introduced(name) {
			continue
		}
		for _, w := range strings.Fields(strings.ToLower(name)) {
			if strings.HasPrefix(w, stem) {
				if found != "" {
					return Speaker{}
				}
				found = name
				break
			}
		}
	}
	return Speaker{Name: found}
}

// authoredDocument returns the stem of the document a role makes someone the author of,
// "" for none: "the study’s lead author", "lead author of the report", "the report’s
// author". A co-author is one of several, and owns nothing alone.
func authoredDocument(role string) string {
	words := strings.Fields(strings.ToLower(strings.ReplaceAll(role, "’", "'")))
	for i, w := range words {
		if w != "author" {
			continue
		}
		if i > 0 {
			if doc, ok := strings.CutSuffix(words[i-1], "'s"); ok && documentNouns[doc] {
				return stem(doc) // "the study's author"
			}
		}
		if i > 1 && authorRanks[words[i-1]] {
			if doc, ok := strings.CutSuffix(words[i-2], "'s"); ok && documentNouns[doc] {
				return stem(doc) // "the study's lead author"
			}
		}
		if i+2 < len(words) && words[i+1] == "of" && documentNouns[words[len(words)-1]] && (words[i+2] == "the" || words[i+2] == "a") {
			return stem(words[len(words)-1]) // "lead author of the study"
		}
	}
	return ""
}

// authorRanks say which of a document's authors is meant: the one who speaks for it.
var authorRanks = wordSet(`lead senior principal first main`)

// describedDocumentOwner reads the owner named in a clause between a document and its
// verb, the clause ending at the comma toks[c]: "The audit, conducted by the Office of
// the State Auditor, found …".
func (a *attributor) describedDocumentOwner(toks []token, c int) (Speaker, bool) {
	if start, ok := sentenceStart(toks, c); ok && toks[start].is("its") {
		// "Its most recent quarterly report on Ostrana, circulated to member states …,
		// found": whose "its" means says whose.
		for d := start + 1; d < c && d-start <= maxOwnerModifiers+1 && toks[d].kind == wordToken; d++ {
			if documentNouns[toks[d].lower()] {
				return a.ownerOfIts(toks, start, toks[d])
			}
		}
	}
	if s, ok := a.ownerOfHisOrHer(toks, c); ok {
		return s, true // "Her 22-page report, filed with the board in September, found"
	}
	// The description may run long: "The report, delivered in October and posted without
	// announcement on the agency’s website in December, recommended".
	for k := c - 1; k >= 2 && c-k <= maxDocumentDescriptionWords; k-- {
		if toks[k].endsSentence() {
			break // the sentence before
		}
		if toks[k].kind != wordToken && toks[k].text != "," && !clockColon(toks, k) {
			return Speaker{}, false
		}
		if toks[k].text != "," {
			continue
		}
		next := toks[k+1].lower()
		if of := letterheadOf(toks, k+1, c); of > 0 {
			// "The three-page document, on the letterhead of the Department of Internal
			// Policy, sets": whose paper it is written on says whose it is.
			s, ok := a.ownerAfter(toks, of)
			if ok {
				a.cite(s, stem(toks[k-1].lower())) // "The memo also tells" next
			}
			return s, ok
		}
		if !documentNouns[toks[k-1].lower()] && documentParticiples[next] {
			// "A draft of the final decision, prepared by the Meridian Climate
			// Secretariat and leaked …, showed": the document is named before "of".
			for d := k - 2; d >= 1 && k-d <= maxDocumentSubjectWords && toks[d].kind == wordToken; d-- {
				if documentNouns[toks[d].lower()] && toks[d+1].is("of") {
					return a.ownerOfDescribed(toks, k, c)
				}
			}
		}
		if documentNouns[toks[k-1].lower()] {
			// "That assessment, the IEON’s final report on the 2019 election, found": a
			// document named again as its owner's.
			if s, ok := a.possessiveDocumentOwner(toks, k+1, c); ok {
				return s, true
			}
		}
		if documentParticiples[next] || next == "by" {
			if documentNouns[toks[k-1].lower()] {
				return a.ownerOfDescribed(toks, k, c)
			}
			// "A report by the app-analytics firm Sensorly, published Wednesday, found"
			if by := documentByBefore(toks, k); by > 0 {
				return a.ownerAfter(toks, by)
			}
		}
		// Any other comma sets off a description: "The memo, written by Tobias Renwick,
		// Quillon’s vice president of platform software, said".
	}
	if s, ok := a.openingDocumentOwner(toks, c); ok {
		return s, true
	}
	if _, ok := a.documentOpened(toks, c); ok {
		// "The department’s own notice, posted to its public layoff database Tuesday
		// afternoon, classifies": the document this sentence opened with, its owner read then.
		return a.lastDocument, true
	}
	// "The assessment, an unclassified summary of a longer classified document, said": the
	// document cited before, described again.
	if first := firstCommaAfter(toks, c); first > 1 && documentNouns[toks[first-1].lower()] && toks[first-2].is("the") {
		return a.citedBefore(toks[first-1])
	}
	return Speaker{}, false
}

// itBetweenCommas finds the document that "it", set off by commas with its verb at
// toks[verb], means: the one the sentence before opened with, "The report also pointed
// to a 14-minute break …. After Vasko returned to the board, it said, his play …".
func (a *attributor) itBetweenCommas(toks []token, it, verb int) (Speaker, bool) {
	if it < 2 || toks[it-1].text != "," || verb+1 >= len(toks) || toks[verb+1].text != "," {
		return Speaker{}, false
	}
	start, ok := sentenceStart(toks, it)
	if !ok || start < 2 {
		return Speaker{}, false
	}
	before, ok := sentenceStart(toks, start-1)
	if !ok || !toks[before].is("the") || !documentNouns[toks[before+1].lower()] {
		return Speaker{}, false
	}
	return a.citedBefore(toks[before+1])
}

// documentOpened reports whether the sentence holding toks[k] opened with the document
// cited last, whose owner was read then and speaks through a verb that comes later ("A
// survey of 1,140 teachers conducted by the alliance in January found"), and where the
// sentence starts.
func (a *attributor) documentOpened(toks []token, k int) (start int, ok bool) {
	start, ok = sentenceStart(toks, k)
	return start, ok && a.documentSentence == [2]int{a.para, start} && a.lastDocument.Label() != ""
}

// clockColon reports the colon of a time of day at toks[k]: "sent at 6:12 a.m.".
func clockColon(toks []token, k int) bool {
	return toks[k].text == ":" && k > 0 && k+1 < len(toks) && isNumber(toks[k-1].text) && isNumber(toks[k+1].text)
}

// bodyNounDocument reads a document a body owns by the noun for its kind, at toks[o],
// the noun at most reach words after it: "The company’s rate filing, a 212-page document
// …, lays out the stakes. According to the filing", "the timeline in the company’s own
// report": the body the noun names owns it, and what "the filing" or "the report" says
// next is that body's.
func (a *attributor) bodyNounDocument(toks []token, o, reach int) (Speaker, string, bool) {
	for d := o + 1; d < len(toks) && d-o <= reach && toks[d].kind == wordToken; d++ {
		if !documentNouns[toks[d].lower()] {
			continue
		}
		noun := toks[o].withoutPossessive().lower()
		if owner := a.lastDocument; owner.Name != "" && a.lastDocumentPara >= a.para-1 && a.kinds.has(owner.Name, noun) {
			// "According to data from Keelwatch, a ship-tracking firm, …. The firm’s
			// records show": the firm just cited, here or in the paragraph before.
			return owner, stem(toks[d].lower()), true
		}
		s, ok := a.mainOrganisation(noun) // as in ownerOfDescribed
		return s, stem(toks[d].lower()), ok
	}
	return Speaker{}, "", false
}

// ownerOfIts finds whose document "Its NOUN" opening a sentence at toks[its] is: the body
// the sentence before opens with, named ("The Annals retracted one of the papers. Its
// retraction notice said"), else the body's whose document of that kind was cited before
// ("The panel of experts raised a similar concern. Its report warned"), else the body the
// sentence before opens with by its kind ("The agency itself has been cautious. Its most
// recent quarterly report …").
func (a *attributor) ownerOfIts(toks []token, its int, document token) (Speaker, bool) {
	if its >= 2 {
		// "The Hollmark Ministry … replied within hours. Its statement said": the body
		// just named, though another's statement was cited before.
		if name, ok := a.openingName(toks, its-2); ok && a.kinds.has(name, "organisation") {
			return Speaker{Name: name}, true
		}
	}
	if s, ok := a.citedByNoun[stem(document.lower())]; ok && s.Label() != "" {
		return s, true // a report of the same kind, not whatever was cited last
	}
	if its < 2 {
		return Speaker{}, false
	}
	if start, ok := sentenceStart(toks, its-2); ok && toks[start].is("the") && organisationNouns[toks[start+1].lower()] {
		return a.organisationByNoun(toks[start+1].lower(), "")
	}
	return Speaker{}, false
}

// ownerOfHisOrHer finds whose document a sentence opens with when it opens "His" or
// "Her", a few words and a document noun, and reaches toks[end] (its verb, or the comma
// that closes a description of it): the last person named before it in the paragraph,
// as in "The panel leaned on the work of Ines Caldera, a statistician …. Her analysis,
// commissioned by the federation in April, put the odds …". The person need not have
// been the subject, but must be one "her" or "his" can mean; nobody named in the
// paragraph means no owner.
func (a *attributor) ownerOfHisOrHer(toks []token, end int) (Speaker, bool) {
	start, ok := sentenceStart(toks, end)
	if !ok || !(toks[start].is("his") || toks[start].is("her")) {
		return Speaker{}, false
	}
	document := false
	for d := start + 1; d < end && d-start <= maxOwnerModifiers+1 && toks[d].kind == wordToken; d++ {
		if documentNouns[toks[d].lower()] {
			document = d == end-1 || toks[d+1].text == ","
			break
		}
	}
	if !document {
		return Speaker{}, false
	}
	pronoun := "she"
	if toks[start].is("his") {
		pronoun = "he"
	}
	if name, ok := a.personNamedBefore(toks, start, pronoun); ok {
		return Speaker{Name: name}, true
	}
	return Speaker{}, false
}

// maxDocumentDescriptionWords bounds the description set off by commas between a
// document and its verb: "The review, conducted by an independent panel convened by the
// Lindell College of Veterinary Medicine at the zoo’s request, found" has 17 words.
const maxDocumentDescriptionWords = 24

// letterheadOf returns the index of the "of" in "on the letterhead of X" opening the
// description toks[start:end], or 0.
func letterheadOf(toks []token, start, end int) int {
	if start+3 < end && toks[start].is("on") && toks[start+1].is("the") && toks[start+2].is("letterhead") && toks[start+3].is("of") {
		return start + 3
	}
	return 0
}

// maxDocumentSubjectWords bounds what a document noun and "of" may name before the comma
// that opens its description: "A survey of 412 hospital pharmacy directors, conducted …
// by the Hospital Pharmacy Alliance of America, found".
const maxDocumentSubjectWords = 7

// whoseDocumentAt finds who speaks through the document a "whose" clause names, the
// clause ending in a comma before the verb at toks[j]: "the U.N. Panel of Experts on
// Dourané, whose latest report to the Security Council, circulated last month, found".
// The body before "whose" owns the document, whatever else the clause names. It returns
// the owner and the stem of the document noun.
func (a *attributor) whoseDocumentAt(toks []token, j int) (Speaker, string, bool) {
	if j < 2 || toks[j-1].text != "," || toks[j].capitalized() || !documentVerbs[toks[j].lower()] {
		return Speaker{}, "", false // the cheap tests first: this is asked of every word
	}
	start, ok := sentenceStart(toks, j-1)
	if !ok {
		return Speaker{}, "", false
	}
	for w := j - 2; w > start+1; w-- {
		if !toks[w].is("whose") || toks[w-1].text != "," {
			continue
		}
		return a.whoseDocument(toks, w)
	}
	return Speaker{}, "", false
}

// whoseDocument reads the document a "whose" at toks[w], after a comma, names, and its
// owner: the body before the comma. It returns the owner and the stem of the document
// noun.
func (a *attributor) whoseDocument(toks []token, w int) (Speaker, string, bool) {
	noun := documentNounAfter(toks, w+1)
	if noun < 0 || w < 2 || toks[w-1].text != "," {
		return Speaker{}, "", false
	}
	name := nameRunStart(toks, w-2)
	if s, ok := a.knownNameStart(toks, name, w-1); ok {
		name = s
	}
	s, ok := a.owner(toks, name, w-1)
	return s, stem(toks[noun].lower()), ok
}

// openingDocumentOwner reads the owner of the document that opens the sentence reaching
// the comma toks[c] before its verb, named with "of", "by" or "from" before a clause
// about the owner: "The preliminary report of the Organization for Democratic Security
// in Europe’s election observation mission, which deployed 320 observers, found".
func (a *attributor) openingDocumentOwner(toks []token, c int) (Speaker, bool) {
	start, ok := sentenceStart(toks, c)
	if !ok {
		return Speaker{}, false
	}
	d := documentNounAfter(toks, start)
	if d >= 0 && d+3 < c && documentParticiples[toks[d+1].lower()] && toks[d+2].is("by") {
		d++ // "Map data compiled by Naomi Ferreira, a health geographer …, shows"
	}
	if d < 0 || d+2 >= c || !documentOwners[toks[d+1].lower()] {
		return Speaker{}, false
	}
	for k := start; k < d; k++ {
		if toks[k].capitalized() && k > start {
			return Speaker{}, false // "The Halvard Institute’s report of …": named before
		}
	}
	return a.ownerAfter(toks, d+1)
}

// firstCommaAfter returns the first comma of the sentence that ends at the comma toks[c],
// when the words before it are a short phrase ("The assessment,"); 0 for none.
func firstCommaAfter(toks []token, c int) int {
	start, ok := sentenceStart(toks, c)
	if !ok {
		return 0
	}
	for k := start; k < c && k-start <= 4; k++ {
		if toks[k].text == "," {
			return k
		}
		if toks[k].kind != wordToken {
			return 0
		}
	}
	return 0
}

// ownerOfDescribed finds the owner of the document before the comma at toks[k], which a
// description after it goes on about, up to the verb at toks[c]: "The audit, conducted by
// the Office of the State Auditor, found", "The study, by the consultancy Harrowgate
// Mobility Partners, found", "Ocha’s latest situation report, published on Wednesday,
// found", "The report, delivered in October, recommended".
func (a *attributor) ownerOfDescribed(toks []token, k, c int) (Speaker, bool) {
	for by := k + 1; by+1 < c; by++ {
		if toks[by].is("by") {
			s, ok := a.ownerAfter(toks, by)
			if !ok && isIndefinite(toks[by+1]) {
				// "conducted by an independent panel convened by the Lindell College of
				// Veterinary Medicine": a body with no name of its own speaks for the one
				// that set it up.
				continue
			}
			if ok {
				a.cite(s, stem(toks[k-1].lower())) // "The affidavit says" next
			}
			return s, ok
		}
	}
	for p := k - 2; p >= 0 && k-p <= 5 && toks[p].kind == wordToken; p-- { // "The association’s most recent tax filing,"
		if toks[p].possessive() && toks[p].capitalized() {
			return a.owner(toks, nameRunStart(toks, p), p+1)
		}
		if toks[p].possessive() && p > 0 && toks[p-1].is("the") {
			// "The company’s annual report, filed with the Securities and Exchange
			// Commission last month, lists": the company the article is about.
			return a.mainOrganisation(toks[p].withoutPossessive().lower())
		}
	}
	if k >= 2 && toks[k-2].is("the") {
		return a.citedBefore(toks[k-1]) // "The report, delivered in October, recommended"
	}
	return Speaker{}, false
}

// possessiveDocumentOwner reads the owner of a document named with a possessive in the
// words toks[start:end] that describe another: "the IEON’s final report on …". The
// possessive must come first, after "the", and a document noun at most two words after it.
func (a *attributor) possessiveDocumentOwner(toks []token, start, end int) (Speaker, bool) {
	if start < end && toks[start].is("the") {
		start++
	}
	p := start
	for p < end && p-start < maxNameWords && toks[p].capitalized() && !toks[p].possessive() {
		p++
	}
	if p >= end || !toks[p].capitalized() || !toks[p].possessive() {
		return Speaker{}, false
	}
	for d := p + 1; d < end && d-p <= 3 && toks[d].kind == wordToken; d++ {
		if documentNouns[toks[d].lower()] {
			return a.owner(toks, start, p+1)
		}
	}
	return Speaker{}, false
}

// documentByBefore returns the index of the "by" that joins a document to its owner
// before the comma at toks[comma] ("A report by the app-analytics firm Sensorly,"), or 0.
func documentByBefore(toks []token, comma int) int {
	for by := comma - 2; by >= 1 && comma-by <= maxOwnerModifiers+maxNameWords+1; by-- {
		if toks[by].kind != wordToken {
			return 0
		}
		if toks[by].is("by") && documentNouns[toks[by-1].lower()] {
			return by
		}
	}
	return 0
}

// ownerRightBefore finds the owner in "Separate figures released on Wednesday by the
// National Mining Statistics Office showed …", the verb at toks[j]: a document, "by" and
// its owner, whose name ends right before the verb.
func (a *attributor) ownerRightBefore(toks []token, j int) (Speaker, bool) {
	if !toks[j-1].capitalized() {
		return Speaker{}, false
	}
	by := a.byBeforeName(toks, j)
	if by >= 3 && reporterParticiples[toks[by-1].lower()] && toks[by-2].is("and") {
		// "a draft agreement prepared by the Drovnian Ministry of Commerce and seen by
		// Foreign Policy includes": who prepared it, not who saw it.
		by = a.byBeforeName(toks, by-2)
	}
	if by < 1 || reporterParticiples[toks[by-1].lower()] {
		return Speaker{}, false // "Satellite tracking data reviewed by Foreign Policy shows": a reporter saw it
	}
	for k := by - 1; k >= 0 && by-k <= maxDocumentWords && toks[k].kind == wordToken; k-- {
		if documentNouns[toks[k].lower()] {
			return a.ownerAfter(toks, by)
		}
	}
	return Speaker{}, false
}

// byBeforeName returns the index of the "by" before the name that ends right before
// toks[end] ("by the National Mining Statistics Office"), or 0 when there is none.
func (a *attributor) byBeforeName(toks []token, end int) int {
	by := nameRunStart(toks, end-1)
	if s, ok := a.knownNameStart(toks, by, end); ok {
		by = s
	}
	for by >= 2 && (toks[by-1].is("for") || toks[by-1].is("of")) && toks[by-2].capitalized() && end-by < 2*maxNameWords {
		by = nameRunStart(toks, by-2) // "by the … Centre for River Security"
	}
	by--
	// "by the Stockholm-based Centre …", "by the nonpartisan Legislative Budget Office"
	for n := 0; by > 0 && n < maxOwnerModifiers && toks[by].kind == wordToken && !toks[by].is("the") && !toks[by].is("by") &&
		(!toks[by].capitalized() || strings.HasSuffix(toks[by].lower(), "-based")); n++ {
		by--
	}
	if by > 0 && toks[by].is("the") {
		by--
	}
	if by >= 2 && (toks[by].is("at") || toks[by].is("in")) && toks[by-1].capitalized() {
		// "by the Halloway Center for Rural Health Research at the University of …": the
		// body the report is by, not where it sits.
		return a.byBeforeName(toks, by)
	}
	if by < 1 || !toks[by].is("by") && !toks[by].is("from") {
		return 0 // "by the National Mining Statistics Office", "Records from the Arizona Office of Well Monitoring"
	}
	return by
}

// ownerBeforeParticiple finds the owner in "A report by the National Health Protection
// Agency published last year found …", the verb at toks[j]: a document, "by", its
// owner, then a participle saying when or where it came out.
func (a *attributor) ownerBeforeParticiple(toks []token, j int) (Speaker, bool) {
	if j >= 5 && toks[j-2].is("the") && toks[j-3].is("by") && documentParticiples[toks[j-4].lower()] && documentNouns[toks[j-5].lower()] {
		return a.owner(toks, j-2, j) // "Figures compiled by the council show"
	}
	for k := j - 1; k > 3 && j-k <= maxDocumentPhrase && toks[k].kind == wordToken; k-- {
		if documentParticiples[toks[k].lower()] && toks[k-2].is("the") && toks[k-3].is("by") && documentNouns[toks[k-4].lower()] {
			return a.owner(toks, k-2, k) // "A report by the institute published in February found"
		}
		if !documentParticiples[toks[k].lower()] || !toks[k-1].capitalized() {
			continue
		}
		by := a.byBeforeName(toks, k)
		if by < 1 || !documentNouns[toks[by-1].lower()] {
			return Speaker{}, false
		}
		return a.ownerAfter(toks, by)
	}
	return Speaker{}, false
}

// documentOpeningAt finds who speaks through the document a sentence opens with: "In a
// technical assessment published in November, the agency recommended …", "In its filing,
// Acme warned …". The sentence's subject, after the comma, is the document's owner.
func (a *attributor) documentOpeningAt(toks []token, j int, lastSubject string) (Speaker, bool) {
	if !toks[j].is("in") || (j > 0 && !toks[j-1].endsSentence()) {
		return Speaker{}, false
	}
	if documentNounAfter(toks, j+1) < 0 {
		return Speaker{}, false
	}
	comma := j + 2
	for comma < len(toks) && comma-j < maxDocumentPhrase && toks[comma].kind == wordToken {
		comma++
	}
	if comma+2 >= len(toks) || toks[comma].text != "," {
		return Speaker{}, false
	}
	subject := comma + 1
	if toks[subject].is("the") && !toks[subject+1].capitalized() {
		if subject+2 < len(toks) && toks[subject+2].kind == wordToken && definiteNoun(toks, subject+1) && organisationNouns[toks[subject+1].lower()] {
			return a.organisationByNoun(toks[subject+1].lower(), lastSubject)
		}
		// "In its most recent forecast, the fiscal watchdog projected": a word or two
		// describe the noun.
		for n := subject + 2; n+1 < len(toks) && n-subject <= 3 && toks[n].kind == wordToken && !toks[n].capitalized(); n++ {
			if organisationNouns[toks[n].lower()] && toks[n+1].kind == wordToken {
				return a.organisationByNoun(toks[n].lower(), lastSubject)
			}
		}
		return Speaker{}, false
	}
	if toks[subject].is("the") {
		subject++
	}
	end := a.organisationRunEnd(toks, subject, nameRunEnd(toks, subject)) // "the Taurenian Security and Intelligence Service"
	if end > subject && organisationNouns[toks[end-1].lower()] {
		end = organisationNameEnd(toks, end) // "the Group of 31 accused"
	}
	// The verb follows the name, or a description set off by a comma does ("the Ad Hoc
	// Committee of Caldorian Bondholders, whose members …, called").
	if end == subject || end >= len(toks) || toks[end-1].possessive() || toks[end].text != "," && (toks[end].kind != wordToken || toks[end].capitalized()) {
		return Speaker{}, false
	}
	_, name := splitTitle(toks[subject:end])
	if len(name) == 0 {
		return Speaker{}, false
	}
	full, ok := a.knownOrShortForm(name)
	if !ok {
		return Speaker{}, false
	}
	return Speaker{Name: full}, true
}

// maxDocumentPhrase bounds the words of "In a technical assessment published in November,"
// and "In a letter to Lindqvist dated Monday and obtained by 7 On Your Side,".
const maxDocumentPhrase = 16

// documentNounStem returns the stem of the first document noun in the phrase that starts
// at toks[j] ("according to a 2023 report by …" → "report"), or "" when there is none.
func documentNounStem(toks []token, j int) string {
	for k := j; k < len(toks) && k-j < maxDocumentPhrase; k++ {
		if toks[k].kind == wordToken && documentNouns[toks[k].lower()] {
			return stem(toks[k].lower())
		}
	}
	return ""
}

// documentNounAfter returns the index of the document noun that toks[i:] names within a few
// words ("its permit application", "a 2023 report"), or -1.
func documentNounAfter(toks []token, i int) int {
	for k := i; k < len(toks) && k-i < maxDocumentWords; k++ {
		if toks[k].kind != wordToken {
			return -1
		}
		// "according to figures from the Rivers Monitoring Office", "according to figures
		// published each week by the Water Authority", "according to data the department
		// compiled": a bare plural may open the phrase when its owner follows.
		if documentNouns[toks[k].lower()] && (k > i || k+1 < len(toks) && (documentOwners[toks[k+1].lower()] || documentParticiples[toks[k+1].lower()] || toks[k+1].is("the"))) {
			return k
		}
	}
	return -1
}

// owner resolves the words toks[start:end] that name a document's owner: a name ("Acme",
// "the Water Alliance’s") or what it is ("the company’s", "the agency").
func (a *attributor) owner(toks []token, start, end int) (Speaker, bool) {
	if toks[start].is("the") {
		start++
	}
	if start >= end {
		return Speaker{}, false
	}
	run := make([]token, end-start)
	copy(run, toks[start:end])
	last := &run[len(run)-1]
	*last = last.withoutPossessive()
	if !run[0].capitalized() {
		if len(run) != 1 || !definiteNoun(toks, start) {
			return Speaker{}, false
		}
		return a.organisationByNoun(last.lower(), "")
	}
	_, name := splitTitle(run)
	if len(name) == 0 {
		return Speaker{}, false
	}
	full, ok := a.resolve(name)
	if !ok {
		return Speaker{}, false
	}
	return Speaker{Name: full}, true
}

// organisationNamedIn finds the organisation "its" refers to in "according to its filing,
// Acme will …": the first one named in the next few words of the sentence, else the one
// the article was last about, else the last one named so far.
func (a *attributor) organisationNamedIn(toks []token, from int, lastSubject string) (Speaker, bool) {
	for k := from; k < len(toks) && k-from < maxDocumentPhrase && !toks[k].endsSentence(); k++ {
		if !toks[k].capitalized() || toks[k-1].capitalized() {
			continue
		}
		end := nameRunEnd(toks, k)
		if toks[end-1].possessive() {
			continue
		}
		if full, ok := a.knownOrShortForm(toks[k:end]); ok && a.kinds.has(full, "organisation") {
			return Speaker{Name: full}, true
		}
	}
	return a.organisationByNoun("organisation", lastSubject)
}

// documentWrittenBy returns the stem of the document whose owner's name starts at
// toks[start], "" for none: "The memo, written by Tobias Renwick", "a study by the
// Pittsburgh-based consultancy Harrowgate Mobility Partners".
func documentWrittenBy(toks []token, start int) string {
	by := start - 1
	for by > 0 && start-by <= maxOwnerModifiers+1 && toks[by].kind == wordToken && !toks[by].is("by") {
		by-- // "by the app-analytics firm Sensorly"
	}
	if by < 1 || !toks[by].is("by") {
		return ""
	}
	k := by - 1
	if documentParticiples[toks[k].lower()] {
		k--
		if k >= 0 && toks[k].text == "," {
			k--
		}
	} else if toks[k].text == "," {
		k-- // "The study, by …"
	}
	if k < 0 || !documentNouns[toks[k].lower()] {
		return ""
	}
	return stem(toks[k].lower())
}

// organisationEndingIn finds the organisation whose name ends in the lower-case words
// that call it what it is, when they are more than its last word: "the health department"
// is the Harrow County Public Health Department, not the State Department of Health,
// which "the department" could be too.
func (a *attributor) organisationEndingIn(words []token) (Speaker, bool) {
	if len(words) < 2 {
		return Speaker{}, false
	}
	if last := words[len(words)-1].lower(); !organisationNouns[last] && !namedCentre[last] {
		return Speaker{}, false // "the avalanche center" is a centre's too
	}
	phrase := " " + strings.ToLower(joinTokens(words))
	// "the district attorney’s office" after "the Linden County Office of the District
	// Attorney": the holder's office named the other way round.
	reversed := ""
	if n := len(words); words[n-1].is("office") && words[n-2].possessive() {
		holder := append(slices.Clone(words[:n-2]), words[n-2].withoutPossessive())
		reversed = " office of the " + strings.ToLower(joinTokens(holder))
	}
	names := a.kinds.names[words[len(words)-1].lower()]
	for i := len(names) - 1; i >= 0; i-- {
		name := strings.ToLower(names[i])
		if (strings.HasSuffix(name, phrase) || reversed != "" && strings.HasSuffix(name, reversed)) && a.introduced(names[i]) {
			return Speaker{Name: names[i]}, true
		}
	}
	return Speaker{}, false
}

// mainOrganisation finds the organisation a document "the company’s" or "a securities
// filing" with no name belongs to, when no sentence says whose: the first introduced of
// that kind, which is what the article is about more often than the last one named (a
// rival, a regulator). A noun any organisation answers to ("company", "group") takes any.
func (a *attributor) mainOrganisation(noun string) (Speaker, bool) {
	if !organisationNouns[noun] {
		return Speaker{}, false
	}
	kind := noun
	if anyOrganisationNouns[noun] {
		kind = "organisation"
	}
	fits := func(name string) bool {
		return a.introduced(name) && !(a.isNoBusiness(name) && businessNouns[noun])
	}
	justIntroduced := func(name string) bool { return fits(name) && a.firstIn[name] == a.para }
	if name, ok := a.kinds.last(noun, justIntroduced); ok && kind != noun {
		// "a group of about 140 families calling itself Parents for Safe Contact sued ….
		// The group’s complaint says": the one introduced as a group in this paragraph.
		return Speaker{Name: name}, true
	}
	if name, ok := a.kinds.first(noun, fits); ok && kind != noun {
		// "the company’s own report": the first company, before a research lab introduced
		// earlier.
		return Speaker{Name: name}, true
	}
	if name, ok := a.kinds.first(kind, fits); ok {
		return Speaker{Name: name}, true
	}
	return Speaker{}, false
}

// documentReleasedBy reads a sentence that opens with a document and a description of it,
// set off by commas, that says who put it out: "The city’s proposed budget for the 2025
// fiscal year, released in March by the Port Halloran Office of Management and Budget,
// allocates …", "Kaldesh’s latest defense white paper, released by the Kaldeshi Ministry
// of Defense in October, did not mention …". What "it" or "the budget document" says next
// is that body's.
func (a *attributor) documentReleasedBy(toks []token, j int) (Speaker, string, bool) {
	comma := -1
	for k := j + 1; k < len(toks) && k-j <= maxDocumentPhrase; k++ {
		if toks[k].text == "," {
			comma = k
			break
		}
		if toks[k].kind != wordToken {
			return Speaker{}, "", false
		}
	}
	if comma < 0 || comma+2 >= len(toks) || !documentParticiples[toks[comma+1].lower()] {
		return Speaker{}, "", false
	}
	doc := -1
	for k := comma - 1; k > j; k-- {
		if documentNouns[toks[k].lower()] && !toks[k].capitalized() {
			doc = k
			break
		}
	}
	if doc < 0 {
		return Speaker{}, "", false
	}
	for by := comma + 2; by+1 < len(toks) && by-comma <= maxDocumentWords+1 && toks[by].kind == wordToken; by++ {
		if toks[by].is("by") {
			s, ok := a.ownerAfter(toks, by)
			return s, stem(toks[doc].lower()), ok
		}
	}
	return Speaker{}, "", false
}

// pastParticiple returns where the words after the document at toks[doc] go on past a
// participle saying what became of it and when: the "by" in "a report released in June by
// Meridian Rights Watch". With no participle it is the word after the document.
func pastParticiple(toks []token, doc int) int {
	k := doc + 1
	if k >= len(toks) || !documentParticiples[toks[k].lower()] {
		return k
	}
	k++
	if k+2 < len(toks) && (toks[k].is("in") || toks[k].is("on")) && calendarWords[toks[k+1].lower()] {
		k += 2
	} else if k+2 < len(toks) && (toks[k].is("last") || toks[k].is("this") || toks[k].is("earlier")) && periodWords[toks[k+1].lower()] {
		k += 2 // "released last month by", "published this week by"
	}
	return k
}

// periodWords follow "last" or "this" to say when: "last month", "this spring".
var periodWords = wordSet(`week month year spring summer fall autumn winter quarter`)

// datePhraseStart returns where a phrase saying when ends right before toks[end] ("in
// October", "on Oct. 31", "in 2023"), at its preposition; 0 for none.
func datePhraseStart(toks []token, end int) int {
	for k := end - 1; k > 0 && end-k <= 3; k-- {
		t := toks[k]
		if (t.is("in") || t.is("on")) && k < end-1 {
			return k
		}
		if !calendarWords[t.lower()] && !isNumber(t.text) {
			return 0
		}
	}
	return 0
}
