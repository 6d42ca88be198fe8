package retrieval

import (
	_ "embed"
	"strconv"
	"strings"
)

//go:generate go run ../tools/glovegen -in ${GLOVE_JSON} -out lexicon_data/glove.tsv

// gloveTable is the nearest-neighbours table tools/glovegen derives from GloVe 6B 100d
// vectors (license: lexicon_data/GLOVE-LICENSE). One line per word, sorted by word in byte
// order, three tab-separated fields:
//
//	word  rank  neighbours
//
// rank is the word's position in GloVe's frequency order (1 is "the"); neighbours are
// space-separated word:similarity pairs, closest first, with the cosine similarity in
// hundredths ("tehran	2808	iran:85 iranian:76 …").
//
//go:embed lexicon_data/glove.tsv
var gloveTable string

// Neighbors looks words up in a table of GloVe nearest neighbours: words used in the same
// contexts in a large news and encyclopaedia corpus ("Tehran" → "Iran", "sheltering" →
// "harboring"). Unlike WordNet's synonyms they link names and topics too, and they are
// noisier. A nil *Neighbors is valid and knows no words. Neighbors is safe for concurrent
// use.
type Neighbors struct {
	table sortedTable
}

var defaultNeighbors = &Neighbors{table: sortedTable{text: gloveTable}}

// DefaultNeighbors returns the table built into the binary (the 20,000 most frequent
// words of GloVe 6B).
func DefaultNeighbors() *Neighbors { return defaultNeighbors }

// NewNeighbors returns a table over text, which must be in the embedded table's format:
// newline-terminated lines sorted by their first field in byte order.
func NewNeighbors(text string) *Neighbors { return &Neighbors{table: sortedTable{text: text}} }

// Neighbor is a word used in contexts like another's, with the cosine similarity of their
// GloVe vectors, in (0, 1].
type Neighbor struct {
	Word       string
	Similarity float64
}

// Lookup returns a lower-case word's frequency rank in GloVe's corpus (1 for the most
// frequent word) and its nearest neighbours, closest first. ok is false for a word the
// table does not list; a malformed line reads as no neighbours.
func (n *Neighbors) Lookup(word string) (rank int, neighbors []Neighbor, ok bool) {
	if n == nil || word == "" {
		return 0, nil, false
	}
	line, ok := n.table.line(word)
	if !ok {
		return 0, nil, false
	}
	_, rest, _ := strings.Cut(line, "\t")
	rankField, list, _ := strings.Cut(rest, "\t")
	rank, err := strconv.Atoi(rankField)
	if err != nil || rank < 1 {
		return 0, nil, false
	}
	return rank, parseNeighbors(list), true
}

// parseNeighbors reads a space-separated list of word:similarity pairs, the similarity in
// hundredths; a malformed pair is skipped.
func parseNeighbors(list string) []Neighbor {
	var neighbors []Neighbor
	for list != "" {
		var item string
		item, list, _ = strings.Cut(list, " ")
		w, sim, _ := strings.Cut(item, ":")
		hundredths, err := strconv.Atoi(sim)
		if w == "" || err != nil || hundredths <= 0 || hundredths > 100 {
			continue
		}
		neighbors = append(neighbors, Neighbor{Word: w, Similarity: float64(hundredths) / 100})
	}
	return neighbors
}

// Len returns the number of words in the table. It counts lines, so it is O(table size).
func (n *Neighbors) Len() int {
	if n == nil {
		return 0
	}
	return n.table.lines()
}
