package retrieval

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

func TestLexiconSynonyms(t *testing.T) {
	lex := DefaultLexicon()
	tests := []struct {
		word    string
		anyOf   []string // at least one must be among the synonyms
		exclude []string // none may be
	}{
		{"harboring", []string{"harbor", "shelter"}, nil},
		{"harbor", []string{"shelter"}, nil},
		{"sheltering", []string{"shelter", "harbor"}, nil},
		{"shelter", []string{"harbor"}, nil},
		{"largest", []string{"large"}, nil},
		{"largest", []string{"big"}, nil},
		{"biggest", []string{"big"}, nil},
		{"biggest", []string{"large"}, nil},
		{"supporter", []string{"backer", "protagonist", "champion"}, nil},
		{"supporter", []string{"support"}, nil},
		{"backs", []string{"support", "endorse"}, nil},
		{"backer", []string{"back"}, nil},
		{"help", []string{"assist"}, nil},
		{"assist", []string{"help", "aid"}, nil},
		{"weapons", []string{"weapon"}, nil},
		{"weapon", []string{"arm"}, nil},
		{"arms", []string{"weaponry"}, nil},
		{"pledged", []string{"pledge"}, nil},
		{"pledge", []string{"promise"}, nil},
		{"funds", []string{"finances"}, nil},
		{"killed", []string{"kill"}, nil},
		{"kill", []string{"murder"}, nil},
		{"slay", []string{"kill"}, nil},
		{"slain", []string{"slay"}, nil},
		{"war", []string{"warfare"}, nil},
		{"conflict", []string{"struggle", "battle", "fight"}, nil},
		{"talks", []string{"negotiation"}, nil},
		{"talks", []string{"talk"}, nil},
		{"negotiation", []string{"talks", "dialogue"}, nil},
		{"detained", []string{"detain"}, nil},
		{"moderates", []string{"moderate"}, nil},
		{"collaboration", []string{"collaborate"}, nil},
		{"cooperation", []string{"cooperate"}, nil},
		{"went", []string{"go"}, nil},
		{"children", []string{"child"}, nil},
		{"news", nil, []string{"new"}},       // "new" is no noun: morphy must not strip the s
		{"boss", nil, []string{"bos", "bo"}}, // nouns in -ss are not detached
		{"relationship", []string{"relation"}, nil},
	}
	for _, tc := range tests {
		got := lex.Synonyms(tc.word)
		if len(tc.anyOf) > 0 && !slices.ContainsFunc(tc.anyOf, func(w string) bool { return slices.Contains(got, w) }) {
			t.Errorf("Synonyms(%q) = %q, want one of %q", tc.word, got, tc.anyOf)
		}
		for _, w := range tc.exclude {
			if slices.Contains(got, w) {
				t.Errorf("Synonyms(%q) = %q, must not contain %q", tc.word, got, w)
			}
		}
		if slices.Contains(got, tc.word) {
			t.Errorf("Synonyms(%q) contains the word itself", tc.word)
		}
		seen := map[string]bool{}
		for _, w := range got {
			if seen[w] {
				t.Errorf("Synonyms(%q) repeats %q", tc.word, w)
			}
			seen[w] = true
		}
	}
}

func TestLexiconBaseForms(t *testing.T) {
	lex := DefaultLexicon()
	tests := []struct {
		word string
		want []string // must all be present
	}{
		{"harboring", []string{"harbor"}},
		{"largest", []string{"large"}},
		{"biggest", []string{"big"}},
		{"weapons", []string{"weapon"}},
		{"detained", []string{"detain"}},
		{"talks", []string{"talk"}},
		{"men", []string{"man"}},
		{"taxes", []string{"tax"}},
		{"churches", []string{"church"}},
		{"studies", []string{"study"}},
		{"cupsful", []string{"cupful"}},
		{"bigger", []string{"big"}},
		{"harbor", nil},
		{"boss", nil},
	}
	for _, tc := range tests {
		got := lex.BaseForms(tc.word)
		for _, w := range tc.want {
			if !slices.Contains(got, w) {
				t.Errorf("BaseForms(%q) = %q, want %q among them", tc.word, got, w)
			}
		}
		if tc.want == nil && got != nil {
			t.Errorf("BaseForms(%q) = %q, want none", tc.word, got)
		}
	}
}

