package retrieval

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokenKind tells words from punctuation and from masked quotations.
type tokenKind int

const (
	wordToken tokenKind = iota
	punctToken
	// quoteToken stands for a whole quotation, so that words inside quotes are never
	// mistaken for attribution ("… he said …" inside someone else's quote).
	quoteToken
)

// token is a word, a punctuation mark or a quotation in a paragraph, with byte offsets.
type token struct {
	text       string
	kind       tokenKind
	start, end int
}

func (t token) lower() string { return strings.ToLower(t.text) }

// capitalized reports a word that could be part of a name: it starts with an upper-case
// letter ("Ruiz", "U.N."), or a name particle joined to one ("el-Haddad", "al-Karim",
// "d’Estaing").
func (t token) capitalized() bool {
	if t.kind != wordToken {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.text)
	if unicode.IsUpper(r) {
		return true
	}
	i := strings.IndexAny(t.text, "-’'")
	if i <= 0 || !joinedParticles[t.text[:i]] {
		return false
	}
	rest := t.text[i:]
	_, size := utf8.DecodeRuneInString(rest)
	r, _ = utf8.DecodeRuneInString(rest[size:])
	return unicode.IsUpper(r)
}

// is reports a word that is s, a lower-case word, in any case. It compares without
// lowering a copy: attribution asks it of every token many times.
func (t token) is(s string) bool { return t.kind != quoteToken && strings.EqualFold(t.text, s) }

// possessive reports "Doe’s": a name used as a modifier, never a speaker.
func (t token) possessive() bool {
	return strings.HasSuffix(t.text, "’s") || strings.HasSuffix(t.text, "'s") || pluralPossessive(t.text)
}

// pluralPossessive reports a word ending in "s’", a plural's or a name's possessive:
// "Ardent Springs’ bargaining position".
func pluralPossessive(word string) bool {
	return len(word) > 4 && (strings.HasSuffix(word, "s’") || strings.HasSuffix(word, "s'"))
}

// withoutPossessive returns the token with its "’s" or "’" taken off: "Acme’s" → "Acme".
func (t token) withoutPossessive() token {
	if pluralPossessive(t.text) {
		t.text = strings.TrimRight(t.text, "’'")
		return t
	}
	t.text = strings.TrimSuffix(strings.TrimSuffix(t.text, "’s"), "'s")
	return t
}

// endsSentence reports a punctuation token that closes a sentence.
func (t token) endsSentence() bool {
	return t.kind == punctToken && (t.text == "." || t.text == "?" || t.text == "!")
}

// quoteSpans finds the quotations in a paragraph: “…” pairs, "…" pairs of straight
// quotes, and ‘…’ pairs as British papers print them (the ’ of "don’t" closes nothing). A quotation still open at the end of the paragraph runs to its end (a quote that
// continues into the next paragraph). open reports that case.
func quoteSpans(text string) (spans [][2]int, open bool) {
	start := -1
	var opener rune
	for i, r := range text {
		switch {
		case start < 0 && (r == '“' || r == '"' || r == '‘'):
			start, opener = i, r
		case start >= 0 && ((opener == '“' && r == '”') || (opener == '"' && r == '"') ||
			opener == '‘' && r == '’' && !letterOrDigitAt(text, i+utf8.RuneLen(r))):
			spans = append(spans, [2]int{start, i + utf8.RuneLen(r)})
			start = -1
		}
	}
	// A quotation left open runs on into the next paragraph; a ‘ left open was more likely
	// an apostrophe ("rock ‘n’ roll", "the ‘90s").
	if start >= 0 && opener != '‘' {
		spans = append(spans, [2]int{start, len(text)})
		open = true
	}
	return spans, open
}

