package retrieval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Organisations as speakers: names that go on past their head noun or hold
// possessives, descriptions before the name, offices, and "the company said".

// isNoBusiness reports an organisation that is a public or academic body or a group of
// members: "the company said" is never a university's, an agency's or a union's words.
func (a *attributor) isNoBusiness(name string) bool {
	for noun := range nonBusinessNouns {
		if a.kinds.has(name, noun) {
			return true
		}
	}
	return false
}

// possessiveOrganisationEnd returns the end of an organisation's name that goes on past a
// possessive at toks[end-1] and ends in an organisation noun: "St. Brigid’s Children’s
// Hospital". "Acme’s Chief Executive Jo Lee" is no such name.
func possessiveOrganisationEnd(toks []token, end int) (int, bool) {
	k := end
	for k < len(toks) && toks[k].capitalized() && k-end < maxNameWords {
		k++
	}
	if k == end || toks[k-1].possessive() || !organisationNouns[toks[k-1].lower()] && !localNumberAfter(toks, k) {
		return 0, false // a union local's number ends its name: "Castlebridge Musicians’ Local 212"
	}
	return k, true
}

// addPossessiveForm records the words up to a possessive in an organisation's name as a
// short form of that name, unless they begin another one.
func (a *attributor) addPossessiveForm(words, full string) {
	key := foldKey(words)
	if known, taken := a.byPossessive[key]; taken && known != full {
		a.byPossessive[key] = ""
		return
	}
	a.byPossessive[key] = full
}

// possessiveShortForm resolves a name that ends in a possessive and begins exactly one
// organisation's name: "St. Brigid’s said", after "St. Brigid’s Children’s Hospital".
func (a *attributor) possessiveShortForm(run []token) (string, bool) {
	full := a.byPossessive[foldKey(joinTokens(run))]
	if full == "" || !a.introduced(full) {
		return "", false
	}
	return full, true
}

// organisationNameEnd returns the end of an organisation's name that goes on past its
// head noun at toks[end-1]: "for Glaciers and Mountain Ecosystems", "of Health".
func organisationNameEnd(toks []token, end int) int {
	j := end
	for j+1 < len(toks) && j-end < maxRoleWords {
		c := toks[j].lower()
		// "and" only joins words inside the name: "the Authority and Mayor Lee" are two.
		// "in" joins a mission to its city: "the U.S. Embassy in Korvany", "the International
		// Observer Mission in the Tesk Valley".
		mission := c == "in" && j == end && (toks[end-1].is("embassy") || toks[end-1].is("consulate") || toks[end-1].is("mission"))
		// "to" joins a delegation to the body it is sent to: "the Permanent Mission of
		// Tarnesia to the United Nations".
		mission = mission || c == "to" && (toks[end-1].is("mission") || toks[end-1].is("delegation"))
		// "in" joins a body named for a purpose to where it works when the whole is
		// possessed: "the Organization for Security and Co-operation in Europe’s mission".
		// Otherwise it says where the body sits or when: "the Institute for Economic
		// Policy in Calvora", "the Ministry of Defense in Kabul", "… in October".
		purpose := c == "in" && j > end && j+1 < len(toks) && toks[j+1].possessive() && !calendarWords[toks[j+1].withoutPossessive().lower()] &&
			slices.ContainsFunc(toks[end:j], func(t token) bool { return t.is("for") })
		mission = mission || purpose
		// A comma joins a list inside the name: "the Ministry of Housing, Communities and
		// Local Government", "the Ministry of Trade, Industry and Energy".
		listed := c == "," && j > end && j+2 < len(toks) && toks[j+1].capitalized() && !toks[j+1].possessive() && toks[j+2].is("and")
		if !(c == "of" || c == "for" || c == "on" || (c == "and" && j > end) || mission || listed) {
			break
		}
		if c == "on" && j+1 < len(toks) && calendarWords[toks[j+1].lower()] {
			break // "the Environmental Protection Agency on Tuesday": when, not a name
		}
		k := j + 1
		if listed {
			j = k + 1 // the listed word; "and" and the rest of the name follow
			continue
		}
		if toks[k].is("the") || c == "for" && isIndefinite(toks[k]) {
			k++ // "the Coalition for a Precautionary Pause"
		}
		if k < len(toks) && c == "of" && isNumber(toks[k].text) && !strings.Contains(toks[k].text, ",") {
			j = k + 1 // "the Group of 31"
			continue
		}
		if k >= len(toks) || !toks[k].capitalized() {
			break
		}
		if toks[k].possessive() {
			if purpose {
				j = k + 1 // "… in Europe’s election observation mission": the body's own
			}
			break
		}
		for k < len(toks) && toks[k].capitalized() && !toks[k].possessive() && k-end < maxRoleWords {
			k++
		}
		j = k
	}
	return j
}

