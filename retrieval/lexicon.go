package retrieval

import (
	_ "embed"
	"slices"
	"strings"
	"sync"
)

//go:generate go run ../tools/wordnetgen -out lexicon_data/wordnet.tsv

// wordnetTable is the related-words table tools/wordnetgen derives from WordNet 3.0
// (license: lexicon_data/WORDNET-LICENSE). One line per word, sorted by word in byte order,
// five tab-separated fields:
//
//	word  pos  bases  related  gloss
//
// pos lists the parts of speech ("nvar") the word is a WordNet lemma in (empty for a word
// that is only an irregular inflection), bases its irregular base forms ("biggest" → "big"),
// related its synonyms, derived forms and similar words, most relevant first, and gloss
// defining words of its most frequent sense. The three lists are space-separated.
//
//go:embed lexicon_data/wordnet.tsv
var wordnetTable string

// Lexicon looks words up in a WordNet-derived related-words table. Nothing is parsed up
// front: the first lookup samples a line start every lexSampleStride bytes of the sorted
// table text (about a millisecond, once), and each lookup binary-searches those samples
// and scans a few lines. A nil *Lexicon is valid and knows no words. Lexicon is safe for
// concurrent use.
type Lexicon struct {
	table string
	once  sync.Once
	marks []lexMark // sampled line starts, in table order
}

// lexMark is a sampled line: its word and its offset in the table.
type lexMark struct {
	word string
	off  int
}

// lexSampleStride is the byte distance between sampled lines, about ten lines.
const lexSampleStride = 512

var defaultLexicon = &Lexicon{table: wordnetTable}

// DefaultLexicon returns the lexicon built into the binary (WordNet 3.0).
func DefaultLexicon() *Lexicon { return defaultLexicon }

// NewLexicon returns a lexicon over table, which must be in the embedded table's format:
// newline-terminated lines sorted by their first field in byte order.
func NewLexicon(table string) *Lexicon { return &Lexicon{table: table} }

// Len returns the number of words in the table. It counts lines, so it is O(table size).
func (l *Lexicon) Len() int {
	if l == nil {
		return 0
	}
	return strings.Count(l.table, "\n")
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

// GlossWords returns defining words for word (lower-case): broader terms and content words
// from the definition of its most frequent sense, then those of its base forms. They are
// noisier than Synonyms. Nil for an unknown word.
func (l *Lexicon) GlossWords(word string) []string {
	if l == nil || word == "" {
		return nil
	}
	var out []string
	e, ok := l.lookup(word)
	if ok {
		out = appendWords(out, word, e.gloss)
	}
	for _, b := range l.bases(word, e, ok) {
		out = appendWords(out, word, b.gloss)
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

// Has reports whether word is a WordNet lemma or a listed irregular inflection.
func (l *Lexicon) Has(word string) bool {
	if l == nil {
		return false
	}
	_, ok := l.lookup(word)
	return ok
}

// lexEntry is one parsed table line; its fields are slices of the table.
type lexEntry struct {
	word, pos, bases, related, gloss string
}

// lookup finds word's line: a binary search over the sampled lines, then a scan of the
// lines up to the next sample.
func (l *Lexicon) lookup(word string) (lexEntry, bool) {
	marks := l.sample()
	i, _ := slices.BinarySearchFunc(marks, word, func(m lexMark, w string) int {
		return strings.Compare(m.word, w)
	})
	// marks[i-1] is the last sample before word (or word itself when marks[i] is word).
	if i < len(marks) && marks[i].word == word {
		i++
	}
	if i == 0 {
		return lexEntry{}, false
	}
	t, end := l.table, len(l.table)
	if i < len(marks) {
		end = marks[i].off
	}
	for p := marks[i-1].off; p < end; {
		n := strings.IndexByte(t[p:end], '\n')
		if n < 0 {
			n = end - p
		}
		line := t[p : p+n]
		if len(line) > len(word) && line[len(word)] == '\t' && line[:len(word)] == word {
			return parseEntry(line), true
		}
		p += n + 1
	}
	return lexEntry{}, false
}

// sample returns the sampled lines, collecting them on first use.
func (l *Lexicon) sample() []lexMark {
	l.once.Do(func() {
		t := l.table
		marks := make([]lexMark, 0, len(t)/lexSampleStride+1)
		for p := 0; p < len(t); {
			line := t[p:]
			if n := strings.IndexByte(line, '\n'); n >= 0 {
				line = line[:n]
			}
			word, _, _ := strings.Cut(line, "\t")
			marks = append(marks, lexMark{word, p})
			next := p + len(line) + 1
			if next < p+lexSampleStride && p+lexSampleStride < len(t) {
				n := strings.IndexByte(t[p+lexSampleStride:], '\n')
				if n < 0 {
					break
				}
				next = p + lexSampleStride + n + 1
			}
			p = next
		}
		l.marks = marks
	})
	return l.marks
}

func parseEntry(line string) lexEntry {
	var e lexEntry
	e.word, line, _ = strings.Cut(line, "\t")
	e.pos, line, _ = strings.Cut(line, "\t")
	e.bases, line, _ = strings.Cut(line, "\t")
	e.related, e.gloss, _ = strings.Cut(line, "\t")
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
