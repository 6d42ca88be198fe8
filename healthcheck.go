package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/articlebot/articlebot/config"
)

// healthcheckTimeout bounds the whole request; Docker's own HEALTHCHECK timeout is longer.
const healthcheckTimeout = 2 * time.Second

// runHealthcheck succeeds when the /healthz endpoint of a running `articlebot serve` answers
// 200 OK. It is what the container's HEALTHCHECK runs, because the distroless image has no
// shell or curl. The address is HEALTH_ADDR (default ":8081"), or --addr.
func runHealthcheck(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	addr := strings.TrimSpace(getenv(config.EnvHealthAddr))
	if addr == "" {
		addr = config.DefaultHealthAddr
	}
	fs := flag.NewFlagSet("healthcheck", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&addr, "addr", addr, "`address` the health endpoint listens on (from "+config.EnvHealthAddr+")")
	timeout := fs.Duration("timeout", healthcheckTimeout, "give up after this `duration`")
	if err := fs.Parse(args); err != nil {
		return flagError(err)
	}
	if fs.NArg() > 0 {
		return usageError("healthcheck takes no arguments, got %q", fs.Args())
	}

	url, err := healthURL(addr)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, *timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return err
	}
	// No proxy: the endpoint is on this host, whatever HTTP_PROXY says.
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Do(req)
	if err != nil {
		return fmt.Errorf("unhealthy: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		body, _ := io.ReadAll(io.LimitReader(resp.Body, 200))
		msg := fmt.Sprintf("unhealthy: GET %s: %s", url, resp.Status)
		if line, _, _ := strings.Cut(strings.TrimSpace(string(body)), "\n"); line != "" {
			msg += ": " + line
		}
		return errors.New(msg)
	}
	_, err = fmt.Fprintln(stdout, "ok")
	return err
}

// healthURL turns a listen address into the URL to call on this host: ":8081" and
// "0.0.0.0:8081", which listen on every interface, are called on 127.0.0.1.
func healthURL(addr string) (string, error) {
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" {
		return "", fmt.Errorf("health address must be host:port such as %q, got %q", config.DefaultHealthAddr, addr)
	}
	if ip := net.ParseIP(host); host == "" || (ip != nil && ip.IsUnspecified()) {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz", nil
}
