package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/retrieval"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/cli")

// runCLI calls run as the process would, with no environment and its own streams.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	return runWithEnv(t, nil, stdin, args...)
}

// runWithEnv is runCLI with the given environment.
func runWithEnv(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(context.Background(), args, func(k string) string { return env[k] }, strings.NewReader(stdin), &out, &errOut)
	code = exitCode(err, &errOut) // prints the error as main does
	return out.String(), errOut.String(), code
}

func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "cli", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s (go test -update rewrites it):\n%s", path, got)
	}
}

func TestAskText(t *testing.T) {
	out, errOut, code := runCLI(t, "", "ask", "Did Iran help the U.S. at Bonn?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.HasPrefix(out, "1. Shortly after the United States ousted the Taliban") ||
		!strings.Contains(out, "Near the end of talks in Bonn") || !strings.Contains(out, "— James Dobbins") {
		t.Errorf("answer does not quote the Bonn passage attributed to Dobbins:\n%s", out)
	}
	golden(t, "ask-bonn.txt", out)
}

// TestFormatAnswersSpeakers checks the attribution line for each kind of speaker, as the
// bot words it.
func TestFormatAnswersSpeakers(t *testing.T) {
	tests := []struct {
		speaker retrieval.Speaker
		want    string
	}{
		{retrieval.Speaker{Name: "Jane Doe", Role: "mayor"}, "   — Jane Doe, mayor\n"},
		{retrieval.Speaker{Name: "Jane Doe"}, "   — Jane Doe\n"},
		{retrieval.Speaker{Role: "ministry aide", Anonymous: true}, "   — Unnamed source, ministry aide\n"},
	}
	for _, tc := range tests {
		a := retrieval.Answer{Rank: 1, Passage: retrieval.Passage{Text: "Text.", Paragraph: 1,
			Speakers: []retrieval.Speaker{tc.speaker}}}
		if got := formatAnswers([]retrieval.Answer{a}); !strings.Contains(got, tc.want) {
			t.Errorf("%+v: got\n%s\nwant a line %q", tc.speaker, got, tc.want)
		}
	}
}

// answerLine is `ask --json` output as a script reads it.
type answerLine struct {
	Question string `json:"question"`
	Error    string `json:"error"`
	Answers  []struct {
		Rank     int     `json:"rank"`
		Score    float64 `json:"score"`
		Text     string  `json:"text"`
		Speakers []struct {
			Name      string `json:"name"`
			Role      string `json:"role"`
			Anonymous bool   `json:"anonymous"`
		} `json:"speakers"`
		Document struct {
			ID, Title, Author, Publication, URL string
		} `json:"document"`
		Paragraph int `json:"paragraph"`
	} `json:"answers"`
}

func TestAskJSONContract(t *testing.T) {
	out, errOut, code := runCLI(t, "", "ask", "--json", "--top", "2", "What weapons has Iran given the Taliban?")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 1 {
		t.Fatalf("got %d lines, want 1", len(lines))
	}
	var got answerLine
	dec := json.NewDecoder(strings.NewReader(lines[0]))
	if err := dec.Decode(&got); err != nil {
		t.Fatal(err)
	}
	if got.Question != "What weapons has Iran given the Taliban?" || len(got.Answers) != 2 {
		t.Fatalf("question %q, %d answers", got.Question, len(got.Answers))
	}
	a := got.Answers[0]
	if a.Rank != 1 || a.Paragraph != 15 || !strings.Contains(a.Text, "small arms, explosives, mortars") {
		t.Errorf("first answer: rank %d paragraph %d text %.60q", a.Rank, a.Paragraph, a.Text)
	}
	if len(a.Speakers) == 0 || a.Speakers[0].Name != "Rebecca Rebarich" || a.Speakers[0].Role != "Pentagon spokeswoman" {
		t.Errorf("speakers = %+v", a.Speakers)
	}
	if a.Document.Author != "Michael Hirsh" || a.Document.Publication != "Foreign Policy" || a.Document.ID != "iran-al-qaeda-links" {
		t.Errorf("document = %+v", a.Document)
	}
	for _, key := range []string{`"rank":`, `"score":`, `"text":`, `"speakers":`, `"anonymous":`, `"document":`, `"url":`, `"paragraph":`} {
		if !strings.Contains(lines[0], key) {
			t.Errorf("output lacks %s", key)
		}
	}
}

func TestAskStdin(t *testing.T) {
	stdin := "Did Iran help the U.S. at Bonn?\n\nwhat is the\n" + strings.Repeat("x", 501) + "\nWho said the administration is grasping at straws?\n"
	out, errOut, code := runCLI(t, stdin, "ask", "--json", "--top", "1")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	wantErrors := []string{"", "the question is empty", "the question has no searchable words", "the question is longer than 500 characters", ""}
	if len(lines) != len(wantErrors) {
		t.Fatalf("got %d lines, want %d:\n%s", len(lines), len(wantErrors), out)
	}
	for i, line := range lines {
		var got answerLine
		if err := json.Unmarshal([]byte(line), &got); err != nil {
			t.Fatalf("line %d: %v", i+1, err)
		}
		if got.Error != wantErrors[i] {
			t.Errorf("line %d: error %q, want %q", i+1, got.Error, wantErrors[i])
		}
		if (got.Error == "") != (len(got.Answers) == 1) {
			t.Errorf("line %d: %d answers with error %q", i+1, len(got.Answers), got.Error)
		}
	}
	if !strings.Contains(lines[4], "grasping at straws") {
		t.Errorf("last line answers the wrong passage: %.200s", lines[4])
	}
}

func TestCLIErrors(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "broken.md"), []byte("---\ntitle: x\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantErr  string
	}{
		{"no command", nil, 2, "usage: articlebot"},
		{"unknown command", []string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{"empty question", []string{"ask", ""}, 2, "articlebot: the question is empty"},
		{"question of stop words", []string{"ask", "what is it"}, 2, "no searchable words"},
		{"question too long", []string{"ask", strings.Repeat("word ", 120)}, 2, "longer than 500 characters"},
		{"bad top", []string{"ask", "--top", "0", "Bonn"}, 2, "--top must be between 1 and 50"},
		{"unknown flag", []string{"ask", "--nope", "Bonn"}, 2, "flag provided but not defined"},
		{"broken article", []string{"ask", "--docs", dir, "Bonn"}, 1, "broken.md:1: front matter opened with --- is not closed"},
		{"missing folder", []string{"passages", "--docs", filepath.Join(dir, "nope")}, 1, "articles folder"},
		{"eval without questions", []string{"eval"}, 2, "eval needs --questions FILE"},
		{"unknown ranking", []string{"eval", "--ranking", "best", "--questions", "testdata/eval/dev-questions.jsonl"}, 1, `RANKING must be one of hybrid, dense, lexical, got "best"`},
		{"dense without a model", []string{"eval", "--ranking", "dense", "--questions", "testdata/eval/dev-questions.jsonl"}, 1, "RANKING=dense needs a neural model"},
		{"ask help", []string{"ask", "--help"}, 0, "Usage of ask"},
		{"eval help", []string{"eval", "-h"}, 0, "-ranking mode"},
		{"passages help", []string{"passages", "-help"}, 0, "Usage of passages"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, errOut, code := runCLI(t, "", tt.args...)
			if code != tt.wantCode || !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("exit %d, stderr %q; want exit %d and %q", code, errOut, tt.wantCode, tt.wantErr)
			}
			if strings.Contains(errOut, "panic") || strings.Contains(errOut, "articlebot: flag") || (code != 0 && strings.Contains(out, `"answers"`)) {
				t.Errorf("unexpected output: %q %q", out, errOut)
			}
		})
	}
}

