// Package bot answers questions about articles on Discord: slash commands, a message
// context-menu command, buttons and autocomplete, served either through the gateway
// ([Bot.RunGateway]) or as Discord HTTP interactions ([Bot.InteractionsHandler]).
//
// The bot only renders what an [Engine] finds; it never changes an article's words.
// Discord's types stay inside this package.
package bot

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"sync/atomic"
	"time"

	"github.com/articlebot/articlebot/retrieval"
)

// Engine is what the bot needs from the answer engine. *retrieval.Index satisfies it.
type Engine interface {
	// Answer returns up to k passages answering the question, best first.
	Answer(ctx context.Context, question string, k int) ([]retrieval.Answer, error)
	// Documents returns the indexed articles.
	Documents() []retrieval.Document
	// Passages returns every passage with its speakers, in article order.
	Passages() []retrieval.Passage
	// Speakers returns every attributed speaker once, in order of first appearance.
	Speakers() []retrieval.Speaker
	// PassagesBy returns the passages attributed to the speaker with this label.
	PassagesBy(name string) []retrieval.Passage
}

// DefaultRatePerMinute is how many interactions a user may make per minute when
// [Options.RatePerMinute] is zero.
const DefaultRatePerMinute = 10

// Options tune a [Bot]. The zero value is usable.
type Options struct {
	// RatePerMinute is how many commands and button presses one user may make per minute,
	// with a burst of the same size. Zero means [DefaultRatePerMinute].
	RatePerMinute int
	// Logger receives the bot's logs. Nil discards them.
	Logger *slog.Logger
}

// Bot turns Discord interactions into answers from an [Engine]. Build it with [New]; it is
// safe for concurrent use, and one Bot serves either mode.
type Bot struct {
	engine  Engine
	log     *slog.Logger
	limiter *userLimiter
	// now is the clock; tests replace it to make retry times deterministic.
	now func() time.Time
	// answerTimeout bounds one search: Discord drops an interaction not answered in 3 s.
	answerTimeout time.Duration

	// connected is true while the gateway session is up; serving while the HTTP
	// interactions listener accepts requests. /readyz reports them.
	connected atomic.Bool
	serving   atomic.Bool
}

// New returns a bot answering from engine. It fails when engine is nil or holds no
// passages, or when opts.RatePerMinute is negative.
func New(engine Engine, opts Options) (*Bot, error) {
	if engine == nil {
		return nil, errors.New("engine is nil")
	}
	if len(engine.Passages()) == 0 {
		return nil, errors.New("engine has no passages")
	}
	if opts.RatePerMinute < 0 {
		return nil, errors.New("rate per minute is negative")
	}
	if opts.RatePerMinute == 0 {
		opts.RatePerMinute = DefaultRatePerMinute
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return &Bot{
		engine:        engine,
		log:           logger,
		limiter:       newUserLimiter(opts.RatePerMinute),
		now:           time.Now,
		answerTimeout: 2500 * time.Millisecond,
	}, nil
}
