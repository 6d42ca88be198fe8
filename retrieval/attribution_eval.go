package retrieval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// AttributionGold is one line of an attribution gold file: a body paragraph, found by the
// first 40 characters of its text, and the people whose words appear in it, main speaker
// first. An unnamed source is written "anonymous: <role>".
type AttributionGold struct {
	Para     int      `json:"para"`
	Starts   string   `json:"starts"`
	Speakers []string `json:"speakers"`
}

// ReadAttributionGold reads a JSON-lines attribution gold file.
func ReadAttributionGold(r io.Reader) ([]AttributionGold, error) {
	var out []AttributionGold
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g AttributionGold
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		out = append(out, g)
	}
	return out, sc.Err()
}

// AttributionReport compares attributed passages with a gold file.
type AttributionReport struct {
	Paragraphs  int     // gold paragraphs found in the passages
	MainCorrect int     // paragraphs whose main speaker is right (or rightly nobody)
	MainTotal   int     // paragraphs compared
	F1          float64 // micro-averaged F1 of the speaker sets over all paragraphs
	Errors      []string
}

// EvaluateAttribution scores the speakers of passages (merged per paragraph) against gold.
func EvaluateAttribution(passages []Passage, gold []AttributionGold) AttributionReport {
	var rep AttributionReport
	tp, fp, fn := 0, 0, 0
	for _, g := range gold {
		var got []string
		found := false
		for _, p := range passages {
			if !strings.HasPrefix(p.Text, firstRunes(g.Starts, 40)) && !strings.HasPrefix(firstRunes(p.Text, 40), g.Starts) {
				continue
			}
			for _, q := range passages {
				if q.DocID == p.DocID && q.Paragraph == p.Paragraph {
					for _, s := range q.Speakers {
						got = appendUnique(got, speakerGoldName(s))
					}
				}
			}
			found = true
			break
		}
		if !found {
			rep.Errors = append(rep.Errors, fmt.Sprintf("paragraph %d (%q) not found", g.Para, g.Starts))
			continue
		}
		rep.Paragraphs++
		rep.MainTotal++
		if equalFold(first(got), first(g.Speakers)) {
			rep.MainCorrect++
		} else {
			rep.Errors = append(rep.Errors, fmt.Sprintf("paragraph %d: main speaker %q, want %q", g.Para, first(got), first(g.Speakers)))
		}
		want := map[string]bool{}
		for _, s := range g.Speakers {
			want[foldKey(s)] = true
		}
		for _, s := range got {
			if want[foldKey(s)] {
				tp++
				delete(want, foldKey(s))
			} else {
				fp++
				rep.Errors = append(rep.Errors, fmt.Sprintf("paragraph %d: extra speaker %q", g.Para, s))
			}
		}
		for s := range want {
			fn++
			rep.Errors = append(rep.Errors, fmt.Sprintf("paragraph %d: missing speaker %q", g.Para, s))
		}
	}
	if tp+fp+fn == 0 {
		rep.F1 = 1
	} else {
		rep.F1 = 2 * float64(tp) / float64(2*tp+fp+fn)
	}
	return rep
}

func speakerGoldName(s Speaker) string {
	if s.Anonymous {
		return "anonymous: " + s.Role
	}
	return s.Name
}

func firstRunes(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

func first(ss []string) string {
	if len(ss) == 0 {
		return ""
	}
	return ss[0]
}

func appendUnique(ss []string, s string) []string {
	for _, x := range ss {
		if equalFold(x, s) {
			return ss
		}
	}
	return append(ss, s)
}
