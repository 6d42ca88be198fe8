package retrieval

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/articlebot/articlebot/docs"
)

func TestSplitPassagesVerbatimAndBounded(t *testing.T) {
	long := strings.Repeat("This sentence is one of many in a long paragraph. ", 60) // ~3,000 bytes
	noSpaces := strings.Repeat("x", 2500)
	shipped, err := LoadDocuments(docs.FS)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name      string
		doc       Document
		wantParas int
	}{
		{"shipped", shipped[0], 24},
		{"long paragraph", Document{ID: "d", Body: "Short one.\n\n" + long + "\n\nLast."}, 3},
		{"one huge word", Document{ID: "d", Body: noSpaces}, 1},
		{"multibyte", Document{ID: "d", Body: strings.Repeat("Ça “marche” déjà très bien. ", 80)}, 1},
		{"subheading", Document{ID: "d", Body: "The recall began Tuesday.\n\nRiders and retailers\n\nStores pulled the bikes."}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ps := SplitPassages(tt.doc)
			paras := map[int]bool{}
			for _, p := range ps {
				paras[p.Paragraph] = true
				if tt.doc.Body[p.Start:p.End] != p.Text {
					t.Errorf("%s is not Body[%d:%d]", p.ID, p.Start, p.End)
				}
				if len(p.Text) > MaxPassageLen || p.Text == "" {
					t.Errorf("%s has %d bytes", p.ID, len(p.Text))
				}
				if !utf8.ValidString(p.Text) {
					t.Errorf("%s is not valid UTF-8", p.ID)
				}
				if strings.TrimSpace(p.Text) != p.Text {
					t.Errorf("%s has surrounding space", p.ID)
				}
			}
			if len(paras) != tt.wantParas {
				t.Errorf("got %d paragraphs, want %d", len(paras), tt.wantParas)
			}
		})
	}
}

