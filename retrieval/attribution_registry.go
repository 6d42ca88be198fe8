package retrieval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The people and bodies an article names: registering them as they are met, with their
// kinds and roles, and finding them again by surname, short form or description.

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
		if i > 0 && studyVerbs[toks[i-1].lower()] {
			i = nameRunEnd(toks, i) - 1 // "has taught Ancient Greek at Ostrander": a subject, not a person
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

// saysAfter reports a verb at toks[end], or after a description set off by commas there,
// that only speech has: "Calloway said the sea …", "Vandermeer, whose 7th Ward is home to
// …, argued during Tuesday’s debate that …".
func saysAfter(toks []token, end int) bool {
	if end < len(toks) && toks[end].text == "," {
		// "Vandermeer, whose 7th Ward is home to …, argued": past a description.
		limit := min(len(toks), end+1+maxRoleWords)
		if close := nextComma(toks, end+1, limit); close < limit {
			end = close + 1
		}
	}
	return end < len(toks) && toks[end].kind == wordToken && speechOnlyVerbs[toks[end].lower()]
}

// speechOnlyVerbs are speech verbs that are nothing else: after a surname met only in
// passing, they show it is a person's.
var speechOnlyVerbs = wordSet(`said says told tells argued argues insisted insists contended contends
	testified testifies`)

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

// documentToldAfter reports a document sent at toks[j] ("sent Reise a letter") that a
// participle of speech follows, a day or a date between them at most: "a letter Wednesday
// asking the bank to explain", "a letter urging".
func documentToldAfter(toks []token, j int) bool {
	if !toks[j].is("sent") && !toks[j].is("sends") {
		return false
	}
	doc := documentNounAfter(toks, j+1)
	if doc < 0 {
		return false
	}
	k := doc + 1
	for k < len(toks) && k-doc <= 3 && (calendarWords[toks[k].lower()] || toks[k].is("on") || isNumber(toks[k].text)) {
		k++
	}
	return k < len(toks) && toldParticiples[toks[k].lower()]
}

// toldParticiples say what a document sent asks or says: "a letter asking", "a letter
// warning that".
var toldParticiples = wordSet(`asking urging demanding warning saying requesting calling accusing arguing`)

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

// kindByNameEnding is what the last word or two of an organisation's name make it, when
// its last word alone does not say what it is: a medical center is a hospital, an ocean
// line a company (not "Parents for Open Lines"), a ratings firm an agency.
var kindByNameEnding = map[string]string{"medical center": "hospital", "medical centre": "hospital",
	"health system": "hospital", "ocean lines": "company", "container lines": "company", "cruise lines": "company",
	"shipping lines": "company", "ratings": "agency"}

// kindOfNameEnding returns the kind [kindByNameEnding] gives a name, "" for none.
func kindOfNameEnding(name string) string {
	parts := strings.Fields(strings.ToLower(name))
	if len(parts) < 2 {
		return ""
	}
	if kind := kindByNameEnding[parts[len(parts)-1]]; kind != "" {
		return kind // "Castellan Ratings": a ratings agency
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
		for _, w := range parts[1 : len(parts)-1] {
			inner := strings.ToLower(w)
			a.byInnerWord[inner] = append(a.byInnerWord[inner], full)
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
// Denver-based company, …. Northfield said"). Of several names beginning with the word,
// the business's, when the others are groups named after it; of several businesses, the
// one named so far; else no one's.
func (a *attributor) shortForm(word token) (string, bool) {
	names := a.opening[foldKey(strings.TrimSuffix(word.text, "."))]
	if len(names) == 1 {
		return names[0], true
	}
	// "Northlake said", after "Northlake Airways" and the "Northlake Pilots Association"
	// named after it: the business the union or association takes its name from.
	var businesses []string
	for _, n := range names {
		if !a.isNoBusiness(n) {
			businesses = append(businesses, n)
		}
	}
	if len(businesses) == 1 {
		return businesses[0], true
	}
	// "Harwick said", after "Harwick Bank, the largest lender …" and before the article
	// names "Harwick Financial Corp., the bank's publicly traded parent": the one business
	// named so far.
	var introduced []string
	for _, n := range businesses {
		if a.introduced(n) {
			introduced = append(introduced, n)
		}
	}
	if len(introduced) == 1 {
		return introduced[0], true
	}
	return "", false
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

// inConditional reports a name at toks[j] that opens a clause of what may or may not
// happen: "the bill was likely to face a court challenge whether or not Albrecht signs
// it. …, she said" is still the professor's "she".
func inConditional(toks []token, j int) bool {
	if j >= 3 && toks[j-1].is("not") && toks[j-2].is("or") && toks[j-3].is("whether") {
		return true
	}
	return j >= 1 && (toks[j-1].is("whether") || toks[j-1].is("unless"))
}

// subjectAt reports a known person mentioned at toks[j] as the subject of a clause, the
// antecedent a later "he" or "she" refers to.
func (a *attributor) subjectAt(toks []token, j int) (string, bool) {
	if !toks[j].capitalized() || (j > 0 && toks[j-1].capitalized()) || inConditional(toks, j) {
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
	if before > 0 && toks[before].is("where") && toks[before-1].kind == wordToken && !toks[before-1].capitalized() {
		// "said Karin Ulvestad, who runs the club where Vasko learned the game. “…,” she
		// said": a clause that says which place is meant, not whom the story is about.
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
		if !strings.HasPrefix(foldKey(full), prefix) || a.kinds.has(full, "organisation") && !bodyPrefix && !tradeNameShortForm(full, len(name)) || full == found {
			continue
		}
		if found != "" {
			return "", false
		}
		found = full
	}
	return found, found != ""
}
