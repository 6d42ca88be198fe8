package retrieval

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
)

func TestNeighborsLookup(t *testing.T) {
	table := NewNeighbors("bank\t900\triver:70 money:65\n" +
		"broken\tx\tfixed:70\n" +
		"harbor\t5000\t\n" +
		"iran\t500\ttehran:85 bad :70 iranian:79 zero:00 over:101\n")
	tests := []struct {
		word     string
		wantRank int
		want     []Neighbor
		wantOK   bool
	}{
		{"bank", 900, []Neighbor{{"river", 0.70}, {"money", 0.65}}, true},
		{"harbor", 5000, nil, true},
		// Malformed items are skipped, not fatal: a similarity must be 1–100 hundredths.
		{"iran", 500, []Neighbor{{"tehran", 0.85}, {"iranian", 0.79}}, true},
		{"broken", 0, nil, false}, // a rank that is no number reads as an unknown word
		{"banks", 0, nil, false},
		{"", 0, nil, false},
	}
	for _, tc := range tests {
		rank, got, ok := table.Lookup(tc.word)
		if rank != tc.wantRank || ok != tc.wantOK || !reflect.DeepEqual(got, tc.want) {
			t.Errorf("Lookup(%q) = %d, %v, %v; want %d, %v, %v", tc.word, rank, got, ok, tc.wantRank, tc.want, tc.wantOK)
		}
	}
	var none *Neighbors
	if _, _, ok := none.Lookup("bank"); ok || none.Len() != 0 {
		t.Error("a nil *Neighbors knows words")
	}
}

// TestDefaultNeighborsTable checks the embedded table is what tools/glovegen writes: sorted
// lines of word, rank and closest-first neighbours that are listed words themselves.
func TestDefaultNeighborsTable(t *testing.T) {
	text := gloveTable
	if !strings.HasSuffix(text, "\n") {
		t.Fatal("table does not end with a newline")
	}
	lines := strings.Split(strings.TrimSuffix(text, "\n"), "\n")
	if n := DefaultNeighbors().Len(); n != len(lines) || n != 20000 {
		t.Fatalf("Len() = %d for %d lines, want 20000", n, len(lines))
	}
	listed := map[string]bool{}
	for _, line := range lines {
		word, _, _ := strings.Cut(line, "\t")
		listed[word] = true
	}
	ranks := map[int]string{}
	prev := ""
	for i, line := range lines {
		fields := strings.Split(line, "\t")
		if len(fields) != 3 {
			t.Fatalf("line %d: %d fields, want 3: %q", i+1, len(fields), line)
		}
		word := fields[0]
		if word <= prev {
			t.Fatalf("line %d: %q is not after %q", i+1, word, prev)
		}
		prev = word
		rank, err := strconv.Atoi(fields[1])
		if err != nil || rank < 1 || ranks[rank] != "" {
			t.Fatalf("line %d: rank %q is not a new positive number", i+1, fields[1])
		}
		ranks[rank] = word
		gotRank, neighbors, ok := DefaultNeighbors().Lookup(word)
		if !ok || gotRank != rank {
			t.Fatalf("Lookup(%q) = %d, %v; want %d", word, gotRank, ok, rank)
		}
		if n := len(strings.Fields(fields[2])); n != len(neighbors) || n > 20 {
			t.Fatalf("%q: %d neighbours listed, %d read, want at most 20 and all readable", word, n, len(neighbors))
		}
		for j, n := range neighbors {
			if n.Word == word || !listed[n.Word] || n.Similarity < 0.6 || j > 0 && n.Similarity > neighbors[j-1].Similarity {
				t.Fatalf("%q: neighbour %d %v is itself, unlisted, under 0.6 or out of order", word, j, n)
			}
		}
	}
}

// TestDefaultNeighborsRelateParaphrases spot-checks that the table links words a
// paraphrase swaps for each other.
func TestDefaultNeighborsRelateParaphrases(t *testing.T) {
	tests := []struct{ word, neighbor string }{
		{"sheltering", "harboring"},
		{"largest", "biggest"},
		{"weapons", "arms"},
		{"scholar", "expert"},
		{"promised", "pledged"},
		{"supporter", "backer"},
	}
	for _, tc := range tests {
		_, neighbors, ok := DefaultNeighbors().Lookup(tc.word)
		found := false
		for _, n := range neighbors {
			found = found || n.Word == tc.neighbor
		}
		if !ok || !found {
			t.Errorf("Lookup(%q) = %v, want %q among them", tc.word, neighbors, tc.neighbor)
		}
	}
}
