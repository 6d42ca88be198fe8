package retrieval

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/philippgille/chromem-go"
)

// DefaultTopK is how many answers a question gets when the caller does not say.
const DefaultTopK = 3

// Index answers questions over a set of articles. It holds the documents, their attributed
// passages and a chromem-go collection of passage vectors. Build it once with [NewIndex];
// it is then safe for concurrent use.
type Index struct {
	docs     []Document
	docByID  map[string]int
	passages []Passage
	byID     map[string]int
	speakers []Speaker
	embedder *HashEmbedder
	// dense, when set, holds the passages' vectors from a neural model (see
	// [WithNeuralModel]); ranking says how answers use it.
	dense   *denseIndex
	ranking Ranking
	words   []passageWords // for highlighting and coverage, by passage position
	coll    *chromem.Collection
	// related, when set, lets passages gain for question words they match only through
	// a GloVe neighbour or their main speaker ([FeatureWeights.Neighbor], [FeatureWeights.Speaker]).
	related *relatedWords
	// prior, when several articles are indexed, weighs passages by how much their
	// article is about the question ([FeatureWeights.Article]).
	prior *articlePrior
}

// NewIndex splits, attributes and embeds the documents. It fails when there are no
// documents, two share an ID, or a document has no passages.
func NewIndex(ctx context.Context, docs []Document, options ...Option) (*Index, error) {
	opts := indexOptions{weights: DefaultWeights(), thesaurus: DefaultLexicon(), neighbors: DefaultNeighbors(),
		learned: DefaultAssociations(), ranking: RankingHybrid}
	for _, o := range options {
		o(&opts)
	}
	if opts.logger == nil {
		opts.logger = slog.New(slog.DiscardHandler)
	}
	if len(docs) == 0 {
		return nil, errors.New("no documents to index")
	}
	ranking, err := ParseRanking(string(opts.ranking))
	if err != nil {
		return nil, err
	}
	opts.ranking = ranking
	if opts.ranking == RankingDense && opts.neural == nil {
		return nil, errors.New("dense ranking needs a neural model")
	}
	ix := &Index{docs: docs, docByID: map[string]int{}, byID: map[string]int{}, ranking: opts.ranking}
	people := map[string][]Person{} // document ID → the people it names
	for i, d := range docs {
		if _, dup := ix.docByID[d.ID]; dup {
			return nil, fmt.Errorf("two documents have the ID %q", d.ID)
		}
		ix.docByID[d.ID] = i
		passages := SplitPassages(d)
		if len(passages) == 0 {
			why := "its body is empty"
			if strings.TrimSpace(d.Body) != "" {
				why = "its body is only subheadings (short lines that end without punctuation)"
			}
			return nil, fmt.Errorf("document %s has no passages: %s", d.ID, why)
		}
		people[d.ID] = Attribute(d, passages)
		ix.passages = append(ix.passages, passages...)
	}
	for i, p := range ix.passages {
		ix.byID[p.ID] = i
	}
	ix.speakers = collectSpeakers(ix.passages)

	texts := make([]IndexedText, len(ix.passages))
	for i, p := range ix.passages {
		texts[i] = IndexedText{
			Header: contextHeader(ix.docs[ix.docByID[p.DocID]].Meta, p, people[p.DocID]),
			Body:   p.Text,
		}
	}
	embedder, vectors := FitHashEmbedder(texts, opts.thesaurus, opts.weights)
	ix.embedder = embedder
	ix.words = make([]passageWords, len(texts))
	for i, t := range texts {
		p := ix.passages[i]
		ix.words[i] = embedder.analysePassage(t, mainSpeaker(p, people[p.DocID]))
	}
	median := medianLength(ix.passages)
	for i, p := range ix.passages {
		ix.words[i].relativeLength = math.Log(float64(max(len(p.Text), 1)) / median)
	}
	if opts.weights.hasBonus() {
		table, learned := opts.neighbors, opts.learned
		if opts.weights.Neighbor <= 0 {
			table = nil
		}
		if opts.weights.Learned <= 0 {
			learned = nil
		}
		ix.related = newRelatedWords(table, learned, embedder.vocabulary.stems)
	}
	if opts.weights.Article > 0 {
		ix.prior = newArticlePrior(embedder.vocabulary, docs)
	}

	db := chromem.NewDB()
	coll, err := db.CreateCollection("passages", nil, embedder.EmbeddingFunc())
	if err != nil {
		return nil, fmt.Errorf("create collection: %w", err)
	}
	ids := make([]string, len(ix.passages))
	contents := make([]string, len(ix.passages))
	for i, p := range ix.passages {
		ids[i] = strconv.Itoa(i)
		contents[i] = p.Text
	}
	if err := coll.Add(ctx, ids, vectors, nil, contents); err != nil {
		return nil, fmt.Errorf("add passages: %w", err)
	}
	ix.coll = coll
	if opts.neural != nil && opts.ranking != RankingLexical {
		client, err := newNeuralClient(*opts.neural)
		if err != nil {
			return nil, err
		}
		if ix.dense, err = buildDense(ctx, client, ix.passages, opts); err != nil {
			return nil, err
		}
	} else {
		ix.ranking = RankingLexical
	}
	return ix, nil
}