// unionNames are what a union's name may call it besides "union": "the … Education
// Association", "the … Federation of Teachers", "the Screen Actors Guild".
var unionNames = []string{"association", "federation", "guild", "brotherhood"}

// addKind records what a name is; every kind of organisation is also an "organisation",
// which "the company said" can refer to.
func (a *attributor) addKind(name, noun string) {
	a.kinds.add(name, noun)
	if organisationNouns[noun] {
		a.kinds.add(name, "organisation")
	}
	if publicBodyNouns[noun] {
		a.kinds.add(name, "agency") // "the agency said" of a ministry or an authority
	}
}

// businessHeads are what a description calls a business besides the organisation nouns:
// "the Denver-based maker of electric bikes", "a Seattle startup".
var businessHeads = wordSet(`maker supplier distributor startup chain conglomerate brand wholesaler
	exporter importer platform vendor provider operator developer publisher dealership dealer
	producer miner tracker promoter`)

// singleWordOrganisation registers a one-word name that a description of a business
// follows as an organisation: "Voltaro, the Denver-based maker of electric bikes, is
// recalling …", so that "Voltaro said" and "the company said" find it. The word must be
// one the article also capitalises in mid-sentence, so that "Meanwhile, the company …"
// names nothing.
func (a *attributor) singleWordOrganisation(name token, toks []token, end int) {
	word := name.withoutPossessive().text
	if name.possessive() || end+1 >= len(toks) || toks[end].text != "," {
		return
	}
	// "Xinhua, the state news agency, reported": a description set off by commas and
	// then a speech verb makes the word a name even where only sentences start with it.
	if sentenceAdverbs[strings.ToLower(word)] || !a.properNouns[foldKey(word)] && !describedThenSpeaks(toks, end) {
		return
	}
	if opens := end == 1 || end >= 2 && toks[end-2].endsSentence(); opens && toks[end+1].is("which") && (describedThenSpeaks(toks, end) || businessWhich(toks, end+1)) && !calendarWords[strings.ToLower(word)] {
		// "Zipway, which is headquartered in neighbouring Dravenia and operates in five
		// countries, said": a which-clause describes a thing, and this one speaks.
		if _, known := a.byName[foldKey(word)]; !known {
			a.addPerson(word)
			a.addKind(word, "organisation")
		}
		return
	}
	if next := toks[end+1]; !next.is("the") && !isIndefinite(next) {
		return
	}
	roles := postRoles(toks, end)
	head := ""
	for _, r := range roles {
		// "the video and messaging platform": the last of coordinated words names the kind.
		if h := roleHead(r); organisationNouns[h] || businessHeads[h] {
			head = h
			break
		}
	}
	if head == "" {
		return
	}
	if full, ok := a.organisationOpenedBy(word); ok {
		// "Kessler, a 61-store chain …" after "the Kessler Family Markets store": the
		// short form of the name met first.
		for _, r := range roles {
			a.addRole(full, r)
		}
		if !nonBusinessNouns[head] {
			a.addKind(full, "company") // "a 61-store chain": "the company’s annual report"
		}
		return
	}
	a.addPerson(word)
	if !nonBusinessNouns[head] {
		a.addKind(word, "company")
	} else {
		a.addKind(word, head) // "Xinhua, the state news agency,": no company
	}
	for _, r := range roles {
		a.addRole(word, r)
	}
}

// tradeNameShortForm reports a company's name that is words more than a trade-name
// ending ("Foods", "Cruises", "Software"): "Pell Valley said" is Pell Valley Foods.
func tradeNameShortForm(full string, words int) bool {
	parts := strings.Fields(full)
	last := strings.ToLower(parts[len(parts)-1])
	return len(parts) == words+1 && (companyNameEndings[last] || tradeNameEndings[last])
}

