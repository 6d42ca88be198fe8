package retrieval

import (
	_ "embed"
	"strings"
)

//go:generate go run ../tools/assocgen -testdata ../testdata -out lexicon_data/associations.tsv

// associationTable is the table tools/assocgen learns with [LearnAssociations] from the
// question files in testdata, leaving out the files the issue measures quality on (the
// shipped article's and the test article's). One line per question stem, sorted in byte
// order, two tab-separated fields:
//
//	stem  associated
//
// associated is a space-separated list of stem:strength pairs, strongest first, with the
// strength in hundredths ("unnam	anonym:100 condit:83 …").
//
//go:embed lexicon_data/associations.tsv
var associationTable string

// Associations are word pairs learned from questions and the passages that answer them:
// a stem that questions use and stems that the passages answering them use far more often
// than the other passages of their article ("unnamed" → "anonymity", "insider" →
// "familiar", "drop" → "fell", "think tank" → "fellow"). Writers of questions reword an
// article in ways of their own, which neither WordNet nor GloVe lists; this is the
// translation model of Berger and Lafferty (1999) learned, as theirs was, from questions
// and answers. A nil *Associations is valid and knows no stems. It is safe for concurrent
// use.
type Associations struct {
	table sortedTable
}

var defaultAssociations = &Associations{table: sortedTable{text: associationTable}}

// DefaultAssociations returns the table built into the binary.
func DefaultAssociations() *Associations { return defaultAssociations }

// NewAssociations returns a table over text, in the embedded table's format (what
// [LearnAssociations] returns): newline-terminated lines sorted by their first field in
// byte order.
func NewAssociations(text string) *Associations {
	return &Associations{table: sortedTable{text: text}}
}

// Lookup returns the stems associated with a question's stem, strongest first, each with
// its strength in (0, 1] as [Neighbor.Similarity]. A malformed pair is skipped.
func (a *Associations) Lookup(stem string) []Neighbor {
	if a == nil || stem == "" {
		return nil
	}
	line, ok := a.table.line(stem)
	if !ok {
		return nil
	}
	_, list, _ := strings.Cut(line, "\t")
	return parseNeighbors(list)
}

// Len returns the number of question stems in the table. It counts lines, so it is
// O(table size).
func (a *Associations) Len() int {
	if a == nil {
		return 0
	}
	return a.table.lines()
}
