package retrieval

// describedIndex finds people by a word of their descriptions, so that "the spokeswoman
// said" or "the company said" finds its person without reading every description again:
// an article with thousands of names and such phrases stays linear.
type describedIndex struct {
	words map[string]map[string]bool // full name → its words
	names map[string][]string        // word → full names, in the order they were given it
}

func newDescribedIndex() describedIndex {
	return describedIndex{words: map[string]map[string]bool{}, names: map[string][]string{}}
}

func (x describedIndex) add(name, word string) {
	if word == "" || x.words[name][word] {
		return
	}
	if x.words[name] == nil {
		x.words[name] = map[string]bool{}
	}
	x.words[name][word] = true
	x.names[word] = append(x.names[word], name)
}

func (x describedIndex) has(name, word string) bool { return x.words[name][word] }

// last returns the last name given the word that keep accepts.
func (x describedIndex) last(word string, keep func(name string) bool) (string, bool) {
	names := x.names[word]
	for i := len(names) - 1; i >= 0; i-- {
		if keep(names[i]) {
			return names[i], true
		}
	}
	return "", false
}

// first returns the first name given the word that keep accepts.
func (x describedIndex) first(word string, keep func(name string) bool) (string, bool) {
	for _, name := range x.names[word] {
		if keep(name) {
			return name, true
		}
	}
	return "", false
}
