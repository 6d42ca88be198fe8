package retrieval

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/internal/embedtest"
)

// denseIndex builds an index over docs with the fake server's model and a data directory.
func newDenseIndex(t *testing.T, srv *embedtest.Server, docs []Document, dataDir string, options ...Option) (*Index, DenseStats, string) {
	t.Helper()
	var logs bytes.Buffer
	options = append([]Option{
		WithNeuralModel(NeuralModel{Provider: ProviderOllama, URL: srv.OllamaURL(), Model: "toy"}),
		WithDataDir(dataDir),
		WithLogger(slog.New(slog.NewTextHandler(&logs, nil))),
	}, options...)
	ix, err := NewIndex(context.Background(), docs, options...)
	if err != nil {
		t.Fatal(err)
	}
	stats, ok := ix.DenseStats()
	if !ok {
		t.Fatal("the index has no neural side")
	}
	return ix, stats, logs.String()
}

// embeddedTexts counts the requests that embedded a passage rather than a question.
func embeddedTexts(srv *embedtest.Server) int {
	n := 0
	for _, r := range srv.Requests() {
		if r.Text != probeText {
			n++
		}
	}
	return n
}

func TestDenseIndexPersistence(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	docs := shippedDocuments(t)
	dataDir := t.TempDir()

	_, first, _ := newDenseIndex(t, srv, docs, dataDir)
	if first.Embedded != first.Passages || first.Reused != 0 || embeddedTexts(srv) != first.Passages {
		t.Fatalf("first start: %+v and %d passages sent; want every passage embedded once", first, embeddedTexts(srv))
	}

	srv.Reset()
	ix, again, _ := newDenseIndex(t, srv, docs, dataDir)
	if again.Embedded != 0 || again.Reused != first.Passages || embeddedTexts(srv) != 0 {
		t.Errorf("restart: %+v and %d passages sent; want none embedded", again, embeddedTexts(srv))
	}
	answers, err := ix.Answer(context.Background(), "Did Iran help the U.S. at Bonn?", 3)
	if err != nil || len(answers) != 3 {
		t.Fatalf("answer after restart: %v, %v", answers, err)
	}

	// One paragraph changes: only its passage is sent, and its old vector is dropped.
	changed := append([]Document(nil), docs...)
	paragraph := ix.Passages()[5].Text
	changed[0].Body = strings.Replace(changed[0].Body, paragraph, paragraph+" An added sentence.", 1)
	srv.Reset()
	_, edited, _ := newDenseIndex(t, srv, changed, dataDir)
	if edited.Embedded != 1 || edited.Removed != 1 || embeddedTexts(srv) != 1 {
		t.Errorf("one changed paragraph: %+v and %d passages sent; want 1 embedded, 1 removed", edited, embeddedTexts(srv))
	}
	srv.Reset()
	if _, st, _ := newDenseIndex(t, srv, changed, dataDir); st.Embedded != 0 || st.Removed != 0 {
		t.Errorf("restart after the change: %+v; want nothing embedded or removed", st)
	}
}

