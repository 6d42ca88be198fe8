package retrieval

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Question is one line of an eval question file: a question, substrings of the passage
// that answers it ("gold"), and the expected main speaker ("" when nobody is expected; an
// unnamed source as "anonymous: <role>", as the attribution gold files write one).
type Question struct {
	ID      string   `json:"id"`
	Q       string   `json:"q"`
	Gold    []string `json:"gold"`
	Speaker string   `json:"speaker"`
}

// ReadQuestions reads a JSON-lines question file. Blank lines are skipped; a line that is
// not a question with text and gold is an error naming the line.
func ReadQuestions(r io.Reader) ([]Question, error) {
	var qs []Question
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for line := 1; sc.Scan(); line++ {
		text := strings.TrimSpace(sc.Text())
		if text == "" {
			continue
		}
		var q Question
		dec := json.NewDecoder(strings.NewReader(text))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&q); err != nil {
			return nil, fmt.Errorf("line %d: %w", line, err)
		}
		if q.Q == "" || len(q.Gold) == 0 {
			return nil, fmt.Errorf("line %d: a question needs \"q\" and \"gold\"", line)
		}
		if q.ID == "" {
			q.ID = fmt.Sprintf("line%d", line)
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(qs) == 0 {
		return nil, errors.New("no questions")
	}
	return qs, nil
}

// EvalReport is the quality of an index on a question file.
type EvalReport struct {
	Questions int
	Recall1   float64 // share of questions whose first answer contains a gold string
	Recall3   float64 // share whose first three answers contain one
	MRR       float64 // mean of 1/rank of the first hit among the first three
	// SpeakerAccuracy is the share of questions with an expected speaker whose hit passage
	// lists that speaker; SpeakerQuestions is how many had one.
	SpeakerAccuracy  float64
	SpeakerQuestions int
	Misses           []EvalMiss
}

// EvalMiss is a question that did not get a hit at rank 1, or got the wrong speaker.
type EvalMiss struct {
	Question Question
	HitRank  int    // 0 when no answer in the first three contains a gold string
	Got      string // the first answer's passage ID
	Speakers []Speaker
}

// namesSpeaker reports whether speakers hold want, written as the gold files write a
// speaker: a person or organisation by name, an unnamed source as "anonymous: <role>".
func namesSpeaker(speakers []Speaker, want string) bool {
	for _, s := range speakers {
		if equalFold(speakerGoldName(s), want) {
			return true
		}
	}
	return false
}

// Evaluate asks every question and measures how often the answer passages contain a gold
// string, and whether the hit passage names the expected speaker.
func Evaluate(ctx context.Context, ix *Index, qs []Question) (EvalReport, error) {
	rep := EvalReport{Questions: len(qs)}
	speakerHits := 0
	for _, q := range qs {
		answers, err := ix.Answer(ctx, q.Q, 3)
		if err != nil {
			return rep, fmt.Errorf("question %s: %w", q.ID, err)
		}
		rank := 0
		for _, a := range answers {
			if containsAny(a.Passage.Text, q.Gold) {
				rank = a.Rank
				break
			}
		}
		if rank == 1 {
			rep.Recall1++
		}
		if rank >= 1 && rank <= 3 {
			rep.Recall3++
			rep.MRR += 1 / float64(rank)
		}
		speakerOK := true
		var hitSpeakers []Speaker
		if rank > 0 {
			hitSpeakers = answers[rank-1].Passage.Speakers
		}
		if q.Speaker != "" {
			rep.SpeakerQuestions++
			speakerOK = namesSpeaker(hitSpeakers, q.Speaker)
			if speakerOK {
				speakerHits++
			}
		}
		if rank != 1 || !speakerOK {
			miss := EvalMiss{Question: q, HitRank: rank, Speakers: hitSpeakers}
			if len(answers) > 0 {
				miss.Got = answers[0].Passage.ID
			}
			rep.Misses = append(rep.Misses, miss)
		}
	}
	n := float64(len(qs))
	if n > 0 {
		rep.Recall1 /= n
		rep.Recall3 /= n
		rep.MRR /= n
	}
	if rep.SpeakerQuestions > 0 {
		rep.SpeakerAccuracy = float64(speakerHits) / float64(rep.SpeakerQuestions)
	} else {
		rep.SpeakerAccuracy = 1
	}
	return rep, nil
}

func containsAny(text string, subs []string) bool {
	for _, s := range subs {
		if s != "" && strings.Contains(text, s) {
			return true
		}
	}
	return false
}
