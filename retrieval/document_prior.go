package retrieval

// articleNeighborShare is how much a question word counts in an article's score when the
// article lacks it but has one of its GloVe neighbours, times their similarity: as much
// as a WordNet synonym counts in a passage ([DefaultWeights]). Without it an article
// that a question describes in other words than its own loses to one that shares the
// question's common words.
const articleNeighborShare = 0.3

// articlePrior scores whole articles against a question, so that when several articles
// are indexed, a passage of the article the question is about ranks above a passage of
// another article that happens to share a word or two with the question. Combining a
// passage's score with its document's is an old result of passage retrieval (Callan,
// SIGIR 1994).
type articlePrior struct {
	articles int
	// postings lists, for each content stem, the articles that use it (title or body),
	// each with the stem's BM25 weight there: saturated count, length norm and rarity
	// among the articles.
	postings map[string][]articleWeight
}

type articleWeight struct {
	article int
	weight  float64
}

// newArticlePrior weighs the articles' stems. It returns nil for fewer than two articles,
// where a prior could not change the order.
func newArticlePrior(v *vocabulary, docs []Document) *articlePrior {
	if len(docs) < 2 {
		return nil
	}
	counts := make([]map[string]float64, len(docs))
	lengths := make([]float64, len(docs))
	total := 0.0
	for i, d := range docs {
		counts[i] = map[string]float64{}
		for _, w := range tokenize(d.Meta.Title + "\n" + d.Body) {
			if !isStopword(w) {
				counts[i][v.stem(w)]++
				lengths[i]++
			}
		}
		total += lengths[i]
	}
	avgLen := total / float64(len(docs))
	ap := &articlePrior{articles: len(docs), postings: map[string][]articleWeight{}}
	for i, terms := range counts {
		for s, tf := range terms {
			ap.postings[s] = append(ap.postings[s], articleWeight{i, bm25TF(tf, lengths[i], avgLen)})
		}
	}
	n := float64(len(docs))
	for _, list := range ap.postings {
		idf := bm25IDF(n, float64(len(list)))
		for j := range list {
			list[j].weight *= idf
		}
	}
	return ap
}

// scores returns each article's BM25 score for the question's content words, divided by
// the best article's: 1 for the article the question is most about, less for the others,
// 0 for one that has none of its words or their neighbours; all 1 when no article has
// any. rq holds the question words' neighbours, in the order of pq.content, or nothing.
func (ap *articlePrior) scores(pq preparedQuestion, rq relatedQuestion) []float64 {
	out := make([]float64, ap.articles)
	matched := make([]bool, ap.articles)
	for j, qw := range pq.content {
		clear(matched)
		for _, p := range ap.postings[qw.stem] {
			out[p.article] += p.weight
			matched[p.article] = true
		}
		if j >= len(rq.words) {
			continue
		}
		// An article without the word counts its closest neighbour that it has.
		for _, n := range rq.words[j].near {
			for _, p := range ap.postings[n.stem] {
				if !matched[p.article] {
					out[p.article] += articleNeighborShare * n.similarity * p.weight
					matched[p.article] = true
				}
			}
		}
	}
	best := 0.0
	for _, s := range out {
		best = max(best, s)
	}
	for i := range out {
		if best == 0 {
			out[i] = 1
		} else {
			out[i] /= best
		}
	}
	return out
}
