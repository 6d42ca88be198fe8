package retrieval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/philippgille/chromem-go"
)

// StoreDirName is the folder inside the data directory (see [WithDataDir]) that holds the
// chromem-go database of neural vectors. articlebot owns it: an unreadable one is deleted.
const StoreDirName = "articlebot-index"

// collectionPrefix starts the name of every collection of neural vectors; the rest is a
// hash of the embedder and model, so that a new model never meets an old model's vectors.
const collectionPrefix = "passages-"

// embedConcurrency is how many passages are sent to the model at once: enough to keep a
// local server busy, few enough not to be rate-limited by a hosted one.
const embedConcurrency = 4

// probeText is embedded once at start to check the model before any passage is sent.
const probeText = "Is the embedding model answering?"

// Progress is how far the embedding of passages has got, as [WithProgress] reports it.
type Progress struct {
	Done, Total int           // passages embedded so far, and to embed in all
	Elapsed     time.Duration // since the first passage was sent
}

// Rate is passages embedded per second so far.
func (p Progress) Rate() float64 {
	if p.Elapsed <= 0 {
		return 0
	}
	return float64(p.Done) / p.Elapsed.Seconds()
}

// DenseStats says what building the neural side of an index took.
type DenseStats struct {
	Model      string // the model and its URL, as [NeuralModel.String] gives them
	Passages   int    // distinct passage texts in the index
	Embedded   int    // sent to the model
	Reused     int    // found in the data directory and not embedded again
	Removed    int    // stored vectors of passages no longer in the articles, deleted
	Dimensions int    // length of the model's vectors
}

// denseIndex is the passages' neural vectors in a chromem-go collection, kept on disk when
// a data directory is set.
type denseIndex struct {
	client *neuralClient
	coll   *chromem.Collection
	byID   map[string][]int // collection document ID → positions of the passages with that text
	stats  DenseStats
}

