package retrieval

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

// LearningSet is a question file with the articles it asks about, for [LearnAssociations].
type LearningSet struct {
	Name      string // names the set in errors
	Docs      []Document
	Questions []Question
}

// HeldOutFolders returns the folders of testdata the embedded table is not learned from:
// the shipped article's question files ("eval") and the test article's ("unseen"), on
// which the issue measures quality, so that their figures stay those of questions the
// table never saw.
func HeldOutFolders() []string { return []string{"eval", "unseen"} }

// ReadLearningSets reads every subfolder of root that holds question files
// (*questions.jsonl) as sets of those questions and the articles beside them, in the
// folders' name order, except the folders exclude names.
func ReadLearningSets(root string, exclude []string) ([]LearningSet, error) {
	entries, err := os.ReadDir(root)
	if err != nil {
		return nil, fmt.Errorf("learning sets: %w", err)
	}
	var sets []LearningSet
	for _, e := range entries {
		if !e.IsDir() || slices.Contains(exclude, e.Name()) {
			continue
		}
		dir := filepath.Join(root, e.Name())
		files, _ := filepath.Glob(filepath.Join(dir, "*questions.jsonl")) // the pattern is valid
		if len(files) == 0 {
			continue
		}
		docs, err := LoadDir(dir)
		if err != nil {
			return nil, err
		}
		for _, f := range files {
			qs, err := readQuestionsFile(f)
			if err != nil {
				return nil, err
			}
			sets = append(sets, LearningSet{Name: f, Docs: docs, Questions: qs})
		}
	}
	if len(sets) == 0 {
		return nil, fmt.Errorf("learning sets: no question files under %s", root)
	}
	return sets, nil
}

func readQuestionsFile(path string) ([]Question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	qs, err := ReadQuestions(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return qs, nil
}

// LearnOptions are the thresholds [LearnAssociations] keeps a pair by.
type LearnOptions struct {
	// MinAnswers is how many answering passages must have a pair (the question has the
	// first stem, the passage the second and not the question): rarer pairs are chance.
	MinAnswers int
	// MinArticles is how many articles the pair must answer in, so that no one article's
	// vocabulary becomes a rule for all.
	MinArticles int
	// Smoothing is added to every count (and twice to their totals), so that a pair seen
	// in few passages of either kind cannot have an extreme ratio.
	Smoothing float64
	// Scale is the log-ratio that counts as full strength; weaker ones count in
	// proportion.
	Scale float64
	// PerStem is how many associated stems a question stem keeps, strongest first.
	PerStem int
}

// DefaultLearnOptions returns the thresholds the embedded table was learned with.
func DefaultLearnOptions() LearnOptions {
	return LearnOptions{MinAnswers: 5, MinArticles: 3, Smoothing: 2, Scale: 3, PerStem: 12}
}

// pairCounts counts, for a question stem, in how many answering and other passages it met
// each stem.
type pairCounts struct {
	answers, others float64                    // passages seen with the question stem
	inAnswers       map[string]float64         // associated stem → answering passages
	inOthers        map[string]float64         // associated stem → other passages
	articles        map[string]map[string]bool // associated stem → the articles it answered in
}

// LearnAssociations learns the table [NewAssociations] reads from questions and the
// passages that answer them. For each question it compares the passages holding a gold
// string with the other passages of the same article. A stem b is associated with a
// question stem a when the answers to questions with a hold b (and the questions do not)
// more often than the other passages of their articles do; its strength is the log of
// the ratio of the two shares. Only the passages' text counts, not their context headers,
// and the ranking plays no part, so the table does not change when the ranking does.
// Questions the normaliser rejects or whose gold no passage holds are skipped. The output
// is deterministic.
func LearnAssociations(ctx context.Context, sets []LearningSet, opts LearnOptions) (string, error) {
	counts := map[string]*pairCounts{}
	for _, set := range sets {
		if err := ctx.Err(); err != nil {
			return "", err
		}
		// The embedder is fitted on the set's own articles, as it is when they are indexed.
		ix, err := NewIndex(ctx, set.Docs, WithAssociations(nil))
		if err != nil {
			return "", fmt.Errorf("learning set %s: %w", set.Name, err)
		}
		for _, q := range set.Questions {
			countQuestion(ix, q, counts)
		}
	}
	return associationLines(counts, opts), nil
}

// countQuestion adds one question's passages to the counts.
func countQuestion(ix *Index, q Question, counts map[string]*pairCounts) {
	text, err := NormalizeQuestion(q.Q)
	if err != nil {
		return
	}
	answerDoc := ""
	for _, p := range ix.passages {
		if containsAny(p.Text, q.Gold) {
			answerDoc = p.DocID
			break
		}
	}
	if answerDoc == "" {
		return
	}
	asked := map[string]bool{}
	for _, w := range ix.embedder.prepare(text).content {
		asked[w.stem] = true
	}
	for i, p := range ix.passages {
		if p.DocID != answerDoc {
			continue
		}
		answers := containsAny(p.Text, q.Gold)
		for a := range asked {
			c := counts[a]
			if c == nil {
				c = &pairCounts{inAnswers: map[string]float64{}, inOthers: map[string]float64{}, articles: map[string]map[string]bool{}}
				counts[a] = c
			}
			if answers {
				c.answers++
			} else {
				c.others++
			}
			for b, place := range ix.words[i].stems {
				if place&inBody == 0 || asked[b] || isStopword(b) {
					continue
				}
				if !answers {
					c.inOthers[b]++
					continue
				}
				c.inAnswers[b]++
				if c.articles[b] == nil {
					c.articles[b] = map[string]bool{}
				}
				c.articles[b][answerDoc] = true
			}
		}
	}
}

// associationLines writes the pairs that pass the thresholds as the table's lines.
func associationLines(counts map[string]*pairCounts, opts LearnOptions) string {
	var out strings.Builder
	for _, a := range slices.Sorted(maps.Keys(counts)) {
		c := counts[a]
		var kept []Neighbor
		for b, x := range c.inAnswers {
			if x < float64(opts.MinAnswers) || len(c.articles[b]) < opts.MinArticles {
				continue
			}
			ratio := math.Log((x+opts.Smoothing)/(c.answers+2*opts.Smoothing)) -
				math.Log((c.inOthers[b]+opts.Smoothing)/(c.others+2*opts.Smoothing))
			hundredths := int(math.Round(100 * min(ratio/opts.Scale, 1)))
			if hundredths > 0 {
				kept = append(kept, Neighbor{Word: b, Similarity: float64(hundredths) / 100})
			}
		}
		if len(kept) == 0 {
			continue
		}
		slices.SortFunc(kept, func(x, y Neighbor) int {
			return cmp.Or(cmp.Compare(y.Similarity, x.Similarity), strings.Compare(x.Word, y.Word))
		})
		out.WriteString(a)
		out.WriteByte('\t')
		for i, n := range kept[:min(len(kept), opts.PerStem)] {
			if i > 0 {
				out.WriteByte(' ')
			}
			out.WriteString(n.Word + ":" + strconv.Itoa(int(math.Round(100*n.Similarity))))
		}
		out.WriteByte('\n')
	}
	return out.String()
}
