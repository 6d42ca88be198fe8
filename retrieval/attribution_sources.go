package retrieval

import (
	"slices"
	"strings"
)

// Unnamed sources: "a senior official said", "two people familiar with the talks",
// "an executive who spoke on condition of anonymity".

// anonymousBefore finds an unnamed source ending at toks[j]: "a ministry aide" told,
// "two senior officials" said, "a spokeswoman for the Flight Attendants Union" said. A
// description longer than six words must end in such an affiliation, and none holds a
// speech verb or a clause: "a senior official told Reuters that the office" is no source.
func anonymousBefore(toks []token, j int) (Speaker, bool) {
	placeName := 0 // the comma and words of a place's name that ends the description
	for k := j; k >= 0 && j-k < 14; k-- {
		t := toks[k]
		if t.text == "," && k > 0 && placeNouns[toks[k-1].lower()] && placeNameRun(toks[k+1:j+1]) {
			placeName = j - k + 1
			continue // "a Western diplomat based in the Dalmaran capital, Qessar,"
		}
		if t.kind != wordToken || speechVerbAt(toks, k) || t.is("that") || t.is("who") || t.is("which") || t.is("whom") || t.is("whose") {
			return Speaker{}, false // "a friend with whom I have argued": a clause, not a source
		}
		if t.is("sources") && (k == 0 || toks[k-1].endsSentence()) {
			// "Sources within the coastguard say": unnamed by the word itself.
			return Speaker{Role: joinTokens(toks[k : j+1]), Anonymous: true}, true
		}
		if t.is("people") && k < j && sourceQualifiers[toks[k+1].lower()] && (k == 0 || toks[k-1].endsSentence() || toks[k-1].text == ",") {
			// "…, people familiar with the matter said": why they know makes them sources.
			return Speaker{Role: joinTokens(toks[k : j+1]), Anonymous: true}, true
		}
		if isQuantifier(t) && k >= 3 && toks[k-1].is("the") && toks[k-2].is("of") {
			// "The families of the three victims said": the three are whose the speakers
			// are, and the speakers those before "of".
			if of := singularNoun(toks[k-3].lower()); toks[k-3].kind == wordToken && (of == "family" || personNouns[of]) {
				return Speaker{Role: joinTokens(toks[k-3 : j+1]), Anonymous: true}, true
			}
			return Speaker{}, false
		}
		if (isIndefinite(t) || isQuantifier(t)) && k < j {
			role := toks[k+1 : j+1]
			described := role[:len(role)-placeName]
			head, affiliated := withoutAffiliation(described)
			if !affiliated {
				head, affiliated = withoutSourceQualifier(described)
			}
			if k > 0 && rolePrepositions[toks[k-1].lower()] && !looksLikePersonRole(head) {
				continue // "a second tanker" in "a crew member on a second tanker"
			}
			if k > 0 && toks[k-1].kind == wordToken && nonSubjectWords[toks[k-1].lower()] {
				return Speaker{}, false // "lingered with a young equipment operator who had testified"
			}
			if !affiliated && len(described) > 6 || !personHead(beforePreposition(head)) || hasDeterminer(beforePreposition(head)) {
				return Speaker{}, false
			}
			if vagueQuantifiers[t.lower()] {
				if _, knows := withoutSourceQualifier(described); !knows {
					return Speaker{}, false // "several officials said": a group; "several people familiar with …" are sources
				}
			}
			return Speaker{Role: joinTokens(role), Anonymous: true}, true
		}
	}
	return Speaker{}, false
}

// speechVerbAt reports a speech verb at toks[k] that is a verb there: right after "a" or
// a count it is a noun ("a claims adjuster", "two claims adjusters").
func speechVerbAt(toks []token, k int) bool {
	return speechVerbs[toks[k].lower()] && !(k > 0 && (isIndefinite(toks[k-1]) || isQuantifier(toks[k-1])))
}

// placeNameRun reports whether words are a place's name only, as an appositive after
// [placeNouns] gives it: "Qessar" in "the Dalmaran capital, Qessar".
func placeNameRun(words []token) bool {
	if len(words) == 0 || len(words) > 3 {
		return false
	}
	for _, w := range words {
		if w.kind != wordToken || !w.capitalized() {
			return false
		}
	}
	return true
}