// Answer returns up to k passages that best answer the question, best first. k below 1
// means [DefaultTopK]; k above the number of passages returns them all. The question is
// checked with [NormalizeQuestion] first and its errors are returned as they are.
func (ix *Index) Answer(ctx context.Context, question string, k int) ([]Answer, error) {
	q, err := NormalizeQuestion(question)
	if err != nil {
		return nil, err
	}
	if k < 1 {
		k = DefaultTopK
	}
	// chromem-go rejects nResults above the collection size.
	k = min(k, ix.coll.Count())
	pq := ix.embedder.prepare(q)
	ranked, err := ix.rank(ctx, q, pq, k)
	if err != nil {
		return nil, err
	}
	answers := make([]Answer, 0, len(ranked))
	for rank, r := range ranked {
		p := ix.passages[r.index]
		coverage := ix.embedder.coverage(pq, ix.words[r.index])
		answers = append(answers, Answer{
			Rank:      rank + 1,
			Score:     r.score,
			Coverage:  coverage,
			Relevant:  coverage >= relevanceThreshold,
			Passage:   p,
			Document:  ix.docs[ix.docByID[p.DocID]],
			Highlight: ix.embedder.bestSentence(pq, ix.words[r.index], len(p.Text)),
		})
	}
	return answers, nil
}

// scoredPassage is a passage, by its position in the index, with its score in [0, 1].
type scoredPassage struct {
	index int
	score float64
}

// lexicalRanking returns the n passages most similar to the question's offline vector,
// with the bonuses for words they match only through a GloVe neighbour or their main
// speaker's description.
func (ix *Index) lexicalRanking(ctx context.Context, pq preparedQuestion, n int) ([]scoredPassage, error) {
	var rq relatedQuestion
	if ix.related != nil {
		rq = ix.related.prepare(pq)
	}
	question := ix.embedder.queryVector(pq)
	count := ix.coll.Count()
	depth := min(max(3*n, relatedDepth), count)
	results, err := ix.coll.QueryEmbedding(ctx, question, depth, nil, nil)
	if err != nil {
		return nil, fmt.Errorf("query passages: %w", err)
	}
	// chromem-go returns equal scores in no set order, so when passages tie for the last
	// place, which of them made the cut is chance, and so would the answers be. Keep only
	// the passages above the tie; if fewer than n are, rank them all.
	if depth < count {
		if results = aboveLastTie(results); len(results) < n {
			if results, err = ix.coll.QueryEmbedding(ctx, question, count, nil, nil); err != nil {
				return nil, fmt.Errorf("query passages: %w", err)
			}
		}
	}
	scored, err := ix.scored(results)
	if err != nil {
		return nil, err
	}
	w := ix.embedder.weights
	var articles []float64
	if ix.prior != nil {
		articles = ix.prior.scores(pq, rq)
	}
	for i, s := range scored {
		pw := ix.words[s.index]
		score := s.score + w.Coverage*ix.embedder.coverage(pq, pw) - w.Length*pw.relativeLength
		if ix.related != nil {
			score += rq.bonus(pw, w)
		}
		if articles != nil {
			score -= w.Article * (1 - articles[ix.docByID[ix.passages[s.index].DocID]])
		}
		scored[i].score = score
	}
	// The bonuses and penalties may take a score out of [0, 1]: rank by the sums, then
	// report them clamped.
	sortByScore(scored)
	scored = scored[:min(n, len(scored))]
	for i, s := range scored {
		scored[i].score = min(max(s.score, 0), 1)
	}
	return scored, nil
}

// medianLength is the median length of the passages' texts, at least 1.
func medianLength(passages []Passage) float64 {
	lengths := make([]int, len(passages))
	for i, p := range passages {
		lengths[i] = len(p.Text)
	}
	slices.Sort(lengths)
	if len(lengths) == 0 {
		return 1
	}
	return float64(max(lengths[len(lengths)/2], 1))
}

// aboveLastTie returns the results that score more than the lowest: the passages that
// made the cut whichever way chromem-go broke a tie at it.
func aboveLastTie(results []chromem.Result) []chromem.Result {
	if len(results) == 0 {
		return results
	}
	lowest := slices.MinFunc(results, func(a, b chromem.Result) int { return cmp.Compare(a.Similarity, b.Similarity) }).Similarity
	return slices.DeleteFunc(results, func(r chromem.Result) bool { return r.Similarity <= lowest })
}

// sortByScore orders passages best first, equal scores in article order: chromem-go
// returns equal similarities in no set order (repeated passage texts have them), and
// answers must not change from one run to the next.
func sortByScore(ranked []scoredPassage) {
	sort.SliceStable(ranked, func(a, b int) bool {
		if ranked[a].score != ranked[b].score {
			return ranked[a].score > ranked[b].score
		}
		return ranked[a].index < ranked[b].index
	})
}

