package retrieval

import (
	"math"
	"testing"
)

// TestSpeakerRoleDiscount checks that a word of the passage's text counts less when its
// main speaker's roles have it, and in full otherwise.
func TestSpeakerRoleDiscount(t *testing.T) {
	text := IndexedText{
		Body:         "Ann Lee, a hydrogeologist at the university, reviewed the groundwater model.",
		SpeakerRoles: "hydrogeologist at the university",
	}
	tests := []struct {
		discount float64
		word     string
		want     float64
	}{
		{0.5, "hydrogeologist", 0.5},
		{0.5, "university", 0.5},
		{0.5, "groundwater", 1},
		{0.5, "model", 1},
		{0, "hydrogeologist", 1},
		{1, "university", 0},
	}
	for _, tc := range tests {
		e := &HashEmbedder{weights: FeatureWeights{Word: 1, SpeakerRoleDiscount: tc.discount}, vocabulary: newVocabulary(nil)}
		got := e.documentFeatures(text).weights["w:"+e.vocabulary.stem(tc.word)]
		if math.Abs(got-tc.want) > 1e-9 {
			t.Errorf("discount %.1f, %q: weight %.2f, want %.2f", tc.discount, tc.word, got, tc.want)
		}
	}
}
