package bot

import (
	"net/url"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
)

// Discord's limits on a message, in characters. Lengths are counted in UTF-16 code units
// (see textLen), which is never fewer than Discord's count.
const (
	maxContent      = 2000
	maxEmbeds       = 10
	maxEmbedTotal   = 6000
	maxTitle        = 256
	maxDescription  = 4096
	maxFields       = 25
	maxFieldName    = 256
	maxFieldValue   = 1024
	maxFooter       = 2048
	maxAuthorName   = 256
	maxCustomID     = 100
	maxChoices      = 25
	maxChoiceName   = 100
	maxChoiceValue  = 100
	maxButtonsInRow = 5
)

// maxCardFooter caps the footer of an answer or quote below Discord's 2,048 so that, with
// five embeds, the passages keep most of the 6,000 characters whatever the metadata.
const maxCardFooter = 256

// maxFooterPart caps the publication and the author in a footer, so the paragraph number
// and the share of the question matched after them always show.
const maxFooterPart = 80

const ellipsis = "…"

// textLen is the length of s as Discord's limits count it, erring long: characters outside
// the Basic Multilingual Plane count twice.
func textLen(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// truncate shortens plain text (author names, footers, choice names: Discord shows them
// without markdown) to at most max characters, cutting on a rune boundary and marking the
// cut with an ellipsis.
func truncate(s string, max int) string {
	if textLen(s) <= max {
		return s
	}
	budget := max - textLen(ellipsis)
	n, cut := 0, 0
	for i, r := range s {
		c := utf16.RuneLen(r)
		if n+c > budget {
			break
		}
		n += c
		cut = i + utf8.RuneLen(r)
	}
	return strings.TrimRight(s[:cut], " ") + ellipsis
}

// markdownSpecial are the characters Discord's markdown gives meaning to anywhere in a
// line. Escaping a punctuation character with a backslash always shows it as written.
const markdownSpecial = "\\*_~|>`[<"

// lineStartSpecial mean something only at the start of a line: headings, subtext, lists.
const lineStartSpecial = "#-+"

// escaper tracks the little context that escaping needs: whether we are at the start of a
// line, and inside a run of digits there (an ordered-list marker "1." must not render).
type escaper struct {
	started   bool // a non-space rune has been seen on this line
	digitsRun bool // every non-space rune so far on this line is a digit
}

// needsEscape reports whether r must be preceded by a backslash, updating the context.
func (e *escaper) needsEscape(r rune) bool {
	switch r {
	case '\n':
		*e = escaper{}
		return false
	case ' ', '\t':
		if e.started {
			e.digitsRun = false
		}
		return false
	}
	escape := strings.ContainsRune(markdownSpecial, r) ||
		(!e.started && strings.ContainsRune(lineStartSpecial, r)) ||
		(r == '.' && e.started && e.digitsRun)
	isDigit := r >= '0' && r <= '9'
	e.digitsRun = isDigit && (!e.started || e.digitsRun)
	e.started = true
	return escape
}

// write writes r to b as it must be written.
func (e *escaper) write(b *strings.Builder, r rune) {
	if e.needsEscape(r) {
		b.WriteByte('\\')
	}
	b.WriteRune(r)
}

// escapeMarkdown returns s so that Discord shows it exactly as written.
func escapeMarkdown(s string) string {
	var b strings.Builder
	b.Grow(len(s) + len(s)/8)
	var e escaper
	for _, r := range s {
		e.write(&b, r)
	}
	return b.String()
}

// unescapeMarkdown reverses [escapeMarkdown]: every backslash stands before the character
// it protects.
func unescapeMarkdown(s string) string {
	var b strings.Builder
	escaped := false
	for _, r := range s {
		if r == '\\' && !escaped {
			escaped = true
			continue
		}
		escaped = false
		b.WriteRune(r)
	}
	return b.String()
}

// escapeTruncated escapes s and, if the result is longer than max, escapes a shorter prefix
// of s instead and adds an ellipsis, so that no escape is ever cut in half.
func escapeTruncated(s string, max int) string {
	return renderMarked(s, [2]int{}, max)
}

// renderMarked escapes text and puts the byte span hl (if not empty) in bold. If the result
// is longer than max it renders the longest prefix of text that fits with an ellipsis;
// escapes and the bold markers are never split.
func renderMarked(text string, hl [2]int, max int) string {
	hs, he := trimSpan(text, hl)
	var e escaper
	n, cut := 0, 0
	budget := max - textLen(ellipsis)
	fits := true
	for i, r := range text {
		c := utf16.RuneLen(r)
		if e.needsEscape(r) {
			c++
		}
		if i == hs && hs < he {
			c += 4 // both "**" markers come with the first bold rune
		}
		if n+c > max {
			fits = false
			break
		}
		n += c
		if n <= budget {
			cut = i + utf8.RuneLen(r)
		}
	}
	if fits {
		cut = len(text)
	} else {
		for cut > 0 && strings.ContainsRune(" \t\n", rune(text[cut-1])) {
			cut--
		}
	}
	var b strings.Builder
	b.Grow(cut + cut/8 + 8)
	var esc escaper
	for i, r := range text[:cut] {
		if i == hs && hs < he {
			b.WriteString("**")
		}
		esc.write(&b, r)
		if i+utf8.RuneLen(r) == he && hs < he {
			b.WriteString("**")
		}
	}
	if cut < he && cut > hs && hs < he {
		b.WriteString("**")
	}
	if !fits {
		b.WriteString(ellipsis)
	}
	return b.String()
}

// trimSpan returns hl clamped to text with surrounding spaces moved out, so the bold
// markers sit against words as Discord's markdown wants. An invalid span becomes empty.
func trimSpan(text string, hl [2]int) (int, int) {
	s, e := hl[0], hl[1]
	if s < 0 || e > len(text) || s >= e || !utf8.RuneStart(text[s]) || (e < len(text) && !utf8.RuneStart(text[e])) {
		return 0, 0
	}
	for s < e && strings.ContainsRune(" \t\n", rune(text[s])) {
		s++
	}
	for e > s && strings.ContainsRune(" \t\n", rune(text[e-1])) {
		e--
	}
	if s == e {
		return 0, 0
	}
	return s, e
}

// linkURL returns u when Discord will accept it as an embed URL (an absolute http or https
// link), else "": a bad URL makes Discord reject the whole reply.
func linkURL(u string) string {
	p, err := url.Parse(u)
	if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" || len(u) > 2048 {
		return ""
	}
	return u
}

// embedLen is the length Discord counts toward the 6,000 characters of a message's embeds.
func embedLen(e *discordgo.MessageEmbed) int {
	n := textLen(e.Title) + textLen(e.Description)
	if e.Author != nil {
		n += textLen(e.Author.Name)
	}
	if e.Footer != nil {
		n += textLen(e.Footer.Text)
	}
	for _, f := range e.Fields {
		n += textLen(f.Name) + textLen(f.Value)
	}
	return n
}

// shareBudget splits total characters between wants (what each item would use untruncated)
// so that no item gets more than it wants or cap, and what small items leave over goes to
// the large ones.
func shareBudget(total, cap int, wants []int) []int {
	got := make([]int, len(wants))
	left := len(wants)
	done := make([]bool, len(wants))
	for left > 0 {
		share := max(total/left, 0)
		progressed := false
		for i, w := range wants {
			if done[i] {
				continue
			}
			if w <= share && w <= cap {
				got[i], done[i] = w, true
				total -= w
				left--
				progressed = true
			}
		}
		if !progressed {
			for i := range wants {
				if !done[i] {
					got[i] = min(share, cap)
				}
			}
			break
		}
	}
	return got
}
