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
