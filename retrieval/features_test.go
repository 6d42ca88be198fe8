package retrieval

import "testing"

// fakeGlossary is a thesaurus with defining words.
type fakeGlossary map[string][]string

func (fakeGlossary) Synonyms(string) []string { return nil }

func (g fakeGlossary) GlossWords(w string) []string { return g[w] }

// TestGlossOnlyForUnusedWords checks that defining words stand in for a question word only
// when no passage uses it.
func TestGlossOnlyForUnusedWords(t *testing.T) {
	th := fakeGlossary{"scholar": {"learned", "person"}, "expert": {"skilled", "person"}}
	e, _ := FitHashEmbedder([]IndexedText{{Body: "The expert spoke."}, {Body: "A learned man."}}, th, DefaultWeights())
	pq := e.prepare("Which scholar or expert?")
	for key, want := range map[string]bool{"w:learn": true, "w:person": true, "w:skill": false} {
		if _, got := pq.features[key]; got != want {
			t.Errorf("feature %s present = %v, want %v (features %v)", key, got, want, pq.features)
		}
	}
}
