package retrieval

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// questionTokens splits a question into words as written (apostrophes, inner hyphens and
// dots kept) and punctuation marks, which end the phrases namedSpeaker looks for.
var questionTokens = regexp.MustCompile(`[\p{L}\p{N}][\p{L}\p{N}'’.\-]*|[,;:?!()"“”]`)

// askVerbs are what a question asks a person's view with: "what did the envoy say",
// "how does the analyst rate", "why does the expert not understand".
var askVerbs = wordSet(`say think believe see argue claim expect want fear know rate describe
	characterize call predict recall suggest make find view consider mean blame warn worry admit
	acknowledge understand doubt estimate recommend propose hope assess judge regard attribute`)

// viewNouns follow a possessive that names whose view a question asks for: "in the
// mayor's view", "in the director's account".
var viewNouns = wordSet(`view views opinion estimate words account assessment telling reading judgment
	analysis estimation understanding perspective recollection memory`)

// speakerDeterminers start the phrase after "did" or "does" that names a person ("did the
// envoy say"), and are not part of it.
var speakerDeterminers = wordSet(`the a an this that his her their its one`)

// groupWords make a phrase name several people, whose words no one passage's speaker has:
// "according to most specialists".
var groupWords = wordSet(`most many some several all few other others various numerous`)

// namedSpeaker returns the words a question names the person it asks about with, in the
// ways questions do: "which city official said …", "according to the utility's director",
// "in the mayor's view", "what did the union leader say …", "why does the engineer not
// understand …". It returns nil when the question names nobody that way or names a group
// ("according to most analysts", "which experts said"). The words are lower-case, without
// stopwords or possessive endings.
func namedSpeaker(q string) []string {
	toks := questionTokens.FindAllString(q, -1)
	low := make([]string, len(toks))
	for i, t := range toks {
		low[i] = strings.ToLower(strings.ReplaceAll(t, "’", "'"))
	}
	// Words start with a letter or digit; anything else is punctuation, which ends a phrase.
	punct := func(i int) bool {
		if i >= len(low) {
			return true
		}
		r, _ := utf8.DecodeRuneInString(low[i])
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}
	var words []string
	take := func(from, to int) {
		if to <= from || namesGroup(toks[from:to], low[from:to]) {
			return
		}
		for _, t := range toks[from:to] {
			for _, w := range tokenize(t) {
				if !isStopword(w) && !speakerDeterminers[w] {
					words = append(words, w)
				}
			}
		}
	}
	for i, w := range low {
		switch w {
		case "which", "what": // which city official said …
			if i > 0 && !punct(i-1) {
				continue
			}
			for j := i + 2; j <= i+8 && !punct(j); j++ {
				// "which city official said"; "which law does the group say" asks a law.
				if speechVerbs[low[j]] && low[j] != "say" {
					take(i+1, j)
					break
				}
			}
		case "according": // according to the utility's director, …
			if i+1 < len(low) && low[i+1] == "to" {
				j := i + 2
				for j < i+8 && !punct(j) {
					j++
				}
				take(i+2, j)
			}
		case "in": // in the mayor's view
			for j := i + 1; j <= i+7 && !punct(j); j++ {
				if strings.HasSuffix(low[j], "'s") && j+1 < len(low) && viewNouns[low[j+1]] {
					take(i+1, j+1)
					break
				}
			}
		case "did", "does", "do", "would", "will": // what did the union leader say …
			if i+1 >= len(low) || !speakerDeterminers[low[i+1]] {
				continue // "did Iran say": a name is asked about, not a role
			}
			for k := i + 2; k <= i+7 && !punct(k); k++ {
				if v := low[k]; v == "to" || v == "that" || v == "about" {
					break
				}
				if askVerbs[low[k]] {
					end := k
					if low[k-1] == "not" {
						end--
					}
					take(i+2, end)
					break
				}
			}
		}
	}
	return words
}

// namesGroup reports a phrase that names several people: one with a group word, or one
// that ends in a plural common noun ("experts"; not "Jones" or "the official's").
func namesGroup(toks, low []string) bool {
	for _, w := range low {
		if groupWords[w] {
			return true
		}
	}
	last := strings.TrimSuffix(low[len(low)-1], "'s")
	first, _ := utf8.DecodeRuneInString(toks[len(toks)-1])
	return !unicode.IsUpper(first) && strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") &&
		!strings.HasSuffix(low[len(low)-1], "'s")
}
