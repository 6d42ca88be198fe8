package retrieval

import (
	"math"
	"testing"
)

func TestArticlePrior(t *testing.T) {
	docs := []Document{
		{ID: "engines", Meta: Meta{Title: "Jet engines grounded"}, Body: "Inspectors found cracks in turbine blades.\n\nThe airline cancelled flights while engines were inspected."},
		{ID: "water", Meta: Meta{Title: "A city runs dry"}, Body: "The wells are falling and the utility wants higher rates.\n\nCouncil members asked who would pay for the pipeline."},
		{ID: "strike", Meta: Meta{Title: "Nurses strike"}, Body: "Nurses walked out over staffing, and the hospital hired replacement nurses."},
	}
	v := newVocabulary(nil)
	ap := newArticlePrior(v, docs)
	question := func(words ...string) preparedQuestion {
		var pq preparedQuestion
		for _, w := range words {
			pq.content = append(pq.content, questionWord{word: w, stem: v.stem(w)})
		}
		return pq
	}
	tests := []struct {
		name    string
		pq      preparedQuestion
		rq      relatedQuestion
		want    []float64 // -1: strictly between 0 and 1
		wantTop int
	}{
		{"the article that has the words is first", question("cracks", "turbine"), relatedQuestion{}, []float64{1, 0, 0}, 0},
		{"an article that has some of the words is between", question("staffing", "pipeline", "wells"), relatedQuestion{}, []float64{0, 1, -1}, 1},
		{"no article has the words: all count alike", question("volcano"), relatedQuestion{}, []float64{1, 1, 1}, 0},
		{"a neighbour counts for an article without the word",
			question("reservoir"),
			relatedQuestion{words: []relatedWord{{stem: v.stem("reservoir"), near: []relatedStem{{v.stem("wells"), 0.7}}}}},
			[]float64{0, 1, 0}, 1},
		{"the word itself beats a neighbour",
			question("nurses"),
			relatedQuestion{words: []relatedWord{{stem: v.stem("nurses"), near: []relatedStem{{v.stem("inspectors"), 0.7}}}}},
			[]float64{-1, 0, 1}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ap.scores(tt.pq, tt.rq)
			if len(got) != len(docs) {
				t.Fatalf("got %d scores, want %d", len(got), len(docs))
			}
			for i, want := range tt.want {
				switch {
				case math.IsNaN(got[i]):
					t.Errorf("article %s: NaN", docs[i].ID)
				case want < 0 && (got[i] <= 0 || got[i] >= 1):
					t.Errorf("article %s: %.3f, want between 0 and 1", docs[i].ID, got[i])
				case want >= 0 && math.Abs(got[i]-want) > 1e-9:
					t.Errorf("article %s: %.3f, want %.0f", docs[i].ID, got[i], want)
				}
			}
			if got[tt.wantTop] != 1 {
				t.Errorf("article %s scores %.3f, want it first (1)", docs[tt.wantTop].ID, got[tt.wantTop])
			}
		})
	}
	if newArticlePrior(v, docs[:1]) != nil {
		t.Error("one article: want no prior, since it could not change the order")
	}
}
