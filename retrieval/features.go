package retrieval

import "slices"

// IndexedText is what is embedded for one passage: the passage itself and a short context
// header (article title, speakers and their roles, acronyms) that lets questions about
// "the Treasury spokeswoman" or "the FEMA official" find it.
type IndexedText struct {
	Header string
	Body   string
}

// FeatureWeights says how much each kind of evidence counts in a vector. Each kind was
// kept because the eval question files showed it helps; the figures are in README.md and
// QUALITY.md.
type FeatureWeights struct {
	Word   float64 // a stemmed word of the passage or question
	Header float64 // a stemmed word of the passage's context header
	// Synonym is a WordNet synonym of a question word, from its most common senses, so
	// that a question can find a passage that uses another word of the same synonym set
	// ("sheltering" finds "harboring").
	Synonym float64
	// Phrase is a word related to a phrasal verb of the question in WordNet ("get along
	// with" → "relate", "step in" → "intervene"): questions often say in two or three words
	// what articles say in one. Such words also count as neighbours of the phrase's words
	// in the neighbour bonus, at [phraseSimilarity].
	Phrase float64
	// Decade is a passage's year read as its decade ("1998" as "1990s"), against a
	// question that names the decade.
	Decade float64
	// Frame is the noun a question's frame asks for: "how many members" is answered by
	// "the number of members", so "how many" adds "number".
	Frame float64
	// Neighbor is what a passage gains, on top of its similarity, for the question's words
	// it has only a GloVe nearest neighbour of ("Tehran" → "Iran"), as a share of the
	// question's words weighted by rarity: 1 would make such a passage's gain as large as
	// a perfect match. Neighbours say a passage is on the question's topic, not that it
	// answers it, so a little goes a long way. It applies to the lexical ranking.
	Neighbor float64
	// Learned is what a passage gains, likewise, for the question's words its text lacks
	// but has a stem associated with, in the table learned from questions and their
	// answers ([Associations]: "insider" → "familiar"), each counted at the association's
	// strength. It applies to the lexical ranking.
	Learned float64
	// Speaker is what a passage gains, on top of its similarity, for the question's words
	// its text lacks but its main speaker's description has (name, roles, acronyms), as
	// a share of the question's words weighted by rarity: "the FDD analyst" points at
	// that analyst's quotes. Header features reach every passage that names a person;
	// this reaches only those the person speaks in. It applies to the lexical ranking.
	Speaker float64
	// NamedSpeaker is what a passage gains, on top of its similarity, when its main
	// speaker's description has the words a question names the person it asks about with
	// ("which city official said", "according to the utility's director", "what did the
	// union leader say"), as a share of those words. Such words also describe the passage
	// that introduces the person, which the lexical score favours; this points at the
	// passages where the person speaks. It applies to the lexical ranking.
	NamedSpeaker float64
	// Quantity is what a passage gains, on top of its similarity, for stating a figure
	// (a number other than a year, or a number word) when the question asks for one
	// ("how many", "how long", "how big"): such questions are answered by "14 sirens" or
	// "six hours", and their own words say little of it. It applies to the lexical ranking.
	Quantity float64
	// Counted is what a passage gains, on top of [FeatureWeights.Quantity], when a figure
	// of its text counts what "how many" asks about: "how many farms left" is answered by
	// "Eleven member farms took the offer", not by "60 percent of the raw milk" in a
	// passage that also has "farms". It applies to the lexical ranking.
	Counted float64
	// Money is what a passage gains, on top of [FeatureWeights.Quantity], for stating a
	// sum of money when the question asks "how much" of something paid ("how much did he
	// spend", "how much does the plan cost"): the answer is "$1,900", not the passage
	// with "38 minutes". It applies to the lexical ranking.
	Money float64
	// Speech is what a passage gains, on top of its similarity, for having a speaker (its
	// words are someone's, quoted or reported, not the article's own) when the question
	// asks what someone said ("what did the union say", "who called it …"). It applies
	// to the lexical ranking.
	Speech float64
	// Future is what a passage gains, on top of its similarity, for speaking of what will
	// or may happen ("will", "would", "plans", "is expected", "scheduled") when the question
	// asks about it ("what will the mayor do", "is the firm planning to", "when does she
	// expect"): the answer is the passage in that tense, not the one that tells what
	// happened. It applies to the lexical ranking.
	Future float64
	// Superlative is what a passage gains, on top of its similarity, for singling one out
	// ("largest", "biggest", "the most") when the question asks which one stands out
	// ("which country backs the Taliban the most"): half the answers found in the first
	// five do, against a quarter of the passages beside them. It applies to the lexical
	// ranking.
	Superlative float64
	// Quote is what a passage gains, on top of its similarity, for quoting someone's own
	// words when the question names the person it asks about ("what did the union leader
	// say", "according to the CSIS expert"): the passage that introduces a person, with
	// their role in its words, often outranks the one where they say what was asked, in
	// quotation marks. It applies to the lexical ranking.
	Quote float64
	// Article is what a passage loses, when several articles are indexed, for its article
	// being less about the question than the article most about it: the articles are
	// scored as wholes by BM25, the best counts 1, and a passage loses Article times one
	// minus its article's share of that. With one article it changes nothing.
	Article float64
	// Coverage is what a passage gains, on top of its similarity, times the share of the
	// question's words, weighted by rarity, that its text or context header has (a word
	// found only through a synonym counts half; see coverage). The similarity lets a
	// passage that says one rare word of the question three times outrank one that has
	// all of its words once; this holds that back. It applies to the lexical ranking.
	Coverage float64
	// Uncovered is what a passage loses times the share of the question's words, weighted
	// as the neighbour bonus weighs them, that its text lacks, whether or not a neighbour,
	// a synonym or its header makes up for them: words the text itself has are the
	// strongest sign that it answers. It applies to the lexical ranking.
	Uncovered float64
	// Length is what a passage loses times the natural logarithm of its length over the
	// index's median passage's, and gains as much for being shorter: of two passages that
	// match a question alike, the longer one is more likely to be about more than it.
	// It applies to the lexical ranking.
	Length float64
	// QueryIDF is the power of a feature's rarity in the question vector. Passages carry
	// rarity once, so 0 ranks as BM25 does; 1 counts rarity twice.
	QueryIDF float64
	// LengthNorm is how much a long passage is held against it: 0 ranks by the BM25-style
	// dot product alone, 1 by cosine similarity, which favours short passages.
	LengthNorm float64
}

