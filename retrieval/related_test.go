package retrieval

import (
	"context"
	"math"
	"sync"
	"testing"
)

// harborNeighbors is a neighbours table for the tests: "harbor" is close to "port" and
// "docks".
const harborNeighbors = "harbor\t3000\tport:75 docks:70\n"

func TestNeighborBonus(t *testing.T) {
	doc := Document{ID: "d", Meta: Meta{Title: "Port news"}, Body: "The port reopened.\n\n" +
		"The harbor reopened.\n\n" +
		"The town reopened."}
	ix, err := NewIndex(context.Background(), []Document{doc}, WithThesaurus(nil), WithNeighbors(NewNeighbors(harborNeighbors)))
	if err != nil {
		t.Fatal(err)
	}
	q, _ := NormalizeQuestion("Was the harbor reopened?")
	rq := ix.related.prepare(ix.embedder.prepare(q))
	// "harbor" is listed at rank 3000; "reopened" is not listed, so it weighs 1.
	harbor := sifSmoothing / (sifSmoothing + 1/(3000.0*zipfScale))
	tests := []struct {
		name    string
		passage int
		want    float64
	}{
		{"a neighbour in the text earns its similarity", 0, harbor * 0.75 / (harbor + 1)},
		{"the word itself earns nothing here", 1, 0},
		// The title puts "port" in every passage's header.
		{"a neighbour in the header earns nothing", 2, 0},
	}
	for _, tc := range tests {
		if got := rq.bonus(ix.words[tc.passage], FeatureWeights{Neighbor: 1}); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: bonus = %.4f, want %.4f", tc.name, got, tc.want)
		}
	}
}

// speakersIndex indexes four passages about two people, without WordNet or GloVe: one
// introduces a hydrologist, two quote her (one naming her role again), one quotes a
// utility manager.
func speakersIndex(t *testing.T) *Index {
	t.Helper()
	doc := Document{ID: "d", Meta: Meta{Title: "Water"}, Body: "Ann Lee, a hydrologist at the Desert Water Institute, has studied the basin.\n\n" +
		"“The wells are failing,” Lee said.\n\n" +
		"“Rates must rise,” said Bo Chan, the utility’s manager. Lee disagreed.\n\n" +
		"Lee, the hydrologist, said the wells were failing."}
	ix, err := NewIndex(context.Background(), []Document{doc}, WithThesaurus(nil), WithNeighbors(nil))
	if err != nil {
		t.Fatal(err)
	}
	return ix
}

// TestSpeakerBonus checks that a question word the text lacks counts when the passage's
// main speaker's description has it, and only then.
func TestSpeakerBonus(t *testing.T) {
	ix := speakersIndex(t)
	q, _ := NormalizeQuestion("What does the DWI hydrologist say?")
	rq := ix.related.prepare(ix.embedder.prepare(q))
	tests := []struct {
		name    string
		passage int
		want    float64 // share of the question's weight: "dwi" and "hydrologist" weigh 1 each
	}{
		{"nobody speaks", 0, 0},
		{"the speaker's role and its acronym", 1, 1},
		{"another speaker; the hydrologist is only mentioned", 2, 0},
		{"the text has the role: only the acronym counts", 3, 0.5},
	}
	for _, tc := range tests {
		if got := rq.bonus(ix.words[tc.passage], FeatureWeights{Speaker: 1}); math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("%s: bonus = %.4f, want %.4f", tc.name, got, tc.want)
		}
	}
}

// TestNamedSpeakerBonus checks that the words a question names the person it asks about
// with count when the passage's main speaker's description has them, whether or not the
// text has them too, and that a group names nobody.
func TestNamedSpeakerBonus(t *testing.T) {
	ix := speakersIndex(t)
	tests := []struct {
		question string
		want     [4]float64 // by passage
	}{
		// "dwi" and "hydrologist" name the person.
		{"What did the DWI hydrologist say about the wells?", [4]float64{0, 1, 0, 1}},
		{"Which utility manager said rates must rise?", [4]float64{0, 0, 1, 0}},
		{"According to most hydrologists, are the wells failing?", [4]float64{}},
		{"Are the wells failing?", [4]float64{}},
	}
	for _, tc := range tests {
		q, _ := NormalizeQuestion(tc.question)
		rq := ix.related.prepare(ix.embedder.prepare(q))
		for i, want := range tc.want {
			if got := rq.bonus(ix.words[i], FeatureWeights{NamedSpeaker: 1}); math.Abs(got-want) > 1e-9 {
				t.Errorf("%q, passage %d: bonus = %.4f, want %.4f", tc.question, i, got, want)
			}
		}
	}
}

