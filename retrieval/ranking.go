package retrieval

import (
	"context"
	"fmt"
)

// Ranking is how an index orders passages for a question.
type Ranking string

// The rankings. Without a neural model only [RankingLexical] is possible, and
// [RankingHybrid] falls back to it.
const (
	RankingLexical Ranking = "lexical" // the offline embedder alone
	RankingDense   Ranking = "dense"   // the neural model alone
	RankingHybrid  Ranking = "hybrid"  // both, fused by reciprocal rank (the default)
)

// ParseRanking reads a ranking's name; empty means [RankingHybrid].
func ParseRanking(s string) (Ranking, error) {
	switch r := Ranking(s); r {
	case "":
		return RankingHybrid, nil
	case RankingLexical, RankingDense, RankingHybrid:
		return r, nil
	}
	return "", fmt.Errorf("unknown ranking %q: want lexical, dense or hybrid", s)
}

// rrfK is reciprocal rank fusion's constant: a passage ranked r-th by one ranking earns
// 1/(rrfK+r). 60 is the value of Cormack et al. (2009), where the method was shown to beat
// score blending; it keeps one ranking's first place from drowning the other's.
const rrfK = 60

// fusionDepth is how many passages each ranking hands to the fusion. A passage below it
// in both is not worth an answer slot.
const fusionDepth = 100

// fuseRankings merges rankings by reciprocal rank fusion and returns the best n. Scores
// are scaled so that 1 means first in every ranking.
func fuseRankings(n int, rankings ...[]scoredPassage) []scoredPassage {
	fused := map[int]float64{}
	for _, ranking := range rankings {
		for rank, s := range ranking {
			fused[s.index] += 1 / float64(rrfK+rank+1)
		}
	}
	best := float64(len(rankings)) / float64(rrfK+1)
	out := make([]scoredPassage, 0, len(fused))
	for i, score := range fused {
		out = append(out, scoredPassage{index: i, score: min(score/best, 1)})
	}
	sortByScore(out)
	return out[:min(n, len(out))]
}

// rank orders the passages for a prepared question by the index's ranking.
func (ix *Index) rank(ctx context.Context, question string, pq preparedQuestion, k int) ([]scoredPassage, error) {
	if ix.dense == nil || ix.ranking == RankingLexical {
		return ix.lexicalRanking(ctx, pq, k)
	}
	depth := min(max(k, fusionDepth), ix.coll.Count())
	dense, err := ix.dense.ranking(ctx, question, depth)
	if err != nil {
		return nil, err
	}
	if ix.ranking == RankingDense {
		return dense[:min(k, len(dense))], nil
	}
	lexical, err := ix.lexicalRanking(ctx, pq, depth)
	if err != nil {
		return nil, err
	}
	return fuseRankings(k, lexical, dense), nil
}
