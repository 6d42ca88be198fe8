package retrieval

import (
	"slices"
	"testing"
)

// TestPhraseFeatures checks that a question's phrasal verbs, in any form, add their
// related words as features and as neighbours of the phrase's words, and nothing else.
func TestPhraseFeatures(t *testing.T) {
	texts := []IndexedText{{Body: "The council may intervene."}, {Body: "The two towns relate well."}}
	intervene, relate := stem("intervene"), stem("relate")
	tests := []struct {
		question string
		phrase   float64  // FeatureWeights.Phrase
		want     string   // stem of a related word the question must gain; "" for none
		of       []string // the question's content words that must list it among their phrase words
	}{
		{"Will the council step in?", 0.3, intervene, []string{"step"}},
		{"The council stepped in?", 0.3, intervene, []string{"stepped"}},
		{"Do the two towns get along with each other?", 0.3, relate, []string{"get", "along"}},
		{"Did the towns got along with them?", 0.3, relate, []string{"got", "along"}},
		{"Will the council step in?", 0, "", nil},
		{"Which step is in the plan?", 0.3, "", nil},
		{"In step with the council?", 0.3, "", nil},
	}
	for _, tc := range tests {
		w := DefaultWeights()
		w.Phrase = tc.phrase
		e, _ := FitHashEmbedder(texts, DefaultLexicon(), w)
		pq := e.prepare(tc.question)
		gained := map[string]bool{}
		for key, weight := range pq.features {
			if key == "w:"+intervene || key == "w:"+relate {
				gained[key[2:]] = true
				if weight != tc.phrase {
					t.Errorf("%q: %s weighs %v, want %v", tc.question, key, weight, tc.phrase)
				}
			}
		}
		if tc.want == "" && len(gained) > 0 || tc.want != "" && (len(gained) != 1 || !gained[tc.want]) {
			t.Errorf("%q: gained %v, want %q", tc.question, gained, tc.want)
		}
		for _, qw := range pq.content {
			if listed := slices.Contains(qw.phrase, tc.want); listed != slices.Contains(tc.of, qw.word) {
				t.Errorf("%q: word %q lists %q among its phrase words: %v", tc.question, qw.word, tc.want, listed)
			}
		}
	}
}

// TestWithPhrase checks that phrase words join a question word's neighbours in order of
// similarity without changing the cached list they are added to.
func TestWithPhrase(t *testing.T) {
	cached := []relatedStem{{"port", 0.75}, {"dock", 0.5}}
	got := withPhrase(cached, []string{"haven"})
	want := []relatedStem{{"port", 0.75}, {"haven", phraseSimilarity}, {"dock", 0.5}}
	if !slices.Equal(got, want) {
		t.Errorf("withPhrase = %v, want %v", got, want)
	}
	if !slices.Equal(cached, []relatedStem{{"port", 0.75}, {"dock", 0.5}}) {
		t.Errorf("the cached list changed: %v", cached)
	}
}
