// Command interactionprobe checks a running `articlebot serve --http` the way Discord does:
// it sends an Ed25519-signed PING and expects a PONG, and a badly signed one and expects 401.
// scripts/container-test.sh uses it against the container; it is not part of articlebot.
//
//	interactionprobe keygen                      print "SEED PUBLIC_KEY" in hex
//	interactionprobe ping -seed HEX -url URL     send the two PINGs
//	interactionprobe get -url URL                GET URL, expect 200
package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strconv"
	"time"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "interactionprobe:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New("usage: interactionprobe keygen | ping -seed HEX -url URL | get -url URL")
	}
	fs := flag.NewFlagSet(args[0], flag.ContinueOnError)
	seedHex := fs.String("seed", "", "hex Ed25519 seed from keygen")
	url := fs.String("url", "", "URL to call")
	wait := fs.Duration("wait", 0, "keep retrying a refused connection for this long")
	if err := fs.Parse(args[1:]); err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(context.Background(), *wait+10*time.Second)
	defer cancel()
	switch args[0] {
	case "keygen":
		pub, priv, err := ed25519.GenerateKey(rand.Reader)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintln(stdout, hex.EncodeToString(priv.Seed()), hex.EncodeToString(pub))
		return err
	case "get":
		status, body, err := send(ctx, *wait, http.MethodGet, *url, nil, nil)
		if err != nil {
			return err
		}
		if status != http.StatusOK {
			return fmt.Errorf("GET %s: status %d: %s", *url, status, body)
		}
		_, err = fmt.Fprintf(stdout, "GET %s: 200 %s\n", *url, bytes.TrimSpace(body))
		return err
	case "ping":
		seed, err := hex.DecodeString(*seedHex)
		if err != nil || len(seed) != ed25519.SeedSize {
			return errors.New("-seed must be the 64 hex characters keygen printed")
		}
		return ping(ctx, *wait, ed25519.NewKeyFromSeed(seed), *url, stdout)
	}
	return fmt.Errorf("unknown command %q", args[0])
}

// ping sends a correctly signed PING, which must get {"type":1}, then one signed by another
// key, which must get 401 as Discord requires.
func ping(ctx context.Context, wait time.Duration, key ed25519.PrivateKey, url string, stdout io.Writer) error {
	body := []byte(`{"type":1,"id":"1","application_id":"1","token":"probe","version":1}`)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	sign := func(k ed25519.PrivateKey) map[string]string {
		sig := ed25519.Sign(k, append([]byte(ts), body...))
		return map[string]string{"X-Signature-Ed25519": hex.EncodeToString(sig), "X-Signature-Timestamp": ts, "Content-Type": "application/json"}
	}

	status, resp, err := send(ctx, wait, http.MethodPost, url, body, sign(key))
	if err != nil {
		return err
	}
	var pong struct{ Type int }
	if status != http.StatusOK || json.Unmarshal(resp, &pong) != nil || pong.Type != 1 {
		return fmt.Errorf("signed PING to %s: status %d, body %q; want 200 and {\"type\":1}", url, status, resp)
	}
	fmt.Fprintf(stdout, "signed PING: %d %s\n", status, bytes.TrimSpace(resp))

	_, other, _ := ed25519.GenerateKey(rand.Reader)
	status, resp, err = send(ctx, 0, http.MethodPost, url, body, sign(other))
	if err != nil {
		return err
	}
	if status != http.StatusUnauthorized {
		return fmt.Errorf("wrongly signed PING to %s: status %d, body %q; want 401", url, status, resp)
	}
	fmt.Fprintf(stdout, "wrongly signed PING: %d\n", status)
	return nil
}

// send makes one request, retrying for up to wait while the server is not listening yet.
func send(ctx context.Context, wait time.Duration, method, url string, body []byte, header map[string]string) (int, []byte, error) {
	deadline := time.Now().Add(wait)
	for {
		req, err := http.NewRequestWithContext(ctx, method, url, bytes.NewReader(body))
		if err != nil {
			return 0, nil, err
		}
		for k, v := range header {
			req.Header.Set(k, v)
		}
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			defer resp.Body.Close()
			b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<16))
			return resp.StatusCode, b, err
		}
		if time.Now().After(deadline) {
			return 0, nil, err
		}
		time.Sleep(200 * time.Millisecond)
	}
}
