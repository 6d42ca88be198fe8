package retrieval

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
	// byInnerWord maps a lower-case word inside a name of three or more words, neither
	// its first nor its last, to those names: "university" to "Ostrander State
	// University Board of Trustees". openingMissed remembers, for such a word, how many
	// names it had and the paragraph when [attributor.bodyOpeningName] last found no body
	// by it, so that asking again finds none at once: an article with thousands of names
	// and "the university said" stays linear.
	byInnerWord   map[string][]string
	openingMissed map[string][2]int
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
		byInnerWord:   map[string][]string{},
		openingMissed: map[string][2]int{},
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
				if s, noun, ok := a.bodyNounDocument(toks, j+1, 2); ok {
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
					if documentToldAfter(toks, j) {
						// "Lorraine Okafor-Bell … sent Reise a letter Wednesday asking the bank
						// to explain …": what the letter asks or says is the sender's.
						r.found = append(r.found, attribution{pos: toks[j].start, speaker: Speaker{Name: name}, inPassing: true})
					}
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
			if toks[j].is("whose") {
				// "the Media Standards Authority, the independent regulator, whose review
				// … was published in May. The review found": cited in passing.
				if s, noun, ok := a.whoseDocument(toks, j); ok {
					a.cite(s, noun)
				}
			}
			if s, noun, ok := a.whoseDocumentAt(toks, j); ok {
				a.cite(s, noun) // "Its report warned" next
				delete(a.nameOnly, s.Name)
				r.found = append(r.found, attribution{pos: toks[j].start, speaker: s, inPassing: true})
				continue
			}
			s, ok := a.attributionAt(toks, j, lastSubject)
			if ok && s.Anonymous && !toks[j].is("according") && inSubordinateClause(toks, j, s.Role) {
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
			// "Arvo had warned that it could withdraw its support …, one of the people said":
			// Arvo's words, told by the speaker at the sentence's end.
			reported := !toks[j].is("according") && closedByAttribution(toks, j)
			r.found = append(r.found, attribution{pos: toks[j].start, speaker: s, inPassing: isQuestion || reported || quotesInPassing(toks, j) || rebuttalAt(toks, j) || comparedAt(toks, j) || refusalReasonAt(toks, j)})
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
