package retrieval

import (
	"regexp"
	"strings"
)

// An interview printed as questions and answers ("Q: …", "A: …") quotes its subject
// without quotation marks or speech verbs: every answer is the interviewee's words, and
// every question the interviewer's.

// interviewTurn is the label that opens a question or an answer: "Q:", "A.", "**Q:**".
var interviewTurn = regexp.MustCompile(`^\*{0,2}([QA])[:.]\*{0,2}\s`)

// minInterviewTurns is how many questions and how many answers make a page an interview;
// a stray "A. Smith" opening a paragraph does not.
const minInterviewTurns = 2

// turnOf returns "Q" or "A" for a paragraph that opens a question or an answer, "" for any
// other.
func turnOf(text string) string {
	if m := interviewTurn.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

// attributeInterview gives each answer of an interview to the interviewee, first, and
// each question to the interviewer, the article's author when it has one. The interviewee
// is the person the introduction (the paragraphs before the first question) names whom
// the article mentions most. A page that is no interview is left as it is.
func (a *attributor) attributeInterview(out []paragraphAttribution) {
	first, questions, answers := -1, 0, 0
	for i, r := range out {
		switch turnOf(r.para.Text) {
		case "Q":
			questions++
		case "A":
			answers++
		default:
			continue
		}
		if first < 0 {
			first = i
		}
	}
	if questions < minInterviewTurns || answers < minInterviewTurns {
		return
	}
	interviewee := a.interviewee(out, first)
	for i := range out {
		var s Speaker
		switch turnOf(out[i].para.Text) {
		case "A":
			s = Speaker{Name: interviewee}
		case "Q":
			s = Speaker{Name: a.author}
		}
		if s.Name == "" {
			continue
		}
		// First, in person: the answer is hers even when she quotes someone in it.
		out[i].found = append([]attribution{{pos: 0, speaker: s, turn: true}}, out[i].found...)
	}
}

// interviewee returns the person introduced before the paragraph intro ends at whom the
// article names most often, by full name or last name; "" when the introduction names
// nobody.
func (a *attributor) interviewee(out []paragraphAttribution, intro int) string {
	best, bestCount := "", 0
	for _, name := range a.names {
		if a.firstIn[name] >= intro || a.kinds.has(name, "organisation") {
			continue
		}
		parts := strings.Fields(name)
		last := parts[len(parts)-1]
		count := 0
		for _, r := range out {
			count += strings.Count(r.para.Text, last)
		}
		if count > bestCount {
			best, bestCount = name, count
		}
	}
	return best
}

// A broadcast transcript labels every turn with its speaker in capitals: "MARIA OKONKWO,
// HOST: Good morning.", then "OKONKWO: …". The words follow without quotation marks.

// transcriptLabel is a turn's label: a name in capitals, an optional role in capitals
// after a comma, and a colon.
var transcriptLabel = regexp.MustCompile(`^(\p{Lu}[\p{Lu}'’.-]+(?: \p{Lu}[\p{Lu}'’.-]*){0,3})(?:, ([\p{Lu} ]+))?:\s`)

// minTranscriptTurns is how many labelled paragraphs make a page a transcript; a stray
// "NOTE:" does not.
const minTranscriptTurns = 3

// notTranscriptLabels open paragraphs in capitals with a colon without naming a speaker.
var notTranscriptLabels = wordSet(`note correction update clarification editor's editor’s disclosure
	warning`)

// transcriptRoles turn a label's role into a description: NPR's "BYLINE" marks its reporter.
var transcriptRoles = map[string]string{"BYLINE": "reporter"}

// registerTranscript finds the labelled turns of a transcript and registers their
// speakers, as names are written ("MARIA OKONKWO" is Maria Okonkwo), before anything else
// is read, so that "Vance says" in a reporter's turn is the Teresa Vance of a later label.
// It returns each paragraph's speaker, "" for paragraphs without a label, or nil when the
// page has fewer labelled turns than a transcript.
func (a *attributor) registerTranscript() []string {
	labels := make([][]string, len(a.paras))
	turns := 0
	for i, p := range a.paras {
		m := transcriptLabel.FindStringSubmatch(p.Text)
		if m == nil || notTranscriptLabels[strings.ToLower(strings.Fields(m[1])[0])] {
			continue
		}
		labels[i] = m[1:]
		turns++
	}
	if turns < minTranscriptTurns {
		return nil
	}
	speakers := make([]string, len(a.paras))
	for i, label := range labels {
		if label == nil || len(strings.Fields(label[0])) < 2 {
			continue
		}
		name := properCase(label[0])
		a.para = i
		a.addPerson(name)
		if role := label[1]; role != "" {
			if r, ok := transcriptRoles[role]; ok {
				role = r
			}
			a.addRole(name, strings.ToLower(role))
		}
	}
	for i, label := range labels {
		if label != nil {
			speakers[i] = properCase(label[0])
		}
	}
	return speakers
}

// maxOutletInitials bounds a label that is an outlet's initials, its interviewer's: "FP:".
const maxOutletInitials = 4

// attributeTranscript gives each labelled turn to its speaker, first. A one-word label is
// the surname of someone the article names in full, read once all names are registered
// ("OKONKWO:" after "MARIA OKONKWO, HOST:", "VRENHOLM:" after "Matthias Vrenholm
// resigned"); a few capitals that are nobody's surname are the outlet's initials, whose
// questions are the author's ("FP:").
func (a *attributor) attributeTranscript(out []paragraphAttribution, speakers []string) {
	last := ""
	for i, name := range speakers {
		if name == "" && last != "" {
			// A turn that runs on into a paragraph with no label of its own: still the same
			// speaker's, whoever else it quotes ("Dr. Caldwell-Moreau has written that …,
			// and I think that is the fairest criticism").
			out[i].found = append([]attribution{{pos: 0, speaker: Speaker{Name: last}, turn: true}}, out[i].found...)
			continue
		}
		if name == "" {
			continue
		}
		if len(strings.Fields(name)) == 1 {
			if full, ok := a.surname[foldKey(name)]; ok {
				name = full
			} else if len(name) <= maxOutletInitials {
				if name = a.author; name == "" {
					continue // an outlet's questions, with no author to give them to
				}
			}
		}
		out[i].found = append([]attribution{{pos: 0, speaker: Speaker{Name: name}, turn: true}}, out[i].found...)
		last = name
	}
}
