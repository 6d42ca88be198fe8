package retrieval

import "strings"

// Clauses around a speech verb: the phrase a sentence opens with before its subject ("At
// a hearing Wednesday,"), a second verb sharing that subject, an emphatic "did", what a
// statement or document is issued as, and whose "I" the first person is.

// subjectAfterOpening returns where the subject of the sentence holding toks[j] is, when
// it is "he", "she" or the name the article was last about, opening the sentence or after
// a short opening phrase ("At a hearing Wednesday, she …", "On Tuesday, Lee …"); -1 for
// none.
func (a *attributor) subjectAfterOpening(toks []token, j int, lastSubject string) int {
	start, ok := sentenceStart(toks, j)
	if !ok {
		return -1
	}
	subject := start
	if openingPrepositions[toks[start].lower()] {
		if subject = openingPhraseEnd(toks, start, j); subject == 0 {
			return -1
		}
	}
	if subject >= j-1 {
		return -1
	}
	if personPronouns[toks[subject].lower()] {
		return subject
	}
	if subject == start {
		return -1 // a name opening the sentence is [attributor.opensSentence]'s
	}
	end := nameRunEnd(toks, subject)
	if _, name := splitTitle(toks[subject:end]); len(name) > 0 {
		if full, ok := a.known(name); ok && full == lastSubject {
			return subject
		}
	}
	return -1
}

// personNamedBefore returns the last person named in toks[:end], a paragraph's words
// before a pronoun, whom the pronoun can refer to: a known person, not an organisation,
// whose pronoun is unknown or the same.
func (a *attributor) personNamedBefore(toks []token, end int, pronoun string) (string, bool) {
	for k := end - 1; k >= 0 && end-k <= maxNamedBefore; k-- {
		if !toks[k].capitalized() || k > 0 && toks[k-1].capitalized() {
			continue
		}
		_, name := splitTitle(toks[k:nameRunEnd(toks, k)])
		if len(name) == 0 {
			continue
		}
		full, ok := a.known(name)
		if !ok || a.kinds.has(full, "organisation") {
			continue
		}
		if p := a.pronounOf[full]; p == "" || p == pronoun {
			return full, true
		}
	}
	return "", false
}

// clauseSubjects open a clause without "who" or "that" after a noun: "the diplomats I
// still speak to".
var clauseSubjects = wordSet(`i we you he she they`)

// endsInComma reports a quotation that ends with the comma before what follows it:
// "cut the rating to “CCC-,” citing …".
func endsInComma(t token) bool {
	return t.kind == quoteToken && strings.HasSuffix(strings.TrimRight(t.text, "”’\"'"), ",")
}

// namedBeforeDescription reads a description that ends at toks[j] and that
// anonymousBefore took for an unnamed source, as the description of a name and a comma
// before it, when the comma that should close it is missing: "Rafael Osmundo, an economist
// at the National University of Caldoria said".
func (a *attributor) namedBeforeDescription(toks []token, j int, s Speaker) (Speaker, bool) {
	article := j - len(strings.Fields(s.Role))
	if article < 2 || !isIndefinite(toks[article]) || toks[article-1].text != "," || !toks[article-2].capitalized() || toks[article-2].possessive() {
		return Speaker{}, false
	}
	start := nameRunStart(toks, article-2)
	if start > 0 && !toks[start-1].endsSentence() {
		return Speaker{}, false // only a name that opens its sentence
	}
	named, ok := a.named(toks[start:article-1], toks, start, article-1)
	if ok {
		a.addRole(named.Name, s.Role)
	}
	return named, ok
}

// doAuxiliaries stress a verb: "did say".
var doAuxiliaries = wordSet(`did does do`)

// asideAdverbs are set off by commas inside a clause: "did, however, say".
var asideAdverbs = wordSet(`however though too also`)

// baseSpeechVerbs are speech verbs in the form "did" takes: "did say", "did warn".
var baseSpeechVerbs = wordSet(`say tell add warn argue acknowledge concede admit insist note`)

// issuesStatement reports "issued a statement" or "released a communiqué" at toks[j], or
// a document said to conclude something ("published a 46-page report concluding that"): a
// statement that says something, not "issued a permit" or "published a report" alone.
func issuesStatement(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k-j <= 3 && toks[k].kind == wordToken; k++ {
		if statementNouns[toks[k].lower()] {
			return true
		}
		if documentNouns[toks[k].lower()] {
			// "a report concluding that", "a report last September documenting"
			for n := k + 1; n < len(toks) && n-k <= 4 && toks[n].kind == wordToken; n++ {
				if reportingParticiples[toks[n].lower()] || toks[n].is("that") {
					return true
				}
			}
		}
	}
	return false
}

// reportingParticiples say what a document says: "a report concluding that".
var reportingParticiples = wordSet(`concluding finding saying warning arguing urging showing calling
	documenting estimating`)

// statementNouns are what a body issues to say something.
var statementNouns = wordSet(`statement communiqué communique declaration recommendation recommendations`)

// authorSpeaksAt reports an "I" at toks[j] that is the author's: an article with an
// author, no interviewee's or transcript speaker's turn (whose "I" is theirs), and the
// subject of a main clause ("a friend with whom I have argued" is no claim of the
// author's).
func (a *attributor) authorSpeaksAt(toks []token, j int) bool {
	if a.author == "" || a.transcript || turnOf(a.paras[a.para].Text) != "" {
		return false
	}
	return j == 0 || !relativeWords[toks[j-1].lower()]
}

// openingPhraseEnd returns where the sentence starting at toks[start] goes on after an
// opening phrase that says when or where ("At a hearing Wednesday,", "On Nov. 3,"), before
// toks[end]; 0 when it has none.
func openingPhraseEnd(toks []token, start, end int) int {
	if toks[start].is("back") && start+1 < end && openingPrepositions[toks[start+1].lower()] {
		start++ // "Back at the feeding centre in Kessara,"
	}
	if !openingPrepositions[toks[start].lower()] && !opensWithTimeSpan(toks, start, end) {
		return 0
	}
	for k := start + 1; k < end && k-start <= maxOpeningPhrase; k++ {
		if toks[k].text == "," {
			return k + 1
		}
		if toks[k].kind != wordToken && !isNumber(toks[k].text) {
			return 0
		}
	}
	return 0
}

// maxNamedBefore bounds how far back in its paragraph a pronoun looks for the person it
// means (a few sentences), so that no paragraph makes each look cost all of it.
const maxNamedBefore = 120

// opensWithTimeSpan reports a sentence that opens by saying how long before or after:
// "Hours before the meeting,", "Two days later,".
func opensWithTimeSpan(toks []token, start, end int) bool {
	for k := start + 1; k < end && k-start <= 2; k++ {
		if timeSpanWords[toks[k].lower()] {
			return true
		}
		if toks[k].kind != wordToken {
			return false
		}
	}
	return false
}

var timeSpanWords = wordSet(`before after later earlier`)

// openingPrepositions open a phrase saying when or where, before a sentence's subject.
var openingPrepositions = wordSet(`at on in during after before`)

// maxOpeningPhrase bounds the words of a sentence's opening phrase ("At a hearing on
// Wednesday").
const maxOpeningPhrase = 8