func TestLexiconUnknownAndNil(t *testing.T) {
	lex := DefaultLexicon()
	for _, w := range []string{"", "qzxjv", "zzzzzzzz", "aaaaaa", "harb", "\t", "harbor\tn"} {
		if got := lex.Synonyms(w); got != nil {
			t.Errorf("Synonyms(%q) = %q, want nil", w, got)
		}
		if lex.Has(w) {
			t.Errorf("Has(%q) = true", w)
		}
	}
	var nilLex *Lexicon
	if nilLex.Synonyms("harbor") != nil ||
		nilLex.BaseForms("harbors") != nil || nilLex.Has("harbor") || nilLex.Len() != 0 {
		t.Error("nil *Lexicon must know no words")
	}
	empty := NewLexicon("")
	if empty.Synonyms("harbor") != nil || empty.Len() != 0 {
		t.Error("empty lexicon must know no words")
	}
}

// TestLexiconSmallTable checks lookup at the table's edges and morphy's part-of-speech check
// on a hand-written table.
func TestLexiconSmallTable(t *testing.T) {
	lex := NewLexicon("" +
		"aa\tn\t\tbb\n" +
		"big\ta\t\tlarge\n" +
		"biggest\t\tbig\t\n" +
		"new\ta\t\tfresh\n" +
		"zz\tv\t\tyy\n")
	if got, want := lex.Len(), 5; got != want {
		t.Fatalf("Len = %d, want %d", got, want)
	}
	cases := map[string][]string{
		"aa":      {"bb"},
		"zz":      {"yy"},
		"zzs":     {"zz", "yy"},
		"biggest": {"big", "large"},
		"news":    nil, // "new" is only an adjective
		"a":       nil,
		"zzz":     nil,
	}
	for w, want := range cases {
		if got := lex.Synonyms(w); !slices.Equal(got, want) {
			t.Errorf("Synonyms(%q) = %q, want %q", w, got, want)
		}
	}
}

// TestLexiconTable checks the embedded table is sorted and well-formed, and that every
// line can be found.
func TestLexiconTable(t *testing.T) {
	table := wordnetTable
	if !strings.HasSuffix(table, "\n") {
		t.Fatal("table must end with a newline")
	}
	lines := strings.Split(strings.TrimSuffix(table, "\n"), "\n")
	if len(lines) < 50000 {
		t.Fatalf("table has %d lines, want a full WordNet vocabulary", len(lines))
	}
	validWord := func(w string) bool {
		if len(w) < 2 {
			return false
		}
		for i := 0; i < len(w); i++ {
			c := w[i]
			if !(c >= 'a' && c <= 'z' || (c == '-' || c == '\'') && i > 0 && i < len(w)-1) {
				return false
			}
		}
		return true
	}
	lex := DefaultLexicon()
	prev := ""
	for n, line := range lines {
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("line %d %q: %d fields, want 4", n+1, line, len(f))
		}
		word, pos, bases, related := f[0], f[1], f[2], f[3]
		validKey := validWord(word)
		if parts := strings.Split(word, " "); len(parts) > 1 {
			validKey = true
			for _, p := range parts {
				if !validWord(p) && !(len(p) == 1 && p[0] >= 'a' && p[0] <= 'z') {
					validKey = false
				}
			}
		}
		if !validKey {
			t.Errorf("line %d: bad word %q", n+1, word)
		}
		if strings.Contains(word, " ") && (pos != "v" || bases != "" || related == "") {
			t.Errorf("line %d %q: a phrasal verb needs pos v, no bases and related words", n+1, word)
		}
		if word <= prev {
			t.Fatalf("line %d: %q not after %q", n+1, word, prev)
		}
		prev = word
		if pos == "" && bases == "" {
			t.Errorf("line %d %q: neither a lemma nor an inflection", n+1, word)
		}
		last := -1
		for _, c := range pos {
			i := strings.IndexRune("nvar", c)
			if i <= last {
				t.Errorf("line %d %q: bad pos %q", n+1, word, pos)
			}
			last = i
		}
		for _, list := range []string{bases, related} {
			if list == "" {
				continue
			}
			seen := map[string]bool{}
			for _, w := range strings.Split(list, " ") {
				if !validWord(w) || w == word || seen[w] {
					t.Errorf("line %d %q: bad list entry %q in %q", n+1, word, w, list)
				}
				seen[w] = true
			}
		}
		if n%97 == 0 || n == len(lines)-1 {
			if !lex.Has(word) {
				t.Errorf("lookup misses %q", word)
			}
		}
	}
	if lex.Len() != len(lines) {
		t.Errorf("Len = %d, want %d", lex.Len(), len(lines))
	}
}

