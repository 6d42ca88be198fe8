// Command wordnetgen turns the WordNet 3.0 database into the compact related-words table
// that retrieval.Lexicon embeds (retrieval/lexicon_data/wordnet.tsv).
//
// Usage (from retrieval/, via go generate):
//
//	go run ../tools/wordnetgen -out lexicon_data/wordnet.tsv
//
// It reads data.{noun,verb,adj,adv}, index.*, *.exc and cntlist.rev from -wordnet (Debian's
// wordnet-base package installs them under /usr/share/wordnet).
//
// Output: one line per word, sorted by word in byte order, four tab-separated fields:
//
//		word  pos  bases  related
//
//	  - word: a lower-case single word (letters, inner hyphens and apostrophes), or a
//	    multiword verb's words joined by spaces (see below).
//	  - pos: the parts of speech the word is a WordNet lemma in, a subset of "nvar" in that
//	    order (adjective satellites count as "a"); empty when the word is only listed as an
//	    irregular inflection.
//	  - bases: space-separated base forms from the exception lists (*.exc), e.g. "biggest" →
//	    "big", "went" → "go"; empty for most words.
//	  - related: space-separated synonyms, derivationally related forms, similar adjectives,
//	    pertainyms and verb hypernyms, taken from the word's most frequent senses, most
//	    relevant first, capped at maxRelated.
//
// Multiword verbs of two to four words ("step_in", "get_along_with") are keys too, their
// words joined by spaces, with pos "v", empty bases and at most maxPhraseRelated related
// single words: questions put in phrasal verbs what articles say in one word ("step in" →
// "intervene"). Other multiword lemmas (names and compound nouns: "new_york", "bus_stop")
// are left out, as are words with digits or other characters, both as keys and as related
// words. The output is deterministic.
package main

import (
	"bufio"
	"cmp"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

const (
	maxSensesPerPOS  = 3  // senses per part of speech considered for related words
	maxRelated       = 16 // related words per line
	maxPerSenseLead  = 5  // related words a sense contributes before later senses get a turn
	maxSimilar       = 3  // similar-to adjectives per sense
	reverseWindow    = 16 // a related word within this rank links back to its source
	maxReverse       = 6  // back-links added per word
	maxPhraseRelated = 10 // related words per multiword verb
)

// posOrder is the order parts of speech are listed and scanned in.
var posOrder = []byte{'n', 'v', 'a', 'r'}

var posFile = map[byte]string{'n': "noun", 'v': "verb", 'a': "adj", 'r': "adv"}

// senseKeyType is the ss_type digit sense keys (cntlist.rev) use.
var senseKeyType = map[byte]int{'n': 1, 'v': 2, 'a': 3, 'r': 4, 's': 5}

type pointer struct {
	sym    string
	offset int
	pos    byte // target file: n v a r (satellite 's' folded into 'a')
	src    int  // 1-based word in the source synset; 0 for a semantic pointer
	tgt    int  // 1-based word in the target synset; 0 for a semantic pointer
}

type synsetWord struct {
	lemma  string // lower-case, adjective markers stripped, '_' kept
	lexID  int
	proper bool // written with a capital letter (a name: "New_York")
}

type synset struct {
	lexFile int
	ssType  byte // n v a s r
	words   []synsetWord
	ptrs    []pointer
}

type indexEntry struct {
	offsets   []int // in sense-frequency order
	tagSenses int
}

type wordnet struct {
	synsets map[byte]map[int]*synset       // file pos → offset → synset
	index   map[byte]map[string]indexEntry // pos → lemma → entry
	exc     map[byte]map[string][]string   // pos → inflected form → base forms
	counts  map[string]int                 // "lemma%t:ff:ll" → tagged count
}

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "directory holding the WordNet 3.0 database files")
	out := flag.String("out", "wordnet.tsv", "output path for the table")
	flag.Parse()
	log.SetFlags(0)
	log.SetPrefix("wordnetgen: ")

	wn, err := load(*dir)
	if err != nil {
		log.Fatal(err)
	}
	lines := build(wn)
	var b strings.Builder
	for _, l := range lines {
		b.WriteString(l)
		b.WriteByte('\n')
	}
	if err := os.MkdirAll(filepath.Dir(*out), 0o755); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile(*out, []byte(b.String()), 0o644); err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stderr, "wordnetgen: wrote %s: %d lines, %d bytes\n", *out, len(lines), b.Len())
}

