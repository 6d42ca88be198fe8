package retrieval

import (
	"regexp"
	"slices"
	"strings"
)

// Sports teams are bodies the article names in full once ("the Lakeport Comets’ star
// forward") and then by their nickname ("the Comets said in a statement") or as "the
// team". Nothing in the full name says it is an organisation: the nickname is what does,
// a capitalised plural after "the" that ends a longer name elsewhere in the article.

// registerTeams records every team the article names so: the full name as an
// organisation of the kind "team", its nickname as its short form. A nickname that ends
// two names, or is another's short form, is left alone.
func (a *attributor) registerTeams() {
	if !slices.ContainsFunc(a.paras, func(p Paragraph) bool { return sportsWords.MatchString(p.Text) }) {
		return // no team plays in an article that never names a coach, a season or a team
	}
	fulls := map[string][]string{} // nickname → the full names it ends
	var nicknames []string         // in the order the article first uses them
	for _, toks := range a.toks {
		for k := 1; k < len(toks); k++ {
			w := toks[k].withoutPossessive()
			if !isNickname(w) {
				continue
			}
			if toks[k-1].is("the") && !toks[k-1].capitalized() || toks[k-1].text == "The" {
				if !slices.Contains(nicknames, w.text) {
					nicknames = append(nicknames, w.text) // "the Comets", "The Comets open …"
				}
			}
			if k >= 1 && toks[k-1].capitalized() && !toks[k-1].possessive() && !isStopword(toks[k-1].lower()) {
				start := k - 1 // "the Harbor City Hawks": the city's name may run longer
				for start > 0 && k-start < maxNameWords && toks[start-1].capitalized() && !toks[start-1].possessive() && !isStopword(toks[start-1].lower()) {
					start--
				}
				full := joinTokens(toks[start:k]) + " " + w.text
				if !slices.Contains(fulls[w.text], full) {
					fulls[w.text] = append(fulls[w.text], full)
				}
			}
		}
	}
	for _, nickname := range nicknames {
		names := fulls[nickname]
		if len(names) != 1 {
			continue
		}
		full := names[0]
		if known, ok := a.byName[foldKey(full)]; ok {
			full = known // met before as a name whose kind nothing said
		}
		if other, taken := a.surname[foldKey(nickname)]; taken && other != full {
			continue
		}
		a.para = a.firstParagraphOf(full)
		a.addPerson(full)
		a.firstIn[full] = min(a.firstIn[full], a.para) // named first in a possessive, "the Lakeport Comets’ forward"
		a.addKind(full, "team")
		a.addKind(full, "organisation")
		a.surname[foldKey(nickname)] = full
	}
}

// sportsWords are what a sports story says of its teams.
var sportsWords = regexp.MustCompile(`\b(the team|coach|playoffs|season|league)\b`)

// isNickname reports a capitalised plural that may be a team's nickname: "Comets",
// "Foxes". Not the plural of a word that names any body ("Markets", "Industries"), a
// people ("the Iranians", "the Indians") or a party ("House Democrats").
func isNickname(t token) bool {
	w := t.lower()
	return t.kind == wordToken && t.capitalized() && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
		!strings.HasSuffix(w, "ans") && !partyMembers[w] &&
		!organisationNouns[w] && !tradeNameEndings[w] && !companyNameEndings[w] && !organisationNouns[strings.TrimSuffix(w, "s")]
}

// partyMembers are what parties' members are called: "the Democrats" are no team.
var partyMembers = wordSet(`democrats republicans conservatives liberals greens socialists tories
	nationalists communists independents loyalists unionists`)

// firstParagraphOf returns the first paragraph whose text holds name.
func (a *attributor) firstParagraphOf(name string) int {
	for i, p := range a.paras {
		if strings.Contains(p.Text, name) {
			return i
		}
	}
	return 0
}

// firstTeam returns the sports team the article names first, whom "the team" means: the
// article is about it, and its opponents come after.
func (a *attributor) firstTeam() (Speaker, bool) {
	best, bestPara, bestAt := "", len(a.paras), 0
	for _, name := range a.kinds.names["team"] {
		if !a.kinds.has(name, "organisation") || !a.introduced(name) {
			continue
		}
		para := a.firstParagraphOf(name)
		at := strings.Index(a.paras[para].Text, name)
		if para < bestPara || para == bestPara && at < bestAt {
			best, bestPara, bestAt = name, para, at
		}
	}
	return Speaker{Name: best}, best != ""
}