// businessWhich reports a which-clause at toks[which] that says what a business does:
// "Veradyne, which sells roughly a third of the state’s smartphones, took a softer line".
func businessWhich(toks []token, which int) bool {
	return which+1 < len(toks) && businessVerbs[toks[which+1].lower()]
}

// businessVerbs say what a business does for a living.
var businessVerbs = wordSet(`sells makes operates owns employs builds produces manufactures supplies runs`)

// organisationAfterItsKind registers a one-word name that a description of a business
// comes before, as a critic's title comes before a name: "a report by the app-analytics
// firm Sensorly", "the chipmaker Corvale".
func (a *attributor) organisationAfterItsKind(name token, toks []token, i int) {
	if i < 2 || name.possessive() || calendarWords[name.lower()] {
		return // not "released by the university Thursday afternoon"
	}
	kind := toks[i-1].lower()
	if toks[i-1].capitalized() || !organisationNouns[kind] && !businessHeads[kind] && !strings.HasSuffix(kind, "maker") {
		return
	}
	for k := i - 2; k >= 0 && i-k <= maxOwnerModifiers+1 && toks[k].kind == wordToken; k-- {
		if toks[k].is("the") || isIndefinite(toks[k]) {
			word := name.text
			a.addPerson(word)
			a.addKind(word, kind)
			a.addKind(word, "organisation")
			if !nonBusinessNouns[kind] {
				a.addKind(word, "company")
			}
			return
		}
	}
}

// possessiveOrganisation registers an organisation first met as an owner, whose name
// says what it is: "the Calder Regional Transit Authority’s bus network", so that "the
// agency’s figures" and "the authority said" find it.
func (a *attributor) possessiveOrganisation(run []token) {
	name := trimLeadingNonNames(run)
	if len(name) < 2 {
		return
	}
	head := name[len(name)-1].withoutPossessive().lower()
	if !organisationNouns[head] {
		return
	}
	words := make([]string, len(name))
	for i, t := range name {
		words[i] = t.text
	}
	words[len(words)-1] = name[len(name)-1].withoutPossessive().text
	full := strings.Join(words, " ")
	if _, known := a.byName[foldKey(full)]; known {
		return
	}
	bare := append(append([]token(nil), name[:len(name)-1]...), name[len(name)-1].withoutPossessive())
	if _, longer := a.personOpenedBy(bare); longer {
		return // "the National Bank’s report", after "the National Bank of Drevnia"
	}
	a.addPerson(full)
	a.addKind(full, head)
}

// organisationOpenedBy returns the one organisation registered so far whose name begins
// with word.
func (a *attributor) organisationOpenedBy(word string) (string, bool) {
	fulls := a.opening[foldKey(word)]
	if len(fulls) != 1 {
		return "", false
	}
	parts := strings.Fields(fulls[0])
	return fulls[0], organisationNouns[strings.ToLower(parts[len(parts)-1])] || a.kinds.has(fulls[0], "company")
}

// organisationBefore finds the organisation "the company said" refers back to: the one
// the article was last about, else the last one named so far, whose name or description
// has that noun ("the insurer" for "Acme, the state's largest home insurer"); for a noun
// any organisation answers to ("the company", "the group"), the last organisation.
func (a *attributor) organisationBefore(toks []token, j int, lastSubject string) (Speaker, bool) {
	if !definiteNoun(toks, j) {
		return Speaker{}, false
	}
	if j >= 3 && toks[j-2].kind == wordToken && (toks[j-3].is("that") || toks[j-3].is("which")) {
		return Speaker{}, false // "the league that oversees the team told it": the league's words
	}
	if j >= 2 && memberPrepositions[toks[j-2].lower()] {
		return Speaker{}, false // "Not everyone on the council agrees": some of its members, not the body
	}
	if s, ok := a.organisationByNoun(toks[j].lower(), lastSubject); ok {
		return s, true
	}
	return a.operatorBefore(toks, j)
}

// operatorNouns say what a body does, which its name need not: "the grid operator".
var operatorNouns = wordSet(`operator`)

