package main

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"os"

	"github.com/articlebot/articlebot/config"
	"github.com/articlebot/articlebot/docs"
	"github.com/articlebot/articlebot/retrieval"
)

// buildIndex loads the articles (the folder dir when set, else the embedded ones) and
// indexes them, with the neural embedding model when one is configured. Embedding
// progress goes to progressOut: a line redrawn in place on a terminal, log lines otherwise.
func buildIndex(ctx context.Context, dir string, search config.Search, logger *slog.Logger, progressOut io.Writer) (*retrieval.Index, error) {
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
	options := []retrieval.Option{retrieval.WithLogger(logger)}
	progress := newProgressReporter(progressOut, logger)
	defer progress.close()
	if search.Embedder.Neural() {
		ranking, err := retrieval.ParseRanking(search.Ranking)
		if err != nil {
			return nil, err
		}
		options = append(options,
			retrieval.WithNeuralModel(neuralModel(search.Embedder)),
			retrieval.WithRanking(ranking),
			retrieval.WithDataDir(search.DataDir),
			retrieval.WithProgress(progress.report))
	}
	ix, err := retrieval.NewIndex(ctx, articles, options...)
	if err != nil {
		return nil, fmt.Errorf("index articles: %w", err)
	}
	if stats, ok := ix.DenseStats(); ok {
		logger.Info("neural vectors ready", "ranking", ix.Ranking(), "distinct_passages", stats.Passages,
			"embedded", stats.Embedded, "reused", stats.Reused, "removed", stats.Removed,
			"dimensions", stats.Dimensions, "data_dir", search.DataDir)
	}
	return ix, nil
}

// neuralModel maps the settings to the model retrieval calls.
func neuralModel(e config.Embedder) retrieval.NeuralModel {
	provider := map[string]string{
		config.EmbedderOllama:       retrieval.ProviderOllama,
		config.EmbedderOpenAI:       retrieval.ProviderOpenAI,
		config.EmbedderOpenAICompat: retrieval.ProviderOpenAICompat,
	}[e.Kind]
	return retrieval.NeuralModel{Provider: provider, URL: e.URL, Model: e.Model, APIKey: e.APIKey}
}

// loadIndex reads the search settings and builds the index for the commands that need
// nothing else (ask, eval). Logs (embedding progress, warnings) go to stderr, so that
// stdout stays the answers.
func loadIndex(ctx context.Context, dir string, getenv func(string) string, stderr io.Writer) (*retrieval.Index, error) {
	search, err := config.LoadSearch(getenv)
	if err != nil {
		return nil, err
	}
	return buildIndex(ctx, dir, search, cliLogger(stderr), stderr)
}

// cliLogger logs as text, for the one-shot commands. Nothing is logged at all unless a
// neural model is set or something is wrong.
func cliLogger(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, nil))
}

// isTerminal reports whether w is a terminal a person is watching.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
