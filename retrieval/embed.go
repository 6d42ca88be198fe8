package retrieval

import (
	"context"
	"hash/fnv"
	"math"
	"sort"
	"strings"

	"github.com/philippgille/chromem-go"
)

// MaxDimensions bounds the length of the vectors [HashEmbedder] makes. Below it, every
// feature of the indexed texts gets a dimension of its own, so no two words collide; a
// corpus with more features than this shares dimensions by signed hashing, where
// collisions cancel on average instead of adding up.
const MaxDimensions = 16384

// IndexedText is what is embedded for one passage: the passage itself and a short context
// header (article title, speakers and their roles, acronyms) that lets questions about
// "the Pentagon spokeswoman" or "the CSIS expert" find it.
type IndexedText struct {
	Header string
	Body   string
}

// Thesaurus supplies related words for a lower-case word. [*Lexicon] is one.
type Thesaurus interface {
	Synonyms(word string) []string
	GlossWords(word string) []string
}

// FeatureWeights says how much each kind of evidence counts in a vector.
type FeatureWeights struct {
	Word     float64 // a stemmed word of the passage or question
	Header   float64 // a stemmed word of the context header
	Synonym  float64 // a WordNet synonym or derived form of a question word
	Gloss    float64 // a content word of the definition of a question word
	CharGram float64 // a character 4-gram of a word, for unseen spellings and forms
	Bigram   float64 // two adjacent stemmed words
	// Concept is a related word added on both sides, so that a question and a passage
	// that use different members of one WordNet synonym set meet there.
	Concept float64
	// AnswerType is what a question's wording asks for ("how many": a number) matched with
	// the kinds of value a passage holds.
	AnswerType float64
	// QueryIDF is the power of a feature's rarity in the question vector. Passages already
	// carry rarity once, so 0 gives BM25's ranking; 1 counts rarity twice.
	QueryIDF float64
	// LengthNorm is how much a long passage is held against it: 0 ranks by the BM25-style
	// dot product alone, 1 by cosine similarity, which favours short passages.
	LengthNorm float64
}

// DefaultWeights returns the weights measured best on the eval question files.
func DefaultWeights() FeatureWeights {
	return FeatureWeights{Word: 1, Header: 0.3, Synonym: 0.1, Gloss: 0.1, CharGram: 0.1, Concept: 0.2, AnswerType: 0.6, QueryIDF: 1}
}

// HashEmbedder is the offline embedder: it turns text into a weighted bag of features
// (stemmed words, synonyms, character n-grams) hashed into a fixed-length vector. It runs in
// process, needs no network or model, and is deterministic. Weights follow BM25: rare
// features count more, and repeated words saturate.
type HashEmbedder struct {
	dims       int
	weights    FeatureWeights
	thesaurus  Thesaurus
	idf        map[string]float64
	slot       map[string]int // feature → its own dimension; nil when hashing
	avgLen     float64
	defaultIDF float64
}

// oovDimension holds the weight of question features that no indexed text has. Passages are
// zero there, so it lowers every similarity alike and keeps scores comparable between
// questions.
const oovDimension = 0

// lengthDimension pads passage vectors so that chromem-go's normalisation, which divides
// every passage by its own length, divides them all by a length chosen by LengthNorm
// instead. Questions are zero there, so it changes no dot product.
const lengthDimension = 1

// firstFeatureDimension is where the feature dimensions start.
const firstFeatureDimension = 2

