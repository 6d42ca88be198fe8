package main

import (
	"context"
	"fmt"
	"time"

	"github.com/philippgille/chromem-go"

	"github.com/articlebot/articlebot/config"
	"github.com/articlebot/articlebot/docs"
	"github.com/articlebot/articlebot/retrieval"
)

// embedTimeout bounds one call to a neural model's server: chromem-go's clients have no
// timeout of their own, and a server that accepts but never answers would hang start-up.
const embedTimeout = 30 * time.Second

// buildIndex loads the articles (the folder dir when set, else the embedded ones) and
// indexes them, with the neural embedding model when one is configured.
func buildIndex(ctx context.Context, dir string, embedder config.Embedder) (*retrieval.Index, error) {
	var (
		articles []retrieval.Document
		err      error
	)
	if dir != "" {
		articles, err = retrieval.LoadDir(dir)
	} else {
		articles, err = retrieval.LoadDocuments(docs.FS)
	}
	if err != nil {
		return nil, fmt.Errorf("load articles: %w", err)
	}
	var options []retrieval.Option
	if embedder.Neural() {
		options = append(options, retrieval.WithNeuralEmbedder(neuralEmbedding(embedder), embedder.Weight))
	}
	ix, err := retrieval.NewIndex(ctx, articles, options...)
	if err != nil {
		if embedder.Neural() {
			return nil, fmt.Errorf("index articles: %w (%s=%s at %s)", err, config.EnvEmbedder, embedder.Kind, embedder.URL)
		}
		return nil, fmt.Errorf("index articles: %w", err)
	}
	return ix, nil
}

// neuralEmbedding is chromem-go's client for the configured model server.
func neuralEmbedding(e config.Embedder) chromem.EmbeddingFunc {
	var embed chromem.EmbeddingFunc
	switch e.Kind {
	case config.EmbedderOllama:
		embed = chromem.NewEmbeddingFuncOllama(e.Model, e.URL)
	default:
		embed = chromem.NewEmbeddingFuncOpenAICompat(e.URL, e.APIKey, e.Model, nil)
	}
	return func(ctx context.Context, text string) ([]float32, error) {
		ctx, cancel := context.WithTimeout(ctx, embedTimeout)
		defer cancel()
		return embed(ctx, text)
	}
}

// loadIndex reads the embedding settings and builds the index for the commands that need
// nothing else (ask, passages, eval).
func loadIndex(ctx context.Context, dir string, getenv func(string) string) (*retrieval.Index, error) {
	embedder, err := config.LoadEmbedder(getenv)
	if err != nil {
		return nil, err
	}
	return buildIndex(ctx, dir, embedder)
}
