package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/articlebot/articlebot/retrieval"
)

// checkLimits checks Discord's limits on a response as it was sent.
func checkLimits(r wireResponse) error {
	d := r.Data
	if n := textLen(d.Content); n > maxContent {
		return fmt.Errorf("content has %d characters", n)
	}
	if len(d.Embeds) > maxEmbeds {
		return fmt.Errorf("%d embeds", len(d.Embeds))
	}
	total := 0
	for n, e := range d.Embeds {
		checks := []struct {
			what string
			text string
			max  int
		}{{"title", e.Title, maxTitle}, {"description", e.Description, maxDescription}}
		if e.Author != nil {
			checks = append(checks, struct {
				what string
				text string
				max  int
			}{"author", e.Author.Name, maxAuthorName})
		}
		if e.Footer != nil {
			checks = append(checks, struct {
				what string
				text string
				max  int
			}{"footer", e.Footer.Text, maxFooter})
		}
		if len(e.Fields) > maxFields {
			return fmt.Errorf("embed %d has %d fields", n, len(e.Fields))
		}
		for _, f := range e.Fields {
			checks = append(checks, struct {
				what string
				text string
				max  int
			}{"field name", f.Name, maxFieldName}, struct {
				what string
				text string
				max  int
			}{"field value", f.Value, maxFieldValue})
		}
		for _, c := range checks {
			if !utf8.ValidString(c.text) {
				return fmt.Errorf("embed %d %s is not valid UTF-8", n, c.what)
			}
			if l := textLen(c.text); l > c.max {
				return fmt.Errorf("embed %d %s has %d characters, limit %d", n, c.what, l, c.max)
			}
		}
		// Passages are escaped; the help text uses markdown on purpose.
		if e.Footer != nil && strings.Contains(e.Footer.Text, "paragraph") {
			if err := checkMarkdown(e.Description); err != nil {
				return fmt.Errorf("embed %d description: %v", n, err)
			}
		}
		total += embedLen(&e)
	}
	if total > maxEmbedTotal {
		return fmt.Errorf("embeds total %d characters", total)
	}
	for _, row := range d.Components {
		if len(row.Components) > maxButtonsInRow {
			return fmt.Errorf("%d buttons in a row", len(row.Components))
		}
		for _, c := range row.Components {
			if len(c.CustomID) > maxCustomID || c.CustomID == "" {
				return fmt.Errorf("custom_id %q", c.CustomID)
			}
		}
	}
	return nil
}

// checkMarkdown finds broken rendering: a dangling escape or unbalanced bold markers.
func checkMarkdown(s string) error {
	bold := 0
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '\\':
			if i+1 == len(s) {
				return fmt.Errorf("ends with a dangling backslash")
			}
			i++
		case strings.HasPrefix(s[i:], "**"):
			bold++
			i++
		case strings.ContainsRune("*_~|`", rune(s[i])):
			return fmt.Errorf("unescaped %q at %d", s[i], i)
		}
	}
	if bold%2 != 0 {
		return fmt.Errorf("unbalanced bold markers")
	}
	return nil
}

// visible is what Discord shows for escaped markdown: the text without escapes and bold
// markers.
func visible(s string) string {
	return unescapeMarkdown(strings.ReplaceAll(s, "**", ""))
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "Iran and al Qaeda", "Iran and al Qaeda"},
		{"emphasis", "*bold* _it_ ~~x~~ ||spoiler||", `\*bold\* \_it\_ \~\~x\~\~ \|\|spoiler\|\|`},
		{"code and quotes", "`x` > y", "\\`x\\` \\> y"},
		{"backslash", `C:\path`, `C:\\path`},
		{"links and mentions", "[a](http://x) <@1>", `\[a](http://x) \<@1\>`},
		{"heading at line start", "# Title\n## more", "\\# Title\n\\## more"},
		{"hyphen only at line start", "- item al-Qaeda", `\- item al-Qaeda`},
		{"ordered list marker", "1. first 2. not", `1\. first 2. not`},
		{"number without dot", "1999 was", "1999 was"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := escapeMarkdown(tc.in)
			if got != tc.want {
				t.Errorf("escapeMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
			}
			if back := unescapeMarkdown(got); back != tc.in {
				t.Errorf("unescape gives %q, want %q", back, tc.in)
			}
		})
	}
}

