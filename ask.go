package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math"
	"strings"

	"github.com/articlebot/articlebot/retrieval"
)

// maxTop bounds --top: more passages than this is a listing, not an answer.
const maxTop = 50

// answerJSON is one line of `ask --json`: the CLI contract scripts depend on.
type answerJSON struct {
	Question string        `json:"question"`
	Answers  []passageJSON `json:"answers"`
	Error    string        `json:"error,omitempty"`
}

// passageJSON is a passage as `ask --json` and `passages --json` write it.
type passageJSON struct {
	Rank      int                 `json:"rank,omitempty"`
	Score     *float64            `json:"score,omitempty"`
	Relevant  *bool               `json:"relevant,omitempty"`
	Coverage  *float64            `json:"coverage,omitempty"`
	ID        string              `json:"id"`
	Text      string              `json:"text"`
	Speakers  []retrieval.Speaker `json:"speakers"`
	Document  documentJSON        `json:"document"`
	Paragraph int                 `json:"paragraph"`
	Start     int                 `json:"start"`
	End       int                 `json:"end"`
}

type documentJSON struct {
	ID          string `json:"id"`
	Title       string `json:"title"`
	Author      string `json:"author"`
	Publication string `json:"publication"`
	URL         string `json:"url"`
}

func newPassageJSON(p retrieval.Passage, doc retrieval.Document) passageJSON {
	speakers := p.Speakers
	if len(speakers) == 0 {
		speakers = []retrieval.Speaker{retrieval.ArticleVoice(doc.Meta)}
	}
	return passageJSON{
		ID:        p.ID,
		Text:      p.Text,
		Speakers:  speakers,
		Paragraph: p.Paragraph,
		Start:     p.Start,
		End:       p.End,
		Document: documentJSON{
			ID: doc.ID, Title: doc.Meta.Title, Author: doc.Meta.Author,
			Publication: doc.Meta.Publication, URL: doc.Meta.URL,
		},
	}
}

func newAnswerJSON(question string, answers []retrieval.Answer) answerJSON {
	out := answerJSON{Question: question, Answers: []passageJSON{}}
	for _, a := range answers {
		pj := newPassageJSON(a.Passage, a.Document)
		pj.Rank = a.Rank
		score := math.Round(a.Score*1000) / 1000
		relevant := a.Relevant
		pj.Score, pj.Relevant = &score, &relevant
		cov := math.Round(a.Coverage*1000) / 1000
		pj.Coverage = &cov
		out.Answers = append(out.Answers, pj)
	}
	return out
}

// runAsk answers one question, or one per line of stdin.
func runAsk(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("ask", flag.ContinueOnError)
	fs.SetOutput(stderr)
	top := fs.Int("top", retrieval.DefaultTopK, "how many passages to return (1-50)")
	asJSON := fs.Bool("json", false, "write one JSON object per question per line")
	dir := fs.String("docs", getenv("DOCS_DIR"), "load the articles in this folder instead of the embedded ones")
	words, err := parseInterspersed(fs, args)
	if err != nil {
		return flagError(err)
	}
	if *top < 1 || *top > maxTop {
		return usageError("--top must be between 1 and %d, got %d", maxTop, *top)
	}
	ix, err := loadIndex(ctx, *dir, getenv, stderr)
	if err != nil {
		return err
	}
	out := bufio.NewWriter(stdout)
	defer out.Flush()

	if len(words) > 0 {
		question := strings.Join(words, " ")
		answers, err := ix.Answer(ctx, question, *top)
		if isQuestionError(err) {
			return &exitError{code: 2, err: err}
		} else if err != nil {
			return err
		}
		return writeAnswers(out, question, answers, *asJSON)
	}

	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		question := strings.TrimRight(sc.Text(), "\r")
		answers, err := ix.Answer(ctx, question, *top)
		switch {
		case isQuestionError(err):
			if *asJSON {
				err = writeJSONLine(out, answerJSON{Question: question, Answers: []passageJSON{}, Error: err.Error()})
			} else {
				_, err = fmt.Fprintf(out, "Q: %s\nerror: %v\n\n", question, err)
			}
		case err != nil:
			return err
		default:
			if !*asJSON {
				fmt.Fprintf(out, "Q: %s\n", question)
			}
			err = writeAnswers(out, question, answers, *asJSON)
		}
		if err != nil {
			return err
		}
		out.Flush()
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	return nil
}

func isQuestionError(err error) bool {
	return errors.Is(err, retrieval.ErrEmptyQuestion) || errors.Is(err, retrieval.ErrQuestionTooLong) ||
		errors.Is(err, retrieval.ErrNoWords)
}

func writeAnswers(w io.Writer, question string, answers []retrieval.Answer, asJSON bool) error {
	if asJSON {
		return writeJSONLine(w, newAnswerJSON(question, answers))
	}
	_, err := io.WriteString(w, formatAnswers(answers))
	return err
}

func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// formatAnswers renders answers as text the way the Discord bot shows them: the quoted
// passage, "— Name, role", then the article and paragraph.
func formatAnswers(answers []retrieval.Answer) string {
	var b strings.Builder
	if len(answers) > 0 && !answers[0].Relevant {
		b.WriteString("Nothing in the article answers that closely; the closest passages are:\n\n")
	}
	for _, a := range answers {
		fmt.Fprintf(&b, "%d. %s\n", a.Rank, a.Passage.Text)
		for i, s := range a.Speakers() {
			dash := "   — "
			if i > 0 {
				dash = "     also "
			}
			switch {
			case s.Anonymous || s.Name == "":
				fmt.Fprintf(&b, "%sUnnamed source, %s\n", dash, s.Role) // as the bot shows them
			case s.Role != "":
				fmt.Fprintf(&b, "%s%s, %s\n", dash, s.Name, s.Role)
			default:
				fmt.Fprintf(&b, "%s%s\n", dash, s.Name)
			}
		}
		m := a.Document.Meta
		fmt.Fprintf(&b, "   %s (%s, %s), paragraph %d · matches %.0f%% of the question\n\n",
			m.Title, m.Publication, m.Author, a.Passage.Paragraph, a.Coverage*100)
	}
	return b.String()
}

// parseInterspersed parses flags that may come before or after the positional words, as in
// `ask "question" --top 1`.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var words []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return words, nil
		}
		if rest[0] == "--" {
			return append(words, rest[1:]...), nil
		}
		words = append(words, rest[0])
		args = rest[1:]
	}
}