// DefaultWeights returns the weights measured best on the eval question files.
func DefaultWeights() FeatureWeights {
	return FeatureWeights{
		Word: 1, Header: 0.6, Synonym: 0.3, Phrase: 0.3, Frame: 1, Decade: 0.5,
		Neighbor: 0.2, Learned: 0.2, Speaker: 0.2, NamedSpeaker: 0.06, Quantity: 0.1, Counted: 0.08, Money: 0.08, Speech: 0.08,
		Future: 0.06, Superlative: 0.06, Quote: 0.02, Coverage: 0.15, Uncovered: 0.1, Length: 0.02,
		Article: 0.1, QueryIDF: 0.5,
	}
}

// hasBonus reports whether any of the weights added on top of the similarity that need
// the question's related words is set: the neighbour, speaker and question-kind bonuses
// and the uncovered share.
func (w FeatureWeights) hasBonus() bool {
	return w.Neighbor > 0 || w.Learned > 0 || w.Speaker > 0 || w.NamedSpeaker > 0 || w.Quantity > 0 || w.Counted > 0 ||
		w.Money > 0 || w.Speech > 0 || w.Future > 0 || w.Superlative > 0 || w.Quote > 0 ||
		w.Uncovered > 0
}

// Thesaurus supplies related words for a lower-case word, most common sense first.
// [*Lexicon] is one. A thesaurus that also has a Phrase method, as [*Lexicon.Phrase],
// supplies the words related to the question's phrasal verbs ([FeatureWeights.Phrase]).
type Thesaurus interface {
	Synonyms(word string) []string
}

