package retrieval

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxPassageLen is the longest passage in bytes. Discord embed fields hold 1,024 characters,
// and counting bytes keeps every passage within that whatever its script.
const MaxPassageLen = 1024

// Speaker is a person whose words appear in a passage. An unnamed source ("a ministry aide")
// has an empty Name, its description as Role, and Anonymous set.
type Speaker struct {
	Name      string `json:"name"`
	Role      string `json:"role"`
	Anonymous bool   `json:"anonymous"`
}

// Label is how the speaker is shown: the name, or the role of an unnamed source.
func (s Speaker) Label() string {
	if s.Name != "" {
		return s.Name
	}
	return s.Role
}

// Passage is a verbatim piece of an article body: a paragraph, or part of a long one.
type Passage struct {
	// ID is unique within an index: "<document ID>#<paragraph>" plus ".<part>" for the
	// parts of a split paragraph.
	ID    string
	DocID string
	// Paragraph is the 1-based number of the body paragraph the passage comes from.
	Paragraph int
	// Part is the 1-based piece of a paragraph split for length; 1 for whole paragraphs.
	Part int
	// Start and End are byte offsets into the document body: Text == Body[Start:End].
	Start, End int
	Text       string
	// Speakers are the people whose words appear in the passage, main speaker first.
	// Empty when the passage is the article's own voice.
	Speakers []Speaker
}

// Paragraph is a body paragraph with its byte offsets in the body.
type Paragraph struct {
	Number     int
	Start, End int
	Text       string
}

// Paragraphs splits a body into its paragraphs: runs of text separated by blank lines.
// Web-page furniture saved with the text is left out: a paragraph of it is no paragraph,
// and lines of it at a paragraph's end are cut off (see [furnitureFrom]).
func Paragraphs(body string) []Paragraph {
	var paras []Paragraph
	start := -1
	lineStart := 0
	flush := func(end int) {
		if start < 0 {
			return
		}
		text := strings.TrimRightFunc(body[start:end], unicode.IsSpace)
		text = strings.TrimRightFunc(text[:furnitureFrom(text)], unicode.IsSpace)
		if text != "" {
			paras = append(paras, Paragraph{Number: len(paras) + 1, Start: start, End: start + len(text), Text: text})
		}
		start = -1
	}
	for lineStart <= len(body) {
		lineEnd := strings.IndexByte(body[lineStart:], '\n')
		if lineEnd < 0 {
			lineEnd = len(body)
		} else {
			lineEnd += lineStart
		}
		line := body[lineStart:lineEnd]
		if strings.TrimSpace(line) == "" {
			flush(lineStart)
		} else if start < 0 {
			start = lineStart + (len(line) - len(strings.TrimLeftFunc(line, unicode.IsSpace)))
		}
		lineStart = lineEnd + 1
	}
	flush(len(body))
	return paras
}

// Web-page furniture that a page saved as text keeps among its paragraphs: "Advertisement",
// "Share full article", "Listen", "Gift Article", "Read More" and the linked title under
// it, a newsletter's sign-up ("Sign up for Situation Report, Foreign Policy’s daily
// newsletter …"; "Sign up to Down to Earth" over "Free weekly newsletter"), and a photo's
// credit under its caption ("Credit...Ann Lee for The New York Times").
var (
	furnitureLine = regexp.MustCompile(`^(?:Advertisement|Skip advertisement|Supported by|Share full article|Read [Mm]ore|Read [Nn]ext|Recommended|` +
		`Related(?: [Aa]rticles?| [Ss]tories| [Cc]overage)?:?|Listen|Gift [Aa]rticle|Share|Comments?|Save|Print|\d{1,2} min(?: read)?|` +
		// The Washington Post's masthead line, over the title of a saved page.
		`Democracy Dies in Darkness|Skip to main content|Subscribe|Thanks for reading .{1,80}! Subscribe .{1,120})$`)
	signUpLine = regexp.MustCompile(`^Sign up (?:for|to) \p{Lu}`)
	// imageLine is a Markdown image on a line of its own: "![Pickets outside the depot](…)".
	imageLine = regexp.MustCompile(`^!\[[^\]]*\]\([^)\s]*\)$`)
	// copyrightLine closes a page: "Copyright © 2026 Harbor Public Radio. All rights reserved."
	copyrightLine = regexp.MustCompile(`^(?:Copyright\s*)?©|^Copyright\b.*[Rr]ights [Rr]eserved\.?$`)
	creditLine    = regexp.MustCompile(`^Credit(?:\.\.\.|…) ?\p{Lu}`)
)