// NewHashEmbedder fits feature rarity (IDF) on the texts to be indexed. thesaurus may be
// nil, in which case questions are not expanded with related words.
func NewHashEmbedder(texts []IndexedText, thesaurus Thesaurus, weights FeatureWeights) *HashEmbedder {
	e := &HashEmbedder{weights: weights, thesaurus: thesaurus, idf: map[string]float64{}}
	df := map[string]int{}
	total := 0
	for _, t := range texts {
		feats := e.documentFeatures(t)
		total += len(feats.words)
		for f := range feats.all {
			df[f]++
		}
	}
	n := float64(len(texts))
	keys := make([]string, 0, len(df))
	for f, d := range df {
		e.idf[f] = math.Log(1 + (n-float64(d)+0.5)/(float64(d)+0.5))
		keys = append(keys, f)
	}
	e.defaultIDF = math.Log(1 + (n+0.5)/0.5)
	if len(texts) > 0 {
		e.avgLen = float64(total) / n
	}
	if firstFeatureDimension+len(keys) <= MaxDimensions {
		sort.Strings(keys) // deterministic dimensions, whatever the map order
		e.slot = make(map[string]int, len(keys))
		for i, k := range keys {
			e.slot[k] = firstFeatureDimension + i
		}
		e.dims = firstFeatureDimension + len(keys)
	} else {
		e.dims = MaxDimensions
	}
	return e
}

// Dimensions is the length of the vectors the embedder makes.
func (e *HashEmbedder) Dimensions() int { return e.dims }

// features is a bag of weighted features before hashing.
type features struct {
	all   map[string]float64
	words []string
}

func (f *features) add(key string, w float64) {
	if w <= 0 {
		return
	}
	f.all[key] += w
}

// documentFeatures lists a passage's features with their raw counts (weighted by kind).
func (e *HashEmbedder) documentFeatures(t IndexedText) features {
	f := features{all: map[string]float64{}}
	prev := ""
	bodyWords := words(t.Body)
	lower := make([]string, len(bodyWords))
	for i, w := range bodyWords {
		lower[i] = w.text
	}
	for _, typ := range passageTypes(t.Body, lower) {
		f.add(typ, e.weights.AnswerType)
	}
	for _, word := range bodyWords {
		w := word.text
		if isStopword(w) {
			prev = ""
			continue
		}
		s := stem(w)
		f.words = append(f.words, s)
		f.add("w:"+s, e.weights.Word)
		if prev != "" {
			f.add("b:"+prev+"_"+s, e.weights.Bigram)
		}
		prev = s
		for _, g := range charGrams(w) {
			f.add("c:"+g, e.weights.CharGram)
		}
		e.addConcepts(&f, w, s)
	}
	for _, w := range tokenize(t.Header) {
		if !isStopword(w) {
			f.add("w:"+stem(w), e.weights.Header)
		}
	}
	return f
}

// queryFeatures lists a question's features, expanded with related words.
func (e *HashEmbedder) queryFeatures(q string) map[string]float64 {
	f := features{all: map[string]float64{}}
	prev := ""
	qwords := words(q)
	texts := tokenize(q)
	for _, typ := range answerTypes(texts) {
		f.add(typ, e.weights.AnswerType)
	}
	for i, word := range qwords {
		w := word.text
		if isStopword(w) || isQuestionFrame(texts, i) || isQuestionFiller(w) {
			prev = ""
			continue
		}
		s := stem(w)
		f.add("w:"+s, e.weights.Word)
		if prev != "" {
			f.add("b:"+prev+"_"+s, e.weights.Bigram)
		}
		prev = s
		for _, g := range charGrams(w) {
			f.add("c:"+g, e.weights.CharGram)
		}
		if e.thesaurus == nil || word.name {
			continue
		}
		e.addConcepts(&f, w, s)
		for _, syn := range e.thesaurus.Synonyms(w) {
			if ss := stem(syn); ss != s && !isStopword(syn) {
				f.add("w:"+ss, e.weights.Synonym)
			}
		}
		for _, g := range e.thesaurus.GlossWords(w) {
			if gs := stem(g); gs != s && !isStopword(g) {
				f.add("w:"+gs, e.weights.Gloss)
			}
		}
	}
	return f.all
}

// conceptsPerWord is how many related words stand for a word's meaning: the first few
// synonyms come from its most frequent senses; later ones are rarer senses and noise.
const conceptsPerWord = 4

