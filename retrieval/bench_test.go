package retrieval

import (
	"context"
	"fmt"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"

	"github.com/articlebot/articlebot/docs"
)

// BenchmarkAnswer is one answer on the shipped article (target: ≤ 100 µs).
func BenchmarkAnswer(b *testing.B) {
	ix := shippedIndex(b)
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ix.Answer(ctx, "Did Iran help the U.S. at Bonn?", 3); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewIndex builds the index of the shipped article, as at start (target: ≤ 10 ms).
func BenchmarkNewIndex(b *testing.B) {
	ds, err := LoadDocuments(docs.FS)
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewIndex(ctx, ds); err != nil {
			b.Fatal(err)
		}
	}
}

// syntheticDocuments makes n passages from the shipped article's sentences, shuffled into
// new paragraphs of three to five sentences, a hundred paragraphs to a document.
func syntheticDocuments(tb testing.TB, n int) []Document {
	ds, err := LoadDocuments(docs.FS)
	if err != nil {
		tb.Fatal(err)
	}
	var sentences []string
	for _, p := range Paragraphs(ds[0].Body) {
		for _, s := range Sentences(p.Text) {
			sentences = append(sentences, p.Text[s[0]:s[1]])
		}
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var out []Document
	var body strings.Builder
	for i := 0; i < n; i++ {
		var para []string
		for j := 0; j < 3+rng.IntN(3); j++ {
			para = append(para, sentences[rng.IntN(len(sentences))])
		}
		if body.Len() > 0 {
			body.WriteString("\n\n")
		}
		// Keep paragraphs under the passage limit so each is one passage.
		text := strings.Join(para, " ")
		if len(text) > MaxPassageLen {
			text = para[0]
		}
		body.WriteString(text)
		if (i+1)%100 == 0 || i == n-1 {
			out = append(out, Document{ID: fmt.Sprintf("synthetic-%d", len(out)), Meta: Meta{Title: "Synthetic"}, Body: body.String()})
			body.Reset()
		}
	}
	return out
}

// BenchmarkScale compares an answer from the engine with a bare chromem-go query of the
// same question vector over the same collection, at 10k and 100k passages, and reports
// the index's memory per passage.
func BenchmarkScale(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			if testing.Short() && n > 10_000 {
				b.Skip("100k passages take a few GB; skipped with -short")
			}
			ctx := context.Background()
			docs := syntheticDocuments(b, n)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			ix, err := NewIndex(ctx, docs)
			if err != nil {
				b.Fatal(err)
			}
			runtime.GC()
			runtime.ReadMemStats(&after)
			perPassage := float64(after.HeapAlloc-before.HeapAlloc) / float64(len(ix.Passages()))
			question := "Did Iran help the U.S. at Bonn?"
			q, _ := NormalizeQuestion(question)
			vec := ix.embedder.EmbedQuery(q)

			b.Run("chromem", func(b *testing.B) {
				for b.Loop() {
					if _, err := ix.coll.QueryEmbedding(ctx, vec, 3, nil, nil); err != nil {
						b.Fatal(err)
					}
				}
			})
			b.Run("engine", func(b *testing.B) {
				for b.Loop() {
					if _, err := ix.Answer(ctx, question, 3); err != nil {
						b.Fatal(err)
					}
				}
				b.ReportMetric(perPassage, "bytes/passage")
				b.ReportMetric(float64(ix.embedder.Dimensions()), "dims")
			})
			runtime.KeepAlive(ix)
		})
	}
}

