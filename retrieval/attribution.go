package retrieval

import (
	"sort"
	"strings"
)

// Person is someone the article names, with every description it gives of them.
type Person struct {
	Name string
	// Roles are the descriptions found, in article order ("Treasury spokeswoman",
	// "Center for Strategic and International Studies"). Roles[0] is shown as the role.
	Roles []string
}

// attribution is one place in a paragraph where words are attributed to someone.
type attribution struct {
	pos     int // byte offset in the paragraph, to order speakers and place them in parts
	speaker Speaker
	// inPassing marks words cited from a document ("according to its filing") or a phrase
	// quoted after "called": they make a speaker of the paragraph, but its main speaker is
	// the one attributed in the most sentences otherwise.
	inPassing bool
	// turn marks the speaker whose turn the paragraph is, an interview's answer or a
	// transcript's labelled turn: the main speaker, whoever else the turn quotes.
	turn bool
}

// paragraphAttribution is what attribution found in one paragraph.
type paragraphAttribution struct {
	para   Paragraph
	quotes [][2]int
	found  []attribution
	// sentences are the paragraph's sentence spans, read once per paragraph however many
	// passages it is split into; nil when it has fewer than two attributions to count.
	sentences [][2]int
}

// Attribute works out who speaks in each passage of doc and fills in its Speakers, main
// speaker first. passages must come from [SplitPassages] of the same document. It reads the
// whole document at once, because "He added:", surname-only mentions and quotes that run
// on into the next paragraph depend on earlier paragraphs. It returns the people found.
func Attribute(doc Document, passages []Passage) []Person {
	paras := Paragraphs(doc.Body)
	a := newAttributor(paras)
	a.author = doc.Meta.Author
	results := a.run()

	byPara := map[int]paragraphAttribution{}
	for _, r := range results {
		if len(r.found) > 1 {
			r.sentences = Sentences(r.para.Text)
		}
		byPara[r.para.Number] = r
	}
	for i := range passages {
		p := &passages[i]
		r := byPara[p.Paragraph]
		p.Speakers = speakersIn(r, p.Start-r.para.Start, p.End-r.para.Start, a)
	}
	return a.peopleList()
}

// speakersIn orders the speakers attributed within [from, to) of a paragraph: the one
// attributed in the most sentences first, ties by first appearance. Sentences, not
// attributions, are counted, because one report may hold several speech verbs ("Halloran
// said he had told her …") and is still one thing said. A part of a split paragraph that
// holds quotes but no attribution of its own is given the paragraph's main speaker.
func speakersIn(r paragraphAttribution, from, to int, a *attributor) []Speaker {
	type tally struct {
		s       Speaker
		count   int // sentences with an attribution not in passing
		first   int
		turn    bool
		counted map[int]bool // the sentences counted
	}
	var order []string
	counts := map[string]*tally{}
	whole := from <= 0 && to >= len(r.para.Text)
	for _, f := range r.found {
		if !whole && (f.pos < from || f.pos >= to) {
			continue
		}
		key := foldKey(f.speaker.Label())
		t, ok := counts[key]
		if !ok {
			t = &tally{s: f.speaker, first: f.pos, counted: map[int]bool{}}
			counts[key] = t
			order = append(order, key)
		}
		if sentence := sentenceAt(r.sentences, f.pos); !f.inPassing && !t.counted[sentence] {
			t.count++
			t.counted[sentence] = true
		}
		t.turn = t.turn || f.turn
	}
	if len(order) == 0 && !whole && len(r.found) > 0 {
		for _, q := range r.quotes {
			if q[0] < to && q[1] > from {
				return speakersIn(r, 0, len(r.para.Text), a)[:1]
			}
		}
	}
	sort.SliceStable(order, func(i, j int) bool {
		ti, tj := counts[order[i]], counts[order[j]]
		if ti.turn != tj.turn {
			return ti.turn
		}
		if ti.count != tj.count {
			return ti.count > tj.count
		}
		return ti.first < tj.first
	})
	out := make([]Speaker, 0, len(order))
	for _, key := range order {
		s := counts[key].s
		if !s.Anonymous {
			s.Role = a.role(s.Name)
		}
		out = append(out, s)
	}
	return out
}

// sentenceAt is the index of the sentence among spans that holds byte offset pos.
func sentenceAt(spans [][2]int, pos int) int {
	return sort.Search(len(spans), func(i int) bool { return spans[i][1] > pos })
}

// foldKey is a name as compared: lower-case, single-spaced, with one kind of apostrophe
// ("O’Brien" is "O'Brien").
func foldKey(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.Join(strings.Fields(s), " ")), "’", "'")
}

func equalFold(a, b string) bool { return foldKey(a) == foldKey(b) }
