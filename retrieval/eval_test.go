package retrieval

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/articlebot/articlebot/docs"
)

// TestEvalQuality measures retrieval on the question files: the dev set, paraphrased
// questions about the shipped article, and an article the engine was not built on.
func TestEvalQuality(t *testing.T) {
	ctx := context.Background()
	shipped, err := LoadDocuments(docs.FS)
	if err != nil {
		t.Fatal(err)
	}
	unseen, err := LoadDir(filepath.Join("..", "testdata", "unseen"))
	if err != nil {
		t.Fatal(err)
	}
	// The minimums are regression guards set just under what the engine measures; the
	// issue's targets and the measured figures are in the README.
	tests := []struct {
		name                     string
		docs                     []Document
		questions                string
		minR1, minR3, minSpeaker float64
	}{
		{"dev", shipped, "../testdata/eval/dev-questions.jsonl", 0.95, 0.95, 0.9},
		{"paraphrase", shipped, "../testdata/eval/paraphrase-questions.jsonl", 0.35, 0.65, 0.6},
		{"unseen", unseen, "../testdata/unseen/questions.jsonl", 0.65, 0.85, 0.8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, err := NewIndex(ctx, tt.docs)
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(tt.questions)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			qs, err := ReadQuestions(f)
			if err != nil {
				t.Fatal(err)
			}
			rep, err := Evaluate(ctx, ix, qs)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s: R@1 %.3f R@3 %.3f MRR %.3f speaker %.3f (%d)", tt.name, rep.Recall1, rep.Recall3, rep.MRR, rep.SpeakerAccuracy, rep.SpeakerQuestions)
			for _, m := range rep.Misses {
				t.Logf("miss %s %q rank %d got %s", m.Question.ID, m.Question.Q, m.HitRank, m.Got)
			}
			if rep.Recall1 < tt.minR1 || rep.Recall3 < tt.minR3 || rep.SpeakerAccuracy < tt.minSpeaker {
				t.Errorf("below minimums R@1 %.2f R@3 %.2f speaker %.2f", tt.minR1, tt.minR3, tt.minSpeaker)
			}
		})
	}
}
