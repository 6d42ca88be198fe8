package retrieval

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// commonAbbreviations end in a period without ending a sentence. Initialisms such as
// "U.S." and "a.m." are recognised by their shape instead of being listed.
var commonAbbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "sen": true, "rep": true, "gov": true, "lt": true, "col": true, "sgt": true,
	"capt": true, "prof": true, "inc": true, "co": true, "corp": true, "ltd": true, "vs": true,
	"no": true, "mt": true, "ft": true, "adm": true, "maj": true, "pres": true, "rev": true,
	"brig": true, "cmdr": true, "cpl": true, "pvt": true, "supt": true, "atty": true, "det": true,
	"insp": true, "sens": true, "reps": true,
	// Months as newspapers abbreviate them: "since Feb. 24".
	"jan": true, "feb": true, "aug": true, "sept": true, "oct": true, "nov": true, "dec": true,
}

// Sentences returns the byte spans of the sentences in text, without the spaces between
// them. A sentence ends at ., ? or ! (with any closing quotes or brackets after it) when
// the next word starts with a capital letter, a digit or an opening quote.
func Sentences(text string) [][2]int {
	var spans [][2]int
	start := skipSpace(text, 0)
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		i += size
		if r != '.' && r != '?' && r != '!' && r != '…' {
			continue
		}
		end := i
		for end < len(text) {
			c, n := utf8.DecodeRuneInString(text[end:])
			if !isClosing(c) {
				break
			}
			end += n
		}
		next := skipSpace(text, end)
		if next == end || next >= len(text) {
			continue
		}
		c, _ := utf8.DecodeRuneInString(text[next:])
		if !unicode.IsUpper(c) && !unicode.IsDigit(c) && !isOpening(c) {
			continue
		}
		if r == '.' && isAbbreviation(text[start:i-1]) {
			continue
		}
		spans = append(spans, [2]int{start, end})
		start = next
		i = next
	}
	if end := len(strings.TrimRightFunc(text, unicode.IsSpace)); end > start {
		spans = append(spans, [2]int{start, end})
	}
	return spans
}

// isAbbreviation reports whether the word just before a period is an abbreviation:
// a listed title ("Dr") or an initialism with inner periods ("U.S", "a.m").
func isAbbreviation(before string) bool {
	word := before[strings.LastIndexFunc(before, func(r rune) bool { return unicode.IsSpace(r) || isOpening(r) })+1:]
	if word == "" {
		return false
	}
	if commonAbbreviations[strings.ToLower(word)] {
		return true
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsUpper([]rune(word)[0]) {
		return true // a middle initial: "John Q. Public"
	}
	if !strings.Contains(word, ".") {
		return false
	}
	for _, part := range strings.Split(word, ".") {
		if utf8.RuneCountInString(part) > 1 {
			return false
		}
	}
	return true
}

func isClosing(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', ')', ']', '»':
		return true
	}
	return false
}

func isOpening(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '(', '[', '«':
		return true
	}
	return false
}

func skipSpace(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}
