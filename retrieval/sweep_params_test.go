package retrieval

func lexiconForSweep() Thesaurus { return DefaultLexicon() }

func sweepWeights() []FeatureWeights {
	var out []FeatureWeights
	for _, at := range []float64{0.6, 1, 1.5, 2, 3} {
		w := DefaultWeights()
		w.AnswerType = at
		out = append(out, w)
	}
	return out
}
