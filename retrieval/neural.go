package retrieval

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strconv"

	"github.com/philippgille/chromem-go"
)

// hybridDepth is how many passages each ranking contributes before they are merged: a
// passage that one ranking puts this low is not worth reconsidering.
const hybridDepth = 20

// WithNeuralEmbedder ranks passages by a neural embedding model as well as by the offline
// embedder. embed is a chromem-go embedding function, such as
// [chromem.NewEmbeddingFuncOllama] or [chromem.NewEmbeddingFuncOpenAICompat]; weight, in
// [0, 1], is the neural model's share of the score. Every passage is embedded once by
// [NewIndex], and every question by [Index.Answer]: an unreachable model server is an error
// then, not a silent fall-back. A nil embed leaves the offline ranking alone.
func WithNeuralEmbedder(embed chromem.EmbeddingFunc, weight float64) Option {
	return func(o *indexOptions) {
		o.neural = embed
		o.neuralWeight = min(max(weight, 0), 1)
	}
}

// addNeural embeds every passage with the neural model into a collection of its own.
func (ix *Index) addNeural(ctx context.Context, db *chromem.DB, embed chromem.EmbeddingFunc, weight float64) error {
	coll, err := db.CreateCollection("passages-neural", nil, embed)
	if err != nil {
		return fmt.Errorf("create neural collection: %w", err)
	}
	docs := make([]chromem.Document, len(ix.passages))
	for i, p := range ix.passages {
		docs[i] = chromem.Document{ID: strconv.Itoa(i), Content: p.Text}
	}
	if err := coll.AddDocuments(ctx, docs, runtime.NumCPU()); err != nil {
		return fmt.Errorf("embed passages with the neural model: %w", err)
	}
	ix.neural, ix.neuralWeight = coll, weight
	return nil
}

// hybridRanking merges the offline and the neural rankings. A passage's score is
// (1−w)·offline/best offline + w·neural: the offline similarity is scaled to the best
// passage's because its values are small (sparse vectors), while a neural model's cosine
// is already comparable from one question to the next.
func (ix *Index) hybridRanking(ctx context.Context, question string, vec []float32, k int) ([]scoredPassage, error) {
	depth := min(max(k, hybridDepth), ix.coll.Count())
	lexical, err := ix.lexicalRanking(ctx, vec, depth)
	if err != nil {
		return nil, err
	}
	results, err := ix.neural.Query(ctx, question, depth, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("embed question with the neural model: %w", err)
	}
	neural, err := ix.scored(results)
	if err != nil {
		return nil, err
	}
	best := 0.0
	for _, s := range lexical {
		best = max(best, s.score)
	}
	combined := map[int]float64{}
	for _, s := range lexical {
		if best > 0 {
			combined[s.index] += (1 - ix.neuralWeight) * s.score / best
		}
	}
	for _, s := range neural {
		combined[s.index] += ix.neuralWeight * s.score
	}
	out := make([]scoredPassage, 0, len(combined))
	for i, score := range combined {
		out = append(out, scoredPassage{index: i, score: min(score, 1)})
	}
	sort.Slice(out, func(a, b int) bool {
		if out[a].score != out[b].score {
			return out[a].score > out[b].score
		}
		return out[a].index < out[b].index
	})
	return out[:min(k, len(out))], nil
}