// TestLexiconPhrases checks the lookup of phrasal verbs in the embedded table: the forms
// of a word that begin one, and a phrase's related words.
func TestLexiconPhrases(t *testing.T) {
	lex := DefaultLexicon()
	forms := []struct {
		word string
		want []string
	}{
		{"step", []string{"step"}},
		{"stepped", []string{"step"}}, // an irregular spelling, from verb.exc
		{"got", []string{"get"}},
		{"carried", []string{"carry"}},
		{"harbor", nil},
		{"qzxjv", nil},
		{"", nil},
	}
	for _, tc := range forms {
		if got := lex.PhraseForms(tc.word); !slices.Equal(got, tc.want) {
			t.Errorf("PhraseForms(%q) = %q, want %q", tc.word, got, tc.want)
		}
	}
	phrases := []struct {
		words []string
		want  string // among the related words; "" for none at all
	}{
		{[]string{"step", "in"}, "intervene"},
		{[]string{"get", "along", "with"}, "relate"},
		{[]string{"carry", "out"}, "execute"},
		{[]string{"in", "step"}, ""},
		{[]string{"stepped", "in"}, ""}, // Phrase takes the lemma's own words
		{[]string{"step"}, ""},
		{nil, ""},
	}
	for _, tc := range phrases {
		got := lex.Phrase(tc.words)
		if tc.want == "" && got != nil || tc.want != "" && !slices.Contains(got, tc.want) {
			t.Errorf("Phrase(%q) = %q, want %q", tc.words, got, tc.want)
		}
	}
	var nilLex *Lexicon
	if nilLex.PhraseForms("step") != nil || nilLex.Phrase([]string{"step", "in"}) != nil {
		t.Error("nil *Lexicon must know no phrases")
	}
}

// TestSortedTableHasPrefix checks the prefix search at a table's edges and across the
// sampled lines.
func TestSortedTableHasPrefix(t *testing.T) {
	var b strings.Builder
	b.WriteString("aa\tx\nget\tx\nget along with\tx\ngetaway\tx\n")
	for i := range 200 { // enough lines for several samples
		fmt.Fprintf(&b, "m%03d\tx\n", i)
	}
	b.WriteString("zz\tx\n")
	table := &sortedTable{text: b.String()}
	tests := []struct {
		prefix string
		want   bool
	}{
		{"a", true},
		{"aa", true},
		{"aaa", false},
		{"get ", true},
		{"geta", true},
		{"gets", false},
		{"m1", true},
		{"m2", false},
		{"zz", true},
		{"zzz", false},
		{"0", false},
	}
	for _, tc := range tests {
		if got := table.hasPrefix(tc.prefix); got != tc.want {
			t.Errorf("hasPrefix(%q) = %v, want %v", tc.prefix, got, tc.want)
		}
	}
}

func BenchmarkLexiconSynonyms(b *testing.B) {
	lex := DefaultLexicon()
	for _, w := range []string{"supporter", "harboring", "qzxjv"} {
		b.Run(w, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				lex.Synonyms(w)
			}
		})
	}
}

func BenchmarkLexiconHas(b *testing.B) {
	lex := DefaultLexicon()
	b.ReportAllocs()
	for b.Loop() {
		lex.Has("supporter")
	}
}
