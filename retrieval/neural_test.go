package retrieval

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/philippgille/chromem-go"
)

// fakeOllama speaks Ollama's embeddings API (POST /api/embeddings {"model","prompt"} →
// {"embedding":[…]}) with a toy model that "knows" one paraphrase: text about the
// Taliban's biggest backer and text about its largest supporter land on the same axis.
type fakeOllama struct {
	requests atomic.Int64
	failing  atomic.Bool
}

func (f *fakeOllama) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.requests.Add(1)
	var req struct{ Model, Prompt string }
	if r.URL.Path != "/api/embeddings" || json.NewDecoder(r.Body).Decode(&req) != nil || req.Model != "toy" {
		http.Error(w, "bad request", http.StatusBadRequest)
		return
	}
	if f.failing.Load() {
		http.Error(w, "model unloaded", http.StatusInternalServerError)
		return
	}
	v := []float32{0, 1}
	text := strings.ToLower(req.Prompt)
	if strings.Contains(text, "largest outside supporter") || strings.Contains(text, "backs the taliban the most") {
		v = []float32{1, 0}
	}
	json.NewEncoder(w).Encode(map[string][]float32{"embedding": v})
}

func TestNeuralHybridRanking(t *testing.T) {
	fake := &fakeOllama{}
	srv := httptest.NewServer(fake)
	defer srv.Close()
	ctx := context.Background()
	docs := shippedDocuments(t)
	question := "Which country backs the Taliban the most?"
	gold := "largest outside supporter"

	offline, err := NewIndex(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	answers, err := offline.Answer(ctx, question, 1)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(answers[0].Passage.Text, gold) {
		t.Fatal("the offline ranking already finds it; the test shows nothing")
	}

	embed := chromem.NewEmbeddingFuncOllama("toy", srv.URL+"/api")
	hybrid, err := NewIndex(ctx, docs, WithNeuralEmbedder(embed, 0.5))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := fake.requests.Load(), int64(len(hybrid.Passages())); got != want {
		t.Errorf("the model embedded %d texts while indexing, want one per passage (%d)", got, want)
	}
	answers, err = hybrid.Answer(ctx, question, 3)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(answers[0].Passage.Text, gold) {
		t.Errorf("hybrid ranking put %s first, want the passage with %q", answers[0].Passage.ID, gold)
	}
	for i, a := range answers {
		if a.Rank != i+1 || a.Score < 0 || a.Score > 1 || (i > 0 && a.Score > answers[i-1].Score) {
			t.Errorf("answer %d: rank %d score %v", i, a.Rank, a.Score)
		}
	}

	fake.failing.Store(true)
	if _, err := hybrid.Answer(ctx, question, 3); err == nil || !strings.Contains(err.Error(), "neural model") {
		t.Errorf("a failing model server gave %v, want an error naming the neural model", err)
	}
}

func TestNeuralUnreachable(t *testing.T) {
	srv := httptest.NewServer(http.NotFoundHandler())
	url := srv.URL
	srv.Close() // nothing listens there any more
	embed := chromem.NewEmbeddingFuncOllama("toy", url+"/api")
	_, err := NewIndex(context.Background(), shippedDocuments(t), WithNeuralEmbedder(embed, 0.5))
	if err == nil || !strings.Contains(err.Error(), "embed passages with the neural model") {
		t.Fatalf("err = %v, want an error about embedding passages", err)
	}
}
