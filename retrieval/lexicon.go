package retrieval

import (
	_ "embed"
	"strings"
)

//go:generate go run ../tools/wordnetgen -out lexicon_data/wordnet.tsv

// wordnetTable is the related-words table tools/wordnetgen derives from WordNet 3.0
// (license: lexicon_data/WORDNET-LICENSE). One line per word, sorted by word in byte order,
// four tab-separated fields:
//
//	word  pos  bases  related
//
// pos lists the parts of speech ("nvar") the word is a WordNet lemma in (empty for a word
// that is only an irregular inflection), bases its irregular base forms ("biggest" → "big"),
// and related its synonyms, derived forms and similar words, most relevant first. Both lists
// are space-separated. Phrasal verbs are words too, spelt with spaces ("step in", pos "v"):
// a space sorts before every letter, so a verb's phrases follow its own line.
//
//go:embed lexicon_data/wordnet.tsv
var wordnetTable string

// Lexicon looks words up in a WordNet-derived related-words table. Nothing is parsed up
// front: a lookup binary-searches a sample of the sorted lines and scans a few. A nil
// *Lexicon is valid and knows no words. Lexicon is safe for concurrent use.
type Lexicon struct {
	table sortedTable
}

var defaultLexicon = &Lexicon{table: sortedTable{text: wordnetTable}}

// DefaultLexicon returns the lexicon built into the binary (WordNet 3.0).
func DefaultLexicon() *Lexicon { return defaultLexicon }

// NewLexicon returns a lexicon over table, which must be in the embedded table's format:
// newline-terminated lines sorted by their first field in byte order.
func NewLexicon(table string) *Lexicon { return &Lexicon{table: sortedTable{text: table}} }

// Len returns the number of entries (words and phrasal verbs) in the table. It counts lines, so it is O(table size).
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return l.table.lines()
}

// Synonyms returns words related to word (lower-case): its synonyms, derivationally
// related forms and similar words, followed by its base forms (WordNet's morphy:
// "harboring" → "harbor", "largest" → "large", "went" → "go") each followed by the base's
// own related words. Most relevant first, without duplicates or word itself; nil for an
// unknown word. The strings share memory with the table.
func (l *Lexicon) Synonyms(word string) []string {
	if l == nil || word == "" {
		return nil
	}
	e, ok := l.lookup(word)
	bases := l.bases(word, e, ok)
	if !ok && len(bases) == 0 {
		return nil
	}
	out := make([]string, 0, 24)
	if ok {
		out = appendWords(out, word, e.related)
	}
	for _, b := range bases {
		out = appendWord(out, word, b.word)
		out = appendWords(out, word, b.related)
	}
	return out
}

// BaseForms returns the WordNet lemmas word (lower-case) is an inflection of, as found by
// morphy ("weapons" → "weapon", "detained" → "detain", "biggest" → "big"); not word itself.
func (l *Lexicon) BaseForms(word string) []string {
	if l == nil || word == "" {
		return nil
	}
	e, ok := l.lookup(word)
	var out []string
	for _, b := range l.bases(word, e, ok) {
		out = append(out, b.word)
	}
	return out
}

// Has reports whether word is a WordNet lemma (a phrasal verb too: "step in") or a listed
// irregular inflection.
func (l *Lexicon) Has(word string) bool {
	if l == nil {
		return false
	}
	_, ok := l.lookup(word)
	return ok
}

// lexEntry is one parsed table line; its fields are slices of the table.
type lexEntry struct {
	word, pos, bases, related string
}

// lookup finds word's line and parses it.
func (l *Lexicon) lookup(word string) (lexEntry, bool) {
	line, ok := l.table.line(word)
	if !ok {
		return lexEntry{}, false
	}
	return parseEntry(line), true
}

