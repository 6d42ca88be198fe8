package retrieval

func lexiconForSweep() Thesaurus { return DefaultLexicon() }

func sweepWeights() []FeatureWeights {
	return []FeatureWeights{
		{Word: 1},
		{Word: 1, AnswerType: 0.3},
		{Word: 1, AnswerType: 0.6},
		{Word: 1, AnswerType: 1},
		{Word: 1, AnswerType: 0.6, Concept: 0.2, Header: 0.3},
		{Word: 1, AnswerType: 0.6, Concept: 0.2, Header: 0.3, CharGram: 0.1, Synonym: 0.1, Gloss: 0.1},
		{Word: 1, AnswerType: 0.6, Header: 0.3, CharGram: 0.1, Synonym: 0.2, Gloss: 0.1},
	}
}