func TestDenseIndexRebuilds(t *testing.T) {
	docs := shippedDocuments(t)
	tests := []struct {
		name     string
		spoil    func(t *testing.T, dataDir string, srv *embedtest.Server)
		wantWarn string
	}{
		{"corrupt vector file", func(t *testing.T, dataDir string, _ *embedtest.Server) {
			files, _ := filepath.Glob(filepath.Join(dataDir, StoreDirName, "*", "*.gob"))
			if len(files) < 2 {
				t.Fatalf("found %d stored files", len(files))
			}
			for _, f := range files {
				if !strings.HasSuffix(f, "00000000.gob") {
					if err := os.WriteFile(f, []byte("not a gob file"), 0o600); err != nil {
						t.Fatal(err)
					}
					return
				}
			}
		}, "the stored index is unreadable"},
		{"foreign file in the collection", func(t *testing.T, dataDir string, _ *embedtest.Server) {
			dirs, _ := filepath.Glob(filepath.Join(dataDir, StoreDirName, "*"))
			if err := os.WriteFile(filepath.Join(dirs[0], "ffff.gob"), []byte{0x03, 0x04, 0x00, 0x07}, 0o600); err != nil {
				t.Fatal(err)
			}
		}, "the stored index is unreadable"},
		{"a file where the index was", func(t *testing.T, dataDir string, _ *embedtest.Server) {
			path := filepath.Join(dataDir, StoreDirName)
			if err := os.RemoveAll(path); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte("hello"), 0o600); err != nil {
				t.Fatal(err)
			}
		}, "the stored index is unreadable"},
		{"model now returns another dimension", func(t *testing.T, _ string, srv *embedtest.Server) {
			srv.SetDimensions(32)
		}, "stored vectors do not match the model's"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := embedtest.New(t, "toy", "")
			dataDir := t.TempDir()
			_, first, _ := newDenseIndex(t, srv, docs, dataDir)
			tt.spoil(t, dataDir, srv)
			srv.Reset()
			ix, stats, logs := newDenseIndex(t, srv, docs, dataDir)
			if !strings.Contains(logs, tt.wantWarn) || !strings.Contains(logs, "level=WARN") {
				t.Errorf("logs = %q; want a warning with %q", logs, tt.wantWarn)
			}
			if stats.Embedded == 0 || stats.Passages != first.Passages {
				t.Errorf("stats %+v; want the passages embedded again", stats)
			}
			if _, err := ix.Answer(context.Background(), "Did Iran help the U.S. at Bonn?", 3); err != nil {
				t.Fatal(err)
			}
			srv.Reset()
			if _, st, logs := newDenseIndex(t, srv, docs, dataDir); st.Embedded != 0 || logs != "" {
				t.Errorf("start after the rebuild: %+v, logs %q; want nothing embedded and no warning", st, logs)
			}
		})
	}
}

func TestDenseIndexInMemory(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	docs := shippedDocuments(t)
	for range 2 {
		_, stats, _ := newDenseIndex(t, srv, docs, "")
		if stats.Embedded != stats.Passages {
			t.Errorf("in memory: %+v; want every passage embedded on each start", stats)
		}
	}
}

