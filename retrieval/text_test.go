package retrieval

import "testing"

func TestStem(t *testing.T) {
	tests := []struct {
		words []string
		same  bool
	}{
		{[]string{"spokeswoman", "spokesman", "spokesperson", "spokeswomen", "spokespeople"}, true},
		{[]string{"chairwoman", "chairman", "chairperson"}, true},
		{[]string{"congresswoman", "congressmen"}, true},
		{[]string{"councilman", "councilmember", "councilwoman", "councilmembers"}, true},
		{[]string{"remember", "member"}, false}, // "re" is no role
		{[]string{"harboring", "harbored", "harbor"}, true},
		{[]string{"human", "woman"}, false}, // too short to be compounds
		{[]string{"woman", "man"}, false},
		{[]string{"spokesman", "spokes"}, false},
	}
	for _, tc := range tests {
		first := stem(tc.words[0])
		for _, w := range tc.words[1:] {
			if got := stem(w) == first; got != tc.same {
				t.Errorf("stem(%q) = %q, stem(%q) = %q: same %v, want %v", tc.words[0], first, w, stem(w), got, tc.same)
			}
		}
	}
}