func TestRenderMarked(t *testing.T) {
	text := "First *one*. Second_two_ here. Third."
	hl := [2]int{strings.Index(text, "Second"), strings.Index(text, " Third")}
	tests := []struct {
		name string
		max  int
		want string
	}{
		{"fits", 1000, `First \*one\*. **Second\_two\_ here.** Third.`},
		{"cut after the highlight", 44, `First \*one\*. **Second\_two\_ here.** Thir…`},
		{"no space before the ellipsis", 40, `First \*one\*. **Second\_two\_ here.**…`},
		{"cut inside the highlight closes bold", 30, `First \*one\*. **Second\_tw**…`},
		{"cut before the highlight", 17, `First \*one\*.…`},
		{"never half an escape", 9, `First \*…`},
		{"never half an escape one shorter", 8, `First…`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := renderMarked(text, hl, tc.max)
			if got != tc.want {
				t.Errorf("renderMarked(max %d) = %q, want %q", tc.max, got, tc.want)
			}
			if textLen(got) > tc.max {
				t.Errorf("%d characters, max %d", textLen(got), tc.max)
			}
			if err := checkMarkdown(got); err != nil {
				t.Error(err)
			}
		})
	}
	if got := renderMarked("a b", [2]int{5, 9}, 10); got != "a b" {
		t.Errorf("an out-of-range highlight must be ignored, got %q", got)
	}
}

func TestSpeakersLine(t *testing.T) {
	jones := retrieval.Speaker{Name: "Seth Jones", Role: "Center for Strategic and International Studies"}
	aide := retrieval.Speaker{Role: "Khamenei aide", Anonymous: true}
	zarif := retrieval.Speaker{Name: "Mohammad Javad Zarif", Role: "Iranian envoy"}
	tests := []struct {
		name     string
		speakers []retrieval.Speaker
		max      int
		want     string
	}{
		{"one", []retrieval.Speaker{jones}, 256, "Seth Jones — Center for Strategic and International Studies"},
		{"unnamed", []retrieval.Speaker{aide}, 256, "Unnamed source — Khamenei aide"},
		{"several", []retrieval.Speaker{zarif, jones, aide}, 256, "Mohammad Javad Zarif — Iranian envoy (also: Seth Jones, Khamenei aide)"},
		{"several, short", []retrieval.Speaker{zarif, jones, aide}, 64, "Mohammad Javad Zarif — Iranian envoy (also: Seth Jones, +1 more)"},
		{"several, shorter", []retrieval.Speaker{zarif, jones, aide}, 46, "Mohammad Javad Zarif — Iranian envoy (+2 more)"},
		{"several, too short for more", []retrieval.Speaker{zarif, jones, aide}, 45, "Mohammad Javad Zarif — Iranian envoy"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := speakersLine(tc.speakers, tc.max)
			if got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
			if textLen(got) > tc.max {
				t.Errorf("%d characters, max %d", textLen(got), tc.max)
			}
		})
	}
}

