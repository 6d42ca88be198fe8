package retrieval

import "slices"

// phraser is a [Thesaurus] that knows multiword verbs, as [*Lexicon] does.
type phraser interface {
	PhraseForms(word string) []string
	Phrase(words []string) []string
}

// maxPhraseWords is how many words related to one phrasal verb a question gains: the
// first senses' synonyms come first, and the tail drifts ("go up" → … "travel", "near").
const maxPhraseWords = 8

// phraseSimilarity is what a word related to a phrasal verb counts as in the neighbour
// bonus, on GloVe's cosine scale: about a close neighbour's.
const phraseSimilarity = 0.6

// addPhrases finds the phrasal verbs the question spells in three or two words, the verb
// in any form ("got along with", "step in"), and adds their related words as features of
// weight [FeatureWeights.Phrase], leaving out stems the question has already. A phrase's
// words are not the start of another; a stopword starts none ("do in", "have on").
func (e *HashEmbedder) addPhrases(words []string, pq *preparedQuestion, f features) {
	ph, ok := e.vocabulary.thesaurus.(phraser)
	if !ok {
		return
	}
	var have map[string]bool
	key := make([]string, 0, 3)
	for i := 0; i < len(words)-1; i++ {
		n, related := 0, []string(nil)
		for _, form := range e.vocabulary.phraseForms(words[i]) {
			for n = min(3, len(words)-i); n >= 2; n-- {
				key = append(append(key[:0], form), words[i+1:i+n]...)
				if related = ph.Phrase(key); related != nil {
					break
				}
			}
			if related != nil {
				break
			}
		}
		if related == nil {
			continue
		}
		if have == nil {
			have = map[string]bool{}
			for _, qw := range pq.content {
				have[qw.stem] = true
			}
		}
		var added []string
		for _, r := range related {
			if len(added) == maxPhraseWords {
				break
			}
			s := e.vocabulary.stem(r)
			if isStopword(r) || have[s] || slices.Contains(added, s) {
				continue
			}
			added = append(added, s)
			f.add("w:"+s, e.weights.Phrase)
		}
		for k, qw := range pq.content {
			if qw.at >= i && qw.at < i+n {
				pq.content[k].phrase = append(pq.content[k].phrase, added...)
			}
		}
		i += n - 1
	}
}
