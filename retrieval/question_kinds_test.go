package retrieval

import (
	"slices"
	"testing"
)

// TestQuestionKinds checks which questions each question-kind bonus takes for its own: a
// figure, a sum of money, someone's words, what will happen, which
// one stands out.
func TestQuestionKinds(t *testing.T) {
	asks := map[string]func([]string) bool{
		"figure": asksQuantity, "money": asksMoney, "speech": asksSpeech, "future": asksFuture,
		"superlative": asksSuperlative,
	}
	tests := []struct {
		kind     string
		question string
		want     bool
	}{
		{"figure", "How many sirens are planned?", true},
		{"figure", "How long does it take to check an engine?", true},
		{"figure", "How big does a flaw have to be?", true},
		{"figure", "How small is the group's presence there?", true},
		{"figure", "How low did the river fall?", true},
		{"figure", "how much would bills rise", true},
		{"figure", "What share of the plants met their standards?", true},
		{"figure", "Which proportion of rivers are healthy?", true},
		{"figure", "What did the plants share?", false},
		{"figure", "How did the union react?", false},
		{"figure", "Why is the timing bad?", false},
		{"figure", "Many say it is too late. How?", false},
		{"figure", "How", false},
		{"money", "How much did he spend getting the truck repaired?", true},
		{"money", "How much does the plan cost?", true},
		{"money", "How much is Achterberg paid?", true},
		{"money", "How much of the lake has drained?", false},
		{"money", "What did the plan cost?", false}, // only "how much" asks for the sum
		{"money", "How many fees are there?", false},
		{"speech", "What did the mayor say about the ruling?", true},
		{"speech", "Who called the plan a convenient fiction?", true},
		{"speech", "How does the analyst describe the insurer?", true},
		{"speech", "How did City Hall respond to the ruling?", false},
		{"speech", "What was the ruling's effect on fares?", false},
		{"speech", "How many sirens are planned?", false},
		{"future", "What will the mayor do first once she takes office?", true},
		{"future", "Is the chipmaker planning to abandon the factory?", true},
		{"future", "When does Northfell expect its line to be operating?", true},
		{"future", "Does the senator plan to revisit the law?", true},
		{"future", "Who is going to pay for the repairs?", true},
		{"future", "What were the main pillars of the CEO’s plan?", false}, // a plan, not the future
		{"future", "What did the mayor do first?", false},
		{"future", "Why did the plant close?", false},
		{"superlative", "Which country backs the Taliban the most?", true},
		{"superlative", "What is the biggest risk to the plant?", true},
		{"superlative", "Who is the main supplier of the chips?", true},
		{"superlative", "Even when it was most hostile toward America, did Iran help?", true},
		{"superlative", "What does the press officer blame most for missing service?", true},
		{"superlative", "According to most specialists, what kind of arrangement is it?", false},
		{"superlative", "Did most of the farms sell?", false},
		{"superlative", "Do most people ride the bus?", false},
		{"superlative", "Did at least three farms sell?", false},
		{"superlative", "Which country backs the Taliban?", false},
	}
	for _, tc := range tests {
		if got := asks[tc.kind](tokenize(tc.question)); got != tc.want {
			t.Errorf("asks %s: %q = %v, want %v", tc.kind, tc.question, got, tc.want)
		}
	}
}

func TestCountedWords(t *testing.T) {
	tests := []struct {
		question string
		want     []string
	}{
		{"How many farms left the co-op?", []string{"farms", "left"}},
		{"How many of the wells are dry?", []string{"wells"}},
		{"How many sirens, and how many towers?", []string{"sirens", "towers"}},
		{"How much money did Iran pledge?", nil},
		{"How long was the jury out?", nil},
		{"How many?", nil},
	}
	for _, tc := range tests {
		if got := countedWords(tokenize(tc.question)); !slices.Equal(got, tc.want) {
			t.Errorf("countedWords(%q) = %q, want %q", tc.question, got, tc.want)
		}
	}
}

