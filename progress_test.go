package main

import (
	"bytes"
	"log/slog"
	"strings"
	"testing"
	"time"

	"github.com/articlebot/articlebot/retrieval"
)

func TestProgressReporter(t *testing.T) {
	start := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	// at is when each report arrives, in seconds from the start; 5 passages in all.
	at := []float64{0, 0.1, 0.3, 11, 11.05, 12}
	tests := []struct {
		name     string
		terminal bool
		want     []string // what is shown, report by report ("" for nothing)
	}{
		{"log lines", false, []string{"done=0 total=5", "", "", "done=3 total=5", "", "done=5 total=5 per_second=0.4"}},
		{"terminal", true, []string{"\rembedding passages: 0/5 (0.0/s)", "", "\rembedding passages: 2/5 (6.7/s)",
			"\rembedding passages: 3/5 (0.3/s)", "", "\rembedding passages: 5/5 (0.4/s)\x1b[K\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			now := start
			r := &progressReporter{log: slog.New(slog.NewTextHandler(&out, nil)), now: func() time.Time { return now }}
			if tt.terminal {
				r.term = &out
			}
			for i, secs := range at[:len(at)-1] {
				now = start.Add(time.Duration(secs * float64(time.Second)))
				out.Reset()
				r.report(retrieval.Progress{Done: i, Total: 5, Elapsed: now.Sub(start)})
				got := out.String()
				if (tt.want[i] == "") != (got == "") || !strings.Contains(got, tt.want[i]) {
					t.Errorf("report %d (at %.2fs): shown %q, want %q", i, secs, got, tt.want[i])
				}
			}
			// Embedding stops before the last passage: close ends the line on a terminal.
			out.Reset()
			r.close()
			if want := map[bool]string{true: "\n", false: ""}[tt.terminal]; out.String() != want {
				t.Errorf("close wrote %q, want %q", out.String(), want)
			}
			// After a finished run it writes nothing.
			r.report(retrieval.Progress{Done: 5, Total: 5, Elapsed: time.Second})
			out.Reset()
			r.close()
			if out.String() != "" {
				t.Errorf("close after the last report wrote %q", out.String())
			}
		})
	}
}
