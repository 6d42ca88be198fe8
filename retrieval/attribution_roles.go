package retrieval

import (
	"slices"
	"strings"
)

// Roles: the descriptions before and after a name ("Pentagon spokeswoman", ", a former
// senior official in …,") and how one role is compared with another.

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

// singularNoun returns the singular of a regular plural noun ("companies" → "company",
// "groups" → "group"), "" for a word that is no such plural.
func singularNoun(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return strings.TrimSuffix(w, "s")
	}
	return ""
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

var roleQualifiers = wordSet(`of for at in with from on to through by among aboard near inside outside within who whom whose which that where based
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