// furnitureFrom returns where web-page furniture starts in a paragraph's text: at the
// first line that is furniture, or at the caption over a credit line; len(text) when
// there is none. Such lines are short, and a sign-up names a newsletter.
func furnitureFrom(text string) int {
	off, prev := 0, 0 // where the current line and the one before it start
	for off < len(text) {
		line, rest, _ := strings.Cut(text[off:], "\n")
		trimmed := strings.TrimSpace(line)
		switch {
		case len(trimmed) > maxMetaLineLen:
		case furnitureLine.MatchString(trimmed), imageLine.MatchString(trimmed), copyrightLine.MatchString(trimmed):
			return off
		case signUpLine.MatchString(trimmed):
			if next, _, _ := strings.Cut(rest, "\n"); strings.Contains(trimmed, "newsletter") || strings.Contains(next, "newsletter") {
				return off
			}
		case creditLine.MatchString(trimmed):
			return prev // the caption goes with its credit
		}
		prev = off
		off += len(line) + 1
	}
	return len(text)
}

// SplitPassages cuts a document into passages: one per paragraph, and a paragraph longer
// than [MaxPassageLen] into runs of whole sentences that fit. A single sentence longer than
// the limit is cut at the last space that fits. Subheadings are no passages (see
// [IsSubheading]), though they keep their paragraph numbers. Speakers are left empty; see
// [Attribute].
func SplitPassages(doc Document) []Passage {
	var out []Passage
	paras := Paragraphs(doc.Body)
	pulled := pullQuotes(paras)
	for i, para := range paras {
		if IsSubheading(para.Text) || pulled[i] || isCaptionLine(para.Text) {
			continue
		}
		pieces := [][2]int{{0, len(para.Text)}}
		if len(para.Text) > MaxPassageLen {
			pieces = packSentences(para.Text, MaxPassageLen)
		}
		for i, span := range pieces {
			id := fmt.Sprintf("%s#%d", doc.ID, para.Number)
			if len(pieces) > 1 {
				id = fmt.Sprintf("%s.%d", id, i+1)
			}
			out = append(out, Passage{
				ID:        id,
				DocID:     doc.ID,
				Paragraph: para.Number,
				Part:      i + 1,
				Start:     para.Start + span[0],
				End:       para.Start + span[1],
				Text:      para.Text[span[0]:span[1]],
			})
		}
	}
	return out
}

// isCaptionLine reports a photo caption inside the body, a line of its own that ends in a
// credit: "Walter Pruitt on the gallery deck. Photograph by Caleb Voss for Coastal Living
// Monthly".
func isCaptionLine(text string) bool {
	return !strings.Contains(text, "\n") && len(text) <= maxMetaLineLen && photoCredit.MatchString(text)
}

// maxPullQuotes bounds the paragraphs looked for elsewhere in the body as pull quotes, so
// that no text makes the search cost its length times its number of paragraphs.
const maxPullQuotes = 100

// pullQuotes marks the paragraphs that are pull quotes: a quotation on a line of its own
// that repeats words of another paragraph, as magazine pages set them in large type
// between paragraphs. Answered as a passage, it would stand in for its paragraph.
func pullQuotes(paras []Paragraph) map[int]bool {
	out := map[int]bool{}
	checked := 0
	for i, p := range paras {
		if checked >= maxPullQuotes {
			break
		}
		core := strings.Trim(p.Text, "“”\"‘’ .,!?") // "…watching.” " pulls "…watching,” Ellery said"
		if strings.Contains(p.Text, "\n") || len(p.Text) > maxMetaLineLen || len(core) < 20 ||
			!strings.HasPrefix(p.Text, "“") && !strings.HasPrefix(p.Text, "\"") {
			continue
		}
		checked++
		for j, q := range paras {
			if j != i && len(q.Text) > len(p.Text) && strings.Contains(q.Text, core) {
				out[i] = true
				break
			}
		}
	}
	return out
}