// sentenceConjunctions may open a sentence before its subject: "But a senior official …".
var sentenceConjunctions = wordSet(`but and yet still so`)

// unnamedSubject finds an unnamed source that opens its sentence and ends at toks[j], in a
// name: "A person familiar with the company’s talks with the Commerce Department". Such a
// name is part of the description; "Ann Lee, a lawyer at Acme," is not unnamed.
func unnamedSubject(toks []token, j int) (Speaker, bool) {
	s, ok := anonymousBefore(toks, j)
	if !ok {
		return Speaker{}, false
	}
	// The description must run from the sentence's first word: "A senior official at a
	// foreign embassy in The Hague" opens with its "A", not with "a foreign embassy".
	start, found := sentenceStart(toks, j)
	if found && start < j && sentenceConjunctions[toks[start].lower()] {
		start++ // "But a senior official at the Ministry …, who …, said"
	}
	if !found || !isIndefinite(toks[start]) && !isQuantifier(toks[start]) || joinTokens(toks[start+1:j+1]) != s.Role {
		return Speaker{}, false
	}
	return s, true
}

// anonymousWhoBefore finds an unnamed source whose description runs on in a who-clause
// up to the speech verb at toks[j+1]: "a hospital executive who spoke on condition of
// anonymity because he was not authorized to discuss it said".
func (a *attributor) anonymousWhoBefore(toks []token, j int) (Speaker, bool) {
	for k := j; k > 0 && j-k < 30; k-- {
		t := toks[k]
		asked := t.is("asked") && k+1 < len(toks) && toks[k+1].is("not") // "who asked not to be named"
		// "who spoke on condition of anonymity because controllers are not allowed to talk
		// to reporters": why the source may not speak, not a speaker.
		because := speechVerbs[t.lower()] && becauseBefore(toks, k, j)
		if t.kind != wordToken || speechVerbs[t.lower()] && !asked && !because || t.endsSentence() {
			return Speaker{}, false
		}
		if t.is("who") {
			if s, ok := anonymousBefore(toks, k-1); ok {
				be := k + 1 // "who were present"
				if k+3 <= j && (toks[k+1].is("have") || toks[k+1].is("had")) && toks[k+2].is("been") {
					be++ // "who have been briefed"
				}
				if be+1 <= j && (beVerbs[toks[be].lower()] || toks[be].is("been")) {
					if q := toks[be+1]; sourceQualifiers[q.lower()] || q.is("present") {
						// "Two people who were present in Temsk that night told me": why
						// they know, as in "people familiar with the talks".
						s.Role += " " + joinTokens(toks[be+1:j+1])
					}
				}
				return s, true
			}
			if k >= 2 && toks[k-2].is("the") {
				// "The librarian who asked not to be named said": the unnamed librarian
				// quoted before.
				if s, ok := a.unnamedByHead[toks[k-1].lower()]; ok {
					return s, true
				}
			}
			// "Traders who asked not to be named … said": unnamed for a reason given,
			// though no "a" or "two" says how many.
			if namesGroupOf(toks[k-1]) && (k == 1 || toks[k-2].endsSentence()) && asksAnonymity(toks[k:j+1]) {
				return Speaker{Role: toks[k-1].lower(), Anonymous: true}, true
			}
			return Speaker{}, false
		}
	}
	return Speaker{}, false
}

// oneOf finds the unnamed source that "one of them" or "one of the former managers" picks
// out of the group quoted last ("Three former managers at the plant, who …, described …"),
// or else names one of that description.
func (a *attributor) oneOf(np []token) (Speaker, bool) {
	if len(np) < 3 || !np[0].is("one") || !np[1].is("of") {
		return Speaker{}, false
	}
	rest := np[2:]
	if rest[0].is("the") || rest[0].is("those") {
		rest = rest[1:]
	}
	last := a.lastUnnamed
	if len(rest) == 1 && rest[0].is("them") {
		if last.Anonymous && !singular(last.Role) {
			return last, true
		}
		return Speaker{}, false
	}
	if len(rest) == 0 || !looksLikePersonRole(rest) {
		return Speaker{}, false
	}
	head := rest[len(rest)-1].lower()
	if last.Anonymous && slices.Contains(strings.Fields(strings.ToLower(last.Role)), head) {
		return last, true
	}
	if group, ok := a.unnamedByHead[head]; ok {
		return group, true // "One of the Brennish officials said", after another source since
	}
	return Speaker{Role: joinTokens(rest), Anonymous: true}, true
}

