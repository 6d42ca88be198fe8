package retrieval

import (
	"cmp"
	"slices"
)

// relatedDepth is how many of the best lexical matches the bonuses may reorder (or three
// times the answers asked for, if that is more). Each result chromem-go returns
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

// relatedQuestion is a question prepared for the bonuses: its content words, each weighted
// by rarity and with its GloVe neighbours among the indexed passages' words, and the weight
// of all of them.
type relatedQuestion struct {
	words []relatedWord
	total float64
	questionKind
}

// relatedWord is a question word and the stems of its neighbours that passages use (none
// when it has no table).
type relatedWord struct {
	stem    string
	weight  float64
	near    []relatedStem // closest first
	learned []relatedStem // the stems associated with it that passages use, strongest first
}

type relatedStem struct {
	stem       string
	similarity float64
}

// relatedWords weighs question words and finds their GloVe neighbours and learned
// associations among the indexed passages' words; table may be nil, and then every word
// weighs 1 and has no neighbours, and learned may be nil too. Lookups are remembered,
// because they are most of the bonuses' cost. It is safe for concurrent use.
type relatedWords struct {
	table     *Neighbors
	learned   *Associations
	used      map[string]string // the passages' content words → their stems; read-only once built
	usedStems map[string]bool   // the stems among used's values; read-only once built
	cache     wordCache[relatedWord]
}

// newRelatedWords prepares the lookups; table and learned may be nil.
func newRelatedWords(table *Neighbors, learned *Associations, used map[string]string) *relatedWords {
	r := &relatedWords{table: table, learned: learned, used: used}
	if learned != nil {
		r.usedStems = make(map[string]bool, len(used))
		for _, s := range used {
			r.usedStems[s] = true
		}
	}
	return r
}

// of returns a question word (lower-case, with its stem) weighted by its rarity, with the
// stems of its neighbours and of its learned associations that passages use. Neighbours
// are matched by their exact form, which the table lists separately ("harbored",
// "harboring"), so that no word needs stemming per question; associations are stems
// already.
func (r *relatedWords) of(word, stem string) relatedWord {
	if rw, ok := r.cache.get(word); ok {
		return rw
	}
	rank, neighbors, listed := r.table.Lookup(word)
	// A word the table does not list is rarer than all it does.
	rw := relatedWord{stem: stem, weight: 1}
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
	for _, a := range r.learned.Lookup(stem) {
		if r.usedStems[a.Word] {
			rw.learned = append(rw.learned, relatedStem{a.Word, a.Similarity})
		}
	}
	r.cache.put(word, rw)
	return rw
}

// prepare weighs each content word of the question and finds its neighbours.
func (r *relatedWords) prepare(pq preparedQuestion) relatedQuestion {
	rq := relatedQuestion{questionKind: pq.questionKind}
	for _, qw := range pq.content {
		rw := r.of(qw.word, qw.stem)
		if len(qw.phrase) > 0 {
			rw.near = withPhrase(rw.near, qw.phrase)
		}
		rq.total += rw.weight
		rq.words = append(rq.words, rw)
	}
	return rq
}

// withPhrase adds the words related to a phrasal verb the question word is part of to its
// neighbours, at [phraseSimilarity], keeping them closest first. near is the cached
// list, so it is copied, not appended to.
func withPhrase(near []relatedStem, phrase []string) []relatedStem {
	out := make([]relatedStem, 0, len(near)+len(phrase))
	out = append(out, near...)
	for _, s := range phrase {
		out = append(out, relatedStem{s, phraseSimilarity})
	}
	slices.SortStableFunc(out, func(a, b relatedStem) int { return cmp.Compare(b.similarity, a.similarity) })
	return out
}

// bonus is what a passage gains (or loses) on top of its similarity: [FeatureWeights.NamedSpeaker]
// times the share of the words naming whom the question asks about that the passage's
// main speaker's description has, [FeatureWeights.Quantity] if the question asks for a
// figure and the text states one, [FeatureWeights.Counted] more if a figure of the text
// counts what the question does, [FeatureWeights.Money] more if it asks for a sum of money
// and the text states one, [FeatureWeights.Speech] if it asks for someone's words
// and someone speaks in the passage, [FeatureWeights.Quote] if it names whom it asks about
// and the text quotes someone, and for the question's words its text lacks (words it
// has earn nothing here; the lexical score counts them):
//
//   - [FeatureWeights.Neighbor] times the share of the question's word weight that the text
//     matches only through a neighbour, each such word counted at its closest neighbour's
//     similarity: a passage that says "Iran" where the question says "Tehran" earns 0.85
//     of that word. The context header is left out: its title is in every passage, and
//     the roles of everyone a passage names would reach too many passages.
//   - [FeatureWeights.Learned] times the share it matches through a stem associated with
//     the word in the learned table ([Associations]), counted at the association's
//     strength.
//   - [FeatureWeights.Speaker] times the share that the passage's main speaker's own
//     description has (name, roles, acronyms): "the FDD analyst" points at the quotes of
//     Thomas Joscelyn of the Foundation for Defense of Democracies, not at a passage that
//     mentions an analyst.
//
// and it loses [FeatureWeights.Uncovered] times the share of the question's word weight
// that its text lacks, so the bonus may be below zero.
func (rq relatedQuestion) bonus(pw passageWords, w FeatureWeights) float64 {
	var named float64
	for _, s := range rq.speaker {
		if pw.stems[s]&inSpeaker != 0 {
			named++
		}
	}
	if len(rq.speaker) > 0 {
		named = w.NamedSpeaker * named / float64(len(rq.speaker))
	}
	if rq.quantity && pw.quantity {
		named += w.Quantity
	}
	if slices.ContainsFunc(rq.counted, func(s string) bool { return pw.counted[s] }) {
		named += w.Counted
	}
	if rq.money && pw.money {
		named += w.Money
	}
	if rq.speech && pw.speaks {
		named += w.Speech
	}
	if len(rq.speaker) > 0 && pw.quotes {
		named += w.Quote
	}
	if rq.future && pw.future {
		named += w.Future
	}
	if rq.superlative && pw.superlative {
		named += w.Superlative
	}
	if rq.total == 0 {
		return named
	}
	var near, learned, speaker, uncovered float64
	for _, qw := range rq.words {
		place := pw.stems[qw.stem]
		if place&inBody != 0 {
			continue
		}
		uncovered += qw.weight
		if place&inSpeaker != 0 {
			speaker += qw.weight
		}
		near += qw.weight * firstInBody(qw.near, pw)
		learned += qw.weight * firstInBody(qw.learned, pw)
	}
	return named + (w.Neighbor*near+w.Learned*learned+w.Speaker*speaker-w.Uncovered*uncovered)/rq.total
}

// firstInBody returns the similarity of the first of the stems, closest first, that the
// passage's text has, or 0.
func firstInBody(stems []relatedStem, pw passageWords) float64 {
	for _, n := range stems {
		if pw.stems[n.stem]&inBody != 0 {
			return n.similarity
		}
	}
	return 0
}
