package retrieval

import (
	"slices"
	"strings"
	"unicode"
)

// A question's wording says what kind of passage answers it, whatever its topic: "how
// many" asks for a figure, "what did X say" for someone's words. The lexical score cannot
// see that, because such words are left out of the question's features or are too common
// to weigh anything.

// howQuantities are the words after "how" that ask for a figure: "how many sirens", "how
// long would it take", "how big does a flaw have to be".
var howQuantities = wordSet(`many much long far often old few big large small fast soon high low tall short deep wide heavy`)

// figureNouns after "what" or "which" ask for a figure too: "what share of the plants",
// "what proportion of rivers", "what number of cases".
var figureNouns = wordSet(`share proportion fraction percentage percent portion number amount`)

// quantityWords state a figure without digits: number words and multipliers. "One" is
// left out ("one of them", "no one"), and so are units
// ("hours", "miles"), which need a number to make a figure: "for years" is not one.
var quantityWords = wordSet(`two three four five six seven eight nine ten eleven twelve
fifteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
thousands million millions billion billions trillion dozen dozens half third quarter percent
twice double triple handful`)

// asksQuantity reports a question that asks for a figure ("how many", "how long", "what
// share"), given its words as [tokenize] returns them.
func asksQuantity(words []string) bool {
	for i := 1; i < len(words); i++ {
		if words[i-1] == "how" && howQuantities[words[i]] {
			return true
		}
		if (words[i-1] == "what" || words[i-1] == "which") && figureNouns[words[i]] {
			return true
		}
	}
	return false
}

// countedReach is how many words after a figure, or after "how many", may say what is
// counted: "14 warning sirens", "how many registered wells".
const countedReach = 3

// countedWords returns the content words within [countedReach] after "how many", given
// a question's words as [tokenize] returns them: what the question counts. Only "how
// many" names it; "how much of the state's money" or "how long was the jury out" do not
// (a bonus for those lost more questions than it won).
func countedWords(words []string) []string {
	var out []string
	for i := 1; i < len(words); i++ {
		if words[i-1] != "how" || words[i] != "many" {
			continue
		}
		for _, w := range words[i+1 : min(len(words), i+1+countedReach)] {
			if !isStopword(w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// moneyQuestionWords make a "how much" question ask for a sum of money: "how much did he
// spend", "how much would the city owe", "how much is she paid".
var moneyQuestionWords = wordSet(`money cost costs pay paid pays spend spent spending owe owed
owes price prices revenue revenues fund funds funding debt salary earn earns earned fee fees
fine fines subsidy subsidies budget bill bills loan loans rent worth charge charges`)

// asksMoney reports a question that asks for a sum of money ("how much" and a word of
// paying or costing), given its words as [tokenize] returns them.
func asksMoney(words []string) bool {
	how := false
	for i := 1; i < len(words) && !how; i++ {
		how = words[i-1] == "how" && words[i] == "much"
	}
	return how && slices.ContainsFunc(words, func(w string) bool { return moneyQuestionWords[w] })
}

// statesMoney reports a text that states a sum of money: news copy marks one with a
// currency sign ("$4.7 million", "£2bn").
func statesMoney(text string) bool {
	return strings.ContainsAny(text, "$£€")
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

// speechQuestionVerbs ask what someone said: "what did the mayor say", "how did she
// describe the plan", "who called it a fiction". Only these: adding "warn", "argue",
// "claim" and the like won two questions on the question files and lost one; "react" and
// "respond" won one and lost one ("How badly did the stock react?").
var speechQuestionVerbs = wordSet(`say says said call calls called describe describes described`)

// asksSpeech reports a question that asks for someone's words, given its words as
// [tokenize] returns them.
func asksSpeech(words []string) bool {
	for _, w := range words {
		if speechQuestionVerbs[w] {
			return true
		}
	}
	return false
}

// futureQuestionWords ask what will happen or what someone means to do: "what will the
// mayor do first", "is the chipmaker planning to leave", "when does the firm expect".
// "Plan" alone is left out: as a noun it asks about a plan, not about the future.
var futureQuestionWords = wordSet(`will won't planning intend intends intending expect expects
expected next future upcoming`)

// asksFuture reports a question about what will happen or what someone means to do,
// given its words as [tokenize] returns them.
func asksFuture(words []string) bool {
	for i, w := range words {
		if futureQuestionWords[w] {
			return true
		}
		if i > 0 && (w == "to" && (words[i-1] == "plans" || words[i-1] == "plan" || words[i-1] == "going") || w == "on" && words[i-1] == "plan") {
			return true
		}
	}
	return false
}

// futureWords speak of what will or may happen, or of what someone means to do.
var futureWords = wordSet(`will would could may plan plans planning planned expect expects
expected next intend intends scheduled aim aims hope hopes`)

// statesFuture reports a word of a passage that speaks of the future, given the word
// before it: "will", "plans", "is expected", "going to", "set to".
func statesFuture(prev, w string) bool {
	return futureWords[w] || w == "to" && (prev == "going" || prev == "set")
}

// superlativeQuestionWords ask for the one that stands out: "which country backs the
// Taliban the most", "what is the biggest risk", "who is the main supplier".
var superlativeQuestionWords = wordSet(`most biggest largest greatest main best worst least highest lowest primary strongest`)

// asksSuperlative reports a question that asks which one stands out, given its words as
// [tokenize] returns them. "Most" and "least" do not before "of" or a plural ("according
// to most specialists", "most people") or in "at least".
func asksSuperlative(words []string) bool {
	for i, w := range words {
		if !superlativeQuestionWords[w] {
			continue
		}
		if w != "most" && w != "least" {
			return true
		}
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		if (i == 0 || words[i-1] != "at") && next != "of" && next != "people" && !isPluralNoun(next) {
			return true
		}
	}
	return false
}

// isPluralNoun guesses from its ending whether a word is a plural noun: "specialists"
// but not "dangerous" or "less".
func isPluralNoun(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous")
}

// superlativeWords single one out: "the Taliban's largest outside supporter", "the
// biggest risk", "by far the main source".
var superlativeWords = wordSet(`most least largest biggest greatest highest lowest smallest strongest
weakest worst best longest earliest fastest deepest steepest oldest newest toughest hardest main
primary foremost`)

// statesSuperlative reports a word of a passage that singles one out.
func statesSuperlative(w string) bool {
	return superlativeWords[w]
}