func TestShareBudget(t *testing.T) {
	tests := []struct {
		name  string
		total int
		wants []int
		want  []int
	}{
		{"all fit", 100, []int{10, 20, 30}, []int{10, 20, 30}},
		{"small ones leave room to the large", 100, []int{10, 80, 80}, []int{10, 45, 45}},
		{"cap", 10000, []int{5000, 10}, []int{4096, 10}},
		{"nothing left", -5, []int{10}, []int{0}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := shareBudget(tc.total, maxDescription, tc.wants)
			if fmt.Sprint(got) != fmt.Sprint(tc.want) {
				t.Errorf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// syntheticEngine is an article whose passages are all MaxPassageLen bytes of markdown
// characters and multi-byte runes, with long names and roles: the worst case for limits.
func syntheticEngine(t *testing.T) *retrieval.Index {
	t.Helper()
	unit := `*_~|>` + "`" + `\ “é” 😀 [x] <@1> # - `
	var paras []string
	for n := 0; n < 12; n++ {
		var b strings.Builder
		b.WriteString(fmt.Sprintf("“Quote %d ", n))
		for b.Len() < retrieval.MaxPassageLen-len(unit)-40 {
			b.WriteString(unit)
		}
		b.WriteString(fmt.Sprintf(".” said Alexandria Wolfeschlegelsteinhausen%d, a very long-titled spokeswoman.", n))
		paras = append(paras, b.String())
	}
	long := strings.Repeat("Ü*_", 120)
	doc := "---\ntitle: \"" + long + "\"\ndek: \"" + long + "\"\nauthor: \"" + strings.Repeat("Author ", 50) +
		"\"\npublication: \"" + strings.Repeat("Pub ", 100) + "\"\nurl: \"https://example.com/a\"\n---\n\n" + strings.Join(paras, "\n\n") + "\n"
	d, err := retrieval.ParseDocument("synthetic.md", []byte(doc))
	if err != nil {
		t.Fatalf("parse synthetic document: %v", err)
	}
	ix, err := retrieval.NewIndex(context.Background(), []retrieval.Document{d})
	if err != nil {
		t.Fatalf("index synthetic document: %v", err)
	}
	return ix
}

// TestLimitsOnWorstCases renders every page of every command for the longest passages of
// the shipped article and for the synthetic worst case.
func TestLimitsOnWorstCases(t *testing.T) {
	engines := map[string]*retrieval.Index{"shipped": realIndex(t), "synthetic": syntheticEngine(t)}
	for name, ix := range engines {
		t.Run(name, func(t *testing.T) {
			b := newTestBot(t, ix, Options{RatePerMinute: 1 << 20})
			longest := ix.Passages()[0]
			for _, p := range ix.Passages() {
				if len(p.Text) > len(longest.Text) {
					longest = p
				}
			}
			question := strings.Join(strings.Fields(longest.Text), " ")
			question = string([]rune(question)[:min(utf8.RuneCountInString(question), 290)])
			var responses []*discordgo.InteractionResponse
			five := &discordgo.ApplicationCommandInteractionDataOption{Name: "results", Type: discordgo.ApplicationCommandOptionInteger, Value: float64(5)}
			ask := b.respond(context.Background(), askInteraction("1", "1", question, five))
			responses = append(responses, ask)
			for page := ask; len(buttons(page)) > 0; {
				page = b.respond(context.Background(), buttonInteraction("2", "1", buttons(page)[0].CustomID, sentMessage(page)))
				responses = append(responses, page)
			}
			for _, s := range ix.Speakers() {
				q := b.respond(context.Background(), quotesInteraction("3", "1", s.Label()))
				responses = append(responses, q)
				for next := q; len(buttons(next)) == 2 && !buttons(next)[1].Disabled; {
					next = b.respond(context.Background(), buttonInteraction("4", "1", buttons(next)[1].CustomID, sentMessage(next)))
					responses = append(responses, next)
				}
			}
			responses = append(responses,
				b.respond(context.Background(), simpleCommand("5", "1", cmdArticle)),
				b.respond(context.Background(), simpleCommand("6", "1", cmdHelp)),
				b.respond(context.Background(), autocompleteInteraction("7", "1", "")))
			embedsSeen := 0
			for n, resp := range responses {
				body, err := json.Marshal(resp)
				if err != nil {
					t.Fatal(err)
				}
				checkMessageRules(t, body)
				r := decodeResponse(t, body)
				for _, e := range r.Data.Embeds {
					embedsSeen++
					if e.Footer == nil || !strings.Contains(e.Footer.Text, "paragraph") {
						continue
					}
					// What readers see must be the article's words: a whole passage, or
					// the start of one when it had to be shortened.
					shown, cut := strings.CutSuffix(visible(e.Description), ellipsis)
					if !passageExists(ix, shown, cut) {
						t.Errorf("response %d shows text that is not a passage: %q", n, shown)
					}
				}
			}
			if embedsSeen < len(ix.Passages()) {
				t.Errorf("only %d embeds rendered; the test must reach every passage", embedsSeen)
			}
		})
	}
}

func passageExists(ix *retrieval.Index, text string, prefix bool) bool {
	for _, p := range ix.Passages() {
		if p.Text == text || (prefix && strings.HasPrefix(p.Text, text)) {
			return true
		}
	}
	return false
}
