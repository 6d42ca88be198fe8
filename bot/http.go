package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// maxInteractionBody bounds a request body; an interaction is a few kilobytes.
const maxInteractionBody = 64 << 10

// maxSignatureAge is how old a signed request may be. Discord's signature covers the
// timestamp but nothing checks it, so without this a captured request could be replayed
// forever.
const maxSignatureAge = 5 * time.Minute

// ParsePublicKey decodes the application's public key as the Developer Portal shows it:
// 64 hexadecimal digits.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	key, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("public key is not hexadecimal: %w", err)
	}
	if len(key) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("public key has %d bytes, want %d", len(key), ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(key), nil
}

// InteractionsHandler returns the handler for Discord's Interactions Endpoint URL. It
// checks the Ed25519 signature of every request against publicKey (401 when missing,
// wrong or older than five minutes), refuses bodies over 64 KiB (413), answers PING with
// PONG and every other interaction in the response body. It keeps no state between
// requests beyond the per-user rate limit.
func (b *Bot) InteractionsHandler(publicKey ed25519.PublicKey) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxInteractionBody))
		if err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, "request body too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, "cannot read request body", http.StatusBadRequest)
			return
		}
		if err := verifySignature(publicKey, r.Header, body, b.now()); err != nil {
			b.log.Warn("rejected interaction request", "reason", err.Error(), "remote", r.RemoteAddr)
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		var i discordgo.Interaction
		if err := json.Unmarshal(body, &i); err != nil {
			http.Error(w, "malformed interaction", http.StatusBadRequest)
			return
		}
		resp := b.respond(r.Context(), &i)
		out, err := json.Marshal(resp)
		if err != nil {
			b.log.Error("encode interaction response", "err", err)
			http.Error(w, "internal error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		w.Write(out)
	})
}

// verifySignature checks Discord's Ed25519 signature over timestamp+body and that the
// timestamp is within five minutes of now. discordgo.VerifyInteraction checks the same
// signature, but it reads the unbounded request body itself, answers only true or false,
// and ignores the time; this works on the body already read within the size limit and
// says what was wrong, for the log.
func verifySignature(key ed25519.PublicKey, h http.Header, body []byte, now time.Time) error {
	sigHex, ts := h.Get("X-Signature-Ed25519"), h.Get("X-Signature-Timestamp")
	if sigHex == "" || ts == "" {
		return errors.New("signature headers missing")
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		return errors.New("signature malformed")
	}
	if !ed25519.Verify(key, append([]byte(ts), body...), sig) {
		return errors.New("signature does not match")
	}
	secs, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		return errors.New("timestamp malformed")
	}
	if age := now.Sub(time.Unix(secs, 0)); age > maxSignatureAge || age < -maxSignatureAge {
		return fmt.Errorf("timestamp %s off by %s", ts, age.Round(time.Second))
	}
	return nil
}

// ServeInteractions serves [Bot.InteractionsHandler] on addr until ctx is cancelled, then
// stops accepting requests and lets those in flight finish.
func (b *Bot) ServeInteractions(ctx context.Context, addr string, publicKey ed25519.PublicKey) error {
	if len(publicKey) != ed25519.PublicKeySize {
		return errors.New("public key is missing or malformed")
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("listen for interactions: %w", err)
	}
	b.log.Info("serving HTTP interactions", "addr", ln.Addr().String())
	b.serving.Store(true)
	defer b.serving.Store(false)
	return serveUntil(ctx, ln, b.InteractionsHandler(publicKey))
}

// shutdownTimeout bounds how long in-flight requests may take once shutdown starts.
const shutdownTimeout = 15 * time.Second

// serveUntil serves h on ln until ctx is cancelled, then shuts down gracefully.
func serveUntil(ctx context.Context, ln net.Listener, h http.Handler) error {
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    16 << 10,
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("serve %s: %w", ln.Addr(), err)
	case <-ctx.Done():
	}
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shut down %s: %w", ln.Addr(), err)
	}
	return nil
}