// scored turns chromem-go results into passage positions with finite scores in [0, 1].
func (ix *Index) scored(results []chromem.Result) ([]scoredPassage, error) {
	out := make([]scoredPassage, 0, len(results))
	for _, r := range results {
		i, err := strconv.Atoi(r.ID)
		if err != nil || i < 0 || i >= len(ix.passages) {
			return nil, fmt.Errorf("query passages: unknown passage ID %q", r.ID)
		}
		score := float64(r.Similarity)
		if math.IsNaN(score) || score < 0 {
			score = 0
		}
		out = append(out, scoredPassage{index: i, score: min(score, 1)})
	}
	return out, nil
}

// relevanceThreshold is the [Answer.Coverage] under which a match is shown as "closest"
// rather than as an answer. Measured on the question files and on off-topic questions:
// see TestRelevanceThreshold.
const relevanceThreshold = 0.45

// Ranking is how the index orders passages: [RankingLexical] unless a neural model was
// given, else the ranking asked for.
func (ix *Index) Ranking() Ranking { return ix.ranking }

// DenseStats says what the neural side of the index took to build; ok is false when the
// index has none.
func (ix *Index) DenseStats() (stats DenseStats, ok bool) {
	if ix.dense == nil {
		return DenseStats{}, false
	}
	return ix.dense.stats, true
}

// Documents returns the indexed articles in load order.
func (ix *Index) Documents() []Document { return ix.docs }

// Document returns the article with the given ID.
func (ix *Index) Document(id string) (Document, bool) {
	i, ok := ix.docByID[id]
	if !ok {
		return Document{}, false
	}
	return ix.docs[i], true
}

// Passages returns every passage in document and paragraph order, with its speakers.
func (ix *Index) Passages() []Passage { return ix.passages }

// Speakers returns every named or anonymous speaker once, in order of first appearance,
// with the role the article first gives them.
func (ix *Index) Speakers() []Speaker { return ix.speakers }

// PassagesBy returns the passages in which the named speaker (or, for an anonymous source,
// the role) appears, in article order. Names match without regard to case.
func (ix *Index) PassagesBy(name string) []Passage {
	var out []Passage
	for _, p := range ix.passages {
		for _, s := range p.Speakers {
			if equalFold(s.Label(), name) {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

func collectSpeakers(passages []Passage) []Speaker {
	var out []Speaker
	seen := map[string]bool{}
	for _, p := range passages {
		for _, s := range p.Speakers {
			key := foldKey(s.Label())
			if !seen[key] {
				seen[key] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// Option changes how [NewIndex] builds an index.
type Option func(*indexOptions)

type indexOptions struct {
	weights   FeatureWeights
	thesaurus Thesaurus
	neighbors *Neighbors
	learned   *Associations
	neural    *NeuralModel
	ranking   Ranking
	dataDir   string
	progress  func(Progress)
	logger    *slog.Logger
}

// WithWeights sets how much each kind of feature counts; see [DefaultWeights].
func WithWeights(w FeatureWeights) Option { return func(o *indexOptions) { o.weights = w } }

// WithThesaurus sets the source of related words for questions; nil turns expansion off.
func WithThesaurus(t Thesaurus) Option { return func(o *indexOptions) { o.thesaurus = t } }

// WithNeighbors sets the table of GloVe nearest neighbours behind
// [FeatureWeights.Neighbor]; nil turns that bonus off.
func WithNeighbors(n *Neighbors) Option { return func(o *indexOptions) { o.neighbors = n } }

// WithAssociations sets the table of stems learned from questions and their answers
// ([FeatureWeights.Learned]); nil turns it off. The default is [DefaultAssociations].
func WithAssociations(a *Associations) Option { return func(o *indexOptions) { o.learned = a } }

// WithNeuralModel also embeds the passages with a neural model, checked once before any
// passage is sent, and ranks answers with it as [WithRanking] says (hybrid by default).
// Every question is then embedded by the model too: a failure is an [*EmbeddingError].
func WithNeuralModel(m NeuralModel) Option { return func(o *indexOptions) { o.neural = &m } }

// WithRanking chooses how answers are ordered; see [Ranking]. [RankingDense] needs
// [WithNeuralModel].
func WithRanking(r Ranking) Option { return func(o *indexOptions) { o.ranking = r } }

// WithDataDir keeps the neural vectors in dir (in the folder [StoreDirName]) with
// chromem-go's persistence, so that a restart embeds only passages it has not seen with
// the same model. Empty keeps them in memory.
func WithDataDir(dir string) Option { return func(o *indexOptions) { o.dataDir = dir } }

// WithProgress has f called as passages are embedded by the neural model, from one
// goroutine at a time.
func WithProgress(f func(Progress)) Option { return func(o *indexOptions) { o.progress = f } }

// WithLogger receives warnings, such as an unreadable data directory being rebuilt.
func WithLogger(l *slog.Logger) Option { return func(o *indexOptions) { o.logger = l } }
