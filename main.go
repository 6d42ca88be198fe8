// Command articlebot answers questions about news articles with the articles' own words,
// from the command line or as a Discord bot.
//
//	articlebot ask [--top N] [--json] [--docs DIR] [QUESTION]
//	articlebot passages --json [--docs DIR]
//	articlebot eval --questions FILE [--docs DIR] [--min-recall1 X] [--min-recall3 Y]
//	articlebot serve [--http ADDR] [--docs DIR]
//	articlebot healthcheck
//	articlebot version
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/articlebot/articlebot/config"
)

func main() {
	// .env fills in only what the environment leaves unset; run reads the result through
	// getenv like any other variable, so tests can pass their own environment.
	if err := config.LoadDotEnv(config.DotEnvFile); err != nil {
		fmt.Fprintln(os.Stderr, "articlebot:", err)
		os.Exit(1)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(exitCode(err, os.Stderr))
}

// exitError carries the exit code a failure should end the process with.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageError is a mistake in how the command was called: exit 2.
func usageError(format string, args ...any) error {
	return &exitError{code: 2, err: fmt.Errorf(format, args...)}
}

// flagError is the result of a failed flag parse: -h and --help (flag has printed the
// usage) end with exit 0, any other problem (flag has printed it) with exit 2.
func flagError(err error) error {
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	return &exitError{code: 2, err: errSilent}
}

// errSilent ends the process with code 1 after the subcommand has already said why.
var errSilent = errors.New("")

func exitCode(err error, stderr io.Writer) int {
	if err == nil {
		return 0
	}
	code := 1
	var ee *exitError
	if errors.As(err, &ee) {
		code = ee.code
	}
	if msg := err.Error(); msg != "" {
		fmt.Fprintln(stderr, "articlebot:", msg)
	}
	return code
}

const usage = `usage: articlebot <command> [flags]

commands:
  ask [--top N] [--json] [--docs DIR] [QUESTION]   answer a question (or one per line on stdin)
  passages --json [--docs DIR]                     list every passage with its speakers
  eval --questions FILE [--docs DIR] [--ranking M] measure Recall@1, Recall@3, MRR, speakers
  serve [--http ADDR] [--docs DIR]                 run the Discord bot (gateway or HTTP mode)
  healthcheck                                      call /healthz of a running bot (for containers)
  version                                          print the version and commit`

// run is the whole program: tests call it with their own arguments, environment and streams.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprintln(stderr, usage)
		return &exitError{code: 2, err: errSilent}
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "ask":
		return runAsk(ctx, rest, getenv, stdin, stdout, stderr)
	case "passages":
		return runPassages(ctx, rest, getenv, stdout, stderr)
	case "eval":
		return runEval(ctx, rest, getenv, stdout, stderr)
	case "serve":
		return runServe(ctx, rest, getenv, stdout, stderr)
	case "healthcheck":
		return runHealthcheck(ctx, rest, getenv, stdout, stderr)
	case "version":
		return runVersion(stdout)
	case "help", "-h", "--help":
		fmt.Fprintln(stdout, usage)
		return nil
	}
	fmt.Fprintln(stderr, usage)
	return usageError("unknown command %q", cmd)
}
