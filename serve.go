package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"

	"github.com/articlebot/articlebot/bot"
	"github.com/articlebot/articlebot/config"
)

// runServe runs the Discord bot until ctx is cancelled (SIGINT or SIGTERM): through the
// gateway with DISCORD_TOKEN, or with --http ADDR (or HTTP_ADDR) as Discord's Interactions
// Endpoint, verified with DISCORD_PUBLIC_KEY. /healthz and /readyz are served on
// HEALTH_ADDR in both modes. Logs go to stderr, as JSON unless stderr is a terminal.
func runServe(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	cfg, loadErr := config.Load(getenv)
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.HTTPAddr, "http", cfg.HTTPAddr, "serve Discord HTTP interactions on this `address` (e.g. :8080) instead of the gateway")
	fs.StringVar(&cfg.DocsDir, "docs", cfg.DocsDir, "load the articles in this `folder` instead of the embedded ones")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return usageError("serve takes no arguments, got %q", fs.Args())
	}
	if err := errors.Join(loadErr, cfg.ValidateServe()); err != nil {
		return err
	}

	logger := newLogger(stderr, cfg.SlogLevel())
	// Health checks are served while the articles are indexed, which can take minutes
	// with a neural model: the process is alive, just not ready.
	healthLn, err := bot.ListenHealth(cfg.HealthAddr)
	if err != nil {
		return err
	}
	logger.Info("serving health checks", "addr", healthLn.Addr().String())
	signalled := ctx // cancelled by SIGINT or SIGTERM
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	health := &bot.Health{}
	healthErr := make(chan error, 1)
	go func() {
		err := health.Serve(ctx, healthLn)
		if err != nil {
			cancel() // a bot nobody can health-check should not keep running
		}
		healthErr <- err
	}()
	stopHealth := func(err error) error {
		cancel()
		if hErr := <-healthErr; hErr != nil && err == nil {
			return hErr
		}
		return err
	}

	ix, err := buildIndex(ctx, cfg.DocsDir, cfg.Search, logger, stderr)
	if err != nil && signalled.Err() != nil {
		logger.Info("stopped while indexing")
		return stopHealth(nil)
	}
	if err != nil {
		return stopHealth(err)
	}
	b, err := bot.New(ix, bot.Options{RatePerMinute: cfg.RatePerMinute, Logger: logger})
	if err != nil {
		return stopHealth(fmt.Errorf("start bot: %w", err))
	}
	health.SetBot(b)
	mode := "gateway"
	if cfg.HTTPMode() {
		mode = "http"
	}
	logger.Info("starting", "mode", mode, "articles", len(ix.Documents()), "passages", len(ix.Passages()),
		"health_addr", cfg.HealthAddr, "rate_per_minute", cfg.RatePerMinute)

	if cfg.HTTPMode() {
		err = b.ServeInteractions(ctx, cfg.HTTPAddr, cfg.PublicKeyBytes())
	} else {
		err = b.RunGateway(ctx, bot.GatewayConfig{Token: cfg.DiscordToken, AppID: cfg.AppID, GuildID: cfg.GuildID})
	}
	err = stopHealth(err)
	if errors.Is(err, bot.ErrUnauthorized) {
		return fmt.Errorf("%s was rejected by Discord (401 Unauthorized); reset it in the Developer Portal (Bot → Reset Token) and update the setting", config.EnvDiscordToken)
	}
	if err != nil {
		return err
	}
	logger.Info("stopped")
	return nil
}

// newLogger logs JSON for log collectors, and text when a person watches the terminal.
func newLogger(w io.Writer, level slog.Level) *slog.Logger {
	opts := &slog.HandlerOptions{Level: level}
	if isTerminal(w) {
		return slog.New(slog.NewTextHandler(w, opts))
	}
	return slog.New(slog.NewJSONHandler(w, opts))
}
