package retrieval

import (
	"context"
	"os"
	"testing"

	"github.com/articlebot/articlebot/docs"
)

func TestDebugQ(t *testing.T) {
	q := os.Getenv("Q")
	if q == "" {
		t.Skip()
	}
	d, _ := LoadDocuments(docs.FS)
	if os.Getenv("UNSEEN") != "" {
		d, _ = LoadDir("../testdata/unseen")
	}
	ix, _ := NewIndex(context.Background(), d, WithThesaurus(DefaultLexicon()))
	ans, err := ix.Answer(context.Background(), q, 5)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("query feats: %v", ix.embedder.queryFeatures(q))
	for _, a := range ans {
		t.Logf("%d %.3f %s %q", a.Rank, a.Score, a.Passage.ID, a.Passage.Text[:100])
	}
}

func TestDebugCollide(t *testing.T) {
	if os.Getenv("Q") == "" {
		t.Skip()
	}
	d, _ := LoadDocuments(docs.FS)
	ix, _ := NewIndex(context.Background(), d)
	e := ix.embedder
	qf := e.queryFeatures(os.Getenv("Q"))
	for _, p := range ix.passages[16:17] {
		df := e.documentFeatures(IndexedText{Body: p.Text})
		for k := range qf {
			hk := e.fold(map[string]float64{k: 1})
			for k2 := range df.all {
				hk2 := e.fold(map[string]float64{k2: 1})
				for i := range hk {
					if hk[i] != 0 && hk2[i] != 0 {
						t.Logf("%s collides with %s (%v %v)", k, k2, hk[i], hk2[i])
					}
				}
			}
		}
	}
}

func TestDebugParts(t *testing.T) {
	if os.Getenv("PARTS") == "" {
		t.Skip()
	}
	d, _ := LoadDocuments(docs.FS)
	ix, _ := NewIndex(context.Background(), d)
	for _, p := range ix.passages {
		if p.Part > 1 || len(p.Text) > 900 {
			t.Logf("%s (%d): %s", p.ID, len(p.Text), p.Text)
		}
	}
}