// oneOfBefore is [attributor.oneOf] for a source before its verb, ending at toks[j]:
// "“…,” one of them said".
func (a *attributor) oneOfBefore(toks []token, j int) (Speaker, bool) {
	for k := j - 1; k >= 0 && j-k <= 5; k-- {
		if toks[k].kind != wordToken {
			return Speaker{}, false
		}
		if toks[k].is("one") {
			return a.oneOf(toks[k : j+1])
		}
	}
	return Speaker{}, false
}

// becauseBefore reports a "because" between toks[from] and the word at toks[k], within
// the clause that ends at toks[to]: a reason the clause gives.
func becauseBefore(toks []token, k, to int) bool {
	for i := k - 1; i > 0 && k-i <= maxRoleWords && toks[i].kind == wordToken; i-- {
		if toks[i].is("because") {
			return asksAnonymity(toks[max(i-6, 0) : to+1])
		}
	}
	return false
}

// unnamedNamedAgain finds the unnamed source a sentence opens with when it is named again
// by what it is and why it knows, the description ending at toks[j] before the verb: "The
// person with knowledge of the evaluation said", after "a person with knowledge of the
// medical evaluation" was quoted, with others quoted since.
func (a *attributor) unnamedNamedAgain(toks []token, j int) (Speaker, bool) {
	start, ok := sentenceStart(toks, j)
	if !ok || start+2 > j || j-start > maxRoleWords || !toks[start].is("the") {
		return Speaker{}, false
	}
	head, knows := withoutSourceQualifier(toks[start+1 : j+1])
	if !knows || len(head) != 1 {
		return Speaker{}, false
	}
	s, ok := a.unnamedByHead[head[0].lower()]
	return s, ok && s.Anonymous
}

// oneOfDescribedBefore finds an unnamed source picked out of a group and described, the
// description ending at the comma toks[j] before the verb: "“…,” one of them, an intensive
// care nurse from Texas, said" is the nurse, whoever "them" were.
func oneOfDescribedBefore(toks []token, j int) (Speaker, bool) {
	for k := j - 1; k > 0 && j-k <= maxRoleWords+2; k-- {
		if toks[k].kind == wordToken {
			continue
		}
		if toks[k].text != "," || j-k < 3 || !isIndefinite(toks[k+1]) {
			return Speaker{}, false
		}
		for o := k - 2; o >= 0 && k-o <= 5; o-- {
			if toks[o].kind != wordToken {
				return Speaker{}, false
			}
			if toks[o].is("one") && toks[o+1].is("of") {
				return Speaker{Role: joinTokens(toks[k+2 : j]), Anonymous: true}, true
			}
		}
		return Speaker{}, false
	}
	return Speaker{}, false
}

// describesPersonBefore reports a who-clause, running up to the verb at toks[j+1], that
// belongs to a description of someone named just before it: in "said Ann Lee, a
// researcher at Acme who testified in March", the researcher is Ann Lee, no unnamed source.
func (a *attributor) describesPersonBefore(toks []token, j int) bool {
	for k := j; k > 1 && j-k < 30; k-- {
		if toks[k].endsSentence() {
			return false
		}
		if isIndefinite(toks[k]) && toks[k-1].text == "," && toks[k-2].capitalized() {
			_, ok := a.known(toks[nameRunStart(toks, k-2) : k-1])
			return ok
		}
	}
	return false
}

