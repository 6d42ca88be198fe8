package retrieval

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/kljensen/snowball/english"
)

// tokenize splits text into lower-case words. Apostrophes and inner hyphens stay inside
// words ("al-Amin", "it’s"), and a hyphenated word is followed by its parts of three
// letters or more ("co-sponsored", "sponsored"); possessive endings are dropped
// ("Chile’s" → "chile").
func tokenize(text string) []string {
	var out []string
	var b strings.Builder
	flush := func() {
		if b.Len() == 0 {
			return
		}
		w := strings.Trim(b.String(), "'-.")
		w = strings.TrimSuffix(w, "'s")
		if w != "" {
			out = append(out, w)
			// The parts of a compound count as words too: "co-sponsored" is about
			// sponsoring, "U.S.-backed" about backing.
			if strings.Contains(w, "-") {
				for _, part := range strings.Split(w, "-") {
					if len(part) > 2 {
						out = append(out, part)
					}
				}
			}
		}
		b.Reset()
	}
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		case (r == '\'' || r == '’' || r == '-' || r == '.') && b.Len() > 0 && letterOrDigitAt(text, i+utf8.RuneLen(r)):
			if r == '’' {
				r = '\''
			}
			if r == '.' {
				continue // "U.S." → "us"; "9.11" → "911"
			}
			b.WriteRune(r)
		default:
			flush()
		}
	}
	flush()
	return out
}

// stem reduces a lower-case word to its Snowball (Porter2) stem.
func stem(word string) string {
	if len(word) <= 2 || !isASCIIWord(word) {
		return word
	}
	if neutral, ok := genderNeutral(word); ok {
		return neutral
	}
	return english.Stem(word, false)
}

// genderedEndings end compounds that name a role by gender: "spokeswoman", "chairmen".
var genderedEndings = []string{"woman", "women", "man", "men", "person", "persons", "people", "member", "members"}

// genderNeutral stems a role compound to one form whatever gender it names, so that a
// question about "the company's spokesperson" finds "a spokeswoman for Acme". The part
// before the ending must have four letters or more: "human" and "women" are no compounds.
func genderNeutral(word string) (string, bool) {
	for _, end := range genderedEndings {
		if prefix, ok := strings.CutSuffix(word, end); ok && len(prefix) >= 4 {
			return prefix + "person", true
		}
	}
	return "", false
}

func isASCIIWord(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isQuestionFiller reports words that frame a question ("what did X say", "what does
// Y think") rather than tell what it is about. They are dropped from questions only: in a
// passage "said" is attribution, not a topic.
func isQuestionFiller(w string) bool {
	return questionFillers[w]
}

var questionFillers = wordSet(`say said says saying tell told tells think thinks thought know
	knows get gets got make makes made happen happened happens mean means according view
	describe described explain explained`)

// isStopword reports words too common to tell passages apart.
func isStopword(w string) bool {
	return stopwords[w]
}

var stopwords = wordSet(`a about above after again against all am an and any are as at be
	because been before being below between both but by can could did do does doing down during each
	few for from further had has have having he her here hers herself him himself his how i if in into
	is it its itself just me more most my myself no nor not now of off on once only or other our ours
	ourselves out over own same she should so some such than that the their theirs them themselves then
	there these they this those through to too under until up very was we were what when where which
	while who whom why will with would you your yours yourself yourselves also ever did does done
	might must shall cannot s t d ll m re ve y isn't wasn't don't doesn't didn't it's that's there's
	what's who's`)

// letterOrDigitAt reports whether the rune starting at byte i of text is a letter or digit.
func letterOrDigitAt(text string, i int) bool {
	if i >= len(text) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// isNumber reports a word made only of digits.
func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