// operatorBefore finds the body a definite noun of what it does means, ending at toks[j],
// by a word before the noun that the name of the body cited or opening a sentence in this
// paragraph or the one before holds: "Under a revised load-shedding schedule published by
// the National Grid Control Centre, …", then "The grid operator said in a statement".
func (a *attributor) operatorBefore(toks []token, j int) (Speaker, bool) {
	if !operatorNouns[toks[j].lower()] {
		return Speaker{}, false
	}
	var recent []string
	if a.lastDocument.Name != "" && a.lastDocumentPara >= a.para-1 {
		recent = append(recent, a.lastDocument.Name)
	}
	if a.lastOrganisation != "" && a.lastOrganisationPara >= a.para-1 {
		recent = append(recent, a.lastOrganisation)
	}
	for k := j - 1; k >= 0 && !toks[k].is("the"); k-- {
		for _, name := range recent {
			if slices.ContainsFunc(strings.Fields(name), func(w string) bool { return strings.EqualFold(w, toks[k].text) }) {
				return Speaker{Name: name}, true
			}
		}
	}
	return Speaker{}, false
}

// memberPrepositions put a body after the people in it or near it, who are the subject:
// "everyone on the council", "some in the department".
var memberPrepositions = wordSet(`on in of at within among inside across`)

// organisationByNoun finds the organisation a definite noun refers back to, as
// organisationBefore describes; "organisation" itself takes any.
func (a *attributor) organisationByNoun(noun, lastSubject string) (Speaker, bool) {
	if !organisationNouns[noun] {
		// "a report by the Concord of Nations Sanctions Monitoring Team …. The team
		// found": a noun that names no organisation in general ("the team" is often
		// researchers) names the one organisation so far whose name ends in it.
		// "the line" is also the one whose name ends in the plural ("Castellane Ocean
		// Lines").
		var named []string
		for _, ending := range []string{noun, noun + "s"} {
			for _, name := range a.kinds.names[ending] {
				if a.introduced(name) && strings.HasSuffix(strings.ToLower(name), " "+ending) && !slices.Contains(named, name) {
					named = append(named, name)
				}
			}
		}
		if len(named) == 1 {
			return Speaker{Name: named[0]}, true
		}
		if noun == "team" {
			return a.firstTeam() // "the team announced"
		}
		return Speaker{}, false
	}
	// "Kessler said …. The company said": the organisation just speaking, whatever its
	// name calls it, when the noun fits any.
	if anyOrganisationNouns[noun] && lastSubject != "" && a.kinds.has(lastSubject, "organisation") && a.introduced(lastSubject) &&
		!(a.isNoBusiness(lastSubject) && businessNouns[noun]) {
		return Speaker{Name: lastSubject}, true
	}
	if noun == "union" && lastSubject != "" && a.introduced(lastSubject) && slices.ContainsFunc(unionNames, func(kind string) bool { return a.kinds.has(lastSubject, kind) }) {
		// "The Brennan County Education Association, which represents about 1,900
		// teachers, …. In a letter …, the union said": a union named as an association.
		return Speaker{Name: lastSubject}, true
	}
	if owner := a.lastDocument.Name; owner != "" && a.lastDocumentPara == a.para && (a.kinds.has(owner, noun) || anyOrganisationNouns[noun] && a.kinds.has(owner, "organisation")) {
		// "According to figures from the Sorvenian Fisheries Agency, …. The agency
		// estimates": the body just cited, before the one last speaking.
		return a.lastDocument, true
	}
	for _, kind := range []string{noun, "organisation"} {
		// "according to figures published by the utility": a utility named by no word
		// that says so ("the state-owned Velmora Electricity Corporation") is any
		// business, once none is described as one.
		if kind == "organisation" && !anyOrganisationNouns[noun] && noun != "utility" {
			break
		}
		fits := func(name string) bool {
			return a.introduced(name) && !(kind == "organisation" && a.isNoBusiness(name) && businessNouns[noun])
		}
		if lastSubject != "" && a.kinds.has(lastSubject, kind) && fits(lastSubject) {
			return Speaker{Name: lastSubject}, true
		}
		// "Carrow County Memorial Hospital will stop …. Mothers will be directed to
		// Dunmore Regional Medical Center …. the hospital said": the one that has been a
		// subject, before one only mentioned, unless that one is new in this paragraph
		// ("according to the agency’s own figures" on the Authority just named).
		opened := func(name string) bool {
			para, ok := a.openedIn[name]
			return ok && para <= a.para && fits(name)
		}
		last, ok := a.kinds.last(kind, fits)
		if kind == noun && noun != "organisation" && (!ok || a.firstIn[last] != a.para) {
			if name, opens := a.kinds.last(kind, opened); opens {
				return Speaker{Name: name}, true
			}
		}
		if ok {
			return Speaker{Name: last}, true
		}
	}
	if name, ok := a.bodyOpeningName(noun); ok {
		return Speaker{Name: name}, true
	}
	// "The Office for Budget Responsibility has been similarly cautious. In its most
	// recent forecast, the fiscal watchdog projected": a word for what the organisation
	// just spoken of does, when nothing named is one. ("The insurer" is no bank.)
	if oversightNouns[noun] && lastSubject != "" && a.kinds.has(lastSubject, "organisation") && a.introduced(lastSubject) {
		if _, named := a.kinds.last(noun, a.introduced); !named {
			return Speaker{Name: lastSubject}, true
		}
	}
	return Speaker{}, false
}

