package retrieval

import (
	"context"
	"fmt"
	"reflect"
	"strings"
	"testing"
)

func TestAssociationsLookup(t *testing.T) {
	table := NewAssociations("attorney\tlawyer:100 bad x:0 counsel:40 over:101\n" +
		"boss\tchief:90\n" +
		"empty\t\n")
	tests := []struct {
		stem string
		want []Neighbor
	}{
		// Malformed pairs are skipped, not fatal: a strength must be 1–100 hundredths.
		{"attorney", []Neighbor{{"lawyer", 1}, {"counsel", 0.4}}},
		{"boss", []Neighbor{{"chief", 0.9}}},
		{"empty", nil},
		{"bos", nil},
		{"", nil},
	}
	for _, tc := range tests {
		if got := table.Lookup(tc.stem); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Lookup(%q) = %v, want %v", tc.stem, got, tc.want)
		}
	}
	if table.Len() != 3 {
		t.Errorf("Len() = %d, want 3", table.Len())
	}
	var none *Associations
	if none.Lookup("boss") != nil || none.Len() != 0 {
		t.Error("a nil *Associations knows stems")
	}
}

// learningArticle is an article of four paragraphs about a topic; the second says who
// spoke ("familiar with" the matter when familiar is set) and every paragraph says
// "Tuesday", so that a stem every passage has is associated with nothing.
func learningArticle(id, topic string, familiar bool) Document {
	source := "an aide"
	if familiar {
		source = "a person familiar with the matter"
	}
	body := fmt.Sprintf("The %[1]s plan was announced on Tuesday by the council.\n\n"+
		"The %[1]s plan will be delayed, %[2]s said on Tuesday.\n\n"+
		"Residents of the %[1]s district met on Tuesday to discuss costs.\n\n"+
		"The mayor's office on Tuesday released a budget for the %[1]s district.\n", topic, source)
	return Document{ID: id, Meta: Meta{Title: "The " + topic + " plan"}, Body: body}
}

// learningSets makes n sets, one article each, whose questions ask what an insider said
// of the plan: in the first `familiar` sets the answer names a person familiar with the
// matter, in the rest an aide.
func learningSets(n, familiar int) []LearningSet {
	topics := []string{"harbor", "railway", "library", "stadium", "reservoir", "bridge"}
	var sets []LearningSet
	for i := range n {
		topic := topics[i%len(topics)]
		sets = append(sets, LearningSet{
			Name: topic,
			Docs: []Document{learningArticle(fmt.Sprint("a", i), topic, i < familiar)},
			Questions: []Question{
				{Q: "What did an insider say about the " + topic + " plan?", Gold: []string{"will be delayed"}},
				{Q: "According to an insider, what will happen to the " + topic + " plan?", Gold: []string{"will be delayed"}},
			},
		})
	}
	return sets
}

func TestLearnAssociations(t *testing.T) {
	ctx := context.Background()
	opts := LearnOptions{MinAnswers: 5, MinArticles: 3, Smoothing: 2, Scale: 3, PerStem: 12}
	tests := []struct {
		name         string
		sets         []LearningSet
		wantFamiliar bool
	}{
		// Six answers in three articles say "familiar": learned.
		{"in three articles", learningSets(3, 3), true},
		// As many answers, but in two articles only: one article's wording is no rule.
		{"in two articles", append(learningSets(2, 2), learningSets(2, 2)[0]), false},
		// Four answers: too few to tell from chance.
		{"too few answers", learningSets(2, 2), false},
		{"answers that do not say it", learningSets(4, 0), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, err := LearnAssociations(ctx, tc.sets, opts)
			if err != nil {
				t.Fatal(err)
			}
			again, err := LearnAssociations(ctx, tc.sets, opts)
			if err != nil || again != text {
				t.Fatalf("a second run learned another table (%v):\n%s\nthen\n%s", err, text, again)
			}
			learned := NewAssociations(text)
			got := false
			for _, n := range learned.Lookup(stem("insider")) {
				if n.Word == stem("familiar") {
					got = n.Similarity > 0
				}
				if n.Word == stem("tuesday") {
					t.Errorf("insider → %v: a stem every passage has is associated", n)
				}
			}
			if got != tc.wantFamiliar {
				t.Errorf("insider → familiar learned = %v, want %v; table:\n%s", got, tc.wantFamiliar, text)
			}
		})
	}
	bad := learningSets(1, 1)
	bad[0].Docs = nil
	if _, err := LearnAssociations(ctx, bad, opts); err == nil || !strings.Contains(err.Error(), "harbor") {
		t.Errorf("a set with no articles: err = %v, want one naming the set", err)
	}
}