// addConcepts adds the word itself and its first related words as concept features.
func (e *HashEmbedder) addConcepts(f *features, word, stemmed string) {
	// Short words are mostly names and abbreviations ("al", "ISI"), whose WordNet senses
	// ("Alabama", "aluminium") are noise.
	if e.thesaurus == nil || e.weights.Concept == 0 || len(word) <= 3 {
		return
	}
	f.add("s:"+stemmed, e.weights.Concept)
	syns := e.thesaurus.Synonyms(word)
	for i, syn := range syns {
		if i == conceptsPerWord {
			break
		}
		f.add("s:"+stem(syn), e.weights.Concept)
	}
}

// charGrams returns the character 4-grams of a word padded with boundary marks; words of
// three letters or fewer give none, as their grams are the word itself.
func charGrams(w string) []string {
	r := []rune("<" + w + ">")
	if len(r) < 6 {
		return nil
	}
	out := make([]string, 0, len(r)-3)
	for i := 0; i+4 <= len(r); i++ {
		out = append(out, string(r[i:i+4]))
	}
	return out
}

// EmbedDocuments returns the unit vectors of passages with their headers. The vectors are
// made together because each one's length padding depends on all of them.
func (e *HashEmbedder) EmbedDocuments(texts []IndexedText) [][]float32 {
	vectors := make([][]float32, len(texts))
	norms := make([]float64, len(texts))
	scale := 0.0
	for i, t := range texts {
		vectors[i] = e.documentVector(t)
		norms[i] = vectorNorm(vectors[i])
		scale = max(scale, math.Pow(norms[i], 1-e.weights.LengthNorm))
	}
	for i, v := range vectors {
		// Each vector is padded to the length scale·norm^LengthNorm, at least its own.
		target := scale * math.Pow(norms[i], e.weights.LengthNorm)
		if target < norms[i] || math.IsNaN(target) {
			target = norms[i]
		}
		pad := math.Sqrt(max(target*target-norms[i]*norms[i], 0))
		if target == 0 {
			pad, target = 1, 1
		}
		v[lengthDimension] = float32(pad)
		inv := float32(1 / target)
		for j := range v {
			v[j] *= inv
		}
	}
	return vectors
}

// documentVector is a passage's vector before padding and normalisation.
func (e *HashEmbedder) documentVector(t IndexedText) []float32 {
	f := e.documentFeatures(t)
	const k1, b = 1.2, 0.75
	lenNorm := 1.0
	if e.avgLen > 0 {
		lenNorm = 1 - b + b*float64(len(f.words))/e.avgLen
	}
	weighted := make(map[string]float64, len(f.all))
	for key, tf := range f.all {
		weighted[key] = tf * (k1 + 1) / (tf + k1*lenNorm) * e.rarity(key)
	}
	return e.fold(weighted)
}

func vectorNorm(v []float32) float64 {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	return math.Sqrt(sum)
}

// EmbedQuery returns the normalised vector of a question, or nil when none of its features
// are known to the index and it has no words at all.
func (e *HashEmbedder) EmbedQuery(q string) []float32 {
	feats := e.queryFeatures(q)
	if len(feats) == 0 {
		return nil
	}
	weighted := make(map[string]float64, len(feats))
	for key, w := range feats {
		weighted[key] = w * math.Pow(e.rarity(key), e.weights.QueryIDF)
	}
	return e.unit(e.fold(weighted))
}

func (e *HashEmbedder) rarity(key string) float64 {
	if v, ok := e.idf[key]; ok {
		return v
	}
	return e.defaultIDF
}

// fold puts weighted features into a vector: each known feature on its own dimension (or
// a hashed one), unknown ones together on the unknown-feature dimension.
func (e *HashEmbedder) fold(weighted map[string]float64) []float32 {
	v := make([]float32, e.dims)
	var unknown float64
	for key, w := range weighted {
		if _, known := e.idf[key]; !known {
			unknown += w * w
			continue
		}
		if i, ok := e.slot[key]; ok {
			v[i] += float32(w)
			continue
		}
		h := fnv.New64a()
		h.Write([]byte(key))
		sum := h.Sum64()
		i := firstFeatureDimension + int(sum%uint64(e.dims-firstFeatureDimension))
		if sum>>63 == 1 {
			v[i] -= float32(w)
		} else {
			v[i] += float32(w)
		}
	}
	v[oovDimension] = float32(math.Sqrt(unknown))
	return v
}

