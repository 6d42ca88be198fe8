package retrieval

import (
	"slices"
	"testing"
)

func TestNamedSpeaker(t *testing.T) {
	tests := []struct {
		question string
		want     []string
	}{
		{"Which city official said the budget was late?", []string{"city", "official"}},
		{"Which FEMA official told reporters the levee held?", []string{"fema", "official"}},
		{"According to the utility’s director, when will rates rise?", []string{"utility", "director"}},
		{"In the mayor's view, is the plan fair?", []string{"mayor"}},
		{"On what terms, in the former Navy officer's view, would the port reopen?", []string{"former", "navy", "officer"}},
		{"What did the union leader say about pay?", []string{"union", "leader"}},
		{"How does the CSIS analyst rate the deal?", []string{"csis", "analyst"}},
		{"Why does the chief engineer not understand the delay?", []string{"chief", "engineer"}},
		{"What outcome did the former envoy say might follow?", []string{"former", "envoy"}},
		{"What did Jones say about the wells?", nil}, // a name, not a role: the header finds it
		{"According to most analysts, is the deal good?", nil},
		{"Which experts said the dam was safe?", nil},
		{"According to several people familiar with the talks, who left?", nil},
		{"What did the council release to argue its case?", nil},
		{"Who said the rates would rise?", nil},
		{"Which country backs the rebels the most?", nil},
		{"Why did the city step in?", nil},
		{"What did the “expert” say?", nil}, // punctuation ends the phrase
		{"", nil},
		{"which", nil},
		{"according to", nil},
	}
	for _, tc := range tests {
		if got := namedSpeaker(tc.question); !slices.Equal(got, tc.want) {
			t.Errorf("namedSpeaker(%q) = %q, want %q", tc.question, got, tc.want)
		}
	}
}