func TestPassagesJSON(t *testing.T) {
	out, errOut, code := runCLI(t, "", "passages", "--json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	body, err := os.ReadFile(filepath.Join("docs", "iran-al-qaeda-links.md"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) < 24 {
		t.Fatalf("got %d passages, want at least 24", len(lines))
	}
	seenAnonymous := false
	for _, line := range lines {
		var p struct {
			Text     string `json:"text"`
			Speakers []struct {
				Name      string `json:"name"`
				Anonymous bool   `json:"anonymous"`
			} `json:"speakers"`
			Paragraph int `json:"paragraph"`
		}
		if err := json.Unmarshal([]byte(line), &p); err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(body), p.Text) || len(p.Text) > 1024 {
			t.Errorf("paragraph %d: passage is not a verbatim piece of the article within 1,024 bytes", p.Paragraph)
		}
		if len(p.Speakers) == 0 {
			t.Errorf("paragraph %d has no speaker, not even the article's", p.Paragraph)
		}
		for _, s := range p.Speakers {
			seenAnonymous = seenAnonymous || s.Anonymous
		}
	}
	if !seenAnonymous {
		t.Error("no anonymous source found (the Khamenei aide)")
	}
}

func TestEvalCommand(t *testing.T) {
	questions := filepath.Join("testdata", "eval", "dev-questions.jsonl")
	out, errOut, code := runCLI(t, "", "eval", "--questions", questions, "--min-recall1", "0.9")
	if code != 0 {
		t.Fatalf("exit %d: %s\n%s", code, errOut, out)
	}
	for _, want := range []string{"questions 24", "Recall@1 ", "Recall@3 ", "MRR ", "speaker accuracy "} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	_, errOut, code = runCLI(t, "", "eval", "--questions", questions, "--min-recall1", "1.01")
	if code != 1 || !strings.Contains(errOut, "below the minimum") {
		t.Errorf("a minimum above 1 gave exit %d, %q", code, errOut)
	}
}

// BenchmarkAskProcess runs `articlebot ask` as a whole process, as a user or a script
// does: start, load the embedded article, index it, answer, exit (target: ≤ 50 ms).
func BenchmarkAskProcess(b *testing.B) {
	bin := filepath.Join(b.TempDir(), "articlebot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("build: %v\n%s", err, out)
	}
	b.ResetTimer()
	for b.Loop() {
		cmd := exec.Command(bin, "ask", "Did Iran help the U.S. at Bonn?")
		cmd.Env = []string{"PATH=" + os.Getenv("PATH")}
		if out, err := cmd.CombinedOutput(); err != nil {
			var exit *exec.ExitError
			errors.As(err, &exit)
			b.Fatalf("ask: %v\n%s", err, out)
		}
	}
}