// BenchmarkAttributeAdversarial splits and attributes ~150 kB bodies shaped to make the
// rules do the most work: each once took seconds (quadratic scans), now all are linear.
func BenchmarkAttributeAdversarial(b *testing.B) {
	cases := map[string]string{
		"short sentences":   strings.Repeat("Jones said it. ", 10000),
		"names and orgs":    strings.Repeat("Ann Lee of Bbb Ccc ", 8000),
		"capitalised run":   "Ann Lee of " + strings.Repeat("Aaa ", 30000),
		"appositives":       strings.Repeat("Ann Lee, a ", 15000),
		"quotes and said":   strings.Repeat("“a,” said Ann Lee. ", 8000),
		"colons and quotes": "Ann Lee was blunt" + strings.Repeat(" x: “a”", 20000),
		"invalid UTF-8":     "0 sdA" + strings.Repeat("\x9d", 150000),
		"one word":          strings.Repeat("x", 150000),
		// Thousands of people, each followed by a phrase that refers back to someone.
		"the spokeswoman said": manyPeople("Ann Q%dx, a lawyer, said it. The spokeswoman said so. "),
		"the company said":     manyPeople("Ann Q%dx, a spokeswoman, said it. The company said so. "),
		"a first word said":    manyPeople("Ann Q%dx, a spokeswoman, said it. Bob said so. "),
		// Documents cited, with their owners to look up.
		"according to its report": manyPeople("Acme Q%dx Authority fell, according to its annual report, "),
		"a report by":             manyPeople("according to a report by the Q%dx Water Authority "),
		"in a report, the agency": manyPeople("The Q%dx Authority was sued. In a report, the authority warned. "),
		"long organisation names": "the Water Authority" + strings.Repeat(" for Aaa and Bbb of Ccc", 6000),
		// Possessive short forms to look up among thousands of organisations, and reports
		// that speak for their owners.
		"possessive short forms": manyPeople("Ann Lee, a doctor at St. Q%dx’s Children’s Hospital, said so. St. Q1x’s said it. "),
		"the report found":       manyPeople("It fell, according to a report released today by the Q%dx Authority. The report found so. "),
		// One-word companies, and citations with no owner in one endless sentence.
		"one-word companies":      manyPeople("Q%dx, the maker of bikes, said so, and Q1x rose. "),
		"according to a filing":   "Acme, the maker of bikes, fell" + strings.Repeat(", according to a filing", 6000),
		"the audit, conducted by": manyPeople("The audit, conducted by the Q%dx Office, found so. "),
		// Short quotations on lines of their own, each looked for across the body.
		"pull quotes": manyPeople("“We are asking for %d hours a week.”\n\n"),
		// Plural titles before lists, parentheses after names, names with "and" inside and
		// one endless sentence said with "saying".
		"titled lists": manyPeople("Councilmembers Ann Q%dx, Bob Lee and Cy Dunn voted no. "),
		"parentheses":  manyPeople("Sen. Ann Q%dx (D-Ore.) said so. The Q1x Office (QO) said it. "),
		"and in names": "The Aaa" + strings.Repeat(" and Bbb", 20000) + " Authority said so.",
		"saying":       "A spokesman for the Ministry" + strings.Repeat(" of Aaa", 15000) + " rejected it, saying so.",
		"one of them":  manyPeople("Three former managers at the Q%dx site, who asked, described it. “x,” one of them said. "),
		// Bodies named by the lower-case end of their names, and their initials.
		"according to the county office": manyPeople("The Q%dx County Elections Office opened. It was close, according to the county elections office. The QCEO also found so. "),
		// A kind of body that no name holds, asked for among thousands of longer names.
		"the university said": manyPeople("The Harbor Q%dx Trust Board voted. The university said so. "),
		// One paragraph of pronouns whose second verb looks back for the person they mean.
		"and said": "Ann Qx spoke." + strings.Repeat(" At noon, she held up a copy and said so.", 5000),
	}
	for name, body := range cases {
		b.Run(name, func(b *testing.B) {
			doc := Document{ID: "adversarial", Body: body}
			for b.Loop() {
				Attribute(doc, SplitPassages(doc))
			}
		})
	}
}

// manyPeople repeats a sentence pattern with a new name each time, to about 150 kB.
func manyPeople(pattern string) string {
	var b strings.Builder
	for i := 0; b.Len() < 150000; i++ {
		fmt.Fprintf(&b, pattern, i)
	}
	return b.String()
}
