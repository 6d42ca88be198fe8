package retrieval

import "unicode"

// howQuantities are the words after "how" that ask for a figure: "how many sirens", "how
// long would it take", "how big does a flaw have to be".
var howQuantities = wordSet(`many much long far often old few big large fast soon high tall deep wide heavy`)

// quantityWords state a figure without digits: number words and multipliers. "One" is
// left out ("one of them", "no one"), and so are units
// ("hours", "miles"), which need a number to make a figure: "for years" is not one.
var quantityWords = wordSet(`two three four five six seven eight nine ten eleven twelve
fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
thousands million millions billion billions trillion dozen dozens half third quarter percent
twice double triple handful`)

// asksQuantity reports a question that asks for a figure ("how many", "how long"), given
// its words as [tokenize] returns them.
func asksQuantity(words []string) bool {
	for i := 1; i < len(words); i++ {
		if words[i-1] == "how" && howQuantities[words[i]] {
			return true
		}
	}
	return false
}

// statesQuantity reports a word of a passage that gives a figure: one with a digit, or a
// number word. A year does not count: "in 1958" says when, not how many.
func statesQuantity(w string) bool {
	if isYear(w) {
		return false
	}
	for _, r := range w {
		if unicode.IsDigit(r) {
			return true
		}
	}
	return quantityWords[w]
}

// isYear reports a word that reads as a year of the last or the present century.
func isYear(w string) bool {
	return len(w) == 4 && isNumber(w) && (w[:2] == "19" || w[:2] == "20")
}
