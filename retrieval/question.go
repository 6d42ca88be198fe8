package retrieval

import (
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxQuestionLen is the longest question accepted, in characters.
const MaxQuestionLen = 500

// Errors returned by [NormalizeQuestion] and so by [Index.Answer]. Callers can show them
// to users as they are.
var (
	ErrEmptyQuestion   = errors.New("the question is empty")
	ErrQuestionTooLong = fmt.Errorf("the question is longer than %d characters", MaxQuestionLen)
	ErrNoWords         = errors.New("the question has no searchable words")
)

// chatMarkup matches what chat clients put into a message that is not words: Discord user,
// role and channel mentions, custom emoji and timestamps, and links.
var chatMarkup = regexp.MustCompile(`<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<t:-?\d+(?::\w)?>|https?://\S+`)

// NormalizeQuestion turns raw user input into a question the index can search: it drops
// mentions, custom emoji, links and markdown symbols, and folds white space. It returns
// [ErrEmptyQuestion], [ErrQuestionTooLong] or [ErrNoWords] for input it cannot use.
func NormalizeQuestion(raw string) (string, error) {
	if !utf8.ValidString(raw) {
		raw = strings.ToValidUTF8(raw, " ")
	}
	if strings.TrimSpace(raw) == "" {
		return "", ErrEmptyQuestion
	}
	if utf8.RuneCountInString(raw) > MaxQuestionLen {
		return "", ErrQuestionTooLong
	}
	q := chatMarkup.ReplaceAllString(raw, " ")
	q = strings.Map(func(r rune) rune {
		switch {
		case strings.ContainsRune("*_~|`>#", r):
			return ' '
		case unicode.IsControl(r) || unicode.IsSpace(r):
			return ' '
		}
		return r
	}, q)
	q = strings.Join(strings.Fields(q), " ")
	if q == "" {
		return "", ErrEmptyQuestion
	}
	if !hasWord(q) {
		return "", ErrNoWords
	}
	return q, nil
}

func hasWord(s string) bool {
	for _, tok := range tokenize(s) {
		if !isStopword(tok) {
			return true
		}
	}
	return false
}
