package main

import (
	"context"
	"fmt"

	"github.com/articlebot/articlebot/docs"
	"github.com/articlebot/articlebot/retrieval"
)

// buildIndex loads the articles (the folder dir when set, else the embedded ones) and
// indexes them.
func buildIndex(ctx context.Context, dir string) (*retrieval.Index, error) {
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
	ix, err := retrieval.NewIndex(ctx, articles)
	if err != nil {
		return nil, fmt.Errorf("index articles: %w", err)
	}
	return ix, nil
}