// passageVectorID names a passage's vector by its text, so that an unchanged passage finds
// its vector again after a restart or after other paragraphs changed.
func passageVectorID(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// buildDense checks the model, then gives every passage a vector: from the store when it
// holds one made by the same model, else from the model.
func buildDense(ctx context.Context, client *neuralClient, passages []Passage, opts indexOptions) (*denseIndex, error) {
	log := opts.logger
	probe, err := client.embedQuery(ctx, probeText)
	if err != nil {
		return nil, fmt.Errorf("check the embedding model: %w", err)
	}
	dense := &denseIndex{client: client, byID: map[string][]int{}}
	dense.stats.Dimensions = len(probe)
	dense.stats.Model = client.model.String()

	texts := map[string]string{} // ID → text, one entry per distinct text
	var order []string
	for i, p := range passages {
		id := passageVectorID(p.Text)
		if _, seen := texts[id]; !seen {
			texts[id] = p.Text
			order = append(order, id)
		}
		dense.byID[id] = append(dense.byID[id], i)
	}
	dense.stats.Passages = len(order)

	db, err := openStore(opts.dataDir, log)
	if err != nil {
		return nil, err
	}
	name := collectionPrefix + passageVectorID(client.key())
	for other := range db.ListCollections() {
		if other != name && strings.HasPrefix(other, collectionPrefix) {
			log.Info("deleting the vectors of another embedding model", "collection", other)
			if err := db.DeleteCollection(other); err != nil {
				return nil, fmt.Errorf("data directory: %w", err)
			}
		}
	}
	coll := db.GetCollection(name, refuseToEmbed)
	if coll == nil {
		if coll, err = db.CreateCollection(name, collectionMetadata(client), refuseToEmbed); err != nil {
			return nil, fmt.Errorf("data directory: %w", err)
		}
	}

	var todo []string
	wrongDims := 0
	for _, id := range order {
		doc, err := coll.GetByID(ctx, id)
		switch {
		case err != nil:
			todo = append(todo, id)
		case len(doc.Embedding) != len(probe) || checkVector(doc.Embedding) != nil:
			wrongDims++
			todo = append(todo, id)
		}
	}
	if wrongDims > 0 {
		log.Warn("stored vectors do not match the model's; embedding those passages again",
			"passages", wrongDims, "dimensions", len(probe))
	}
	dense.stats.Reused = len(order) - len(todo)

	if err := embedPassages(ctx, client, coll, todo, texts, len(probe), opts.progress); err != nil {
		return nil, err
	}
	dense.stats.Embedded = len(todo)

	if coll.Count() != len(order) {
		removed, err := removeStale(ctx, db, &coll, client, texts, probe)
		if err != nil {
			return nil, err
		}
		dense.stats.Removed = removed
	}
	dense.coll = coll
	return dense, nil
}

// collectionMetadata records which model made a collection's vectors, for people who
// look into the data directory.
func collectionMetadata(client *neuralClient) map[string]string {
	return map[string]string{"provider": client.model.Provider, "model": client.model.Model}
}

// refuseToEmbed is the collection's embedding function: articlebot embeds passages and
// questions itself (with task prefixes and retries), so chromem-go never should.
func refuseToEmbed(context.Context, string) ([]float32, error) {
	return nil, errors.New("vectors are made by articlebot's neural client, not by the collection")
}

// openStore opens the chromem-go database: in memory without a data directory, else
// persisted in it. An unreadable database (a corrupt or foreign file) is deleted and
// started afresh, with a warning: it only ever holds vectors that can be made again.
func openStore(dataDir string, log *slog.Logger) (*chromem.DB, error) {
	if dataDir == "" {
		return chromem.NewDB(), nil
	}
	if st, err := os.Stat(dataDir); err == nil && !st.IsDir() {
		return nil, fmt.Errorf("data directory %s is not a directory", dataDir)
	}
	path := filepath.Join(dataDir, StoreDirName)
	db, err := chromem.NewPersistentDB(path, false)
	if err == nil {
		return db, nil
	}
	// A file that cannot be opened or read (permissions, a failing disk) is not
	// corrupt: deleting the index would only make every start embed everything.
	if pathErr := new(fs.PathError); errors.As(err, &pathErr) {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	log.Warn("the stored index is unreadable; rebuilding it", "path", path, "err", err)
	if err := os.RemoveAll(path); err != nil {
		return nil, fmt.Errorf("data directory: remove the unreadable index: %w", err)
	}
	db, err = chromem.NewPersistentDB(path, false)
	if err != nil {
		return nil, fmt.Errorf("data directory: %w", err)
	}
	return db, nil
}

// embedPassages embeds the texts named in todo, a few at a time, storing each vector as
// soon as it comes back so that an interrupted start resumes where it stopped.
func embedPassages(ctx context.Context, client *neuralClient, coll *chromem.Collection, todo []string,
	texts map[string]string, dims int, progress func(Progress)) error {
	if len(todo) == 0 {
		return nil
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		mu       sync.Mutex
		firstErr error
		done     int
		start    = time.Now()
		next     = make(chan string)
		wg       sync.WaitGroup
	)
	if progress != nil {
		progress(Progress{Total: len(todo)})
	}
	for range min(embedConcurrency, len(todo)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for id := range next {
				vec, err := client.embedDocument(ctx, texts[id])
				if err == nil && len(vec) != dims {
					err = client.fail(0, fmt.Errorf("the model returned a %d-dimensional vector for a passage, but %d dimensions at the start-up check", len(vec), dims))
				}
				if err == nil {
					err = coll.AddDocument(ctx, chromem.Document{ID: id, Embedding: vec, Content: texts[id]})
				}
				mu.Lock()
				if err != nil {
					if firstErr == nil {
						firstErr = err
						cancel()
					}
				} else {
					done++
					if progress != nil {
						progress(Progress{Done: done, Total: len(todo), Elapsed: time.Since(start)})
					}
				}
				mu.Unlock()
			}
		}()
	}
feed:
	for _, id := range todo {
		select {
		case next <- id:
		case <-ctx.Done():
			break feed
		}
	}
	close(next)
	wg.Wait()
	if firstErr != nil {
		return fmt.Errorf("embed passages: %w", firstErr)
	}
	return ctx.Err()
}

// removeStale deletes stored vectors whose passages are gone. It finds them by asking the
// collection for all its documents; when that fails (a stored vector of another length),
// the collection is made again from its current passages' vectors, without calling the
// model.
func removeStale(ctx context.Context, db *chromem.DB, coll **chromem.Collection, client *neuralClient,
	texts map[string]string, probe []float32) (int, error) {
	c := *coll
	all, err := c.QueryEmbedding(ctx, probe, c.Count(), nil, nil)
	if err == nil {
		var stale []string
		for _, r := range all {
			if _, ok := texts[r.ID]; !ok {
				stale = append(stale, r.ID)
			}
		}
		if len(stale) == 0 {
			return 0, nil
		}
		if err := c.Delete(ctx, nil, nil, stale...); err != nil {
			return 0, fmt.Errorf("data directory: remove old vectors: %w", err)
		}
		return len(stale), nil
	}
	removed := c.Count() - len(texts)
	keep := make([]chromem.Document, 0, len(texts))
	for id := range texts {
		doc, err := c.GetByID(ctx, id) // every current passage has a vector by now
		if err != nil {
			return 0, fmt.Errorf("data directory: %w", err)
		}
		keep = append(keep, doc)
	}
	if err := db.DeleteCollection(c.Name); err != nil {
		return 0, fmt.Errorf("data directory: %w", err)
	}
	fresh, err := db.CreateCollection(c.Name, collectionMetadata(client), refuseToEmbed)
	if err != nil {
		return 0, fmt.Errorf("data directory: %w", err)
	}
	for _, doc := range keep {
		if err := fresh.AddDocument(ctx, doc); err != nil {
			return 0, fmt.Errorf("data directory: %w", err)
		}
	}
	*coll = fresh
	return max(removed, 0), nil
}

// ranking returns up to n passages nearest the question in the model's space, best first.
func (d *denseIndex) ranking(ctx context.Context, question string, n int) ([]scoredPassage, error) {
	vec, err := d.client.embedQuery(ctx, question)
	if err != nil {
		return nil, err
	}
	if len(vec) != d.stats.Dimensions {
		// The server now runs another model than the one the passages were embedded by.
		return nil, &EmbeddingError{Model: d.client.model.String(), Err: fmt.Errorf(
			"the model returned a %d-dimensional vector, but the passages were embedded with %d dimensions; restart to embed them again",
			len(vec), d.stats.Dimensions)}
	}
	results, err := d.coll.QueryEmbedding(ctx, vec, min(n, d.coll.Count()), nil, nil)
	if err != nil {
		return nil, fmt.Errorf("query neural vectors: %w", err)
	}
	var out []scoredPassage
	for _, r := range results {
		score := float64(r.Similarity)
		if score != score || score < 0 { // NaN or opposite
			score = 0
		}
		for _, i := range d.byID[r.ID] {
			out = append(out, scoredPassage{index: i, score: min(score, 1)})
		}
	}
	sortByScore(out)
	return out[:min(n, len(out))], nil
}