// ---- loading ----

func load(dir string) (*wordnet, error) {
	wn := &wordnet{
		synsets: map[byte]map[int]*synset{},
		index:   map[byte]map[string]indexEntry{},
		exc:     map[byte]map[string][]string{},
		counts:  map[string]int{},
	}
	for _, p := range posOrder {
		name := posFile[p]
		var err error
		if wn.synsets[p], err = loadData(filepath.Join(dir, "data."+name)); err != nil {
			return nil, err
		}
		if wn.index[p], err = loadIndex(filepath.Join(dir, "index."+name)); err != nil {
			return nil, err
		}
		if wn.exc[p], err = loadExc(filepath.Join(dir, name+".exc")); err != nil {
			return nil, err
		}
	}
	if err := loadCounts(filepath.Join(dir, "cntlist.rev"), wn.counts); err != nil {
		return nil, err
	}
	return wn, nil
}

// eachLine calls fn for each non-license line of a WordNet file (license lines start with
// two spaces).
func eachLine(path string, fn func(line string) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 1<<16)
	n := 0
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			n++
			line = strings.TrimRight(line, "\r\n")
			if line != "" && !strings.HasPrefix(line, "  ") {
				if ferr := fn(line); ferr != nil {
					return fmt.Errorf("%s:%d: %w", path, n, ferr)
				}
			}
		}
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

func filePOS(c byte) byte {
	if c == 's' {
		return 'a'
	}
	return c
}

func loadData(path string) (map[int]*synset, error) {
	m := map[int]*synset{}
	err := eachLine(path, func(line string) error {
		head, _, _ := strings.Cut(line, " | ") // the gloss after " | " is not used
		f := strings.Fields(head)
		if len(f) < 4 {
			return fmt.Errorf("short synset line")
		}
		off, err := strconv.Atoi(f[0])
		if err != nil {
			return err
		}
		lexFile, err := strconv.Atoi(f[1])
		if err != nil {
			return err
		}
		s := &synset{lexFile: lexFile, ssType: f[2][0]}
		wcnt, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			return err
		}
		i := 4
		for range wcnt {
			if i+1 >= len(f) {
				return fmt.Errorf("truncated word list")
			}
			proper := strings.ToLower(f[i]) != f[i]
			w := strings.ToLower(f[i])
			if j := strings.IndexByte(w, '('); j > 0 { // adjective marker: big(a), galore(ip)
				w = w[:j]
			}
			id, err := strconv.ParseInt(f[i+1], 16, 32)
			if err != nil {
				return err
			}
			s.words = append(s.words, synsetWord{lemma: w, lexID: int(id), proper: proper})
			i += 2
		}
		if i >= len(f) {
			return fmt.Errorf("missing pointer count")
		}
		pcnt, err := strconv.Atoi(f[i])
		if err != nil {
			return err
		}
		i++
		for range pcnt {
			if i+3 >= len(f) {
				return fmt.Errorf("truncated pointer list")
			}
			po, err := strconv.Atoi(f[i+1])
			if err != nil {
				return err
			}
			st, err := strconv.ParseUint(f[i+3], 16, 16)
			if err != nil {
				return err
			}
			s.ptrs = append(s.ptrs, pointer{
				sym: f[i], offset: po, pos: filePOS(f[i+2][0]),
				src: int(st >> 8), tgt: int(st & 0xff),
			})
			i += 4
		}
		m[off] = s
		return nil
	})
	return m, err
}

func loadIndex(path string) (map[string]indexEntry, error) {
	m := map[string]indexEntry{}
	err := eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 6 {
			return fmt.Errorf("short index line")
		}
		nsyn, err := strconv.Atoi(f[2])
		if err != nil {
			return err
		}
		np, err := strconv.Atoi(f[3])
		if err != nil {
			return err
		}
		i := 4 + np
		if i+2+nsyn > len(f) {
			return fmt.Errorf("truncated index line")
		}
		tag, err := strconv.Atoi(f[i+1])
		if err != nil {
			return err
		}
		e := indexEntry{tagSenses: tag}
		for _, o := range f[i+2 : i+2+nsyn] {
			off, err := strconv.Atoi(o)
			if err != nil {
				return err
			}
			e.offsets = append(e.offsets, off)
		}
		m[f[0]] = e
		return nil
	})
	return m, err
}