func parseEntry(line string) lexEntry {
	var e lexEntry
	e.word, line, _ = strings.Cut(line, "\t")
	e.pos, line, _ = strings.Cut(line, "\t")
	e.bases, line, _ = strings.Cut(line, "\t")
	e.related, _, _ = strings.Cut(line, "\t")
	return e
}

// morphRules are WordNet's morphy detachment rules (suffix → ending) for nouns, verbs and
// adjectives, in morphy's order. Adverbs have none.
var morphRules = [...]struct {
	pos            byte
	suffix, ending string
}{
	{'n', "s", ""}, {'n', "ses", "s"}, {'n', "xes", "x"}, {'n', "zes", "z"},
	{'n', "ches", "ch"}, {'n', "shes", "sh"}, {'n', "men", "man"}, {'n', "ies", "y"},
	{'v', "s", ""}, {'v', "ies", "y"}, {'v', "es", "e"}, {'v', "es", ""},
	{'v', "ed", "e"}, {'v', "ed", ""}, {'v', "ing", "e"}, {'v', "ing", ""},
	{'a', "er", ""}, {'a', "est", ""}, {'a', "er", "e"}, {'a', "est", "e"},
}

// bases implements WordNet's morphy for a single word: the irregular base forms listed for
// it (e, when found), then each detachment-rule result that is a lemma of the rule's part of
// speech. Nouns ending in "ss" or of two letters or fewer are not detached, and "-ful"
// nouns are detached before the suffix ("cupsful" → "cupful"), as morphy does.
func (l *Lexicon) bases(word string, e lexEntry, found bool) []lexEntry {
	var out []lexEntry
	add := func(b string, pos byte) {
		if b == "" || b == word {
			return
		}
		for _, o := range out {
			if o.word == b {
				return
			}
		}
		be, ok := l.lookup(b)
		if ok && (pos == 0 || strings.IndexByte(be.pos, pos) >= 0) {
			out = append(out, be)
		}
	}
	if found {
		for rest := e.bases; rest != ""; {
			var b string
			b, rest, _ = strings.Cut(rest, " ")
			add(b, 0)
		}
	}
	for _, r := range morphRules {
		stem, suffix := word, ""
		if r.pos == 'n' {
			if strings.HasSuffix(word, "ful") && len(word) > 3 {
				stem, suffix = word[:len(word)-3], "ful"
			} else if strings.HasSuffix(word, "ss") || len(word) <= 2 {
				continue
			}
		}
		if strings.HasSuffix(stem, r.suffix) {
			add(stem[:len(stem)-len(r.suffix)]+r.ending+suffix, r.pos)
		}
	}
	return out
}

// appendWords appends the space-separated words of list to out, skipping self and words
// already present.
func appendWords(out []string, self, list string) []string {
	for list != "" {
		var w string
		w, list, _ = strings.Cut(list, " ")
		out = appendWord(out, self, w)
	}
	return out
}

func appendWord(out []string, self, w string) []string {
	if w == "" || w == self {
		return out
	}
	for _, o := range out {
		if o == w {
			return out
		}
	}
	return append(out, w)
}

// PhraseForms returns the forms of word (lower-case) that begin a multiword verb of the
// table: word itself, then its base forms ("stepped" → "step", for "step in"); nil when
// none does.
func (l *Lexicon) PhraseForms(word string) []string {
	if l == nil || word == "" {
		return nil
	}
	var out []string
	for _, f := range append([]string{word}, l.BaseForms(word)...) {
		if l.table.hasPrefix(f + " ") {
			out = append(out, f)
		}
	}
	return out
}

// Phrase returns the related single words of the multiword verb spelt by words
// (lower-case, as the lemma is: "step in", "get along with"), most relevant first; nil
// when words are no such lemma. The strings share memory with the table.
func (l *Lexicon) Phrase(words []string) []string {
	if l == nil || len(words) < 2 {
		return nil
	}
	e, ok := l.lookup(strings.Join(words, " "))
	if !ok {
		return nil
	}
	return strings.Fields(e.related)
}
