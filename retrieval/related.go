package retrieval

import (
	"slices"
	"strings"
	"sync"
)

// relatedDepth is how many of the best lexical matches the neighbour bonus may reorder (or
// three times the answers asked for, if that is more). Each result chromem-go returns
// costs time, and a passage far down the lexical ranking shares little of the question:
// a nudge towards its topic should not make it an answer.
const relatedDepth = 30

// sifSmoothing and zipfScale weight a question word by its frequency p as SIF does
// (Arora et al., 2017), a/(a+p), with p taken from its GloVe frequency rank by Zipf's law,
// p ≈ 1/(rank·zipfScale): a word as common as "said" (rank 15) counts 0.16, one ranked
// 5,000th 0.98.
const (
	sifSmoothing = 1e-3
	zipfScale    = 13 // ≈ ln(400,000) + 0.58, the harmonic number of GloVe's vocabulary
)

// relatedQuestion is a question prepared for the neighbour bonus: the content words that
// have GloVe neighbours among the indexed passages' words, and the weight of all of them.
type relatedQuestion struct {
	words []relatedWord
	total float64
}

// relatedWord is a question word and the stems of its neighbours that passages use.
type relatedWord struct {
	stem   string
	weight float64
	near   []relatedStem // closest first
}

type relatedStem struct {
	stem       string
	similarity float64
}

// relatedWords finds the GloVe neighbours of question words among the indexed passages'
// words. Lookups are remembered, up to maxCachedSynonyms words, because they are most of
// the bonus's cost and questions share words. It is safe for concurrent use.
type relatedWords struct {
	table *Neighbors
	used  map[string]string // the passages' content words → their stems; read-only once built

	mu    sync.RWMutex
	cache map[string]relatedWord
}

func newRelatedWords(table *Neighbors, used map[string]string) *relatedWords {
	return &relatedWords{table: table, used: used, cache: map[string]relatedWord{}}
}

// of returns a question word (lower-case, with its stem) weighted by its rarity, with the
// stems of its neighbours that passages use. Neighbours are matched by their exact form,
// which the table lists separately ("harbored", "harboring"), so that no word needs
// stemming per question.
func (r *relatedWords) of(word, stem string) relatedWord {
	r.mu.RLock()
	rw, ok := r.cache[word]
	r.mu.RUnlock()
	if ok {
		return rw
	}
	rank, neighbors, listed := r.table.Lookup(word)
	// A word the table does not list is rarer than all it does.
	rw = relatedWord{stem: stem, weight: 1}
	if listed {
		p := 1 / (float64(rank) * zipfScale)
		rw.weight = sifSmoothing / (sifSmoothing + p)
	}
	for _, n := range neighbors {
		s, used := r.used[n.Word]
		if !used || s == stem || slices.ContainsFunc(rw.near, func(r relatedStem) bool { return r.stem == s }) {
			continue
		}
		rw.near = append(rw.near, relatedStem{s, n.Similarity})
	}
	r.mu.Lock()
	if len(r.cache) < maxCachedSynonyms {
		r.cache[strings.Clone(word)] = rw
	}
	r.mu.Unlock()
	return rw
}

// prepare finds, for each content word of the question, its neighbours that passages use.
func (r *relatedWords) prepare(pq preparedQuestion) relatedQuestion {
	var rq relatedQuestion
	if r == nil {
		return rq
	}
	for _, qw := range pq.content {
		rw := r.of(qw.word, qw.stem)
		rq.total += rw.weight
		if len(rw.near) > 0 {
			rq.words = append(rq.words, rw)
		}
	}
	return rq
}

// bonus is the share of the question's word weight that a passage's text matches only
// through a neighbour, each such word counted at its closest neighbour's similarity: a
// passage that says "Iran" where the question says "Tehran" earns 0.85 of that word. Words
// the text has themselves earn nothing here; the lexical score already counts them. The
// context header is left out: its title is in every passage, and its roles ("spokeswoman",
// "analyst") would let every question about a person's words reach every quote.
func (rq relatedQuestion) bonus(pw passageWords) float64 {
	if rq.total == 0 {
		return 0
	}
	var sum float64
	for _, w := range rq.words {
		if pw.stems[w.stem]&inBody != 0 {
			continue
		}
		for _, n := range w.near {
			if pw.stems[n.stem]&inBody != 0 {
				sum += w.weight * n.similarity
				break
			}
		}
	}
	return sum / rq.total
}
