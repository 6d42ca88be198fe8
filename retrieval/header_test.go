package retrieval

import (
	"context"
	"testing"
)

func TestDescribePerson(t *testing.T) {
	tests := []struct {
		name  string
		roles []string
		want  string
	}{
		{"Ana Ruiz", nil, "Ana Ruiz"},
		{"Ana Ruiz", []string{"spokeswoman"}, "Ana Ruiz, spokeswoman"},
		{"Ana Ruiz", []string{"Federal Emergency Management Agency"}, "Ana Ruiz, Federal Emergency Management Agency (FEMA)"},
		// A research institute's name says what it is; questions call its people "the
		// think-tank expert".
		{"Seth Jones", []string{"Center for Strategic and International Studies"},
			"Seth Jones, Center for Strategic and International Studies (CSIS), think tank"},
		{"Ana Ruiz", []string{"senior fellow at the Halden Institute for Eastern Affairs"},
			"Ana Ruiz, senior fellow at the Halden Institute for Eastern Affairs (HIEA), think tank"},
		{"Tom Lee", []string{"Foundation for Defense of Democracies"}, "Tom Lee, Foundation for Defense of Democracies (FDD), think tank"},
		{"Tom Lee", []string{"senior fellow at the Council on Foreign Relations"}, "Tom Lee, senior fellow at the Council on Foreign Relations (CFR), think tank"},
		// Not research institutes.
		{"Tom Lee", []string{"professor at Marlow University"}, "Tom Lee, professor at Marlow University"},
		{"Tom Lee", []string{"chief executive of the Harbor Center"}, "Tom Lee, chief executive of the Harbor Center"},
		{"Tom Lee", []string{"city council member"}, "Tom Lee, city council member"},
	}
	for _, tc := range tests {
		if got := describePerson(tc.name, tc.roles); got != tc.want {
			t.Errorf("describePerson(%q, %q) = %q, want %q", tc.name, tc.roles, got, tc.want)
		}
	}
}

// TestThinkTankSpeaker checks that a question about "the think-tank expert" finds the
// quote of the person whose institute is one, not an academic's equal quote.
func TestThinkTankSpeaker(t *testing.T) {
	doc := Document{ID: "d", Meta: Meta{Title: "Tariffs"}, Body: "“The tariffs will raise prices for everyone,” said Ana Ruiz, a professor at Marlow University.\n\n" +
		"“The tariffs will raise prices for farmers,” said Tom Lee, a senior fellow at the Halden Institute for Trade Policy."}
	ix, err := NewIndex(context.Background(), []Document{doc})
	if err != nil {
		t.Fatal(err)
	}
	answers, err := ix.Answer(context.Background(), "What does the think-tank expert say the tariffs will do?", 2)
	if err != nil {
		t.Fatal(err)
	}
	if got := answers[0].Passage.Speakers[0].Name; got != "Tom Lee" {
		t.Errorf("first answer is %s's, want Tom Lee's", got)
	}
}