// describedOpening reads the unnamed source a sentence opens with, up to the comma at
// toks[comma]: an indefinite article or a number, then a description whose head is a
// person's ("senior official at the Orsenian energy ministry", "aid worker with an
// international organization operating along the border"). The caller has seen the
// source ask not to be named, so the description may run long.
func describedOpening(toks []token, comma int) (Speaker, bool) {
	start, ok := sentenceStart(toks, comma)
	if ok && start < comma && sentenceConjunctions[toks[start].lower()] {
		start++ // "But a senior official …"
	}
	if !ok || start+1 >= comma || !isIndefinite(toks[start]) && !isQuantifier(toks[start]) {
		return Speaker{}, false
	}
	described := toks[start+1 : comma]
	head := described
	for i, t := range described {
		if t.kind != wordToken || speechVerbAt(toks, start+1+i) || t.is("which") {
			return Speaker{}, false
		}
		if (t.is("who") || t.is("that")) && len(head) == len(described) {
			// "Two Kessling officers who have watched the footage, speaking on condition
			// of anonymity …, said": a clause that says which officers.
			head = described[:i]
		}
	}
	// "who" after the comma says a person is meant, whatever the noun: "A senior
	// sonographer at the hospital, who spoke on condition of anonymity …, said".
	who := comma+1 < len(toks) && toks[comma+1].is("who") && len(head) > 0 && !rolePrepositions[head[0].lower()] // not "One of them, who …"
	if len(head) == 0 || !personHead(beforePreposition(head)) && !who {
		return Speaker{}, false
	}
	return Speaker{Role: joinTokens(described), Anonymous: true}, true
}

// openingGroup reads the unnamed source or group of sources a sentence opens with at
// toks[start], "a" or a number and a description up to the sentence's verb or a comma:
// "Two Sorvenian officials familiar with the fleet’s operations offered …".
func openingGroup(toks []token, start int) (Speaker, bool) {
	if start >= len(toks) || !isQuantifier(toks[start]) && !isIndefinite(toks[start]) || vagueQuantifiers[toks[start].lower()] {
		return Speaker{}, false
	}
	for e := start + 1; e+1 < len(toks) && e-start < 14 && toks[e].kind == wordToken; e++ {
		// The verb, or a description set off by a comma ("A diplomat from Vellmark, one
		// of the northern members …, took the opposite view"): a past tense or a finite
		// verb; a word ending in "s" may be a plural noun inside the description
		// ("familiar with the talks").
		next := toks[e+1]
		verb := next.kind == wordToken && !next.capitalized() && !sourceQualifiers[next.lower()] &&
			(speechVerbs[next.lower()] || finiteVerbs[next.lower()] || strings.HasSuffix(next.lower(), "ed")) &&
			!pluralBeforeClause(toks, e+1) // "Two diplomats from neighboring states who have been briefed"
		if verb || next.text == "," && e > start+1 {
			s, ok := unnamedSubject(toks, e)
			if !ok {
				continue
			}
			if isIndefinite(toks[start]) {
				// One person is a source only as the article places them: "a diplomat from
				// Vellmark", "an official familiar with …"; "An infected person can spread
				// the virus" is no one quoted.
				_, affiliated := withoutAffiliation(toks[start+1 : e+1])
				_, knows := withoutSourceQualifier(toks[start+1 : e+1])
				if !affiliated && !knows {
					return Speaker{}, false
				}
			}
			return s, true
		}
	}
	return Speaker{}, false
}

// pluralBeforeClause reports a word in "s" at toks[i] that a relative clause follows, and
// so is a noun, not a verb: "states" in "diplomats from neighboring states who …".
func pluralBeforeClause(toks []token, i int) bool {
	return strings.HasSuffix(toks[i].lower(), "s") && i+1 < len(toks) && (toks[i+1].is("who") || toks[i+1].is("whose") || toks[i+1].is("which"))
}

// asksAnonymity reports a who-clause that says why its sources go unnamed: "who asked not
// to be named", "who spoke on condition of anonymity".
func asksAnonymity(clause []token) bool {
	for i, t := range clause {
		if t.is("anonymity") || t.is("named") && i > 2 && clause[i-3].is("not") { // "not to be named"
			return true
		}
	}
	return false
}

