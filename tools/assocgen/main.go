// Command assocgen learns the table of question-to-answer stem associations that
// retrieval.Associations embeds (retrieval/lexicon_data/associations.tsv), with
// retrieval.LearnAssociations and its default thresholds.
//
// Usage (from retrieval/, via go generate):
//
//	go run ../tools/assocgen -testdata ../testdata -out lexicon_data/associations.tsv
//
// It reads every folder of -testdata that holds question files (*questions.jsonl) and the
// articles beside them, except the folders -exclude names: by default the shipped
// article's questions ("eval") and the test article's ("unseen"), the files the issue
// measures quality on, so that their figures stay those of questions the table never saw.
// The output is deterministic.
package main

import (
	"context"
	"flag"
	"log"
	"os"
	"strings"

	"github.com/articlebot/articlebot/retrieval"
)

func main() {
	testdata := flag.String("testdata", "testdata", "folder whose subfolders hold articles and question files")
	out := flag.String("out", "", "where to write the table (required)")
	exclude := flag.String("exclude", strings.Join(retrieval.HeldOutFolders(), ","), "comma-separated subfolders to leave out")
	flag.Parse()
	if *out == "" {
		log.Fatal("assocgen: -out is required")
	}
	sets, err := retrieval.ReadLearningSets(*testdata, strings.Split(*exclude, ","))
	if err != nil {
		log.Fatalf("assocgen: %v", err)
	}
	table, err := retrieval.LearnAssociations(context.Background(), sets, retrieval.DefaultLearnOptions())
	if err != nil {
		log.Fatalf("assocgen: %v", err)
	}
	if err := os.WriteFile(*out, []byte(table), 0o644); err != nil {
		log.Fatalf("assocgen: %v", err)
	}
}
