package config

import (
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"strconv"
)

// HTTPMode reports whether `serve` answers Discord over HTTP interactions (HTTPAddr is set,
// from HTTP_ADDR or --http) rather than over the gateway.
func (c Config) HTTPMode() bool { return c.HTTPAddr != "" }

// ValidateServe checks what `serve` needs in the mode [Config.HTTPMode] selects. Call it
// after applying flags.
func (c Config) ValidateServe() error {
	if c.HTTPMode() {
		return c.ValidateHTTP()
	}
	return c.ValidateGateway()
}

// ValidateGateway checks what the gateway mode needs beyond [Load]: a bot token.
func (c Config) ValidateGateway() error {
	if c.DiscordToken == "" {
		return notSet(EnvDiscordToken)
	}
	return nil
}

// ValidateHTTP checks what the HTTP interactions mode needs beyond [Load]: the application's
// public key, to verify Discord's signatures, and an address to listen on. HTTPAddr is checked
// here rather than in Load because --http can set it.
func (c Config) ValidateHTTP() error {
	var errs []error
	if c.PublicKey == "" {
		errs = append(errs, notSet(EnvPublicKey))
	}
	if c.HTTPAddr == "" {
		errs = append(errs, fmt.Errorf("%s is not set (see .env.example) and --http was not given", EnvHTTPAddr))
	} else if err := checkAddr(EnvHTTPAddr+" (or --http)", ":8080", c.HTTPAddr); err != nil {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// PublicKeyBytes is PublicKey decoded, or nil when it is not a valid Ed25519 key in hex.
func (c Config) PublicKeyBytes() ed25519.PublicKey {
	b, err := hex.DecodeString(c.PublicKey)
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil
	}
	return ed25519.PublicKey(b)
}

func notSet(name string) error {
	return fmt.Errorf("%s is not set (see .env.example)", name)
}

func checkPublicKey(key string) error {
	const want = 2 * ed25519.PublicKeySize
	if len(key) != want {
		return fmt.Errorf("%s must be %d hex characters, got %d characters", EnvPublicKey, want, len(key))
	}
	if _, err := hex.DecodeString(key); err != nil {
		return fmt.Errorf("%s must be %d hex characters, got a character that is not hex", EnvPublicKey, want)
	}
	return nil
}

// checkAddr accepts what net.Listen("tcp", addr) accepts with a numeric port, such as ":8081",
// "127.0.0.1:8081" or "[::]:8081". example is shown in the error.
func checkAddr(name, example, addr string) error {
	_, port, err := net.SplitHostPort(addr)
	if err == nil {
		_, err = strconv.ParseUint(port, 10, 16)
	}
	if err != nil {
		return fmt.Errorf("%s must be host:port such as %q, got %q", name, example, addr)
	}
	return nil
}