// unit scales v to length 1. A vector of zeros (no features) becomes a unit vector on the
// unknown-feature axis so that similarities stay finite (zero) rather than NaN.
func (e *HashEmbedder) unit(v []float32) []float32 {
	norm := vectorNorm(v)
	if norm == 0 || math.IsNaN(norm) || math.IsInf(norm, 0) {
		clear(v)
		v[oovDimension] = 1
		return v
	}
	inv := float32(1 / norm)
	for i := range v {
		v[i] *= inv
	}
	return v
}

// EmbeddingFunc adapts the embedder to chromem-go, which embeds query texts with it.
func (e *HashEmbedder) EmbeddingFunc() chromem.EmbeddingFunc {
	return func(_ context.Context, text string) ([]float32, error) {
		if v := e.EmbedQuery(text); v != nil {
			return v, nil
		}
		return e.unit(make([]float32, e.dims)), nil
	}
}

// BestSentence returns the span within text of the sentence that shares the most (rarest)
// question words; the first sentence when none shares any.
func (e *HashEmbedder) BestSentence(q string, text string) [2]int {
	spans := Sentences(text)
	if len(spans) == 0 {
		return [2]int{0, len(text)}
	}
	want := e.queryFeatures(q)
	best, bestScore := spans[0], 0.0
	for _, sp := range spans {
		score := 0.0
		seen := map[string]bool{}
		for _, w := range tokenize(text[sp[0]:sp[1]]) {
			key := "w:" + stem(w)
			if isStopword(w) || seen[key] {
				continue
			}
			seen[key] = true
			score += want[key] * e.rarity(key)
		}
		if score > bestScore {
			best, bestScore = sp, score
		}
	}
	return best
}

// contextHeader is the text indexed beside a passage to describe it.
func contextHeader(m Meta, p Passage, roles map[string][]string) string {
	var b strings.Builder
	b.WriteString(m.Title)
	for _, s := range p.Speakers {
		b.WriteString(". ")
		b.WriteString(s.Name)
		rs := roles[s.Name]
		if s.Anonymous {
			rs = []string{s.Role}
		}
		for _, r := range rs {
			b.WriteString(", ")
			b.WriteString(r)
			if a := acronym(r); a != "" {
				b.WriteString(" (" + a + ")")
			}
		}
	}
	return b.String()
}

// acronym makes the initials of an organisation's capitalised words: "Center for Strategic
// and International Studies" → "CSIS". Fewer than three capitals make no acronym.
func acronym(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		r := []rune(w)
		if len(r) > 1 && r[0] >= 'A' && r[0] <= 'Z' && !strings.Contains(w, ".") {
			b.WriteRune(r[0])
		}
	}
	if b.Len() < 3 {
		return ""
	}
	return b.String()
}

// Coverage is the share of a question's content words, weighted by rarity, that a passage
// (or its header) contains, directly or through a related word. Unlike the similarity
// score it does not depend on how long the passage is, which makes it a steadier measure
// of whether the passage is about the question at all.
func (e *HashEmbedder) Coverage(q string, t IndexedText) float64 {
	have := map[string]bool{}
	for _, w := range tokenize(t.Body + " " + t.Header) {
		have[stem(w)] = true
	}
	var total, found float64
	qwords := words(q)
	texts := tokenize(q)
	for i, word := range qwords {
		w := word.text
		if isStopword(w) || isQuestionFrame(texts, i) || isQuestionFiller(w) {
			continue
		}
		s := stem(w)
		weight := e.rarity("w:" + s)
		total += weight
		if have[s] {
			found += weight
			continue
		}
		if e.thesaurus == nil || word.name {
			continue
		}
		for _, syn := range e.thesaurus.Synonyms(w) {
			if have[stem(syn)] {
				found += weight / 2
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	return found / total
}
