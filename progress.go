package main

import (
	"fmt"
	"io"
	"log/slog"
	"time"

	"github.com/articlebot/articlebot/retrieval"
)

// How often embedding progress is shown: redrawn on a terminal, logged otherwise.
const (
	progressRedrawEvery = 200 * time.Millisecond
	progressLogEvery    = 10 * time.Second
)

// progressReporter shows how far the embedding of passages has got.
type progressReporter struct {
	term  io.Writer // the terminal to redraw a line on; nil when nobody watches
	log   *slog.Logger
	now   func() time.Time
	shown time.Time // when progress was last shown
	open  bool      // a progress line is on the terminal without its newline
}

func newProgressReporter(w io.Writer, log *slog.Logger) *progressReporter {
	r := &progressReporter{log: log, now: time.Now}
	if isTerminal(w) {
		r.term = w
	}
	return r
}

// report is given to [retrieval.WithProgress]. It shows the start and the end, and the
// steps between at most once per interval.
func (r *progressReporter) report(p retrieval.Progress) {
	first, last := p.Done == 0, p.Done == p.Total
	now := r.now()
	every := progressLogEvery
	if r.term != nil {
		every = progressRedrawEvery
	}
	if !first && !last && now.Sub(r.shown) < every {
		return
	}
	r.shown = now
	if r.term != nil {
		end := ""
		if last {
			end = "\n"
		}
		fmt.Fprintf(r.term, "\rembedding passages: %d/%d (%.1f/s)\x1b[K%s", p.Done, p.Total, p.Rate(), end)
		r.open = !last
		return
	}
	r.log.Info("embedding passages", "done", p.Done, "total", p.Total, "per_second", fmt.Sprintf("%.1f", p.Rate()))
}

// close ends a progress line left open by embedding that stopped before the end, so that
// the error which stopped it starts a line of its own.
func (r *progressReporter) close() {
	if r.open {
		fmt.Fprintln(r.term)
		r.open = false
	}
}