// bodyOpeningName finds the body a noun names when no body of its kind has been named but
// one organisation's name opens with such a body's, capitalised words up to the noun: "The
// Ostrander State University Board of Trustees voted …. the university said" is
// Ostrander State University, which it registers. Two such bodies name none.
func (a *attributor) bodyOpeningName(noun string) (string, bool) {
	names := a.byInnerWord[noun]
	asked := [2]int{len(names), a.para}
	if len(names) == 0 || a.openingMissed[noun] == asked {
		return "", false
	}
	found := ""
	for _, name := range names {
		if !a.kinds.has(name, "organisation") || !a.introduced(name) {
			continue
		}
		words := strings.Fields(name)
		for k := 1; k < len(words)-1; k++ {
			if !strings.EqualFold(words[k], noun) {
				continue
			}
			opening := words[:k+1]
			if slices.ContainsFunc(opening, func(w string) bool { r, _ := utf8.DecodeRuneInString(w); return !unicode.IsUpper(r) }) {
				break // "Board of Trustees of the University of Carrow"
			}
			if prefix := strings.Join(opening, " "); found == "" {
				found = prefix
			} else if found != prefix {
				a.openingMissed[noun] = asked
				return "", false
			}
			break
		}
	}
	if found == "" {
		a.openingMissed[noun] = asked
		return "", false
	}
	a.addPerson(found)
	a.addKind(found, "organisation")
	a.addKind(found, noun)
	return found, true
}

// oversightNouns say what a public body does rather than what it is called, so that any
// body's name may stand behind them: "the fiscal watchdog" of the Office for Budget
// Responsibility, "the regulator" of a commission.
var oversightNouns = wordSet(`watchdog regulator`)

// officeBefore finds an office that speaks for the holder of a title, ending at toks[j]:
// "the governor’s office said", "the district attorney’s office said". It is named as
// the article names it, "Governor’s office". The caller takes it only right before the
// verb: "the governor’s office had asked for the rule to be delayed", in a source's
// account, is the source's words. An office the article has named in full is that
// office: "the sheriff’s office said" after "the Harrow County Sheriff’s Office".
func (a *attributor) officeBefore(toks []token, j int) (Speaker, bool) {
	if !toks[j].is("office") || j < 2 || !toks[j-1].possessive() || toks[j-1].capitalized() {
		return Speaker{}, false
	}
	k := j - 1
	for k > 0 && j-k < 3 && toks[k-1].kind == wordToken && !toks[k-1].is("the") && !toks[k-1].capitalized() {
		k--
	}
	if k == 0 || !toks[k-1].is("the") || !isTitleWord(toks[j-1].withoutPossessive()) {
		return Speaker{}, false
	}
	if s, ok := a.organisationEndingIn(toks[k : j+1]); ok {
		return s, true
	}
	name := joinTokens(toks[k : j+1])
	r, size := utf8.DecodeRuneInString(name)
	return Speaker{Name: string(unicode.ToUpper(r)) + name[size:]}, true
}

