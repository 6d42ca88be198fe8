package bot

import (
	"context"
	"fmt"
	"net"
	"net/http"
)

// HealthHandler serves /healthz, which answers 200 while the process runs, and /readyz,
// which answers 200 once the bot can answer: the index is loaded (a [Bot] always has one)
// and the gateway is connected or the interactions endpoint is listening. Otherwise 503.
func (b *Bot) HealthHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if !b.Ready() {
			http.Error(w, "not ready: not connected to Discord", http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintf(w, "ready: %d passages\n", len(b.engine.Passages()))
	})
	return mux
}

// Ready reports whether the bot can answer: connected to the gateway, or serving HTTP
// interactions.
func (b *Bot) Ready() bool {
	return b.connected.Load() || b.serving.Load()
}

// ServeHealth serves [Bot.HealthHandler] on addr until ctx is cancelled.
func (b *Bot) ServeHealth(ctx context.Context, addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen for health checks: %w", err)
	}
	b.log.Info("serving health checks", "addr", ln.Addr().String())
	return serveUntil(ctx, ln, b.HealthHandler())
}