func loadExc(path string) (map[string][]string, error) {
	m := map[string][]string{}
	err := eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) < 2 {
			return fmt.Errorf("short exception line")
		}
		m[f[0]] = append(m[f[0]], f[1:]...)
		return nil
	})
	return m, err
}

// loadCounts reads cntlist.rev lines "lemma%t:ff:ll:head:hh sense_number count".
func loadCounts(path string, m map[string]int) error {
	return eachLine(path, func(line string) error {
		f := strings.Fields(line)
		if len(f) != 3 {
			return fmt.Errorf("bad cntlist line")
		}
		lemma, rest, ok := strings.Cut(f[0], "%")
		if !ok {
			return fmt.Errorf("bad sense key %q", f[0])
		}
		parts := strings.Split(rest, ":")
		if len(parts) < 3 {
			return fmt.Errorf("bad sense key %q", f[0])
		}
		t, err1 := strconv.Atoi(parts[0])
		ff, err2 := strconv.Atoi(parts[1])
		ll, err3 := strconv.Atoi(parts[2])
		n, err4 := strconv.Atoi(f[2])
		if err1 != nil || err2 != nil || err3 != nil || err4 != nil {
			return fmt.Errorf("bad cntlist line")
		}
		m[countKey(lemma, t, ff, ll)] += n
		return nil
	})
}

func countKey(lemma string, ssType, lexFile, lexID int) string {
	return fmt.Sprintf("%s%%%d:%02d:%02d", strings.ToLower(lemma), ssType, lexFile, lexID)
}

// ---- building ----

// validWord reports whether w is a single lower-case word we keep: ASCII letters with inner
// hyphens or apostrophes, at least two characters.
func validWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= 'a' && c <= 'z':
		case (c == '-' || c == '\'') && i > 0 && i < len(w)-1:
		default:
			return false
		}
	}
	return true
}

type sense struct {
	pos   byte
	num   int // 1-based sense number within pos
	count int // tagged frequency from cntlist.rev
	ss    *synset
	word  int // 1-based index of the lemma within ss.words
}

// senses returns the lemma's candidate senses: the first maxSensesPerPOS of each part of
// speech, most frequent first (tag count, then sense number, then POS order).
func (wn *wordnet) senses(lemma string) []sense {
	var out []sense
	for _, p := range posOrder {
		e, ok := wn.index[p][lemma]
		if !ok {
			continue
		}
		for i, off := range e.offsets {
			if i == maxSensesPerPOS {
				break
			}
			ss := wn.synsets[p][off]
			if ss == nil {
				continue
			}
			s := sense{pos: p, num: i + 1, ss: ss}
			for j, w := range ss.words {
				if w.lemma == lemma {
					s.word = j + 1
					s.count = wn.counts[countKey(lemma, senseKeyType[ss.ssType], ss.lexFile, w.lexID)]
					break
				}
			}
			out = append(out, s)
		}
	}
	slices.SortStableFunc(out, func(a, b sense) int {
		if c := cmp.Compare(b.count, a.count); c != 0 {
			return c
		}
		return cmp.Compare(a.num, b.num) // POS order breaks ties (stable sort)
	})
	return out
}

// firstWord returns the first valid single-word lemma of the synset at (pos, off) other than
// skip, or "".
func (wn *wordnet) firstWord(pos byte, off int, skip string) string {
	ss := wn.synsets[pos][off]
	if ss == nil {
		return ""
	}
	for _, w := range ss.words {
		if w.lemma != skip && validWord(w.lemma) {
			return w.lemma
		}
	}
	return ""
}

// wordAt returns the n-th (1-based) lemma of the synset at (pos, off), or "".
func (wn *wordnet) wordAt(pos byte, off, n int) string {
	ss := wn.synsets[pos][off]
	if ss == nil || n < 1 || n > len(ss.words) {
		return ""
	}
	return ss.words[n-1].lemma
}