// demonymBodyBefore finds a body named by a country's adjective and what it is, in lower
// case, ending at toks[j]: "The Austrian interior ministry said", "The Israeli military
// said". It is registered, so that "the ministry said" finds it later.
func (a *attributor) demonymBodyBefore(toks []token, j int) (Speaker, bool) {
	head := toks[j].lower()
	if toks[j].capitalized() || !organisationNouns[head] && !armedForces[head] || anyOrganisationNouns[head] {
		return Speaker{}, false // "the Dutch chipmaker said" refers back to a company
	}
	k := j
	for k > 0 && j-k < 3 && toks[k-1].kind == wordToken && !toks[k-1].capitalized() && !isStopword(toks[k-1].lower()) {
		k-- // "interior", "foreign"
	}
	if k < 2 || !toks[k-1].capitalized() || toks[k-1].possessive() || !toks[k-2].is("the") || (k >= 3 && toks[k-3].capitalized()) {
		return Speaker{}, false
	}
	name := joinTokens(toks[k-1 : j+1])
	if full, ok := a.byName[foldKey(name)]; ok {
		return Speaker{Name: full}, true
	}
	if full, ok := a.demonymNamed(toks[k-1].text, head); ok {
		return Speaker{Name: full}, true // "the Dravian ministry", named "the Dravian Ministry of Transport"
	}
	a.addPerson(name)
	a.addKind(name, "organisation")
	a.addKind(name, head)
	return Speaker{Name: name}, true
}

// ledeBody reads the subject of an article's first sentence, from toks[start] to its verb
// before toks[j], when it is a body given by its kind and named only in the next paragraph,
// as news ledes do: "A state appeals court … struck down …, ruling that", then "The 2-1
// decision by the Fourth District Court of Appeals"; "Vestria’s competition regulator
// sued …, saying", then "The National Competition Commission filed its complaint".
func (a *attributor) ledeBody(toks []token, start, j int) (Speaker, bool) {
	if a.para != 0 {
		return Speaker{}, false
	}
	k := datelineEnd(toks, start)
	if k < j && (isIndefinite(toks[k]) || toks[k].is("the") || toks[k].capitalized() && toks[k].possessive()) {
		k++
	}
	head := ""
	for from := k; k < j && k-from <= maxOwnerModifiers && toks[k].kind == wordToken && !toks[k].capitalized(); k++ {
		if w := toks[k].lower(); organisationNouns[w] && !anyOrganisationNouns[w] || oversightNouns[w] || genericBodyNouns[w] {
			head = w
			break
		}
	}
	if head == "" {
		return Speaker{}, false
	}
	var next []string
	for _, name := range a.names {
		if a.firstIn[name] != 1 || !a.kinds.has(name, "organisation") || slices.Contains(next, name) {
			continue
		}
		next = append(next, name)
		if slices.ContainsFunc(strings.Fields(name), func(w string) bool { return strings.EqualFold(w, head) }) ||
			oversightNouns[head] && a.kinds.has(name, "agency") {
			return Speaker{Name: name}, true
		}
	}
	if genericBodyNouns[head] && len(next) == 1 {
		// "An international food-security monitoring body declared …" and then "the
		// Integrated Food Security Observatory said": a body by no kind of its own is the
		// one organisation the next paragraph names.
		return Speaker{Name: next[0]}, true
	}
	return Speaker{}, false
}

// genericBodyNouns call an organisation by no kind of its own.
var genericBodyNouns = wordSet(`body organisation organization`)

// demonymNamed finds the one organisation of the kind head whose name opens with the
// country's adjective: "Dravian Ministry of Transport" for "the Dravian ministry".
func (a *attributor) demonymNamed(demonym, head string) (string, bool) {
	var found []string
	for _, name := range a.kinds.names[head] {
		if words := strings.Fields(name); len(words) > 2 && words[0] == demonym && strings.EqualFold(words[1], head) && !slices.Contains(found, name) {
			found = append(found, name)
		}
	}
	if len(found) != 1 {
		return "", false
	}
	return found[0], true
}

// organisationOpeningBefore finds the organisation that "it" at toks[it] means when "it"
// is its sentence's subject, first or after an opening phrase: the one the sentence
// before opens with, named ("The Hollmark Ministry … replied"), by a country's adjective
// ("The Dravian ministry did not respond") or by its kind ("The agency declined").
func (a *attributor) organisationOpeningBefore(toks []token, it int) (Speaker, bool) {
	start, ok := sentenceStart(toks, it)
	if !ok || start == 0 {
		return Speaker{}, false
	}
	if start < it {
		if openingPhraseEnd(toks, start, it) != it {
			return Speaker{}, false // "it" is not the subject: "The plan, it said, …"
		}
	}
	before, ok := sentenceStart(toks, start-1)
	if !ok {
		return Speaker{}, false
	}
	if name, ok := a.openingName(toks, start-1); ok && a.kinds.has(name, "organisation") {
		return Speaker{Name: name}, true
	}
	if !toks[before].is("the") {
		return Speaker{}, false
	}
	for k := before + 1; k < start-1 && k-before <= 3 && toks[k].kind == wordToken; k++ {
		if toks[k].capitalized() || !organisationNouns[toks[k].lower()] {
			continue
		}
		if s, ok := a.demonymBodyBefore(toks, k); ok {
			return s, true
		}
		return a.organisationByNoun(toks[k].lower(), "") // "The agency", "The disaster ministry"
	}
	return Speaker{}, false
}

