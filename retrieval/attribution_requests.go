package retrieval

// Requests and questions: asking someone for something is a deed, and the answer to a
// question asked is the asked one's words.

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
// or "for" and what it wants, with or without whom it asks: a request, which news reports
// as a deed ("Serin has asked both governments to create a corridor", "the library asked
// Brightshelf, the vendor …, for a discount"), not as the asker's words.
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
