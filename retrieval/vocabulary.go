package retrieval

import (
	"slices"
	"strings"
)

// synonymsPerWord is how many synonyms stand for a word's meaning: the first few come from
// its most frequent senses; later ones are rarer senses and noise.
const synonymsPerWord = 4

// vocabulary remembers the stems and WordNet synonyms of the words of the indexed
// passages, because stemming and lexicon lookups are most of the cost of embedding. It
// learns while the index is built; after freeze it is read-only, so concurrent questions
// can share it, and words it has not seen are worked out each time.
type vocabulary struct {
	thesaurus  Thesaurus
	stems      map[string]string
	synonymsOf map[string][]string
	frozen     bool
}

func newVocabulary(t Thesaurus) *vocabulary {
	return &vocabulary{thesaurus: t, stems: map[string]string{}, synonymsOf: map[string][]string{}}
}

func (v *vocabulary) freeze() { v.frozen = true }

// stem returns the Snowball stem of a lower-case word.
func (v *vocabulary) stem(w string) string {
	if s, ok := v.stems[w]; ok {
		return s
	}
	s := stem(w)
	if !v.frozen {
		v.stems[strings.Clone(w)] = s
	}
	return s
}

// synonyms returns the distinct stems of a word's first synonyms, other than its own.
// Words of three letters or fewer get none: they are mostly names and abbreviations ("al",
// "ISI"), whose WordNet senses ("Alabama", "aluminium") are noise.
func (v *vocabulary) synonyms(w string) []string {
	if v.thesaurus == nil || len(w) <= 3 {
		return nil
	}
	if c, ok := v.synonymsOf[w]; ok {
		return c
	}
	own := v.stem(w)
	var c []string
	for _, syn := range v.thesaurus.Synonyms(w) {
		if len(c) == synonymsPerWord {
			break
		}
		if s := v.stem(syn); s != own && !slices.Contains(c, s) && !isStopword(syn) {
			c = append(c, s)
		}
	}
	if !v.frozen {
		v.synonymsOf[strings.Clone(w)] = c
	}
	return c
}
