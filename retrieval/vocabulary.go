package retrieval

import (
	"slices"
	"strings"
)

// synonymsPerWord is how many synonyms stand for a word's meaning: the first few come from
// its most frequent senses; later ones are rarer senses and noise.
const synonymsPerWord = 8

// vocabulary remembers the stems of the words of the indexed passages, and the WordNet
// synonyms and phrasal-verb forms of question words, because stemming and lexicon lookups
// are most of the cost of embedding. Stems are learnt while the index is built and
// read-only after freeze; the rest is learnt as questions come.
type vocabulary struct {
	thesaurus Thesaurus
	stems     map[string]string
	frozen    bool

	synonymsOf    wordCache[[]string]
	phraseFormsOf wordCache[[]string]
}

func newVocabulary(t Thesaurus) *vocabulary {
	return &vocabulary{thesaurus: t, stems: map[string]string{}}
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
	c, ok := v.synonymsOf.get(w)
	if ok {
		return c
	}
	own := v.stem(w)
	for _, syn := range v.thesaurus.Synonyms(w) {
		if len(c) == synonymsPerWord {
			break
		}
		if s := v.stem(syn); s != own && !slices.Contains(c, s) && !isStopword(syn) {
			c = append(c, s)
		}
	}
	v.synonymsOf.put(w, c)
	return c
}

// phraseForms returns the forms of a question word that begin a multiword verb (see
// [*Lexicon.PhraseForms]); nil when the thesaurus knows no phrases.
func (v *vocabulary) phraseForms(w string) []string {
	ph, ok := v.thesaurus.(phraser)
	if !ok || isStopword(w) {
		return nil
	}
	forms, ok := v.phraseFormsOf.get(w)
	if !ok {
		forms = ph.PhraseForms(w)
		v.phraseFormsOf.put(w, forms)
	}
	return forms
}
