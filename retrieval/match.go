package retrieval

import "strings"

// passageWords is what is known of a passage's words for highlighting and coverage,
// worked out once when the index is built.
type passageWords struct {
	stems     map[string]wordPlace // stems of the passage and its header
	sentences [][2]int
	// sentenceStems are the distinct content stems of each sentence.
	sentenceStems [][]string
	quantity      bool // its text states a figure
	speaks        bool // someone speaks in it
	// counted are the stems of the words that follow a figure closely enough to say what
	// it counts ("eleven member farms"); nil when there are none.
	counted     map[string]bool
	money       bool // its text states a sum of money
	future      bool // its text speaks of what will or may happen
	superlative bool // its text singles one out ("largest", "the most")
	quotes      bool // its text holds a quotation mark: someone's own words
	// relativeLength is the natural logarithm of its text's length over the median
	// passage's in the index ([FeatureWeights.Length]).
	relativeLength float64
}

// wordPlace says where a passage has a stem: in its text, its context header, its main
// speaker's description, or several.
type wordPlace uint8

const (
	inBody wordPlace = 1 << iota
	inHeader
	inSpeaker // the description of the passage's main speaker, part of the header
)

// analysePassage notes where a passage's stems are; speaker describes its main speaker
// (see mainSpeaker), whose words are in the header too.
func (e *HashEmbedder) analysePassage(t IndexedText, speaker string) passageWords {
	pw := passageWords{stems: map[string]wordPlace{}, sentences: Sentences(t.Body), speaks: speaker != "", money: statesMoney(t.Body), quotes: strings.ContainsAny(t.Body, "“\"")}
	for _, w := range tokenize(t.Header) {
		pw.stems[e.vocabulary.stem(w)] |= inHeader
	}
	for _, w := range tokenize(speaker) {
		pw.stems[e.vocabulary.stem(w)] |= inSpeaker
	}
	// The sentences cover the body but for the spaces between them, so their words are
	// the passage's words too.
	for _, sp := range pw.sentences {
		seen := map[string]bool{}
		var stems []string
		afterFigure := countedReach // words read since the last figure
		compound := ""              // the last hyphenated word, whose parts tokenize adds
		prev := ""
		for _, w := range tokenize(t.Body[sp[0]:sp[1]]) {
			if statesFuture(prev, w) {
				pw.future = true
			}
			prev = w
			s := e.vocabulary.stem(w)
			pw.stems[s] |= inBody
			part := compound != "" && w != compound && strings.Contains(compound, w)
			if !part {
				compound = ""
				if strings.Contains(w, "-") {
					compound = w
				}
			}
			if statesSuperlative(w) {
				pw.superlative = true
			}
			if statesQuantity(w) {
				pw.quantity = true
				afterFigure = 0
				continue
			}
			if afterFigure < countedReach {
				if !part {
					afterFigure++ // "212,000 lithium-ion battery packs": one word, not three
				}
				if !isStopword(w) {
					if pw.counted == nil {
						pw.counted = map[string]bool{}
					}
					pw.counted[s] = true
				}
			}
			if !isStopword(w) && !seen[s] {
				seen[s] = true
				stems = append(stems, s)
			}
		}
		pw.sentenceStems = append(pw.sentenceStems, stems)
	}
	return pw
}

// bestSentence returns the span of the sentence that shares the most (rarest) question
// words; the first sentence when none shares any, the whole text when it has none.
func (e *HashEmbedder) bestSentence(pq preparedQuestion, pw passageWords, textLen int) [2]int {
	if len(pw.sentences) == 0 {
		return [2]int{0, textLen}
	}
	want := map[string]bool{}
	for _, qw := range pq.content {
		want[qw.stem] = true
	}
	best, bestScore := pw.sentences[0], 0.0
	for i, stems := range pw.sentenceStems {
		score := 0.0
		for _, s := range stems {
			if want[s] {
				score += e.rarity("w:" + s)
			}
		}
		if score > bestScore {
			best, bestScore = pw.sentences[i], score
		}
	}
	return best
}

// coverage is the share of a question's content words, weighted by rarity, that a passage
// or its header contains; a word found only through a synonym counts half. Unlike the
// similarity score it does not depend on the passage's length, which makes it a steadier
// measure of whether the passage is about the question at all.
func (e *HashEmbedder) coverage(pq preparedQuestion, pw passageWords) float64 {
	var total, found float64
	for _, qw := range pq.content {
		weight := e.rarity("w:" + qw.stem)
		total += weight
		if pw.stems[qw.stem] != 0 {
			found += weight
			continue
		}
		for _, c := range qw.synonyms {
			if pw.stems[c] != 0 {
				found += weight / 2
				break
			}
		}
	}
	if total == 0 {
		return 0
	}
	return found / total
}