func TestDenseIndexUnwritableDataDir(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	file := filepath.Join(t.TempDir(), "file")
	if err := os.WriteFile(file, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	_, err := NewIndex(context.Background(), shippedDocuments(t),
		WithNeuralModel(NeuralModel{Provider: ProviderOllama, URL: srv.OllamaURL(), Model: "toy"}), WithDataDir(file))
	if err == nil || err.Error() != "data directory "+file+" is not a directory" {
		t.Errorf("err = %v; want only that the data directory is not a directory", err)
	}
	if _, statErr := os.Stat(file); statErr != nil {
		t.Errorf("the file given as data directory is gone: %v", statErr)
	}
}

func TestDenseProgress(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	var reports []Progress
	_, stats, _ := newDenseIndex(t, srv, shippedDocuments(t), "", WithProgress(func(p Progress) { reports = append(reports, p) }))
	if len(reports) != stats.Passages+1 {
		t.Fatalf("%d progress reports for %d passages; want one at the start and one per passage", len(reports), stats.Passages)
	}
	for i, p := range reports {
		if p.Done != i || p.Total != stats.Passages || p.Rate() < 0 {
			t.Errorf("report %d = %+v", i, p)
		}
	}
}

func TestRankings(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	ctx := context.Background()
	docs := shippedDocuments(t)
	question := "Did Iran help the U.S. at Bonn?"
	lexical, err := NewIndex(ctx, docs)
	if err != nil {
		t.Fatal(err)
	}
	lexicalTop, err := lexical.Answer(ctx, question, 3)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []Ranking{RankingDense, RankingHybrid, RankingLexical} {
		t.Run(string(r), func(t *testing.T) {
			srv.Reset()
			ix, err := NewIndex(ctx, docs, WithRanking(r),
				WithNeuralModel(NeuralModel{Provider: ProviderOllama, URL: srv.OllamaURL(), Model: "toy"}))
			if err != nil {
				t.Fatal(err)
			}
			if ix.Ranking() != r {
				t.Errorf("Ranking() = %s", ix.Ranking())
			}
			before := len(srv.Requests())
			answers, err := ix.Answer(ctx, question, 3)
			if err != nil {
				t.Fatal(err)
			}
			asked := len(srv.Requests()) - before
			if wantAsked := map[Ranking]int{RankingLexical: 0}[r]; r != RankingLexical {
				wantAsked = 1
				if asked != wantAsked {
					t.Errorf("%d requests for the question; want %d", asked, wantAsked)
				}
			} else if len(srv.Requests()) != 0 {
				t.Errorf("lexical ranking sent %d requests; want none", len(srv.Requests()))
			}
			for i, a := range answers {
				if a.Rank != i+1 || a.Score <= 0 || a.Score > 1 || (i > 0 && a.Score > answers[i-1].Score) {
					t.Errorf("answer %d: rank %d score %v", i, a.Rank, a.Score)
				}
			}
			switch r {
			case RankingDense:
				if want := nearestByToyModel(ix.Passages(), question); answers[0].Passage.ID != want {
					t.Errorf("first answer %s; the toy model's nearest passage is %s", answers[0].Passage.ID, want)
				}
			case RankingHybrid:
				// The toy model knows no meaning, so fusion need not put the passage about
				// Bonn first; it must keep the lexical winner near the top.
				if !slices.ContainsFunc(answers, func(a Answer) bool { return a.Passage.ID == lexicalTop[0].Passage.ID }) {
					t.Errorf("the lexical ranking's first answer %s is not in the first three", lexicalTop[0].Passage.ID)
				}
			default:
				if !strings.Contains(answers[0].Passage.Text, "Bonn") {
					t.Errorf("first answer %s has no Bonn", answers[0].Passage.ID)
				}
			}
			if r == RankingLexical && answers[0].Passage.ID != lexicalTop[0].Passage.ID {
				t.Errorf("lexical ranking with a model differs from the offline index")
			}
		})
	}
}

func TestDenseQueryFailure(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	ctx := context.Background()
	ix, err := NewIndex(ctx, shippedDocuments(t), WithNeuralModel(NeuralModel{Provider: ProviderOllama, URL: srv.OllamaURL(),
		Model: "toy", RetryDeadline: 100 * time.Millisecond}))
	if err != nil {
		t.Fatal(err)
	}
	srv.FailNext(500) // the first pause is longer than the deadline: one try only
	_, err = ix.Answer(ctx, "Did Iran help the U.S. at Bonn?", 3)
	var ee *EmbeddingError
	if !errors.As(err, &ee) || ee.Status != 500 {
		t.Fatalf("err = %v; want an EmbeddingError with status 500", err)
	}
	if _, err = ix.Answer(ctx, "Did Iran help the U.S. at Bonn?", 3); err != nil {
		t.Errorf("the index did not recover once the server did: %v", err)
	}
}

func TestDenseNeedsAModel(t *testing.T) {
	_, err := NewIndex(context.Background(), shippedDocuments(t), WithRanking(RankingDense))
	if err == nil || !strings.Contains(err.Error(), "needs a neural model") {
		t.Errorf("err = %v", err)
	}
	if _, err := ParseRanking("neural"); err == nil {
		t.Error("ParseRanking accepted an unknown name")
	}
	ix := shippedIndex(t)
	if ix.Ranking() != RankingLexical {
		t.Errorf("an index without a model ranks %s; want lexical", ix.Ranking())
	}
}

func TestFuseRankings(t *testing.T) {
	ranked := func(indices ...int) []scoredPassage {
		out := make([]scoredPassage, len(indices))
		for i, x := range indices {
			out[i] = scoredPassage{index: x}
		}
		return out
	}
	tests := []struct {
		name     string
		rankings [][]scoredPassage
		n        int
		want     []int
		topScore float64
	}{
		{"agreement", [][]scoredPassage{ranked(1, 2, 3), ranked(1, 2, 3)}, 3, []int{1, 2, 3}, 1},
		{"second in both beats first in one", [][]scoredPassage{ranked(7, 2, 3), ranked(9, 2, 4)}, 2, []int{2, 7}, 2 * 61.0 / 62 / 2},
		{"only in one ranking", [][]scoredPassage{ranked(5), ranked()}, 1, []int{5}, 0.5},
		{"ties by position", [][]scoredPassage{ranked(4, 3), ranked(3, 4)}, 2, []int{3, 4}, (1.0/61 + 1.0/62) / (2.0 / 61)},
	}
	for _, tt := range tests {
		got := fuseRankings(tt.n, tt.rankings...)
		var indices []int
		for _, s := range got {
			indices = append(indices, s.index)
		}
		if !slices.Equal(indices, tt.want) {
			t.Errorf("%s: order %v, want %v", tt.name, indices, tt.want)
		}
		if len(got) > 0 && (got[0].score-tt.topScore > 1e-9 || tt.topScore-got[0].score > 1e-9) {
			t.Errorf("%s: top score %v, want %v", tt.name, got[0].score, tt.topScore)
		}
	}
}

// nearestByToyModel is the passage whose fake-model vector has the greatest cosine with
// the question's, found without chromem-go.
func nearestByToyModel(passages []Passage, question string) string {
	q := embedtest.Vector(question, embedtest.DefaultDimensions)
	best, bestID := -1.0, ""
	for _, p := range passages {
		v := embedtest.Vector(p.Text, embedtest.DefaultDimensions)
		var dot, norm float64
		for i := range v {
			dot += float64(v[i]) * float64(q[i])
			norm += float64(v[i]) * float64(v[i])
		}
		if cos := dot / math.Sqrt(norm); cos > best {
			best, bestID = cos, p.ID
		}
	}
	return bestID
}

// TestDenseModelChangedWhileServing swaps the server's model for one with other
// dimensions after start: questions get a clear error, not a failed vector comparison.
func TestDenseModelChangedWhileServing(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	ctx := context.Background()
	ix, err := NewIndex(ctx, shippedDocuments(t), WithNeuralModel(NeuralModel{Provider: ProviderOllama, URL: srv.OllamaURL(), Model: "toy"}))
	if err != nil {
		t.Fatal(err)
	}
	srv.SetDimensions(32)
	_, err = ix.Answer(ctx, "Did Iran help the U.S. at Bonn?", 3)
	var ee *EmbeddingError
	if !errors.As(err, &ee) || !strings.Contains(err.Error(), "32-dimensional vector, but the passages were embedded with 64") {
		t.Errorf("err = %v; want an EmbeddingError about the dimensions", err)
	}
}

// TestDenseIndexUnreadableFile leaves a stored file that cannot be opened (a dangling
// link, as root can open any file): that is an error to report, not corruption to
// delete, so that a permission problem does not cost a full re-embedding on every start.
func TestDenseIndexUnreadableFile(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	dataDir := t.TempDir()
	newDenseIndex(t, srv, shippedDocuments(t), dataDir)
	dirs, _ := filepath.Glob(filepath.Join(dataDir, StoreDirName, "*"))
	if len(dirs) != 1 {
		t.Fatalf("%d collections stored", len(dirs))
	}
	link := filepath.Join(dirs[0], "0123.gob")
	if err := os.Symlink(filepath.Join(dataDir, "nowhere"), link); err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob(filepath.Join(dirs[0], "*.gob"))
	_, err := NewIndex(context.Background(), shippedDocuments(t),
		WithNeuralModel(NeuralModel{Provider: ProviderOllama, URL: srv.OllamaURL(), Model: "toy"}), WithDataDir(dataDir))
	if err == nil || !strings.HasPrefix(err.Error(), "data directory: ") || !strings.Contains(err.Error(), "0123.gob") {
		t.Errorf("err = %v; want a data directory error naming the file", err)
	}
	if after, _ := filepath.Glob(filepath.Join(dirs[0], "*.gob")); len(after) != len(files) {
		t.Errorf("%d stored files before, %d after: the index was deleted", len(files), len(after))
	}
}

// TestDenseModelChangedWhileIndexing swaps the server's model for one with other
// dimensions after the start-up check: the start fails with a clear EmbeddingError
// instead of leaving an index no question can be compared with.
func TestDenseModelChangedWhileIndexing(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	srv.SetDimensionsFrom(5, 32)
	_, err := NewIndex(context.Background(), shippedDocuments(t),
		WithNeuralModel(NeuralModel{Provider: ProviderOllama, URL: srv.OllamaURL(), Model: "toy"}))
	var ee *EmbeddingError
	if !errors.As(err, &ee) || !strings.Contains(err.Error(), "32-dimensional vector for a passage, but 64 dimensions at the start-up check") {
		t.Errorf("err = %v; want an EmbeddingError about the dimensions", err)
	}
}

// TestRepeatedTextsRankTheSameEveryTime indexes the article twice under two IDs, so that
// every passage has a twin with the same score: the order must not change between runs.
func TestRepeatedTextsRankTheSameEveryTime(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	docs := shippedDocuments(t)
	twin := docs[0]
	twin.ID = "twin"
	docs = append(docs, twin)
	var first []string
	for run := range 5 {
		ix, err := NewIndex(context.Background(), docs, WithNeuralModel(NeuralModel{Provider: ProviderOllama, URL: srv.OllamaURL(), Model: "toy"}))
		if err != nil {
			t.Fatal(err)
		}
		answers, err := ix.Answer(context.Background(), "Did Iran help the U.S. at Bonn?", 6)
		if err != nil {
			t.Fatal(err)
		}
		var ids []string
		for _, a := range answers {
			ids = append(ids, a.Passage.ID)
		}
		if run == 0 {
			first = ids
		} else if !slices.Equal(ids, first) {
			t.Fatalf("run %d ranked %v; run 0 ranked %v", run, ids, first)
		}
	}
}

// TestDenseIndexNewDimensionsAndEdit changes the model's dimensions and a paragraph at
// once: the old paragraph's vector, of the old length, cannot be found by a query, so
// the collection is made again from the current vectors, without calling the model again.
func TestDenseIndexNewDimensionsAndEdit(t *testing.T) {
	srv := embedtest.New(t, "toy", "")
	docs := shippedDocuments(t)
	dataDir := t.TempDir()
	ix, first, _ := newDenseIndex(t, srv, docs, dataDir)

	changed := append([]Document(nil), docs...)
	paragraph := ix.Passages()[5].Text
	changed[0].Body = strings.Replace(changed[0].Body, paragraph, paragraph+" An added sentence.", 1)
	srv.SetDimensions(32)
	srv.Reset()
	ix, stats, _ := newDenseIndex(t, srv, changed, dataDir)
	if stats.Embedded != first.Passages || stats.Removed != 1 || embeddedTexts(srv) != first.Passages {
		t.Errorf("%+v and %d passages sent; want every passage embedded once and 1 old vector removed", stats, embeddedTexts(srv))
	}
	if _, err := ix.Answer(context.Background(), "Did Iran help the U.S. at Bonn?", 3); err != nil {
		t.Fatal(err)
	}
	srv.Reset()
	if _, st, _ := newDenseIndex(t, srv, changed, dataDir); st.Embedded != 0 || st.Removed != 0 {
		t.Errorf("restart: %+v; want nothing embedded or removed", st)
	}
}
