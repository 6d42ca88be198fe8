package retrieval

import (
	"context"
	"hash/fnv"
	"math"
	"sort"

	"github.com/philippgille/chromem-go"
)

// MaxDimensions bounds the length of the vectors [HashEmbedder] makes. Below it, every
// feature of the indexed texts gets a dimension of its own, so no two words collide; a
// corpus with more features than this shares dimensions by signed hashing, where
// collisions cancel on average instead of adding up.
const MaxDimensions = 8192

// The first dimensions of every vector are reserved.
const (
	// oovDimension holds the weight of question features that no passage has. Passages
	// are zero there, so it lowers every similarity alike and keeps scores comparable.
	oovDimension = 0
	// lengthDimension pads passage vectors so that chromem-go's normalisation, which
	// divides each passage by its own length, divides them all by a length chosen by
	// LengthNorm instead. Questions are zero there, so it changes no dot product.
	lengthDimension = 1
	// firstFeatureDimension is where the feature dimensions start.
	firstFeatureDimension = 2
)

// HashEmbedder is the offline embedder: it turns text into a weighted bag of features
// (stemmed words, context-header words, WordNet synonyms) folded into a fixed-length vector. It
// runs in process, needs no network or model, and is deterministic. Weights follow BM25:
// rare features count more, and repeated words saturate. It is safe for concurrent use.
type HashEmbedder struct {
	dims       int
	weights    FeatureWeights
	vocabulary *vocabulary
	idf        map[string]float64
	slot       map[string]int // feature → its own dimension; nil when hashing
	avgLen     float64
	defaultIDF float64
}

// FitHashEmbedder fits an embedder on the passages to be indexed (feature rarity, the
// dimensions) and returns it with the passages' unit vectors. thesaurus may be nil, in
// which case no WordNet concepts are added.
func FitHashEmbedder(texts []IndexedText, thesaurus Thesaurus, weights FeatureWeights) (*HashEmbedder, [][]float32) {
	e := &HashEmbedder{weights: weights, vocabulary: newVocabulary(thesaurus), idf: map[string]float64{}}
	feats := make([]features, len(texts))
	df := map[string]int{}
	total := 0
	for i, t := range texts {
		feats[i] = e.documentFeatures(t)
		total += feats[i].length
		for f := range feats[i].weights {
			df[f]++
		}
	}
	e.vocabulary.freeze()
	n := float64(len(texts))
	keys := make([]string, 0, len(df))
	for f, d := range df {
		e.idf[f] = bm25IDF(n, float64(d))
		keys = append(keys, f)
	}
	e.defaultIDF = bm25IDF(n, 0)
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
	return e, e.passageVectors(feats)
}

// Dimensions is the length of the vectors the embedder makes.
func (e *HashEmbedder) Dimensions() int { return e.dims }

// passageVectors weighs, folds, pads and normalises the passages' features. The vectors
// are made together because each one's length padding depends on all of them.
func (e *HashEmbedder) passageVectors(feats []features) [][]float32 {
	vectors := make([][]float32, len(feats))
	norms := make([]float64, len(feats))
	scale := 0.0
	for i, f := range feats {
		weighted := make(map[string]float64, len(f.weights))
		for key, tf := range f.weights {
			weighted[key] = bm25TF(tf, float64(f.length), e.avgLen) * e.rarity(key)
		}
		vectors[i] = e.fold(weighted)
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

// EmbedQuery returns the unit vector of a question.
func (e *HashEmbedder) EmbedQuery(q string) []float32 {
	return e.queryVector(e.prepare(q))
}

func (e *HashEmbedder) queryVector(pq preparedQuestion) []float32 {
	weighted := make(map[string]float64, len(pq.features))
	for key, w := range pq.features {
		weighted[key] = w * math.Pow(e.rarity(key), e.weights.QueryIDF)
	}
	return e.unit(e.fold(weighted))
}

// rarity is a feature's IDF; a feature no passage has counts as rarer than any.
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
		start, size := firstFeatureDimension, e.dims-firstFeatureDimension
		h := fnv.New64a()
		h.Write([]byte(key))
		sum := h.Sum64()
		i := start + int(sum%uint64(size))
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

func vectorNorm(v []float32) float64 {
	var sum float64
	for _, x := range v {
		sum += float64(x) * float64(x)
	}
	return math.Sqrt(sum)
}

// EmbeddingFunc adapts the embedder to chromem-go, which embeds query texts with it.
func (e *HashEmbedder) EmbeddingFunc() chromem.EmbeddingFunc {
	return func(_ context.Context, text string) ([]float32, error) {
		return e.EmbedQuery(text), nil
	}
}
