package retrieval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/articlebot/articlebot/docs"
)

func TestSweep(t *testing.T) {
	if os.Getenv("SWEEP") == "" {
		t.Skip()
	}
	ctx := context.Background()
	shipped, _ := LoadDocuments(docs.FS)
	unseen, _ := LoadDir(filepath.Join("..", "testdata", "unseen"))
	load := func(p string) []Question { f, _ := os.Open(p); defer f.Close(); q, _ := ReadQuestions(f); return q }
	sets := []struct{ d []Document; q []Question }{
		{shipped, load("../testdata/eval/dev-questions.jsonl")},
		{shipped, load("../testdata/eval/paraphrase-questions.jsonl")},
		{unseen, load("../testdata/unseen/questions.jsonl")},
	}
	var th Thesaurus
	if os.Getenv("LEX") != "" { th = lexiconForSweep() }
	for _, w := range sweepWeights() {
		line := fmt.Sprintf("%+v:", w)
		for _, s := range sets {
			ix, _ := NewIndex(ctx, s.d, WithWeights(w), WithThesaurus(th))
			rep, _ := Evaluate(ctx, ix, s.q)
			line += fmt.Sprintf("  %.2f/%.2f", rep.Recall1, rep.Recall3)
		}
		t.Log(line)
	}
}
