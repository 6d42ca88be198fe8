package retrieval

import "math"

// BM25's constants, at the usual values (Robertson and Zaragoza, 2009): k1 saturates a
// repeated word's count, b says how much a long text is held against it.
const bm25K1, bm25B = 1.2, 0.75

// bm25IDF is the rarity of a term found in df of n texts. It stays above zero for a term
// found in every text.
func bm25IDF(n, df float64) float64 {
	return math.Log(1 + (n-df+0.5)/(df+0.5))
}

// bm25TF is a term's saturated count tf in a text of length words, where the texts average
// avgLen words; avgLen 0 leaves length out.
func bm25TF(tf, length, avgLen float64) float64 {
	lenNorm := 1.0
	if avgLen > 0 {
		lenNorm = 1 - bm25B + bm25B*length/avgLen
	}
	return tf * (bm25K1 + 1) / (tf + bm25K1*lenNorm)
}