// TestLearnedBonus checks that the learned table reorders: of two passages that match the
// question's other words alike, the one that has a stem associated with a word only the
// question has comes first, and without the table (or its weight) the other one does.
func TestLearnedBonus(t *testing.T) {
	doc := Document{ID: "d", Meta: Meta{Title: "Harbor dredging"}, Body: "The harbor dredging will stop in May, an aide said.\n\n" +
		"The harbor dredging will stop in May, a person familiar with the plans said.\n\n" +
		"Shipping companies have complained about silt for years.\n"}
	question := "What did an insider say about the harbor dredging?"
	table := NewAssociations(stem("insider") + "\t" + stem("familiar") + ":100\n")
	for _, tc := range []struct {
		name    string
		weight  float64
		table   *Associations
		wantTop string
	}{
		{"learned", 0.2, table, "familiar"},
		{"no table", 0.2, nil, "an aide"},
		{"no weight", 0, table, "an aide"},
	} {
		w := DefaultWeights()
		w.Learned = tc.weight
		top := topTwo(t, doc, question, w, WithAssociations(tc.table))
		if !strings.Contains(top[0].Passage.Text, tc.wantTop) {
			t.Errorf("%s: first answer %q, want the one with %q", tc.name, top[0].Passage.Text, tc.wantTop)
		}
	}
}

// TestDefaultAssociationsTable checks the embedded table's form: sorted lines of a stem
// and its associated stems, strongest first, at most as many as the default options keep.
func TestDefaultAssociationsTable(t *testing.T) {
	lines := strings.Split(strings.TrimSuffix(associationTable, "\n"), "\n")
	if len(lines) < 100 || DefaultAssociations().Len() != len(lines) {
		t.Fatalf("%d lines, Len() %d: want at least 100, all readable", len(lines), DefaultAssociations().Len())
	}
	prev := ""
	for i, line := range lines {
		key, list, ok := strings.Cut(line, "\t")
		if !ok || key <= prev {
			t.Fatalf("line %d: %q is not a key after %q with a tab", i+1, key, prev)
		}
		prev = key
		got := DefaultAssociations().Lookup(key)
		if n := len(strings.Fields(list)); n == 0 || n != len(got) || n > DefaultLearnOptions().PerStem {
			t.Fatalf("%q: %d pairs listed, %d read", key, n, len(got))
		}
		for j := 1; j < len(got); j++ {
			if got[j].Similarity > got[j-1].Similarity {
				t.Fatalf("%q: %v is stronger than the pair before it", key, got[j])
			}
		}
	}
}

// TestAssociationsTableIsGenerated checks that the committed table is what the committed
// generator learns from the committed question files: a question file added or changed,
// or a change to how words are stemmed, needs go generate ./retrieval.
func TestAssociationsTableIsGenerated(t *testing.T) {
	if testing.Short() {
		t.Skip("learns from every question file")
	}
	sets, err := ReadLearningSets("../testdata", HeldOutFolders())
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range sets {
		if strings.Contains(s.Name, "iran-al-qaeda") || strings.Contains(s.Name, "/unseen/") || strings.Contains(s.Name, "/eval/") {
			t.Fatalf("%s: the files the issue measures on are learned from", s.Name)
		}
	}
	got, err := LearnAssociations(context.Background(), sets, DefaultLearnOptions())
	if err != nil {
		t.Fatal(err)
	}
	if got != associationTable {
		t.Error("lexicon_data/associations.tsv is not what tools/assocgen learns: run go generate ./retrieval/associations.go")
	}
}
