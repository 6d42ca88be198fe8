package retrieval

// Answer is one passage returned for a question.
type Answer struct {
	// Rank is 1 for the best passage.
	Rank int
	// Score is the passage's similarity to the question with the ranking's bonuses and
	// penalties, in [0, 1]; never NaN.
	Score float64
	// Coverage is the share of the question's words, weighted by rarity, found in the
	// passage or its header, in [0, 1].
	Coverage float64
	// Relevant is false when even this passage matches the question poorly: callers should
	// say that nothing relevant was found and show it only as the closest passage.
	Relevant bool
	Passage  Passage
	// Document is the article the passage comes from.
	Document Document
	// Highlight is the byte span within Passage.Text of the sentence that best matches the
	// question. It is always a valid span of whole sentences.
	Highlight [2]int
}

// Speakers returns who the answer is attributed to: the passage's speakers, or when
// nobody is quoted the article's author, with the publication as the role.
func (a Answer) Speakers() []Speaker {
	if len(a.Passage.Speakers) > 0 {
		return a.Passage.Speakers
	}
	return []Speaker{ArticleVoice(a.Document.Meta)}
}

// ArticleVoice is the speaker of a passage in which nobody is quoted: the author, described
// by their role or the publication; failing an author, the publication; failing both, the
// article's title.
func ArticleVoice(m Meta) Speaker {
	switch {
	case m.Author != "" && m.AuthorRole != "":
		return Speaker{Name: m.Author, Role: m.AuthorRole}
	case m.Author != "":
		return Speaker{Name: m.Author, Role: m.Publication}
	case m.Publication != "":
		return Speaker{Name: m.Publication}
	}
	return Speaker{Name: m.Title}
}