// withoutSourceQualifier splits "people familiar with the terms of the loan" into its
// person and what makes them a source, the newsroom formula for why an unnamed source
// knows ("close to", "briefed on", "involved in"); ok is false when it has none.
func withoutSourceQualifier(role []token) (head []token, ok bool) {
	for i := 1; i < len(role) && i <= 3; i++ {
		if sourceQualifiers[role[i].lower()] || role[i].is("with") && i+1 < len(role) && role[i+1].is("knowledge") {
			return role[:i], true // "people familiar with …", "sources with knowledge of …"
		}
	}
	return role, false
}

var sourceQualifiers = wordSet(`familiar close briefed involved knowledgeable`)

// beVerbs join a subject to what it is: "who were present".
var beVerbs = wordSet(`is are was were`)

// withoutAffiliation splits "spokeswoman for the Flight Attendants Union" into its person
// and an affiliation (a preposition, then a capitalised name); ok is false, and the whole
// role returned, when it has none.
func withoutAffiliation(role []token) (head []token, ok bool) {
	for i, t := range role {
		if i == 0 || !affiliationPrepositions[t.lower()] && !t.is("for") && !t.is("in") {
			continue
		}
		rest := role[i+1:]
		if len(rest) > 0 && rest[0].is("the") {
			rest = rest[1:]
		}
		if len(rest) > 3 && len(rest) <= 7 && rest[0].is("one") && rest[1].is("of") && rest[2].is("the") && !slices.ContainsFunc(rest[3:], token.capitalized) {
			return role[:i], true // "a librarian at one of the affected branches"
		}
		body := withoutPlaceAfter(rest) // "a foreign embassy" in "a foreign embassy in The Hague"
		if len(body) > 0 && len(body) <= 4 && organisationNouns[body[len(body)-1].withoutPossessive().lower()] && !slices.ContainsFunc(body[1:], token.capitalized) {
			// "at the state education department", "for the water authority", "at the
			// Kestlandic health ministry" (a country's adjective may open it)
			return role[:i], true
		}
		if len(rest) > 1 && !rest[0].capitalized() && rest[1].capitalized() {
			rest = rest[1:] // "at the state Department of Water Resources"
		}
		if len(rest) == 0 || !rest[0].capitalized() {
			return role, false
		}
		for n, w := range rest {
			if w.capitalized() && w.possessive() && ownedBody(rest[n+1:]) {
				return role[:i], true // "at the Union’s sanctions directorate"
			}
			// "at Brookfield High School in Wisconsin": a place may follow the name, and
			// a noun may end it ("at the Eastmere site").
			last := n == len(rest)-1 && n > 0 && rest[n-1].capitalized()
			if !w.capitalized() && !nameParticles[w.lower()] && !w.is("of") && !w.is("and") && !w.is("in") && !last {
				return role, false
			}
		}
		return role[:i], true
	}
	return role, false
}

// ownedBody reports the lower-case words of a body that a name's possessive owns, ending in
// an organisation noun: "sanctions directorate" in "the Union’s sanctions directorate".
func ownedBody(words []token) bool {
	if len(words) == 0 || len(words) > 3 || slices.ContainsFunc(words, token.capitalized) {
		return false
	}
	return organisationNouns[words[len(words)-1].lower()]
}

// withoutPlaceAfter cuts the place that ends a description, "in" and a capitalised name
// of up to three words: "a foreign embassy in The Hague" → "a foreign embassy".
func withoutPlaceAfter(words []token) []token {
	for i := len(words) - 2; i > 0 && len(words)-i <= 4; i-- {
		if words[i].is("in") {
			if !slices.ContainsFunc(words[i+1:], func(t token) bool { return !t.capitalized() }) {
				return words[:i]
			}
			return words
		}
	}
	return words
}

// beforePreposition cuts a description at its first preposition, leaving the noun it is
// about: "balance between tenant advocates and builders" is a balance, not a builder, and
// "crew member on a second tanker" a crew member.
func beforePreposition(words []token) []token {
	for i, w := range words {
		if i > 0 && rolePrepositions[w.lower()] {
			return words[:i]
		}
	}
	return words
}

