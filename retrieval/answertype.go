package retrieval

import (
	"regexp"
	"strings"
	"unicode"
)

// A question's wording often says what kind of answer it wants without sharing a word with
// it: "how many" wants a number, "when" a date. Such wants become answer-type features on
// the question side, and passages carry a feature for each kind of value they hold.
const (
	numberType = "t:number"
	moneyType  = "t:money"
	dateType   = "t:date"
)

// isQuestionFrame reports a word that frames a question rather than says what it is about:
// "what kind of relationship" is about relationships, not kinds; "how many members" about
// members, and the "many" becomes a wish for a number (see answerTypes).
func isQuestionFrame(words []string, i int) bool {
	if i == 0 {
		return false
	}
	prev := words[i-1]
	switch {
	case prev == "what" || prev == "which":
		return words[i] == "kind" || words[i] == "sort" || words[i] == "type"
	case prev == "how":
		return howFrames[words[i]]
	}
	return false
}

var howFrames = wordSet(`many much long far often old few`)

// answerTypes returns the answer-type features a question asks for.
func answerTypes(words []string) []string {
	var types []string
	for i, w := range words {
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case w == "how" && (next == "many" || next == "few" || next == "far" || next == "long" || next == "old" || next == "often"):
			types = append(types, numberType)
		case w == "how" && next == "much":
			types = append(types, numberType, moneyType)
		case w == "when" && i == 0, w == "what" && (next == "year" || next == "date" || next == "month"):
			types = append(types, dateType)
		}
	}
	return types
}

// quantityPattern finds numerals that count something: "27", "1.2", "$500", but not the
// parts of "9/11" or "24/7", which name a day or a schedule.
var quantityPattern = regexp.MustCompile(`(^|[^\d/])(\$?\d[\d,.]*)([^\d/]|$)`)

// passageTypes returns the answer-type features of the values a passage holds.
func passageTypes(text string, words []string) []string {
	var types []string
	for _, m := range quantityPattern.FindAllStringSubmatch(text, -1) {
		n := m[2]
		switch {
		case strings.HasPrefix(n, "$"):
			types = append(types, numberType, moneyType)
		case isYear(n):
			types = append(types, dateType)
		default:
			types = append(types, numberType)
		}
	}
	for _, w := range words {
		switch {
		case moneyWords[w]:
			types = append(types, numberType, moneyType)
		case monthNames[w]:
			types = append(types, dateType)
		case numberWords[w]:
			types = append(types, numberType)
		}
	}
	return types
}

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

func isYear(w string) bool {
	return len(w) == 4 && isNumber(w) && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20"))
}

// numberWords are numerals spelled out, and the nouns that talk about quantities.
var numberWords = wordSet(`one two three four five six seven eight nine ten eleven twelve
	fifteen twenty thirty forty fifty hundred hundreds thousand thousands million millions billion
	billions trillion dozen dozens half quarter percent number numbers count counts total totals
	amount amounts quantity quantities`)

var moneyWords = wordSet(`dollar dollars euro euros pound pounds yen cents`)

// monthNames leaves out "may" and "march", which are more often other words.
var monthNames = wordSet(`january february april june july august september october november
	december`)