// armedForces are bodies that speak through spokespeople and statements as organisations
// do: "the Israeli military said".
var armedForces = wordSet(`military army navy`)

// organisationDescribedBefore reads the description a sentence opens with before an
// organisation's name set off by commas, "The union that represents the Authority’s bus
// operators, NAME,": the organisation noun ("union") and the description. It must be the
// sentence's subject, "The NOUN" and a relative clause, with no comma before toks[comma].
func organisationDescribedBefore(toks []token, comma int) (noun, role string, ok bool) {
	if comma >= 2 && toks[comma-2].is("the") && businessHeads[toks[comma-1].lower()] {
		// "By 4 p.m., the promoter, Brightwater Live, had pulled the plug": a business
		// by its kind alone, then its name.
		return toks[comma-1].lower(), toks[comma-1].lower(), true
	}
	for k := comma - 1; k >= 0 && comma-k <= maxRoleWords; k-- {
		t := toks[k]
		if t.kind != wordToken {
			return "", "", false
		}
		if k > 0 && !toks[k-1].endsSentence() {
			continue
		}
		if k+3 > comma || !t.is("the") || !organisationNouns[toks[k+1].lower()] || !relativeWords[toks[k+2].lower()] {
			return "", "", false
		}
		return toks[k+1].lower(), joinTokens(toks[k+1 : comma]), true
	}
	return "", "", false
}

// organisationNamedAs reads a name that an organisation gives itself, starting at
// toks[start]: "a group of about 140 families calling itself Parents for Safe Contact",
// "a coalition known as …", "groups like …": the organisation noun before it ("group"),
// "" for none.
func organisationNamedAs(toks []token, start int) string {
	if start < 3 {
		return ""
	}
	// "groups like Quiet Streets Ferrisburg", "companies such as Velmont": one of a kind
	// named by example.
	like := start - 1
	if toks[like].is("as") && toks[like-1].is("such") {
		like--
	}
	if toks[like].is("like") || toks[like].is("such") {
		if noun := singularNoun(toks[like-1].lower()); organisationNouns[noun] {
			return noun
		}
	}
	before, verb := toks[start-1], toks[start-2]
	naming := before.is("itself") && (verb.is("calling") || verb.is("calls") || verb.is("called")) ||
		before.is("as") && verb.is("known")
	if !naming {
		return ""
	}
	for k := start - 3; k >= 0 && start-k <= maxOwnerModifiers+5 && toks[k].kind == wordToken; k-- {
		if organisationNouns[toks[k].lower()] {
			return toks[k].lower()
		}
	}
	return ""
}

// organisationWords end the names of organisations and places, not people.
var organisationWords = wordSet(`alliance department ministry states state council union party
	agency bank institute university center centre committee commission company corp corporation
	inc group association foundation office house court senate congress army forces force police
	service times post news policy street city county republic kingdom nations organization
	organisation authority board fund reserve command administration government hill river valley
	airport school hospital church club league team network system project program programme`)

// organisationRunStart returns the start of the name ending at toks[j], taking in an
// organisation's name that goes on past its head noun: "Association of Realtors".
func organisationRunStart(toks []token, j int) int {
	start := nameRunStart(toks, j)
	for start >= 2 && (toks[start-1].is("of") || toks[start-1].is("for")) && organisationNouns[toks[start-2].lower()] && toks[start-2].capitalized() {
		start = nameRunStart(toks, start-2)
	}
	return start
}

// readAside records what a parenthesis after a name held: an organisation's short form
// ("(Ocha)", so that "Ocha’s latest report" is its), or a lawmaker's party and state
// ("(D-Mich.)", a role).
func (a *attributor) readAside(full string, last token, organisation bool) {
	aside := a.asides[a.para][last.start]
	if aside == "" {
		return
	}
	words := strings.Fields(aside)
	switch {
	case organisation && len(words) == 1 && unicode.IsUpper([]rune(aside)[0]):
		if key := foldKey(aside); a.surname[key] == "" {
			a.surname[key] = full
		}
	case !organisation && isPartyDesignation(token{text: words[0], kind: wordToken}):
		a.addRole(full, strings.Join(words, ""))
	}
}