// features is a passage's bag of weighted features before rarity and folding.
type features struct {
	weights map[string]float64
	length  int // content words, for BM25's length normalisation
}

func (f *features) add(key string, w float64) {
	if w > 0 && key != "" {
		f.weights[key] += w
	}
}

// documentFeatures lists a passage's features with their raw counts (weighted by kind).
func (e *HashEmbedder) documentFeatures(t IndexedText) features {
	f := features{weights: map[string]float64{}}
	for _, w := range tokenize(t.Body) {
		if isStopword(w) {
			continue
		}
		f.length++
		f.add("w:"+e.vocabulary.stem(w), e.weights.Word)
		if isYear(w) {
			// "in the late 1990s" asks about "in 1998": a year also stands for its decade.
			f.add("w:"+w[:3]+"0s", e.weights.Decade)
		}
	}
	// Header words have features of their own: the title is in every passage's header,
	// and sharing the body's features would make its words look common in the body too.
	for _, w := range tokenize(t.Header) {
		if !isStopword(w) {
			f.add("h:"+e.vocabulary.stem(w), e.weights.Header)
		}
	}
	return f
}

// preparedQuestion is a question analysed once for ranking, highlighting and coverage.
type preparedQuestion struct {
	features map[string]float64
	content  []questionWord
	questionKind
}

// questionKind is what a question's wording says about the passage that answers it,
// whatever its topic; the bonuses read it.
type questionKind struct {
	speaker     []string // distinct stems of the words naming whom the question asks about
	quantity    bool     // it asks for a figure
	speech      bool     // it asks for someone's words
	counted     []string // stems of the words after "how many": what it counts
	money       bool     // it asks for a sum of money
	future      bool     // it asks what will happen
	superlative bool     // it asks which one stands out
}

// questionWord is a content word of a question.
type questionWord struct {
	word     string // as written, lower-case
	stem     string
	synonyms []string // stems of its first synonyms
	at       int      // its position among the question's words
	phrase   []string // stems of the words related to a phrasal verb it is part of
}

// prepare lists a question's features and content words. Words that frame the question
// ("what did X say", "how many") are left out.
func (e *HashEmbedder) prepare(q string) preparedQuestion {
	pq := preparedQuestion{features: map[string]float64{}}
	f := features{weights: pq.features}
	words := tokenize(q)
	pq.quantity = asksQuantity(words)
	pq.speech = asksSpeech(words)
	pq.money = asksMoney(words)
	pq.future = asksFuture(words)
	pq.superlative = asksSuperlative(words)
	for _, w := range countedWords(words) {
		pq.counted = append(pq.counted, e.vocabulary.stem(w))
	}
	for i, w := range words {
		for _, x := range frameExpansion(words, i) {
			f.add("w:"+e.vocabulary.stem(x), e.weights.Frame)
		}
		if isStopword(w) || isQuestionFrame(words, i) || isQuestionFiller(w) {
			continue
		}
		qw := questionWord{word: w, stem: e.vocabulary.stem(w), synonyms: e.vocabulary.synonyms(w), at: i}
		pq.content = append(pq.content, qw)
		f.add("w:"+qw.stem, e.weights.Word)
		f.add("h:"+qw.stem, e.weights.Header)
		for _, c := range qw.synonyms {
			f.add("w:"+c, e.weights.Synonym)
		}
	}
	if e.weights.Phrase > 0 {
		e.addPhrases(words, &pq, f)
	}
	for _, w := range namedSpeaker(q) {
		if s := e.vocabulary.stem(w); !slices.Contains(pq.speaker, s) {
			pq.speaker = append(pq.speaker, s)
		}
	}
	return pq
}
