package bot

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"sync/atomic"
)

// Health serves /healthz and /readyz from the start of the process, before there is a
// [Bot]: indexing the articles can take minutes when a neural model embeds a large
// folder, and an orchestrator must see a live process that is not ready yet, not a dead
// one to restart (which would start the embedding over).
//
// /healthz answers 200 while the process runs. /readyz answers 200 once the bot can
// answer: its index is built and the gateway is connected or the interactions endpoint
// is listening. Otherwise 503, saying why.
type Health struct {
	bot atomic.Pointer[Bot]
}

// SetBot marks the index as built: readiness is then the bot's.
func (h *Health) SetBot(b *Bot) { h.bot.Store(b) }

// Handler serves /healthz and /readyz.
func (h *Health) Handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if h.bot.Load() == nil {
			fmt.Fprintln(w, "ok: indexing articles")
			return
		}
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		b := h.bot.Load()
		switch {
		case b == nil:
			http.Error(w, "not ready: indexing articles", http.StatusServiceUnavailable)
		case !b.Ready():
			http.Error(w, "not ready: not connected to Discord", http.StatusServiceUnavailable)
		default:
			fmt.Fprintf(w, "ready: %d passages\n", len(b.engine.Passages()))
		}
	})
	return mux
}

// ListenHealth opens addr for health checks, so that a port already in use is reported
// before any indexing starts.
func ListenHealth(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("listen for health checks: %w", err)
	}
	return ln, nil
}

// Serve serves [Health.Handler] on ln until ctx is cancelled.
func (h *Health) Serve(ctx context.Context, ln net.Listener) error {
	return serveUntil(ctx, ln, h.Handler())
}

// HealthHandler is the [Health.Handler] of this bot, whose index is built.
func (b *Bot) HealthHandler() http.Handler {
	h := &Health{}
	h.SetBot(b)
	return h.Handler()
}

// Ready reports whether the bot can answer: connected to the gateway, or serving HTTP
// interactions.
func (b *Bot) Ready() bool {
	return b.connected.Load() || b.serving.Load()
}
