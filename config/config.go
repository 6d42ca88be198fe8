// Package config reads articlebot's settings from the environment (and a .env file),
// validates them, and reports every problem at once.
//
// Settings come from three places; a later one wins:
//
//  1. the defaults below;
//  2. the environment, where a .env file in the working directory fills in only the variables
//     that are not already set (see [LoadDotEnv]);
//  3. command-line flags, which a subcommand applies to the [Config] that [Load] returned, for
//     example fs.StringVar(&cfg.DocsDir, "docs", cfg.DocsDir, "...").
//
// [Load] checks what every command needs; [Config.ValidateGateway], [Config.ValidateHTTP] and
// [Config.ValidateServe] add what the Discord modes need once flags are applied. `ask`,
// `passages` and `eval` need no Discord settings.
package config

import (
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
)

// Names of the environment variables articlebot reads. Every one is documented in
// .env.example at the root of the module; a test fails when one is missing there.
const (
	EnvDocsDir       = "DOCS_DIR"
	EnvDiscordToken  = "DISCORD_TOKEN"
	EnvGuildID       = "DISCORD_GUILD_ID"
	EnvAppID         = "DISCORD_APP_ID"
	EnvPublicKey     = "DISCORD_PUBLIC_KEY"
	EnvHTTPAddr      = "HTTP_ADDR"
	EnvHealthAddr    = "HEALTH_ADDR"
	EnvRatePerMinute = "RATE_PER_MINUTE"
	EnvLogLevel      = "LOG_LEVEL"
)

// Defaults for the settings that have one.
const (
	DefaultHealthAddr    = ":8081"
	DefaultRatePerMinute = 10
	DefaultLogLevel      = "info"
)

// DotEnvFile is the file [LoadDotEnv] is meant to be given: .env in the working directory.
const DotEnvFile = ".env"

// logLevels are the accepted LOG_LEVEL values, in the order error messages list them.
var logLevels = []string{"debug", "info", "warn", "error"}

// Config is every setting articlebot reads. Zero values are filled with defaults by Load.
type Config struct {
	// DocsDir, when set, is a folder of articles loaded instead of the embedded ones (DOCS_DIR).
	DocsDir string

	// Discord gateway mode.
	DiscordToken string // DISCORD_TOKEN
	GuildID      string // DISCORD_GUILD_ID; commands go to this guild when set, else globally
	AppID        string // DISCORD_APP_ID; optional, learned from the token when empty

	// Discord HTTP interactions mode.
	PublicKey string // DISCORD_PUBLIC_KEY, hex Ed25519 key of the application
	HTTPAddr  string // HTTP_ADDR, e.g. ":8080"; setting it (or --http) selects HTTP mode

	// Search is the optional neural embedding model, the ranking and the data directory
	// (EMBEDDER, EMBEDDING_*, OPENAI_API_KEY, RANKING, DATA_DIR).
	Search Search

	HealthAddr    string // HEALTH_ADDR, default ":8081"
	RatePerMinute int    // RATE_PER_MINUTE, default 10
	LogLevel      string // LOG_LEVEL: debug, info (default), warn, error
}

// Load reads every setting through getenv (os.Getenv in production, a map in tests), fills
// in the defaults and checks each value that is set. Unset and empty variables are the same.
// Whether the Discord settings a mode needs are present, and HTTP_ADDR (which --http can
// replace), are checked by the Validate methods instead.
//
// The error lists every problem, one per line (it is an errors.Join of them). Load returns
// the Config it could read even then, so a caller can add the problems of its mode with
// errors.Join(err, cfg.ValidateServe()) and report them all together.
func Load(getenv func(string) string) (Config, error) {
	if getenv == nil {
		return Config{}, errors.New("config: getenv is nil")
	}
	c := Config{
		DocsDir:      strings.TrimSpace(getenv(EnvDocsDir)),
		DiscordToken: strings.TrimSpace(getenv(EnvDiscordToken)),
		GuildID:      strings.TrimSpace(getenv(EnvGuildID)),
		AppID:        strings.TrimSpace(getenv(EnvAppID)),
		PublicKey:    strings.TrimSpace(getenv(EnvPublicKey)),
		HTTPAddr:     strings.TrimSpace(getenv(EnvHTTPAddr)),
		HealthAddr:   strings.TrimSpace(getenv(EnvHealthAddr)),
		LogLevel:     strings.ToLower(strings.TrimSpace(getenv(EnvLogLevel))),
	}
	var errs []error
	if c.HealthAddr == "" {
		c.HealthAddr = DefaultHealthAddr
	}
	if c.LogLevel == "" {
		c.LogLevel = DefaultLogLevel
	}

	c.RatePerMinute = DefaultRatePerMinute
	if raw := strings.TrimSpace(getenv(EnvRatePerMinute)); raw != "" {
		n, err := strconv.Atoi(raw)
		if err != nil || n <= 0 {
			errs = append(errs, fmt.Errorf("%s must be a positive integer, got %q", EnvRatePerMinute, raw))
		} else {
			c.RatePerMinute = n
		}
	}

	search, err := LoadSearch(getenv)
	c.Search = search
	errs = append(errs, err,
		checkSnowflake(EnvGuildID, c.GuildID),
		checkSnowflake(EnvAppID, c.AppID),
		checkAddr(EnvHealthAddr, DefaultHealthAddr, c.HealthAddr),
		checkLogLevel(c.LogLevel),
	)
	if c.PublicKey != "" {
		errs = append(errs, checkPublicKey(c.PublicKey))
	}
	return c, errors.Join(errs...)
}

// SlogLevel is LogLevel as a log/slog level; an unknown level counts as info.
func (c Config) SlogLevel() slog.Level {
	switch c.LogLevel {
	case "debug":
		return slog.LevelDebug
	case "warn":
		return slog.LevelWarn
	case "error":
		return slog.LevelError
	}
	return slog.LevelInfo
}

func checkLogLevel(level string) error {
	for _, l := range logLevels {
		if level == l {
			return nil
		}
	}
	return fmt.Errorf("%s must be one of %s, got %q", EnvLogLevel, strings.Join(logLevels, ", "), level)
}

// checkSnowflake accepts an empty value: the IDs are optional.
func checkSnowflake(name, v string) error {
	if v == "" {
		return nil
	}
	if _, err := strconv.ParseUint(v, 10, 64); err != nil {
		return fmt.Errorf("%s must be a numeric Discord ID, got %q", name, v)
	}
	return nil
}