// tokenizeParagraph splits a paragraph into words, punctuation and whole quotations.
func tokenizeParagraph(text string, quotes [][2]int) []token {
	var toks []token
	qi := 0
	i := 0
	for i < len(text) {
		if qi < len(quotes) && i == quotes[qi][0] {
			toks = append(toks, token{text: text[quotes[qi][0]:quotes[qi][1]], kind: quoteToken, start: quotes[qi][0], end: quotes[qi][1]})
			i = quotes[qi][1]
			qi++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if skip := markdownLinkSyntax(text, i); skip > 0 && (qi >= len(quotes) || i+skip <= quotes[qi][0]) {
			i += skip // "[said in a statement](https://…)" reads as "said in a statement"
			continue
		}
		switch {
		case unicode.IsSpace(r):
			i += n
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			end := wordEnd(text, i, quotes, qi)
			toks = append(toks, token{text: text[i:end], kind: wordToken, start: i, end: end})
			i = end
		default:
			toks = append(toks, token{text: text[i : i+n], kind: punctToken, start: i, end: i + n})
			i += n
		}
	}
	return toks
}

// markdownLinkSyntax returns how many bytes of a Markdown link's syntax start at text[i]:
// the "[" that opens its text, or the "](…)" that closes it with its address; 0 for none.
// The words of the link's text are read as the sentence's own.
func markdownLinkSyntax(text string, i int) int {
	switch {
	case strings.HasPrefix(text[i:], "]("):
		end := strings.IndexAny(text[i+2:], ") \n")
		if end < 0 || text[i+2+end] != ')' {
			return 0
		}
		return 2 + end + 1
	case text[i] == '[':
		close := strings.IndexAny(text[i+1:], "[]\n")
		if close < 0 || text[i+1+close] != ']' || !strings.HasPrefix(text[i+1+close:], "](") {
			return 0
		}
		return 1
	}
	return 0
}

// maxAsideTokens bounds a parenthesis taken for an aside to a name: a party and state
// ("D-W.Va."), initials, a short form.
const maxAsideTokens = 5

// withoutNameAsides takes short parentheses after a name out of the tokens, so that "Sen.
// Ann Lee (D-Ore.) said" and "the Budget Office (CBO) said" read as names before their
// verbs. What each held it returns by the start of the name's last word: "Ocha" after "the
// UN Office for the Coordination of Humanitarian Affairs", "D-Mich." after "Dorian
// Falkenrath". Tokens without a parenthesis are returned as they are, with no asides.
func withoutNameAsides(toks []token) ([]token, map[int]string) {
	if !slices.ContainsFunc(toks, func(t token) bool { return t.text == "(" }) {
		return toks, nil
	}
	out := make([]token, 0, len(toks))
	asides := map[int]string{}
	for i := 0; i < len(toks); i++ {
		if toks[i].text == "(" && len(out) > 0 && out[len(out)-1].capitalized() {
			// "Elin (Berg) Lindqvist": a name going on after it keeps its parenthesis.
			if end := closingParen(toks, i); end > 0 && (end+1 == len(toks) || !toks[end+1].capitalized()) {
				asides[out[len(out)-1].start] = joinTokens(toks[i+1 : end])
				i = end
				continue
			}
		}
		out = append(out, toks[i])
	}
	return out, asides
}

// closingParen returns the index of the ")" closing the "(" at toks[open] within
// [maxAsideTokens] words, or 0.
func closingParen(toks []token, open int) int {
	for k := open + 1; k < len(toks) && k-open <= maxAsideTokens+1; k++ {
		switch {
		case toks[k].text == ")":
			if k == open+1 {
				return 0
			}
			return k
		case toks[k].kind == quoteToken || toks[k].text == "(":
			return 0
		}
	}
	return 0
}

// wordEnd finds where a word starting at i ends. Hyphens, apostrophes (and the one that
// ends a plural possessive), the periods of initialisms ("U.S.", "W.") and the commas of
// figures ("2,400") stay inside the word.
func wordEnd(text string, i int, quotes [][2]int, qi int) int {
	limit := len(text)
	if qi < len(quotes) {
		limit = quotes[qi][0]
	}
	j := i
	for j < limit {
		r, n := utf8.DecodeRuneInString(text[j:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
			j += n
			continue
		}
		// A comma between digits is a thousands separator: "2,400" is one word.
		if r == ',' && j > i && unicode.IsDigit(rune(text[j-1])) && j+n < limit && unicode.IsDigit(rune(text[j+n])) {
			j += n
			continue
		}
		if r == '-' || r == '\'' || r == '’' || r == '.' {
			next, _ := utf8.DecodeRuneInString(text[min(j+n, len(text)):])
			if j+n < limit && (unicode.IsLetter(next) || unicode.IsDigit(next)) {
				j += n
				continue
			}
			if r == '.' && isInitialism(text[i:j]) {
				return j + n
			}
			// "Arlington, Va., found": a state's abbreviation inside a sentence. "the Casper,
			// Wyo.-based company": one word with what follows the hyphen.
			if r == '.' && stateAbbreviations[text[i:j+n]] && j+n < limit && text[j+n] == ',' {
				return j + n
			}
			if r == '.' && stateAbbreviations[text[i:j+n]] && j+n+1 < limit && text[j+n] == '-' && unicode.IsLetter(rune(text[j+n+1])) {
				j += n + 1
				continue
			}
			// A plural possessive keeps its apostrophe: "the pilots’ union".
			if (r == '\'' || r == '’') && j > i && text[j-1] == 's' && (j+n == len(text) || text[j+n] == ' ') {
				return j + n
			}
		}
		break
	}
	return j
}

// isInitialism reports a word that keeps its final period: "U.S", "W", "Dr".
func isInitialism(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	if strings.Contains(w, ".") {
		return true
	}
	return commonAbbreviations[strings.ToLower(w)]
}
