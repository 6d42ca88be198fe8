package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/articlebot/articlebot/config"
	"github.com/articlebot/articlebot/retrieval"
)

// runEval measures answer quality on a question file and fails under the minimums.
func runEval(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	questions := fs.String("questions", "", "JSON-lines question file (id, q, gold, speaker)")
	dir := fs.String("docs", getenv("DOCS_DIR"), "load the articles in this folder instead of the embedded ones")
	minR1 := fs.Float64("min-recall1", 0, "exit 1 when Recall@1 is below this")
	minR3 := fs.Float64("min-recall3", 0, "exit 1 when Recall@3 is below this")
	minSpeaker := fs.Float64("min-speaker", 0, "exit 1 when speaker accuracy is below this")
	ranking := fs.String("ranking", "", "rank by `mode`: hybrid, dense or lexical (default: RANKING, else hybrid; always lexical without a neural model)")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if *questions == "" {
		return usageError("eval needs --questions FILE")
	}
	f, err := os.Open(*questions)
	if err != nil {
		return fmt.Errorf("questions: %w", err)
	}
	defer f.Close()
	qs, err := retrieval.ReadQuestions(f)
	if err != nil {
		return fmt.Errorf("questions %s: %w", *questions, err)
	}
	search, err := config.LoadSearch(getenv)
	if err == nil && *ranking != "" {
		search, err = search.WithRanking(*ranking)
	}
	if err != nil {
		return err
	}
	ix, err := buildIndex(ctx, *dir, search, cliLogger(stderr), stderr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "ranking %s\n", describeRanking(ix))
	rep, err := retrieval.Evaluate(ctx, ix, qs)
	if err != nil {
		return err
	}
	for _, m := range rep.Misses {
		where := "not in top 3"
		if m.HitRank > 0 {
			where = fmt.Sprintf("hit at rank %d", m.HitRank)
		}
		var names []string
		for _, s := range m.Speakers {
			names = append(names, s.Label())
		}
		fmt.Fprintf(stdout, "miss %s: %q: %s (first: %s; speakers %v, want %q)\n",
			m.Question.ID, m.Question.Q, where, m.Got, names, m.Question.Speaker)
	}
	fmt.Fprintf(stdout, "questions %d\n", rep.Questions)
	fmt.Fprintf(stdout, "Recall@1 %.3f  Recall@3 %.3f  MRR %.3f\n", rep.Recall1, rep.Recall3, rep.MRR)
	fmt.Fprintf(stdout, "speaker accuracy %.3f (%d questions with a speaker)\n", rep.SpeakerAccuracy, rep.SpeakerQuestions)
	var failed []string
	if rep.Recall1 < *minR1 {
		failed = append(failed, fmt.Sprintf("Recall@1 %.3f < %.3f", rep.Recall1, *minR1))
	}
	if rep.Recall3 < *minR3 {
		failed = append(failed, fmt.Sprintf("Recall@3 %.3f < %.3f", rep.Recall3, *minR3))
	}
	if rep.SpeakerAccuracy < *minSpeaker {
		failed = append(failed, fmt.Sprintf("speaker accuracy %.3f < %.3f", rep.SpeakerAccuracy, *minSpeaker))
	}
	if len(failed) > 0 {
		return fmt.Errorf("below the minimum: %v", failed)
	}
	return nil
}

// describeRanking says how the index ranks, naming the neural model when there is one.
func describeRanking(ix *retrieval.Index) string {
	if stats, ok := ix.DenseStats(); ok {
		return fmt.Sprintf("%s (%s)", ix.Ranking(), stats.Model)
	}
	return string(ix.Ranking())
}