// maxSubheadingWords is the longest line read as a subheading: "Riders and retailers",
// "A pattern of fires", a live blog's "Outages climb past 310,000 as crews wait out the
// wind".
const maxSubheadingWords = 12

// timestamp is a live blog's time line: "9:10 p.m. ET", "11:40 a.m.", "Updated 4:45 PM EDT".
var timestamp = regexp.MustCompile(`^(?:Updated )?\d{1,2}(?::\d{2})? ?(?:[ap]\.?m\.?|[AP]M)(?: [A-Z]{2,4})?$`)

// IsSubheading reports a paragraph that is a section's subheading rather than text: a
// Markdown heading ("## Who qualifies?"), a live blog's time line, a transcript's sound
// cue in parentheses, or a short line that opens with a capital and ends without the
// punctuation that ends a sentence or a quotation. Answered as a passage, "Riders and
// retailers" says nothing.
func IsSubheading(text string) bool {
	if heading := strings.TrimLeft(text, "#"); len(heading) < len(text) && len(text)-len(heading) <= 6 &&
		strings.HasPrefix(heading, " ") && !strings.Contains(text, "\n") {
		return true
	}
	if timestamp.MatchString(text) {
		return true
	}
	if strings.HasPrefix(text, "(") && strings.HasSuffix(text, ")") && !strings.Contains(text, "\n") &&
		len(strings.Fields(text)) <= maxSubheadingWords {
		return true // a transcript's "(SOUNDBITE OF TRAFFIC)"
	}
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	if !unicode.IsUpper(first) || strings.ContainsAny(text, "\n“”\"") {
		return false
	}
	if strings.ContainsRune(".?!…:;,’')]—–-", last) {
		return false
	}
	return len(strings.Fields(text)) <= maxSubheadingWords
}

// packSentences groups consecutive sentences of text into as few spans as fit in limit,
// with the longest as short as the sentences allow: an even split keeps each part a
// readable whole instead of leaving a stub sentence at the end. A sentence longer than limit is cut
// at spaces first. Spans are trimmed of the spaces between sentences.
func packSentences(text string, limit int) [][2]int {
	var units [][2]int
	for _, s := range Sentences(text) {
		for s[1]-s[0] > limit {
			cut := lastSpaceBefore(text, s[0], s[0]+limit)
			units = append(units, [2]int{s[0], cut})
			s[0] = skipSpaces(text, cut)
		}
		if s[1] > s[0] {
			units = append(units, s)
		}
	}
	// The fewest parts come from packing greedily up to the limit; then the smallest
	// longest part that still needs no more parts is found by binary search.
	parts := len(greedyPack(units, limit))
	lo, hi := 1, limit
	for lo < hi {
		mid := (lo + hi) / 2
		if packed := greedyPack(units, mid); packed != nil && len(packed) <= parts {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return greedyPack(units, lo)
}

// greedyPack groups units into spans no longer than limit, each as full as it can be. It
// returns nil when a single unit is longer than limit.
func greedyPack(units [][2]int, limit int) [][2]int {
	var spans [][2]int
	for i := 0; i < len(units); {
		if units[i][1]-units[i][0] > limit {
			return nil
		}
		j := i + 1
		for j < len(units) && units[j][1]-units[i][0] <= limit {
			j++
		}
		spans = append(spans, [2]int{units[i][0], units[j-1][1]})
		i = j
	}
	return spans
}

func lastSpaceBefore(text string, from, limit int) int {
	if i := strings.LastIndexByte(text[from:limit], ' '); i > 0 {
		return from + i
	}
	// No space: back off to a rune boundary so the passage stays valid UTF-8. Text that
	// is not UTF-8 may have none; then cut where the limit falls, so the split always
	// moves on.
	cut := limit
	for cut > from && !utf8.RuneStart(text[cut]) {
		cut--
	}
	if cut == from {
		return limit
	}
	return cut
}

func skipSpaces(text string, i int) int {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	return i
}
