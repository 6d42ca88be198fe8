package retrieval

// isQuestionFrame reports a word that frames a question rather than says what it is about:
// "what kind of relationship" is about relationships, not kinds; "how many members" is
// about members.
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

// frameWords are the nouns an answer to a framed question tends to use: "how many
// members" is answered by "the number of members". Other frames had nouns here too
// ("how much" → "amount", "how far" → "distance"); none helped on the question files,
// and "amount" pulled "no amount of conservation" above the figures asked for, because
// articles answer those questions with numbers and units rather than with the noun.
var frameWords = map[string][]string{
	"many": {"number"},
	"few":  {"number"},
}

// frameExpansion returns the nouns the framing word at words[i] asks for, if it is one.
func frameExpansion(words []string, i int) []string {
	if i == 0 || words[i-1] != "how" {
		return nil
	}
	return frameWords[words[i]]
}