// TestNeighborBonusReranks checks that a passage matching a question word only through a
// neighbour overtakes an equal lexical match that has nothing of that word.
func TestNeighborBonusReranks(t *testing.T) {
	doc := Document{ID: "d", Meta: Meta{Title: "Budgets"}, Body: "The council approved a new budget for the schools.\n\n" +
		"The port authority approved a new budget for the docks."}
	ctx := context.Background()
	tests := []struct {
		name      string
		neighbors *Neighbors
		weight    float64
		want      string
	}{
		{"with neighbours", NewNeighbors(harborNeighbors), DefaultWeights().Neighbor, "d#2"},
		{"without a table", nil, DefaultWeights().Neighbor, "d#1"},
		{"with a zero weight", NewNeighbors(harborNeighbors), 0, "d#1"},
	}
	for _, tc := range tests {
		w := DefaultWeights()
		w.Neighbor = tc.weight
		ix, err := NewIndex(ctx, []Document{doc}, WithThesaurus(nil), WithNeighbors(tc.neighbors), WithWeights(w))
		if err != nil {
			t.Fatal(err)
		}
		answers, err := ix.Answer(ctx, "Did the harbor board approve the budget?", 2)
		if err != nil {
			t.Fatal(err)
		}
		if got := answers[0].Passage.ID; got != tc.want {
			t.Errorf("%s: first answer %s, want %s", tc.name, got, tc.want)
		}
		for _, a := range answers {
			if a.Score < 0 || a.Score > 1 || math.IsNaN(a.Score) {
				t.Errorf("%s: score %v outside [0, 1]", tc.name, a.Score)
			}
		}
	}
}

// TestAnswerConcurrently asks many questions at once on one index, as the bot does: the
// lookups the neighbour bonus remembers are shared (run with -race).
func TestAnswerConcurrently(t *testing.T) {
	ix := shippedIndex(t)
	questions := []string{
		"Did Tehran assist America at Bonn?",
		"Which munitions has Tehran handed to the insurgents?",
		"What did legislators hear in secret sessions?",
		"Who is the Taliban's main foreign backer?",
	}
	want := make([]string, len(questions))
	for i, q := range questions {
		answers, err := ix.Answer(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		want[i] = answers[0].Passage.ID
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 20 {
				q := (g + i) % len(questions)
				answers, err := ix.Answer(context.Background(), questions[q], 3)
				if err != nil || answers[0].Passage.ID != want[q] {
					t.Errorf("%q: first answer %v (%v), want %s", questions[q], answers, err, want[q])
					return
				}
			}
		})
	}
	wg.Wait()
}

// TestCoverageReranks checks that a passage holding all of a question's words outranks one
// that repeats its rarest word, and that of two passages that match alike the shorter
// ranks first; each only with its weight.
func TestCoverageReranks(t *testing.T) {
	coverage := Document{ID: "c", Meta: Meta{Title: "Harvest"}, Body: "The tariff rose. The tariff rose again, and the tariff stays a tariff.\n\n" +
		"Growers across the valley say the new tariff cut their orders from abroad this year.\n\n" +
		"Growers met in the hall.\n\n" +
		"Growers sold their apples at the market.\n\n" +
		"Growers hired pickers."}
	length := Document{ID: "l", Meta: Meta{Title: "Harvest"}, Body: "Growers say the tariff cut their orders. The tariff cut orders again in June, growers add, and the tariff is still there.\n\n" +
		"Growers say the tariff cut their orders.\n\n" +
		"The market opened late."}
	tests := []struct {
		name     string
		doc      Document
		question string
		off      func(*FeatureWeights)
		want     string
	}{
		{"coverage", coverage, "Did the tariff hurt growers?", func(*FeatureWeights) {}, "c#2"},
		{"coverage and uncovered off", coverage, "Did the tariff hurt growers?", func(w *FeatureWeights) { w.Coverage, w.Uncovered = 0, 0 }, "c#1"},
		{"length", length, "Did the tariff cut growers' orders?", func(*FeatureWeights) {}, "l#2"},
		{"length off", length, "Did the tariff cut growers' orders?", func(w *FeatureWeights) { w.Length = 0 }, "l#1"},
	}
	for _, tc := range tests {
		w := DefaultWeights()
		tc.off(&w)
		answers := topTwo(t, tc.doc, tc.question, w)
		if got := answers[0].Passage.ID; got != tc.want {
			t.Errorf("%s: first answer %s (%.3f, then %s %.3f), want %s", tc.name, got, answers[0].Score, answers[1].Passage.ID, answers[1].Score, tc.want)
		}
		for _, a := range answers {
			if a.Score < 0 || a.Score > 1 || math.IsNaN(a.Score) {
				t.Errorf("%s: score %v outside [0, 1]", tc.name, a.Score)
			}
		}
	}
}
