package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"io"

	"github.com/articlebot/articlebot/config"
	"github.com/articlebot/articlebot/retrieval"
)

// runPassages lists every passage with its speakers: JSON lines with --json, else text.
func runPassages(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("passages", flag.ContinueOnError)
	fs.SetOutput(stderr)
	asJSON := fs.Bool("json", false, "write one JSON object per passage per line")
	dir := fs.String("docs", getenv("DOCS_DIR"), "load the articles in this folder instead of the embedded ones")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return usageError("passages takes no arguments, got %q", fs.Arg(0))
	}
	// Passages and speakers need no neural model: do not call one.
	ix, err := buildIndex(ctx, *dir, config.Search{Embedder: config.Embedder{Kind: config.EmbedderLocal}}, cliLogger(stderr), stderr)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	for _, p := range ix.Passages() {
		doc, _ := ix.Document(p.DocID)
		if *asJSON {
			if err := writeJSONLine(out, newPassageJSON(p, doc)); err != nil {
				return err
			}
			continue
		}
		fmt.Fprintf(out, "%s  %s\n", p.ID, speakerNames(p, doc))
	}
	return out.Flush()
}

func speakerNames(p retrieval.Passage, doc retrieval.Document) string {
	if len(p.Speakers) == 0 {
		return "(article: " + retrieval.ArticleVoice(doc.Meta).Label() + ")"
	}
	s := ""
	for i, sp := range p.Speakers {
		if i > 0 {
			s += "; "
		}
		s += sp.Label()
		if sp.Role != "" && !sp.Anonymous {
			s += " (" + sp.Role + ")"
		}
	}
	return s
}
