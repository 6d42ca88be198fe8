package retrieval

import (
	"fmt"
	"strconv"
	"strings"
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
	ix, _ := NewIndex(context.Background(), d, )
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

func explain(e *HashEmbedder, q string, vec []float32) string {
	qv := e.EmbedQuery(q)
	out := ""
	type c struct{ k string; v float32 }
	var cs []c
	for k := range e.queryFeatures(q) {
		i, ok := e.slot[k]
		if !ok {
			continue
		}
		if x := qv[i] * vec[i]; x > 0.001 {
			cs = append(cs, c{k, x})
		}
	}
	for _, x := range cs {
		out += fmt.Sprintf("%s=%.3f ", x.k, x.v)
	}
	return out
}

func TestDebugMisses(t *testing.T) {
	set := os.Getenv("MISSES")
	if set == "" {
		t.Skip()
	}
	d, _ := LoadDocuments(docs.FS)
	qfile := "../testdata/eval/" + set
	if strings.HasPrefix(set, "unseen") {
		d, _ = LoadDir("../testdata/unseen")
		qfile = "../testdata/unseen/questions.jsonl"
	}
	ix, _ := NewIndex(context.Background(), d, )
	f, _ := os.Open(qfile)
	qs, _ := ReadQuestions(f)
	vecs := ix.embedder.EmbedDocuments(nil)
	_ = vecs
	texts := make([]IndexedText, len(ix.passages))
	for i, p := range ix.passages {
		texts[i] = IndexedText{Body: p.Text}
	}
	for _, q := range qs {
		ans, _ := ix.Answer(context.Background(), q.Q, len(ix.passages))
		goldRank := 0
		for _, a := range ans {
			if containsAny(a.Passage.Text, q.Gold) {
				goldRank = a.Rank
				break
			}
		}
		if goldRank == 1 {
			continue
		}
		top := ans[0]
		g := ans[goldRank-1]
		res, _ := ix.coll.GetByID(context.Background(), strconv.Itoa(ix.byID[top.Passage.ID]))
		resG, _ := ix.coll.GetByID(context.Background(), strconv.Itoa(ix.byID[g.Passage.ID]))
		t.Logf("\n%s %q gold rank %d\n  TOP %s %.3f: %s\n  GOLD %s %.3f: %s", q.ID, q.Q, goldRank, top.Passage.ID, top.Score, explain(ix.embedder, q.Q, res.Embedding), g.Passage.ID, g.Score, explain(ix.embedder, q.Q, resG.Embedding))
	}
}