// hasDeterminer reports "the" or "a" inside a description's head: "way the researchers"
// in "in a way the researchers wrote" is no one.
func hasDeterminer(words []token) bool {
	return slices.ContainsFunc(words, func(t token) bool { return t.is("the") || isIndefinite(t) })
}

var rolePrepositions = wordSet(`of at from with for on in between among about against to by`)

// pronounAndOthers reports "she and two colleagues" ending at toks[j]: the person a
// pronoun refers to, with others unnamed, who are no source of their own.
func pronounAndOthers(toks []token, j int) bool {
	for k := j; k >= 2 && j-k < 4; k-- {
		if isQuantifier(toks[k]) || isIndefinite(toks[k]) {
			return toks[k-1].is("and") && personPronouns[toks[k-2].lower()]
		}
	}
	return false
}

// namesGroupOf reports a plural person noun that makes "NOUN at ORG said" a group's words,
// which name no one, as "officials said" does: "Officials at the Department of Health".
func namesGroupOf(t token) bool {
	w := t.lower()
	singular := strings.TrimSuffix(w, "s")
	if t.kind == wordToken && len(w) > 5 && strings.HasSuffix(w, "men") {
		return true // "Fishermen at Pelican Point say", "Firemen from …"
	}
	return t.kind == wordToken && singular != w && (personNouns[singular] || titleWords[singular] || personNouns[w])
}

// isQuantifier reports a word that introduces several unnamed sources: "two officials",
// "several people familiar with the talks". "Some residents said" and "many experts
// believe" speak for a group, as "experts say" does, and name no source.
func isQuantifier(t token) bool {
	return quantifiers[t.lower()]
}

var quantifiers = wordSet(`two three four five six several multiple numerous`)

// vagueQuantifiers count a group rather than sources, unless the description says why
// they know: "Several survivors said" is a group's account.
var vagueQuantifiers = wordSet(`several multiple numerous`)

// isIndefinite reports a word that introduces an unnamed source: "a", "an", "one" or
// "another" (official).
func isIndefinite(t token) bool {
	return t.is("a") || t.is("an") || t.is("one") || t.is("another")
}

// looksLikePersonRole reports a description of a person rather than of a document or an
// event ("aide", "senior official", "person familiar with the talks", not "study").
func looksLikePersonRole(words []token) bool {
	for _, w := range words {
		l := w.lower()
		singular := strings.TrimSuffix(l, "s")
		if isTitleWord(w) || personNouns[l] || personNouns[singular] || titleWords[singular] {
			return true
		}
	}
	return false
}

// personHead reports a description of a person, whose last word, when it is a plural
// noun, names people too: "senior officials", "crew member", "Western diplomat based",
// not "member states".
func personHead(words []token) bool {
	if !looksLikePersonRole(words) {
		return false
	}
	last := words[len(words)-1]
	plural := strings.HasSuffix(last.lower(), "s") && !strings.HasSuffix(last.lower(), "ss")
	return !plural || looksLikePersonRole(words[len(words)-1:])
}

var personNouns = wordSet(`person people source sources member resident witness insider employee
	staffer friend colleague relative expert specialist veteran lawyer activist militant fighter
	soldier farmer worker student teacher doctor nurse man woman official aide diplomat analyst
	negotiator participant attendee observer lobbyist donor voter citizen customer client
	firefighter paramedic volunteer contractor driver pilot parent mother father neighbor
	neighbour survivor victim guard trooper investigator juror legislator rancher sister brother
	son daughter wife husband widow widower cousin aunt uncle niece nephew grandson granddaughter
	grandmother grandfather partner fiancee fiance boss landlord tenant owner installer electrician
	plumber technician mechanic clerk cashier bartender waiter waitress carpenter builder
	homeowner shopper commuter rider passenger traveler tourist fan player miner welder
	trader banker investor economist strategist broker dealer merchant vendor dispatcher medic
	forecaster meteorologist controller
	operator attendant organizer organiser librarian pharmacist architect therapist counselor
	counsellor accountant auditor historian principal reader listener viewer subscriber caller
	fisherman fishermen fisher men women adjuster underwriter surgeon physician dentist`)