func TestIsSubheading(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Riders and retailers", true},
		{"## Who qualifies?", true},
		{"### A heading of a dozen words that asks what the program is for?", true},
		{"#hashtag campaigns spread fast.", false},
		{"A pattern of fires", true},
		{"The Lake Above Huaylla", true},
		{"Stores pulled the bikes.", false},
		{"“I loved that bike.”", false},
		{"Is it safe?", false},
		{"WASHINGTON —", false}, // a dateline on a line of its own
		{"lower-case words that go on", false},
		{"Outages climb past 310,000 as crews wait out the wind", true},
		{"A line of thirteen words is text and not a heading in any news story", false},
		{"9:10 p.m. ET", true},
		{"(SOUNDBITE OF TRAFFIC)", true},
		{"(The mayor did not answer the question, and her office later declined to say why.)", false},
		{"11:40 a.m.", true},
		{"Updated 4:45 PM EDT", true},
		{"", false},
	}
	for _, tc := range tests {
		if got := IsSubheading(tc.text); got != tc.want {
			t.Errorf("IsSubheading(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestSplitPassagesLeavesOutPageClutter(t *testing.T) {
	body := "“The light doesn’t care who’s watching,” Ellery said. “But I do.”\n\n" +
		"“The light doesn’t care who’s watching.”\n\n" +
		"Margaret Ellery polishes the lens before the first visitors arrive. Photograph by Caleb Voss for Coastal Living Monthly\n\n" +
		"“We are asking for four hours a week.”\n\n" +
		"Related: How One Town Saved Its Ferry\n\nAdvertisement\n\nThe tower opened in 1857."
	var got []string
	for _, p := range SplitPassages(Document{ID: "d", Body: body}) {
		got = append(got, p.ID)
	}
	// The pull quote (2), the caption (3) and the related link (5) are no passages; a
	// quotation of its own that repeats nothing (4) is one. The advertisement is no
	// paragraph at all.
	if want := "d#1 d#4 d#6"; strings.Join(got, " ") != want {
		t.Errorf("passages %s, want %s", strings.Join(got, " "), want)
	}
}

func TestParagraphsLeaveOutWebFurniture(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string
	}{
		{"a newsletter sign-up under a paragraph",
			"The feud grew.\nSign up for Situation Report, Foreign Policy’s daily newsletter on national security.\n\nIt went on.",
			[]string{"The feud grew.", "It went on."}},
		{"a sign-up over its newsletter's line",
			"The sea took a house.\n\nSign up to Down to Earth\nFree weekly newsletter\n\nThe council met.",
			[]string{"The sea took a house.", "The council met."}},
		{"a link to another article",
			"He walked away.”\nRead More\nHow a Small Militia Became Washington’s Biggest Headache",
			[]string{"He walked away.”"}},
		{"a caption and its credit, and an advertisement",
			"The tunnel is late.\n\nRiders on the platform.\nCredit...Benedikt Harrow for The New York Times\n\nAdvertisement\n\nThe audit found it.",
			[]string{"The tunnel is late.", "The audit found it."}},
		{"a Markdown image, and a copyright line",
			"The strike began.\n\n![Pickets outside the depot](https://example.com/p.jpg)\n\nIt went on.\n\nCopyright © 2026 Harbor Public Radio. All rights reserved.",
			[]string{"The strike began.", "It went on."}},
		{"text that only starts like furniture",
			"Sign up for the lottery opened on Monday, officials said.\n\nRead More about it later, she said.",
			[]string{"Sign up for the lottery opened on Monday, officials said.", "Read More about it later, she said."}},
	}
	for _, tc := range tests {
		var got []string
		for i, p := range Paragraphs(tc.body) {
			if p.Text != tc.body[p.Start:p.End] || p.Number != i+1 {
				t.Errorf("%s: paragraph %d is not the body's text at its offsets, or misnumbered", tc.name, i)
			}
			got = append(got, p.Text)
		}
		if strings.Join(got, "|") != strings.Join(tc.want, "|") {
			t.Errorf("%s: got %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestSplitPassagesKeepsParagraphNumbersPastSubheadings(t *testing.T) {
	ps := SplitPassages(Document{ID: "d", Body: "The recall began Tuesday.\n\nRiders and retailers\n\nStores pulled the bikes."})
	var ids []string
	for _, p := range ps {
		ids = append(ids, p.ID)
	}
	if got := strings.Join(ids, " "); got != "d#1 d#3" {
		t.Errorf("passages %s, want d#1 d#3", got)
	}
}

func TestSplitPassagesEvenParts(t *testing.T) {
	body := strings.Repeat("Alpha beta gamma delta epsilon zeta eta theta. ", 25) // ~1,200 bytes
	ps := SplitPassages(Document{ID: "d", Body: strings.TrimSpace(body)})
	if len(ps) != 2 {
		t.Fatalf("got %d parts, want 2", len(ps))
	}
	if diff := len(ps[0].Text) - len(ps[1].Text); diff > 100 || diff < -100 {
		t.Errorf("parts of %d and %d bytes are not even", len(ps[0].Text), len(ps[1].Text))
	}
	if ps[0].ID != "d#1.1" || ps[1].ID != "d#1.2" || ps[1].Part != 2 {
		t.Errorf("ids %s %s part %d", ps[0].ID, ps[1].ID, ps[1].Part)
	}
}

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"simple", "One. Two? Three!", []string{"One.", "Two?", "Three!"}},
		{"initialism", "The U.S. Secretary spoke. Then left.", []string{"The U.S. Secretary spoke.", "Then left."}},
		{"middle initial", "George W. Bush spoke. Yes.", []string{"George W. Bush spoke.", "Yes."}},
		{"closing quote", "“It is over,” he said. “Done.”", []string{"“It is over,” he said.", "“Done.”"}},
		{"lower case after period", "at 2 a.m. on the night. Next.", []string{"at 2 a.m. on the night.", "Next."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(tt.text) {
				got = append(got, tt.text[s[0]:s[1]])
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
