package retrieval

import (
	"context"
	"errors"
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"
)

func TestAnswerClampsKAndNeverNaN(t *testing.T) {
	ix := shippedIndex(t)
	ctx := context.Background()
	n := len(ix.Passages())
	tests := []struct {
		name     string
		question string
		k        int
		wantLen  int
	}{
		{"default k", "Bonn talks", 0, DefaultTopK},
		{"negative k", "Bonn talks", -5, DefaultTopK},
		{"k above the collection", "Bonn talks", n + 100, n},
		{"unknown words only", "zzzqqq xxyyzz", 2, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			answers, err := ix.Answer(ctx, tt.question, tt.k)
			if err != nil {
				t.Fatal(err)
			}
			if len(answers) != tt.wantLen {
				t.Fatalf("got %d answers, want %d", len(answers), tt.wantLen)
			}
			for i, a := range answers {
				if math.IsNaN(a.Score) || a.Score < 0 || a.Score > 1.0001 || a.Rank != i+1 {
					t.Errorf("answer %d: rank %d score %v", i, a.Rank, a.Score)
				}
				if i > 0 && a.Score > answers[i-1].Score {
					t.Errorf("answers not in score order")
				}
				h := a.Highlight
				if h[0] < 0 || h[1] > len(a.Passage.Text) || h[0] >= h[1] {
					t.Errorf("highlight %v outside passage of %d bytes", h, len(a.Passage.Text))
				}
			}
		})
	}
}

func TestAnswerRejectsBadQuestions(t *testing.T) {
	ix := shippedIndex(t)
	for _, q := range []string{"", "   ", "<@123>", "the of and", strings.Repeat("x", 501)} {
		if _, err := ix.Answer(context.Background(), q, 3); err == nil ||
			!(errors.Is(err, ErrEmptyQuestion) || errors.Is(err, ErrNoWords) || errors.Is(err, ErrQuestionTooLong)) {
			t.Errorf("Answer(%.20q) err = %v", q, err)
		}
	}
}

func TestAnswerHighlightsBestSentence(t *testing.T) {
	ix := shippedIndex(t)
	answers, err := ix.Answer(context.Background(), "What did Zarif whisper to Qanooni?", 1)
	if err != nil {
		t.Fatal(err)
	}
	a := answers[0]
	got := a.Passage.Text[a.Highlight[0]:a.Highlight[1]]
	if !strings.Contains(got, "whispered") {
		t.Errorf("highlight %q does not hold the whisper", got)
	}
}

// TestRelevanceThreshold checks that questions the article answers are marked relevant
// and questions it has nothing on are not.
func TestRelevanceThreshold(t *testing.T) {
	ix := shippedIndex(t)
	ctx := context.Background()
	qs := readQuestionFile(t, "../testdata/eval/dev-questions.jsonl")
	relevant := 0
	for _, q := range qs {
		a, err := ix.Answer(ctx, q.Q, 1)
		if err != nil {
			t.Fatal(err)
		}
		if a[0].Relevant {
			relevant++
		}
	}
	offTopic := []string{
		"How do I bake sourdough bread?", "What is the weather tomorrow?", "How tall is Mount Everest?",
		"Why is the sky blue?", "Recommend a good movie", "How do vaccines work?",
		"What is the best programming language?", "Who won the World Cup in 2018?",
	}
	flagged := 0
	for _, q := range offTopic {
		a, err := ix.Answer(ctx, q, 1)
		if err != nil {
			t.Fatal(err)
		}
		if !a[0].Relevant {
			flagged++
		}
	}
	t.Logf("dev relevant %d/%d, off-topic flagged %d/%d", relevant, len(qs), flagged, len(offTopic))
	if relevant < len(qs)*9/10 || flagged < len(offTopic)*3/4 {
		t.Errorf("threshold separates badly")
	}
}

func TestArticleVoice(t *testing.T) {
	tests := []struct {
		name string
		meta Meta
		want Speaker
	}{
		{"author with role", Meta{Title: "T", Author: "Ann Lee", AuthorRole: "staff writer", Publication: "P"}, Speaker{Name: "Ann Lee", Role: "staff writer"}},
		{"author", Meta{Title: "T", Author: "Ann Lee", Publication: "P"}, Speaker{Name: "Ann Lee", Role: "P"}},
		{"publication only", Meta{Title: "T", Publication: "P"}, Speaker{Name: "P"}},
		{"title only", Meta{Title: "T"}, Speaker{Name: "T"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ArticleVoice(tt.meta); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

// TestTiesAtTheCutAreStable asks a question only one passage matches: the other answers
// tie at zero and must come in article order, the same on every run, whether all the
// passages are ranked or only the best relatedDepth of them are asked of chromem-go.
func TestTiesAtTheCutAreStable(t *testing.T) {
	for _, fillers := range []int{12, 2 * relatedDepth} {
		t.Run(fmt.Sprint(fillers, " other paragraphs"), func(t *testing.T) {
			var body []string
			for i := range fillers {
				body = append(body, fmt.Sprintf("Paragraph %s is about nothing much.", strings.Repeat("x", i+1)))
			}
			body = append(body, "The harbor reopened on Monday.")
			doc := Document{ID: "d", Meta: Meta{Title: "T"}, Body: strings.Join(body, "\n\n")}
			ctx := context.Background()
			want := []string{fmt.Sprintf("d#%d", fillers+1), "d#1", "d#2"}
			for run := range 20 {
				ix, err := NewIndex(ctx, []Document{doc}, WithThesaurus(nil), WithNeighbors(nil), WithWeights(FeatureWeights{Word: 1}))
				if err != nil {
					t.Fatal(err)
				}
				answers, err := ix.Answer(ctx, "Was the harbor reopened?", 3)
				if err != nil {
					t.Fatal(err)
				}
				var got []string
				for _, a := range answers {
					got = append(got, a.Passage.ID)
				}
				if !slices.Equal(got, want) {
					t.Fatalf("run %d: answers %v, want %v", run, got, want)
				}
			}
		})
	}
}

func TestNewIndexRejectsDocumentsWithoutPassages(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"empty body", "", "its body is empty"},
		{"only a subheading", "Riders and retailers", "only subheadings"},
	}
	for _, tc := range tests {
		_, err := NewIndex(context.Background(), []Document{{ID: "d", Body: tc.body}}, WithThesaurus(nil), WithNeighbors(nil))
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one saying %q", tc.name, err, tc.want)
		}
	}
}
