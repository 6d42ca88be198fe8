package retrieval

import (
	"slices"
	"strings"
)

// Who speaks at a speech verb: the speaker before it ("X said"), after it ("said X"),
// by description ("the spokeswoman said") or by a document or an unnamed source.

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
	case (w == "advised" || w == "advises") && !requestAfter(toks, j+1):
		// "He advises passengers to keep receipts" is advice given, in words; "whose firm,
		// Halvern Advisory Group, advised the city" is a firm's work.
		return Speaker{}, false
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
		if start > 0 && toks[start-1].capitalized() && toks[start-1].possessive() {
			start = nameRunStart(toks, start-1) // "Castlebridge Musicians’ Local 212 said"
		}
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
		g := groupBefore(toks, start)
		if g > 3 && toks[g].is("of") && toks[g-1].is("office") {
			// "Forecasters at the Marrowfield office of the National Weather Bureau said":
			// the body's forecast, from one of its offices.
			k := g - 2
			for k > 0 && toks[k].capitalized() {
				k--
			}
			if k >= 2 && toks[k].is("the") && groupPreposition(toks[k-1]) && forecasters[toks[k-2].lower()] {
				return a.named(toks[g+1:j+1], toks, g+1, j+1)
			}
		}
		if g > 0 && groupPreposition(toks[g]) && namesGroupOf(toks[g-1]) {
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
			// "a claims adjuster who has worked for Meridian for more than a decade, and who
			// spoke on condition of anonymity …, said": a second who-clause asks it.
			andWho := k+2 < j && toks[k+1].is("and") && toks[k+2].is("who")
			if toks[k].text == "," && k+1 < j && (parenthetical || andWho) && asksAnonymity(toks[k+1:j]) {
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
		if s, ok := a.officeBefore(toks, j); ok && v == j+1 {
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
		// A noun the source was described by last is a person's: "the rescuer said" after
		// "A volunteer rescuer among the first flown to the site … described".
		person := personNouns[title] || titleWords[singular] || personNouns[singular] || roleHead(a.lastUnnamed.Role) == title
		described := strings.Fields(strings.ToLower(a.lastUnnamed.Role))
		// "the staffer said" after "a member of the investment staff at the fund".
		base, agent := strings.CutSuffix(title, "er")
		if !person || !a.lastUnnamed.Anonymous || !slices.Contains(described, title) && !(agent && len(base) >= 4 && slices.Contains(described, base)) {
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