// senseRelated lists one sense's related words in priority order: the synset's other
// lemmas, derivationally related forms and pertainyms of this word, similar adjectives,
// and (for verbs) hypernyms.
func (wn *wordnet) senseRelated(lemma string, s sense) []string {
	var out []string
	for _, w := range s.ss.words {
		out = append(out, w.lemma)
	}
	for _, p := range s.ss.ptrs {
		if (p.sym == "+" || p.sym == `\`) && p.src == s.word {
			out = append(out, wn.wordAt(p.pos, p.offset, p.tgt))
		}
	}
	// A satellite adjective's similar-to pointer leads to its head ("huge" → "large"); a
	// head's pointers list all its satellites alphabetically, too many to be useful here
	// (the reverse pass in build links the frequent ones back).
	similar := 0
	for _, p := range s.ss.ptrs {
		if p.sym == "&" && s.ss.ssType == 's' && similar < maxSimilar {
			if w := wn.firstWord(p.pos, p.offset, lemma); w != "" {
				out = append(out, w)
				similar++
			}
		}
	}
	if s.pos == 'v' {
		for _, p := range s.ss.ptrs {
			if p.sym == "@" {
				out = append(out, wn.firstWord(p.pos, p.offset, lemma))
			}
		}
	}
	return out
}

type wordList struct {
	seen  map[string]bool
	stop  map[string]bool // words never added; may be nil
	words []string
	max   int
}

func newWordList(self string, max int, stop map[string]bool) *wordList {
	return &wordList{seen: map[string]bool{self: true}, stop: stop, max: max}
}

func (l *wordList) add(w string) bool {
	if len(l.words) >= l.max || !validWord(w) || l.seen[w] || l.stop[w] {
		return false
	}
	l.seen[w] = true
	l.words = append(l.words, w)
	return true
}

func (l *wordList) full() bool { return len(l.words) >= l.max }

func (wn *wordnet) related(lemma string, senses []sense) []string {
	lists := make([][]string, len(senses))
	for i, s := range senses {
		lists[i] = wn.senseRelated(lemma, s)
	}
	out := newWordList(lemma, maxRelated, functionWords)
	// Each sense, most frequent first, leads with up to maxPerSenseLead words; then the
	// remaining words follow in the same sense order.
	used := make([]int, len(lists))
	for i, l := range lists {
		added := 0
		for used[i] < len(l) && added < maxPerSenseLead && !out.full() {
			if out.add(l[used[i]]) {
				added++
			}
			used[i]++
		}
	}
	for i, l := range lists {
		for _, w := range l[used[i]:] {
			out.add(w)
		}
	}
	return out.words
}

// validPhrase reports whether lemma is two to four lower-case words of letters (inner
// hyphens, apostrophes; one-letter words too) joined by '_'.
func validPhrase(lemma string) bool {
	parts := strings.Split(lemma, "_")
	if len(parts) < 2 || len(parts) > 4 {
		return false
	}
	for _, p := range parts {
		if len(p) == 1 && p[0] >= 'a' && p[0] <= 'z' {
			continue
		}
		if !validWord(p) {
			return false
		}
	}
	return true
}

// isPhrasalVerb reports whether lemma is a multiword verb kept as a key: a valid phrase
// that is not a name in any of its senses.
func (wn *wordnet) isPhrasalVerb(lemma string) bool {
	if !validPhrase(lemma) {
		return false
	}
	for _, off := range wn.index['v'][lemma].offsets {
		ss := wn.synsets['v'][off]
		if ss == nil {
			continue
		}
		for _, w := range ss.words {
			if w.lemma == lemma && !w.proper {
				return true
			}
		}
	}
	return false
}

func build(wn *wordnet) []string {
	type entry struct {
		pos   []byte
		bases []string
	}
	entries := map[string]*entry{}
	get := func(w string) *entry {
		e := entries[w]
		if e == nil {
			e = &entry{}
			entries[w] = e
		}
		return e
	}
	for _, p := range posOrder {
		for lemma := range wn.index[p] {
			if validWord(lemma) {
				e := get(lemma)
				e.pos = append(e.pos, p)
			}
		}
	}
	for _, p := range posOrder {
		for form, bases := range wn.exc[p] {
			if !validWord(form) {
				continue
			}
			for _, b := range bases {
				if _, ok := wn.index[p][b]; ok && validWord(b) && b != form && !functionWords[b] {
					e := get(form)
					if !slices.Contains(e.bases, b) {
						e.bases = append(e.bases, b)
					}
				}
			}
		}
	}
	words := make([]string, 0, len(entries))
	for w := range entries {
		words = append(words, w)
	}
	slices.Sort(words)

	// Phrasal verbs have their own related single words and take no part in the back
	// links below.
	var phrases []string
	for lemma := range wn.index['v'] {
		if wn.isPhrasalVerb(lemma) {
			phrases = append(phrases, lemma)
		}
	}

	// Pass 1: each lemma's own related words.
	related := map[string][]string{}
	freq := map[string]int{}
	senses := map[string][]sense{}
	for _, w := range words {
		if len(entries[w].pos) == 0 {
			continue
		}
		ss := wn.senses(w)
		senses[w] = ss
		related[w] = wn.related(w, ss)
		for _, s := range ss {
			freq[w] += s.count
		}
	}

	// Pass 2: make the strongest links symmetric. If A lists B among its first
	// reverseWindow related words, B gains A (up to maxReverse such words, most frequent A
	// first, within maxRelated). This links "shelter" back to "harbor", "kill" to "slay",
	// "large" to its frequent satellites ("huge").
	type backLink struct {
		from string
		pos  int
	}
	back := map[string][]backLink{}
	for _, a := range words {
		for i, b := range related[a] {
			if i == reverseWindow {
				break
			}
			if _, ok := related[b]; ok {
				back[b] = append(back[b], backLink{a, i})
			}
		}
	}
	for _, b := range words {
		links := back[b]
		slices.SortFunc(links, func(x, y backLink) int {
			if c := cmp.Compare(freq[y.from], freq[x.from]); c != 0 {
				return c
			}
			if c := cmp.Compare(x.pos, y.pos); c != 0 {
				return c
			}
			return strings.Compare(x.from, y.from)
		})
		l := newWordList(b, maxRelated, functionWords)
		for _, w := range related[b] {
			l.add(w)
		}
		added := 0
		for _, k := range links {
			if added == maxReverse {
				break
			}
			if l.add(k.from) {
				added++
			}
		}
		if len(links) > 0 {
			related[b] = l.words
		}
	}

	lines := make([]string, 0, len(words))
	for _, w := range words {
		e := entries[w]
		slices.SortFunc(e.pos, func(a, b byte) int {
			return cmp.Compare(slices.Index(posOrder, a), slices.Index(posOrder, b))
		})
		slices.Sort(e.bases)
		if len(e.pos) > 0 && len(related[w]) == 0 && len(e.bases) == 0 && !wn.tagged(w) {
			continue // a rare word with nothing to offer
		}
		lines = append(lines, strings.Join([]string{
			w, string(e.pos), strings.Join(e.bases, " "), strings.Join(related[w], " "),
		}, "\t"))
	}
	for _, lemma := range phrases {
		rel := wn.related(lemma, wn.senses(lemma))
		if len(rel) == 0 {
			continue
		}
		lines = append(lines, strings.Join([]string{
			strings.ReplaceAll(lemma, "_", " "), "v", "", strings.Join(rel[:min(len(rel), maxPhraseRelated)], " "),
		}, "\t"))
	}
	// A space sorts before every letter, so phrases fall among the words: "get" < "get
	// along with" < "getaway".
	slices.SortFunc(lines, func(a, b string) int {
		ka, _, _ := strings.Cut(a, "\t")
		kb, _, _ := strings.Cut(b, "\t")
		return strings.Compare(ka, kb)
	})
	return lines
}

// tagged reports whether any sense of w occurs in WordNet's semantically tagged corpus.
func (wn *wordnet) tagged(w string) bool {
	for _, p := range posOrder {
		if e, ok := wn.index[p][w]; ok && e.tagSenses > 0 {
			return true
		}
	}
	return false
}

// functionWords are too common to relate anything (the retrieval package's stopwords):
// WordNet lists e.g. "off" as a synonym of "kill" and "down" of "eat".
var functionWords = wordSet(`a about above after again against all am an and any are as at be
	because been before being below between both but by can could did do does doing down during each
	few for from further had has have having he her here hers herself him himself his how i if in into
	is it its itself just me more most my myself no nor not now of off on once only or other our ours
	ourselves out over own same she should so some such than that the their theirs them themselves then
	there these they this those through to too under until up very was we were what when where which
	while who whom why will with would you your yours yourself yourselves also ever did does done
	isn't wasn't don't doesn't didn't it's that's there's what's who's`)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