// organisationRunEnd goes on past the run of capitalised words toks[i:end] when "and"
// joins it to more that end in an organisation noun: "Kheshar Customs and Excise
// Authority", "Retail and Grocery Workers Union". A person already named stays one: after
// "Ann Lee said", "Ann Lee and Acme Corporation" are two.
func (a *attributor) organisationRunEnd(toks []token, i, end int) int {
	if end+1 >= len(toks) || !toks[end].is("and") || !toks[end+1].capitalized() {
		return end
	}
	if _, person := a.byName[foldKey(joinTokens(toks[i:end]))]; person {
		return end
	}
	if end-i >= 2 && (companyNameEndings[toks[end-1].lower()] || tradeNameEndings[toks[end-1].lower()]) {
		return end // "FreshWay Markets and Corlan Foods": two companies, each named in full
	}
	next := nameRunEnd(toks, end+1)
	if toks[next-1].possessive() {
		if e, ok := possessiveOrganisationEnd(toks, next); ok {
			next = e // "the Food and Retail Workers’ Union"
		}
	}
	if !organisationNouns[toks[next-1].withoutPossessive().lower()] && !localNumberAfter(toks, next) || toks[end-1].possessive() {
		return end
	}
	return next
}

// tradeNameEndings end a company's name in the plural of its trade: "FreshWay Markets",
// "Corlan Foods", "Northlake Airways".
var tradeNameEndings = wordSet(`markets foods stores brands holdings industries airlines airways
	motors systems labs laboratories technologies pharmaceuticals therapeutics`)

// namedCentre opens organisations' names ("Center for Lobbying Transparency", "Centre for
// Delta Governance"); alone, "the center" is as often a basketball player.
var namedCentre = wordSet(`center centre`)

// knownNameStart finds where a registered name that runs on from before toks[start] to
// toks[end] begins, across the small words inside organisations' names: "Makers" ends
// "Alliance of American Medicine Makers". ok is false when no longer name is known.
func (a *attributor) knownNameStart(toks []token, start, end int) (int, bool) {
	for s := start - 1; s >= 0 && end-s <= 2*maxNameWords; s-- {
		t := toks[s]
		if t.kind != wordToken || !t.capitalized() && !orgConnectors[t.lower()] {
			break
		}
		if _, ok := a.byName[foldKey(joinTokens(toks[s:end]))]; ok && t.capitalized() {
			return s, true
		}
	}
	return start, false
}

// longerKnownName finds a registered name that begins at toks[i] and goes on past the
// capitalised run toks[i:end] across the small words inside organisations' names.
func (a *attributor) longerKnownName(toks []token, i, end int) (string, bool) {
	if end >= len(toks) || !orgConnectors[toks[end].lower()] {
		return "", false
	}
	found := ""
	for e := end; e < len(toks) && e-i < 2*maxNameWords; e++ {
		t := toks[e]
		local := localNumberAfter(toks, e) // "… Workers Union Local 418"
		if t.kind != wordToken || !t.capitalized() && !orgConnectors[t.lower()] && !local {
			break
		}
		if full, ok := a.byName[foldKey(joinTokens(toks[i:e+1]))]; ok && (t.capitalized() || local) {
			found = full
		}
	}
	return found, found != ""
}

// localNumberAfter reports a union local's number at toks[end], right after "Local":
// "Transit Workers Local 412".
func localNumberAfter(toks []token, end int) bool {
	return end >= 1 && end < len(toks) && toks[end-1].text == "Local" && isNumber(toks[end].text)
}

// describedThenSpeaks reports a description between the comma at toks[comma] and the
// next one, followed by a speech verb: ", the state news agency, reported". It may run
// long: ", the state-controlled operator that carries more than 60 percent of the
// country’s mobile traffic and leases its backbone to the two private carriers, said".
func describedThenSpeaks(toks []token, comma int) bool {
	for k := comma + 1; k+1 < len(toks) && k-comma <= 2*maxRoleWords; k++ {
		if toks[k].kind != wordToken {
			return toks[k].text == "," && speechVerbs[toks[k+1].lower()]
		}
	}
	return false
}