func TestStatesMoney(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The repairs cost $1,900.", true},
		{"Fines reached £2bn last year.", true},
		{"It took 38 minutes.", false},
		{"They paid in dollars.", false},
	}
	for _, tc := range tests {
		if got := statesMoney(tc.text); got != tc.want {
			t.Errorf("statesMoney(%q) = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestStatesQuantity(t *testing.T) {
	tests := []struct {
		word string
		want bool
	}{
		{"14", true},
		{"325", true}, // "$3.25" as tokenize gives it
		{"23000", true},
		{"six", true},
		{"dozens", true},
		{"one", false},   // "one of them", "no one"
		{"hours", false}, // a unit needs a number
		{"years", false},
		{"1958", false}, // a year says when
		{"2023", false},
		{"2300", true},
		{"sirens", false},
		{"", false},
	}
	for _, tc := range tests {
		if got := statesQuantity(tc.word); got != tc.want {
			t.Errorf("statesQuantity(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

func TestStatesFuture(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The plant will close in May.", true},
		{"The company plans to hire 200 workers.", true},
		{"The vote is scheduled for Tuesday.", true},
		{"She is going to appeal.", true},
		{"The line is set to open next year.", true},
		{"The plant closed in 2019.", false},
		{"She went to the hearing and set the agenda.", false},
	}
	for _, tc := range tests {
		prev, got := "", false
		for _, w := range tokenize(tc.text) {
			got = got || statesFuture(prev, w)
			prev = w
		}
		if got != tc.want {
			t.Errorf("statesFuture over %q = %v, want %v", tc.text, got, tc.want)
		}
	}
}

func TestStatesSuperlative(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"The Taliban’s largest outside supporter is Pakistan.", true},
		{"It was the most dangerous moment since the treaty.", true},
		{"Fuel is the main cost.", true},
		{"Pakistan supports the Taliban, and so does Iran.", false},
		{"The larger plant closed.", false},
	}
	for _, tc := range tests {
		if got := slices.ContainsFunc(tokenize(tc.text), statesSuperlative); got != tc.want {
			t.Errorf("statesSuperlative over %q = %v, want %v", tc.text, got, tc.want)
		}
	}
}

// TestQuestionKindBonusesRerank checks that a question asking for a figure prefers the
// passage that states one, and the passage whose figure counts what it asks about, one
// asking for someone's words the passage where someone speaks, one asking whether
// something is so the passage that denies it, and one asking what will happen the passage
// that speaks of the future, and one asking which one stands out the passage that
// singles one out, and one that names whom it asks about the passage that quotes them,
// over an equal lexical match; and that other questions and a zero weight leave the
// order alone.
func TestQuestionKindBonusesRerank(t *testing.T) {
	figures := Document{ID: "d", Meta: Meta{Title: "Warning system"}, Body: "The town has argued for years over the warning sirens and who should pay.\n\n" +
		"The town plans to put up 14 warning sirens along the river."}
	speech := Document{ID: "d", Meta: Meta{Title: "Fares"}, Body: "The fare increase was approved by the board in March.\n\n" +
		"“The fare increase was approved by the board,” said Ann Lee, a rider."}
	counts := Document{ID: "d", Meta: Meta{Title: "Dairy"}, Body: "Dairy farms have closed, and the buyer now takes 60 percent of the milk.\n\n" +
		"Eleven member farms took the offer from the buyer last spring, after long talks about its terms with the managers."}
	noQuantity := func(w *FeatureWeights) { w.Quantity, w.Counted = 0, 0 }
	noCounted := func(w *FeatureWeights) { w.Counted = 0 }
	money := Document{ID: "d", Meta: Meta{Title: "Repairs"}, Body: "He spent 38 minutes at the repair shop.\n\n" +
		"He spent $1,900 at the repair shop on the truck, his second visit of the month after the crash outside town."}
	noMoney := func(w *FeatureWeights) { w.Money = 0 }
	noSpeech := func(w *FeatureWeights) { w.Speech = 0 }
	future := Document{ID: "d", Meta: Meta{Title: "Plant"}, Body: "The plant closed its second line in March after orders fell.\n\n" +
		"The company plans to reopen the second line at the plant once orders recover, its owners said."}
	noFuture := func(w *FeatureWeights) { w.Future = 0 }
	superlative := Document{ID: "d", Meta: Meta{Title: "Rebels"}, Body: "Iran backs the rebels in the north with smaller sums of money and arms.\n\n" +
		"Pakistan backs the rebels in the north with the largest sums of money and arms."}
	noSuperlative := func(w *FeatureWeights) { w.Superlative = 0 }
	quoted := Document{ID: "d", Meta: Meta{Title: "Strike"}, Body: "Ana Ruiz, who leads the union, said the strike would go on until the board listened.\n\n" +
		"“The strike will go on until the board listens,” said Ana Ruiz, who leads the union."}
	noQuote := func(w *FeatureWeights) { w.Quote = 0 }
	// Not a question kind, but the same kind of check: a year counts as its decade too.
	decade := Document{ID: "d", Meta: Meta{Title: "Border"}, Body: "Iran nearly went to war with the Taliban in 2008, officials said.\n\n" +
		"Iran nearly went to war with the Taliban in 1998 after the attack on its consulate in the north."}
	noDecade := func(w *FeatureWeights) { w.Decade = 0 }
	tests := []struct {
		name     string
		doc      Document
		question string
		turnOff  func(*FeatureWeights) // nil keeps the default weights
		want     string
	}{
		{"a figure asked for", figures, "How many warning sirens does the town have?", nil, "d#2"},
		{"a figure asked for, zero weight", figures, "How many warning sirens does the town have?", noQuantity, "d#1"},
		{"what a figure counts", counts, "How many farms left for the buyer?", nil, "d#2"},
		{"what a figure counts, zero weight", counts, "How many farms left for the buyer?", noCounted, "d#1"},
		{"a sum of money", money, "How much did he spend at the repair shop?", nil, "d#2"},
		{"a sum of money, zero weight", money, "How much did he spend at the repair shop?", noMoney, "d#1"},
		{"no figure asked for", figures, "Why does the town have warning sirens?", nil, "d#1"},
		{"someone's words asked for", speech, "What was said about the fare increase the board approved?", nil, "d#2"},
		{"someone's words asked for, zero weight", speech, "What was said about the fare increase the board approved?", noSpeech, "d#1"},
		{"no words asked for", speech, "When did the board approve the fare increase?", nil, "d#1"},
		{"the future asked about", future, "What will happen to the plant's second line?", nil, "d#2"},
		{"the future asked about, zero weight", future, "What will happen to the plant's second line?", noFuture, "d#1"},
		{"the past asked about", future, "What happened to the plant's second line?", nil, "d#1"},
		{"which stands out, asked", superlative, "Which country backs the rebels in the north the most?", nil, "d#2"},
		{"which stands out, asked, zero weight", superlative, "Which country backs the rebels in the north the most?", noSuperlative, "d#1"},
		{"which stands out, not asked", superlative, "Which country backs the rebels in the north?", nil, "d#1"},
		{"a person named, quoted", quoted, "What did the union leader say about the strike?", nil, "d#2"},
		{"a person named, quoted, zero weight", quoted, "What did the union leader say about the strike?", noQuote, "d#1"},
		{"nobody named", quoted, "Will the strike go on until the board listens?", nil, "d#1"},
		{"the decade of a year", decade, "Why did Iran nearly go to war with the Taliban in the late 1990s?", nil, "d#2"},
		{"the decade of a year, zero weight", decade, "Why did Iran nearly go to war with the Taliban in the late 1990s?", noDecade, "d#1"},
		{"another decade", decade, "Why did Iran nearly go to war with the Taliban in the 2000s?", nil, "d#1"},
	}
	for _, tc := range tests {
		w := DefaultWeights()
		if tc.turnOff != nil {
			tc.turnOff(&w)
		}
		answers := topTwo(t, tc.doc, tc.question, w, WithThesaurus(nil), WithNeighbors(nil))
		if got := answers[0].Passage.ID; got != tc.want {
			t.Errorf("%s: first answer %s (score %.3f), want %s", tc.name, got, answers[0].Score, tc.want)
		}
	}
}

// TestCountedAfterFigures checks which words a passage's figures count: up to three
// words after each figure, a hyphenated word counting once though its parts are words too.
func TestCountedAfterFigures(t *testing.T) {
	e := &HashEmbedder{weights: DefaultWeights(), vocabulary: newVocabulary(nil)}
	tests := []struct {
		text      string
		counted   []string
		uncounted []string
	}{
		{"Eleven member farms took the offer.", []string{"member", "farms", "took"}, []string{"offer"}},
		{"It recalled 212,000 lithium-ion battery packs.", []string{"lithium", "battery", "packs"}, []string{"recalled"}},
		{"It was a five-day strike by nurses.", []string{"day", "strike", "nurses"}, nil},
		{"The farms were sold.", nil, []string{"farms"}},
	}
	for _, tc := range tests {
		pw := e.analysePassage(IndexedText{Body: tc.text}, "")
		for _, w := range tc.counted {
			if !pw.counted[e.vocabulary.stem(w)] {
				t.Errorf("%q: %q not counted", tc.text, w)
			}
		}
		for _, w := range tc.uncounted {
			if pw.counted[e.vocabulary.stem(w)] {
				t.Errorf("%q: %q counted", tc.text, w)
			}
		}
	}
}
