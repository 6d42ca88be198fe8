package retrieval

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalizeQuestion(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    string
		wantErr error
	}{
		{"plain", "Did Iran help the U.S. at Bonn?", "Did Iran help the U.S. at Bonn?", nil},
		{"mentions and markdown", "<@123456> **Did** _Iran_ help? <#42> <:smile:99>", "Did Iran help?", nil},
		{"links", "what about https://example.com/x Bonn", "what about Bonn", nil},
		{"white space", "  Bonn \n\t talks  ", "Bonn talks", nil},
		{"empty", "   ", "", ErrEmptyQuestion},
		{"only a mention", "<@&1234>", "", ErrEmptyQuestion},
		{"only stop words", "what is the?", "", ErrNoWords},
		{"only symbols", "?!?! ***", "", ErrNoWords},
		{"too long", strings.Repeat("a", MaxQuestionLen+1), "", ErrQuestionTooLong},
		{"at the limit", strings.Repeat("é", MaxQuestionLen), strings.Repeat("é", MaxQuestionLen), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NormalizeQuestion(tt.in)
			if !errors.Is(err, tt.wantErr) || got != tt.want {
				t.Errorf("NormalizeQuestion(%q) = %q, %v; want %q, %v", tt.in, got, err, tt.want, tt.wantErr)
			}
		})
	}
}

func FuzzNormalizeQuestion(f *testing.F) {
	for _, seed := range []string{"Did Iran help the U.S. at Bonn?", "<@1> **x**", "", "\xff\xfe", "what is the?", strings.Repeat("ab ", 200),
		"Which city official said it?", "In the mayor’s view, according to", "What did the “expert” say?"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, in string) {
		got, err := NormalizeQuestion(in)
		if err != nil {
			if got != "" {
				t.Errorf("error %v with output %q", err, got)
			}
			return
		}
		if !utf8.ValidString(got) || got == "" || strings.TrimSpace(got) != got {
			t.Errorf("bad output %q", got)
		}
		if utf8.RuneCountInString(got) > MaxQuestionLen {
			t.Errorf("output longer than the limit")
		}
		if again, err := NormalizeQuestion(got); err != nil || again != got {
			t.Errorf("not idempotent: %q → %q, %v", got, again, err)
		}
		for _, w := range namedSpeaker(got) {
			if w == "" || isStopword(w) {
				t.Errorf("namedSpeaker(%q) has the word %q", got, w)
			}
		}
	})
}
